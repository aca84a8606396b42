"""Runs every benchmark and prints each figure with its baseline from the same run and the ratio.

Usage: python bench/run.py [NAME ...]   (names: the bench_*.py modules beside this file, without prefix)
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))  # benchmarks may share helpers (bench_memory reuses bench_list_filter)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    modules = sorted(HERE.glob("bench_*.py"))
    if argv:
        modules = [m for m in modules if m.stem.removeprefix("bench_") in argv]
    print(f"{'benchmark':<44} {'ours':>12} {'baseline':>12} {'ratio':>7}  baseline is")
    failures = 0
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            results = module.run()
        except Exception as exc:  # a broken benchmark must not hide the others
            print(f"{path.stem:<44} failed: {exc!r}")
            failures += 1
            continue
        for r in results:
            ratio = r["ours"] / r["baseline"] if r["baseline"] else float("nan")
            unit = r.get("unit", "s")
            print(f"{r['name']:<44} {r['ours']:>10.3f}{unit:>2} {r['baseline']:>10.3f}{unit:>2} {ratio:>7.2f}  "
                  f"{r['baseline_is']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
