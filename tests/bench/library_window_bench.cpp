// What the GUI thread does with a big library (10,000 user routines): the window taking a new
// library (the library page's table and the editor's list, with a routine open in the editor, as
// after a save), and the editor opening a routine. Each must stay well under the 50 ms that the
// event loop may stall. Offscreen; the routines are written to a temporary folder first.
//
//   library_window_bench [--routines N]   (Google Benchmark options too)
#include "gui/builtin_routines.h"
#include "gui/editor/editor_page.h"
#include "gui/editor/user_files.h"
#include "gui/main_window.h"
#include "routine_files.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace {

using namespace unknot;

struct Fixture {
    QTemporaryDir dir;
    RoutineLibrary built_in = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    RoutineLibrary big;
    std::unique_ptr<gui::MainWindow> window;
    gui::EditorPage* editor = nullptr;

    explicit Fixture(int routines)
    {
        const std::filesystem::path folder = dir.filePath(QStringLiteral("routines")).toStdString();
        bench::write_user_routines(bench::shipped_routine_sources(UNKNOT_SOURCE_DIR), folder,
                                   routines);
        big = RoutineLibrary::load(gui::builtin_routine_sources(), folder);
        window = std::make_unique<gui::MainWindow>(&built_in);
        editor =
            new gui::EditorPage(gui::UserFiles(dir.path(), gui::UserFiles::Trash::data_dir_only));
        window->set_editor(editor);
        window->resize(1100, 720);
        window->show();
        window->adopt_library(big);
        QApplication::processEvents();
    }
    std::string user_routine(int n) const
    {
        return big.routines()[big.routines().size() - 1 - n].routine.id;
    }
};

void register_benchmarks(Fixture& f)
{
    benchmark::RegisterBenchmark("window_adopts_library", [&f](benchmark::State& state) {
        f.editor->open(f.user_routine(0));
        for (auto _ : state) {
            state.PauseTiming();
            RoutineLibrary copy = f.big;
            state.ResumeTiming();
            f.window->adopt_library(std::move(copy));
            QApplication::processEvents(); // the views lay out and paint
        }
    })->Unit(benchmark::kMillisecond);

    benchmark::RegisterBenchmark("editor_opens_routine", [&f](benchmark::State& state) {
        int n = 0;
        for (auto _ : state) {
            f.editor->open(f.user_routine(++n % 100));
            QApplication::processEvents();
        }
    })->Unit(benchmark::kMillisecond);
}

int routines_from(int& argc, char** argv)
{
    int routines = 10000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--routines") == 0) {
            routines = std::atoi(argv[i + 1]);
            for (int j = i; j + 2 <= argc; ++j)
                argv[j] = argv[j + 2];
            argc -= 2;
            break;
        }
    }
    return routines;
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    const int routines = routines_from(argc, argv);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    Fixture fixture(routines);
    register_benchmarks(fixture);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
