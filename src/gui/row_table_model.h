// A table model over a list of rows of one type, each column described by what it shows: the
// rowCount/columnCount/data/headerData that every table model would otherwise write again.
// A model derives from RowTableModel<Row> (with Q_OBJECT, so that its tr() keeps its own
// context), gives its columns to the constructor and overrides role_data for its own roles.
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace unknot::gui {

template <typename Row> struct TableColumn {
    using Text = std::function<QVariant(const Row&)>;

    TableColumn(QString title_, Text display_,
                Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter, Text tool_tip_ = {},
                QString header_tool_tip_ = {})
        : title(std::move(title_)), display(std::move(display_)), alignment(alignment_),
          tool_tip(std::move(tool_tip_)), header_tool_tip(std::move(header_tool_tip_))
    {}

    QString title;
    Text display;
    Qt::Alignment alignment;
    Text tool_tip; // none when empty
    QString header_tool_tip;
};

template <typename Row> class RowTableModel : public QAbstractTableModel {
public:
    RowTableModel(std::vector<TableColumn<Row>> columns, QObject* parent)
        : QAbstractTableModel(parent), columns_(std::move(columns))
    {}

    void set_rows(std::vector<Row> rows)
    {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    const std::vector<Row>& rows() const { return rows_; }
    const Row* row_at(int row) const
    {
        return row >= 0 && row < rowCount() ? &rows_[static_cast<std::size_t>(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(columns_.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const Row* r = index.isValid() ? row_at(index.row()) : nullptr;
        if (!r || index.column() >= columnCount())
            return {};
        const TableColumn<Row>& column = columns_[static_cast<std::size_t>(index.column())];
        switch (role) {
        case Qt::DisplayRole:
            return column.display(*r);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        case Qt::ToolTipRole:
            if (column.tool_tip)
                return column.tool_tip(*r);
            break;
        }
        return role_data(*r, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
            const TableColumn<Row>& column = columns_[static_cast<std::size_t>(section)];
            if (role == Qt::DisplayRole)
                return column.title;
            if (role == Qt::ToolTipRole && !column.header_tool_tip.isEmpty())
                return column.header_tool_tip;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    // Any other role, or a tool tip for a column without one: none by default.
    virtual QVariant role_data(const Row&, int /*column*/, int /*role*/) const { return {}; }

    // For a model that changes one row in place: the row, then changed(row).
    Row& row_to_change(int row) { return rows_[static_cast<std::size_t>(row)]; }
    void changed(int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); }

private:
    std::vector<TableColumn<Row>> columns_;
    std::vector<Row> rows_;
};

} // namespace unknot::gui
