#include "gui/builtin_routines.h"
#include "gui/main_window.h"
#include "gui/print/handout_document.h"
#include "gui/print/handout_printer.h"
#include "gui/step_text.h"
#include "support/file_size_limit.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace unknot;

namespace {

RoutineLibrary builtin_library()
{
    return RoutineLibrary::load(gui::builtin_routine_sources(), {});
}

QString handout_text(const LibraryRoutine& entry, const RoutineLibrary& library)
{
    QTextDocument document;
    gui::write_handout(document, entry, library, gui::HandoutStyle{});
    return document.toPlainText();
}

int image_count(const QTextDocument& document)
{
    int images = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    return images;
}

QByteArray head_of(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(5) : QByteArray();
}

} // namespace

TEST_CASE("the handout has every step with its dose, instructions and cautions", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    const LibraryRoutine* entry = library.find_routine("mid-back-strength");
    REQUIRE(entry);
    const QString text = handout_text(*entry, library);
    const Routine& r = entry->routine;
    CHECK(text.contains(QString::fromStdString(r.title)));
    CHECK(text.contains(QString::fromStdString(r.summary)));
    for (const Step& step : r.steps) {
        const Exercise* ex = library.find_exercise(step.exercise);
        CHECK(text.contains(gui::step_title(step, ex)));
        CHECK(text.contains(gui::step_dose_text(step, ex ? ex->sides : Sides::none)));
        if (!ex)
            continue;
        for (const std::string& line : ex->setup)
            CHECK(text.contains(QString::fromStdString(line)));
        for (const Instruction& line : ex->instructions)
            CHECK(text.contains(QString::fromStdString(line.text)));
        for (const std::string& line : ex->cautions)
            CHECK(text.contains(QString::fromStdString(line)));
    }
    for (const std::string& line : r.red_flags.professional)
        CHECK(text.contains(QString::fromStdString(line)));
    for (const std::string& line : r.notes)
        CHECK(text.contains(QString::fromStdString(line)));
}

TEST_CASE("the handout shows each exercise's key poses", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    const LibraryRoutine* entry = library.find_routine("everyday-ten");
    REQUIRE(entry);
    int poses = 0;
    for (const Step& step : entry->routine.steps)
        if (const Exercise* ex = library.find_exercise(step.exercise); ex && ex->figure)
            poses += static_cast<int>(ex->figure->poses.size());
    REQUIRE(poses > 0);
    QTextDocument document;
    gui::write_handout(document, *entry, library, gui::HandoutStyle{});
    CHECK(image_count(document) == poses);

    const Exercise* first = library.find_exercise(entry->routine.steps.front().exercise);
    REQUIRE(first);
    const std::vector<QImage> pictures = gui::key_pose_pictures(*first, 120);
    REQUIRE(pictures.size() == first->figure->poses.size());
    const QImage& picture = pictures.front();
    CHECK(picture.height() == 120);
    int dark = 0; // the figure is drawn: a good share of the picture is not white
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            dark += qGray(picture.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > picture.width() * picture.height() / 50);
}

TEST_CASE("routine text with markup prints as plain text", "[gui][print]")
{
    const auto dir = std::filesystem::temp_directory_path() / "unknot-gui-handout-plain";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(std::filesystem::path(UNKNOT_TEST_DATA) / "good" /
                                   "markup-everywhere.json",
                               dir / "markup-everywhere.json");
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), dir);
    const LibraryRoutine* entry = library.find_routine("markup-everywhere");
    REQUIRE(entry);
    const QString text = handout_text(*entry, library);
    for (const char* field : {"<b>Routine</b> title", "<h1>Note</h1> one",
                              "<img src=\"https://example.com/track.png\">Second instruction",
                              "<script>alert(1)</script>Caution", "<s>Step note</s>",
                              "<big>Timed title</big>", "Credit &amp; <i>thanks</i>"}) {
        INFO(field);
        CHECK(text.contains(QString::fromUtf8(field)));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("every built-in routine saves as a PDF of one to three pages", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const LibraryRoutine& entry : library.routines()) {
        INFO(entry.routine.id);
        const QString pdf = dir.filePath(QString::fromStdString(entry.routine.id + ".pdf"));
        QString error;
        const int pages = gui::save_handout_pdf(entry, library, pdf, &error);
        CHECK(error.isEmpty());
        CHECK(pages >= 1);
        CHECK(pages <= 3); // format 2: setup, preparation, breathing, three tiers, check first
        CHECK(head_of(pdf) == "%PDF-");
    }
    CHECK(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).size() ==
          static_cast<int>(library.routines().size())); // no temporary files left
}

TEST_CASE("a PDF that cannot be written is reported and leaves nothing", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/handout.pdf"));
    QString error;
    CHECK(gui::save_handout_pdf(library.routines().front(), library, pdf, &error) == 0);
    CHECK(error.contains(QStringLiteral("missing-folder")));
    CHECK(!QFile::exists(pdf));
}

TEST_CASE("a PDF that cannot be written whole (a full disk) leaves the old one", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    const test::TempDir dir;
    const std::filesystem::path pdf = dir.write("handout.pdf", "%PDF- the old handout %%EOF");
    QString error;
    int pages = 0;
    {
        const test::FileSizeLimit full(4096); // the handout is some 100 kB
        pages = gui::save_handout_pdf(library.routines().front(), library,
                                      QString::fromStdString(pdf.string()), &error);
    }
    CHECK(pages == 0);
    CHECK(error.contains(QStringLiteral("handout.pdf")));
    CHECK(test::read_bytes(pdf) == "%PDF- the old handout %%EOF");
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                        std::filesystem::directory_iterator()) == 1); // no temporary left
}

TEST_CASE("File has Print / Save as PDF on Ctrl+P", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    gui::MainWindow window(&library);
    auto* print = window.findChild<QAction*>(QStringLiteral("print_action"));
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(print->text().contains(QStringLiteral("PDF")));
}

TEST_CASE("no heading of the handout ends a page without its first lines", "[gui][print]")
{
    const RoutineLibrary library = builtin_library();
    int orphans_before = 0;
    for (const LibraryRoutine& entry : library.routines())
        for (int height = 300; height <= 900; height += 20) {
            INFO(entry.routine.id << " on pages " << height << " high");
            QTextDocument document;
            gui::write_handout(document, entry, library, gui::HandoutStyle{});
            document.setPageSize(QSizeF(480, height));
            orphans_before += static_cast<int>(gui::orphaned_headings(document).size());
            gui::keep_headings_with_text(document);
            const std::vector<QString> orphans = gui::orphaned_headings(document);
            CHECK(orphans.empty());
            if (!orphans.empty())
                CHECK(orphans.front().toStdString() == "");
        }
    CHECK(orphans_before > 0); // the page heights do leave headings alone without the fix
}
