#!/usr/bin/env python3
"""Writes the fingerprint of the source notes that the content test compares our text against.

The source notes (web articles the built-in routines are based on) are not part of the repository.
What is: the set of hashes of every run of SHINGLE consecutive words in them, so that
tests/scripts/check_content.py can tell, on a fresh clone, whether any text of ours repeats eight
or more words of a note, without the notes themselves.

usage: make_seed_shingles.py SEEDS_DIR [OUT]     (OUT: tests/data/seed-shingles.txt)
       make_seed_shingles.py --check SEEDS_DIR OUT   exit 1 when OUT is not what SEEDS_DIR gives
Every *.txt file in SEEDS_DIR is a note.
"""
import hashlib
import pathlib
import re
import sys

SHINGLE = 8
HEADER = (f"# sha256 (first 16 hex digits) of every run of {SHINGLE} consecutive words of the"
          " source notes, lower case, punctuation stripped; made by scripts/make_seed_shingles.py")


def words(text):
    """The words of `text` as the check compares them: lower case, apostrophes dropped inside a
    word (can't -> cant), every other non-letter, non-digit character a separator."""
    text = re.sub(r"[\u2018\u2019\u02bc']", "", text.lower())
    return re.findall(r"[^\W_]+", text)


def shingle_hash(run):
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def shingles(text):
    """(hash, the words) of every run of SHINGLE consecutive words of `text`."""
    w = words(text)
    return [(shingle_hash(w[i:i + SHINGLE]), w[i:i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)]


def fingerprint(seeds_dir):
    notes = sorted(pathlib.Path(seeds_dir).glob("*.txt"))
    if not notes:
        sys.exit(f"make_seed_shingles: no *.txt notes in {seeds_dir}")
    hashes = set()
    for note in notes:
        hashes.update(h for h, _ in shingles(note.read_text(encoding="utf-8")))
    return HEADER + "\n" + "\n".join(sorted(hashes)) + "\n", len(notes), len(hashes)


def main(argv):
    check = argv[:1] == ["--check"]
    args = argv[1:] if check else argv
    if not 1 <= len(args) <= 2 or (check and len(args) != 2):
        sys.exit(__doc__)
    root = pathlib.Path(__file__).resolve().parent.parent
    out = pathlib.Path(args[1]) if len(args) == 2 else root / "tests" / "data" / "seed-shingles.txt"
    text, notes, count = fingerprint(args[0])
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"make_seed_shingles: {out} {'matches' if same else 'differs from'} {args[0]}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"make_seed_shingles: {count} shingles of {notes} notes written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
