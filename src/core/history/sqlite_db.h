// Small RAII wrappers over the SQLite C API: a connection, prepared statements with bound values
// only, and a BEGIN IMMEDIATE transaction. They throw sqlite::Error; the history store catches it
// at its public boundary so that nothing throws through the app.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace unknot::sqlite {

class Error : public std::runtime_error {
public:
    Error(int extended_code, int system_errno, const std::string& message);
    int code() const { return extended_code_ & 0xff; } // primary code: SQLITE_FULL, SQLITE_BUSY...
    int extended_code() const { return extended_code_; }
    int system_errno() const { return system_errno_; } // errno of the failing system call, or 0

private:
    int extended_code_;
    int system_errno_;
};

class Connection {
public:
    // flags: SQLITE_OPEN_* values. Extended result codes are turned on. Use it from one thread at
    // a time: it is opened without SQLite's per-call mutex (SQLITE_OPEN_NOMUTEX).
    Connection(const std::string& path, int flags);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return db_; }
    void exec(const std::string& sql); // statements without parameters or results
    void set_busy_timeout(int milliseconds);
    std::int64_t last_insert_rowid() const;
    int changes() const;
    [[noreturn]] void fail(int rc) const; // throws an Error with this connection's message

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind_null(int index);
    template <typename T>
    requires std::is_integral_v<T> Statement& bind(int index, T value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind_null(index);
    }

    bool step(); // true: a row is ready; false: done
    void run();  // steps to the end, for statements without results
    void reset();

    // Columns are 0-based, as in SQLite.
    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view text_view(int column) const; // valid until the next step() or reset
    std::optional<int> optional_int(int column) const;

private:
    Connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// One value from a query that returns a single row and column (PRAGMA user_version, counts...).
std::int64_t query_int(Connection& db, std::string_view sql);

// immediate (for writes): BEGIN IMMEDIATE takes the write lock at once, waiting up to the busy
// timeout, so that a read never has to be upgraded to a write mid-transaction, which SQLite cannot
// wait for. deferred (for reads): one consistent snapshot for several queries.
class Transaction {
public:
    enum class Mode { immediate, deferred };
    explicit Transaction(Connection& db, Mode mode = Mode::immediate);
    ~Transaction(); // rolls back unless committed
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& db_;
    bool open_ = true;
};

} // namespace unknot::sqlite
