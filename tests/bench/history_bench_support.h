// Ten (or more) years of generated history in a temporary folder (on /dev/shm when there is one, so
// that generating it does not wait on the disk), for the history benchmarks.
#pragma once

#include "history_generator.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

namespace unknot::bench {

inline constexpr std::chrono::local_days kBenchToday{std::chrono::year{2024} / std::chrono::June /
                                                     19};

class GeneratedStore {
public:
    explicit GeneratedStore(int years = 10)
    {
        namespace fs = std::filesystem;
        const fs::path base =
            fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        std::string pattern = (base / "unknot-history-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot make a temporary folder");
        dir_ = pattern;
        OpenResult opened = HistoryStore::open(dir_ / "history.sqlite3");
        if (!opened.store)
            throw std::runtime_error(opened.message);
        store_ = std::move(opened.store);
        made_ = generate_history(*store_, {.last_day = kBenchToday, .years = years});
        std::cerr << "generated " << made_.sessions << " sessions, " << made_.steps << " steps\n";
    }
    ~GeneratedStore()
    {
        store_.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    GeneratedStore(const GeneratedStore&) = delete;
    GeneratedStore& operator=(const GeneratedStore&) = delete;

    HistoryStore& store() { return *store_; }
    const std::filesystem::path& dir() const { return dir_; }
    const GeneratedHistory& made() const { return made_; }

private:
    std::filesystem::path dir_;
    std::unique_ptr<HistoryStore> store_;
    GeneratedHistory made_;
};

} // namespace unknot::bench
