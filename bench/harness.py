"""Shared benchmark plumbing: an isolated seeded database, timers and the result table."""

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Row:
    benchmark: str
    metric: str
    value: float
    unit: str
    floor: float | None = None
    target: str = ""
    met: bool | None = None  # whether the target is met, when the bench can tell

    @property
    def target_cell(self) -> str:
        if self.met is None:
            return self.target
        return f"{self.target} {'ok' if self.met else 'MISSED'}"

    @property
    def ratio(self) -> str:
        if not self.floor:
            return ""
        return f"{self.value / self.floor:.2f}x"


def setup_django() -> None:
    """Point Django at a fresh SQLite file, migrate it and load the demo content once."""
    workdir = tempfile.mkdtemp(prefix="academy-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["ACADEMY_SEARCH_INDEX_PATH"] = f"{workdir}/search.sqlite3"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ROOT_URLCONF = "bench.urls"
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return p50, p95


def time_calls(fn: Callable[[], object], *, repeat: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def print_table(rows: list[Row]) -> None:
    headers = ["benchmark", "metric", "value", "floor", "ratio", "target"]
    table = [
        [
            row.benchmark,
            row.metric,
            f"{row.value:,.2f} {row.unit}",
            f"{row.floor:,.2f} {row.unit}" if row.floor else "",
            row.ratio,
            row.target_cell,
        ]
        for row in rows
    ]
    widths = [
        max(len(str(cell)) for cell in column) for column in zip(headers, *table, strict=True)
    ]
    line = "  ".join(header.ljust(width) for header, width in zip(headers, widths, strict=True))
    print(line)
    print("  ".join("-" * width for width in widths))
    for cells in table:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True)))
