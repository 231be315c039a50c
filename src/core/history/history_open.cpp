// Opening the history: checking an existing file before touching it, creating and migrating,
// recovering sessions of processes that died, and moving a damaged file aside.
#include "core/history/history_internal.h"
#include "core/history/history_schema.h"
#include "core/history/history_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace unknot {

namespace fs = std::filesystem;

namespace {

struct Verdict {
    OpenOutcome outcome = OpenOutcome::ok;
    std::string message;
};

std::string quoted(const fs::path& path)
{
    return "\"" + path.string() + "\"";
}

Verdict verdict_from(const sqlite::Error& e, const fs::path& path)
{
    if (e.code() == SQLITE_NOTADB)
        return {OpenOutcome::damaged, quoted(path) + " is not a database (" + e.what() + ")"};
    if (e.code() == SQLITE_CORRUPT)
        return {OpenOutcome::damaged, quoted(path) + " is damaged (" + e.what() + ")"};
    return {OpenOutcome::cannot_open,
            "Cannot open the session history " + quoted(path) + ": " + e.what()};
}

Verdict verdict_on_header(std::int64_t application_id, std::int64_t version, const fs::path& path)
{
    if (application_id != kHistoryApplicationId) {
        char id[16];
        std::snprintf(id, sizeof id, "0x%08x", static_cast<unsigned>(application_id & 0xffffffff));
        return {OpenOutcome::damaged, quoted(path) +
                                          " belongs to another application "
                                          "(application id " +
                                          id + ")"};
    }
    if (version > kHistorySchemaVersion)
        return {OpenOutcome::newer_schema,
                quoted(path) + " was written by a newer version of Unknot (history version " +
                    std::to_string(version) + "; this version reads up to " +
                    std::to_string(kHistorySchemaVersion) +
                    "). It was left untouched; sessions will not be logged."};
    return {};
}

// Two connections switching a new file to WAL at once both hold a read lock and want the write
// lock; SQLite refuses one of them at once (waiting would deadlock), without the busy timeout.
// Such steps are safe to repeat, so they are tried again until the busy timeout has passed.
template <typename Action> auto retry_while_busy(int timeout_ms, Action action)
{
    for (int waited = 0;; waited += 10) {
        try {
            return action();
        } catch (const sqlite::Error& e) {
            if (e.code() != SQLITE_BUSY || waited >= timeout_ms)
                throw;
            sqlite3_sleep(10);
        }
    }
}

// The first 100 bytes of an SQLite file, read without SQLite.
struct Header {
    bool empty = false; // a zero-byte file
    bool sqlite = false;
    std::uint32_t page_count = 0;
    std::uint32_t user_version = 0;
    std::uint32_t application_id = 0;
};

std::uint32_t big_endian(const unsigned char* bytes)
{
    return std::uint32_t{bytes[0]} << 24 | std::uint32_t{bytes[1]} << 16 |
           std::uint32_t{bytes[2]} << 8 | std::uint32_t{bytes[3]};
}

// SQLite believes the header's page count only while it is current, and else counts the file's
// pages; a file whose count is stale but which holds tables is not empty. So count them too.
std::uint32_t pages_in_file(const fs::path& path, const unsigned char* bytes)
{
    const std::uint32_t field = std::uint32_t{bytes[16]} << 8 | bytes[17];
    const std::uint64_t page_size = field == 1 ? 65536 : field;
    std::error_code ec;
    const std::uint64_t size = fs::file_size(path, ec);
    if (ec || page_size < 512)
        return 0;
    return static_cast<std::uint32_t>(
        std::min<std::uint64_t>((size + page_size - 1) / page_size, UINT32_MAX));
}

std::optional<Header> read_header(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    unsigned char bytes[100] = {};
    in.read(reinterpret_cast<char*>(bytes), sizeof bytes);
    Header header;
    header.empty = in.gcount() == 0;
    header.sqlite = in.gcount() == sizeof bytes &&
                    std::memcmp(bytes, "SQLite format 3", sizeof "SQLite format 3") == 0;
    header.page_count = std::max(big_endian(bytes + 28), pages_in_file(path, bytes));
    header.user_version = big_endian(bytes + 60);
    header.application_id = big_endian(bytes + 68);
    return header;
}

constexpr std::array<const char*, 4> kSuffixes{"", "-wal", "-shm", "-journal"};

fs::path with_suffix(const fs::path& path, const char* suffix)
{
    return fs::path(path.string() + suffix);
}

// "file:/path?immutable=1": SQLite reads a WAL database in a folder where it cannot make the
// -shm only when told that nothing changes it; nothing can, in a folder no one may write.
std::string read_only_uri(const fs::path& path)
{
    std::string uri = "file:";
    for (const char c : path.string()) {
        if (c == '?' || c == '#' || c == '%') {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned char>(c));
            uri += escaped;
        } else {
            uri += c;
        }
    }
    std::error_code ec;
    return uri + (fs::exists(with_suffix(path, "-wal"), ec) ? "" : "?immutable=1");
}

