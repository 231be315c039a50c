#include "core/programme/programme_format.h"

#include "core/base/atomic_write.h"
#include "core/base/suggest.h"
#include "core/base/utf8.h"
#include "core/history/week_math.h"
#include "core/json/json_checker.h"
#include "core/json/json_guard.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace unknot {

using nlohmann::json;

namespace {

const std::vector<std::string> kKeys{"format", "routines", "days", "weeks", "start", "time"};
const std::vector<std::string> kRequired{"format", "routines", "days", "start"};
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

std::string quoted(const std::string& text)
{
    return quote_value(text);
}

// Monday first, as people read a week.
unsigned monday_first(std::chrono::weekday day)
{
    return day.iso_encoding();
}

class Reader {
public:
    Reader(const std::string& file_name, Problems& problems) : checker_(file_name, problems) {}

    Programme read(const json& document)
    {
        Programme programme;
        if (!document.is_object()) {
            checker_.report("", "expected a JSON object at the top level, got " +
                                    describe_json_type(document));
            return programme;
        }
        if (!format(document))
            return programme;
        checker_.check_keys(document, "", kKeys, kRequired);
        if (const auto it = document.find("routines"); it != document.end())
            programme.routines = routines(*it);
        if (const auto it = document.find("days"); it != document.end())
            programme.days = days(*it);
        if (const auto it = document.find("weeks"); it != document.end())
            programme.weeks =
                checker_.integer(*it, "/weeks", {1, kMaxProgrammeWeeks, "weeks"}).value_or(1);
        if (const auto it = document.find("start"); it != document.end())
            programme.start = start(*it).value_or(programme.start);
        if (const auto it = document.find("time"); it != document.end())
            programme.time = time(*it);
        return programme;
    }

private:
    JsonChecker checker_;

    // false: a newer format, nothing else is read.
    bool format(const json& document)
    {
        const auto it = document.find("format");
        if (it == document.end())
            return true; // reported as missing
        if (it->is_number() && std::floor(it->get<double>()) == it->get<double>() &&
            it->get<double>() > kProgrammeFormatVersion) {
            checker_.report("/format", "this file needs a newer version of Unknot (format " +
                                           it->dump() + "; this version reads format " +
                                           std::to_string(kProgrammeFormatVersion) + ")");
            return false;
        }
        if (*it != json(kProgrammeFormatVersion))
            checker_.report("/format", "must be " + std::to_string(kProgrammeFormatVersion) +
                                           ", got " + it->dump());
        return true;
    }

    std::vector<std::string> routines(const json& value)
    {
        std::vector<std::string> result;
        if (!checker_.expect_array(value, "/routines"))
            return result;
        checker_.list_size(value, "/routines", {1, kMaxProgrammeRoutines});
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string at = "/routines/" + std::to_string(i);
            const auto id = checker_.id(value[i], at);
            if (!id)
                continue;
            if (std::find(result.begin(), result.end(), *id) != result.end())
                checker_.report(at, quoted(*id) + " is listed twice");
            else
                result.push_back(*id);
        }
        return result;
    }

    std::vector<std::chrono::weekday> days(const json& value)
    {
        std::vector<std::chrono::weekday> result;
        if (!checker_.expect_array(value, "/days"))
            return result;
        checker_.list_size(value, "/days", {1, 7});
        std::vector<std::string> names;
        for (unsigned d = 1; d <= 7; ++d)
            names.push_back(weekday_name(std::chrono::weekday{d % 7}));
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string at = "/days/" + std::to_string(i);
            const auto name = checker_.one_of(value[i], at, names);
            if (!name)
                continue;
            const auto day = *weekday_from_name(*name);
            if (std::find(result.begin(), result.end(), day) != result.end())
                checker_.report(at, quoted(*name) + " is listed twice");
            else
                result.push_back(day);
        }
        std::sort(result.begin(), result.end(),
                  [](auto a, auto b) { return monday_first(a) < monday_first(b); });
        return result;
    }

    std::optional<std::chrono::local_days> start(const json& value)
    {
        if (!value.is_string()) {
            checker_.report("/start", "must be a date such as \"2026-03-02\", got " +
                                          describe_json_type(value));
            return std::nullopt;
        }
        const auto& text = value.get_ref<const std::string&>();
        const auto day = parse_iso_date(text);
        if (!day) {
            checker_.report("/start", "must be a date written YYYY-MM-DD (such as "
                                      "\"2026-03-02\"), got " +
                                          quoted(text));
            return std::nullopt;
        }
        const int year = static_cast<int>(std::chrono::year_month_day{*day}.year());
        if (year < kFirstYear || year > kLastYear) {
            checker_.report("/start", "must be a date from " + std::to_string(kFirstYear) + " to " +
                                          std::to_string(kLastYear) + ", got " + quoted(text));
            return std::nullopt;
        }
        return day;
    }

    std::optional<std::chrono::minutes> time(const json& value)
    {
        const auto bad = [&](const std::string& got) {
            checker_.report("/time",
                            "must be a time of day written HH:MM (such as \"18:30\"), got " + got);
            return std::nullopt;
        };
        if (!value.is_string())
            return bad(describe_json_type(value));
        const auto& text = value.get_ref<const std::string&>();
        unsigned hours = 0;
        unsigned minutes = 0;
        char end = 0;
        if (text.size() != 5 || text[2] != ':' ||
            std::sscanf(text.c_str(), "%2u:%2u%c", &hours, &minutes, &end) != 2 ||
            !std::isdigit(static_cast<unsigned char>(text[0])) ||
            !std::isdigit(static_cast<unsigned char>(text[3])) || hours > 23 || minutes > 59)
            return bad(quoted(text));
        return std::chrono::hours{hours} + std::chrono::minutes{minutes};
    }
};

