"""Create the 17 Sustainable Development Goals (their names are translated in code)."""

from django.db import migrations


def create_goals(apps, schema_editor):
    Goal = apps.get_model("casestudies", "SustainableDevelopmentGoal")
    for number in range(1, 18):
        Goal.objects.get_or_create(number=number)


class Migration(migrations.Migration):
    dependencies = [("casestudies", "0001_initial")]

    operations = [migrations.RunPython(create_goals, migrations.RunPython.noop)]
