"""Let Wagtail's Editors and Moderators groups translate pages and manage the network.

Editors may translate pages and maintain pairings; Moderators also manage programmes,
thematic clusters and branding.
"""

from django.db import migrations

EDITOR = [
    ("simple_translation", "simpletranslation", "submit_translation"),
    ("academy", "pairing", "add_pairing"),
    ("academy", "pairing", "change_pairing"),
    ("academy", "pairing", "view_pairing"),
]
MODERATOR = EDITOR + [
    ("academy", "pairing", "delete_pairing"),
    ("academy", "programme", "add_programme"),
    ("academy", "programme", "change_programme"),
    ("academy", "programme", "view_programme"),
    ("academy", "thematiccluster", "add_thematiccluster"),
    ("academy", "thematiccluster", "change_thematiccluster"),
    ("academy", "thematiccluster", "view_thematiccluster"),
    ("academy", "brandingsettings", "change_brandingsettings"),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, grants in (("Editors", EDITOR), ("Moderators", MODERATOR)):
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, model, codename in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0003_vocabularies"),
        ("simple_translation", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
