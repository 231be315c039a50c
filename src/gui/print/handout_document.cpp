#include "gui/print/handout_document.h"

#include "core/figure/figure_scene.h"
#include "core/routine/translated.h"
#include "gui/figure/figure_painter.h"
#include "gui/step_text.h"
#include "gui/text.h"
#include "gui/value_words.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace unknot::gui {
namespace {

class Handout {
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

const QColor kMuted(0x55, 0x5b, 0x61);
constexpr int kHeadingProperty = QTextFormat::UserProperty + 1;
const QColor kCaution(0xa3, 0x3a, 0x1a);

// Printed figures are dark on white whatever the screen's palette is.
FigureColours print_colours()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x24, 0x78, 0x6c));
    return figure_colours(palette);
}

int pose_width(const Scene& scene, int height)
{
    const Box& frame = scene.frame;
    const double aspect = frame.height() > 0 ? frame.width() / frame.height() : 1.0;
    return std::clamp(static_cast<int>(std::lround(height * aspect)), height * 2 / 3, height * 2);
}

class Writer {
public:
    Writer(QTextCursor cursor, const HandoutStyle& style) : cursor_(cursor), style_(style) {}

    QTextCharFormat text(double scale = 1.0, bool bold = false, bool italic = false,
                         QColor colour = Qt::black) const
    {
        QTextCharFormat format;
        format.setFontPointSize(style_.font_points * scale);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setFontItalic(italic);
        format.setForeground(colour);
        return format;
    }
    // A new paragraph; the first one fills the block the cursor starts in. A heading stays on
    // the page of its first lines (keep_headings_with_text).
    void block(double space_before = 0, bool heading = false)
    {
        QTextBlockFormat format;
        format.setTopMargin(space_before * style_.font_points);
        if (heading)
            format.setProperty(kHeadingProperty, true);
        if (first_)
            cursor_.setBlockFormat(format);
        else
            cursor_.insertBlock(format);
        first_ = false;
    }
    void add(const QString& plain, const QTextCharFormat& format)
    {
        cursor_.insertText(plain, format);
    }
    void labelled(const QString& label, const QStringList& items, QColor colour = Qt::black)
    {
        if (items.isEmpty())
            return;
        block(0.2);
        add(label + QLatin1Char(' '), text(1.0, true, false, colour));
        add(items.join(QLatin1Char(' ')), text(1.0, false, false, colour));
    }
    void list(const QStringList& items, QTextListFormat::Style style)
    {
        if (items.isEmpty())
            return;
        block(0.2);
        QTextListFormat format;
        format.setStyle(style);
        format.setIndent(1);
        cursor_.createList(format);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                cursor_.insertBlock();
            add(items[i], text());
        }
    }
    // The key poses, each its own picture, so that they wrap within a narrow column.
    void pictures(const Exercise& exercise)
    {
        const int pixels = static_cast<int>(style_.figure_height * style_.figure_dots_per_unit);
        const std::vector<QImage> images = key_pose_pictures(exercise, pixels);
        block();
        for (std::size_t i = 0; i < images.size(); ++i) {
            const QString name =
                QStringLiteral("unknot-figure://%1/%2").arg(qs(exercise.id)).arg(i);
            cursor_.document()->addResource(QTextDocument::ImageResource, QUrl(name), images[i]);
            QTextImageFormat format;
            format.setName(name);
            format.setHeight(style_.figure_height);
            format.setWidth(style_.figure_height * images[i].width() / images[i].height());
            cursor_.insertImage(format);
            cursor_.insertText(QStringLiteral(" "), text());
        }
    }
    // A borderless two-column table: key poses on the left, what `right` writes beside them.
    template <typename WriteRight> void beside_pictures(const Exercise& exercise, WriteRight right)
    {
        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setTopMargin(0.3 * style_.font_points);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                          QTextLength(QTextLength::PercentageLength, 70)});
        QTextTable* table = cursor_.insertTable(1, 2, format);
        QTextTableCellFormat left = table->cellAt(0, 0).format().toTableCellFormat();
        left.setRightPadding(1.2 * style_.font_points);
        table->cellAt(0, 0).setFormat(left);
        Writer(table->cellAt(0, 0).firstCursorPosition(), style_).pictures(exercise);
        Writer cell(table->cellAt(0, 1).firstCursorPosition(), style_);
        right(cell);
        cursor_.movePosition(QTextCursor::End);
        first_ = true; // the block Qt keeps after a table
    }

