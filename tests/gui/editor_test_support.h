// Helpers for the editor tests: a temporary data folder, the test library, scripted prompts.
#pragma once

#include "core/routine/routine_library.h"
#include "gui/builtin_routines.h"
#include "gui/editor/editor_prompts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace unknot::test {

namespace fs = std::filesystem;

inline const fs::path kGoodData = fs::path(UNKNOT_TEST_DATA) / "good";
inline const fs::path kBadData = fs::path(UNKNOT_TEST_DATA) / "bad";

inline std::string file_bytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline std::string file_bytes(const QString& path)
{
    return file_bytes(fs::path(path.toStdString()));
}

// The test catalogue and routine (tests/data/good) as built-in sources.
inline std::vector<RoutineSource> test_sources()
{
    std::vector<RoutineSource> sources;
    for (const char* name : {"catalogue.json", "every-step-kind.json"})
        sources.push_back({name, file_bytes(kGoodData / name)});
    return sources;
}

// A data folder that goes away after the test.
struct DataDir {
    QTemporaryDir dir;
    DataDir() { REQUIRE(dir.isValid()); }
    QString path() const { return dir.path(); }
    QString routines() const { return QDir(dir.path()).filePath(QStringLiteral("routines")); }
    QStringList routine_files() const
    {
        return QDir(routines()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }
    RoutineLibrary load(const std::vector<RoutineSource>& builtin) const
    {
        return RoutineLibrary::load(builtin, routines().toStdString());
    }
};

// Prompts answered from a script; what the editor said is kept for the test to read.
class ScriptedPrompts : public gui::EditorPrompts {
public:
    QString import_path;
    QString export_path;
    std::deque<gui::UnsavedChoice> unsaved_answers;
    std::optional<QString> title_answer;
    bool delete_answer = true;
    bool import_as_answer = true;

    int unsaved_questions = 0;
    QString problems_summary;
    QString problems_details;
    QStringList errors;

    QString import_file_name() override { return import_path; }
    QString export_file_name(const QString&) override { return export_path; }
    gui::UnsavedChoice ask_unsaved(const QString&, bool) override
    {
        ++unsaved_questions;
        REQUIRE_FALSE(unsaved_answers.empty());
        const gui::UnsavedChoice answer = unsaved_answers.front();
        unsaved_answers.pop_front();
        return answer;
    }
    std::optional<QString> ask_title(const QString&) override { return title_answer; }
    bool confirm_delete(const QString&) override { return delete_answer; }
    bool confirm_import_as(const QString&, const QString&) override { return import_as_answer; }
    void show_problems(const QString& summary, const QString& details) override
    {
        problems_summary = summary;
        problems_details = details;
    }
    void show_error(const QString& message) override { errors << message; }
};

} // namespace unknot::test
