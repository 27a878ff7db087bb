"""/case-studies/ and /best-practices/: filters, counts, sorting, pages, languages, bad input,
escaping and the query budget."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlencode, urlsplit

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import PageViewRestriction

import pytest

from casestudies.listings import PER_PAGE, TAG_OPTIONS
from casestudies.models import CaseStudyPage, SustainableDevelopmentGoal

WATER, MOBILITY, CIRCULAR = "water-resources", "sustainable-mobility", "circular-economy"
NATURE, DIGITAL = "nature-based-solutions", "digital-innovation"
CF, EUCG = "cities-forward", "eu-cities-gateway"

CLOUDBURST, BUS, MARKETS, SENSORS = (
    "Cloudburst parks",
    "Bus rapid transit",
    "Circular markets",
    "Flood sensors",
)
ALL_CASE_STUDIES = sorted([CLOUDBURST, BUS, MARKETS, SENSORS])
RETENTION, BUS_DATA, REPAIR = "Retention parks", "Open bus data", "Repair cafés"
ALL_PRACTICES = sorted([RETENTION, BUS_DATA, REPAIR])


@pytest.fixture
def cities(make_city):
    return {
        "rosario": make_city("Rosario", country="AR", lat=-32.95, lon=-60.64),
        "lyon": make_city("Lyon", country="FR", lat=45.75, lon=4.85),
        "chattanooga": make_city("Chattanooga", country="US", lat=35.05, lon=-85.31),
        "hoboken": make_city("Hoboken", country="US", lat=40.74, lon=-74.03),
    }


def published(page, days_ago):
    """Give a page a known publication date, so "newest" has a defined order."""
    when = timezone.now() - timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(first_published_at=when)
    return page


@pytest.fixture
def library(cities, make_case_study):
    """Four case studies in four cities, published a day apart (Flood sensors newest)."""
    return {
        CLOUDBURST: published(
            make_case_study(
                CLOUDBURST,
                city=cities["rosario"],
                clusters=[WATER],
                tags=["stormwater", "parks"],
                sdgs=[6, 11],
                status="ongoing",
                start_year=2019,
                programme_slug=CF,
            ),
            days_ago=4,
        ),
        BUS: published(
            make_case_study(
                BUS,
                city=cities["chattanooga"],
                clusters=[MOBILITY],
                tags=["transit"],
                sdgs=[11],
                status="completed",
                start_year=2015,
                end_year=2018,
                programme_slug=CF,
            ),
            days_ago=3,
        ),
        MARKETS: published(
            make_case_study(
                MARKETS,
                city=cities["lyon"],
                clusters=[CIRCULAR, NATURE],
                tags=["waste", "parks"],
                sdgs=[12],
                status="planned",
                start_year=2024,
                programme_slug=EUCG,
            ),
            days_ago=2,
        ),
        SENSORS: published(
            make_case_study(
                SENSORS,
                city=cities["hoboken"],
                clusters=[WATER, DIGITAL],
                tags=["stormwater", "sensors"],
                sdgs=[6, 9],
                status="ongoing",
                start_year=2021,
            ),
            days_ago=1,
        ),
    }


@pytest.fixture
def practices(library, cities, make_best_practice):
    """Three practices: where they are adopted and which case studies show them differ."""
    return {
        RETENTION: published(
            make_best_practice(
                RETENTION,
                clusters=[WATER],
                tags=["stormwater"],
                sdgs=[6],
                case_studies=[library[CLOUDBURST]],
                adopted_by=[(cities["lyon"], 2022, "Pilot district")],
            ),
            days_ago=3,
        ),
        BUS_DATA: published(
            make_best_practice(
                BUS_DATA,
                clusters=[MOBILITY],
                tags=["transit", "open-data"],
                sdgs=[11],
                programme_slug=CF,
                case_studies=[library[BUS]],
                adopted_by=[(cities["rosario"], 2020, ""), (cities["hoboken"], 2021, "")],
            ),
            days_ago=2,
        ),
        REPAIR: published(
            make_best_practice(
                REPAIR,
                clusters=[CIRCULAR],
                tags=["waste"],
                sdgs=[12],
                case_studies=[library[MARKETS]],
            ),
            days_ago=1,
        ),
    }


def get(client, path, params=None):
    query = urlencode(params or {}, doseq=True)
    return client.get(f"{path}?{query}" if query else path)


def titles(response, key="case_studies"):
    """Titles of the cards on the page, in order; the HTML holds as many cards."""
    assert response.status_code == 200
    listed = [page.title for page in response.context[key]]
    css = "card--case-study" if key == "case_studies" else "card--best-practice"
    assert response.content.decode().count(f"card card--library {css}") == len(listed)
    return listed


def facet(response, name):
    """{value: count} of one facet's options as offered to the user."""
    (found,) = [f for f in response.context["listing"].facets if f.name == name]
    return {option.value: option.count for option in found.options}


