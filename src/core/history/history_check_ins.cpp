// The history store's check-in answers (check_in.h).
#include "core/history/check_in.h"
#include "core/history/history_internal.h"
#include "core/history/history_store.h"
#include "core/history/week_math.h"

#include <sqlite3.h>

namespace unknot {

using history::guarded;
using sqlite::Statement;
using sqlite::Transaction;

StoreResult<bool> HistoryStore::add_check_in(const CheckIn& check_in)
{
    StoreResult<bool> result;
    result.status = guarded("Could not save the check-in", [&] {
        if (check_in.week < 1)
            return history::error(StoreErrorKind::invalid, "A check-in week starts at 1");
        if (check_in.utc_offset_minutes < -1440 || check_in.utc_offset_minutes > 1440)
            return history::error(StoreErrorKind::invalid,
                                  "UTC offset out of range: " +
                                      std::to_string(check_in.utc_offset_minutes));
        Transaction transaction(db_);
        Statement insert(db_, "INSERT INTO check_ins (programme_start, week, answer, answered_at, "
                              "utc_offset_minutes) VALUES (?1, ?2, ?3, ?4, ?5) "
                              "ON CONFLICT (programme_start, week) DO NOTHING");
        insert.bind(1, iso_date(check_in.programme_start)).bind(2, check_in.week);
        insert.bind(3, to_string(check_in.answer)).bind(4, history::to_db(check_in.answered_at));
        insert.bind(5, check_in.utc_offset_minutes);
        insert.run();
        result.value = db_.changes() > 0;
        transaction.commit();
        return StoreStatus{};
    });
    return result;
}

namespace {

CheckIn read_check_in(const Statement& row)
{
    CheckIn check_in;
    check_in.id = row.int64(0);
    const auto start = parse_iso_date(row.text(1));
    const auto answer = check_in_answer_from(row.text(3));
    if (!start || !answer)
        throw sqlite::Error(SQLITE_CORRUPT, 0, "unexpected check-in in the history");
    check_in.programme_start = *start;
    check_in.week = row.int32(2);
    check_in.answer = *answer;
    check_in.answered_at = history::from_db(row.int64(4));
    check_in.utc_offset_minutes = row.int32(5);
    return check_in;
}

} // namespace

StoreResult<std::vector<CheckIn>> HistoryStore::check_ins() const
{
    StoreResult<std::vector<CheckIn>> result;
    result.status = guarded("Could not read the check-ins", [&] {
        Transaction read(db_, Transaction::Mode::deferred);
        Statement select(db_, "SELECT id, programme_start, week, answer, answered_at, "
                              "utc_offset_minutes FROM check_ins ORDER BY answered_at, id");
        while (select.step())
            result.value.push_back(read_check_in(select));
        return StoreStatus{};
    });
    return result;
}

} // namespace unknot
