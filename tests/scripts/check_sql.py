#!/usr/bin/env python3
"""SQL goes through prepared statements with bound values: no value is ever pasted into SQL text.

Every call that hands SQL text to SQLite (the wrappers in core/history/sqlite_db.h, sqlite3_prepare*,
sqlite3_exec, and the history helpers that pass a WHERE clause along) must build that text only
from string literals and named constants (kSomething). The few other expressions are listed in
AUDITED below, each with the reason it is safe; anything new fails until someone reads it and
either rewrites it with ? parameters or adds it here with a reason. SQLite and Qt SQL may only be
used in src/core. Usage: check_sql.py REPO_ROOT
"""
import pathlib
import re
import sys

# Functions that receive SQL text, and which argument (0-based) carries it.
SINKS = {
    "Statement": 1,          # sqlite::Statement name(db, sql)
    "exec": 0,               # sqlite::Connection::exec(sql)
    "query_int": 1,          # sqlite::query_int(db, sql)
    "sqlite3_prepare_v2": 1,
    "sqlite3_prepare_v3": 1,
    "sqlite3_prepare": 1,
    "sqlite3_exec": 1,
    "sessions_where": 0,     # HistoryStore::sessions_where(where, bind, query)
    "read_sessions": 1,      # history::read_sessions(db, where, bind, query)
    "read_steps": 1,         # history::read_steps(db, where, bind, sessions)
}

# file name -> expressions (whitespace removed) that are not literals or constants but are safe.
AUDITED = {
    "sqlite_db.cpp": {
        "sql": "the wrappers' own parameter; every call of a wrapper is checked here",
        "sql.c_str()": "the same parameter",
        "sql.data()": "the same parameter",
    },
    "history_rows.cpp": {
        "where": "a WHERE clause passed down from sessions_where, whose callers pass literals",
        "std::string(where)": "the same parameter",
        "session_columns(query.with_snapshot)": "one of two fixed column lists chosen by a bool",
    },
    "history_store.cpp": {
        "where": "a WHERE clause passed down from sessions_where, whose callers pass literals",
    },
    "history_schema.cpp": {
        "migration.sql": "schema text from the constant kMigrations table",
        "std::to_string(migration.version)": "an int from the constant kMigrations table",
    },
}

FORBIDDEN = [
    (re.compile(r"\bsqlite3_v?mprintf\b|\bsqlite3_v?snprintf\b"), "SQLite printf builds SQL text"),
    (re.compile(r"\bQSql\w*"), "Qt SQL: SQL belongs in src/core behind sqlite_db.h"),
]

LITERAL = re.compile(r'(?:u8|u|U|L)?R"([^(\s]*)\((.*?)\)\1"|(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"'
                     r"|'(?:\\.|[^'\\\n])+'", re.S)
CONSTANT = re.compile(r"(?:std::string(?:_view)?\(|std::to_string\()?k[A-Z]\w*\)?")
DECLARATION = re.compile(r"^(?:const)?[\w:<>]+[&*]*[\w]+(?:=.*)?$")


def strip_comments(text):
    """Blanks out comments, keeping string literals and line numbers."""
    out, i = [], 0
    pattern = re.compile(r"//[^\n]*|/\*.*?\*/|" + LITERAL.pattern, re.S)
    for m in pattern.finditer(text):
        out.append(text[i:m.start()])
        token = m.group(0)
        out.append(re.sub(r"[^\n]", " ", token) if token.startswith("/") else token)
        i = m.end()
    out.append(text[i:])
    return "".join(out)


def split_args(text, start):
    """The top-level arguments of the call whose '(' is at text[start]."""
    args, depth, i, begin = [], 0, start, start + 1
    while i < len(text):
        m = LITERAL.match(text, i)
        if m:
            i = m.end()
            continue
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[begin:i])
                return args
        elif c == "," and depth == 1:
            args.append(text[begin:i])
            begin = i + 1
        i += 1
    return args


def unsafe_parts(expression, audited):
    """The operands of `expression` that are neither literals, constants nor audited."""
    squeezed = re.sub(r"\s+", "", LITERAL.sub('""', expression))
    if squeezed in audited:
        return []
    # A choice between literals (cond ? "A" : "B") is as fixed as a literal.
    squeezed = re.sub(r'^[^?"]*\?"":""$', '""', squeezed)
    parts = []
    for operand in squeezed.split("+"):
        if operand in audited:
            continue
        while operand.startswith("(") and operand.endswith(")"):
            operand = operand[1:-1]
        if operand in ("", '""', 'std::string("")') or operand in audited:
            continue
        if re.fullmatch(r'(?:"")+', operand) or CONSTANT.fullmatch(operand):
            continue
        parts.append(operand)
    return parts


def check_file(path, problems):
    text = strip_comments(path.read_text(encoding="utf-8"))
    audited = AUDITED.get(path.name, {})
    calls = 0
    for name, index in SINKS.items():
        for m in re.finditer(r"(?<![\w:])(?:\w+::)*" + name + r"(?:\s+\w+)?\s*\(", text):
            if re.search(r"::\s*$", text[:m.start()]) and name == "Statement":
                continue  # Statement::Statement(...) is the definition
            args = split_args(text, m.end() - 1)
            if len(args) <= index or not args[index].strip():
                continue
            if any(DECLARATION.match(re.sub(r"\s+", "", a)) and '"' not in a and
                   re.search(r"\w[\s&*]+\w", a.strip()) for a in args):
                continue  # a declaration: `void exec(const std::string& sql)`
            calls += 1
            line = text.count("\n", 0, m.start()) + 1
            for part in unsafe_parts(args[index], audited):
                problems.append(f"{path}:{line}: SQL text for {name}() is built from `{part}`; "
                                "bind it as a ? parameter instead")
    return calls


def main(root):
    root = pathlib.Path(root)
    problems, calls = [], 0
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        text = strip_comments(path.read_text(encoding="utf-8"))
        for pattern, why in FORBIDDEN:
            for m in pattern.finditer(text):
                problems.append(f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {why}")
        in_core = root / "src" / "core" in path.parents
        if not in_core and re.search(r"sqlite3\.h|sqlite_db\.h|\bsqlite3_\w+", text):
            problems.append(f"{path}: uses SQLite outside src/core")
        if in_core:
            calls += check_file(path, problems)
    for problem in problems:
        print(problem)
    print(f"check_sql: {calls} calls that take SQL text checked, {len(problems)} problems")
    return 1 if problems or calls == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
