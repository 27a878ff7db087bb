"""Create the "Programme managers" group: Wagtail admin access and the learning reports.

Moderators may read the reports too. Editors may not: reports carry learners' names and
cities, which editors do not need to write courses.
"""

from django.db import migrations

NAMES = {
    "access_admin": "Can access Wagtail admin",
    "view_learning_reports": "Can view learning reports",
}
GROUPS = {
    "Programme managers": [
        ("wagtailadmin", "admin", "access_admin"),
        ("courses", "enrolment", "view_learning_reports"),
    ],
    "Moderators": [("courses", "enrolment", "view_learning_reports")],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, grants in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, model, codename in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": NAMES[codename]},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Programme managers").delete()
    reports = Permission.objects.filter(
        content_type__app_label="courses", codename="view_learning_reports"
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*reports)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("academy", "0004_group_permissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
