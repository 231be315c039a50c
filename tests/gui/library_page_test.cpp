#include "core/routine/routine_limits.h"
#include "layout_facts.h"

#include "gui/builtin_routines.h"
#include "gui/desktop/translations.h"
#include "gui/library/library_page.h"
#include "gui/library/routine_table_model.h"
#include "gui/main_window.h"
#include "gui/value_words.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace unknot;

namespace {

RoutineLibrary builtin_library()
{
    return RoutineLibrary::load(gui::builtin_routine_sources(), {});
}

QStringList visible_titles(QTableView* table)
{
    QStringList titles;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        titles << table->model()->index(row, 0).data().toString();
    return titles;
}

} // namespace

TEST_CASE("the library window lists every shipped routine", "[gui][library]")
{
    const RoutineLibrary library = builtin_library();
    REQUIRE(library.problems().empty());
    REQUIRE(library.routines().size() >= 6);
    gui::MainWindow window(&library);
    window.show();
    auto* table = window.findChild<QTableView*>();
    REQUIRE(table);
    const QStringList titles = visible_titles(table);
    CHECK(titles.size() == int(library.routines().size()));
    for (const auto& r : library.routines())
        CHECK(titles.contains(QString::fromStdString(r.routine.title)));
}

TEST_CASE("typing in the search field filters routines by title, exercise and equipment",
          "[gui][library]")
{
    const RoutineLibrary library = builtin_library();
    gui::LibraryPage page;
    page.set_library(&library);
    page.show();
    auto* search = page.findChild<QLineEdit*>();
    auto* table = page.findChild<QTableView*>();
    REQUIRE(search);
    REQUIRE(table);
    const int all = table->model()->rowCount();

    QTest::keyClicks(search, QStringLiteral("foam roller"));
    const QStringList roller = visible_titles(table);
    CHECK(roller.size() >= 1);
    CHECK(roller.size() < all);
    CHECK(roller.join(QLatin1Char('|')).contains(QStringLiteral("Mid-back knots")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("no such thing zzz"));
    CHECK(table->model()->rowCount() == 0);

    search->clear();
    CHECK(table->model()->rowCount() == all);
}

TEST_CASE("Enter on a selected routine asks to start it", "[gui][library]")
{
    const RoutineLibrary library = builtin_library();
    gui::LibraryPage page;
    page.set_library(&library);
    page.show();
    page.select(QStringLiteral("everyday-ten"));
    QSignalSpy spy(&page, &gui::LibraryPage::start_requested);
    auto* table = page.findChild<QTableView*>();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("everyday-ten"));
}

namespace {

// What a person sees in a label: Qt renders its text as rich text when told to, or when the format
// is automatic and the text looks like markup.
QString shown_text(const QLabel* label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// The tool tip the table shows for the cell at `index`, as a person reads it.
QString shown_tool_tip(QTableView* table, const QModelIndex& index)
{
    const QRect cell = table->visualRect(index);
    QHelpEvent help(QEvent::ToolTip, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &help);
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            return shown_text(static_cast<QLabel*>(widget));
    }
    return {};
}

// Every fragment of the document is plain text: no link, no image, no table from the file.
bool only_plain_fragments(const QTextDocument& document)
{
    if (document.rootFrame()->childFrames().size() > 0)
        return false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() || format.isImageFormat() || !format.anchorHref().isEmpty())
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("routine text with markup is shown as plain text in every field", "[gui][library]")
{
    const auto dir = std::filesystem::temp_directory_path() / "unknot-gui-plain-text";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(std::filesystem::path(UNKNOT_TEST_DATA) / "good" /
                                   "markup-everywhere.json",
                               dir / "markup-everywhere.json");
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), dir);
    REQUIRE(library.problems().empty());
    REQUIRE(library.find_routine("markup-everywhere"));
    gui::LibraryPage page;
    page.set_library(&library);
    page.resize(1000, 700);
    page.show();
    page.select(QStringLiteral("markup-everywhere"));

    auto* detail = page.findChild<QTextBrowser*>();
    REQUIRE(detail);
    const QString text = detail->toPlainText();
    for (const char* field : {
             "<b>Routine</b> title",                                          // title
             "<a href=\"https://example.com/summary\">Routine summary</a>",   // summary
             "<h1>Note</h1> one",                                             // notes
             "<a href=\"mailto:x@example.com\">Professional</a> advice",      // see_a_professional
             "Credit &amp; <i>thanks</i>",                                    // credit
             "<b>Name</b> of the stretch",                                    // exercise name
             "<a href=\"https://example.com/1\">First instruction</a>",       // instructions
             "<img src=\"https://example.com/track.png\">Second instruction", //
             "<font color=\"red\">Cue</font> in red",                         // cues
             "<script>alert(1)</script>Caution",                              // cautions
             "<u>Variation</u> name",                                         // variations
             "<table><tr><td>Variation description</td></tr></table>",        //
             "<s>Step note</s>",                                              // step note
             "<big>Timed title</big>",                                        // timed title
         }) {
        INFO(field);
        CHECK(text.contains(QString::fromUtf8(field)));
    }
    CHECK(only_plain_fragments(*detail->document()));

    auto* table = page.findChild<QTableView*>();
    REQUIRE(table);
    const QModelIndex title = table->currentIndex().siblingAtColumn(0);
    CHECK(title.data().toString() == QStringLiteral("<b>Routine</b> title"));
    CHECK(shown_tool_tip(table, title) ==
          QStringLiteral("<a href=\"https://example.com/summary\">Routine summary</a>"));
}