// Asks SQLite, read-only, about a file whose header says it is ours: the newest header values
// may be in the -wal, and only SQLite can check the pages. A read-only connection never writes to
// the database or its -wal (it cannot checkpoint or change the journal mode).
Verdict probe_ours(const fs::path& path, int busy_timeout_ms, bool nobody_writes)
{
    sqlite::Connection db(nobody_writes ? read_only_uri(path) : path.string(),
                          SQLITE_OPEN_READONLY | (nobody_writes ? SQLITE_OPEN_URI : 0));
    db.set_busy_timeout(busy_timeout_ms);
    // SQLite reads a file lazily: a damaged header only fails here, on the first query (NOTADB).
    const auto application_id = sqlite::query_int(db, "PRAGMA application_id");
    const auto version = sqlite::query_int(db, "PRAGMA user_version");
    if (auto verdict = verdict_on_header(application_id, version, path);
        verdict.outcome != OpenOutcome::ok)
        return verdict;
    sqlite::Statement check(db, "PRAGMA quick_check");
    if (check.step() && check.text(0) != "ok")
        return {OpenOutcome::damaged, quoted(path) + " is damaged (" + check.text(0) + ")"};
    return {};
}

// Decides about an existing file before anything opens it for writing. A file that is not ours
// or is newer is judged from its header alone, so SQLite never touches it (nor its -wal, -shm).
// nobody_writes: the folder is read-only, so SQLite may read without making a -shm.
Verdict probe(const fs::path& path, int busy_timeout_ms, bool nobody_writes)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        return {};
    const auto header = fs::is_regular_file(status) ? read_header(path) : std::nullopt;
    if (!header)
        return {OpenOutcome::cannot_open,
                "Cannot open the session history " + quoted(path) +
                    (fs::is_regular_file(status) ? ": it cannot be read" : ": it is not a file")};
    if (header->empty)
        return {};
    if (!header->sqlite)
        return {OpenOutcome::damaged, quoted(path) + " is not a database"};
    // A database without tables (one page) and without an id is an empty file to set up.
    if (header->application_id == 0 && header->user_version == 0 && header->page_count <= 1)
        return {};
    if (auto verdict = verdict_on_header(header->application_id, header->user_version, path);
        verdict.outcome != OpenOutcome::ok)
        return verdict;
    try {
        return retry_while_busy(busy_timeout_ms,
                                [&] { return probe_ours(path, busy_timeout_ms, nobody_writes); });
    } catch (const sqlite::Error& e) {
        return verdict_from(e, path);
    }
}

OpenResult failed(Verdict verdict)
{
    OpenResult result;
    result.outcome = verdict.outcome;
    result.message = std::move(verdict.message);
    return result;
}

