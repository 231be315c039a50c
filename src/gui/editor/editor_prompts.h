// The questions the editor asks the person: file names, unsaved changes, confirmations, and
// messages. An interface so that tests can answer them; DialogPrompts asks with real dialogs.
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace unknot::gui {

enum class UnsavedChoice { save, discard, cancel };

class EditorPrompts {
public:
    virtual ~EditorPrompts() = default;

    virtual QString import_file_name() = 0;                         // empty: cancelled
    virtual QString export_file_name(const QString& suggested) = 0; // empty: cancelled
    virtual UnsavedChoice ask_unsaved(const QString& title, bool can_save) = 0;
    virtual std::optional<QString> ask_title(const QString& current) = 0; // rename
    virtual bool confirm_delete(const QString& title) = 0;
    // An imported routine's id is taken: import it under `suggested_id` instead?
    virtual bool confirm_import_as(const QString& title, const QString& suggested_id) = 0;
    // Shows text such as an import's problems, always as plain text.
    virtual void show_problems(const QString& summary, const QString& details) = 0;
    virtual void show_error(const QString& message) = 0;
};

class DialogPrompts : public EditorPrompts {
public:
    explicit DialogPrompts(QWidget* parent) : parent_(parent) {}

    QString import_file_name() override;
    QString export_file_name(const QString& suggested) override;
    UnsavedChoice ask_unsaved(const QString& title, bool can_save) override;
    std::optional<QString> ask_title(const QString& current) override;
    bool confirm_delete(const QString& title) override;
    bool confirm_import_as(const QString& title, const QString& suggested_id) override;
    void show_problems(const QString& summary, const QString& details) override;
    void show_error(const QString& message) override;

private:
    QWidget* parent_;
};

} // namespace unknot::gui
