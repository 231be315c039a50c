// The report for a therapist (issue 16) as a PDF, without a display: the programme, sessions
// planned and done per week, each exercise done / skipped / stopped for pain with its dose over
// time, the pain before and after as a chart and a table, the check-in answers and the notes.
// Black on white, readable when printed in black and white.
#pragma once

#include "core/programme/report_data.h"

#include <QString>

#include <iosfwd>
#include <map>
#include <string>

class QTextDocument;

namespace unknot::gui {

using RoutineTitles = std::map<std::string, std::string>; // routine id -> title

// Fills `document` with the report (its pain chart as an image resource).
void write_report(QTextDocument& document, const ReportData& report, const RoutineTitles& titles);

// Writes the report to `pdf`, whole or not at all. Returns the number of pages; 0 and `error`
// when it fails.
int save_report_pdf(const ReportData& report, const RoutineTitles& titles, const QString& pdf,
                    QString* error);

} // namespace unknot::gui