def option_label(html, name, value):
    """The visible label of one checkbox, count included, as a user reads it."""
    match = re.search(
        rf'name="{name}" value="{re.escape(value)}"[^>]*>\s*<label[^>]*>(.*?)</label>', html, re.S
    )
    assert match, f"no option {name}={value}"
    return " ".join(unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())


# Case study filters -------------------------------------------------------------------------


def test_unfiltered_library_lists_every_live_case_study_by_title(client, library):
    response = client.get("/case-studies/")
    assert titles(response) == ALL_CASE_STUDIES
    assert response.context["total_count"] == 4
    assert "4 case studies" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"cluster": WATER}, [CLOUDBURST, SENSORS]),
        ({"cluster": [WATER, CIRCULAR]}, [MARKETS, CLOUDBURST, SENSORS]),
        ({"tag": "parks"}, [MARKETS, CLOUDBURST]),
        ({"tag": ["transit", "sensors"]}, [BUS, SENSORS]),
        ({"city": "lyon"}, [MARKETS]),
        ({"city": ["lyon", "hoboken"]}, [MARKETS, SENSORS]),
        ({"country": "US"}, [BUS, SENSORS]),
        ({"region": "europe"}, [MARKETS]),
        ({"region": ["north-america", "europe"]}, [BUS, MARKETS, SENSORS]),
        ({"programme": CF}, [BUS, CLOUDBURST]),
        ({"programme": [CF, EUCG]}, [BUS, MARKETS, CLOUDBURST]),
        ({"sdg": "6"}, [CLOUDBURST, SENSORS]),
        ({"sdg": ["6", "12"]}, [MARKETS, CLOUDBURST, SENSORS]),
        ({"status": "ongoing"}, [CLOUDBURST, SENSORS]),
        ({"status": ["planned", "completed"]}, [BUS, MARKETS]),
        # Different parameters are ANDed.
        ({"cluster": WATER, "country": "US"}, [SENSORS]),
        ({"cluster": WATER, "status": "completed"}, []),
        ({"tag": "stormwater", "region": "latin-america-caribbean"}, [CLOUDBURST]),
        ({"sdg": "11", "programme": CF, "status": "completed"}, [BUS]),
        ({"tag": "parks", "sdg": ["6", "12"], "region": ["europe", "north-america"]}, [MARKETS]),
    ],
)
def test_case_study_filters(client, library, params, expected):
    assert titles(get(client, "/case-studies/", params)) == expected


def test_a_case_study_matching_two_values_is_listed_and_counted_once(client, library):
    response = get(client, "/case-studies/", {"cluster": [WATER, DIGITAL], "sdg": ["6", "9"]})
    assert titles(response) == [CLOUDBURST, SENSORS]
    assert response.context["total_count"] == 2
    assert facet(response, "status") == {"ongoing": 2}


def test_counts_ignore_their_own_facet_and_apply_the_others(client, library):
    response = get(client, "/case-studies/", {"country": "US"})
    # The country facet still offers the other countries, so the choice can be widened...
    assert facet(response, "country") == {"AR": 1, "FR": 1, "US": 2}
    # ...while every other facet counts only what the country filter leaves.
    assert facet(response, "cluster") == {MOBILITY: 1, DIGITAL: 1, WATER: 1}
    assert facet(response, "status") == {"ongoing": 1, "completed": 1}
    assert facet(response, "city") == {"chattanooga": 1, "hoboken": 1}
    assert facet(response, "sdg") == {"6": 1, "9": 1, "11": 1}
    html = response.content.decode()
    assert option_label(html, "country", "US") == "United States of America (2)"
    assert option_label(html, "country", "FR") == "France (1)"
    assert option_label(html, "cluster", WATER).endswith("(1)")
    assert option_label(html, "sdg", "6") == "6. Clean water and sanitation (1)"


