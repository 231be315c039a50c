#include "gui/print/handout_printer.h"

#include "core/base/atomic_write.h"
#include "gui/print/handout_document.h"
#include "gui/text.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include <filesystem>
#include <memory>
#include <ostream>

namespace unknot::gui {
namespace {

class HandoutPrinter {
    Q_DECLARE_TR_FUNCTIONS(HandoutPrinter)
};

constexpr double kFooterMm = 9;
const QMarginsF kMarginsMm(16, 14, 16, 12);
constexpr int kMostPages = 2;

double dots_per_mm(const QPrinter& printer)
{
    return printer.resolution() / 25.4;
}

QSizeF body_size(const QPrinter& printer)
{
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    return {page.width(), page.height() - kFooterMm * dots_per_mm(printer)};
}

std::unique_ptr<QTextDocument> lay_out(const LibraryRoutine& entry, const RoutineLibrary& library,
                                       const DoseNotes& doses, QPrinter& printer, double points)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&printer);
    QFont font = document->defaultFont();
    font.setPointSizeF(points);
    document->setDefaultFont(font);
    document->setPageSize(body_size(printer));
    HandoutStyle style;
    style.font_points = points;
    // Image sizes in a document are in 96 dpi pixels whatever its paint device is.
    style.figure_height = 2.0 * points * 96 / 25.4; // 20 mm at 10 pt
    style.figure_dots_per_unit = 300.0 / 96;        // printed at 300 dpi
    write_handout(*document, entry, library, style, doses);
    keep_headings_with_text(*document);
    return document;
}

std::unique_ptr<QTextDocument> fitted(const LibraryRoutine& entry, const RoutineLibrary& library,
                                      const DoseNotes& doses, QPrinter& printer)
{
    std::unique_ptr<QTextDocument> document;
    for (double points = 10.0; points >= 7.5; points -= 0.5) {
        document = lay_out(entry, library, doses, printer, points);
        if (document->pageCount() <= kMostPages)
            break;
    }
    return document;
}

void paint_footer(QPainter& painter, const QString& title, int page, int pages, QSizeF body)
{
    const double mm = painter.device()->logicalDpiY() / 25.4;
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x77, 0x7d, 0x83));
    const QRectF footer(0, body.height() + 3 * mm, body.width(), (kFooterMm - 3) * mm);
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QString left = HandoutPrinter::tr("%1 · Unknot").arg(title);
    const QString right = HandoutPrinter::tr("Page %1 of %2").arg(page).arg(pages);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, right);
}

// Qt's PDF writer does not report a failed write (a full disk, a size limit): a PDF cut short
// lacks the end-of-file marker that it writes last.
bool ends_like_a_pdf(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly) || file.size() < 16)
        return false;
    file.seek(file.size() - 16);
    return file.read(16).contains("%%EOF");
}

QPageSize locale_paper()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

} // namespace

int print_handout(const LibraryRoutine& entry, const RoutineLibrary& library, QPrinter& printer,
                  const DoseNotes& doses)
{
    if (printer.docName().isEmpty())
        printer.setDocName(qs(entry.routine.title));
    const std::unique_ptr<QTextDocument> document = fitted(entry, library, doses, printer);
    const int pages = document->pageCount();
    const QSizeF body = body_size(printer);
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        document->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        paint_footer(painter, qs(entry.routine.title), page + 1, pages, body);
    }
    return painter.end() ? pages : 0;
}

int save_handout_pdf(const LibraryRoutine& entry, const RoutineLibrary& library, const QString& pdf,
                     QString* error, const DoseNotes& doses)
{
    // The printer writes the temporary by name; the file is written like every other
    // (core/base/atomic_write.h).
    AtomicFile file(std::filesystem::path(QFileInfo(pdf).absoluteFilePath().toStdString()));
    if (file.temporary().empty()) {
        *error =
            HandoutPrinter::tr("cannot write in %1: %2")
                .arg(QDir::toNativeSeparators(QFileInfo(pdf).absolutePath()), qs(file.reason()));
        return 0;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(file.temporary().string()));
    printer.setPageSize(locale_paper());
    printer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
    printer.setCreator(QStringLiteral("Unknot"));
    const int pages = print_handout(entry, library, printer, doses);
    if (pages == 0 || !ends_like_a_pdf(file.temporary()) || !file.commit()) {
        *error = HandoutPrinter::tr("cannot write %1").arg(QDir::toNativeSeparators(pdf));
        return 0;
    }
    return pages;
}

int print_routine_command(const LibraryRoutine& entry, const RoutineLibrary& library,
                          const QString& pdf, std::ostream& out, std::ostream& err,
                          const DoseNotes& doses)
{
    QString error;
    const int pages = save_handout_pdf(entry, library, pdf, &error, doses);
    if (pages == 0) {
        err << "unknot: " << error.toStdString() << "\n";
        return 1;
    }
    out << pdf.toStdString() << ": " << pages << (pages == 1 ? " page" : " pages") << "\n";
    return 0;
}

void print_handout_with_dialog(const LibraryRoutine& entry, const RoutineLibrary& library,
                               QWidget* parent, const DoseNotes& doses)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
    printer.setDocName(qs(entry.routine.id)); // "Print to File" offers ~/<id>.pdf
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(HandoutPrinter::tr("Print “%1”").arg(qs(entry.routine.title)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (print_handout(entry, library, printer, doses) == 0)
        QMessageBox::warning(parent, HandoutPrinter::tr("Could not print"),
                             HandoutPrinter::tr("The printer did not start. Check that it is "
                                                "connected, or choose Print to File (PDF)."));
}

} // namespace unknot::gui
