"""Programme reports in the Wagtail admin, and the refusal to delete pages with learner records.

The report data: two courses in different programmes and clusters, four learners (two in
Rosario, one in Medellín, one in a city typed by hand), enrolments and completions on known
days of 2024 (UTC):

=================  =====================  ==========================
learner            Cooling streets (A)    Circular procurement (B)
=================  =====================  ==========================
Ana (Rosario)      enrolled 01-10,        enrolled 03-01
                   completed 03-05
Ben (Rosario)      enrolled 02-01,
                   completed 04-02
Carla (Medellín)   enrolled 03-15         enrolled 03-20, completed 03-28 (through the services)
Dani (Lyon, typed)                        enrolled 05-01
=================  =====================  ==========================

A is in Cities Forward and in two clusters (nature-based solutions, water resources); B is in
IURC and the circular economy cluster.
"""

import csv
import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.users.models import UserProfile

import openpyxl
import pytest
import time_machine

from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, ModulePage
from courses.services import complete_lesson, enrol, submit_quiz
from tests.courses.conftest import lessons_of, modules_of, right_answers, wrong_answers

UTC = datetime.UTC
SUMMARY = "courses_reports:learning"
SUMMARY_RESULTS = "courses_reports:learning_results"
ENROLMENTS = "courses_reports:enrolments"
ENROLMENTS_RESULTS = "courses_reports:enrolments_results"
REPORTS = [SUMMARY, SUMMARY_RESULTS, ENROLMENTS, ENROLMENTS_RESULTS]


def at(month, day, hour=10, year=2024):
    return datetime.datetime(year, month, day, hour, tzinfo=UTC)


def enrol_at(user, course, enrolled, completed=None):
    enrolment = enrol(user=user, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=enrolled, completed_at=completed)
    return enrolment


def publish_clusters(course, clusters):
    course.clusters.set(clusters)
    course.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


@pytest.fixture
def data(make_course, make_city, make_learner, programme, cluster):
    rosario = make_city("Rosario", country="AR")
    medellin = make_city("Medellín", country="CO", lat="6.2442", lon="-75.5812")
    cooling = make_course(
        "Cooling streets", modules=1, lessons=2, programme=programme("cities-forward")
    )
    cooling = publish_clusters(
        cooling, [cluster("nature-based-solutions"), cluster("water-resources")]
    )
    circular = make_course(
        "Circular procurement", modules=1, lessons=2, programme=programme("iurc")
    )
    circular = publish_clusters(circular, [cluster("circular-economy")])

    ana = make_learner("ana@example.org", city=rosario, name="Ana Díaz")
    ben = make_learner("ben@example.org", city=rosario, name="Ben Okafor")
    carla = make_learner("carla@example.org", city=medellin, name="Carla Ruiz")
    dani = make_learner("dani@example.org", other_city="Lyon", name="Dani Martin")

    enrol_at(ana, cooling, at(1, 10), at(3, 5, hour=9))
    enrol_at(ben, cooling, at(2, 1), at(4, 2))
    enrol_at(carla, cooling, at(3, 15))
    enrol_at(ana, circular, at(3, 1))
    enrol_at(dani, circular, at(5, 1))
    # Carla completes B the way a learner does: lessons, then the quiz.
    with time_machine.travel(at(3, 20), tick=False):
        enrol(user=carla, course=circular)
    with time_machine.travel(at(3, 28, hour=18), tick=False):
        first, last = lessons_of(circular)
        complete_lesson(user=carla, lesson=first)
        complete_lesson(user=carla, lesson=last)
        submit_quiz(
            user=carla, lesson=last, quiz_id="m1", answers=right_answers("m1"), attempt_number=1
        )
    assert Enrolment.objects.get(user=carla, course=circular).completed_at == at(3, 28, hour=18)
    return {
        "cooling": cooling,
        "circular": circular,
        "rosario": rosario,
        "medellin": medellin,
        "learners": [ana, ben, carla, dani],
    }


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user(
        username="manager", email="manager@example.org", password="manager-pass-1234"
    )
    user.groups.add(Group.objects.get(name="Programme managers"))
    return user


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def get(client, name, **params):
    return client.get(reverse(name), params)


def summary(client, **params) -> dict:
    """``{label: (enrolments, learners, completions, completion rate)}`` of the summary."""
    response = get(client, SUMMARY, **params)
    assert response.status_code == 200
    return {
        row.label: (row.enrolments, row.learners, row.completions, row.completion_rate)
        for row in response.context["object_list"]
    }


