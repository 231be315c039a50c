#include "gui/value_words.h"

#include "gui/text.h"

#include <QCoreApplication>

#include <map>

namespace unknot::gui {
namespace {

class ValueWords {
    Q_DECLARE_TR_FUNCTIONS(ValueWords)
};

// The ids of core/routine/routine_limits.h's equipment() list.
const std::map<std::string, const char*>& equipment_names()
{
    static const std::map<std::string, const char*> names{
        {"foam-roller", QT_TRANSLATE_NOOP("ValueWords", "foam roller")},
        {"tennis-ball", QT_TRANSLATE_NOOP("ValueWords", "tennis ball")},
        {"massage-ball", QT_TRANSLATE_NOOP("ValueWords", "massage ball")},
        {"wall", QT_TRANSLATE_NOOP("ValueWords", "wall")},
        {"towel", QT_TRANSLATE_NOOP("ValueWords", "towel")},
        {"chair", QT_TRANSLATE_NOOP("ValueWords", "chair")},
        {"band", QT_TRANSLATE_NOOP("ValueWords", "resistance band")},
        {"mat", QT_TRANSLATE_NOOP("ValueWords", "mat")},
        {"heat-pack", QT_TRANSLATE_NOOP("ValueWords", "heat pack")},
    };
    return names;
}

// The areas the built-in routines and exercises name.
const std::map<std::string, const char*>& focus_names()
{
    static const std::map<std::string, const char*> names{
        {"upper-back", QT_TRANSLATE_NOOP("ValueWords", "upper back")},
        {"mid-back", QT_TRANSLATE_NOOP("ValueWords", "mid back")},
        {"lower-mid-back", QT_TRANSLATE_NOOP("ValueWords", "lower mid back")},
        {"shoulder-blades", QT_TRANSLATE_NOOP("ValueWords", "shoulder blades")},
        {"shoulders", QT_TRANSLATE_NOOP("ValueWords", "shoulders")},
        {"chest", QT_TRANSLATE_NOOP("ValueWords", "chest")},
        {"neck", QT_TRANSLATE_NOOP("ValueWords", "neck")},
        {"relaxation", QT_TRANSLATE_NOOP("ValueWords", "relaxation")},
    };
    return names;
}

QString word(const std::map<std::string, const char*>& names, const std::string& id)
{
    const auto it = names.find(id);
    if (it != names.end())
        return ValueWords::tr(it->second);
    return qs(id).replace(QLatin1Char('-'), QLatin1Char(' '));
}

template <typename Word> QString joined(const std::vector<std::string>& ids, Word one)
{
    QStringList words;
    for (const std::string& id : ids)
        words << one(id);
    return words.join(QStringLiteral(", "));
}

} // namespace

QString equipment_word(const std::string& id)
{
    return word(equipment_names(), id);
}

QString focus_word(const std::string& id)
{
    return word(focus_names(), id);
}

QString equipment_words(const std::vector<std::string>& ids)
{
    return joined(ids, equipment_word);
}

QString focus_words(const std::vector<std::string>& ids)
{
    return joined(ids, focus_word);
}

bool has_equipment_word(const std::string& id)
{
    return equipment_names().count(id) > 0;
}

bool has_focus_word(const std::string& id)
{
    return focus_names().count(id) > 0;
}

} // namespace unknot::gui
