#!/usr/bin/env python3
"""Prints the benchmark table from the results scripts/bench.sh wrote into RESULTS_DIR.

  report.py RESULTS_DIR
"""
import json
import re
import sys
from pathlib import Path

UNIT_MS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}


def aggregates(path):
    """{(benchmark name, aggregate): (real ms, cpu ms)} from a Google Benchmark JSON file."""
    if not path.exists():
        return {}
    result = {}
    for row in json.loads(path.read_text())["benchmarks"]:
        if row.get("run_type") != "aggregate":
            continue
        scale = UNIT_MS[row.get("time_unit", "ns")]
        key = (row["run_name"].split("/")[0], row["aggregate_name"])
        result[key] = (row["real_time"] * scale, row["cpu_time"] * scale)
    return result


def row(rows, measure, value, baseline, target, met):
    rows.append((measure, value, baseline, target, "yes" if met else "NO"))


def loading(rows, results):
    load = aggregates(results / "load.json")
    if not load:
        return
    real, cpu = load[("library_load", "median")]
    plain_real, plain_cpu = load[("plain_json_parse", "median")]
    row(rows, "Load 1,000 routine files (wall)", f"{real:.1f} ms",
        f"{plain_real:.1f} ms  ({real / plain_real:.2f}x)", "<= 1.3x", real / plain_real <= 1.3)
    row(rows, "Load 1,000 routine files (CPU)", f"{cpu:.1f} ms",
        f"{plain_cpu:.1f} ms  ({cpu / plain_cpu:.2f}x)", "<= 1.3x", cpu / plain_cpu <= 1.3)


def startup(rows, results):
    path = results / "startup.json"
    if not path.exists():
        return
    median = json.loads(path.read_text())["median"]
    app, bare = median["unknot"], median["bare"]
    ratio = app["shown_ms"] / bare["shown_ms"]
    row(rows, "Start-up until the window is shown", f"{app['shown_ms']:.1f} ms",
        f"{bare['shown_ms']:.1f} ms  ({ratio:.2f}x)", "<= 1.3x", ratio <= 1.3)
    if "ready_ms" in app:
        ratio = app["ready_ms"] / bare["shown_ms"]
        row(rows, "  ... until user routines and history are in", f"{app['ready_ms']:.1f} ms",
            f"{bare['shown_ms']:.1f} ms  ({ratio:.2f}x)", "(reported)", True)
    ratio = app["idle_rss_kb"] / bare["idle_rss_kb"]
    row(rows, "Resident memory once idle", f"{app['idle_rss_kb'] / 1024:.1f} MiB",
        f"{bare['idle_rss_kb'] / 1024:.1f} MiB  ({ratio:.2f}x)", "<= 1.35x", ratio <= 1.35)


def callgrind(rows, results):
    path = results / "callgrind.json"
    if not path.exists():
        return
    found = json.loads(path.read_text())
    app, bare = found["first_frame"]["unknot"], found["first_frame"]["bare"]
    row(rows, "Instructions to the first frame (callgrind)", f"{app / 1e6:.1f} M",
        f"{bare / 1e6:.1f} M  ({app / bare:.2f}x)", "(reported)", True)
    if found.get("ready"):
        row(rows, "  ... until user routines and history are in", f"{found['ready'] / 1e6:.1f} M",
            f"{bare / 1e6:.1f} M  ({found['ready'] / bare:.2f}x)", "(reported)", True)
    row(rows, "Instructions of --list, 1,000 routines", f"{found['list'] / 1e6:.1f} M", "-",
        "(reported)", True)


def stalls(rows, results):
    path = results / "stall.json"
    if not path.exists():
        return
    found = json.loads(path.read_text())
    for part, label in (("start_up", "start-up"), ("save", "an editor save")):
        worst = found["median"][part]
        row(rows, f"Longest stall, {found['routines']:,} routines, {label}",
            f"{worst['gap_ms']:.0f} ms", f"GUI thread ran {worst['cpu_ms']:.0f} ms of it",
            "<= 50 ms", worst["gap_ms"] <= 50)


def history(rows, results):
    found = {**aggregates(results / "history.json"), **aggregates(results / "history_page.json")}
    for name, label, limit in [("week_summary", "History: week summary", 2),
                               ("trend_12_weeks", "History: 12-week trend", 10),
                               ("history_page_open", "History: open the page", 50),
                               ("history_page_show_again", "History: show the tab again", 5),
                               ("export_to_file", "History: export ten years", 150)]:
        if (name, "median") in found:
            real = found[(name, "median")][0]
            row(rows, label, f"{real:.2f} ms", "-", f"< {limit} ms", real < limit)
    thirty = aggregates(results / "history_page_30.json")
    for name, label, limit in [("history_page_open", "History: open the page, 30 years", 20),
                               ("history_page_show_again", "History: show it again, 30 years", 5)]:
        if (name, "median") in thirty:
            real = thirty[(name, "median")][0]
            row(rows, label, f"{real:.2f} ms", "-", f"< {limit} ms", real < limit)
    commits = aggregates(results / "step_commit.json")
    if ("StepCommit", "median") in commits:
        median, p99 = commits[("StepCommit", "median")][0], commits[("StepCommit", "p99")][0]
        row(rows, "Commit one step (median / p99)", f"{median:.2f} / {p99:.2f} ms", "-",
            "(reported)", True)


