"""Let Moderators and Programme managers see and manage certificates and Academy tracks.

Editors are not given them: certificates carry learners' names and cities, which editors do
not need to write courses (the same reasoning as for the learning reports).
"""

from django.db import migrations

NAMES = {
    "view_certificate": "Can view certificate",
    "manage_certificates": "Can revoke, restore and re-issue certificates",
    "add_academytrack": "Can add Academy track",
    "change_academytrack": "Can change Academy track",
    "delete_academytrack": "Can delete Academy track",
    "view_academytrack": "Can view Academy track",
    "change_certificatesettings": "Can change certificates",
}
CERTIFICATES = [
    ("certificate", "view_certificate"),
    ("certificate", "manage_certificates"),
    ("academytrack", "add_academytrack"),
    ("academytrack", "change_academytrack"),
    ("academytrack", "delete_academytrack"),
    ("academytrack", "view_academytrack"),
]
GROUPS = {
    "Programme managers": CERTIFICATES,
    "Moderators": [*CERTIFICATES, ("certificatesettings", "change_certificatesettings")],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, grants in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, codename in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label="courses", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": NAMES[codename]}
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for grants in GROUPS.values() for _model, codename in grants}
    permissions = Permission.objects.filter(
        content_type__app_label="courses", codename__in=codenames
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_certificates"),
        ("courses", "0002_programme_managers"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
