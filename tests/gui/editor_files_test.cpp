// The editor's files: save and reload, atomic saves under SIGKILL, the user's exercise file,
// the trash, and imports of bad files.
#include "core/routine/routine_format.h"
#include "editor_test_support.h"
#include "gui/editor/editor_document.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/user_files.h"
#include "support/file_size_limit.h"

#include <QApplication>
#include <QDialog>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTimer>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace unknot;
using namespace unknot::gui;
using namespace unknot::test;

namespace {

Routine every_kind_of_step()
{
    const RoutineLibrary library = RoutineLibrary::load(test_sources(), {});
    Routine routine = library.find_routine("test-every-step-kind")->routine;
    routine.id = "my-every-kind";
    return routine;
}

std::unique_ptr<EditorPage> page_with(const DataDir& data, const RoutineLibrary& library,
                                      ScriptedPrompts*& prompts)
{
    auto owned = std::make_unique<ScriptedPrompts>();
    prompts = owned.get();
    auto page = std::make_unique<EditorPage>(
        UserFiles(data.path(), UserFiles::Trash::data_dir_only), std::move(owned));
    page->set_library(&library);
    return page;
}

} // namespace

TEST_CASE("a saved routine with every kind of step reads back identically", "[editor][files]")
{
    DataDir data;
    const UserFiles files(data.path());
    RoutineFile file;
    file.routine = every_kind_of_step();
    const auto& steps = file.routine->steps;
    const auto has = [&](StepKind kind) {
        return std::any_of(steps.begin(), steps.end(),
                           [&](const Step& s) { return s.kind == kind; });
    };
    REQUIRE((has(StepKind::hold) && has(StepKind::reps) && has(StepKind::timed) &&
             has(StepKind::rest)));
    const QString path = files.routine_path(file.routine->id);
    QString error;
    REQUIRE(files.save_routine(file, path, error));
    CHECK(path.endsWith(QStringLiteral("/routines/my-every-kind.json")));
    const auto reread = UserFiles::read_routine(path, error);
    INFO(error.toStdString());
    REQUIRE(reread);
    CHECK(*reread == file);
    CHECK(file_bytes(path) == write_routine_file(*reread));

    const RoutineLibrary library = data.load(test_sources());
    CHECK(library.problems().empty());
    REQUIRE(library.find_routine("my-every-kind"));
    CHECK_FALSE(library.find_routine("my-every-kind")->built_in);
}

TEST_CASE("a save killed before it completes leaves the old file whole", "[editor][files]")
{
    DataDir data;
    const UserFiles files(data.path());
    const QString path = files.routine_path("mine");
    RoutineFile old_file;
    old_file.routine = every_kind_of_step();
    QString error;
    REQUIRE(files.save_routine(old_file, path, error));
    const std::string old_bytes = file_bytes(path);

    RoutineFile new_file = old_file;
    new_file.routine->title = "A much longer title written by the save that never finishes";
    const std::string new_bytes = write_routine_file(new_file) + std::string(1 << 20, ' ');
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) { // the child saves with the app's code and is killed before the commit
        QString child_error;
        UserFiles::write_atomically(path, new_bytes, child_error, [&] {
            const char byte = 'w';
            (void)!::write(ready[1], &byte, 1);
            for (;;)
                ::pause();
        });
        ::_exit(1); // not reached unless the hook never ran
    }
    char byte = 0;
    CHECK(::read(ready[0], &byte, 1) == 1); // the new bytes are written, not committed
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    CHECK(WIFSIGNALED(status));
    CHECK(byte == 'w');
    CHECK(file_bytes(path) == old_bytes);
    CHECK(data.routine_files() == QStringList{QStringLiteral("mine.json")});
    CHECK(data.load(test_sources()).problems().empty());
}

TEST_CASE("a save that fails half way (a full disk) leaves the routine file whole",
          "[editor][files]")
{
    DataDir data;
    const UserFiles files(data.path());
    const QString path = files.routine_path("mine");
    RoutineFile file;
    file.routine = every_kind_of_step();
    QString error;
    REQUIRE(files.save_routine(file, path, error));
    const std::string old_bytes = file_bytes(path);

    file.routine->title = "A title that never reaches the disk";
    bool saved = true;
    {
        const FileSizeLimit full(old_bytes.size() / 2);
        saved = files.save_routine(file, path, error);
    }
    CHECK_FALSE(saved);
    CHECK(error == QStringLiteral("cannot save %1: File too large").arg(path));
    CHECK(file_bytes(path) == old_bytes);
    CHECK(QDir(data.routines()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("mine.json")}); // no temporary left
    CHECK(data.load(test_sources()).problems().empty());
}

