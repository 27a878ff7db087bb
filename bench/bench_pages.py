"""Public pages rendered in-process against a bare view of the same base template."""

from django.test import Client

from bench.harness import Row, percentiles, time_calls

REPEAT = 200


def run() -> list[Row]:
    client = Client()
    floor_samples = time_calls(lambda: client.get("/__bench_floor__/"), repeat=REPEAT)
    floor_p50, floor_p95 = percentiles(floor_samples)
    rows = [
        Row("floor: bare view, base.html", "p50", floor_p50, "ms"),
        Row("floor: bare view, base.html", "p95", floor_p95, "ms"),
    ]
    pages = {
        "home page": "/",
        "city directory": "/cities/",
        "city directory, 2 filters": "/cities/?region=latin-america-caribbean&size=large",
        "city profile": "/cities/rosario/",
        "pairings": "/pairings/",
        "cluster hub": "/clusters/nature-based-solutions/",
    }
    for name, url in pages.items():
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        p50, p95 = percentiles(time_calls(lambda url=url: client.get(url), repeat=REPEAT))
        rows.append(Row(name, "p50", p50, "ms", floor_p50))
        rows.append(Row(name, "p95", p95, "ms", floor_p95))
    return rows
