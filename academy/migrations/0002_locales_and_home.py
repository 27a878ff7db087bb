"""Create the four content locales and the home page at the root of the default site."""

from django.db import migrations

LANGUAGES = ["en", "es", "fr", "pt"]


def create_locales_and_home(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("academy", "HomePage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")

    if HomePage.objects.exists():
        return
    # Wagtail's own migration leaves a "Welcome" page at the root; the Academy home replaces it.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="academy")
    home = HomePage.objects.create(
        title="Cities Academy",
        draft_title="Cities Academy",
        slug="home",
        content_type=home_type,
        path=f"{root.path}{Page.objects.filter(depth=2).count() + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        hero_title="Learn from cities that have done it",
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.id, is_default_site=True)


def remove_home(apps, schema_editor):
    apps.get_model("academy", "HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, remove_home)]