def test_only_options_with_results_or_selected_are_offered(client, library):
    response = get(client, "/case-studies/", {"cluster": "affordable-housing"})
    assert titles(response) == []
    html = response.content.decode()
    assert 'value="affordable-housing" checked' in html
    assert 'value="resilient-districts"' not in html
    assert "No case studies match these filters." in html
    response = client.get("/case-studies/")
    assert "affordable-housing" not in response.content.decode()
    assert set(facet(response, "sdg")) == {"6", "9", "11", "12"}


def test_selected_filters_show_as_removable_chips_keeping_the_others(client, library):
    response = get(client, "/case-studies/", {"cluster": WATER, "status": "ongoing"})
    chips = {chip["label"]: chip["remove_url"] for chip in response.context["listing"].chips}
    assert parse_qs(urlsplit(chips["Ongoing"]).query) == {"cluster": [WATER]}
    html = response.content.decode()
    assert 'value="ongoing" checked' in html
    assert "Remove filter: Status: Ongoing" in html
    assert titles(client.get(chips["Ongoing"].replace("?", "/case-studies/?"))) == [
        CLOUDBURST,
        SENSORS,
    ]


def test_the_filter_form_works_without_javascript(client, library):
    html = client.get("/case-studies/").content.decode()
    form = re.search(
        r'<form class="filters" method="get" action="/case-studies/".*?</form>', html, re.S
    )
    assert form, "a plain GET form"
    assert '<button class="btn btn--primary" type="submit">' in form.group(0)
    assert 'type="checkbox" id="filter-cluster-water-resources" name="cluster"' in form.group(0)
    assert '<label for="filter-sort">' in form.group(0)


def test_tag_facet_lists_the_tags_of_this_library_most_used_first(client, library, practices):
    response = client.get("/case-studies/")
    tags = facet(response, "tag")
    assert list(tags)[:2] in (["parks", "stormwater"], ["stormwater", "parks"])
    assert tags == {"parks": 2, "stormwater": 2, "sensors": 1, "transit": 1, "waste": 1}
    # "open-data" is only used by a best practice: the case study library does not offer it.
    assert "open-data" not in tags
    assert facet(client.get("/best-practices/"), "tag")["open-data"] == 1


def test_tag_facet_is_capped_but_keeps_a_selected_rare_tag(
    client, library, cities, make_case_study
):
    many = [f"tag-{n:02d}" for n in range(TAG_OPTIONS + 5)]
    make_case_study("Tag soup", city=cities["lyon"], clusters=[WATER], tags=many)
    make_case_study("Tag soup two", city=cities["lyon"], clusters=[WATER], tags=many[:-1])
    response = client.get("/case-studies/")
    offered = facet(response, "tag")
    assert len(offered) == TAG_OPTIONS
    rare = many[-1]
    assert rare not in offered  # used once, behind the cap
    response = get(client, "/case-studies/", {"tag": rare})
    assert titles(response) == ["Tag soup"]
    assert facet(response, "tag")[rare] == 1


def test_drafts_and_private_pages_are_never_listed_or_counted(
    client, library, cities, make_case_study
):
    lyon = cities["lyon"]
    make_case_study(
        "Secret draft", city=lyon, clusters=[WATER], tags=["draft-only"], sdgs=[14], live=False
    )
    private = make_case_study(
        "Members only", city=lyon, clusters=[WATER], tags=["private-only"], sdgs=[15]
    )
    PageViewRestriction.objects.create(
        page=private,
        restriction_type=PageViewRestriction.PASSWORD,
        password="x",  # noqa: S106
    )
    response = client.get("/case-studies/")
    assert titles(response) == ALL_CASE_STUDIES
    assert facet(response, "cluster")[WATER] == 2
    assert "draft-only" not in facet(response, "tag")
    assert "private-only" not in facet(response, "tag")
    assert set(facet(response, "sdg")) == {"6", "9", "11", "12"}
    html = response.content.decode()
    assert "Secret draft" not in html
    assert "Members only" not in html


# Sorting and pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (None, ALL_CASE_STUDIES),
        ("title", ALL_CASE_STUDIES),
        ("newest", [SENSORS, MARKETS, BUS, CLOUDBURST]),
        ("start-year", [MARKETS, SENSORS, CLOUDBURST, BUS]),
        ("zzz", ALL_CASE_STUDIES),
        ("", ALL_CASE_STUDIES),
    ],
)
def test_case_study_sorting(client, library, sort, expected):
    params = {"sort": sort} if sort is not None else {}
    response = get(client, "/case-studies/", params)
    assert titles(response) == expected