// Start-up shows the built-in routines first and adopts the user's when they have loaded; the
// person may already have picked one.
TEST_CASE("adopting the user's routines keeps the selected routine and its details",
          "[gui][library]")
{
    const RoutineLibrary built_in = builtin_library();
    gui::MainWindow window(&built_in);
    window.show();
    gui::LibraryPage* page = window.library_page();
    page->select(QStringLiteral("everyday-ten"));
    auto* detail = page->findChild<QTextBrowser*>();
    const QString shown = detail->toPlainText();
    REQUIRE(shown.startsWith(QStringLiteral("Everyday")));

    QTemporaryDir dir;
    std::ifstream original(std::string(UNKNOT_SOURCE_DIR) + "/routines/upper-back-stretch.json");
    std::string text((std::istreambuf_iterator<char>(original)), std::istreambuf_iterator<char>());
    text.replace(text.find("\"upper-back-stretch\""), 20, "\"my-morning\"");
    std::ofstream(dir.filePath(QStringLiteral("my-morning.json")).toStdString()) << text;
    window.adopt_library(
        RoutineLibrary::load(gui::builtin_routine_sources(), dir.path().toStdString()));

    REQUIRE(window.library()->find_routine("my-morning"));
    auto* table = page->findChild<QTableView*>();
    CHECK(table->model()->rowCount() == int(built_in.routines().size()) + 1);
    CHECK(page->selected_id() == QStringLiteral("everyday-ten"));
    CHECK(detail->toPlainText() == shown);
}

TEST_CASE("Focus and Equipment show words, in the interface's language", "[gui][library]")
{
    const RoutineLibrary library = builtin_library();
    for (const std::string& id : limits::equipment())
        CHECK(gui::has_equipment_word(id));
    for (const LibraryRoutine& entry : library.routines())
        for (const std::string& id : entry.routine.focus) {
            INFO(entry.routine.id << ": " << id);
            CHECK(gui::has_focus_word(id));
        }
    for (const char* id : {"upper-back", "mid-back", "shoulder-blades"})
        CHECK(gui::has_focus_word(id));

    const auto cells = [&library](int column) {
        gui::MainWindow window(&library);
        auto* table = window.findChild<QTableView*>();
        QStringList texts;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            texts << table->model()->index(row, column).data().toString();
        return texts.join(QStringLiteral(" | "));
    };
    {
        gui::MainWindow window(&library);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            for (int column :
                 {gui::RoutineTableModel::focus_column, gui::RoutineTableModel::equipment_column}) {
                const QModelIndex index = table->model()->index(row, column);
                const QRect cell = table->visualRect(index).adjusted(4, 0, -4, 0);
                const QRect needed = table->fontMetrics().boundingRect(cell, Qt::TextWordWrap,
                                                                       index.data().toString());
                INFO(index.data().toString().toStdString());
                CHECK(needed.width() <= cell.width());
                CHECK(needed.height() <= cell.height()); // shown in full, not cut with "…"
            }
    }
    const QString focus = cells(gui::RoutineTableModel::focus_column);
    const QString equipment = cells(gui::RoutineTableModel::equipment_column);
    CHECK(focus.contains(QStringLiteral("upper back")));
    CHECK_FALSE(focus.contains(QLatin1Char('-')));
    CHECK(equipment.contains(QStringLiteral("mat")));
    CHECK_FALSE(equipment.contains(QLatin1Char('-')));

    gui::Translators translators;
    REQUIRE(gui::install_translations(*qApp, translators, QLocale(QLocale::German)));
    const QString german_focus = cells(gui::RoutineTableModel::focus_column);
    const QString german_equipment = cells(gui::RoutineTableModel::equipment_column);
    QCoreApplication::removeTranslator(&translators.unknot);
    QCoreApplication::removeTranslator(&translators.qt);
    CHECK(german_focus.contains(QStringLiteral("oberer Rücken")));
    CHECK(german_equipment.contains(QStringLiteral("Matte")));
    CHECK_FALSE(german_focus.contains(QStringLiteral("upper")));
}

// At 1280x800 in German (the longer words), a routine's focus and equipment have columns 28
// letters wide (three of "oberer Rücken, mittlerer Rücken, Schulterblätter" fit in two lines) and
// air above and below: in 150 px columns beside a wide title column the focus took three lines
// touching the row's edges.
TEST_CASE("at 1280x800 focus and equipment have wide columns with room around them",
          "[gui][library]")
{
    const RoutineLibrary library = builtin_library();
    gui::Translators translators;
    REQUIRE(gui::install_translations(*qApp, translators, QLocale(QLocale::German)));
    {
        gui::MainWindow window(&library);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        test::settle();
        auto* table = window.findChild<QTableView*>();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            for (int column :
                 {gui::RoutineTableModel::focus_column, gui::RoutineTableModel::equipment_column}) {
                const QModelIndex index = table->model()->index(row, column);
                const QRect cell = table->visualRect(index).adjusted(4, 0, -4, 0);
                const QRect needed = table->fontMetrics().boundingRect(cell, Qt::TextWordWrap,
                                                                       index.data().toString());
                INFO(index.data().toString().toStdString()
                     << " in " << cell.width() << "x" << cell.height());
                CHECK(cell.width() >= 28 * table->fontMetrics().averageCharWidth());
                CHECK(cell.height() >= needed.height() + 4);
            }
    }
    QCoreApplication::removeTranslator(&translators.unknot);
    QCoreApplication::removeTranslator(&translators.qt);
}
