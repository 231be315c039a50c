#include "core/session/cue_script.h"

#include <array>

namespace unknot {

namespace {

constexpr std::array<std::string_view, 8> kCategoryNames{
    "countdown", "safety", "announcement", "count", "instruction", "time", "form", "breathing"};
constexpr std::array<std::string_view, 4> kLevelNames{"full", "names-and-counts", "sounds-only",
                                                      "silent"};

} // namespace

int priority(CueCategory category)
{
    return static_cast<int>(kCategoryNames.size()) - static_cast<int>(category);
}

int CueItem::priority() const
{
    return unknot::priority(category);
}

bool speaks(GuidanceLevel level, CueCategory category)
{
    switch (level) {
    case GuidanceLevel::full:
        return true;
    case GuidanceLevel::names_and_counts:
        return category == CueCategory::safety || category == CueCategory::announcement ||
               category == CueCategory::count || category == CueCategory::time;
    case GuidanceLevel::sounds_only:
    case GuidanceLevel::silent:
        break;
    }
    return false;
}

bool plays_sounds(GuidanceLevel level)
{
    return level != GuidanceLevel::silent;
}

std::string_view category_name(CueCategory category)
{
    return kCategoryNames.at(static_cast<std::size_t>(category));
}

std::string_view guidance_name(GuidanceLevel level)
{
    return kLevelNames.at(static_cast<std::size_t>(level));
}

std::optional<GuidanceLevel> guidance_named(std::string_view name)
{
    for (GuidanceLevel level : guidance_levels())
        if (guidance_name(level) == name)
            return level;
    return std::nullopt;
}

const std::vector<GuidanceLevel>& guidance_levels()
{
    static const std::vector<GuidanceLevel> levels{
        GuidanceLevel::full, GuidanceLevel::names_and_counts, GuidanceLevel::sounds_only,
        GuidanceLevel::silent};
    return levels;
}

} // namespace unknot