def download(client, name, export, **params):
    response = get(client, name, export=export, **params)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def read_csv(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8"))))


def read_xlsx(content: bytes) -> list[tuple]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return list(sheet.iter_rows(values_only=True))


# Numbers ----------------------------------------------------------------------------------


def test_summary_by_course(manager_client, data):
    assert summary(manager_client) == {
        "Cooling streets": (3, 3, 2, 66.7),
        "Circular procurement": (3, 3, 1, 33.3),
    }
    response = get(manager_client, SUMMARY)
    content = response.content.decode()
    assert "Each language version of a course is a separate row." in content
    assert "English" in content


def test_summary_by_city(manager_client, data):
    assert summary(manager_client, group="city") == {
        "Medellín": (2, 1, 1, 50.0),
        "Rosario": (3, 2, 2, 66.7),
        "Lyon (not an Academy city)": (1, 1, 0, 0.0),
    }
    response = get(manager_client, SUMMARY, group="city")
    assert [row.country for row in response.context["object_list"]] == [
        "Colombia",
        "Argentina",
        "",
    ]
    assert "3 cities" in response.content.decode()


def test_learners_without_a_city_count_as_unknown(manager_client, data, django_user_model):
    nobody = django_user_model.objects.create_user(username="nobody", email="n@example.org")
    enrol_at(nobody, data["cooling"], at(6, 1))
    assert summary(manager_client, group="city")["Unknown"] == (1, 1, 0, 0.0)


def test_summary_by_cluster_counts_an_enrolment_once_per_cluster(manager_client, data, cluster):
    nature = cluster("nature-based-solutions").display_name
    water = cluster("water-resources").display_name
    circular = cluster("circular-economy").display_name
    assert summary(manager_client, group="cluster") == {
        nature: (3, 3, 2, 66.7),
        circular: (3, 3, 1, 33.3),
        water: (3, 3, 2, 66.7),
    }
    response = get(manager_client, SUMMARY, group="cluster")
    assert "counts once in each of them" in response.content.decode()
    # Filtering by a cluster keeps that cluster's row only, not its courses' other clusters.
    only_water = summary(manager_client, group="cluster", cluster=cluster("water-resources").pk)
    assert only_water == {water: (3, 3, 2, 66.7)}


def test_summary_by_programme(manager_client, data, programme, make_course, make_learner):
    loose = make_course("Unfiled course", modules=1, lessons=1)
    enrol_at(make_learner("eva@example.org"), loose, at(6, 2))
    assert summary(manager_client, group="programme") == {
        programme("cities-forward").display_name: (3, 3, 2, 66.7),
        programme("iurc").display_name: (3, 3, 1, 33.3),
        "No programme": (1, 1, 0, 0.0),
    }


def test_labels_follow_the_admin_language(client, data, cluster, manager):
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(manager)
    rows = summary(client, group="cluster")
    assert "Economía circular" in rows
    assert rows["Recursos hídricos"] == (3, 3, 2, 66.7)


def test_period_counts_enrolments_and_completions_by_their_own_dates(manager_client, data):
    # March: A has Carla's enrolment and Ana's completion (Ana enrolled in January); Ben's
    # completion on 2 April is outside. B has Ana's and Carla's enrolments, Carla's completion.
    assert summary(manager_client, **{"from": "2024-03-01", "to": "2024-03-31"}) == {
        "Cooling streets": (1, 1, 1, 0.0),
        "Circular procurement": (2, 2, 1, 50.0),
    }
    assert summary(manager_client, **{"from": "2024-04-01"}) == {
        "Cooling streets": (0, 0, 1, None),
        "Circular procurement": (1, 1, 0, 0.0),
    }
    assert summary(manager_client, to="2024-01-31") == {"Cooling streets": (1, 1, 0, 0.0)}
    assert summary(manager_client, **{"from": "2025-01-01"}) == {}


def test_period_days_are_whole_and_included(manager_client, data):
    # Ana completed A on 5 March at 09:00, Carla completed B on 28 March at 18:00.
    both_ends = summary(manager_client, **{"from": "2024-03-05", "to": "2024-03-28"})
    assert both_ends["Cooling streets"][2] == 1
    assert both_ends["Circular procurement"][2] == 1
    after = summary(manager_client, **{"from": "2024-03-06", "to": "2024-03-27"})
    assert after["Cooling streets"][2] == 0
    assert after["Circular procurement"][2] == 0


def test_period_days_are_those_of_the_admin_user(client, data, manager, make_learner):
    # 1 March 01:00 UTC is still 29 February in Buenos Aires (UTC-3).
    enrol_at(make_learner("late@example.org"), data["cooling"], at(3, 1, hour=1))
    client.force_login(manager)
    march = {"from": "2024-03-01", "to": "2024-03-31"}
    assert summary(client, **march)["Cooling streets"][0] == 2
    profile = UserProfile.get_for_user(manager)
    profile.current_time_zone = "America/Argentina/Buenos_Aires"
    profile.save()
    assert summary(client, **march)["Cooling streets"][0] == 1
    assert summary(client, to="2024-02-29")["Cooling streets"][0] == 3


def test_completion_rate_counts_completions_by_the_end_of_the_period(manager_client, data):
    # Carla enrolled in B on 20 March and completed on 28 March: not yet by 27 March.
    assert summary(manager_client, **{"from": "2024-03-01", "to": "2024-03-27"})[
        "Circular procurement"
    ] == (2, 2, 0, 0.0)


def test_filters_by_programme_course_and_city(manager_client, data, programme):
    assert summary(manager_client, programme=programme("iurc").pk) == {
        "Circular procurement": (3, 3, 1, 33.3)
    }
    assert summary(manager_client, programme=programme("eu-cities-gateway").pk) == {}
    assert summary(manager_client, group="city", course=data["cooling"].pk) == {
        "Rosario": (2, 2, 2, 100.0),
        "Medellín": (1, 1, 0, 0.0),
    }
    assert summary(manager_client, city=data["rosario"].pk) == {
        "Cooling streets": (2, 2, 2, 100.0),
        "Circular procurement": (1, 1, 0, 0.0),
    }


def test_each_language_version_is_a_row_and_can_be_filtered(
    manager_client, data, translate, make_learner
):
    calles = translate(data["cooling"], "es", title="Calles frescas")
    enrol_at(make_learner("eli@example.org"), calles, at(6, 3))
    rows = get(manager_client, SUMMARY).context["object_list"]
    assert [(row.label, row.language) for row in rows] == [
        ("Calles frescas", "Spanish"),
        ("Circular procurement", "English"),
        ("Cooling streets", "English"),
    ]
    assert summary(manager_client, language="es") == {"Calles frescas": (1, 1, 0, 0.0)}
    assert summary(manager_client, group="programme", language="es") == {
        "Cities Forward": (1, 1, 0, 0.0)
    }


def test_summary_can_be_sorted_by_a_count(manager_client, data):
    rows = get(manager_client, SUMMARY, group="city", ordering="-enrolments").context["object_list"]
    assert [row.label for row in rows] == ["Rosario", "Medellín", "Lyon (not an Academy city)"]
    rows = get(manager_client, SUMMARY, group="city", ordering="rate").context["object_list"]
    assert [row.completion_rate for row in rows] == [0.0, 50.0, 66.7]


def test_group_rows_link_to_their_enrolments(manager_client, data):
    params = {"from": "2024-03-01", "to": "2024-03-31"}
    rows = get(manager_client, SUMMARY, **params).context["object_list"]
    row = next(row for row in rows if row.label == "Circular procurement")
    assert row.url.startswith(reverse(ENROLMENTS) + "?")
    listed = manager_client.get(row.url).context["object_list"]
    assert sorted(r.learner for r in listed) == ["Ana Díaz", "Carla Ruiz"]
    assert f"course={data['circular'].pk}" in row.url and "from=2024-03-01" in row.url


def test_summary_page_offers_every_grouping_and_the_downloads(manager_client, data):
    content = get(manager_client, SUMMARY, group="city").content.decode()
    for label in ("By course", "By city", "By thematic cluster", "By programme"):
        assert label in content
    assert "export=xlsx" in content and "export=csv" in content
    assert 'aria-current="page"' in content


# Enrolments report ------------------------------------------------------------------------


def enrolment_rows(client, **params) -> list[tuple]:
    response = get(client, ENROLMENTS, **params)
    assert response.status_code == 200
    return sorted(
        (row.learner, row.city, row.course, row.completed_at is not None)
        for row in response.context["object_list"]
    )


def test_enrolments_lists_one_row_per_enrolment(manager_client, data):
    rows = enrolment_rows(manager_client)
    assert len(rows) == 6
    assert ("Dani Martin", "Lyon (not an Academy city)", "Circular procurement", False) in rows
    response = get(manager_client, ENROLMENTS, course=data["circular"].pk)
    carla = next(r for r in response.context["object_list"] if r.learner == "Carla Ruiz")
    assert (carla.email, carla.language, carla.lessons_done, carla.lessons_total) == (
        "carla@example.org",
        "English",
        2,
        2,
    )
    assert carla.enrolled_at == at(3, 20) and carla.completed_at == at(3, 28, hour=18)
    content = response.content.decode()
    assert "carla@example.org" in content and "2 / 2" in content


def test_enrolments_in_a_period_and_by_activity(manager_client, data):
    march = {"from": "2024-03-01", "to": "2024-03-31"}
    assert enrolment_rows(manager_client, **march) == [
        ("Ana Díaz", "Rosario", "Circular procurement", False),
        ("Ana Díaz", "Rosario", "Cooling streets", True),
        ("Carla Ruiz", "Medellín", "Circular procurement", True),
        ("Carla Ruiz", "Medellín", "Cooling streets", False),
    ]
    assert enrolment_rows(manager_client, activity="completed", **march) == [
        ("Ana Díaz", "Rosario", "Cooling streets", True),
        ("Carla Ruiz", "Medellín", "Circular procurement", True),
    ]
    assert len(enrolment_rows(manager_client, activity="enrolled", **march)) == 3


def test_enrolments_can_be_sorted(manager_client, data):
    def learners(ordering):
        response = get(manager_client, ENROLMENTS, ordering=ordering)
        return [(row.learner, row.course) for row in response.context["object_list"]]

    assert learners("learner")[:2] == [
        ("Ana Díaz", "Circular procurement"),
        ("Ana Díaz", "Cooling streets"),
    ]
    assert learners("-learner")[0] == ("Dani Martin", "Circular procurement")
    assert learners("enrolled_at")[0] == ("Ana Díaz", "Cooling streets")
    assert learners("-enrolled_at")[0] == ("Dani Martin", "Circular procurement")
    assert learners("completed_at")[:3] == [
        ("Ana Díaz", "Cooling streets"),
        ("Carla Ruiz", "Circular procurement"),
        ("Ben Okafor", "Cooling streets"),
    ]
    assert learners("-completed_at")[0] == ("Ben Okafor", "Cooling streets")
    assert learners("course")[:4] == [
        ("Ana Díaz", "Circular procurement"),
        ("Carla Ruiz", "Circular procurement"),
        ("Dani Martin", "Circular procurement"),
        ("Ana Díaz", "Cooling streets"),
    ]


def test_enrolments_search_and_cluster_filter(manager_client, data, cluster):
    assert [r[0] for r in enrolment_rows(manager_client, q="okafor")] == ["Ben Okafor"]
    circular = cluster("circular-economy").pk
    assert {r[2] for r in enrolment_rows(manager_client, cluster=circular)} == {
        "Circular procurement"
    }


def test_enrolments_export(manager_client, data):
    rows = read_csv(download(manager_client, ENROLMENTS, "csv", ordering="enrolled_at"))
    assert rows[0] == [
        "Learner",
        "Email",
        "City",
        "Course",
        "Language",
        "Enrolled",
        "Completed",
        "Lessons done",
        "Lessons",
    ]
    assert len(rows) == 7
    assert rows[1][:4] == ["Ana Díaz", "ana@example.org", "Rosario", "Cooling streets"]
    assert rows[1][5].startswith("2024-01-10 10:00:00")

    sheet = read_xlsx(download(manager_client, ENROLMENTS, "xlsx", activity="completed"))
    assert sheet[0][0] == "Learner"
    completed = {row[0]: row for row in sheet[1:]}
    assert set(completed) == {"Ana Díaz", "Ben Okafor", "Carla Ruiz"}
    assert completed["Carla Ruiz"][6] == datetime.datetime(2024, 3, 28, 18, 0)
    assert completed["Carla Ruiz"][7:] == (2, 2)


def test_exports_neutralise_formulas_typed_by_learners(manager_client, data, make_learner):
    mallory = make_learner(
        "mallory@example.org", name='=HYPERLINK("http://evil")', other_city="+cmd"
    )
    enrol_at(mallory, data["cooling"], at(6, 4))
    rows = read_csv(download(manager_client, ENROLMENTS, "csv", q="mallory"))
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][2] == "'+cmd (not an Academy city)"
    sheet = read_xlsx(download(manager_client, ENROLMENTS, "xlsx", q="mallory"))
    assert sheet[1][0] == '=HYPERLINK("http://evil")'  # a text cell, not a formula


