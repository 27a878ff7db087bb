"""Build the Academy's demo content from code: pages, cities, pairings, Spanish, branding,
case studies and best practices, courses and demo learners.

Safe to re-run: every step looks rows up by stable keys (page slugs under their parent, a
pairing's programme and member cities, the site's branding) and writes only what differs, so
a second run creates nothing and publishes nothing. Pages it owns are brought back to the
demo text if their published text was edited.

Needs a migrated database: migrations create the locales, the English home page at the site
root, the programmes and the thematic clusters; this command does not create those again.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from academy.demo import build
from academy.demo.counts import demo_counts, format_counts
from casestudies.demo import build as library_demo
from courses.demo import build as course_demo
from courses.demo.certificates import seed_certificates


class Command(BaseCommand):
    help = (
        "Create or update the demo content (English page tree, 72 cities, pairings, Spanish "
        "translations, site branding, case studies, best practices, courses, demo learners). "
        "Idempotent: a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Run every step and report what would change, then roll everything back.",
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        self.verbosity = verbosity
        started = time.perf_counter()
        before = demo_counts()
        try:
            with transaction.atomic():
                self._run_steps()
                if dry_run:
                    transaction.set_rollback(True)
        except build.DemoSetupError as error:
            raise CommandError(str(error)) from error
        after = before if dry_run else demo_counts()
        elapsed = time.perf_counter() - started

        changed = {
            key: after.get(key, 0) - before.get(key, 0)
            for key in sorted(set(before) | set(after))
            if after.get(key, 0) != before.get(key, 0)
        }
        if verbosity < 1:
            return
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: rolled back ({elapsed:.1f} s)."))
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready in {elapsed:.1f} s: "
                f"{after.get('pages.citypage.en', 0)} cities (en), "
                f"{after.get('pages.citypage.es', 0)} (es), "
                f"{after.get('pairings.total', 0)} pairings, "
                f"{after.get('pairing_members', 0)} members, "
                f"{after.get('pages.casestudypage.en', 0)} case studies, "
                f"{after.get('pages.bestpracticepage.en', 0)} best practices, "
                f"{after.get('pages.coursepage.en', 0)} courses, "
                f"{after.get('learners', 0)} learners; "
                + (f"{len(changed)} counts changed." if changed else "no row counts changed.")
            )
        )
        if verbosity >= 2:
            self.stdout.write("Counts after the run:")
            self.stdout.write(format_counts(after))

    def _run_steps(self):
        ctx = build.DemoContext.load()
        steps = [
            (
                "English page tree (home, about, cities, clusters, pairings)",
                build.seed_english_tree,
            ),
            (f"City pages from cities.csv ({len(ctx.cities)} rows)", build.seed_cities),
            (f"Pairings ({len(build.ALL_PAIRINGS)} defined)", build.seed_pairings),
            ("Spanish translations (core pages and cities)", build.seed_translations),
            ("Site branding", build.seed_branding),
            # Before the courses: demo lessons embed case study cards.
            (
                f"Case studies ({len(library_demo.CASE_STUDIES)}, "
                f"{_translated(library_demo.CASE_STUDY_TRANSLATIONS)} translated)",
                library_demo.seed_case_studies,
            ),
            (
                f"Best practices ({len(library_demo.BEST_PRACTICES)}, "
                f"{_translated(library_demo.BEST_PRACTICE_TRANSLATIONS)} translated)",
                library_demo.seed_best_practices,
            ),
            (
                f"Courses ({len(course_demo.COURSES)}, with modules, lessons, quizzes, Spanish)",
                course_demo.seed_courses,
            ),
            (
                f"Demo learners ({len(course_demo.DEMO_LEARNERS)}, at different stages)",
                course_demo.seed_learners,
            ),
            ("Certificates (settings, a Cities Forward track, those earned)", seed_certificates),
        ]
        for number, (label, step) in enumerate(steps, start=1):
            started = time.perf_counter()
            with transaction.atomic():
                tally = step(ctx)
            elapsed = time.perf_counter() - started
            if self.verbosity >= 1:
                self.stdout.write(
                    f"[{number}/{len(steps)}] {label}: {tally.summary()} ({elapsed:.1f} s)"
                )
            for warning in tally.warnings:
                self.stderr.write(self.style.WARNING(f"  warning: {warning}"))


def _translated(translations: dict[str, dict]) -> str:
    """Per-language counts of translated pages ("5 es"), for the step labels."""
    return ", ".join(f"{len(pages)} {language}" for language, pages in translations.items())
