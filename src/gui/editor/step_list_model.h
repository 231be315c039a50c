// The steps of the routine being edited, as a list. It reads the document; every change, drag
// and drop moves included, goes through the document's undo stack.
#pragma once

#include <QAbstractListModel>

namespace unknot::gui {

class EditorDocument;

class StepListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { problems_role = Qt::UserRole + 1, kind_role };
    static inline const QString mime_type = QStringLiteral("application/x-unknot-step-rows");

    explicit StepListModel(EditorDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Drag and drop: rows move within the list (one move command per dragged row).
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& source_parent, int source_row, int count,
                  const QModelIndex& destination_parent, int destination_child) override;

private:
    friend class EditorDocument; // announces its changes through these
    void about_to_insert(int row) { beginInsertRows({}, row, row); }
    void inserted() { endInsertRows(); }
    void about_to_remove(int row) { beginRemoveRows({}, row, row); }
    void removed() { endRemoveRows(); }
    bool about_to_move(int from, int to);
    void moved() { endMoveRows(); }
    void all_changed();

    QString display_text(int row) const;
    QString problem_text(int row) const;

    EditorDocument* document_;
};

} // namespace unknot::gui
