"""What the Python script tests share: checks that note a failure and go on, and the verdict."""
import sys

failures = []


def check(name, ok, detail=""):
    if not ok:
        failures.append(f"{name}: {detail}")
        print(f"FAIL: {name}: {detail}", flush=True)


def verdict(what):
    """Exits non-zero when any check failed; otherwise says `what` passed."""
    if failures:
        sys.exit(f"{what}: {len(failures)} check(s) failed")
    print(f"{what}: ok")
