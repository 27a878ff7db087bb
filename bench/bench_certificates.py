"""Certificate PDFs: time per certificate, certificates per second on every core, memory.

500 learner certificates of a bench course are written in bulk. Each carries the statement a
real issue gives (``learner_statement`` for one completed enrolment of a demo city's learner)
under another holder's name: realistic names with diacritics, cities with accents, the
certificate's language rotating through the four.

Floors are measured in the same run, interleaved with our renders so that load from
elsewhere on the machine falls on all of them alike:

(a)  WeasyPrint alone on the same certificate's HTML, built beforehand with ``certificate_html``
     (its stylesheet inline; same base URL, URL fetcher and shared font configuration):
     ``render_pdf`` p50 within 1.25x;
(a') the stricter form of (a): WeasyPrint alone on exactly what ``render_pdf`` lays out (the
     HTML without its stylesheet, plus the stylesheet ``render_pdf`` parses once per process),
     so the ratio is what building the HTML costs, nothing else;
(b)  WeasyPrint alone on a one-line document: ``render_pdf`` p50 within 3x.

Throughput is the real ``render_certificates`` command over the 500 on all cores, pool start-up
included; its floor is floor (a') on every core with no start-up, and the workers' CPU time per
PDF tells our cost apart from the machine's other load. Memory: this process's RSS after 50
warm-up renders and after 1,000 more (target: grows less than 5 MiB), the growth over the
second 500 of those (caches filled by then: what a long run keeps adding), its peak, and the
peak of a pool worker. ``BENCH_CERTIFICATES_BULK=5000`` also runs the command over that
many more certificates (target: 5,000 in under 3 minutes on two cores).
"""

import gc
import os
import random
import resource
import threading
import time
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from weasyprint import HTML

from academy.models import CityPage, LearnerProfile
from bench.harness import Row, percentiles
from courses.certificates import bulk, rendering
from courses.certificates.codes import new_code
from courses.certificates.rendering import (
    LANGUAGES,
    LocalFetcher,
    _shared_font_config,
    allowed_roots,
    certificate_html,
    render_pdf,
)
from courses.certificates.services import TEMPLATE_REVISION
from courses.certificates.statements import learner_statement
from courses.models import Certificate, CourseIndexPage, CoursePage, Enrolment

CERTIFICATES = 500
WARMUP = 50
MEMORY_RENDERS = 1_000
HELLO = "<p>Hello</p>"
FIRST_NAMES = [
    "Zoë", "José", "Łukasz", "Søren", "Çağla", "François", "Mária", "Ñusta", "Jürgen", "Ingrid",
    "Dragoș", "Zdeněk", "Aurélie", "João", "Ayşe", "Björn", "Małgorzata", "Íñigo", "Renée",
    "Kristýna", "Gonçalo", "Þórunn", "Ștefan", "Ólafur", "Dóra",
]  # fmt: skip
SURNAMES = [
    "Ñúñez-Gonçalves", "Wójcik", "Sørensen", "Öztürk", "Müller", "Da Conceição", "Dvořák",
    "Brontë", "Kovačević", "Łukasiewicz", "Ibáñez", "Grünewald", "Štěpánek", "Çelik", "Peña",
    "Ó Súilleabháin", "Fernández de Córdoba", "Nørgaard", "Szőke", "Lindqvist-Åberg",
]  # fmt: skip
CITIES = [
    "São Paulo", "Medellín", "Kraków", "Malmö", "Zürich", "Łódź", "Düsseldorf", "Málaga",
    "Niterói", "Brașov", "Besançon", "Škofja Loka", "Göteborg", "Córdoba", "Ústí nad Labem",
]  # fmt: skip


def _course(title: str) -> CoursePage:
    index = CourseIndexPage.objects.get(locale__language_code="en")
    slug = title.lower().replace(" ", "-")
    course = CoursePage(title=title, slug=slug, summary=title, estimated_hours=6)
    index.add_child(instance=course)
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def _base_statement(course: CoursePage) -> tuple[dict, CityPage]:
    """The statement of a real issue: a demo city's learner who completed ``course``."""
    city = CityPage.objects.filter(locale__language_code="en").order_by("path").first()
    username = f"holder-{course.slug}"
    user = get_user_model().objects.create_user(username=username, email=f"{username}@example.org")
    LearnerProfile.objects.create(user=user, display_name="Bench Holder", city=city)
    now = timezone.now()
    enrolment = Enrolment.objects.create(
        user=user, course=course, enrolled_at=now, completed_at=now
    )
    statement, city = learner_statement(enrolment=enrolment)
    return statement, city


