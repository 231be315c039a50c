// Before and around sessions: the pain question's keys and setting, opening the history at
// start-up (damaged, newer).
#include "session_log_fixture.h"

#include "core/history/history_schema.h"
#include "gui/session/history_startup.h"
#include "gui/session/pain_scale.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <sqlite3.h>

#include <optional>

using namespace unknot;
using test::LoggedApp;

namespace {

const sys_seconds kNow{std::chrono::seconds{1718611200}}; // 2024-06-17T08:00:00Z

QByteArray read_file(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write_file(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("the pain question: keys 0 to 9 and T for 10 answer, Esc skips, buttons answer 0 to 10",
          "[gui][session-log]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    gui::PainRatingPage page(settings);
    std::vector<std::optional<int>> answers;
    QObject::connect(&page, &gui::PainRatingPage::answered,
                     [&answers](std::optional<int> pain) { answers.push_back(pain); });
    page.show();
    page.ask(QStringLiteral("Desk reset"));
    CHECK(page.routine_text() == QStringLiteral("Desk reset"));
    for (int key = Qt::Key_0; key <= Qt::Key_9; ++key)
        QTest::keyClick(&page, static_cast<Qt::Key>(key));
    QTest::keyClick(&page, Qt::Key_Escape);
    QTest::keyClick(&page, Qt::Key_5, Qt::ControlModifier); // not an answer
    QTest::mouseClick(page.scale()->button(10), Qt::LeftButton);
    QTest::mouseClick(page.skip_button(), Qt::LeftButton);
    QTest::keyClick(&page, Qt::Key_T); // the whole scale has keys: T for 10
    std::vector<std::optional<int>> expected{
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, std::nullopt, 10, std::nullopt, 10};
    CHECK(answers == expected);
    CHECK(page.keys_text() == QStringLiteral("Keys: 0 to 9, T for 10. Esc skips."));
    CHECK(gui::PainRatingPage::enabled(settings));
    page.ask_toggle()->click();
    CHECK_FALSE(gui::PainRatingPage::enabled(settings));
}

TEST_CASE("Skip starts the session without a pain rating, the check box turns the question off",
          "[gui][session-log]")
{
    LoggedApp app;
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    REQUIRE(app.current_page() == app.pain_page());
    app.pain_page()->ask_toggle()->click(); // do not ask again
    QTest::keyClick(app.pain_page(), Qt::Key_Escape);
    REQUIRE(app.player->playing());
    CHECK_FALSE(app.sessions()[0].pain_before.has_value());
    app.player->stop();
    QTest::mouseClick(app.summary()->back_button(), Qt::LeftButton);
    REQUIRE(app.window->play(QStringLiteral("player-test")));
    CHECK(app.player->playing()); // no question this time
    CHECK(app.sessions().size() == 2);
}

TEST_CASE("a damaged history at start-up is moved aside intact and the person is told where",
          "[gui][session-log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite3"));
    const QByteArray junk = QByteArray("not a database at all. ").repeated(40);
    const QByteArray wal = QByteArrayLiteral("wal bytes");
    write_file(path, junk);
    write_file(path + QStringLiteral("-wal"), wal);

    gui::HistoryStartup startup = gui::open_history_at_startup(dir.path(), kNow);
    REQUIRE(startup.store);
    const QString moved = path + QStringLiteral(".corrupt-20240617T080000Z");
    CHECK(read_file(moved) == junk);
    CHECK(read_file(moved + QStringLiteral("-wal")) == wal);
    CHECK(startup.notice.contains(QStringLiteral("started a new one")));
    CHECK(startup.notice.contains(moved));
    SessionStart start;
    start.routine_id = "desk-reset";
    start.started_at = kNow;
    CHECK(startup.store->begin_session(start).ok()); // the new history works

    QWidget window;
    window.show();
    gui::show_history_notice(&window, startup.notice);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("history-notice"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK_FALSE(box->isModal()); // the window can be used while it shows
    CHECK(box->textFormat() == Qt::PlainText);
    CHECK(box->text() == startup.notice);
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    CHECK(box->grab().save(
        QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(QStringLiteral("history-notice.png"))));
}

TEST_CASE("a history written by a newer Unknot is left untouched and the app plays without it",
          "[gui][session-log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite3"));
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        const std::string sql = "PRAGMA application_id = " + std::to_string(kHistoryApplicationId) +
                                "; PRAGMA user_version = 999; CREATE TABLE future (x);";
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = read_file(path);
    const QStringList files_before = QDir(dir.path()).entryList(QDir::Files);

    gui::HistoryStartup startup = gui::open_history_at_startup(dir.path(), kNow);
    CHECK_FALSE(startup.store);
    CHECK(startup.notice.contains(QStringLiteral("newer version of Unknot")));
    CHECK(startup.notice.contains(QStringLiteral("will not be logged")));
    CHECK(read_file(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == files_before); // nothing moved or added

    gui::SessionLogger logger(startup.store.get());
    CHECK_FALSE(logger.has_store());
}

TEST_CASE("a history that cannot be opened leaves the app without a log, and says so",
          "[gui][session-log]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("history.sqlite3"))); // not a file
    gui::HistoryStartup startup = gui::open_history_at_startup(dir.path(), kNow);
    CHECK_FALSE(startup.store);
    CHECK(startup.notice.startsWith(QStringLiteral("The session history cannot be opened")));
    CHECK(startup.notice.contains(QStringLiteral("Routines still play.")));
    CHECK(startup.notice.contains(dir.filePath(QStringLiteral("history.sqlite3"))));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("history.sqlite3")}); // nothing moved or made
}