private:
    QTextCursor cursor_;
    const HandoutStyle& style_;
    bool first_ = true;
};

QString then_rest(const Step& step)
{
    if (step.rest_after <= 0)
        return {};
    const QString rest = step.rest_after % 60 == 0 && step.rest_after >= 60
                             ? Handout::tr("%n min", nullptr, step.rest_after / 60)
                             : Handout::tr("%n s", nullptr, step.rest_after);
    return Handout::tr("; then rest %1").arg(rest);
}

void write_exercise(Writer& out, const Exercise& ex)
{
    out.labelled(Handout::tr("Before:"), qs(ex.preparation), kMuted);
    out.list(qs(ex.setup) + qs(texts_of(ex.instructions)), QTextListFormat::ListDecimal);
    out.labelled(Handout::tr("Form:"), qs(ex.cues));
    out.labelled(Handout::tr("Breathing:"), qs(ex.breathing));
    out.labelled(Handout::tr("Cautions:"), qs(ex.cautions), kCaution);
    for (const Variation& variation : ex.variations)
        out.labelled(Handout::tr("Instead:"),
                     {Handout::tr("%1 — %2").arg(qs(variation.name), qs(variation.description))},
                     kMuted);
}

// Side choices show their left text: on paper no side is being done, and the left comes first.
void write_step(Writer& out, int number, const Step& step, const RoutineLibrary& library,
                const QString& dose_note)
{
    const Exercise* found = library.find_exercise(step.exercise);
    const std::optional<Exercise> shown =
        found ? std::optional<Exercise>(for_side(*found, Side::none)) : std::nullopt;
    const Exercise* ex = shown ? &*shown : nullptr;
    const bool pause = step.kind == StepKind::rest;
    out.block(0.9, !pause);
    out.add(QStringLiteral("%1. %2").arg(number).arg(step_title(step, ex)),
            out.text(pause ? 1.0 : 1.2, !pause, false, pause ? kMuted : Qt::black));
    out.add(QStringLiteral("  —  ") + step_dose_text(step, ex ? ex->sides : Sides::none) +
                then_rest(step),
            out.text(1.0, false, true, pause ? kMuted : Qt::black));
    if (!dose_note.isEmpty()) {
        out.block(0.2);
        out.add(Handout::tr("Programme: %1").arg(dose_note), out.text(1.0, true, false));
    }
    if (!step.note.empty()) {
        out.block(0.2);
        out.add(qs(step.note), out.text(1.0, false, true));
    }
    if (!ex)
        return;
    if (ex->figure && !ex->figure->poses.empty())
        out.beside_pictures(*ex, [ex](Writer& cell) { write_exercise(cell, *ex); });
    else
        write_exercise(out, *ex);
}

QStringList equipment(const Routine& routine, const RoutineLibrary& library)
{
    std::set<std::string> names;
    for (const Step& step : routine.steps)
        if (const Exercise* ex = library.find_exercise(step.exercise))
            names.insert(ex->equipment.begin(), ex->equipment.end());
    QStringList result;
    for (const std::string& name : names)
        result << equipment_word(name);
    return result;
}

void write_header(Writer& out, const LibraryRoutine& entry, const RoutineLibrary& library)
{
    const Routine& r = entry.routine;
    out.block();
    out.add(qs(r.title), out.text(1.9, true));
    if (!r.summary.empty()) {
        out.block(0.4);
        out.add(qs(r.summary), out.text(1.1));
    }
    QStringList facts{Handout::tr("About %1").arg(format_minutes(entry.estimated_seconds)),
                      Handout::tr("%n times a week", nullptr, r.weekly_target)};
    const QStringList gear = equipment(r, library);
    if (!gear.isEmpty())
        facts << Handout::tr("You need: %1").arg(gear.join(QStringLiteral(", ")));
    out.block(0.4);
    out.add(facts.join(QStringLiteral("  ·  ")), out.text(1.0, false, false, kMuted));
}