def _certificates(course: CoursePage, count: int, *, seed: int) -> list[Certificate]:
    """``count`` certificates of ``course``, written in bulk, one learner each."""
    statement, city = _base_statement(course) if count else ({}, None)
    rng = random.Random(seed)
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"bench-cert-{seed}-{n}", email=f"bench-cert-{seed}-{n}@example.org")
        for n in range(count)
    )
    certificates = []
    for n, user in enumerate(users):
        holder = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        certificates.append(
            Certificate(
                code=new_code(),
                kind=Certificate.Kind.LEARNER,
                user=user,
                course=course,
                city=city,
                language=LANGUAGES[n % len(LANGUAGES)],
                statement={**statement, "holder_name": holder, "city_name": rng.choice(CITIES)},
                template_revision=TEMPLATE_REVISION,
            )
        )
    return Certificate.objects.bulk_create(certificates, batch_size=500)


def _weasyprint(html: str, stylesheets=()) -> bytes:
    """WeasyPrint alone, with the base URL, fetcher and fonts ``render_pdf`` uses."""
    base_url = Path(settings.BASE_DIR).resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base_url, url_fetcher=LocalFetcher(allowed_roots()))
    return document.write_pdf(stylesheets=list(stylesheets), font_config=_shared_font_config())


def _as_render_pdf_lays_it_out(certificate, language: str) -> tuple[str, list]:
    """The HTML and stylesheets ``render_pdf`` hands WeasyPrint (it parses its stylesheet
    once per process); the self-contained ``certificate_html`` if rendering has no such
    split."""
    if hasattr(rendering, "_document_html") and hasattr(rendering, "_stylesheet"):
        html = rendering._document_html(certificate, language, inline_styles=False)
        return html, [rendering._stylesheet(certificate.template_revision)]
    return certificate_html(certificate, language), []


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


class _WorkerPeak:
    """The highest peak RSS (VmHWM, counted from exec) of this process's pool workers, polled
    while the command runs. (``RUSAGE_CHILDREN`` would count the parent's pages at fork.)"""

    def __enter__(self):
        self.peak_kib = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.done.set()
        self.thread.join()

    def _poll(self):
        while not self.done.wait(0.2):
            for pid in self._workers():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:  # ended meanwhile
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kib = max(self.peak_kib, int(line.split()[1]))

    @staticmethod
    def _workers() -> list[str]:
        pids = []
        for task in Path("/proc/self/task").iterdir():
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for pid in children:
                try:
                    if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                        pids.append(pid)
                except OSError:
                    continue
        return pids


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _command(course: CoursePage, count: int) -> tuple[float, float, float]:
    """Seconds the real command takes to render ``count`` certificates of ``course`` (en),
    its workers' CPU milliseconds per PDF (their start-up included), and their peak RSS."""
    out, err = StringIO(), StringIO()  # the progress bar, among others
    cpu = _children_cpu()
    started = time.perf_counter()
    with _WorkerPeak() as peak:
        call_command(
            "render_certificates", course=course.slug, language="en", stdout=out, stderr=err
        )
    elapsed = time.perf_counter() - started
    if f"Rendered {count}, already up to date 0, failed 0" not in out.getvalue():
        raise SystemExit(f"render_certificates did not render all {count}:\n{out.getvalue()}")
    return elapsed, (_children_cpu() - cpu) * 1000 / count, peak.peak_kib / 1024