# Summary exports --------------------------------------------------------------------------


def test_summary_csv_has_the_report_numbers(manager_client, data):
    rows = read_csv(download(manager_client, SUMMARY, "csv", group="city"))
    assert rows == [
        ["City", "Country", "Enrolments", "Learners", "Completions", "Completion rate (%)"],
        ["Medellín", "Colombia", "2", "1", "1", "50.0"],
        ["Rosario", "Argentina", "3", "2", "2", "66.7"],
        ["Lyon (not an Academy city)", "", "1", "1", "0", "0.0"],
    ]


def test_summary_xlsx_has_the_report_numbers(manager_client, data):
    content = download(
        manager_client, SUMMARY, "xlsx", **{"from": "2024-03-01", "to": "2024-03-31"}
    )
    assert read_xlsx(content) == [
        ("Course", "Language", "Enrolments", "Learners", "Completions", "Completion rate (%)"),
        ("Circular procurement", "English", 2, 2, 1, 50),
        ("Cooling streets", "English", 1, 1, 1, 0),
    ]


def test_export_filename_names_the_grouping(manager_client, data):
    response = get(manager_client, SUMMARY, group="programme", export="csv")
    assert 'filename="learning-by-programme-' in response["Content-Disposition"]
    response = get(manager_client, ENROLMENTS, export="xlsx")
    assert "enrolments-" in response["Content-Disposition"]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


