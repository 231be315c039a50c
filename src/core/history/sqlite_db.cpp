#include "core/history/sqlite_db.h"

#include <sqlite3.h>

#include <cstring>
#include <limits>
#include <utility>

namespace unknot::sqlite {

namespace {

std::string describe(sqlite3* db, int rc)
{
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int system = db ? sqlite3_system_errno(db) : 0;
    if (system != 0)
        message += std::string(" (") + std::strerror(system) + ")";
    return message;
}

int checked_size(std::size_t size)
{
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw Error(SQLITE_TOOBIG, 0, "text too long to store");
    return static_cast<int>(size);
}

// The history file is untrusted input: anyone who can write the data folder can put a schema of
// their own in it. Our schema has no triggers and no views, so none are run (a trigger on our
// tables would run with every write; a view in place of a table could hide one behind it); the
// schema may call no function with side effects (trusted_schema off); and SQL cannot corrupt the
// file on purpose (defensive: no writable_schema, no journal_mode=OFF, no shadow-table writes).
int harden(sqlite3* db)
{
    for (const int option : {SQLITE_DBCONFIG_ENABLE_TRIGGER, SQLITE_DBCONFIG_ENABLE_VIEW,
                             SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_DEFENSIVE}) {
        const int on = option == SQLITE_DBCONFIG_DEFENSIVE ? 1 : 0;
        int now = -1;
        if (const int rc = sqlite3_db_config(db, option, on, &now); rc != SQLITE_OK)
            return rc;
        if (now != on)
            return SQLITE_MISUSE;
    }
    return SQLITE_OK;
}

} // namespace

Error::Error(int extended_code, int system_errno, const std::string& message)
    : std::runtime_error(message), extended_code_(extended_code), system_errno_(system_errno)
{}

Connection::Connection(const std::string& path, int flags)
{
    // A connection is used by one thread at a time (one store per thread): SQLite's lock around
    // every call (a tenth of reading the whole history) buys nothing.
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (db_)
        sqlite3_extended_result_codes(db_, 1);
    if (rc == SQLITE_OK)
        rc = harden(db_);
    if (rc != SQLITE_OK) {
        const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
        const int system = db_ ? sqlite3_system_errno(db_) : 0;
        const std::string message = describe(db_, rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw Error(code, system, message);
    }
}

Connection::~Connection()
{
    sqlite3_close_v2(db_);
}

Connection::Connection(Connection&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

void Connection::exec(const std::string& sql)
{
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

void Connection::set_busy_timeout(int milliseconds)
{
    sqlite3_busy_timeout(db_, milliseconds);
}

std::int64_t Connection::last_insert_rowid() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Connection::changes() const
{
    return sqlite3_changes(db_);
}

void Connection::fail(int rc) const
{
    const int code = db_ ? sqlite3_extended_errcode(db_) : rc;
    throw Error(code == SQLITE_OK ? rc : code, db_ ? sqlite3_system_errno(db_) : 0,
                describe(db_, rc));
}

Statement::Statement(Connection& db, std::string_view sql) : db_(db)
{
    const int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), checked_size(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc);
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        db_.fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        db_.fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    const int rc =
        sqlite3_bind_text(stmt_, index, text.data(), checked_size(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        db_.fail(rc);
    return *this;
}

Statement& Statement::bind_null(int index)
{
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        db_.fail(rc);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    db_.fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

int Statement::int32(int column) const
{
    return sqlite3_column_int(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    return std::string(text_view(column));
}

std::string_view Statement::text_view(int column) const
{
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data),
                                   static_cast<std::size_t>(size))
                : std::string_view();
}

std::optional<int> Statement::optional_int(int column) const
{
    return is_null(column) ? std::nullopt : std::optional<int>(int32(column));
}

std::int64_t query_int(Connection& db, std::string_view sql)
{
    Statement query(db, sql);
    if (!query.step())
        throw Error(SQLITE_ERROR, 0, "query returned no row: " + std::string(sql));
    return query.int64(0);
}

Transaction::Transaction(Connection& db, Mode mode) : db_(db)
{
    db_.exec(mode == Mode::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (open_ && sqlite3_get_autocommit(db_.handle()) == 0)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    open_ = false;
}

} // namespace unknot::sqlite
