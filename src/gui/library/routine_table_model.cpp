#include "gui/library/routine_table_model.h"

#include "gui/text.h"
#include "gui/value_words.h"

#include <algorithm>
#include <numeric>

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

// Case-folded UTF-8, whose byte order is the code point order that Qt's case-insensitive compare
// gives; ASCII without converting to a QString.
std::string folded(const std::string& text)
{
    if (std::any_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; }))
        return qs(text).toCaseFolded().toStdString();
    std::string result = text;
    for (char& c : result)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return result;
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
    for (std::vector<int>& places : places_)
        places.clear();
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
    const std::string wanted = id.toStdString();
    for (int row = 0; row < rowCount(); ++row)
        if ((*row_at(row))->routine.id == wanted)
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

int RoutineTableModel::place(int row, int column) const
{
    const std::vector<int>& in_order = places(column);
    return row >= 0 && size_t(row) < in_order.size() ? in_order[size_t(row)] : 0;
}

// Sorting by the texts themselves converted and case-folded two strings for each of the ~130,000
// comparisons that 10,000 rows take; this folds each text once.
const std::vector<int>& RoutineTableModel::places(int column) const
{
    static const std::vector<int> none;
    if (!library_ || column < 0 || column >= column_count)
        return none;
    std::vector<int>& places = places_[size_t(column)];
    const auto& routines = library_->routines();
    if (!places.empty() || routines.empty())
        return places;
    std::vector<std::string> texts;
    std::vector<double> seconds;
    for (std::size_t row = 0; row < routines.size(); ++row) {
        const LibraryRoutine& e = routines[row];
        if (column == minutes_column)
            seconds.push_back(e.estimated_seconds);
        else if (column == title_column)
            texts.push_back(folded(e.routine.title));
        else
            texts.push_back(data(index(int(row), column)).toString().toCaseFolded().toStdString());
    }
    const auto less = [&](int a, int b) {
        return column == minutes_column ? seconds[size_t(a)] < seconds[size_t(b)]
                                        : texts[size_t(a)] < texts[size_t(b)];
    };
    std::vector<int> order(routines.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    places.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const bool tie = i > 0 && !less(order[i - 1], order[i]);
        places[size_t(order[i])] = tie ? places[size_t(order[i - 1])] : int(i);
    }
    return places;
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