# Permissions ------------------------------------------------------------------------------

EXPORTS = [(SUMMARY, {}), (SUMMARY, {"export": "csv"}), (ENROLMENTS, {"export": "xlsx"})]


@pytest.fixture
def an_enrolment(course, learner):
    return enrol(user=learner, course=course)


@pytest.mark.parametrize("group_name", ["Programme managers", "Moderators"])
def test_report_groups_open_the_reports(client, an_enrolment, django_user_model, group_name):
    user = django_user_model.objects.create_user(username="reader", email="r@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    for name, params in [*((name, {}) for name in REPORTS), *EXPORTS]:
        response = get(client, name, **params)
        assert response.status_code == 200, name
    assert "learner@example.org" in get(client, ENROLMENTS).content.decode()


def test_superusers_open_the_reports(admin_client, an_enrolment):
    for name, params in EXPORTS:
        assert get(admin_client, name, **params).status_code == 200


@pytest.mark.parametrize("name, params", [*EXPORTS, (ENROLMENTS_RESULTS, {})])
def test_editors_are_refused(editor_client, an_enrolment, name, params):
    response = get(editor_client, name, **params)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert [str(m).strip() for m in get_messages(response.wsgi_request)] == [
        "Sorry, you do not have permission to access this area."
    ]


def test_editors_get_403_from_the_results_fetched_by_the_listing(editor_client, db):
    response = editor_client.get(
        reverse(SUMMARY_RESULTS), headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("name, params", EXPORTS)
def test_anonymous_visitors_are_sent_to_the_admin_login(client, db, name, params):
    response = get(client, name, **params)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login") + "?next=")


def test_learners_see_no_other_learner(client, an_enrolment, make_learner):
    client.force_login(make_learner("other@example.org"))
    for name, params in [*EXPORTS, (ENROLMENTS_RESULTS, {})]:
        response = get(client, name, **params)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
        assert b"learner@example.org" not in response.content


def test_only_report_readers_see_the_menu_items(manager, editor, admin_user):
    home = reverse("wagtailadmin_home")
    for user, shown in ((manager, True), (admin_user, True), (editor, False)):
        client = Client()
        client.force_login(user)
        content = client.get(home).content.decode()
        assert (reverse(SUMMARY) in content) is shown
        assert (reverse(ENROLMENTS) in content) is shown


def test_the_permission_can_be_granted_in_the_group_editor(admin_client):
    permission = Permission.objects.get(codename="view_learning_reports")
    group = Group.objects.get(name="Programme managers")
    response = admin_client.get(reverse("wagtailusers_groups:edit", args=(group.pk,)))
    assert response.status_code == 200
    assert f'value="{permission.pk}"' in response.content.decode()


# Query budget -----------------------------------------------------------------------------

# 15-16 today: session and user, permissions, the count and the rows, the filter choices and
# the admin menu. Exports need 6-7.
QUERY_BUDGET = 18


def add_enrolments(count, course, city, make_learner, start=0):
    for n in range(start, start + count):
        learner = make_learner(f"learner{n}@example.org", city=city if n % 2 else None)
        enrolment = enrol_at(learner, course, at(2, 1 + n % 28))
        LessonProgress.objects.create(enrolment=enrolment, lesson=lessons_of(course)[0])


@pytest.mark.parametrize(
    "name, params",
    [
        (SUMMARY, {}),
        (SUMMARY, {"group": "city"}),
        (SUMMARY, {"group": "cluster", "from": "2024-01-01"}),
        (SUMMARY, {"group": "programme", "export": "xlsx"}),
        (ENROLMENTS, {}),
        (ENROLMENTS, {"from": "2024-01-01", "activity": "enrolled"}),
        (ENROLMENTS, {"export": "csv"}),
        (ENROLMENTS_RESULTS, {}),
    ],
)
def test_query_count_does_not_grow_with_rows(
    manager_client,
    make_course,
    make_city,
    make_learner,
    cluster,
    programme,
    name,
    params,
    django_assert_max_num_queries,
):
    city = make_city("Rosario")
    courses = [
        publish_clusters(
            make_course(f"Course {n}", modules=1, lessons=2, programme=programme("iurc")),
            [cluster("circular-economy"), cluster("water-resources")],
        )
        for n in range(2)
    ]

    def measure():
        with CaptureQueriesContext(connection) as queries:
            response = get(manager_client, name, **params)
            assert response.status_code == 200
            if response.streaming:
                b"".join(response.streaming_content)
            elif not params.get("export"):
                assert len(response.context["object_list"]) > 0
        return len(queries)

    add_enrolments(3, courses[0], city, make_learner)
    with django_assert_max_num_queries(QUERY_BUDGET):
        few = measure()
    for n, course in enumerate(courses):
        add_enrolments(15, course, city, make_learner, start=100 + 100 * n)
    assert Enrolment.objects.count() == 33
    with django_assert_max_num_queries(QUERY_BUDGET):
        many = measure()
    assert many == few


# Hostile input ----------------------------------------------------------------------------

HOSTILE = [
    "from=2024-13-45",
    "to=yesterday",
    "from=2024-03-31&to=2024-03-01",
    "from=0001-01-01&to=9999-12-31",
    "from=1969-12-31",
    "programme=999999",
    "programme=abc",
    "cluster=-1",
    "course=99999999999999999999999999",
    "programme=9223372036854775808",
    "cluster=%EF%BC%91",
    "city=1e3",
    "city=1%27%20OR%201=1",
    "language=xx",
    "group=%3Cscript%3Ealert(1)%3C/script%3E",
    "activity=%3Cscript%3Ealert(1)%3C/script%3E",
    "q=%3Cscript%3Ealert(1)%3C/script%3E",
    "ordering=-;DROP%20TABLE%20courses_enrolment",
    "ordering=rate",
    "ordering=-completed_at",
    "p=999",
    "p=abc",
    "export=pdf",
    "export=csv&from=2024-13-45",
    "from=2024-03-01&from=bad&to[]=1",
]


@pytest.mark.parametrize("name", REPORTS)
def test_hostile_filters_never_break_the_reports(manager_client, data, name):
    # One data set per report, every query against it (building the data is the slow part).
    for query in HOSTILE:
        response = manager_client.get(reverse(name) + "?" + query)
        assert response.status_code == 200, query
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"<script>alert(1)</script>" not in content, query


@pytest.mark.parametrize(
    "query, message",
    [
        ("from=2024-13-45", "Enter a valid date."),
        ("from=2024-03-31&to=2024-03-01", "The “to” date is before the “from” date."),
        ("programme=999999", "Select a valid choice."),
        ("group=%3Cscript%3E", "Select a valid choice."),
        ("from=1969-12-31", "Ensure this value is greater than or equal to 1970-01-01"),
    ],
)
def test_invalid_filters_are_reported_and_ignored(manager_client, data, query, message):
    response = manager_client.get(reverse(SUMMARY) + "?" + query)
    content = response.content.decode()
    assert "These filters are not valid, so none of the filters were applied" in content
    assert message in content
    # Nothing was filtered: both courses, all enrolments.
    assert len(response.context["object_list"]) == 2


def test_a_valid_grouping_is_kept_when_another_filter_is_invalid(manager_client, data):
    rows = summary(manager_client, group="city", **{"from": "2024-13-45"})
    assert rows["Rosario"] == (3, 2, 2, 66.7)


# Deleting pages with learner records ------------------------------------------------------


def delete(client, page, **params):
    return client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)), params)


