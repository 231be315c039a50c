// One copy of the app per data folder, and never locked out by a lock nobody holds: empty,
// garbage, dead and unheld locks are taken over; another computer's lock asks first.
// (tests/scripts/lock_test.py does the same with real processes.)
#include "gui/open_anyway_question.h"
#include "gui/single_instance.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <unistd.h>

using namespace unknot;
using Claim = gui::SingleInstance::Claim;

namespace {

QByteArray read_file(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write_file(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray own_pid_line()
{
    return QByteArray::number(static_cast<qint64>(::getpid())) + '\n';
}

// Records the hosts asked about and answers as told.
struct Asker {
    bool answer = true;
    QStringList asked;
    gui::SingleInstance::AskOpenAnyway function()
    {
        return [this](const QString& host) {
            asked << host;
            return answer;
        };
    }
};

const QByteArray kForeign = QByteArrayLiteral(
    "4242\nunknot\nmat-laptop\n0123456789abcdef0123456789abcdef\n00000000-1111-2222\n");

} // namespace

TEST_CASE("a second copy with the same data folder asks the first to show itself, and stops",
          "[gui][single-instance]")
{
    QTemporaryDir dir;
    Asker asker;
    gui::SingleInstance first(dir.path());
    REQUIRE(first.claim(asker.function()) == Claim::run);
    int shown = 0;
    QObject::connect(&first, &gui::SingleInstance::show_requested, [&shown] { ++shown; });

    gui::SingleInstance second(dir.path());
    CHECK(second.claim(asker.function()) == Claim::raised);
    CHECK(QTest::qWaitFor([&shown] { return shown == 1; }, 5000)); // the file watcher's event
    CHECK(gui::SingleInstance(dir.path()).claim(asker.function()) == Claim::raised);
    CHECK(QTest::qWaitFor([&shown] { return shown == 2; }, 5000));
    CHECK(asker.asked.isEmpty()); // this computer's live copy: nothing to ask

    QTemporaryDir other;
    gui::SingleInstance elsewhere(other.path());
    CHECK(elsewhere.claim(asker.function()) == Claim::run); // another folder is another app
}

TEST_CASE("a lock nobody holds is taken over: empty, garbage, a dead or an unheld owner",
          "[gui][single-instance]")
{
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    const auto [name, lock] = GENERATE_COPY(table<const char*, QByteArray>({
        {"empty (killed before it was written)", QByteArray()},
        {"garbage", QByteArrayLiteral("\0\xff\xfe not a lock\n\n")},
        {"a pid that no process has", "2147483646\nunknot\n" + host + "\n"},
        // This very process is alive and runs, but it does not hold the file (no flock).
        {"a live process that does not hold it", own_pid_line() + "gui_tests\n" + host + "\n"},
    }));
    SECTION(name)
    {
        QTemporaryDir dir;
        gui::SingleInstance instance(dir.path());
        write_file(instance.lock_path(), lock);
        Asker asker;
        CHECK(instance.claim(asker.function()) == Claim::run);
        CHECK(read_file(instance.lock_path()).startsWith(own_pid_line())); // ours now
        CHECK(asker.asked.isEmpty());
        CHECK(gui::SingleInstance(dir.path()).claim(asker.function()) == Claim::raised);
    }
}

TEST_CASE("another computer's lock asks first: yes takes it over, no leaves it alone",
          "[gui][single-instance]")
{
    QTemporaryDir dir;
    gui::SingleInstance declined(dir.path());
    write_file(declined.lock_path(), kForeign);
    Asker asker;
    asker.answer = false;
    CHECK(declined.claim(asker.function()) == Claim::declined);
    CHECK(asker.asked == QStringList{QStringLiteral("mat-laptop")});
    CHECK(read_file(declined.lock_path()) == kForeign);
    CHECK_FALSE(QFile::exists(declined.request_path())); // nobody here was asked to show

    gui::SingleInstance opened(dir.path());
    asker.answer = true;
    CHECK(opened.claim(asker.function()) == Claim::run);
    CHECK(asker.asked.size() == 2);
    CHECK(read_file(opened.lock_path()).startsWith(own_pid_line()));
}

TEST_CASE("the other-computer question: Enter opens, Esc quits, the name shown as plain text",
          "[gui][single-instance]")
{
    const auto answer_with = [](Qt::Key key, const QString& host) {
        QString shown;
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            REQUIRE(box);
            shown = box->text();
            CHECK(box->textFormat() == Qt::PlainText);
            QTest::keyClick(box, key);
        });
        const bool open = gui::ask_open_anyway(host, QStringLiteral("/home/me/Sync/unknot"));
        return std::pair{open, shown};
    };
    const auto [opened, text] = answer_with(Qt::Key_Return, QStringLiteral("<b>mat</b>-laptop"));
    CHECK(opened);
    CHECK(text.startsWith(QStringLiteral(
        "Another computer, <b>mat</b>-laptop, may be using this folder. Open anyway?")));
    CHECK(text.contains(QStringLiteral("/home/me/Sync/unknot")));
    CHECK_FALSE(answer_with(Qt::Key_Escape, QStringLiteral("mat-laptop")).first);
}
