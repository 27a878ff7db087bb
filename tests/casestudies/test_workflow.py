"""The editorial workflow: Editors write and submit, Moderators review, approve and schedule.

Everything goes through the Wagtail admin as the two kinds of user would use it.
"""

import json
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission, Page, WorkflowState

import pytest
import time_machine

from casestudies.models import CaseStudyPage
from tests.admin_forms import admin_form_data


def draftail(text: str) -> str:
    """What the rich text editor posts for one paragraph of ``text``."""
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def member_of(django_user_model):
    """``member_of("Editors")``: a user in that group (created by the migrations)."""

    def make(group_name):
        slug = group_name.lower()
        user = django_user_model.objects.create_user(
            username=slug, email=f"{slug}@example.org", password="a-long-pass-1234"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def editor_client(client, member_of):
    client.force_login(member_of("Editors"))
    return client


@pytest.fixture
def moderator(member_of):
    return member_of("Moderators")


@pytest.fixture
def moderator_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client


def with_empty_streams(data: dict) -> dict:
    """The admin's StreamField widgets are built by JavaScript; post them empty, as it would."""
    for name in ("gallery", "documents"):
        data.setdefault(f"{name}-count", "0")
    return data


def add_form(client, index, city, cluster):
    url = reverse("wagtailadmin_pages:add", args=("casestudies", "casestudypage", index.pk))
    response = client.get(url)
    assert response.status_code == 200
    data = with_empty_streams(admin_form_data(response))
    data.update(
        title="Retention parks in Rosario",
        slug="retention-parks",
        summary="Parks that hold storm water.",
        city=str(city.pk),
        clusters=[str(cluster("water-resources").pk)],
        tags="stormwater, parks",
        solution=draftail("Three parks were lowered to store rain."),
    )
    return url, data


def submit_edit(client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = with_empty_streams(admin_form_data(client.get(url)))
    data.update(changes)
    return client.post(url, data)


# Permissions set by the migration ------------------------------------------------------------


def test_the_migration_lets_editors_write_but_not_publish(db):
    root = Page.get_first_root_node()
    granted = {
        (p.group.name, p.permission.codename)
        for p in GroupPagePermission.objects.filter(page=root).select_related("group", "permission")
    }
    assert {("Editors", "add_page"), ("Editors", "change_page")} <= granted
    assert ("Editors", "publish_page") not in granted
    assert {("Moderators", "publish_page"), ("Moderators", "change_page")} <= granted


def test_the_library_is_under_a_moderators_approval_workflow(case_study_index, moderator):
    workflow = case_study_index.get_workflow()
    assert workflow is not None and workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert any(moderator.groups.first() in task.groups.all() for task in tasks)


def test_permissions_from_the_outside(make_case_study, member_of, django_user_model):
    case_study = make_case_study()
    editor, moderator = member_of("Editors"), member_of("Moderators")
    outsider = django_user_model.objects.create_user(username="x", password="a-long-pass-1234")
    assert case_study.permissions_for_user(editor).can_edit()
    assert not case_study.permissions_for_user(editor).can_publish()
    assert case_study.permissions_for_user(moderator).can_publish()
    assert not case_study.permissions_for_user(outsider).can_edit()


# Editors ------------------------------------------------------------------------------------


def test_an_editor_cannot_publish_a_new_case_study(
    editor_client, case_study_index, make_city, cluster
):
    url, data = add_form(editor_client, case_study_index, make_city("Rosario"), cluster)
    response = editor_client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CaseStudyPage.objects.get(slug="retention-parks")
    assert not page.live
    assert editor_client.get(page.url or "/case-studies/retention-parks/").status_code == 404


def test_an_editor_submits_a_new_case_study_for_moderation(
    editor_client, case_study_index, make_city, cluster
):
    url, data = add_form(editor_client, case_study_index, make_city("Rosario"), cluster)
    response = editor_client.post(url, {**data, "action-submit": "action-submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CaseStudyPage.objects.get(slug="retention-parks")
    assert not page.live
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert set(page.tags.names()) == {"stormwater", "parks"}


def test_an_editor_cannot_publish_changes_to_a_live_case_study(editor_client, make_case_study):
    page = make_case_study("Green corridors")
    response = submit_edit(
        editor_client, page, title="Changed by an editor", **{"action-publish": "1"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Green corridors"
    assert page.get_latest_revision_as_object().title == "Changed by an editor"
    visitor = Client()
    assert "Changed by an editor" not in visitor.get(page.url).content.decode()


def test_an_editor_cannot_approve_their_own_submission(editor_client, make_case_study):
    page = make_case_study("Green corridors")
    submit_edit(editor_client, page, title="Wider corridors", **{"action-submit": "1"})
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = editor_client.post(url, {"comment": "self-approved"})
    # Wagtail's admin answers a refused action by sending the user back to the dashboard.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    page.refresh_from_db()
    assert page.title == "Green corridors"
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS


# Moderators ---------------------------------------------------------------------------------


def test_a_moderator_approves_with_a_comment_and_the_change_goes_live(
    editor_client, moderator_client, make_case_study
):
    page = make_case_study("Green corridors")
    submit_edit(editor_client, page, title="Wider corridors", **{"action-submit": "1"})

    dashboard = moderator_client.get(reverse("wagtailadmin_home"))
    assert "Wider corridors" in dashboard.content.decode()

    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = moderator_client.post(url, {"comment": "Checked against the sources."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Wider corridors"
    task_state.refresh_from_db()
    assert task_state.comment == "Checked against the sources."
    history = moderator_client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200


def test_a_moderator_requests_changes_and_nothing_is_published(
    editor_client, moderator_client, make_case_study
):
    page = make_case_study("Green corridors")
    submit_edit(editor_client, page, title="Unsourced claims", **{"action-submit": "1"})
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", task_state.pk))
    moderator_client.post(url, {"comment": "Add the sources, please."})
    page.refresh_from_db()
    assert page.title == "Green corridors"
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_moderator_can_preview_a_submitted_draft(
    editor_client, moderator_client, make_case_study
):
    page = make_case_study("Green corridors")
    submit_edit(editor_client, page, title="Wider corridors", **{"action-submit": "1"})
    page.refresh_from_db()
    revision = page.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=(page.pk, revision.pk))
    response = moderator_client.get(url)
    assert response.status_code == 200
    assert "Wider corridors" in response.content.decode()


def test_each_save_keeps_a_revision_to_compare(editor_client, moderator_client, make_case_study):
    page = make_case_study("Green corridors")
    before = page.revisions.count()
    submit_edit(editor_client, page, title="Wider corridors")
    submit_edit(editor_client, page, title="Wider, shadier corridors")
    assert page.revisions.count() == before + 2
    page.refresh_from_db()
    first, last = page.revisions.order_by("created_at")[0], page.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, first.pk, last.pk))
    response = moderator_client.get(url)
    assert response.status_code == 200
    assert "Wider, shadier corridors" in response.content.decode()


def test_a_moderator_schedules_publication(moderator_client, make_case_study):
    page = make_case_study("Green corridors", live=False)
    go_live = timezone.now() + timedelta(days=3)
    response = submit_edit(
        moderator_client,
        page,
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    with time_machine.travel(go_live + timedelta(minutes=5)):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_a_moderator_comments_on_a_field_and_the_editor_sees_it(
    editor_client, moderator_client, make_case_study
):
    page = make_case_study("Green corridors")
    submit_edit(editor_client, page, summary="Shady streets.", **{"action-submit": "1"})
    comment = {
        "comments-TOTAL_FORMS": "1",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "comments-0-DELETE": "",
        "comments-0-resolved": "",
        "comments-0-id": "",
        "comments-0-contentpath": "summary",
        "comments-0-text": "Which streets? Give the kilometres.",
        "comments-0-position": "",
        "comments-0-replies-TOTAL_FORMS": "0",
        "comments-0-replies-INITIAL_FORMS": "0",
        "comments-0-replies-MIN_NUM_FORMS": "0",
        "comments-0-replies-MAX_NUM_FORMS": "1000",
    }
    response = submit_edit(moderator_client, page, **comment)
    assert response.status_code == 302
    stored = page.wagtail_admin_comments.get()
    assert stored.contentpath == "summary" and stored.text.startswith("Which streets?")
    edit_view = editor_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert "Which streets? Give the kilometres." in edit_view.content.decode()
