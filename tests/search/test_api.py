"""/api/search/ and /api/search/suggest/: exactly the JSON of shared/specs/search-api.md.

Real SQLite FTS5 engine on a file of each test's own, filled with SearchDocuments.
"""

import datetime
import json

import pytest

from search.engines.base import FACETS, SearchDocument

pytestmark = pytest.mark.django_db

RESULT_KEYS = {
    "title",
    "url",
    "type",
    "language",
    "snippet",
    "city",
    "country",
    "clusters",
    "date",
}
HOSTILE_QUERIES = [
    '"green roofs',
    '"',
    "green NEAR roofs",
    "NEAR(green roofs, 3)",
    "green*",
    "*",
    "title:green",
    "^green",
    "(green OR",
    "[roofs]",
    "green\x00roofs",
    "🌳🏙️ green",
    "مدينة خضراء",
    "\u202egreen\u202c",
    "OR",
    "AND OR NOT -",
    "'; DROP TABLE docs; --",
    "g" * 100_000,
    "gr " * 20_000,
]


def doc(number, title, *, language="en", **fields):
    fields.setdefault("type", "casestudy")
    fields.setdefault("url", f"/case-studies/{number}/")
    return SearchDocument(
        key=f"page:{number}", page_id=number, language=language, title=title, **fields
    )


def green_roofs(number=1, **fields):
    values = {
        "summary": "Sedum roofs keep rain water out of the sewers.",
        "body": "Copenhagen made green roofs compulsory on new flat roofs.",
        "city": "Copenhagen",
        "country": "DK",
        "region": "europe",
        "size": "medium",
        "clusters": ("nature-based-solutions",),
        "programmes": ("eu-cities-gateway",),
        "sdgs": (11,),
        "date": datetime.date(2024, 5, 1),
    }
    values.update(fields)
    return doc(number, "Green roofs in Copenhagen", **values)


def api(client, path="/api/search/", **params):
    response = client.get(path, params)
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content)


# -- /api/search/ ------------------------------------------------------------------------------


def test_the_answer_has_exactly_the_shape_of_the_spec(client, engine):
    engine.index([green_roofs(), doc(2, "Green streets", type="lesson", url="/l/2/")])
    response, data = api(client, q="green roofs")
    assert response.status_code == 200
    assert set(data) == {"query", "count", "page", "results", "facets"}
    assert (data["query"], data["count"], data["page"]) == ("green roofs", 1, 1)
    [result] = data["results"]
    assert set(result) == RESULT_KEYS
    assert result == {
        "title": "Green roofs in Copenhagen",
        "url": "/case-studies/1/",
        "type": "casestudy",
        "language": "en",
        "snippet": result["snippet"],
        "city": "Copenhagen",
        "country": "DK",
        "clusters": ["nature-based-solutions"],
        "date": "2024-05-01",
    }
    assert "<mark>green</mark> <mark>roofs</mark>" in result["snippet"]
    assert list(data["facets"]) == list(FACETS)
    assert data["facets"]["type"] == {"casestudy": 1}
    assert data["facets"]["sdg"] == {"11": 1}
    assert data["facets"]["programme"] == {"eu-cities-gateway": 1}
    assert data["facets"]["language"] == {"en": 1}


def test_an_undated_result_has_a_null_date(client, engine):
    engine.index([doc(1, "Undated roofs")])
    _response, data = api(client, q="roofs")
    assert data["results"][0]["date"] is None
    assert data["results"][0]["city"] == "" and data["results"][0]["clusters"] == []


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "lesson"}, {"2"}),
        ({"type": ["lesson", "city"]}, {"2", "3"}),
        ({"cluster": "water-resources"}, {"2"}),
        ({"programme": "iurc"}, {"3"}),
        ({"region": "latin-america-caribbean"}, {"3"}),
        ({"country": "ar"}, {"3"}),
        ({"size": "large"}, {"3"}),
        ({"sdg": "6"}, {"2"}),
        ({"sdg": ["6", "11"]}, {"1", "2"}),
        ({"type": "casestudy", "country": "AR"}, set()),
        ({"type": "nonsense", "cluster": "nope"}, {"1", "2", "3"}),
        ({"lang": "all"}, {"1", "2", "3", "4"}),
        ({"lang": "es"}, {"4"}),
    ],
)
def test_every_filter(client, engine, params, expected):
    engine.index(
        [
            green_roofs(1),
            doc(
                2,
                "Green water lesson",
                type="lesson",
                url="/l/2/",
                clusters=("water-resources",),
                sdgs=(6,),
            ),
            doc(
                3,
                "Green Rosario",
                type="city",
                url="/cities/3/",
                country="AR",
                region="latin-america-caribbean",
                size="large",
                programmes=("iurc",),
            ),
            doc(4, "Rosario verde", language="es", type="city", url="/es/cities/4/"),
        ]
    )
    q = "rosario" if params.get("lang") == "es" else ("" if params.get("lang") else "green")
    _response, data = api(client, q=q, **params)
    assert {r["url"].rstrip("/").rsplit("/", 1)[1] for r in data["results"]} == expected
    assert data["count"] == len(expected)


