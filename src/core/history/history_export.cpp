#include "core/history/history_export.h"

#include "core/base/atomic_write.h"
#include "core/base/csv_row.h"
#include "core/history/week_math.h"

#include <algorithm>
#include <array>

namespace unknot {

namespace {

constexpr std::array<std::string_view, 26> kColumns = {
    "session_id",     "routine_id",    "routine_title",
    "status",         "started_at",    "ended_at",
    "active_seconds", "rest_seconds",  "pain_before",
    "pain_after",     "notes",         "step",
    "exercise_id",    "exercise_name", "kind",
    "side",           "set",           "sets",
    "target_seconds", "target_reps",   "step_active_seconds",
    "reps_done",      "outcome",       "step_finished_at",
    "hurt_choice",    "variation"};
constexpr std::size_t kStepColumns = 15;
constexpr std::size_t kBytesPerRow = 256; // a typical row is 220-240 bytes

std::string session_fields(const SessionRecord& s)
{
    std::string fields;
    CsvRow row(fields);
    row.number(s.id);
    row.text(s.routine_id);
    row.text(s.routine_title);
    row.text(to_string(s.status));
    row.text(iso8601_text(s.started_at, s.utc_offset_minutes).view());
    if (s.ended_at)
        row.text(iso8601_text(*s.ended_at, s.utc_offset_minutes).view());
    else
        row.empty();
    row.number(s.totals.active_seconds);
    row.number(s.totals.rest_seconds);
    row.number(s.pain_before);
    row.number(s.pain_after);
    row.text(s.notes);
    return fields;
}

void append_step(const SessionRecord& s, std::size_t position, std::string& out)
{
    const StepRecord& step = s.steps[position];
    out += ',';
    CsvRow row(out);
    row.number(position + 1);
    row.text(step.exercise_id);
    row.text(step.exercise_name);
    row.text(step_kind_to_db(step.kind));
    row.text(to_string(step.side));
    row.number(step.set);
    row.number(step.sets);
    row.number(step.target_seconds);
    row.number(step.target_reps);
    row.number(step.active_seconds);
    row.number(step.reps_done);
    row.text(to_string(step.outcome));
    row.text(iso8601_text(step.finished_at, s.utc_offset_minutes).view());
    row.text(step.hurt_choice ? to_string(*step.hurt_choice) : std::string_view());
    row.text(step.variation);
}

int deliver(const std::string& csv, const std::string& target, std::ostream& out, std::ostream& err)
{
    if (target == "-") {
        out.write(csv.data(), static_cast<std::streamsize>(csv.size()));
        out.flush();
        if (!out)
            err << "unknot: could not write the export to standard output\n";
        return out ? 0 : 1;
    }
    const auto problem = write_file_atomically(target, csv);
    if (problem)
        err << "unknot: " << *problem << "\n";
    return problem ? 1 : 0;
}

} // namespace

std::span<const std::string_view> history_csv_columns()
{
    return kColumns;
}

void append_history_csv(std::span<const SessionRecord> sessions, std::string& out)
{
    CsvRow header(out);
    for (std::string_view column : kColumns)
        header.text(column);
    out += "\r\n";
    std::size_t rows = 0;
    for (const SessionRecord& s : sessions)
        rows += std::max<std::size_t>(s.steps.size(), 1);
    out.reserve(out.size() + rows * kBytesPerRow); // one allocation, not a copy at every doubling
    for (const SessionRecord& s : sessions) {
        const std::string fields = session_fields(s);
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            out += fields;
            append_step(s, i, out);
            out += "\r\n";
        }
        if (s.steps.empty()) {
            out += fields;
            out.append(kStepColumns, ',');
            out += "\r\n";
        }
    }
}

std::string history_csv(std::span<const SessionRecord> sessions)
{
    std::string out;
    append_history_csv(sessions, out);
    return out;
}

StoreStatus export_history(const HistoryStore& store, std::ostream& out)
{
    auto sessions = store.all_sessions({.with_steps = true});
    if (!sessions.ok())
        return sessions.status;
    const std::string csv = history_csv(sessions.value);
    out.write(csv.data(), static_cast<std::streamsize>(csv.size()));
    out.flush();
    if (!out)
        return {StoreErrorKind::write_failed, "Could not write the export"};
    return {};
}

StoreStatus export_history_file(const HistoryStore& store, const std::filesystem::path& path)
{
    auto sessions = store.all_sessions({.with_steps = true});
    if (!sessions.ok())
        return sessions.status;
    if (auto problem = write_file_atomically(path, history_csv(sessions.value)))
        return {StoreErrorKind::write_failed, std::move(*problem)};
    return {};
}

int export_history_command(const std::filesystem::path& database, const std::string& target,
                           std::ostream& out, std::ostream& err)
{
    std::vector<SessionRecord> sessions;
    std::error_code ec;
    if (!std::filesystem::exists(database, ec)) {
        err << "unknot: no sessions recorded yet (no " << database.string()
            << "); the export has the header row only\n";
    } else {
        OpenResult opened = HistoryStore::open(database);
        if (!opened.store) {
            err << "unknot: " << opened.message << "\n";
            return 1;
        }
        auto all = opened.store->all_sessions({.with_steps = true});
        if (!all.ok()) {
            err << "unknot: " << all.status.message << "\n";
            return 1;
        }
        sessions = std::move(all.value);
    }
    return deliver(history_csv(sessions), target, out, err);
}

} // namespace unknot