std::string compact_utc(sys_seconds now)
{
    const auto day = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{now - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

// A name for the moved-aside set where none of FILE, -wal, -shm, -journal exists yet.
std::optional<fs::path> free_name(const fs::path& path, sys_seconds now)
{
    const std::string base = path.string() + ".corrupt-" + compact_utc(now);
    for (int n = 1; n < 1000; ++n) {
        const fs::path candidate(n == 1 ? base : base + "-" + std::to_string(n));
        bool taken = false;
        for (const char* suffix : kSuffixes) {
            std::error_code ec;
            taken = taken || fs::exists(with_suffix(candidate, suffix), ec) || ec;
        }
        if (!taken)
            return candidate;
    }
    return std::nullopt;
}

// Whether this process may write `path` (by its effective ids; root may, unless the drive is
// read-only). A path that does not exist can be written as far as this check goes.
std::optional<ReadOnlyReason> not_writable(const fs::path& path, ReadOnlyReason::What what)
{
    if (::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0 || errno == ENOENT)
        return std::nullopt;
    return ReadOnlyReason{what, path, errno == EROFS};
}

// Why nothing can be written for the history at `path`: its folder or one of its files may not
// be written. Checked before SQLite opens anything, which otherwise opens a read-only file for
// reading without a word, or fails on the -shm it cannot make ("unable to open database file").
std::optional<ReadOnlyReason> why_read_only(const fs::path& path)
{
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (auto reason = not_writable(folder, ReadOnlyReason::What::folder))
        return reason;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        if (auto reason = not_writable(with_suffix(path, suffix), ReadOnlyReason::What::file))
            return reason;
    }
    return std::nullopt;
}

std::string describe(const ReadOnlyReason& reason)
{
    const std::string what =
        reason.what == ReadOnlyReason::What::folder ? "the data folder " : "the session history ";
    return "Sessions cannot be saved: " + what + quoted(reason.path) +
           (reason.read_only_drive ? " is on a read-only drive" : " may not be written");
}

} // namespace

HistoryStore::HistoryStore(fs::path path, sqlite::Connection db, HistoryStoreOptions options)
    : path_(std::move(path)), db_(std::move(db)), options_(std::move(options))
{}

bool HistoryStore::read_only() const
{
    return sqlite3_db_readonly(db_.handle(), "main") == 1;
}

