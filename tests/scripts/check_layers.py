#!/usr/bin/env python3
"""Includes point down only: a file in src/core/LAYER includes from core only its own folder and
the layers LAYER links (directly or through them), never Qt, gui or app; src/core holds only layer
folders; gui never includes app. The links come from the configure (cmake/CoreLayers.cmake writes
one line per layer, bottom up: "layer: linked layers"), which itself fails on a link that points up.
Usage: check_layers.py SRC_DIR LAYERS_FILE
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.MULTILINE)
QT = re.compile(r"^Q[A-Za-z]*(/|$)|^Qt")


def read_layers(path):
    links = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            layer, _, linked = line.partition(":")
            links[layer.strip()] = linked.split()
    reach = {}
    for layer in links:  # bottom up: what a layer links is already in `reach`
        reach[layer] = set(links[layer]).union(*(reach[other] for other in links[layer]))
    return reach


def includes(path):
    text = path.read_text(encoding="utf-8")
    for m in INCLUDE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m.group(1), m.group(2)


def check_core_file(path, layer, reach, problems):
    count = 0
    for line, quote, name in includes(path):
        where = f"{path}:{line}"
        if quote == "<" and QT.match(name):
            problems.append(f"{where}: core includes Qt ({name}); core has no Qt")
        elif quote == '"' and name.startswith(("gui/", "app/")):
            problems.append(f"{where}: core includes {name}; core is the bottom layer")
        elif quote == '"' and name.startswith("core/"):
            count += 1
            other = name.split("/")[1]
            if other != layer and other not in reach[layer]:
                allowed = ", ".join(sorted(reach[layer])) or "nothing else from core"
                problems.append(f"{where}: core/{layer} includes {name}, but links only: "
                                f"{allowed}")
    return count


def main(src, layers_file):
    src = pathlib.Path(src)
    reach = read_layers(layers_file)
    problems, files, checked = [], 0, 0
    for path in sorted((src / "core").rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        files += 1
        layer = path.relative_to(src / "core").parts[0]
        if layer not in reach:
            problems.append(f"{path}: not in a layer folder of src/core ({', '.join(reach)})")
            continue
        checked += check_core_file(path, layer, reach, problems)
    for path in sorted((src / "gui").rglob("*")):
        if path.suffix in (".cpp", ".h"):
            files += 1
            for line, quote, name in includes(path):
                if quote == '"' and name.startswith("app/"):
                    problems.append(f"{path}:{line}: gui includes {name}; app is above gui")
    for problem in problems:
        print(problem)
    print(f"check_layers: {files} files, {checked} includes from core checked, "
          f"{len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