def assert_refused(response, page):
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    message = str(list(get_messages(response.wsgi_request))[-1])
    assert f"“{page.title}” cannot be deleted" in message
    assert "Unpublish it instead" in message
    assert reverse("wagtailadmin_pages:unpublish", args=(page.pk,)) in message


@pytest.fixture
def enrolled(course, learner):
    enrolment = enrol(user=learner, course=course)
    return enrolment


def test_a_course_with_enrolments_is_not_deleted(admin_client, course, enrolled):
    count = CoursePage.objects.count(), ModulePage.objects.count(), LessonPage.objects.count()
    assert_refused(delete(admin_client, course), course)
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert Enrolment.objects.filter(pk=enrolled.pk).exists()
    after = CoursePage.objects.count(), ModulePage.objects.count(), LessonPage.objects.count()
    assert after == count


def test_the_delete_confirmation_is_not_even_offered(admin_client, course, enrolled):
    response = admin_client.get(reverse("wagtailadmin_pages:delete", args=(course.pk,)))
    assert response.status_code == 302
    response = admin_client.get(
        reverse("wagtailadmin_pages:delete", args=(course.pk,)),
        {"next": reverse("wagtailadmin_explore", args=(course.get_parent().pk,))},
    )
    assert response.url == reverse("wagtailadmin_explore", args=(course.get_parent().pk,))