def test_facet_counts_leave_out_their_own_filter(client, engine):
    engine.index(
        [
            green_roofs(1),
            doc(2, "Green lesson", type="lesson", url="/l/2/", clusters=("water-resources",)),
            doc(3, "Green course", type="course", url="/c/3/", clusters=("water-resources",)),
        ]
    )
    _response, data = api(client, q="green", type="lesson")
    assert data["count"] == 1
    assert data["facets"]["type"] == {"casestudy": 1, "course": 1, "lesson": 1}
    assert data["facets"]["cluster"] == {"water-resources": 1}


def test_pages_of_twenty(client, engine):
    engine.index([doc(n, f"Green report {n}") for n in range(1, 46)])
    _response, first = api(client, q="green")
    _response, third = api(client, q="green", page="3")
    _response, past = api(client, q="green", page="4")
    assert (first["count"], len(first["results"]), first["page"]) == (45, 20, 1)
    assert (len(third["results"]), third["page"]) == (5, 3)
    assert (past["count"], past["results"], past["page"]) == (45, [], 4)
    everything = {
        r["title"] for page in (1, 2, 3) for r in api(client, q="green", page=page)[1]["results"]
    }
    assert len(everything) == 45


@pytest.mark.parametrize("page", ["0", "-1", "x", "1.0", "10001", "9" * 25, "%00", "١"])
def test_a_malformed_page_is_a_400_with_a_message(client, engine, page):
    response = client.get(f"/api/search/?q=green&page={page}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "error": "The page must be a whole number from 1 to 10000."
    }
    assert response["Access-Control-Allow-Origin"] == "*"


def test_sort_by_date(client, engine):
    engine.index(
        [
            doc(1, "Roofs roofs roofs", date=datetime.date(2019, 1, 1)),
            doc(2, "Plan", body="roofs", date=datetime.date(2025, 1, 1)),
        ]
    )
    assert [r["title"] for r in api(client, q="roofs")[1]["results"]][0] == "Roofs roofs roofs"
    assert [r["title"] for r in api(client, q="roofs", sort="date")[1]["results"]] == [
        "Plan",
        "Roofs roofs roofs",
    ]


def test_lang_defaults_to_the_language_the_client_asks_for(client, engine):
    engine.index([doc(1, "Rosario plan"), doc(2, "Plan de Rosario", language="es", url="/es/2/")])
    assert [r["title"] for r in api(client, q="rosario")[1]["results"]] == ["Rosario plan"]
    spanish = client.get("/api/search/", {"q": "rosario"}, headers={"accept-language": "es"})
    assert [r["title"] for r in spanish.json()["results"]] == ["Plan de Rosario"]
    assert spanish["Content-Language"] == "es"
    assert [r["title"] for r in api(client, q="rosario", lang="es")[1]["results"]] == [
        "Plan de Rosario"
    ]
    assert api(client, q="rosario", lang="all")[1]["count"] == 2
    suggested = client.get("/api/search/suggest/", {"q": "plan"}, headers={"accept-language": "es"})
    assert [s["title"] for s in suggested.json()["suggestions"]] == ["Plan de Rosario"]


def test_the_default_is_what_the_site_shows_in_the_clients_language(client, engine):
    engine.index(
        [
            doc(1, "Rosario plan", shown_in=("en", "fr", "pt")),
            doc(2, "Plan de Rosario", language="es", url="/es/2/"),
            doc(3, "Water plan", shown_in=("en", "es", "fr", "pt")),
        ]
    )

    def titles(**headers):
        answer = client.get("/api/search/", {"q": "plan"}, headers=headers).json()
        return sorted(result["title"] for result in answer["results"])

    assert titles(accept_language="fr") == ["Rosario plan", "Water plan"]
    assert titles(accept_language="es") == ["Plan de Rosario", "Water plan"]
    assert titles() == ["Rosario plan", "Water plan"]
    french = client.get(
        "/api/search/", {"q": "plan", "lang": "fr"}, headers={"accept-language": "fr"}
    )
    assert french.json()["count"] == 0
    assert french.json()["facets"]["language"] == {"en": 2, "es": 1}  # what each lang finds
    suggested = client.get("/api/search/suggest/", {"q": "pla"}, headers={"accept-language": "fr"})
    assert {s["title"] for s in suggested.json()["suggestions"]} == {"Rosario plan", "Water plan"}


def test_snippets_are_inert_html_with_only_mark(client, engine):
    engine.index(
        [
            doc(
                1,
                "Roofs <script>alert(1)</script>",
                summary="Roofs <script>alert('x')</script> <img src=x onerror=alert(1)>",
                body="roofs <iframe src=javascript:alert(2)></iframe>",
                url="javascript:alert(3)",
            )
        ]
    )
    _response, data = api(client, q="roofs")
    [result] = data["results"]
    snippet = result["snippet"]
    assert "<mark>" in snippet
    assert "<script" not in snippet and "<img" not in snippet and "<iframe" not in snippet
    assert "&lt;script&gt;" in snippet or "&lt;img" in snippet
    assert result["title"] == "Roofs <script>alert(1)</script>"  # text, not HTML: the spec
    assert result["url"] == ""  # never a javascript: link


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_queries_get_an_answer_never_an_error(client, engine, q):
    engine.index([green_roofs()])
    response, data = api(client, q=q)
    assert response.status_code == 200
    assert isinstance(data["count"], int) and isinstance(data["results"], list)
    assert len(data["query"]) <= 500
    assert "\x00" not in data["query"]


