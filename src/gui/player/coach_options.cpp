#include "gui/player/coach_options.h"

#include "gui/settings_keys.h"

#include <QCoreApplication>

#include <algorithm>

namespace unknot::gui {

namespace {

std::string tr(const char* text, const char* comment = nullptr)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text, comment).toStdString();
}

} // namespace

CuePhrases translated_cue_phrases()
{
    CuePhrases p;
    p.exercise = tr("%1.", "Spoken: an exercise's name as a sentence");
    p.side_left = tr("Left side.", "Spoken in the lead-in of a sided exercise");
    p.side_right = tr("Right side.", "Spoken in the lead-in of a sided exercise");
    p.alternating = tr("Alternate sides, starting on the left.", "Spoken");
    p.equipment = tr("You need: %1.", "Spoken: %1 is a list of equipment");
    p.list_separator = tr(", ", "Between items of a spoken list");
    p.list_last_separator = tr(" and ", "Before the last item of a spoken list");
    p.switch_left = tr("Other side: left.", "Spoken at a side switch");
    p.switch_right = tr("Other side: right.", "Spoken at a side switch");
    p.rest = tr("Rest.", "Spoken when a rest begins");
    p.next = tr("Next: %1.", "Spoken: %1 is the next exercise");
    p.next_left = tr("Next: %1, left side.", "Spoken: %1 is the next exercise");
    p.next_right = tr("Next: %1, right side.", "Spoken: %1 is the next exercise");
    p.next_set = tr("Set %1 of %2 next.", "Spoken during a rest between sets");
    p.next_set_left = tr("Set %1 of %2 next, left side.", "Spoken during a rest between sets");
    p.next_set_right = tr("Set %1 of %2 next, right side.", "Spoken during a rest between sets");
    p.get_ready = tr("Get ready: %1", "Spoken: %1 is the first sentence of the next setup");
    p.halfway = tr("Halfway.", "Spoken in the middle of a hold");
    p.last_five = tr("Last five seconds.", "Spoken five seconds before a hold ends");
    p.count = tr("%1", "Spoken: the number of a paced rep");
    p.count_left = tr("%1, left", "Spoken: the number of an alternating rep on the left");
    p.count_right = tr("%1, right", "Spoken: the number of an alternating rep on the right");
    p.completed = tr("Well done. Session complete.");
    p.stopped = tr("Session stopped.");
    p.equipment_names = {
        {"foam-roller", tr("foam roller", "Spoken equipment")},
        {"tennis-ball", tr("tennis ball", "Spoken equipment")},
        {"massage-ball", tr("massage ball", "Spoken equipment")},
        {"wall", tr("wall", "Spoken equipment")},
        {"towel", tr("towel", "Spoken equipment")},
        {"chair", tr("chair", "Spoken equipment")},
        {"band", tr("band", "Spoken equipment")},
        {"mat", tr("mat", "Spoken equipment")},
        {"heat-pack", tr("heat pack", "Spoken equipment")},
    };
    return p;
}

QString guidance_label(GuidanceLevel level)
{
    switch (level) {
    case GuidanceLevel::full:
        return QCoreApplication::translate("unknot::gui", "Full coaching", "Guidance level");
    case GuidanceLevel::names_and_counts:
        return QCoreApplication::translate("unknot::gui", "Names and counts", "Guidance level");
    case GuidanceLevel::sounds_only:
        return QCoreApplication::translate("unknot::gui", "Sounds only", "Guidance level");
    case GuidanceLevel::silent:
        break;
    }
    return QCoreApplication::translate("unknot::gui", "Silent", "Guidance level");
}

GuidanceLevel next_guidance(GuidanceLevel level)
{
    const std::vector<GuidanceLevel>& levels = guidance_levels();
    const auto at = std::find(levels.begin(), levels.end(), level);
    return at == levels.end() || at + 1 == levels.end() ? levels.front() : *(at + 1);
}

QString spoken_language()
{
    return QCoreApplication::translate(
        "unknot::gui", "en", "ISO 639-1 code of the language the voice speaks: this catalogue's");
}

CoachOptions coach_options(const QSettings& settings, GuidanceLevel level)
{
    CoachOptions options;
    options.level = level;
    options.pace.words_per_minute =
        words_per_minute(settings_keys::voice_rate.read(settings) / 10.0);
    options.phrases = translated_cue_phrases();
    options.language = spoken_language().toStdString();
    return options;
}

} // namespace unknot::gui
