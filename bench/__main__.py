"""`make bench`: run every benchmark module in bench/ and print one table.

Each ``bench_*.py`` module has a ``run()`` returning rows; a floor measured in the same run
gives each figure its ratio. Figures are measured here, never asserted in timed tests.
"""

import importlib
import pkgutil
import sys
import time

from bench.harness import print_table, setup_django


def main(selected: list[str]) -> None:
    started = time.perf_counter()
    setup_django()
    rows = []
    import bench

    for module in sorted(m.name for m in pkgutil.iter_modules(bench.__path__)):
        if not module.startswith("bench_"):
            continue
        if selected and module.removeprefix("bench_") not in selected:
            continue
        rows.extend(importlib.import_module(f"bench.{module}").run())
    print_table(rows)
    print(f"\n{len(rows)} figures in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
