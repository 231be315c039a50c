#!/usr/bin/python3
"""Checks routines/schema/programme.schema.json: a valid draft 2020-12 schema that accepts the good
programme fixture and the example in routines/PROGRAMME.md, and rejects the fixture with every kind
of problem at each key the loader reports (tests/data/programme).

Usage: check_programme_schema.py PROJECT_ROOT
"""

import json
import re
import sys
from pathlib import Path

import jsonschema


def main(argv):
    if len(argv) != 2:
        print("usage: check_programme_schema.py PROJECT_ROOT", file=sys.stderr)
        return 2
    root = Path(argv[1])
    schema = json.loads((root / "routines/schema/programme.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    ok = True
    doc = (root / "routines/PROGRAMME.md").read_text("utf-8")
    examples = re.findall(r"```json\n(.*?)```", doc, re.S)
    good = [json.loads(text) for text in examples]
    good.append(json.loads((root / "tests/data/programme/good.json").read_text("utf-8")))
    for document in good:
        for error in validator.iter_errors(document):
            print(f"FAIL a good programme is rejected: {error.message}")
            ok = False
    bad = json.loads((root / "tests/data/programme/every-error.json").read_text("utf-8"))
    where = {"/".join(str(p) for p in e.absolute_path) for e in validator.iter_errors(bad)}
    # Every top-level key with a problem must be flagged, but for "start": 2026-02-30 is not a real
    # date, which a pattern cannot tell.
    wanted = {"routines", "days", "weeks", "time", ""}  # "": the unknown key
    flagged = {w.split("/")[0] for w in where}
    if not wanted <= flagged:
        print(f"FAIL every-error.json: the schema misses {sorted(wanted - flagged)}")
        ok = False
    for case in [{"format": 1, "routines": ["a"], "days": ["monday"], "start": "2026-13-01"},
                 {"format": 1, "routines": ["a"], "days": ["monday"], "start": "2026-12-07",
                  "time": "24:00"},
                 {"format": 2, "routines": ["a"], "days": ["monday"], "start": "2026-12-07"}]:
        if validator.is_valid(case):
            print(f"FAIL accepted: {json.dumps(case)}")
            ok = False
    print(f"{len(good)} good programmes pass, the bad ones are rejected" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
