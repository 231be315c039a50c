// The part of the log a programme and a report read from the store, by local day.
#include "core/programme/programme_log.h"
#include "programme_test_support.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::test;

namespace {

struct Log {
    TempDir dir;
    std::unique_ptr<HistoryStore> store = HistoryStore::open(dir / "history.sqlite3").store;

    // A session at `local` wall-clock time in UTC+1, with one step.
    void add(local_seconds local)
    {
        const auto id =
            store->begin_session({.routine_id = "upper-back",
                                  .routine_title = "Upper back",
                                  .snapshot = "{}",
                                  .started_at = sys_seconds{local.time_since_epoch()} - hours{1},
                                  .utc_offset_minutes = 60,
                                  .pain_before = 3});
        REQUIRE(id.ok());
        REQUIRE(store->add_step(id.value, step_of("wall-angel"), {30, 0}));
    }

    static std::vector<local_days> days(const StoreResult<std::vector<SessionRecord>>& read)
    {
        REQUIRE(read.ok());
        std::vector<local_days> result;
        for (const SessionRecord& s : read.value) {
            CHECK(s.steps.size() == 1);
            result.push_back(floor<std::chrono::days>(s.local_start()));
        }
        return result;
    }
};

} // namespace

TEST_CASE("a programme reads its own days of the log, a report reaches back to the programme's "
          "start",
          "[programme]")
{
    Log log;
    REQUIRE(log.store);
    const Programme programme = programme_of();       // from Monday 7 December 2026
    log.add(local_days{kStart - days{3}} + hours{9}); // before the programme
    log.add(local_days{kStart} + hours{0});
    log.add(local_days{kStart + days{9}} + hours{23} + minutes{30}); // late on the last day read
    log.add(local_days{kStart + days{10}} + hours{7});
    log.add(local_days{kStart + days{30}} + hours{7});

    CHECK(Log::days(programme_sessions(*log.store, programme, kStart + days{9})) ==
          std::vector<local_days>{kStart, kStart + days{9}});
    // A report over days 10..30 of the programme also needs its first days for the doses.
    CHECK(
        Log::days(report_sessions(*log.store, &programme, kStart + days{10}, kStart + days{30})) ==
        std::vector<local_days>{kStart, kStart + days{9}, kStart + days{10}, kStart + days{30}});
    // Without a programme, only the report's days.
    CHECK(Log::days(report_sessions(*log.store, nullptr, kStart + days{10}, kStart + days{30})) ==
          std::vector<local_days>{kStart + days{10}, kStart + days{30}});
    // A report from before the programme starts at the report's first day.
    CHECK(Log::days(report_sessions(*log.store, &programme, kStart - days{3}, kStart)) ==
          std::vector<local_days>{kStart - days{3}, kStart});
}
