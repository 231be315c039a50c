// Screenshots of every page and the settings dialog in the light and the dark palette, to look
// at: run `gui_tests "[.screens]"`; the PNGs go to tests/output/screens in the build folder.
#include "layout_facts.h"

#include "gui/builtin_routines.h"
#include "gui/desktop/app_identity.h"
#include "gui/desktop/palettes.h"
#include "gui/editor/editor_page.h"
#include "gui/history/history_page.h"
#include "gui/history/local_clock.h"
#include "gui/main_window.h"
#include "gui/player/cue_player.h"
#include "gui/player/player_page.h"
#include "gui/player/session_clock.h"
#include "gui/settings/settings_dialog.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

class StillClock : public gui::SessionClock {
public:
    TimePoint now() const override { return now_; }
    void advance(double seconds) { now_ += to_duration(seconds); }

private:
    TimePoint now_ = TimePoint{} + std::chrono::hours(1);
};

void save(QWidget& widget, const QString& name)
{
    const QDir dir(QStringLiteral(UNKNOT_TEST_OUTPUT "/screens"));
    QDir().mkpath(dir.path());
    QApplication::processEvents();
    REQUIRE(widget.grab().save(dir.filePath(name + QStringLiteral(".png"))));
}

void shoot_all(const QString& palette)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    StillClock clock;
    gui::MainWindow window(&library);
    window.set_player(new gui::PlayerPage(clock, settings, nullptr));
    window.set_editor(
        new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only)));
    window.set_history(new gui::HistoryPage(nullptr, settings, gui::system_local_now));
    window.set_settings(&settings, {dir.path(), {}, false, false, {}, {}, {}});
    window.resize(1100, 720);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(window, palette + QStringLiteral("-tab-%1").arg(i));
    }
    tabs->setCurrentIndex(0);
    REQUIRE(window.play(QStringLiteral("everyday-ten")));
    clock.advance(12);
    window.player_page()->tick();
    save(window, palette + QStringLiteral("-player"));
    window.player_page()->stop();

    settings.setValue(QStringLiteral("reminder/days"), 0b0010101);
    gui::SettingsDialog dialog(
        settings,
        {dir.path(),
         {QStringLiteral("English (Alan)")},
         true,
         true,
         {},
         {{{QStringLiteral("everyday-ten"), QStringLiteral("Everyday ten minutes")}},
          dir.filePath(QStringLiteral("autostart.desktop")),
          {QStringLiteral("unknot")},
          true},
         {}},
        &window);
    dialog.show();
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        dialog.tabs()->setCurrentIndex(i);
        save(dialog, palette + QStringLiteral("-settings-%1").arg(i));
    }
}

} // namespace

TEST_CASE("screenshots of every page in both palettes", "[.screens]")
{
    const QPalette palette = QApplication::palette();
    const QString style = QApplication::style()->name();
    for (const char* name : {"light", "dark"}) {
        REQUIRE(gui::apply_palette(*qApp, QString::fromLatin1(name)));
        shoot_all(QString::fromLatin1(name));
    }
    QApplication::setStyle(style);
    QApplication::setPalette(palette);
}

TEST_CASE("the window icon comes in every bundled size, from small to large", "[gui][desktop]")
{
    const QList<QSize> sizes = gui::app_icon().availableSizes();
    CHECK(sizes.contains(QSize(16, 16)));
    CHECK(sizes.contains(QSize(48, 48)));
    CHECK(sizes.contains(QSize(256, 256)));
    CHECK_FALSE(gui::app_icon().pixmap(64, 64).isNull());
}

// A built-in routine opens in the editor with its fields disabled, and people read them there;
// placeholders and the history's captions use the same grey. It must read as text (4.5:1) on the
// window and on fields in both palettes: the light grey was 2.9:1 on the window, the dark 3.6:1.
TEST_CASE("disabled text and placeholders read on windows and fields in both palettes",
          "[gui][palette]")
{
    for (const QPalette& palette : {gui::light_palette(), gui::dark_palette()}) {
        const QColor grey = palette.color(QPalette::Disabled, QPalette::Text);
        for (const QPalette::ColorRole ground : {QPalette::Window, QPalette::Base}) {
            const QColor background = palette.color(QPalette::Disabled, ground);
            INFO(grey.name().toStdString() << " on " << background.name().toStdString());
            CHECK(test::contrast_ratio(grey, background) >= 4.5);
            CHECK(test::contrast_ratio(palette.color(QPalette::PlaceholderText), background) >=
                  4.5);
        }
        // Still quieter than the text itself.
        CHECK(test::contrast_ratio(grey, palette.color(QPalette::Text)) >= 1.5);
    }
}
