#include "gui/builtin_routines.h"
#include "gui/desktop/translations.h"
#include "gui/main_window.h"
#include "gui/step_text.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

// Installs the German catalogues while it lives.
struct German {
    gui::Translators translators;
    bool loaded = gui::install_translations(*qApp, translators, QLocale(QLocale::German));
    ~German()
    {
        QCoreApplication::removeTranslator(&translators.unknot);
        QCoreApplication::removeTranslator(&translators.qt);
    }
};

} // namespace

TEST_CASE("a German desktop gets the German interface", "[gui][i18n]")
{
    German german;
    REQUIRE(german.loaded);
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    gui::MainWindow window(&library);
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("&Datei")));
    Step hold;
    hold.kind = StepKind::hold;
    hold.hold_seconds = 30;
    hold.sets = 2;
    CHECK(gui::step_dose_text(hold, Sides::each) == QStringLiteral("2 × 30 s halten, jede Seite"));
    // Qt's own buttons too (qtbase_de from qt6-translations-l10n): not "Cancel" in a German dialog.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Abbrechen"));
}

TEST_CASE("a language without a catalogue keeps English", "[gui][i18n]")
{
    gui::Translators translators;
    CHECK_FALSE(gui::install_translations(*qApp, translators, QLocale(QLocale::Japanese)));
    CHECK(gui::sides_text(Sides::each) == QStringLiteral("each side"));
}