std::string time_text(std::chrono::minutes time)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(time.count() / 60),
                  static_cast<int>(time.count() % 60));
    return buffer;
}

} // namespace

ProgrammeParse parse_programme_file(std::string_view bytes, const std::string& file_name)
{
    GuardedJson guarded = read_json_guarded(bytes, file_name);
    ProgrammeParse result;
    result.problems = std::move(guarded.problems);
    if (!guarded.document)
        return result;
    Programme programme = Reader(file_name, result.problems).read(*guarded.document);
    if (result.problems.empty())
        result.programme = std::move(programme);
    return result;
}

Problems check_programme_routines(const Programme& programme, const std::string& file_name,
                                  const std::vector<std::string>& known_routine_ids)
{
    Problems problems;
    for (std::size_t i = 0; i < programme.routines.size(); ++i) {
        const std::string& id = programme.routines[i];
        if (std::find(known_routine_ids.begin(), known_routine_ids.end(), id) !=
            known_routine_ids.end())
            continue;
        std::string message = "unknown routine " + quoted(id);
        if (const auto suggestion = nearest_word(id, known_routine_ids))
            message += "; did you mean " + quoted(*suggestion) + "?";
        problems.push_back(Problem{file_name, 0, 0, "/routines/" + std::to_string(i), message});
    }
    return problems;
}

// Lists on one line each: a programme file is short and read by people.
std::string write_programme_file(const Programme& programme)
{
    const auto list = [](const std::vector<std::string>& items) {
        std::string out = "[";
        for (const std::string& item : items)
            out += (out.size() > 1 ? ", " : "") +
                   json(item).dump(-1, ' ', false, json::error_handler_t::replace);
        return out + "]";
    };
    std::vector<std::string> day_names;
    for (const auto day : programme.days)
        day_names.push_back(weekday_name(day));
    std::string out = "{\n  \"format\": " + std::to_string(kProgrammeFormatVersion) + ",\n";
    out += "  \"routines\": " + list(programme.routines) + ",\n";
    out += "  \"days\": " + list(day_names) + ",\n";
    out += "  \"weeks\": " + std::to_string(programme.weeks) + ",\n";
    out += "  \"start\": \"" + iso_date(programme.start) + "\"";
    if (programme.time)
        out += ",\n  \"time\": \"" + time_text(*programme.time) + "\"";
    return out + "\n}\n";
}

ProgrammeParse load_programme(const std::filesystem::path& path)
{
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, error)))
        return {};
    const FileRead read = read_json_file(path);
    if (!read.ok())
        return {std::nullopt, {Problem{path.string(), 0, 0, {}, read.error}}};
    return parse_programme_file(read.bytes, path.string());
}

std::optional<std::string> save_programme(const std::filesystem::path& path,
                                          const Programme& programme)
{
    return write_file_atomically(path, write_programme_file(programme));
}

} // namespace unknot

namespace unknot {

namespace {

std::filesystem::path free_name(const std::filesystem::path& folder, const std::string& stem)
{
    std::filesystem::path candidate = folder / (stem + ".json");
    std::error_code error;
    for (int n = 2; std::filesystem::exists(std::filesystem::symlink_status(candidate, error)); ++n)
        candidate = folder / (stem + "-" + std::to_string(n) + ".json");
    return candidate;
}

} // namespace

std::optional<std::string> start_programme(const std::filesystem::path& folder,
                                           const Programme& programme)
{
    const std::filesystem::path current = folder / kProgrammeFileName;
    const ProgrammeParse old = load_programme(current);
    std::error_code error;
    if (old.programme || !old.problems.empty()) {
        const std::string stem = old.programme ? "programme-" + iso_date(old.programme->start)
                                               : std::string("programme-earlier");
        const std::filesystem::path kept = free_name(folder, stem);
        std::filesystem::rename(current, kept, error);
        if (error)
            return "Cannot keep the earlier programme as \"" + kept.string() +
                   "\": " + error.message();
    }
    return save_programme(current, programme);
}

} // namespace unknot
