// One CSV row (RFC 4180) appended field by field: separators, quoting of fields that hold a comma,
// quote or line break, and U+FFFD in place of bytes that are not valid UTF-8. The caller ends the
// row ("\r\n").
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace unknot {

// `text` with U+FFFD in place of each byte that is not part of valid UTF-8.
void append_valid_utf8(std::string_view text, std::string& out);

class CsvRow {
public:
    explicit CsvRow(std::string& out) : out_(out) {}

    void text(std::string_view value)
    {
        separate();
        if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
            append_valid_utf8(value, out_);
            return;
        }
        out_ += '"';
        for (std::size_t quote; (quote = value.find('"')) != std::string_view::npos;) {
            append_valid_utf8(value.substr(0, quote + 1), out_);
            out_ += '"';
            value.remove_prefix(quote + 1);
        }
        append_valid_utf8(value, out_);
        out_ += '"';
    }
    template <typename T> void number(T value)
    {
        separate();
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        out_.append(buffer, end);
    }
    template <typename T> void number(const std::optional<T>& value)
    {
        if (value)
            number(*value);
        else
            empty();
    }
    void empty(std::size_t count = 1)
    {
        for (std::size_t i = 0; i < count; ++i)
            separate();
    }

private:
    void separate()
    {
        if (!first_)
            out_ += ',';
        first_ = false;
    }

    std::string& out_;
    bool first_ = true;
};

} // namespace unknot
