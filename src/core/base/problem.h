// A problem found in a file, worded so that a person can find and fix it.
#pragma once

#include <string>
#include <vector>

namespace unknot {

struct Problem {
    std::string file;    // as the user knows it: a path, or a built-in name
    int line = 0;        // 1-based; 0 when the problem has a JSON pointer instead
    int column = 0;      // 1-based
    std::string pointer; // JSON pointer such as /routine/steps/2/hold; may be empty
    std::string message;

    // "FILE:LINE:COL: message", "FILE: /pointer: message" or "FILE: message", on one line:
    // control characters from the file (or its name) are written as \u001B.
    std::string to_string() const;
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

} // namespace unknot
