#!/usr/bin/python3
"""The built-in routines' text can be followed on the mat, in English and German, in our own words.

usage: check_content.py ROUTINES_DIR SHINGLES_FILE [--expect FILE]

Reads every *.json in ROUTINES_DIR (routine format 2) and reports, as FILE: /json/pointer: message,
- a sided exercise's text (setup, instructions, cues, breathing, cautions, preparation, variations,
  and the notes of the steps that use it) that says left or right (links, rechts, linke...) outside
  a {left|right} choice, or names a limb without saying which ("one hand", "your top knee");
- a side choice in an exercise that has no sides, or braces that do not form a choice;
- an exercise with no movement instruction, or a step whose exercise has none;
- a routine without all three red-flag tiers, in English or in German;
- a German translation that is missing, lacks a text the English has, has a different list
  length, or a different number of side choices in a text;
- any English text that shares eight or more consecutive words with a source note, by the
  fingerprint in SHINGLES_FILE (scripts/make_seed_shingles.py).
With --expect FILE, passes only when the problems are exactly the lines of FILE (for the fixture
that proves each check can fail).
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from make_seed_shingles import SHINGLE, shingles  # noqa: E402  (one tokenizer for both)

EXERCISE_TEXT = ["name", "summary", "setup", "instructions", "cues", "breathing", "cautions",
                 "preparation", "variations"]
SIDED_TEXT = ["setup", "instructions", "cues", "breathing", "cautions", "preparation", "variations"]
ROUTINE_TEXT = ["title", "summary", "notes", "red_flags", "check_first", "before_you_start",
                "credit", "steps"]
TIERS = ["emergency", "doctor_soon", "professional"]
LANGUAGE = "de"

CHOICE = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
SIDE_WORDS = {
    "en": re.compile(r"\b(left|right)\b", re.I),
    "de": re.compile(r"\b(links|rechts|linke[mnrs]?|rechte[mnrs]?)\b", re.I),
}
LIMBS_EN = r"(arm|hand|leg|foot|knee|elbow|shoulder|shoulder blade|hip|side)s?"
LIMBS_DE = r"(Arm|Hand|Bein|Fuß|Knie|Ellbogen|Schulter|Schulterblatt|Hüfte|Seite)"
UNSAID_LIMB = {
    "en": re.compile(r"\b(one|the other|top|bottom|free|front|back|working|supporting|lifted)\s+"
                     + LIMBS_EN + r"\b", re.I),
    "de": re.compile(r"\b(eine[mnrs]?|andere[mnrs]?|obere[mnrs]?|untere[mnrs]?|vordere[mnrs]?|"
                     r"hintere[mnrs]?|freie[mnrs]?)\s+" + LIMBS_DE + r"\b"),
}


def text_of(item):
    """An instruction is a string or {"text", "pose"}."""
    return item.get("text", "") if isinstance(item, dict) else item


def texts(value, pointer):
    """(pointer, text) for every string in a text field: lists, variations, red-flag tiers."""
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from texts(item, f"{pointer}/{i}")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "pose":
                yield from texts(item, f"{pointer}/{key}")


class Checker:
    def __init__(self, shingle_hashes):
        self.hashes = shingle_hashes
        self.problems = []
        self.counts = {"exercises": 0, "routines": 0, "texts": 0}

    def report(self, where, pointer, message):
        self.problems.append(f"{where}: {pointer}: {message}")

    # -- sides -------------------------------------------------------------------------------
    def check_choices(self, where, pointer, text, sided, language):
        braces = CHOICE.sub("", text)
        if "{" in braces or "}" in braces or "|" in braces:
            self.report(where, pointer, "braces that are not one {left|right} choice")
        if not sided:
            if CHOICE.search(text):
                self.report(where, pointer, "a side choice in an exercise without sides")
            return
        found = SIDE_WORDS[language].search(braces)
        if found:
            self.report(where, pointer, f"says \"{found.group(0)}\" outside a side choice")
        found = UNSAID_LIMB[language].search(braces)
        if found:
            self.report(where, pointer, f"\"{found.group(0)}\" does not say which side")

    def check_sided_texts(self, where, pointer, source, sided, language):
        for key in SIDED_TEXT:
            for p, text in texts(source.get(key, []), f"{pointer}/{key}"):
                self.check_choices(where, p, text, sided, language)

    # -- German ------------------------------------------------------------------------------
    def compare(self, where, pointer, english, german):
        """German has every text the English has, with the same list lengths and choices."""
        if isinstance(english, str):
            if not isinstance(german, str) or not german.strip():
                self.report(where, pointer, "the German text is missing or empty")
            elif len(CHOICE.findall(english)) != len(CHOICE.findall(german)):
                self.report(where, pointer, f"{len(CHOICE.findall(german))} side choices in German,"
                                            f" {len(CHOICE.findall(english))} in English")
        elif isinstance(english, list):
            if not isinstance(german, list) or len(german) != len(english):
                count = len(german) if isinstance(german, list) else 0
                self.report(where, pointer, f"has {count} items in German, the English has"
                                            f" {len(english)}")
                return
            for i, (en, de) in enumerate(zip(english, german)):
                self.compare(where, f"{pointer}/{i}", en, de)
        elif isinstance(english, dict) and "pose" in english:
            # A tied instruction is translated as its text: the pose tie is the original's.
            self.compare(where, pointer, english.get("text", ""), german)
        elif isinstance(english, dict):
            if not isinstance(german, dict):
                self.report(where, pointer, "missing in German")
                return
            for key, value in english.items():
                if key == "pose":
                    continue
                if key not in german:
                    self.report(where, f"{pointer}/{key}", "missing in German")
                else:
                    self.compare(where, f"{pointer}/{key}", value, german[key])

    def german(self, where, pointer, thing):
        german = thing.get("translations", {}).get(LANGUAGE)
        if german is None:
            self.report(where, f"{pointer}/translations", f"no \"{LANGUAGE}\" translation")
        return german

    # -- our own words -----------------------------------------------------------------------
    def check_own_words(self, where, pointer, text):
        self.counts["texts"] += 1
        for digest, run in shingles(text):
            if digest in self.hashes:
                self.report(where, pointer, f"shares {SHINGLE} words with a source note: "
                                            f"\"{' '.join(run)}\"")
                return

    # -- exercises and routines --------------------------------------------------------------
    def check_exercise(self, where, pointer, exercise):
        self.counts["exercises"] += 1
        sided = exercise.get("sides", "none") in ("each", "alternate")
        movement = exercise.get("instructions", [])
        if "setup" not in exercise:
            movement = movement[1:]  # format 1: the first instruction is the starting position
        if not [m for m in movement if text_of(m).strip()]:
            self.report(where, f"{pointer}/instructions", "no movement instruction")
        for key in EXERCISE_TEXT:
            for p, text in texts(exercise.get(key, []), f"{pointer}/{key}"):
                self.check_own_words(where, p, text)
        self.check_sided_texts(where, pointer, exercise, sided, "en")
        german = self.german(where, pointer, exercise)
        if german is not None:
            english = {key: exercise[key] for key in EXERCISE_TEXT if key in exercise}
            self.compare(where, f"{pointer}/translations/{LANGUAGE}", english, german)
            self.check_sided_texts(where, f"{pointer}/translations/{LANGUAGE}", german, sided, "de")

    def check_tiers(self, where, pointer, flags, language):
        for tier in TIERS:
            if not (isinstance(flags, dict) and flags.get(tier)):
                self.report(where, f"{pointer}/red_flags/{tier}",
                            f"no {tier.replace('_', ' ')} tier in {language}")

    def check_routine(self, where, routine, exercises):
        self.counts["routines"] += 1
        pointer = "/routine"
        self.check_tiers(where, pointer, routine.get("red_flags"), "English")
        for key in ROUTINE_TEXT:
            if key != "steps":
                for p, text in texts(routine.get(key, []), f"{pointer}/{key}"):
                    self.check_own_words(where, p, text)
        german = self.german(where, pointer, routine)
        german_steps = german.get("steps", []) if isinstance(german, dict) else []
        if german is not None:
            self.check_tiers(where, f"{pointer}/translations/{LANGUAGE}", german.get("red_flags"),
                             "German")
            english = {key: routine[key] for key in ROUTINE_TEXT
                       if key in routine and key != "steps"}
            english["steps"] = [{k: v for k, v in (("title", step.get("timed")),
                                                   ("note", step.get("note"))) if v is not None}
                                for step in routine.get("steps", [])]
            self.compare(where, f"{pointer}/translations/{LANGUAGE}", english, german)
        for i, step in enumerate(routine.get("steps", [])):
            self.check_step(where, i, step, exercises,
                            german_steps[i] if i < len(german_steps) else {})

    def check_step(self, where, index, step, exercises, german_step):
        pointer = f"/routine/steps/{index}"
        for key in ("timed", "note"):
            if key in step:
                self.check_own_words(where, f"{pointer}/{key}", step[key])
        name = step.get("exercise")
        if name is None:
            return
        exercise = exercises.get(name)
        if exercise is None:
            self.report(where, f"{pointer}/exercise", f"unknown exercise \"{name}\"")
            return
        movement = exercise.get("instructions", [])[0 if "setup" in exercise else 1:]
        if not movement and "timed" not in step:
            self.report(where, pointer, f"\"{name}\" has no movement instruction to speak")
        sided = exercise.get("sides", "none") in ("each", "alternate")
        if "note" in step:
            self.check_choices(where, f"{pointer}/note", step["note"], sided, "en")
        if isinstance(german_step, dict) and "note" in german_step:
            self.check_choices(where, f"/routine/translations/{LANGUAGE}/steps/{index}/note",
                               german_step["note"], sided, "de")


def main(argv):
    expect = None
    if "--expect" in argv:
        i = argv.index("--expect")
        expect = pathlib.Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if len(argv) != 2:
        sys.exit(__doc__)
    folder, shingle_file = pathlib.Path(argv[0]), pathlib.Path(argv[1])
    hashes = {line.strip() for line in shingle_file.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    checker = Checker(hashes)
    files = {path.name: json.loads(path.read_text(encoding="utf-8"))
             for path in sorted(folder.glob("*.json"))}
    exercises = {}
    for name, document in files.items():
        for i, exercise in enumerate(document.get("exercises", [])):
            exercises[exercise["id"]] = exercise
            checker.check_exercise(name, f"/exercises/{i}", exercise)
    for name, document in files.items():
        if "routine" in document:
            checker.check_routine(name, document["routine"], exercises)
    for problem in checker.problems:
        print(problem)
    c = checker.counts
    print(f"check_content: {c['exercises']} exercises, {c['routines']} routines, "
          f"{c['texts']} texts checked against {len(hashes)} source shingles; "
          f"{len(checker.problems)} problems")
    if not hashes or not files or not c["texts"]:
        print("check_content: nothing to check against")
        return 1
    if expect is None:
        return 1 if checker.problems else 0
    wanted = [line for line in expect.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    missing = [line for line in wanted if line not in checker.problems]
    extra = [line for line in checker.problems if line not in wanted]
    for line in missing:
        print(f"EXPECTED BUT NOT REPORTED: {line}")
    for line in extra:
        print(f"REPORTED BUT NOT EXPECTED: {line}")
    print("check_content: the problems are exactly the expected ones" if not missing and not extra
          else "check_content: the problems differ from the expected ones")
    return 1 if missing or extra else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