OpenResult HistoryStore::open(const fs::path& path, HistoryStoreOptions options)
{
    const auto reason = why_read_only(path);
    if (auto verdict = probe(path, options.busy_timeout_ms, reason.has_value());
        verdict.outcome != OpenOutcome::ok)
        return failed(std::move(verdict));
    if (reason)
        return open_read_only(path, *reason, std::move(options));
    try {
        std::error_code ec;
        if (path.has_parent_path())
            fs::create_directories(path.parent_path(), ec);
        sqlite::Connection db(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        retry_while_busy(options.busy_timeout_ms,
                         [&] { configure_connection(db, options.busy_timeout_ms); });
        const auto version = sqlite::query_int(db, "PRAGMA user_version");
        if (auto verdict =
                verdict_on_header(sqlite::query_int(db, "PRAGMA application_id"), version, path);
            version > 0 && verdict.outcome != OpenOutcome::ok)
            return failed(std::move(verdict)); // changed since the probe
        migrate_history(db);
        OpenResult result;
        result.outcome = OpenOutcome::ok;
        result.store.reset(new HistoryStore(path, std::move(db), std::move(options)));
        // A failure here (say, a full disk) must not keep the log closed: recovery runs again
        // at the next start.
        result.interrupted_sessions = result.store->recover_interrupted().value;
        return result;
    } catch (const sqlite::Error& e) {
        return failed(verdict_from(e, path));
    } catch (const std::exception& e) {
        return failed({OpenOutcome::cannot_open,
                       "Cannot open the session history " + quoted(path) + ": " + e.what()});
    }
}

OpenResult HistoryStore::open_read_only(const fs::path& path, const ReadOnlyReason& reason,
                                        HistoryStoreOptions options)
{
    OpenResult result = failed({OpenOutcome::read_only, describe(reason)});
    result.read_only = reason;
    std::error_code ec;
    if (!fs::exists(path, ec) || fs::file_size(path, ec) == 0)
        return result; // nothing saved before: nothing to show
    try {
        sqlite::Connection db(read_only_uri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        db.set_busy_timeout(options.busy_timeout_ms);
        sqlite::query_int(db, "PRAGMA user_version"); // reads the schema: fails here if it cannot
        result.store.reset(new HistoryStore(path, std::move(db), std::move(options)));
    } catch (const sqlite::Error& e) {
        result.message +=
            " (and the sessions saved before cannot be read: " + std::string(e.what()) + ")";
    }
    return result;
}

StoreResult<int> HistoryStore::recover_interrupted()
{
    StoreResult<int> result;
    result.status = history::guarded("Could not recover interrupted sessions", [&] {
        sqlite::Transaction transaction(db_);
        sqlite::Statement owners(db_, "SELECT id, owner_boot_id, owner_pid, owner_start_time FROM "
                                      "sessions WHERE status = 'in_progress'");
        std::vector<std::int64_t> orphans;
        while (owners.step()) {
            if (!options_.owner_is_alive({owners.text(1), owners.int64(2), owners.int64(3)}))
                orphans.push_back(owners.int64(0));
        }
        // Ends at the last thing known to have happened: its last step, or else its start.
        sqlite::Statement mark(
            db_, "UPDATE sessions SET status = 'interrupted', ended_at = (SELECT "
                 "coalesce(max(finished_at), sessions.started_at) FROM steps WHERE session_id = "
                 "sessions.id) WHERE id = ?1 AND status = 'in_progress'");
        for (const std::int64_t id : orphans) {
            mark.bind(1, id);
            mark.run();
            mark.reset();
        }
        if (!orphans.empty())
            transaction.commit();
        result.value = static_cast<int>(orphans.size());
        return StoreStatus{};
    });
    return result;
}

StoreResult<fs::path> move_aside(const fs::path& path, sys_seconds now)
{
    StoreResult<fs::path> result;
    const auto target = free_name(path, now);
    if (!target) {
        result.status = {StoreErrorKind::cannot_open,
                         "No free name to move " + quoted(path) + " to"};
        return result;
    }
    std::vector<const char*> moved;
    for (const char* suffix : kSuffixes) {
        std::error_code ec;
        const fs::path from = with_suffix(path, suffix);
        if (*suffix != '\0' && !fs::exists(from, ec))
            continue;
        fs::rename(from, with_suffix(*target, suffix), ec);
        if (ec) {
            result.status = {StoreErrorKind::cannot_open,
                             "Could not move " + quoted(from) + " aside: " + ec.message()};
            // Put back what moved: a stale -wal next to a new database would be replayed into it.
            for (const char* done : moved)
                fs::rename(with_suffix(*target, done), with_suffix(path, done), ec);
            return result;
        }
        moved.push_back(suffix);
    }
    result.value = *target;
    return result;
}

OpenResult open_history(const fs::path& path, sys_seconds now, HistoryStoreOptions options)
{
    OpenResult first = HistoryStore::open(path, options);
    if (first.outcome != OpenOutcome::damaged)
        return first;
    const auto moved = move_aside(path, now);
    if (!moved)
        return failed({OpenOutcome::cannot_open, first.message + ". " + moved.status.message});
    OpenResult fresh = HistoryStore::open(path, std::move(options));
    fresh.moved_aside = moved.value;
    const std::string where = "It was moved to " + quoted(moved.value);
    fresh.message = fresh.outcome == OpenOutcome::ok
                        ? first.message + ". " + where + " and a new session history was started."
                        : first.message + ". " + where + ". " + fresh.message;
    return fresh;
}

} // namespace unknot
