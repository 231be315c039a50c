// The programme's part of the history: flare-up sessions and check-in answers, and the migration
// that adds them to an older file.
#include "core/history/history_schema.h"
#include "core/history/history_store.h"
#include "core/history/week_math.h"
#include "history_test_support.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

CheckIn answer(CheckInAnswer a, std::int64_t at = kMonday + 20 * 86400)
{
    return {.id = 0,
            .programme_start = *parse_iso_date("2024-06-03"),
            .week = 3,
            .answer = a,
            .answered_at = utc(at),
            .utc_offset_minutes = 120};
}

} // namespace

TEST_CASE("a check-in answer is kept once per programme and week, the first answer stays")
{
    const TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    CHECK(store->check_ins().value.empty());
    const auto first = store->add_check_in(answer(CheckInAnswer::worse));
    REQUIRE(first.ok());
    CHECK(first.value);
    const auto again = store->add_check_in(answer(CheckInAnswer::better, kMonday + 21 * 86400));
    REQUIRE(again.ok());
    CHECK_FALSE(again.value);
    CheckIn next_programme = answer(CheckInAnswer::same);
    next_programme.programme_start = *parse_iso_date("2024-07-01");
    CHECK(store->add_check_in(next_programme).value);

    auto reopened = open_ok(dir / "history.sqlite3");
    const auto kept = reopened->check_ins();
    REQUIRE(kept.ok());
    REQUIRE(kept.value.size() == 2);
    CheckIn expected = answer(CheckInAnswer::worse);
    expected.id = kept.value[0].id;
    CHECK(kept.value[0] == expected);
    CHECK(kept.value[1].answer == CheckInAnswer::same);
    CHECK(iso_date(kept.value[1].programme_start) == "2024-07-01");
}

TEST_CASE("a check-in with a week before 1 or an impossible offset is refused")
{
    const TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    CheckIn bad = answer(CheckInAnswer::same);
    bad.week = 0;
    CHECK(store->add_check_in(bad).status.kind == StoreErrorKind::invalid);
    bad = answer(CheckInAnswer::same);
    bad.utc_offset_minutes = 2000;
    CHECK(store->add_check_in(bad).status.kind == StoreErrorKind::invalid);
    CHECK(store->check_ins().value.empty());
}

TEST_CASE("a flare-up session is marked so in the history")
{
    const TempDir dir;
    auto store = open_ok(dir / "history.sqlite3");
    SessionStart gentle = sample_start();
    gentle.flare_up = true;
    const auto id = store->begin_session(gentle).value;
    const auto plain = store->begin_session(sample_start(kMonday + 86400)).value;
    CHECK(store->session(id).value.flare_up);
    CHECK_FALSE(store->session(plain).value.flare_up);
    CHECK(store->all_sessions().value.front().flare_up);
}

TEST_CASE("a version 1 history gains flare-ups and check-ins, its sessions not flare-ups")
{
    const TempDir dir;
    const auto path = dir / "history.sqlite3";
    raw_exec(path, read_bytes(fs::path(UNKNOT_TEST_DATA) / "history/history-v1.sql"));
    CHECK(raw_query(path, "PRAGMA user_version") == "1");
    auto store = open_ok(path);
    CHECK(raw_query(path, "PRAGMA user_version") == std::to_string(kHistorySchemaVersion));
    const auto all = store->all_sessions();
    REQUIRE(all.value.size() == 2);
    CHECK_FALSE(all.value[0].flare_up);
    CHECK_FALSE(all.value[1].flare_up);
    CHECK(store->add_check_in(answer(CheckInAnswer::better)).value);
    CHECK(store->check_ins().value.size() == 1);
}
