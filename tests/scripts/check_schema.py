#!/usr/bin/python3
"""Checks routines/schema/routine.schema.json against the shipped routines and the test fixtures.

Usage: check_schema.py PROJECT_ROOT

- The schema must itself be a valid draft 2020-12 schema, and accept or reject a set of inline
  edge cases (INLINE_CASES) the same way the loader does.
- The complete example in routines/FORMAT.md must pass it.
- Every routines/*.json and tests/data/good/*.json must pass it.
- Every tests/data/bad/*.json must be rejected: either it is not JSON the loader could read at all
  (bad encoding, syntax error, non-finite number...), or the schema reports a problem. Fixtures whose
  only problem is one a schema cannot express (an unknown exercise, duplicate ids...) are listed in
  SEMANTIC_ONLY and skipped.
Exit status 0 when all of this holds, 1 otherwise, 2 for a usage error.
"""

import json
import math
import re
import sys
from pathlib import Path

import jsonschema

# Bad fixtures the loader rejects only for reasons JSON Schema cannot express. Files with repeated
# keys are recognised and skipped without being listed. A listed file that does not exist is ignored.
SEMANTIC_ONLY = {
    "duplicate-id.json",  # two exercises with one id
    "unknown-exercise.json",  # a step names an exercise that does not exist
    "side-choices.json",  # {left|right} syntax, and choices outside sided exercises
    "side-choice-in-a-step-without-sides.json",  # needs the sides of the step's exercise
}


class Unreadable(Exception):
    """The file is not JSON that the loader would accept as a document at all."""


class DuplicateKey(Exception):
    """JSON with a repeated key in one object: a schema sees only the last value."""


def reject_constant(name):
    raise Unreadable(f"{name} is not a JSON number")


def finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise Unreadable(f"number {text} is out of range")
    return value


def no_duplicates(pairs):
    seen = set()
    for key, _ in pairs:
        if key in seen:
            raise DuplicateKey(f"duplicate key {key!r}")
        seen.add(key)
    return dict(pairs)


