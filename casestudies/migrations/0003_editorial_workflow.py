"""Editors write, Moderators approve: the groups, their page permissions and the workflow.

Wagtail's own first migrations create both groups and a "Moderators approval" workflow on the
root page. A site may have changed those since, so this makes sure, idempotently, that:

- Editors may add and edit pages, but not publish them: whatever they write, a case study, a
  best practice or a course, is submitted for moderation;
- Moderators may add, edit, publish, lock and unlock pages;
- the root page has an active workflow whose task is approval by the Moderators group, so every
  page in the tree goes through review (with comments, revisions, preview and scheduling).
"""

from django.db import migrations

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
NEVER_FOR_EDITORS = ["publish_page", "bulk_delete_page"]
TASK_NAME = "Moderators approval"


def setup(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")

    def permission(codename):
        found, _ = Permission.objects.get_or_create(
            content_type=page_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )
        return found

    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    for group, codenames in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (moderators, MODERATOR_PAGE_PERMISSIONS),
    ):
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(codename)
            )
    GroupPagePermission.objects.filter(
        group=editors, permission__content_type=page_type, permission__codename__in=NEVER_FOR_EDITORS
    ).delete()

    if WorkflowPage.objects.filter(page=root, workflow__active=True).exists():
        return
    task = GroupApprovalTask.objects.filter(active=True, groups=moderators).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=task_type, active=True
        )
        task.groups.set([moderators])
    workflow = Workflow.objects.create(name=TASK_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0002_sustainable_development_goals"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
