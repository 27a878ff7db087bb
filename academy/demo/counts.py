"""Counts of what the demo builds, for seed_demo's summary and for tests.

    from academy.demo.counts import demo_counts
    before = demo_counts()
    call_command("seed_demo")
    assert demo_counts() == before   # a re-run changes nothing

Keys are stable strings such as ``"pages.citypage.es"``, ``"pairings.iurc"`` or ``"revisions"``.
"""

from django.db.models import Count

from wagtail.models import Locale, Page, PageLogEntry, Revision

from academy.models import (
    BrandingSettings,
    LearnerProfile,
    Pairing,
    PairingMember,
    Programme,
    ThematicCluster,
)
from casestudies.models import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    BestPracticeTag,
    CaseStudyFunding,
    CaseStudyPartner,
    CaseStudySource,
    CaseStudyTag,
    OutcomeIndicator,
)
from courses.models import Enrolment, LessonProgress, QuizAttempt


def demo_counts() -> dict[str, int]:
    """Row counts by page type and locale, pairings by programme, members, revisions, logs."""
    counts: dict[str, int] = {}
    rows = (
        Page.objects.filter(depth__gt=1)
        .order_by()
        .values_list("content_type__model", "locale__language_code")
        .annotate(n=Count("pk"))
    )
    for model, language, n in rows:
        counts[f"pages.{model}.{language}"] = n
    live = (
        Page.objects.filter(depth__gt=1, live=True)
        .order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("pk"))
    )
    for language, n in live:
        counts[f"pages.live.{language}"] = n
    counts["pages.total"] = Page.objects.filter(depth__gt=1).count()
    for slug, n in (
        Pairing.objects.order_by().values_list("programme__slug").annotate(n=Count("pk"))
    ):
        counts[f"pairings.{slug}"] = n
    counts["pairings.total"] = Pairing.objects.count()
    counts["pairings.illustrative"] = Pairing.objects.filter(is_illustrative=True).count()
    counts["pairing_members"] = PairingMember.objects.count()
    counts["revisions"] = Revision.objects.count()
    counts["page_log_entries"] = PageLogEntry.objects.count()
    counts["branding_settings"] = BrandingSettings.objects.count()
    counts["locales"] = Locale.objects.count()
    counts["programmes"] = Programme.objects.count()
    counts["clusters"] = ThematicCluster.objects.count()
    # Child rows of the knowledge library (a re-run that duplicated rows would show here).
    counts["casestudies.indicators"] = OutcomeIndicator.objects.count()
    counts["casestudies.funding_sources"] = CaseStudyFunding.objects.count()
    counts["casestudies.partners"] = CaseStudyPartner.objects.count()
    counts["casestudies.sources"] = CaseStudySource.objects.count()
    counts["casestudies.tags"] = CaseStudyTag.objects.count()
    counts["bestpractices.case_study_links"] = BestPracticeCaseStudy.objects.count()
    counts["bestpractices.adoptions"] = BestPracticeAdoption.objects.count()
    counts["bestpractices.tags"] = BestPracticeTag.objects.count()
    counts["learners"] = LearnerProfile.objects.count()
    counts["enrolments"] = Enrolment.objects.count()
    counts["enrolments.completed"] = Enrolment.objects.filter(completed_at__isnull=False).count()
    counts["lesson_progress"] = LessonProgress.objects.count()
    counts["quiz_attempts"] = QuizAttempt.objects.count()
    return dict(sorted(counts.items()))


def format_counts(counts: dict[str, int]) -> str:
    return "\n".join(f"  {key:<34} {value:>6}" for key, value in counts.items())
