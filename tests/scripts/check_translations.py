#!/usr/bin/python3
"""Every message in the given Qt Linguist catalogues is translated: no type="unfinished", no empty
translation or plural form, and the same %1/%n placeholders as the source. A German catalogue
says "du" throughout, as the app speaks to one person on a mat: no "Sie", "Ihr" or "Ihnen" (a
"Sie" that begins a sentence may mean "she", "it" or "they" and is left alone).
usage: check_translations.py FILE.ts..."""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
FORMAL_GERMAN = re.compile(r"\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b|(?<![.!?:„“\"] )(?<!^)\bSie\b")


def problems(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path}: [{name}] {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                yield f"{where}: not translated"
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                if not form.strip():
                    yield f"{where}: empty translation"
                elif sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))) \
                        and not (message.get("numerus") == "yes" and "%n" not in form):
                    yield f"{where}: placeholders differ in {form!r}"
                elif path.endswith("_de.ts") and FORMAL_GERMAN.search(form):
                    yield f"{where}: says 'Sie' where the app says 'du': {form!r}"


def main(paths):
    found = [p for path in paths for p in problems(path)]
    for line in found:
        print(line)
    total = sum(1 for path in paths for _ in ET.parse(path).getroot().iter("message"))
    print(f"{total - len(found)} of {total} messages translated in {len(paths)} catalogue(s)")
    return 1 if found or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
