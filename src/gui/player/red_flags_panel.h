// The routine's red flags beside "this hurts", the most urgent tier first: call the emergency
// number now, see a doctor soon, see a physiotherapist or doctor if it does not help. The
// emergency tier is white on red and always there (a general line when the routine has none).
#pragma once

#include "core/routine/routine.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace unknot::gui {

struct RedFlagTiers {
    QStringList emergency;
    QStringList doctor_soon;
    QStringList professional;
};

// The tiers of a routine as written (plain text); none without a routine.
RedFlagTiers red_flag_tiers(const Routine* routine);
// The emergency tier's lines, or a general one when the routine has none.
QStringList emergency_lines(const RedFlagTiers& tiers);

class RedFlagsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RedFlagsPanel(QWidget* parent = nullptr);

    void show_tiers(const RedFlagTiers& tiers);
    void set_base_pixels(int pixels);

    // The headings and items in the order shown, one string per label (for tests and screen
    // readers).
    QStringList shown_texts() const;

private:
    QWidget* add_tier(const QString& heading, const QStringList& items, const QString& style);

    QVBoxLayout* layout_;
    QList<QWidget*> tiers_;
    int base_pixels_ = 16;
};

} // namespace unknot::gui