TEST_CASE("new exercises are added to my-exercises.json, never over a broken one",
          "[editor][files]")
{
    DataDir data;
    const UserFiles files(data.path());
    Exercise towel;
    towel.id = "towel-squeeze";
    towel.name = "Towel squeeze";
    towel.summary = "Squeeze over a rolled towel.";
    towel.instructions = {"Lie on a rolled towel."};
    Exercise wall = towel;
    wall.id = "wall-press";
    wall.name = "Wall press";
    QString error;
    REQUIRE(files.add_user_exercises({towel}, error));
    REQUIRE(files.add_user_exercises({towel, wall}, error));
    const auto saved = files.user_exercises(error);
    REQUIRE(saved);
    CHECK(*saved == std::vector<Exercise>{towel, wall});
    CHECK(file_bytes(files.exercises_path()).find("\"routine\"") == std::string::npos);

    QFile broken(files.exercises_path());
    REQUIRE(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{ \"format\": 1, \"exercises\": [ oops ");
    broken.close();
    CHECK_FALSE(files.add_user_exercises({towel}, error));
    CHECK(error.contains(QStringLiteral("my-exercises.json:1:")));
    CHECK(file_bytes(files.exercises_path()) == "{ \"format\": 1, \"exercises\": [ oops ");
}

TEST_CASE("a deleted routine goes to the data folder's trash, under a free name", "[editor][files]")
{
    DataDir data;
    const UserFiles files(data.path(), UserFiles::Trash::data_dir_only);
    RoutineFile file;
    file.routine = every_kind_of_step();
    const QString path = files.routine_path("mine");
    QString error;
    for (int i = 0; i < 2; ++i) {
        REQUIRE(files.save_routine(file, path, error));
        REQUIRE(files.move_to_trash(path, error));
        CHECK_FALSE(QFile::exists(path));
    }
    const QStringList trashed = QDir(files.trash_dir()).entryList(QDir::Files, QDir::Name);
    CHECK(trashed == QStringList{QStringLiteral("mine (2).json"), QStringLiteral("mine.json")});
    CHECK(file_bytes(QDir(files.trash_dir()).filePath(QStringLiteral("mine.json"))) ==
          write_routine_file(file));
}

TEST_CASE("importing a bad file shows every problem with its place and writes nothing",
          "[editor][files]")
{
    DataDir data;
    const RoutineLibrary library = data.load(test_sources());
    ScriptedPrompts* prompts = nullptr;
    auto page = page_with(data, library, prompts);
    QSignalSpy changed(page.get(), &EditorPage::library_changed);
    for (const char* name :
         {"hold-zero", "many-problems", "comment", "trailing-comma", "utf16", "newer-format",
          "duplicate-key", "mixed-step", "unknown-key", "invalid-utf8", "missing-keys"}) {
        INFO(name);
        prompts->import_path = QString::fromStdString((kBadData / name).string() + ".json");
        prompts->problems_details.clear();
        page->import_routine();
        std::string expected = file_bytes(kBadData / (std::string(name) + ".expected"));
        while (!expected.empty() && expected.back() == '\n')
            expected.pop_back();
        CHECK(prompts->problems_details.toStdString() == expected);
        CHECK(prompts->problems_summary.contains(QStringLiteral("was not imported")));
    }
    CHECK(data.routine_files().isEmpty());
    CHECK(changed.count() == 0);
    CHECK(page->document() == nullptr);
}

TEST_CASE("importing a named pipe, a device or a folder says what it is, at once",
          "[editor][files]")
{
    DataDir data;
    const RoutineLibrary library = data.load(test_sources());
    ScriptedPrompts* prompts = nullptr;
    auto page = page_with(data, library, prompts);
    const QString pipe = QDir(data.path()).filePath(QStringLiteral("pipe.json"));
    REQUIRE(::mkfifo(pipe.toLocal8Bit().constData(), 0600) == 0); // no writer: a read would wait
    const QString folder = QDir(data.path()).filePath(QStringLiteral("folder.json"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString& path : {pipe, QStringLiteral("/dev/zero"), folder}) {
        prompts->import_path = path;
        page->import_routine();
    }
    CHECK(prompts->errors ==
          QStringList{pipe + QStringLiteral(": is a named pipe, not a regular file"),
                      QStringLiteral("/dev/zero: is a device, not a regular file"),
                      folder + QStringLiteral(": is a folder, not a file")});
    CHECK(data.routine_files().isEmpty());
}

TEST_CASE("an import whose id is taken is renamed on request, or not written", "[editor][files]")
{
    DataDir data;
    const RoutineLibrary library = data.load(test_sources());
    ScriptedPrompts* prompts = nullptr;
    auto page = page_with(data, library, prompts);
    RoutineFile file;
    file.routine = every_kind_of_step();
    file.routine->id = "test-every-step-kind"; // the built-in one's id
    const QString source = QDir(data.path()).filePath(QStringLiteral("friend.json"));
    QString error;
    REQUIRE(UserFiles::write_atomically(source, write_routine_file(file), error));

    prompts->import_path = source;
    prompts->import_as_answer = false;
    page->import_routine();
    CHECK(data.routine_files().isEmpty());

    prompts->import_as_answer = true;
    QSignalSpy changed(page.get(), &EditorPage::library_changed);
    page->import_routine();
    CHECK(data.routine_files() == QStringList{QStringLiteral("test-every-step-kind-2.json")});
    CHECK(changed.count() == 1);
    REQUIRE(page->document());
    CHECK(page->document()->routine().id == "test-every-step-kind-2");
    CHECK_FALSE(page->document()->is_modified());
    const RoutineLibrary reloaded = data.load(test_sources());
    CHECK(reloaded.problems().empty());
    CHECK(reloaded.find_routine("test-every-step-kind-2"));
}

TEST_CASE("the import dialog shows the problems as plain text", "[editor][files]")
{
    DataDir data;
    const RoutineLibrary library = data.load(test_sources());
    EditorPage page(UserFiles(data.path()), std::make_unique<DialogPrompts>(nullptr));
    page.set_library(&library);
    QString shown;
    QTimer::singleShot(0, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            if (auto* text = dialog->findChild<QPlainTextEdit*>())
                shown = text->toPlainText();
            dialog->reject();
        }
    });
    page.import_file_at(QString::fromStdString((kBadData / "hold-zero.json").string()));
    CHECK(shown.toStdString() ==
          "hold-zero.json: /routine/steps/0/hold: must be 1..3600 seconds, got 0");
}