def programme(rows, results):
    found = aggregates(results / "programme.json")
    for name, label, limit in [
            ("doses_4_week_programme", "Programme: this week's doses (4 weeks)", 10),
            ("doses_12_week_programme", "Programme: this week's doses (12 weeks)", 10),
            ("doses_52_week_programme", "Programme: this week's doses (52 weeks)", 10),
            ("exercise_table_ten_years", "Programme: per-exercise table, 10 years", 10),
            ("exercise_table_ten_years_in_memory", "  ... from sessions already read", 10),
            ("report_year_data", "Programme: a year's report, data", 300),
            ("report_year_pdf", "Programme: a year's report, PDF", 300)]:
        if (name, "median") in found:
            real = found[(name, "median")][0]
            row(rows, label, f"{real:.2f} ms", "-", f"< {limit} ms", real < limit)


def timer(rows, results):
    path = results / "timer.txt"
    if not path.exists():
        return
    text = path.read_text()
    bounds = re.search(r"phase boundaries: \d+, late median ([\d.]+) ms, max ([\d.]+) ms", text)
    cpu = re.search(r"= ([\d.]+)% of one core", text)
    late = [float(m.group(1)) for m in re.finditer(
        r"^(?:phase start|session end)\s+\d+\s+[\d.]+\s+(-?[\d.]+)$", text, re.M)]
    if bounds:
        worst = float(bounds.group(2))
        half = len(late) // 2
        growing = bool(late) and max(late[half:]) > max(late[:half] or [0]) + 5
        row(rows, "Timer: phase boundary late (median / max)",
            f"{float(bounds.group(1)):.2f} / {worst:.2f} ms", "other core busy",
            "< 20 ms, not growing", worst < 20 and not growing)
    if cpu:
        row(rows, "Timer: CPU while playing", f"{float(cpu.group(1)):.2f} % of a core", "-", "< 2 %",
            float(cpu.group(1)) < 2)
    logged = results / "timer_logged.txt"
    if logged.exists():
        text = logged.read_text()
        found = re.search(r"phase boundaries: (\d+), late median ([\d.]+) ms, max ([\d.]+) ms, "
                          r"p99 ([\d.]+) ms", text)
        holds = results / "timer_holds.txt"
        plain = re.search(r"p99 ([\d.]+) ms", holds.read_text()) if holds.exists() else None
        committed = re.search(r"logged: (\d+) of (\d+) holds committed", text)
        if found and committed:
            p99 = float(found.group(4))
            baseline = f"no log: p99 {float(plain.group(1)):.2f} ms" if plain else "-"
            row(rows, f"Timer: phase boundary late, logging {committed.group(1)} steps (p99)",
                f"{p99:.2f} ms", baseline, "p99 < 5 ms, all steps in",
                p99 < 5 and committed.group(1) == committed.group(2))


def cue_latency(rows, results):
    path = results / "cue_latency.json"
    if not path.exists():
        return
    found = json.loads(path.read_text())
    cues = found.get("cues")
    if cues and cues["n"]:
        row(rows, "Cue latency: scheduled -> heard (median / p95)",
            f"{cues['median_ms']:.0f} / {cues['p95_ms']:.0f} ms", f"engine: {cues['engine']}",
            "p95 < 100 ms", cues["p95_ms"] < 100)
    for e in found.get("engines", []):
        name = f"  Voice {e['engine']} ({e['language']})"
        if not e["made"]:
            row(rows, name, "not made", e["why"][:40], "(reported)", True)
            continue
        lat, stop = e["latency"], e["stop"]
        said = f"{e['heard']}/{e['said']} heard"
        value = (f"{lat['median_ms']:.0f} / {lat['p95_ms']:.0f} ms" if lat["n"] else "-")
        stopped = f"stop {stop['median_ms']:.0f} ms" if stop["n"] else "stop -"
        row(rows, name, value, f"{said}, {stopped}", "(reported)", True)


def idle(rows, results):
    path = results / "idle_cpu.json"
    if not path.exists():
        return
    found = json.loads(path.read_text())
    for page, value in found["pages"].items():
        cpu, woken = value["cpu_percent"], value["wakeups_per_s"]
        text = f"{cpu:.2f} % of a core"
        detail = f"{woken:.1f} wakeups/s"
        if page == "player, playing":
            row(rows, f"CPU on the player, playing ({found['seconds']:.0f} s)", text, detail,
                "< 2 %", cpu < 2)
        else:
            row(rows, f"Idle CPU: {page} ({found['seconds']:.0f} s)", text, detail, "<= 0.2 %",
                cpu <= 0.2)


def main():
    results = Path(sys.argv[1])
    rows = []
    for part in (loading, startup, callgrind, idle, stalls, history, programme, timer,
                 cue_latency):
        part(rows, results)
    header = ("Measure", "Unknot", "Baseline (ratio)", "Target", "Met")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = "  ".join("{:<%d}" % w for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for r in rows:
        print(line.format(*r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
