// Writing a whole file so that readers see either the old file or the new one, never half.
//
// This is the one way Unknot writes a file: the history export and the autostart entry here in
// core; the editor's routine files, the handout PDF and the figure PNGs through the GUI. One
// implementation, not QSaveFile, because core has no Qt and needs it too, and because QSaveFile
// neither syncs the folder after its rename (a power cut can bring the old file back) nor makes a
// new file private (it uses 0666 minus the umask). The rules, the same for every file:
// - the bytes go to a temporary file in the target's folder (so the rename is atomic), which is
//   synced before it is renamed over the target; the folder is synced after;
// - a file that is replaced keeps its permissions; a new one is readable by its owner only
//   (routines, history and handouts are about a person's health);
// - on any failure the target is untouched and the temporary removed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

// Writes `bytes` to `path` as above. Returns a message for a person when it fails:
// `Cannot write "PATH": REASON`.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::string_view bytes);

// The same in steps, for writers that need them: bytes appended piece by piece, or a writer that
// opens a file by name (a PDF printer) writing `temporary()`.
class AtomicFile {
public:
    // Creates the temporary next to `target`.
    explicit AtomicFile(std::filesystem::path target);
    // Without a successful commit(): removes the temporary; the target stays as it was.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& target() const { return target_; }
    // Empty when it could not be created (see reason()).
    const std::filesystem::path& temporary() const { return temporary_; }

    // Appends `bytes` to the temporary; false when that fails.
    bool write(std::string_view bytes);
    // Sets the mode, syncs, renames the temporary over the target and syncs the folder; false
    // when anything failed, now or before.
    bool commit();
    // Why the last step failed, in the system's words ("No space left on device").
    const std::string& reason() const { return reason_; }

private:
    bool fail(int error);

    std::filesystem::path target_;
    std::filesystem::path temporary_;
    int fd_ = -1;
    std::string reason_;
};

} // namespace unknot