def load(path):
    data = path.read_bytes()
    if not data:
        raise Unreadable("empty file")
    if b"\0" in data:
        raise Unreadable("NUL byte")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(f"not UTF-8: {error}") from None
    try:
        document = json.loads(text, parse_float=finite_float, parse_constant=reject_constant,
                              object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as error:
        raise Unreadable(f"{error.lineno}:{error.colno}: {error.msg}") from None
    try:  # Python accepts a lone surrogate escape such as "\ud83d"; the loader does not
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise Unreadable("a lone surrogate escape") from None
    return document


def pointer(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def problems(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{pointer(e)}: {e.message}" for e in errors]


def check_good(validator, path, relative):
    try:
        found = problems(validator, load(path))
    except (Unreadable, DuplicateKey) as error:
        found = [str(error)]
    for problem in found:
        print(f"FAIL {relative}: {problem}")
    return not found


def check_bad(validator, path, relative):
    if path.name in SEMANTIC_ONLY:
        print(f"skip {relative}: semantic-only (listed in SEMANTIC_ONLY)")
        return True
    try:
        document = load(path)
    except Unreadable as error:
        print(f"ok   {relative}: not loadable JSON ({error})")
        return True
    except DuplicateKey as error:
        print(f"skip {relative}: {error}; a schema cannot see repeated keys")
        return True
    found = problems(validator, document)
    if not found:
        print(f"FAIL {relative}: the schema accepts this bad fixture; tighten the schema or, if its "
              "problem is semantic-only, add it to SEMANTIC_ONLY in check_schema.py")
        return False
    print(f"ok   {relative}: rejected ({found[0]})")
    return True


def routine_with(format=1, routine=None, **step):
    document = {"id": "r", "title": "T", "summary": "S", "steps": [step]}
    document.update(routine or {})
    return {"format": format, "routine": document}


def exercise_with(format=1, **fields):
    exercise = {"id": "cat-camel", "name": "Cat-camel", "summary": "S", "instructions": ["Kneel."]}
    exercise.update(fields)
    return {"format": format, "exercises": [exercise]}


def routine2_with(**fields):
    return routine_with(2, fields, rest=30)


TIED = {"text": "Round your back.", "pose": "round"}


def figure_with(**fields):
    figure = {"poses": [{"name": "kneel", "at": 0, "ground": ["knees", "hands"],
                         "angles": {"pelvis": 90, "hip": 90, "knee": 90}}]}
    figure.update(fields)
    return exercise_with(figure=figure)


def pose(name, at, **fields):
    return dict(name=name, at=at, **fields)


# Edge cases of the loader's structural rules, so the schema is checked even without fixtures.
INLINE_CASES = [
    ("hold step", routine_with(exercise="cat-camel", hold=30, sets=2, rest_between_sets=10), True),
    ("paced reps", routine_with(exercise="cat-camel", reps=10, tempo=0.5), True),
    ("timed step", routine_with(timed="Heat pack", seconds=900, rest_after=0), True),
    ("rest step", routine_with(rest=600, note="Breathe."), True),
    ("integral float", routine_with(exercise="a", hold=30.0), True),
    ("hold 0", routine_with(exercise="a", hold=0), False),
    ("hold 3601", routine_with(exercise="a", hold=3601), False),
    ("fractional hold", routine_with(exercise="a", hold=2.5), False),
    ("reps 501", routine_with(exercise="a", reps=501), False),
    ("tempo 0.4", routine_with(exercise="a", reps=5, tempo=0.4), False),
    ("sets 21", routine_with(exercise="a", reps=5, sets=21), False),
    ("rest_after 601", routine_with(exercise="a", reps=5, rest_after=601), False),
    ("hold and reps", routine_with(exercise="a", hold=5, reps=5), False),
    ("tempo on a hold", routine_with(exercise="a", hold=5, tempo=2), False),
    ("sets on a timed step", routine_with(timed="Heat", seconds=60, sets=2), False),
    ("rest 0", routine_with(rest=0), False),
    ("no kind", routine_with(note="?"), False),
    ("boolean rest", routine_with(rest=True), False),
    ("blank note", routine_with(rest=5, note=" \t"), False),
    ("upper-case id", exercise_with(id="Cat-camel"), False),
    ("id with newline", exercise_with(id="cat-camel\n"), False),
    ("id of 65", exercise_with(id="a" * 65), False),
    ("name of 81", exercise_with(name="n" * 81), False),
    ("no instructions", exercise_with(instructions=[]), False),
    ("21 cues", exercise_with(cues=["c"] * 21), False),
    ("unknown equipment", exercise_with(equipment=["kettlebell"]), False),
    ("repeated equipment", exercise_with(equipment=["mat", "mat"]), False),
    ("unknown sides", exercise_with(sides="both"), False),
    ("illustration path", exercise_with(illustration="../cat.svg"), False),
    ("illustration with NUL", exercise_with(illustration="cat.svg\0.png"), False),
    ("escape sequence in a name", exercise_with(name="Clear \x1b[2J"), False),
    ("C1 control in a summary", exercise_with(summary="CSI \x9b"), False),
    ("right-to-left override in a name", exercise_with(name="Reach \u202eevil"), False),
    ("isolate in an instruction", exercise_with(instructions=["A \u2066B\u2069"]), False),
    ("Arabic and a left-to-right mark", exercise_with(name="\u0645\u0631\u062d\u0628\u0627 \u200e"), True),
    ("tab and line break in an instruction", exercise_with(instructions=["A\tB\nC\r"]), True),
    ("illustration", exercise_with(illustration="cat-camel.svg"), True),
    ("typo key", exercise_with(cautons=["Stop."]), False),
    ("variation", exercise_with(variations=[{"name": "Easier", "description": "Smaller."}]), True),
    ("variation key", exercise_with(variations=[{"name": "E", "text": "Smaller."}]), False),
    ("figure", figure_with(view="front", seconds=6, hold="kneel", keep_moving=True), True),
    ("figure props", figure_with(props=[{"type": "mat"}, {"type": "foam-roller", "under": "hands"},
                                        {"type": "band", "between": ["hands", "feet"]},
                                        {"type": "tennis-ball", "x": -0.4, "y": 1.2}]), True),
    ("figure timing", figure_with(poses=[pose("a", 0, stay=0.2), pose("b", 0.5, like="a")]), True),
    ("figure without poses", figure_with(poses=[]), False),
    ("figure view", figure_with(view="sideways"), False),
    ("figure seconds", figure_with(seconds=0), False),
    ("unknown angle", figure_with(poses=[pose("a", 0, angles={"elbw": 10})]), False),
    ("angle out of range", figure_with(poses=[pose("a", 0, angles={"knee": 200})]), False),
    ("key pose at 1", figure_with(poses=[pose("a", 0), pose("b", 1)]), False),
    ("stay over 1", figure_with(poses=[pose("a", 0, stay=1.5)]), False),
    ("three contacts", figure_with(poses=[pose("a", 0, ground=["knees", "hands", "feet"])]), False),
    ("unknown contact", figure_with(poses=[pose("a", 0, ground=["nose"])]), False),
    ("key pose key", figure_with(poses=[pose("a", 0, angels={})]), False),
    ("prop under a wall", figure_with(props=[{"type": "wall", "under": "hands"}]), False),
    ("band without between", figure_with(props=[{"type": "band"}]), False),
    ("x on a mat", figure_with(props=[{"type": "mat", "x": 1}]), False),
    ("keep_moving text", figure_with(keep_moving="yes"), False),
    ("newer format", {"format": 3, "exercises": []}, False),
    ("format 2 exercise keys", exercise_with(2, setup=["Kneel."], breathing=["Out."],
                                             preparation=["Mat."], instructions=["Go.", TIED]), True),
    ("setup in format 1", exercise_with(setup=["Kneel."]), False),
    ("breathing in format 1", exercise_with(breathing=["Out."]), False),
    ("tied instruction in format 1", exercise_with(instructions=[TIED]), False),
    ("tie without a pose", exercise_with(2, instructions=[{"text": "Go."}]), False),
    ("11 breathing", exercise_with(2, breathing=["Out."] * 11), False),
    ("breathing of 201", exercise_with(2, breathing=["b" * 201]), False),
    ("translation", exercise_with(2, translations={"de": {"name": "Katze", "cues": ["Ruhig."]}}),
     True),
    ("translation in format 1", exercise_with(translations={"de": {"name": "Katze"}}), False),
    ("language code DE", exercise_with(2, translations={"DE": {"name": "Katze"}}), False),
    ("language code with a newline", exercise_with(2, translations={"de\n": {}}), False),
    ("translation key", exercise_with(2, translations={"de": {"figure": {}}}), False),
    ("translated instruction tied", exercise_with(2, translations={"de": {"instructions": [TIED]}}),
     False),
    ("red flags", routine2_with(red_flags={"emergency": ["Call."], "professional": ["Physio."]}),
     True),
    ("red flag tier typo", routine2_with(red_flags={"emergncy": ["Call."]}), False),
    ("red flags in format 1", routine_with(routine={"red_flags": {}}, rest=5), False),
    ("see_a_professional in format 1", routine_with(routine={"see_a_professional": ["X."]}, rest=5),
     True),
    ("see_a_professional in format 2", routine2_with(see_a_professional=["X."]), False),
    ("format 2 routine keys", routine2_with(check_first=["Osteoporosis."],
                                            before_you_start=["Heat the pack."],
                                            source_file="004_e0fc8f8b6860d80a.txt"), True),
    ("source file path", routine2_with(source_file="../seeds/004.txt"), False),
    ("check_first in format 1", routine_with(routine={"check_first": ["X."]}, rest=5), False),
    ("routine translation", routine2_with(translations={"de": {"title": "T", "steps": [{}]}}), True),
    ("step translation key", routine2_with(translations={"de": {"steps": [{"rest": 5}]}}), False),
    ("timed step with an exercise", routine_with(2, timed="Heat", exercise="heat", seconds=60), True),
    ("timed step with an exercise in format 1", routine_with(timed="Heat", exercise="heat",
                                                             seconds=60), False),
    ("no content", {"format": 1}, False),
    ("no format", {"exercises": []}, False),
    ("top-level array", [], False),
]


def check_inline(validator):
    failed = 0
    for name, document, valid in INLINE_CASES:
        if validator.is_valid(document) != valid:
            failed += 1
            print(f"FAIL inline case '{name}': the schema should {'accept' if valid else 'reject'} it")
    print(f"{len(INLINE_CASES) - failed} of {len(INLINE_CASES)} inline cases behave as the loader")
    return failed == 0


def check_format_examples(validator, root):
    """Every complete file (a ```json block with "format") in routines/FORMAT.md must pass."""
    text = (root / "routines/FORMAT.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", text, re.S)]
    examples = [b for b in blocks if isinstance(b, dict) and "format" in b]
    found = [p for example in examples for p in problems(validator, example)]
    for problem in found:
        print(f"FAIL routines/FORMAT.md example: {problem}")
    if not examples:
        print("FAIL routines/FORMAT.md: no complete example found")
    return bool(examples) and not found


def json_files(folder):
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def main(argv):
    if len(argv) != 2:
        print("usage: check_schema.py PROJECT_ROOT", file=sys.stderr)
        return 2
    root = Path(argv[1])
    schema = json.loads((root / "routines/schema/routine.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    good = json_files(root / "routines") + json_files(root / "tests/data/good")
    bad = json_files(root / "tests/data/bad")
    if not json_files(root / "routines"):
        print("FAIL routines/: no routine files found")
        return 1
    results = [check_inline(validator), check_format_examples(validator, root)]
    results += [check_good(validator, p, p.relative_to(root)) for p in good]
    print(f"{sum(results[2:])} of {len(good)} good files pass the schema")
    bad_results = [check_bad(validator, p, p.relative_to(root)) for p in bad]
    print(f"{sum(bad_results)} of {len(bad)} bad fixtures rejected or skipped as expected")
    return 0 if all(results) and all(bad_results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