def run() -> list[Row]:
    course = _course("Bench certificates")
    certificates = _certificates(course, CERTIFICATES, seed=11)
    cores = bulk.default_workers()

    # Memory first, in a process that has rendered nothing yet.
    for n in range(WARMUP):
        certificate = certificates[n % len(certificates)]
        render_pdf(certificate, certificate.language)
    gc.collect()
    rss_warm = _rss_mib()
    for n in range(MEMORY_RENDERS):
        certificate = certificates[n % len(certificates)]
        render_pdf(certificate, LANGUAGES[n % len(LANGUAGES)])
        if n + 1 == MEMORY_RENDERS // 2:
            gc.collect()
            rss_half = _rss_mib()
    gc.collect()
    rss_after = _rss_mib()

    # Time per certificate, interleaved with both floors (rotating which goes first).
    inline = [certificate_html(c, c.language) for c in certificates]
    prepared = [_as_render_pdf_lays_it_out(c, c.language) for c in certificates]
    ours, same_html, same_document, hello = [], [], [], []
    for n, certificate in enumerate(certificates):
        calls = [
            (ours, lambda c=certificate: render_pdf(c, c.language)),
            (same_html, lambda h=inline[n]: _weasyprint(h)),
            (same_document, lambda p=prepared[n]: _weasyprint(*p)),
            (hello, lambda: _weasyprint(HELLO)),
        ]
        for samples, call in calls[n % 4 :] + calls[: n % 4]:
            samples.append(_timed(call))
    ours_p50, ours_p95 = percentiles(ours)
    same_p50, same_p95 = percentiles(same_html)
    document_p50, document_p95 = percentiles(same_document)
    hello_p50, hello_p95 = percentiles(hello)

    # Every core, through the command (spawning its pool included).
    elapsed, cpu_per_pdf, worker_peak = _command(course, CERTIFICATES)
    ideal_rate = cores * 1000 / document_p50

    floor_a = "floor (a): WeasyPrint, certificate_html (CSS inline)"
    floor_a2 = "floor (a'): WeasyPrint, what render_pdf lays out"
    floor_b = "floor (b): WeasyPrint, one-line document"
    ours_name = "render_pdf (statement -> HTML -> PDF)"
    command = f"render_certificates, {CERTIFICATES} PDFs, {cores} cores"
    memory = "memory, one process rendering"
    rows = [
        Row(floor_b, "p50", hello_p50, "ms"),
        Row(floor_b, "p95", hello_p95, "ms"),
        Row(floor_a, "p50", same_p50, "ms"),
        Row(floor_a, "p95", same_p95, "ms"),
        Row(floor_a2, "p50", document_p50, "ms"),
        Row(floor_a2, "p95", document_p95, "ms"),
        Row(ours_name, "p50 vs floor (a)", ours_p50, "ms", same_p50, "<= 1.25x"),
        Row(ours_name, "p95 vs floor (a)", ours_p95, "ms", same_p95),
        Row(ours_name, "p50 vs floor (a')", ours_p50, "ms", document_p50, "<= 1.25x"),
        Row(ours_name, "p95 vs floor (a')", ours_p95, "ms", document_p95),
        Row(ours_name, "p50 vs floor (b)", ours_p50, "ms", hello_p50, "<= 3x"),
        Row(command, "certificates/s (floor: (a') on every core)", CERTIFICATES / elapsed, "/s",
            ideal_rate),
        Row(command, "wall time (floor: (a') on every core)", elapsed, "s",
            CERTIFICATES / ideal_rate),
        Row(command, "worker CPU per PDF, start-up included (floor: (a') p50)", cpu_per_pdf,
            "ms", document_p50),
        Row(memory, f"RSS after {WARMUP} warm-up renders", rss_warm, "MiB"),
        Row(memory, f"RSS growth over {MEMORY_RENDERS:,} renders", rss_after - rss_warm, "MiB",
            None, "< 5 MiB"),
        Row(memory, f"RSS growth over renders {MEMORY_RENDERS // 2 + 1:,}-{MEMORY_RENDERS:,}",
            rss_after - rss_half, "MiB"),
        Row(memory, "peak RSS, bench process", _peak_mib(), "MiB"),
        Row(command, "peak RSS of a pool worker", worker_peak, "MiB"),
    ]  # fmt: skip

    count = int(os.environ.get("BENCH_CERTIFICATES_BULK") or 0)
    if count > 0:
        big = _course("Bench certificates bulk")
        _certificates(big, count, seed=13)
        elapsed, cpu_per_pdf, worker_peak = _command(big, count)
        name = f"render_certificates, {count:,} PDFs, {cores} cores"
        target = "< 180 s" if count <= 5_000 else ""
        rows += [
            Row(name, "wall time (floor: (a') on every core)", elapsed, "s", count / ideal_rate,
                target),
            Row(name, "certificates/s (floor: (a') on every core)", count / elapsed, "/s",
                ideal_rate),
            Row(name, "worker CPU per PDF, start-up included (floor: (a') p50)", cpu_per_pdf,
                "ms", document_p50),
            Row(name, "peak RSS of a pool worker", worker_peak, "MiB"),
        ]  # fmt: skip
    return rows