def test_start_year_sort_puts_case_studies_without_a_year_last(
    client, library, cities, make_case_study
):
    make_case_study("Aaa undated", city=cities["lyon"], clusters=[WATER])
    listed = titles(get(client, "/case-studies/", {"sort": "start-year"}))
    assert listed[-1] == "Aaa undated"


def test_sort_is_kept_by_chips_and_shown_selected(client, library):
    response = get(client, "/case-studies/", {"sort": "newest", "cluster": WATER})
    (chip,) = response.context["listing"].chips
    assert parse_qs(urlsplit(chip["remove_url"]).query) == {"sort": ["newest"]}
    assert '<option value="newest" selected>' in response.content.decode()


def quick_case_studies(index, city, count, *, prefix="Bulk", clusters=(), sdgs=(), tags=()):
    """Live case studies without revisions: real pages in the tree, built fast for size tests."""
    goals = list(SustainableDevelopmentGoal.objects.filter(number__in=sdgs))
    now = timezone.now()
    pages = []
    for number in range(count):
        title = f"{prefix} {number:03d}"
        page = CaseStudyPage(
            title=title,
            slug=slugify(title),
            summary=f"{title} summary.",
            solution="<p>Done.</p>",
            city=city,
            status="ongoing",
            start_year=2000 + number % 25,
            live=True,
            first_published_at=now - timedelta(minutes=number),
            last_published_at=now,
        )
        page.clusters.set(list(clusters))
        page.sdgs.set(goals)
        page.tags.set(list(tags))
        index.add_child(instance=page)
        pages.append(page)
    return pages


def test_pages_hold_twenty_cards_and_keep_filters_and_sort(
    client, case_study_index, make_city, cluster
):
    city = make_city("Rosario")
    quick_case_studies(case_study_index, city, PER_PAGE + 3, clusters=[cluster(WATER)])
    quick_case_studies(case_study_index, city, 2, prefix="Other", clusters=[cluster(MOBILITY)])
    response = get(client, "/case-studies/", {"cluster": WATER, "sort": "newest"})
    assert len(titles(response)) == PER_PAGE
    assert response.context["total_count"] == PER_PAGE + 3
    html = response.content.decode()
    next_link = unescape(re.search(r'href="([^"]+)" rel="next"', html).group(1))
    assert parse_qs(urlsplit(next_link).query) == {
        "cluster": [WATER],
        "sort": ["newest"],
        "page": ["2"],
    }
    second = client.get("/case-studies/" + next_link)
    assert titles(second) == ["Bulk 020", "Bulk 021", "Bulk 022"]
    assert "Page 2 of 2" in second.content.decode()


# Bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "cluster=nope&sdg=99&sdg=abc&status=%3Cscript%3E&page=-1&sort=zzz",
        "sdg=0&sdg=18&sdg=6.0&sdg=%206&sdg=-6",
        "city=..%2F..%2Fetc&country=XX&country=us&region=mars&programme=&tag=",
        "page=abc",
        "page=0",
        "page=99999999999999999999999",
        "page=2.5",
        "sort=title&sort=newest&sort=%3Cscript%3E",
        "tag=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "cluster=" + "x" * 5000,
        "status=ONGOING&status=Ongoing",
        "unknown=1&cluster[]=water-resources",
    ],
)
def test_unknown_and_malformed_values_are_ignored(client, library, query):
    response = client.get(f"/case-studies/?{query}")
    assert response.status_code == 200
    assert titles(response) == ALL_CASE_STUDIES
    assert not response.context["listing"].is_filtered
    assert "<script>" not in response.content.decode()


def test_valid_and_unknown_values_together_keep_the_valid_one(client, library):
    response = client.get("/case-studies/?cluster=nope&cluster=water-resources&sdg=99&sdg=9")
    assert titles(response) == [SENSORS]


def test_a_page_past_the_end_shows_the_last_page(client, library):
    response = client.get("/case-studies/?page=7")
    assert titles(response) == ALL_CASE_STUDIES


