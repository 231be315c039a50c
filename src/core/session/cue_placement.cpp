#include "core/session/cue_placement.h"

#include <algorithm>
#include <map>
#include <optional>

namespace unknot {

namespace {

constexpr double kEpsilon = 1e-9;

bool audible(const CueItem& item, GuidanceLevel level)
{
    return item.sound ? plays_sounds(level) : speaks(level, item.category);
}

// A request on its own, or a whole chain: placed together, in order.
struct Unit {
    std::vector<std::size_t> members;
    bool audible = false;
    int priority = 0;
};

std::vector<Unit> units_of(const std::vector<CueRequest>& requests, GuidanceLevel level)
{
    std::vector<Unit> units;
    std::map<std::pair<int, bool>, std::size_t> chains; // (chain, audible) -> unit
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const CueRequest& r = requests[i];
        const bool heard = audible(r.item, level);
        if (r.chain >= 0) {
            const auto [it, added] = chains.try_emplace({r.chain, heard}, units.size());
            if (!added) {
                Unit& unit = units[it->second];
                unit.members.push_back(i);
                unit.priority = std::max(unit.priority, r.item.priority());
                continue;
            }
        }
        units.push_back({{i}, heard, r.item.priority()});
    }
    std::stable_sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        if (a.audible != b.audible)
            return a.audible;
        return a.priority > b.priority;
    });
    return units;
}

bool overlaps(const CueItem& placed, double start, const CueItem& item)
{
    return start < placed.end() + gap_between(placed, item) - kEpsilon &&
           start + item.seconds + gap_between(item, placed) > placed.at + kEpsilon;
}

// The earliest start in `window`, not before `from`, where `item` overlaps nothing placed and
// ends in time.
std::optional<double> free_start(const std::vector<CueItem>& placed, const CueItem& item,
                                 double from, const CueWindow& window, double end)
{
    const double last_end = end - (item.sound ? 0.0 : kSoundGapSeconds);
    double t = std::max(from, window.earliest);
    for (;;) {
        if (t > window.latest + kEpsilon || t + item.seconds > last_end + kEpsilon)
            return std::nullopt;
        const auto blocking = std::find_if(placed.begin(), placed.end(),
                                           [&](const CueItem& p) { return overlaps(p, t, item); });
        if (blocking == placed.end())
            return t;
        t = blocking->end() + gap_between(*blocking, item);
    }
}

std::optional<double> place_one(const std::vector<CueItem>& placed, const CueRequest& request,
                                double from, double end)
{
    if (request.windows.empty())
        return free_start(placed, request.item, from, CueWindow{0, end}, end);
    for (const CueWindow& window : request.windows)
        if (const auto start = free_start(placed, request.item, from, window, end))
            return start;
    return std::nullopt;
}

} // namespace

double gap_between(const CueItem& a, const CueItem& b)
{
    return a.sound || b.sound ? kSoundGapSeconds : kSpeechGapSeconds;
}

Placement place_cues(const std::vector<CueRequest>& requests, double end, GuidanceLevel level)
{
    Placement out;
    for (const Unit& unit : units_of(requests, level)) {
        std::optional<CueItem> previous; // the chain's last placed member
        bool previous_dropped = false;
        for (const std::size_t index : unit.members) {
            const CueRequest& request = requests[index];
            if (request.needs_previous && previous_dropped) {
                out.dropped_must_fit |= request.must_fit && unit.audible;
                continue;
            }
            const double from = previous ? previous->end() + gap_between(*previous, request.item) +
                                               request.pause_before
                                         : 0.0;
            const std::optional<double> start = place_one(out.items, request, from, end);
            previous_dropped = !start;
            if (!start) {
                out.dropped_must_fit |= request.must_fit && unit.audible;
                continue;
            }
            CueItem item = request.item;
            item.at = *start;
            previous = item;
            out.items.push_back(std::move(item));
        }
    }
    std::stable_sort(out.items.begin(), out.items.end(),
                     [](const CueItem& a, const CueItem& b) { return a.at < b.at; });
    return out;
}

} // namespace unknot