def test_hostile_parameters_get_an_answer_never_an_error(client, engine):
    engine.index([green_roofs()])
    response = client.get(
        "/api/search/?q[]=green&q=green&type[]=city&type=%00&cluster=%27%22<>&country=&sdg=1e1"
        "&lang=../../x&sort[]=date&sort=&page[]=2&" + "&".join(f"cluster=c{n}" for n in range(3000))
    )
    assert response.status_code == 200
    assert json.loads(response.content)["count"] == 1


def test_a_public_read_api_for_any_origin_and_never_indexed(client, engine):
    response, _data = api(client, q="green")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("path", ["/api/search/", "/api/search/suggest/"])
def test_get_and_head_only(client, engine, path):
    assert client.head(path + "?q=green").status_code == 200
    for method in (client.post, client.put, client.delete, client.patch, client.options):
        assert method(path).status_code == 405


@pytest.mark.parametrize("path", ["/api/search/?q=green", "/api/search/suggest/?q=gre"])
def test_the_api_costs_no_database_query_without_vocabulary_filters(
    client, engine, django_assert_num_queries, path
):
    engine.index([green_roofs()])
    with django_assert_num_queries(0):
        assert client.get(path).status_code == 200


# -- /api/search/suggest/ -------------------------------------------------------------------


def test_suggestions_complete_the_words_typed(client, engine):
    engine.index(
        [
            green_roofs(1),
            doc(2, "Greenways of Rosario", type="lesson", url="/l/2/"),
            doc(3, "Bus lanes"),
            doc(4, "Grenoble heat plan", language="fr", url="/fr/4/"),
        ]
    )
    response, data = api(client, "/api/search/suggest/", q="gre")
    assert response.status_code == 200
    assert data["query"] == "gre"
    assert {s["title"] for s in data["suggestions"]} == {
        "Green roofs in Copenhagen",
        "Greenways of Rosario",
    }
    assert all(set(s) == {"title", "url", "type"} for s in data["suggestions"])
    lesson = next(s for s in data["suggestions"] if s["type"] == "lesson")
    assert lesson["url"] == "/l/2/"
    assert response["Access-Control-Allow-Origin"] == "*"
    _response, french = api(client, "/api/search/suggest/", q="gre", lang="fr")
    assert [s["title"] for s in french["suggestions"]] == ["Grenoble heat plan"]
    _response, every = api(client, "/api/search/suggest/", q="gre", lang="all")
    assert len(every["suggestions"]) == 3


def test_at_most_eight_suggestions(client, engine):
    engine.index([doc(n, f"Green report {n}") for n in range(1, 21)])
    _response, data = api(client, "/api/search/suggest/", q="green re")
    assert len(data["suggestions"]) == 8


@pytest.mark.parametrize("q", ["", "   ", "\x00"])
def test_nothing_typed_nothing_suggested(client, engine, q):
    engine.index([green_roofs()])
    response, data = api(client, "/api/search/suggest/", q=q)
    assert response.status_code == 200
    assert data["suggestions"] == []
    assert client.get("/api/search/suggest/").json() == {"query": "", "suggestions": []}


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_suggestion_queries_get_an_answer(client, engine, q):
    engine.index([green_roofs()])
    response, data = api(client, "/api/search/suggest/", q=q, lang=["../x", "es"])
    assert response.status_code == 200
    assert isinstance(data["suggestions"], list)
    assert len(data["query"]) <= 500


# -- the index unavailable ---------------------------------------------------------------------


def broken_index(kind, tmp_path):
    if kind == "missing":
        return tmp_path / "never-built.sqlite3"
    if kind == "under-a-file":
        (tmp_path / "a-file").write_text("not a directory")
        return tmp_path / "a-file" / "search.sqlite3"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00\xffnot a database\x13" * 512)
    return junk


@pytest.mark.parametrize("kind", ["missing", "under-a-file", "junk"])
@pytest.mark.parametrize("path", ["/api/search/?q=green", "/api/search/suggest/?q=gre"])
def test_an_unavailable_index_is_a_503_with_a_translated_message(
    client, settings, tmp_path, kind, path
):
    index = broken_index(kind, tmp_path)
    settings.ACADEMY_SEARCH_INDEX_PATH = str(index)
    response = client.get(path)
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": "Search is unavailable at the moment. Please try again in a few minutes."
    }
    assert str(index) not in response.content.decode()
    assert response["Access-Control-Allow-Origin"] == "*"
    spanish = client.get(path, headers={"accept-language": "es"})
    assert spanish.status_code == 503
    assert spanish["Content-Language"] == "es"  # the message in the client's language
