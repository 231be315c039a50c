#include "gui/library/problems_banner.h"

#include "gui/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace unknot::gui {

ProblemsBanner::ProblemsBanner(QWidget* parent)
    : QFrame(parent), summary_(new QLabel(this)), toggle_(new QToolButton(this)),
      details_(new QPlainTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    toggle_->setText(tr("Details"));
    toggle_->setCheckable(true);
    toggle_->setAccessibleName(tr("Show the problems found in routine files"));
    toggle_->setAccessibleDescription(tr("Shows or hides why some routine files were skipped."));
    details_->setReadOnly(true);
    details_->setVisible(false);
    details_->setAccessibleName(tr("Problems found in routine files"));
    details_->setAccessibleDescription(tr("Each file that was skipped, with the problem in it."));
    connect(toggle_, &QToolButton::toggled, details_, &QWidget::setVisible);

    auto* row = new QHBoxLayout;
    row->addWidget(summary_, 1);
    row->addWidget(toggle_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(details_);
    setVisible(false);
}

void ProblemsBanner::set_problems(const Problems& problems)
{
    std::set<std::string> files;
    QStringList lines;
    for (const Problem& p : problems) {
        files.insert(p.file);
        lines << qs(p.to_string());
    }
    summary_->setText(tr("%n routine file(s) could not be used and were skipped. The others are "
                         "ready.",
                         nullptr, int(files.size())));
    details_->setPlainText(lines.join(QLatin1Char('\n')));
    setVisible(!problems.empty());
}

QString ProblemsBanner::details_text() const
{
    return details_->toPlainText();
}

} // namespace unknot::gui
