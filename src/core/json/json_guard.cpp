#include "core/json/json_guard.h"

#include "core/base/utf8.h"
#include "core/json/json_syntax_error.h"

#include <cmath>
#include <utility>
#include <vector>

namespace unknot {

using nlohmann::json;

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

Problem problem_at(const std::string& file, std::string_view text, std::size_t offset,
                   std::string message)
{
    const TextPosition position = position_at(text, offset);
    return Problem{file, position.line, position.column, {}, std::move(message)};
}

Problem file_problem(const std::string& file, std::string message)
{
    return Problem{file, 0, 0, {}, std::move(message)};
}

// Builds the document like nlohmann's own DOM parser, but refuses to go deeper than
// kMaxJsonDepth and notes duplicate keys with their JSON pointer.
class GuardedBuilder final : public nlohmann::json_sax<json> {
public:
    bool too_deep = false;
    std::optional<SyntaxError> error;
    std::vector<std::pair<std::string, std::string>> duplicates; // pointer, key
    json root;

    explicit GuardedBuilder(std::string_view text) : text_(text) { frames_.reserve(16); }

    bool null() override { return add(nullptr) != nullptr; }
    bool boolean(bool value) override { return add(value) != nullptr; }
    bool number_integer(number_integer_t value) override { return add(value) != nullptr; }
    bool number_unsigned(number_unsigned_t value) override { return add(value) != nullptr; }
    bool number_float(number_float_t value, const string_t& text) override
    {
        if (!std::isfinite(value)) {
            error = SyntaxError{std::string_view::npos, "number " + text + " is too large"};
            return false;
        }
        return add(value) != nullptr;
    }
    // Strings and keys are copied, not moved: moving would take the lexer's buffer, which then
    // grows again one character at a time for the next string.
    bool string(string_t& value) override { return add(json(value)) != nullptr; }
    bool binary(binary_t&) override { return false; } // never produced by the JSON parser
    bool start_object(std::size_t) override { return open(json::object()); }
    bool key(string_t& name) override
    {
        Frame& top = frames_.back();
        const std::size_t before = top.value->size();
        top.slot = &(*top.value)[name]; // a repeated key keeps its slot: the last value wins
        if (top.value->size() == before)
            duplicates.emplace_back(pointer() + "/" + pointer_token(name), name);
        top.key = name;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& failure) override
    {
        error = describe_syntax_error(text_, position, failure.id, failure.what());
        return false;
    }

private:
    struct Frame {
        json* value = nullptr;
        json* slot = nullptr; // the current key's value while filling an object
        std::string key;      // the current key, for pointers
    };
    std::string_view text_;
    std::vector<Frame> frames_;

    json* add(json value)
    {
        if (frames_.empty()) {
            root = std::move(value);
            return &root;
        }
        Frame& top = frames_.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(value));
            return &top.value->back();
        }
        *top.slot = std::move(value);
        return top.slot;
    }
    bool open(json container)
    {
        if (frames_.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
            too_deep = true;
            return false;
        }
        frames_.push_back(Frame{add(std::move(container)), nullptr, {}});
        return true;
    }
    bool close()
    {
        frames_.pop_back();
        return true;
    }
    // The pointer of the innermost open container.
    std::string pointer() const
    {
        std::string result;
        for (std::size_t i = 1; i < frames_.size(); ++i) {
            const Frame& parent = frames_[i - 1];
            result += "/" + (parent.value->is_array() ? std::to_string(parent.value->size() - 1)
                                                      : pointer_token(parent.key));
        }
        return result;
    }
};

// The offset of the first '{' or '[' (outside strings) that opens level kMaxJsonDepth + 1.
std::size_t too_deep_offset(std::string_view text)
{
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return text.size();
}

bool starts_with_bytes(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Problems that make parsing pointless: size, encoding, emptiness, NUL bytes.
std::optional<Problem> precheck(std::string_view bytes, std::string_view text,
                                const std::string& file)
{
    using namespace std::string_view_literals;
    if (bytes.size() > kMaxJsonBytes)
        return file_problem(file, too_large_message(bytes.size()));
    if (starts_with_bytes(bytes, "\x00\x00\xFE\xFF"sv) ||
        starts_with_bytes(bytes, "\xFF\xFE\x00\x00"sv))
        return file_problem(file, "file is UTF-32; save it as UTF-8");
    if (starts_with_bytes(bytes, "\xFE\xFF"sv) || starts_with_bytes(bytes, "\xFF\xFE"sv))
        return file_problem(file, "file is UTF-16; save it as UTF-8");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return file_problem(file, "file is empty");
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        if (nul < 2)
            return file_problem(file, "file looks like UTF-16; save it as UTF-8");
        return problem_at(file, text, nul, "NUL byte in the file; is it a text file?");
    }
    if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(text[bad]);
        const std::string hex{kHex[byte >> 4U], kHex[byte & 0xFU]};
        return problem_at(file, text, bad,
                          "invalid UTF-8 (byte 0x" + hex + "); save the file as UTF-8");
    }
    return std::nullopt;
}

} // namespace

std::string too_large_message(std::uintmax_t size)
{
    return "file is larger than 1 MiB (" + std::to_string(size) + " bytes)";
}

FileRead read_json_file(const std::filesystem::path& path)
{
    FileRead read = read_regular_file(path, kMaxJsonBytes);
    if (read.too_large)
        read.error = too_large_message(read.size);
    return read;
}

std::string pointer_token(std::string_view key)
{
    std::string token;
    for (const char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

GuardedJson read_json_guarded(std::string_view bytes, const std::string& file_name)
{
    const std::string_view text =
        starts_with_bytes(bytes, kUtf8Bom) ? bytes.substr(kUtf8Bom.size()) : bytes;
    GuardedJson result;
    if (auto problem = precheck(bytes, text, file_name)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    GuardedBuilder builder(text);
    const bool ok = json::sax_parse(text.begin(), text.end(), &builder);
    if (builder.too_deep) {
        result.problems.push_back(
            problem_at(file_name, text, too_deep_offset(text),
                       "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"));
    } else if (!ok && builder.error && builder.error->offset == std::string_view::npos) {
        result.problems.push_back(file_problem(file_name, builder.error->message));
    } else if (!ok && builder.error) {
        result.problems.push_back(
            problem_at(file_name, text, builder.error->offset, builder.error->message));
    } else if (!ok) {
        result.problems.push_back(file_problem(file_name, "not valid JSON"));
    } else {
        for (const auto& [pointer, key] : builder.duplicates) {
            result.problems.push_back(Problem{
                file_name, 0, 0, pointer, "key " + quote_value(key) + " appears more than once"});
        }
        result.document = std::move(builder.root);
    }
    return result;
}

} // namespace unknot
