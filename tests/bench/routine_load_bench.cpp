// Loading 1,000 user routine files (copies of the shipped ones under new ids) next to the built-in
// ones: RoutineLibrary::load, which checks and models everything, against the floor of reading
// the same files and parsing the same bytes with a plain nlohmann::json::parse. Target: 1.3x.
//
//   routine_load_bench [--benchmark_repetitions=15]
#include "routine_files.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace unknot;

// The user folder, made once for the whole run and removed at exit.
class UserFolder {
public:
    UserFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "unknot-load-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            std::abort();
        path_ = pattern;
        bench::write_user_routines(built_in(), path_, 1000);
    }
    ~UserFolder()
    {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    UserFolder(const UserFolder&) = delete;
    UserFolder& operator=(const UserFolder&) = delete;

    const fs::path& path() const { return path_; }
    static const std::vector<RoutineSource>& built_in()
    {
        static const std::vector<RoutineSource> sources =
            bench::shipped_routine_sources(UNKNOT_SOURCE_DIR);
        return sources;
    }

private:
    fs::path path_;
};

const UserFolder& user_folder()
{
    static const UserFolder folder;
    return folder;
}

void library_load(benchmark::State& state)
{
    const UserFolder& folder = user_folder();
    for (auto _ : state) {
        const RoutineLibrary library = RoutineLibrary::load(UserFolder::built_in(), folder.path());
        if (library.routines().size() < 1000 || !library.problems().empty())
            state.SkipWithError("the generated routines did not all load");
        benchmark::DoNotOptimize(library.routines().data());
    }
}

// The same work minus the checking and the model: list, read, parse.
void plain_json_parse(benchmark::State& state)
{
    const UserFolder& folder = user_folder();
    for (auto _ : state) {
        std::size_t values = 0;
        for (const RoutineSource& source : UserFolder::built_in())
            values += nlohmann::json::parse(source.bytes).size();
        std::vector<fs::path> files;
        for (const fs::directory_entry& entry : fs::directory_iterator(folder.path())) {
            if (entry.path().extension() == ".json" && entry.is_regular_file())
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& path : files) {
            std::ifstream in(path, std::ios::binary);
            std::string bytes(static_cast<std::size_t>(fs::file_size(path)), '\0');
            in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            values += nlohmann::json::parse(bytes).size();
        }
        benchmark::DoNotOptimize(values);
    }
}

} // namespace

BENCHMARK(library_load)->Unit(benchmark::kMillisecond);
BENCHMARK(plain_json_parse)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
