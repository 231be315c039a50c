#include "core/session/cue_script_text.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace unknot {

namespace {

std::string clock_text(double seconds)
{
    const long tenths = std::lround(seconds * 10);
    char text[32];
    std::snprintf(text, sizeof text, "%3ld:%02ld.%ld", tenths / 600, tenths / 10 % 60, tenths % 10);
    return text;
}

std::string line(double at, std::string_view phase, const CueItem& item)
{
    char head[96];
    std::snprintf(head, sizeof head, "%s  %-22.*s %-13.*s %d  ", clock_text(at).c_str(),
                  static_cast<int>(phase.size()), phase.data(),
                  static_cast<int>(category_name(item.category).size()),
                  category_name(item.category).data(), item.priority());
    const std::string what =
        item.sound ? "[" + std::string(sound_name(*item.sound)) + "]" : item.text;
    return head + what + "\n";
}

} // namespace

std::string_view phase_kind_name(PhaseKind kind)
{
    static constexpr std::array<std::string_view, 8> kNames{
        "lead-in",           "hold",       "reps",  "switch-sides",
        "rest-between-sets", "rest-after", "timed", "rest"};
    return kNames.at(static_cast<std::size_t>(kind));
}

std::string cue_script_text(const SessionPlan& plan, const CueScript& script)
{
    std::string out;
    double start = 0;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& phase = plan.phases[i];
        const std::string name =
            "#" + std::to_string(i) + " " + std::string(phase_kind_name(phase.kind));
        if (i < script.phases.size())
            for (const CueItem& item : script.phases[i].items)
                out += line(start + item.at, name, item);
        start += phase.planned_seconds;
    }
    const std::string end = "#" + std::to_string(plan.phases.size()) + " end";
    for (const CueItem& item : script.completed)
        out += line(start + item.at, end, item);
    return out;
}

} // namespace unknot
