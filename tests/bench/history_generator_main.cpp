// history_generator DB [--years N] [--end YYYY-MM-DD]
// Writes ten years (or N) of generated history into the new database DB, ending today (or on the
// day given), for benchmarks and for looking at the history page with a full log.
#include "history_generator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

using namespace std::chrono;

local_days today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local_days{year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

bool parse_date(const std::string& text, local_days& day)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    if (std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d) != 3)
        return false;
    const year_month_day date{year{y}, month{m}, std::chrono::day{d}};
    day = local_days{date};
    return date.ok();
}

int usage()
{
    std::cerr << "usage: history_generator DB [--years N] [--end YYYY-MM-DD]\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2)
        return usage();
    const std::filesystem::path path = argv[1];
    unknot::bench::GeneratorOptions options;
    options.last_day = today();
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--years")
            options.years = std::atoi(argv[i + 1]);
        else if (option != "--end" || !parse_date(argv[i + 1], options.last_day))
            return usage();
    }
    if (argc % 2 != 0 || options.years < 1)
        return usage();
    if (std::filesystem::exists(path)) {
        std::cerr << "history_generator: " << path << " exists; give a new file\n";
        return 1;
    }
    unknot::OpenResult opened = unknot::HistoryStore::open(path);
    if (!opened.store) {
        std::cerr << "history_generator: " << opened.message << "\n";
        return 1;
    }
    try {
        const auto made = unknot::bench::generate_history(*opened.store, options);
        std::cout << made.sessions << " sessions, " << made.steps << " steps in " << path.string()
                  << "\n";
    } catch (const std::exception& e) {
        std::cerr << "history_generator: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