def test_thousand_repeated_values_are_not_an_error(client, library):
    response = client.get("/case-studies/?" + "&".join(["sdg=6"] * 1000 + ["tag=x"] * 1000))
    assert titles(response) == [CLOUDBURST, SENSORS]


def test_query_string_bytes_that_are_not_utf8(client, library):
    response = client.get("/case-studies/?city=%FF%FE&tag=%C3%28")
    assert titles(response) == ALL_CASE_STUDIES


def test_post_to_the_library_is_not_an_error(client, library):
    assert client.post("/case-studies/", {"cluster": WATER}).status_code in (200, 405)


# Best practices -----------------------------------------------------------------------------


def test_unfiltered_best_practices_with_their_numbers(client, practices):
    response = client.get("/best-practices/")
    assert titles(response, "best_practices") == ALL_PRACTICES
    cards = {p.title: p for p in response.context["best_practices"]}
    assert (cards[BUS_DATA].case_study_count, cards[BUS_DATA].adoption_count) == (1, 2)
    assert (cards[REPAIR].case_study_count, cards[REPAIR].adoption_count) == (1, 0)
    html = response.content.decode()
    assert "Adopted by 2 cities" in html
    assert "Adopted by 1 city" in html
    assert "3 best practices" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # A practice is in Lyon when Lyon adopted it or a case study in Lyon shows it.
        ({"city": "lyon"}, [REPAIR, RETENTION]),
        ({"city": "rosario"}, [BUS_DATA, RETENTION]),
        ({"city": "hoboken"}, [BUS_DATA]),
        ({"country": "US"}, [BUS_DATA]),
        ({"country": ["AR", "FR"]}, ALL_PRACTICES),
        ({"region": "europe"}, [REPAIR, RETENTION]),
        ({"region": "north-america"}, [BUS_DATA]),
        # Status is the status of the case studies that show the practice.
        ({"status": "ongoing"}, [RETENTION]),
        ({"status": "completed"}, [BUS_DATA]),
        ({"status": ["planned", "ongoing"]}, [REPAIR, RETENTION]),
        ({"cluster": WATER}, [RETENTION]),
        ({"tag": ["transit", "waste"]}, [BUS_DATA, REPAIR]),
        ({"programme": CF}, [BUS_DATA]),
        ({"sdg": ["6", "12"]}, [REPAIR, RETENTION]),
        ({"city": "rosario", "status": "ongoing"}, [RETENTION]),
        ({"region": "europe", "sdg": "12"}, [REPAIR]),
        ({"country": "US", "cluster": WATER}, []),
    ],
)
def test_best_practice_filters(client, practices, params, expected):
    assert titles(get(client, "/best-practices/", params), "best_practices") == expected


def test_best_practice_place_counts_count_a_practice_once_per_place(client, practices):
    response = client.get("/best-practices/")
    # Open bus data is shown in Chattanooga and adopted by Hoboken: one practice in the US.
    assert facet(response, "country") == {"AR": 2, "FR": 2, "US": 1}
    assert facet(response, "city") == {"chattanooga": 1, "hoboken": 1, "lyon": 2, "rosario": 2}
    assert facet(response, "region") == {
        "latin-america-caribbean": 2,
        "europe": 2,
        "north-america": 1,
    }
    assert facet(response, "status") == {"planned": 1, "ongoing": 1, "completed": 1}
    response = get(client, "/best-practices/", {"status": "ongoing"})
    assert facet(response, "city") == {"lyon": 1, "rosario": 1}
    assert option_label(response.content.decode(), "city", "lyon") == "Lyon (1)"


def test_best_practice_filter_help_says_what_the_place_and_status_filters_match(client, practices):
    html = " ".join(client.get("/best-practices/").content.decode().split())
    assert "the city, country and world region filters match either" in html
    assert "The status filter matches the status of those case studies." in html


def test_draft_case_studies_do_not_place_or_date_a_practice(
    client, practices, make_case_study, make_best_practice, make_city
):
    quito = make_city("Quito", country="EC", lat=-0.18, lon=-78.47)
    draft = make_case_study("Draft in Quito", city=quito, status="completed", live=False)
    make_best_practice("Green roofs", clusters=[NATURE], case_studies=[draft])
    response = client.get("/best-practices/")
    assert "Green roofs" in titles(response, "best_practices")
    assert "EC" not in facet(response, "country")
    assert "quito" not in facet(response, "city")
    assert facet(response, "status")["completed"] == 1
    cards = {p.title: p for p in response.context["best_practices"]}
    assert cards["Green roofs"].case_study_count == 0
    assert titles(get(client, "/best-practices/", {"city": "quito"}), "best_practices") == (
        sorted([*ALL_PRACTICES, "Green roofs"])
    )