def test_a_lesson_with_progress_and_its_module_are_not_deleted(
    admin_client, course, learner, enrolled
):
    lesson = lessons_of(course)[0]
    complete_lesson(user=learner, lesson=lesson)
    assert_refused(delete(admin_client, lesson), lesson)
    module = modules_of(course)[0]
    assert_refused(delete(admin_client, module), module)
    assert LessonPage.objects.filter(pk=lesson.pk).exists()
    assert ModulePage.objects.filter(pk=module.pk).exists()
    assert LessonProgress.objects.filter(lesson=lesson).count() == 1


def test_a_lesson_with_a_quiz_attempt_only_is_not_deleted(admin_client, course, learner, enrolled):
    lesson = lessons_of(course)[1]  # the quiz of module 1
    submit_quiz(
        user=learner, lesson=lesson, quiz_id="m1", answers=wrong_answers("m1"), attempt_number=1
    )
    assert_refused(delete(admin_client, lesson), lesson)
    assert LessonPage.objects.filter(pk=lesson.pk).exists()


def test_the_course_catalogue_above_enrolments_is_not_deleted(
    admin_client, course, course_index, enrolled
):
    assert_refused(delete(admin_client, course_index), course_index)
    assert CoursePage.objects.filter(pk=course.pk).exists()


