#include "gui/library/routine_table_model.h"

#include "gui/text.h"
#include "gui/value_words.h"

#include <algorithm>

namespace unknot::gui {

namespace {

using Entry = const LibraryRoutine*;
constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;

QVariant focus_text(Entry e)
{
    return focus_words(e->routine.focus);
}

QVariant minutes_text(Entry e)
{
    return format_minutes(e->estimated_seconds);
}

// A cell's tool tip: its own text, in full (the column may cut it short).
QVariant tip(const QVariant& text)
{
    return plain_tool_tip(text.toString());
}

} // namespace

// In the order of Column.
RoutineTableModel::RoutineTableModel(QObject* parent)
    : RowTableModel({{tr("Routine"), [](Entry e) { return qs(e->routine.title); }, kLeft,
                      [](Entry e) { return tip(qs(e->routine.summary)); }},
                     {tr("Focus"), focus_text, kLeft, [](Entry e) { return tip(focus_text(e)); }},
                     {tr("Equipment"), [this](Entry e) { return equipment_text(e->routine); },
                      kLeft, [this](Entry e) { return tip(equipment_text(e->routine)); }},
                     {tr("Time"), minutes_text, Qt::AlignRight | Qt::AlignVCenter,
                      [](Entry e) { return tip(minutes_text(e)); }}},
                    parent)
{}

void RoutineTableModel::set_library(const RoutineLibrary* library)
{
    library_ = library;
    std::vector<Entry> entries;
    if (library)
        for (const LibraryRoutine& entry : library->routines())
            entries.push_back(&entry);
    set_rows(std::move(entries));
}

const LibraryRoutine* RoutineTableModel::entry(const QModelIndex& index) const
{
    const Entry* e = index.isValid() ? row_at(index.row()) : nullptr;
    return e ? *e : nullptr;
}

QModelIndex RoutineTableModel::index_of(const QString& id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (qs((*row_at(row))->routine.id) == id)
            return index(row, 0);
    return {};
}

QVariant RoutineTableModel::role_data(const Entry& e, int, int role) const
{
    switch (role) {
    case id_role:
        return qs(e->routine.id);
    case search_role:
        return search_text(*e);
    case builtin_role:
        return e->built_in;
    case seconds_role:
        return e->estimated_seconds;
    default:
        return {};
    }
}

QString RoutineTableModel::equipment_text(const Routine& routine) const
{
    std::vector<std::string> all = equipment_ids(routine);
    if (all.empty())
        return tr("none");
    return equipment_words(all);
}

std::vector<std::string> RoutineTableModel::equipment_ids(const Routine& routine) const
{
    std::vector<std::string> all;
    for (const Step& step : routine.steps)
        if (const Exercise* ex = library_->find_exercise(step.exercise))
            for (const auto& item : ex->equipment)
                if (std::find(all.begin(), all.end(), item) == all.end())
                    all.push_back(item);
    return all;
}

QString RoutineTableModel::search_text(const LibraryRoutine& e) const
{
    QStringList parts{
        qs(e.routine.title),       qs(e.routine.summary),        qs(e.routine.id),
        id_words(e.routine.focus), focus_words(e.routine.focus), id_words(equipment_ids(e.routine)),
        equipment_text(e.routine)};
    for (const Step& step : e.routine.steps)
        if (const Exercise* ex = library_->find_exercise(step.exercise))
            parts << qs(ex->name);
    return parts.join(QLatin1Char(' '));
}

} // namespace unknot::gui