def test_draft_and_private_practices_are_not_listed(client, practices, make_best_practice):
    make_best_practice("Draft practice", tags=["draft-only"], live=False)
    private = make_best_practice("Private practice")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/best-practices/")
    assert titles(response, "best_practices") == ALL_PRACTICES
    assert "draft-only" not in facet(response, "tag")


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (None, ALL_PRACTICES),
        ("most-adopted", [BUS_DATA, RETENTION, REPAIR]),
        ("newest", [REPAIR, BUS_DATA, RETENTION]),
        ("start-year", ALL_PRACTICES),  # a case study sort: unknown here
        ("%3Cscript%3E", ALL_PRACTICES),
    ],
)
def test_best_practice_sorting(client, practices, sort, expected):
    response = client.get("/best-practices/" + (f"?sort={sort}" if sort else ""))
    assert titles(response, "best_practices") == expected


def test_best_practice_bad_input_is_ignored(client, practices):
    response = client.get(
        "/best-practices/?cluster=nope&sdg=99&sdg=abc&status=%3Cscript%3E&page=-1&sort=zzz"
        "&city=%FF&country=ZZ&region=moon"
    )
    assert titles(response, "best_practices") == ALL_PRACTICES
    assert not response.context["listing"].is_filtered


# Languages ----------------------------------------------------------------------------------


@pytest.fixture
def spanish(library, practices, cities, translate):
    """The Cloudburst case study, Rosario and Retention parks in Spanish."""
    ciudad = translate(cities["rosario"], "es", title="Rosario de Santa Fe", slug="rosario-sf")
    estudio = translate(
        library[CLOUDBURST], "es", title="Parques para tormentas", summary="Resumen en español."
    )
    practica = translate(practices[RETENTION], "es", title="Parques de retención")
    return {"city": ciudad, "case_study": estudio, "practice": practica}


def test_spanish_library_lists_spanish_pages_with_spanish_city_names(client, spanish):
    # The copy still points at the English Rosario; the card names the Spanish page.
    assert spanish["case_study"].city.locale.language_code == "en"
    response = client.get("/es/case-studies/")
    assert titles(response) == ["Parques para tormentas"]
    html = response.content.decode()
    assert "Rosario de Santa Fe" in html
    assert "Resumen en español." in html
    assert CLOUDBURST not in html
    assert facet(response, "city") == {"rosario-sf": 1}
    assert titles(get(client, "/es/case-studies/", {"city": "rosario-sf"})) == [
        "Parques para tormentas"
    ]
    assert titles(get(client, "/es/case-studies/", {"city": "lyon"})) == [
        "Parques para tormentas"
    ]  # unknown in this listing: ignored


def test_english_library_is_not_mixed_with_translations(client, spanish):
    response = client.get("/case-studies/")
    assert titles(response) == ALL_CASE_STUDIES
    html = response.content.decode()
    assert "Parques para tormentas" not in html
    assert "Rosario de Santa Fe" not in html
    assert facet(response, "city")["rosario"] == 1


def test_spanish_best_practices_find_places_through_any_translation(client, spanish):
    response = client.get("/es/best-practices/")
    assert titles(response, "best_practices") == ["Parques de retención"]
    # Adopted by the English Lyon (no Spanish page: its own name), shown in Rosario.
    assert facet(response, "city") == {"lyon": 1, "rosario-sf": 1}
    assert "Rosario de Santa Fe" in response.content.decode()


# Escaping -----------------------------------------------------------------------------------

