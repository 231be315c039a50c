#include "gui/desktop/palettes.h"

#include <QApplication>
#include <QStyleFactory>

namespace unknot::gui {
namespace {

// `disabled` is also the placeholder grey: 4.5:1 or more on the window and on fields, as people
// read a built-in routine's disabled fields in the editor.
struct Colours {
    QColor window, text, base, alternate, button, highlight, highlighted_text, link, disabled,
        tooltip;
};

QPalette make(const Colours& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::ToolTipBase, c.tooltip);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.disabled);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlighted_text);
    p.setColor(QPalette::Light, c.button.lighter(130));
    p.setColor(QPalette::Midlight, c.button.lighter(115));
    p.setColor(QPalette::Mid, c.button.darker(130));
    p.setColor(QPalette::Dark, c.button.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabled);
    return p;
}

} // namespace

QPalette light_palette()
{
    return make({QColor(0xef, 0xf0, 0xf1), QColor(0x1d, 0x1f, 0x21), Qt::white,
                 QColor(0xf4, 0xf5, 0xf6), QColor(0xe3, 0xe5, 0xe7), QColor(0x1f, 0x6f, 0xb2),
                 Qt::white, QColor(0x1f, 0x5f, 0xa0), QColor(0x68, 0x6c, 0x70),
                 QColor(0xff, 0xfb, 0xe6)});
}

QPalette dark_palette()
{
    return make({QColor(0x26, 0x29, 0x2c), QColor(0xe8, 0xea, 0xec), QColor(0x1b, 0x1d, 0x1f),
                 QColor(0x23, 0x26, 0x29), QColor(0x33, 0x37, 0x3b), QColor(0x3d, 0x8e, 0xd6),
                 Qt::white, QColor(0x7c, 0xb8, 0xf0), QColor(0x90, 0x95, 0x9b),
                 QColor(0x33, 0x37, 0x3b)});
}

bool apply_palette(QApplication& app, const QString& name)
{
    if (name != QStringLiteral("dark") && name != QStringLiteral("light"))
        return false;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(name == QStringLiteral("dark") ? dark_palette() : light_palette());
    return true;
}

} // namespace unknot::gui