void write_section(Writer& out, const QString& title, const std::vector<std::string>& items)
{
    if (items.empty())
        return;
    out.block(1.0, true);
    out.add(title, out.text(1.2, true));
    out.list(qs(items), QTextListFormat::ListDisc);
}

// Most urgent first, each tier under what to do.
void write_red_flags(Writer& out, const RedFlags& flags)
{
    write_section(out, Handout::tr("Stop and call the emergency number now if"), flags.emergency);
    write_section(out, Handout::tr("See a doctor soon if"), flags.doctor_soon);
    write_section(out, Handout::tr("See a professional if"), flags.professional);
}

} // namespace

std::vector<QImage> key_pose_pictures(const Exercise& exercise, int height)
{
    std::vector<QImage> images;
    if (!exercise.figure || height <= 0)
        return images;
    const FigureColours colours = print_colours();
    for (std::size_t i = 0; i < exercise.figure->poses.size(); ++i) {
        const Scene scene = key_pose_scene(*exercise.figure, i);
        QImage image(pose_width(scene, height), height, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paint_scene(painter, QRectF(image.rect()), scene, colours);
        images.push_back(std::move(image));
    }
    return images;
}

void write_handout(QTextDocument& document, const LibraryRoutine& entry,
                   const RoutineLibrary& library, const HandoutStyle& style, const DoseNotes& doses)
{
    document.clear();
    document.setDocumentMargin(0);
    document.setIndentWidth(3 * style.font_points); // list numbers close to their column
    Writer out(QTextCursor(&document), style);
    const Routine routine = for_side(entry.routine, Side::none);
    write_header(out, entry, library);
    write_section(out, Handout::tr("Check with a professional before you start if"),
                  routine.check_first);
    write_section(out, Handout::tr("Before you start"), routine.before_you_start);
    for (std::size_t i = 0; i < routine.steps.size(); ++i) {
        const int index = static_cast<int>(i);
        const auto note = doses.find(index);
        write_step(out, index + 1, routine.steps[i], library,
                   note == doses.end() ? QString() : note->second);
    }
    write_section(out, Handout::tr("Notes"), routine.notes);
    write_red_flags(out, routine.red_flags);
    out.block(1.0);
    out.add(Handout::tr("Discomfort during a stretch is normal; pain is not. Stop and see a "
                        "professional when something does not feel right."),
            out.text(0.9, false, true, kMuted));
    if (!entry.routine.credit.empty()) {
        out.block(0.3);
        out.add(qs(entry.routine.credit), out.text(0.9, false, true, kMuted));
    }
}

namespace {

// Where a line of a block starts, in the document (blocks in table cells included).
qreal line_top(const QTextDocument& document, const QTextBlock& block, int line)
{
    const QTextLayout* layout = block.layout();
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return rect.top() - layout->boundingRect().top() + layout->lineAt(line).y();
}

int page_of(const QTextDocument& document, qreal y)
{
    return static_cast<int>(y / document.pageSize().height());
}

bool is_heading(const QTextBlock& block)
{
    return block.blockFormat().boolProperty(kHeadingProperty);
}

// The heading's last line is on an earlier page than the first line of what follows it.
bool orphaned(const QTextDocument& document, const QTextBlock& heading)
{
    document.pageCount(); // lays the document out as far as needed: lines are counted after
    const QTextBlock next = heading.next();
    if (!next.isValid() || is_heading(next) || next.layout()->lineCount() == 0 ||
        heading.layout()->lineCount() == 0)
        return false;
    const int last = heading.layout()->lineCount() - 1;
    return page_of(document, line_top(document, heading, last)) <
           page_of(document, line_top(document, next, 0));
}

} // namespace

std::vector<QString> orphaned_headings(const QTextDocument& document)
{
    std::vector<QString> found;
    if (document.pageSize().height() <= 0)
        return found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (is_heading(block) && orphaned(document, block))
            found.push_back(block.text());
    return found;
}

void keep_headings_with_text(QTextDocument& document)
{
    if (document.pageSize().height() <= 0)
        return;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!is_heading(block) || !orphaned(document, block))
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
    }
}

} // namespace unknot::gui
