// "Open at login": an XDG autostart entry. The desktop starts every *.desktop file in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart when XDG_CONFIG_HOME is unset or relative).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace unknot {

// Where the entry for `app_id` goes; the variables as the environment has them (null: unset).
// Empty when neither gives an absolute folder.
std::filesystem::path autostart_file(const std::string& app_id, const char* xdg_config_home,
                                     const char* home);

// The Desktop Entry spec escapes an argument of Exec= in two levels: first the Exec quoting
// (reserved characters inside double quotes, where ", `, $ and \ take a backslash; % doubled),
// then, as for every string value, each backslash doubled (and line breaks written \n).
std::string exec_argument(const std::string& argument);
std::string entry_value(const std::string& text); // the second level, for any string value

// The entry's text: starts the program with `arguments` (the program first) at login.
std::string autostart_entry(const std::string& name, const std::string& comment,
                            const std::vector<std::string>& arguments, const std::string& icon);

// True when `file` exists and is not switched off (Hidden=true, or a GNOME
// X-GNOME-Autostart-enabled=false that a session settings tool wrote).
bool autostart_enabled(const std::filesystem::path& file);

// Writes (atomically, making the folder) or removes the entry. A message for a person on failure.
std::optional<std::string> set_autostart(const std::filesystem::path& file, bool on,
                                         const std::string& entry);

} // namespace unknot
