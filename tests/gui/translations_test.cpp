#include "player_fixture.h"

#include "gui/builtin_routines.h"
#include "gui/desktop/translations.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"
#include "gui/player/caution_line.h"
#include "gui/print/handout_document.h"
#include "gui/step_text.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

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

namespace {

RoutineLibrary format_2_library()
{
    std::ifstream in(std::string(UNKNOT_TEST_DATA) + "/good/format-2.json", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return RoutineLibrary::load({{"format-2.json", bytes.str()}}, {});
}

} // namespace

TEST_CASE("in German the library, the player and the handout show the routine's German text",
          "[gui][i18n]")
{
    German german;
    REQUIRE(german.loaded);
    REQUIRE(gui::content_language(german.translators) == "de");
    const RoutineLibrary library = format_2_library();
    REQUIRE(library.problems().empty());
    test::PlayerHarness h;
    gui::CuePlayer silent(nullptr, nullptr);
    gui::MainWindow window(&library);
    window.set_content_language(gui::content_language(german.translators));
    auto* player = new gui::PlayerPage(h.clock, *h.settings, [&silent] { return &silent; });
    window.set_player(player);
    window.show();

    window.library_page()->select(QStringLiteral("test-format-2"));
    auto* detail = window.library_page()->findChild<QTextBrowser*>();
    REQUIRE(detail);
    const QString details = detail->document()->toPlainText();
    CHECK(details.contains(QStringLiteral("Bei Osteoporose frag vorher nach.")));
    CHECK(details.contains(QStringLiteral("Leg dich auf die linke Seite, die Knie gebeugt.")));
    CHECK(details.contains(QStringLiteral("Du spürst es in der linken Seite.")));
    CHECK(details.contains(QStringLiteral("Brustschmerz: Ruf sofort den Notruf 112 an.")));
    CHECK(details.contains(QStringLiteral("Fever: see a doctor soon."))); // not translated
    CHECK(details.contains(QStringLiteral("Stop if your left shoulder hurts.")));
    CHECK_FALSE(details.contains(QLatin1Char('{')));
    CHECK_FALSE(details.contains(QStringLiteral("Lie on your")));

    auto* table = window.library_page()->findChild<QTableView*>();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(player->playing());
    CHECK(player->view()->header()->title() == QStringLiteral("Drehung in Seitenlage"));
    CHECK(player->view()->instruction() ==
          QStringLiteral("Leg dich auf die linke Seite, die Knie gebeugt."));
    for (int i = 0; i < 600 && player->engine()->phase_index() == 0; ++i) {
        h.clock.advance(0.1); // through the lead-in, lengthened for what the coach says
        player->tick();
    }
    REQUIRE(player->engine()->phase_index() == 1); // the left side's hold
    CHECK(player->view()->header()->title() == QStringLiteral("Drehung in Seitenlage"));
    // the step's note, then the movement as the coach says it: German, for the left side
    CHECK(player->view()->instruction() == QStringLiteral("Du spürst es in der linken Seite."));
    for (int i = 0; i < 100 && player->view()->instruction().startsWith(QStringLiteral("Du"));
         ++i) {
        h.clock.advance(0.1);
        player->tick();
    }
    CHECK(player->view()->instruction() ==
          QStringLiteral("Heb den rechten Arm und öffne ihn nach hinten."));
    CHECK(player->view()->caution_line()->caution() ==
          QStringLiteral("Stop if your left shoulder hurts.")); // not translated in the file
    test::answer_next_message_box(QMessageBox::Yes);
    QTest::keyClick(player, Qt::Key_Escape);
    CHECK_FALSE(player->playing());

    QTextDocument handout;
    const RoutineLibrary& shown = *window.shown_library();
    gui::write_handout(handout, *shown.find_routine("test-format-2"), shown, {});
    const QString printed = handout.toPlainText();
    CHECK(printed.contains(QStringLiteral("Drehung in Seitenlage")));
    CHECK(printed.contains(QStringLiteral("Heb den rechten Arm und öffne ihn nach hinten.")));
    CHECK(printed.contains(QStringLiteral("Sofort den Notruf wählen, wenn")));
    CHECK(printed.contains(QStringLiteral("Brustschmerz: Ruf sofort den Notruf 112 an.")));
    CHECK_FALSE(printed.contains(QLatin1Char('{')));
}

TEST_CASE("in English the same routine shows the file's own text", "[gui][i18n]")
{
    const RoutineLibrary library = format_2_library();
    gui::MainWindow window(&library);
    window.set_content_language({});
    window.show();
    window.library_page()->select(QStringLiteral("test-format-2"));
    const QString details =
        window.library_page()->findChild<QTextBrowser*>()->document()->toPlainText();
    CHECK(details.contains(QStringLiteral("Lie on your left side, knees bent.")));
    CHECK(details.contains(QStringLiteral("Chest pain: call the emergency number now.")));
    CHECK_FALSE(details.contains(QStringLiteral("Leg dich")));
}
