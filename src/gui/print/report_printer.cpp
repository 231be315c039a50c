#include "gui/print/report_printer.h"

#include "core/base/atomic_write.h"
#include "gui/text.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <filesystem>

namespace unknot::gui {
namespace {

class ReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
};

// A long report lists the last sessions' pain and notes only: the chart and the CSV have them all.
constexpr std::size_t kMostRows = 16;

const QUrl kPainChart(QStringLiteral("unknot-report:pain-chart"));

QDate to_qdate(std::chrono::local_days day)
{
    return QDate(1970, 1, 1).addDays(day.time_since_epoch().count());
}

QString date(std::chrono::local_days day)
{
    return QLocale().toString(to_qdate(day), QLocale::ShortFormat);
}

QString esc(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

QString rating(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

QString dose_text(const ReportDose& dose)
{
    const QString amount = dose.kind == StepKind::hold
                               ? ReportPrinter::tr("%1 s").arg(dose.amount)
                               : ReportPrinter::tr("%n reps", nullptr, dose.amount);
    return dose.sets > 1 ? ReportPrinter::tr("%1 × %2").arg(dose.sets).arg(amount) : amount;
}

QString answer_text(CheckInAnswer answer)
{
    switch (answer) {
    case CheckInAnswer::better:
        return ReportPrinter::tr("better");
    case CheckInAnswer::same:
        return ReportPrinter::tr("about the same");
    case CheckInAnswer::worse:
        return ReportPrinter::tr("worse");
    }
    return {};
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

QString table(const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "width=\"100%\">%1</table>")
        .arg(rows);
}

QString programme_section(const ReportData& report, const RoutineTitles& titles)
{
    if (!report.programme)
        return QStringLiteral("<p>%1</p>")
            .arg(ReportPrinter::tr("No programme was set for these days."));
    const Programme& p = *report.programme;
    QStringList routines;
    for (const std::string& id : p.routines) {
        const auto it = titles.find(id);
        routines << esc(it == titles.end() ? id : it->second);
    }
    QStringList days;
    for (std::chrono::weekday day : p.days)
        days << QLocale().dayName(static_cast<int>(day.iso_encoding()));
    return QStringLiteral("<p>%1</p>")
        .arg(ReportPrinter::tr("Programme: %1, on %2; %3 weeks from %4.")
                 .arg(routines.join(QStringLiteral(", ")), days.join(QStringLiteral(", ")))
                 .arg(p.weeks)
                 .arg(date(p.start)));
}

QString weeks_section(const ReportData& report)
{
    QString rows = row({ReportPrinter::tr("Week from"), ReportPrinter::tr("Programme week"),
                        ReportPrinter::tr("Planned"), ReportPrinter::tr("Done"),
                        ReportPrinter::tr("Of those, flare-up days")},
                       true);
    for (const ReportWeek& week : report.weeks)
        rows += row(
            {date(week.start),
             week.programme_week > 0 ? QString::number(week.programme_week) : QStringLiteral("–"),
             QString::number(week.planned), QString::number(week.done),
             QString::number(week.flare_ups)});
    return QStringLiteral("<h3>%1</h3>").arg(ReportPrinter::tr("Sessions per week")) + table(rows);
}

QString exercises_section(const ReportData& report)
{
    if (report.exercises.empty())
        return {};
    QString rows = row({ReportPrinter::tr("Exercise"), ReportPrinter::tr("Done"),
                        ReportPrinter::tr("Skipped"), ReportPrinter::tr("Stopped for pain"),
                        ReportPrinter::tr("Dose over time (flare-up days left out)")},
                       true);
    for (const ReportExercise& exercise : report.exercises) {
        QStringList doses;
        for (const ReportDose& dose : exercise.doses)
            doses << ReportPrinter::tr("%1 from %2").arg(dose_text(dose), date(dose.from));
        rows += row({esc(exercise.name), QString::number(exercise.done),
                     QString::number(exercise.skipped), QString::number(exercise.stopped_for_pain),
                     doses.join(QStringLiteral("; "))});
    }
    return QStringLiteral("<h3>%1</h3>").arg(ReportPrinter::tr("Exercises")) + table(rows);
}

// Pain before (solid, filled dots) and after (dashed, open dots) each session, 0 to 10.
QImage pain_chart(const ReportData& report, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(40, 10, size.width() - 50, size.height() - 40);
    painter.setPen(QPen(Qt::black, 1));
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    for (int level : {0, 5, 10}) {
        const double y = plot.bottom() - plot.height() * level / 10.0;
        painter.setPen(QPen(Qt::gray, 1, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - 8, 34, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(level));
    }
    const auto& pain = report.pain;
    const auto x = [&](std::size_t i) {
        return pain.size() < 2 ? plot.center().x()
                               : plot.left() + plot.width() * static_cast<double>(i) /
                                                   static_cast<double>(pain.size() - 1);
    };
    const auto y = [&](int level) { return plot.bottom() - plot.height() * level / 10.0; };
    const auto series = [&](auto value, Qt::PenStyle style, bool filled) {
        painter.setPen(QPen(Qt::black, 2, style));
        QPolygonF line;
        for (std::size_t i = 0; i < pain.size(); ++i)
            if (const auto v = value(pain[i]))
                line << QPointF(x(i), y(*v));
        painter.drawPolyline(line);
        painter.setPen(QPen(Qt::black, 2));
        painter.setBrush(filled ? QBrush(Qt::black) : QBrush(Qt::white));
        for (const QPointF& point : line)
            painter.drawEllipse(point, 3.5, 3.5);
    };
    series([](const ReportPain& p) { return p.before; }, Qt::SolidLine, true);
    series([](const ReportPain& p) { return p.after; }, Qt::DashLine, false);
    painter.setPen(Qt::black);
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 8, plot.width(), 20), Qt::AlignLeft,
        ReportPrinter::tr("● before (solid)   ○ after (dashed); one point per session, "
                          "oldest first"));
    return image;
}

QString pain_section(QTextDocument& document, const ReportData& report)
{
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(ReportPrinter::tr("Pain before and after (0 to 10)"));
    if (report.pain.empty())
        return html +
               QStringLiteral("<p>%1</p>").arg(ReportPrinter::tr("No pain ratings in these days."));
    document.addResource(QTextDocument::ImageResource, kPainChart,
                         pain_chart(report, QSize(1200, 300)));
    html += QStringLiteral("<p><img src=\"%1\" width=\"600\" height=\"150\"></p>")
                .arg(kPainChart.toString());
    QString rows = row({ReportPrinter::tr("Day"), ReportPrinter::tr("Before"),
                        ReportPrinter::tr("After"), ReportPrinter::tr("Flare-up day")},
                       true);
    const std::size_t first = report.pain.size() - std::min(report.pain.size(), kMostRows);
    for (std::size_t i = first; i < report.pain.size(); ++i) {
        const ReportPain& pain = report.pain[i];
        rows += row({date(pain.day), rating(pain.before), rating(pain.after),
                     pain.flare_up ? ReportPrinter::tr("yes") : QString()});
    }
    if (first > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportPrinter::tr("The last %1 of %2 rated sessions; the chart shows "
                                           "them all, the CSV lists them.")
                             .arg(kMostRows)
                             .arg(report.pain.size()));
    return html + table(rows);
}

QString check_ins_section(const ReportData& report)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(ReportPrinter::tr(
                           "Check-in: “Compared with when you started, how is your back?”"));
    if (report.check_ins.empty())
        return html +
               QStringLiteral("<p>%1</p>").arg(ReportPrinter::tr("Not answered in these days."));
    for (const CheckIn& check_in : report.check_ins)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportPrinter::tr("Week %1: %2")
                             .arg(check_in.week)
                             .arg(answer_text(check_in.answer)));
    return html;
}