def test_pages_without_learner_records_are_deleted(admin_client, course, learner, enrolled):
    # The course has an enrolment, but nobody worked on this lesson.
    lesson = lessons_of(course)[-1]
    response = delete(admin_client, lesson)
    assert response.status_code == 302
    assert not LessonPage.objects.filter(pk=lesson.pk).exists()
    assert Enrolment.objects.filter(pk=enrolled.pk).exists()


def test_an_unused_course_is_deleted(admin_client, make_course):
    course = make_course("Nobody enrolled")
    delete(admin_client, course)
    assert not CoursePage.objects.filter(pk=course.pk).exists()


def test_bulk_delete_keeps_pages_with_learner_records(admin_client, course, enrolled, make_course):
    unused = make_course("Nobody enrolled")
    parent = course.get_parent()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    next_url = reverse("wagtailadmin_explore", args=(parent.pk,))
    response = admin_client.post(f"{url}?id={course.pk}&id={unused.pk}&next={next_url}")
    assert response.status_code == 302
    assert response.url == next_url
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Cooling streets" in m and "cannot be deleted" in m for m in messages)
    # Nothing was deleted: the refusal covers the whole action.
    assert CoursePage.objects.filter(pk__in=[course.pk, unused.pk]).count() == 2
    assert Enrolment.objects.filter(pk=enrolled.pk).exists()
