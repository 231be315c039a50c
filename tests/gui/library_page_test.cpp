#include "gui/builtin_routines.h"
#include "gui/library/library_page.h"
#include "gui/main_window.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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

TEST_CASE("routine text with markup is shown as plain text", "[gui][library]")
{
    const auto dir = std::filesystem::temp_directory_path() / "unknot-gui-plain-text";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "markup.json") << R"({"format": 1, "routine": {
        "id": "markup", "title": "<b>Bold</b> title", "summary": "<a href='x'>link</a>",
        "steps": [{"rest": 30, "note": "<img src='x.png'>"}]}})";
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), dir);
    REQUIRE(library.find_routine("markup"));
    gui::LibraryPage page;
    page.set_library(&library);
    page.select(QStringLiteral("markup"));
    const QString text = page.findChild<QTextBrowser*>()->toPlainText();
    CHECK(text.contains(QStringLiteral("<b>Bold</b> title")));
    CHECK(text.contains(QStringLiteral("<a href='x'>link</a>")));
    CHECK(text.contains(QStringLiteral("<img src='x.png'>")));
}
