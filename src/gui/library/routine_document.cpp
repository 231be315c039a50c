#include "gui/library/routine_document.h"

#include "core/routine/translated.h"

#include "gui/step_text.h"
#include "gui/text.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <optional>

namespace unknot::gui {
namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls here (see translations/).
    return QCoreApplication::translate("unknot::gui", text);
}

class Writer {
public:
    // One edit block: a view showing the document lays it out once, not after every insert.
    explicit Writer(QTextDocument& document) : cursor_(&document) { cursor_.beginEditBlock(); }
    ~Writer() { cursor_.endEditBlock(); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    void heading(const QString& text, double scale)
    {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(base_size() * scale);
        block();
        cursor_.insertText(text, format);
    }
    void paragraph(const QString& text, bool italic = false)
    {
        QTextCharFormat format;
        format.setFontItalic(italic);
        block();
        cursor_.insertText(text, format);
    }
    void list(const QStringList& items, QTextListFormat::Style style)
    {
        if (items.isEmpty())
            return;
        block();
        cursor_.insertList(style);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                cursor_.insertBlock();
            cursor_.insertText(items[i], QTextCharFormat());
        }
        cursor_.insertBlock(QTextBlockFormat());
        first_ = true;
    }
    void section(const QString& title, const std::vector<std::string>& items)
    {
        if (items.empty())
            return;
        heading(title, 1.1);
        list(qs(items), QTextListFormat::ListDisc);
    }

private:
    double base_size() const { return cursor_.document()->defaultFont().pointSizeF(); }
    void block()
    {
        if (!first_)
            cursor_.insertBlock(QTextBlockFormat());
        first_ = false;
    }

    QTextCursor cursor_;
    bool first_ = true;
};

// Side choices show their left text: no side is being done here, and the left comes first.
void write_step(Writer& out, int number, const Step& step, const RoutineLibrary& library)
{
    const Exercise* found = library.find_exercise(step.exercise);
    const std::optional<Exercise> shown =
        found ? std::optional<Exercise>(for_side(*found, Side::none)) : std::nullopt;
    const Exercise* ex = shown ? &*shown : nullptr;
    const Sides sides = ex ? ex->sides : Sides::none;
    out.heading(QStringLiteral("%1. %2").arg(number).arg(step_title(step, ex)), 1.1);
    out.paragraph(step_dose_text(step, sides), true);
    if (!step.note.empty())
        out.paragraph(qs(step.note));
    if (!ex)
        return;
    if (!ex->preparation.empty())
        out.paragraph(tr("Before: ") + qs(ex->preparation).join(QLatin1Char(' ')));
    out.list(qs(ex->setup) + qs(texts_of(ex->instructions)), QTextListFormat::ListDecimal);
    if (!ex->cues.empty())
        out.paragraph(tr("Form: ") + qs(ex->cues).join(QLatin1Char(' ')));
    if (!ex->breathing.empty())
        out.paragraph(tr("Breathing: ") + qs(ex->breathing).join(QLatin1Char(' ')));
    if (!ex->cautions.empty())
        out.paragraph(tr("Cautions: ") + qs(ex->cautions).join(QLatin1Char(' ')));
    for (const Variation& variation : ex->variations)
        out.paragraph(tr("Variation: %1 — %2").arg(qs(variation.name), qs(variation.description)),
                      true);
}

} // namespace

void write_routine_document(QTextDocument& document, const LibraryRoutine& entry,
                            const RoutineLibrary& library)
{
    document.clear();
    const Routine r = for_side(entry.routine, Side::none);
    Writer out(document);
    out.heading(qs(r.title), 1.6);
    out.paragraph(qs(r.summary));
    out.paragraph(tr("About %1 · %2 times a week")
                      .arg(format_minutes(entry.estimated_seconds))
                      .arg(r.weekly_target),
                  true);
    out.section(tr("Check with a professional before you start if"), r.check_first);
    out.section(tr("Before you start"), r.before_you_start);
    int number = 1;
    for (const Step& step : r.steps)
        write_step(out, number++, step, library);
    out.section(tr("Notes"), r.notes);
    out.section(tr("Stop and call the emergency number now if"), r.red_flags.emergency);
    out.section(tr("See a doctor soon if"), r.red_flags.doctor_soon);
    out.section(tr("See a professional if"), r.red_flags.professional);
    if (!r.credit.empty())
        out.paragraph(qs(r.credit), true);
}

} // namespace unknot::gui
