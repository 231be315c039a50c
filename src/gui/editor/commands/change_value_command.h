// A change of one value that merges with the next change of the same value, as in Tiled's
// ChangeValue: typing a title or spinning a hold from 30 to 45 is undone in one step, and a
// change back to where it started drops out of the stack. A command says what it changes (the
// target, compared with ==), how the value is written and its merge id (command_ids.h; -1: it
// never merges).
#pragma once

#include <QUndoCommand>

#include <utility>

namespace unknot::gui {

class EditorDocument;

template <typename Target, typename Value> class ChangeValueCommand : public QUndoCommand {
public:
    void redo() override { write(new_value_); }
    void undo() override { write(old_value_); }
    int id() const override { return id_; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeValueCommand*>(other); // same id: same type
        if (next->document_ != document_ || !(next->target_ == target_))
            return false;
        new_value_ = next->new_value_;
        setText(next->text());
        setObsolete(new_value_ == old_value_);
        return true;
    }

    const Target& target() const { return target_; }

protected:
    ChangeValueCommand(EditorDocument* document, Target target, Value old_value, Value new_value,
                       int id)
        : document_(document), target_(std::move(target)), old_value_(std::move(old_value)),
          new_value_(std::move(new_value)), id_(id)
    {}

    virtual void write(const Value& value) = 0;

    const Value& new_value() const { return new_value_; }

    EditorDocument* document_;

private:
    Target target_;
    Value old_value_;
    Value new_value_;
    int id_;
};

} // namespace unknot::gui
