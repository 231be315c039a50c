#include "core/platform/autostart.h"

#include "core/base/atomic_write.h"

#include <fstream>
#include <string_view>
#include <system_error>

namespace unknot {

namespace fs = std::filesystem;

fs::path autostart_file(const std::string& app_id, const char* xdg_config_home, const char* home)
{
    fs::path config;
    if (xdg_config_home && fs::path(xdg_config_home).is_absolute())
        config = xdg_config_home;
    else if (home && fs::path(home).is_absolute())
        config = fs::path(home) / ".config";
    else
        return {};
    return config / "autostart" / (app_id + ".desktop");
}

std::string exec_argument(const std::string& argument)
{
    const std::string_view reserved = " \t\n\"'\\><~|&;$*?#()`"; // the spec's list
    const bool plain = !argument.empty() && argument.find_first_of(reserved) == std::string::npos;
    std::string out = plain ? "" : "\"";
    for (const char c : argument) {
        if (!plain && (c == '"' || c == '`' || c == '$' || c == '\\'))
            out += '\\';
        out += c;
        if (c == '%')
            out += '%';
    }
    return plain ? out : out + '"';
}

std::string entry_value(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string autostart_entry(const std::string& name, const std::string& comment,
                            const std::vector<std::string>& arguments, const std::string& icon)
{
    std::string exec;
    for (const std::string& argument : arguments)
        exec += (exec.empty() ? "" : " ") + exec_argument(argument);
    return "[Desktop Entry]\nType=Application\nName=" + entry_value(name) +
           "\nComment=" + entry_value(comment) + "\nExec=" + entry_value(exec) +
           "\nIcon=" + entry_value(icon) + "\nTerminal=false\nX-GNOME-Autostart-enabled=true\n";
}

bool autostart_enabled(const fs::path& file)
{
    std::ifstream in(file);
    if (!in)
        return false;
    for (std::string line; std::getline(in, line);)
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    return true;
}

std::optional<std::string> set_autostart(const fs::path& file, bool on, const std::string& entry)
{
    if (file.empty())
        return "cannot tell where autostart entries go: neither XDG_CONFIG_HOME nor HOME is set";
    std::error_code ec;
    if (!on) {
        fs::remove(file, ec);
        if (ec)
            return "cannot remove " + file.string() + ": " + ec.message();
        return std::nullopt;
    }
    fs::create_directories(file.parent_path(), ec);
    if (ec)
        return "cannot create " + file.parent_path().string() + ": " + ec.message();
    return write_file_atomically(file, entry);
}

} // namespace unknot