PAYLOAD = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_hostile_text_is_escaped_in_both_listings(
    client, make_city, make_case_study, make_best_practice
):
    city = make_city(f"Evil {PAYLOAD}", slug="evil-city", country="AR")
    case_study = make_case_study(
        f"Case {PAYLOAD}",
        slug="case-xss",
        city=city,
        summary=f'Summary {PAYLOAD} <img src=x onerror="alert(2)">',
        tags=[f"tag {PAYLOAD}"],
    )
    make_best_practice(
        f"Practice {PAYLOAD}",
        slug="practice-xss",
        summary=f"Practice summary {PAYLOAD}",
        tags=[f"ptag {PAYLOAD}"],
        case_studies=[case_study],
        adopted_by=[(city, 2020, f"Note {PAYLOAD}")],
    )
    for path in ("/case-studies/", "/best-practices/"):
        html = client.get(path).content.decode()
        assert "<script>alert" not in html, path
        assert "onerror=" not in html.replace("onerror=&quot;", ""), path
        assert f"Evil {ESCAPED}" in html, path  # the city facet and (case studies) the card
        assert f"tag {ESCAPED}" in html, path
    html = client.get("/case-studies/").content.decode()
    assert f"Case {ESCAPED}" in html
    assert f"Summary {ESCAPED}" in html
    html = client.get("/best-practices/").content.decode()
    assert f"Practice {ESCAPED}" in html
    assert f"Practice summary {ESCAPED}" in html


# Query budget -------------------------------------------------------------------------------

QUERY_BUDGET = 40


def count_queries(client, path):
    client.get(path)  # warm the site root paths and content types
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    assert len(captured) <= QUERY_BUDGET, f"{path}: {len(captured)} queries"
    return len(captured), response


def test_case_study_page_of_20_costs_the_same_with_20_or_200(
    client, case_study_index, make_city, cluster
):
    cities = [
        make_city("Rosario"),
        make_city("Lyon", country="FR", lat=45.75, lon=4.85),
        make_city("Dubuque", country="US", lat=42.5, lon=-90.66),
    ]
    clusters = [cluster(WATER), cluster(NATURE)]
    for city in cities:
        quick_case_studies(
            case_study_index,
            city,
            7,
            prefix=city.title,
            clusters=clusters,
            sdgs=[6, 11],
            tags=["stormwater", f"in-{city.slug}"],
        )
    paths = ["/case-studies/", f"/case-studies/?cluster={WATER}&country=FR&sort=newest&page=1"]
    small = [count_queries(client, path) for path in paths]
    assert len(small[0][1].context["case_studies"]) == PER_PAGE
    for city in cities:
        quick_case_studies(
            case_study_index,
            city,
            60,
            prefix=f"More {city.title}",
            clusters=clusters,
            sdgs=[6, 11, 13],
            tags=["stormwater", f"more-{city.slug}"],
        )
    large = [count_queries(client, path) for path in paths]
    assert large[0][1].context["total_count"] == 201
    assert len(large[0][1].context["case_studies"]) == PER_PAGE
    assert [n for n, _ in large] == [n for n, _ in small]


def test_best_practice_page_of_20_costs_the_same_with_20_or_200(
    client, case_study_index, best_practice_index, make_city, cluster
):
    from casestudies.models import BestPracticeAdoption, BestPracticeCaseStudy, BestPracticePage

    cities = [make_city("Rosario"), make_city("Lyon", country="FR", lat=45.75, lon=4.85)]
    shown = quick_case_studies(case_study_index, cities[0], 3, clusters=[cluster(WATER)])
    goals = list(SustainableDevelopmentGoal.objects.filter(number__in=[6, 11]))

    def practices(count, prefix):
        now = timezone.now()
        for number in range(count):
            title = f"{prefix} {number:03d}"
            page = BestPracticePage(
                title=title,
                slug=slugify(title),
                summary="Summary.",
                what="<p>What.</p>",
                live=True,
                first_published_at=now - timedelta(minutes=number),
                last_published_at=now,
            )
            page.clusters.set([cluster(WATER)])
            page.sdgs.set(goals)
            page.tags.set(["retention", prefix.lower()])
            page.case_study_links = [BestPracticeCaseStudy(case_study=shown[number % 3])]
            page.adoptions = [
                BestPracticeAdoption(city=city, year=2020 + number % 5) for city in cities
            ]
            best_practice_index.add_child(instance=page)

    practices(20, "First")
    paths = ["/best-practices/", "/best-practices/?city=lyon&status=ongoing&sort=most-adopted"]
    small = [count_queries(client, path) for path in paths]
    practices(180, "Second")
    large = [count_queries(client, path) for path in paths]
    assert large[0][1].context["total_count"] == 200
    assert len(large[1][1].context["best_practices"]) == PER_PAGE
    assert [n for n, _ in large] == [n for n, _ in small]