QString notes_section(const ReportData& report)
{
    if (report.notes.empty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(ReportPrinter::tr("Notes"));
    const std::size_t first = report.notes.size() - std::min(report.notes.size(), kMostRows);
    if (first > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ReportPrinter::tr("The last %1 of %2 notes; the CSV has them all.")
                             .arg(kMostRows)
                             .arg(report.notes.size()));
    for (std::size_t i = first; i < report.notes.size(); ++i) {
        const ReportNote& note = report.notes[i];
        html += QStringLiteral("<p><b>%1, %2:</b> %3</p>")
                    .arg(date(note.day), esc(note.routine_title), esc(note.text));
    }
    return html;
}

} // namespace

void write_report(QTextDocument& document, const ReportData& report, const RoutineTitles& titles)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(ReportPrinter::tr("Back exercise report, %1 to %2")
                                .arg(date(report.from), date(report.to)));
    html += programme_section(report, titles);
    html += QStringLiteral("<p>%1</p>")
                .arg(ReportPrinter::tr("Sessions done: %1, of them on flare-up days (a gentler "
                                       "version): %2. Minutes of exercise: %3.")
                         .arg(report.sessions)
                         .arg(report.flare_ups)
                         .arg(qRound(report.active_minutes)));
    html += weeks_section(report) + exercises_section(report) + pain_section(document, report) +
            check_ins_section(report) + notes_section(report);
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(ReportPrinter::tr(
                    "Written by Unknot from the person's own log. It describes what was "
                    "done and the pain they rated; it does not say what caused what."));
    document.setHtml(html);
}

int save_report_pdf(const ReportData& report, const RoutineTitles& titles, const QString& pdf,
                    QString* error)
{
    AtomicFile file(std::filesystem::path(QFileInfo(pdf).absoluteFilePath().toStdString()));
    if (file.temporary().empty()) {
        *error =
            ReportPrinter::tr("cannot write in %1: %2")
                .arg(QDir::toNativeSeparators(QFileInfo(pdf).absolutePath()), qs(file.reason()));
        return 0;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QString::fromStdString(file.temporary().string()));
    printer.setPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                            ? QPageSize(QPageSize::Letter)
                            : QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setCreator(QStringLiteral("Unknot"));
    printer.setDocName(ReportPrinter::tr("Back exercise report"));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&printer);
    document.setPageSize(printer.pageRect(QPrinter::DevicePixel).size());
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    write_report(document, report, titles);
    document.print(&printer);
    const int pages = document.pageCount();
    QFile written(QString::fromStdString(file.temporary().string()));
    const bool complete = written.open(QIODevice::ReadOnly) && written.size() > 16 &&
                          (written.seek(written.size() - 16), written.read(16).contains("%%EOF"));
    written.close();
    if (!complete || !file.commit()) {
        *error = ReportPrinter::tr("cannot write %1").arg(QDir::toNativeSeparators(pdf));
        return 0;
    }
    return pages;
}

} // namespace unknot::gui
