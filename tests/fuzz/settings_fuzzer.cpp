// libFuzzer target for settings.ini: any bytes as the file are read by QSettings (IniFormat, as
// the app reads <data dir>/settings.ini) and every key through settings_keys, the one place the
// app reads them. Every number must come out within its range (a missing or unreadable value as
// its default), and a value written back must read the same. A crash, a sanitizer report or a
// broken promise is a finding. Qt itself is not instrumented, so coverage guides only our code;
// the seeds (tests/fuzz/settings-seeds) give the parser its shapes.
//
//   scripts/fuzz.sh [SECONDS]
#include "gui/settings_keys.h"

#include <QSettings>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace keys = unknot::gui::settings_keys;

void require(bool condition, const char* what, const char* key)
{
    if (!condition) {
        std::fprintf(stderr, "settings_fuzzer: %s: %s\n", key, what);
        std::abort();
    }
}

// In memory when there is /dev/shm. A new name for each input: QSettings caches what it read of a
// file by name, size and time, and two inputs can share all three.
fs::path next_ini_path()
{
    static const fs::path base =
        fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    static std::uint64_t count = 0;
    return base / ("unknot-settings-fuzz-" + std::to_string(::getpid()) + "-" +
                   std::to_string(count++) + ".ini");
}

void read_all(const QSettings& settings)
{
    for (const auto& setting : keys::kIntSettings) {
        const int value = setting.read(settings);
        require(value >= setting.min && value <= setting.max, "read outside its range",
                setting.name);
    }
    for (const auto& setting : keys::kBoolSettings)
        setting.read(settings);
    for (const auto& setting : keys::kTextSettings)
        setting.read(settings);
}

// Every value as the app reads it.
struct Values {
    std::vector<int> numbers;
    std::vector<bool> switches;
    std::vector<QString> texts;
    bool operator==(const Values&) const = default;
};

Values read_values(const QSettings& settings)
{
    Values values;
    for (const auto& setting : keys::kIntSettings)
        values.numbers.push_back(setting.read(settings));
    for (const auto& setting : keys::kBoolSettings)
        values.switches.push_back(setting.read(settings));
    for (const auto& setting : keys::kTextSettings)
        values.texts.push_back(setting.read(settings));
    return values;
}

// What is read is what the settings dialog writes back.
void write_values(QSettings& settings, const Values& values)
{
    for (std::size_t i = 0; i < keys::kIntSettings.size(); ++i)
        keys::kIntSettings[i].write(settings, values.numbers[i]);
    for (std::size_t i = 0; i < keys::kBoolSettings.size(); ++i)
        keys::kBoolSettings[i].write(settings, values.switches[i]);
    for (std::size_t i = 0; i < keys::kTextSettings.size(); ++i)
        keys::kTextSettings[i].write(settings, values.texts[i]);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const fs::path file = next_ini_path();
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const QString path = QString::fromStdString(file.string());
    Values values;
    {
        const QSettings settings(path, QSettings::IniFormat);
        read_all(settings);
        values = read_values(settings);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        write_values(settings, values);
        settings.sync();
        // FormatError stays from reading a malformed file, which Qt still rewrites whole.
        require(settings.status() != QSettings::AccessError, "cannot be written back",
                "settings.ini");
    }
    const QSettings again(path, QSettings::IniFormat);
    read_all(again);
    require(read_values(again) == values, "reads differently once written back", "settings.ini");
    fs::remove(file);
    return 0;
}
