# SQL in this module is formatted with the four language codes and numbers only.
# ruff: noqa: S608
"""Search: indexing rate, query and suggestion latency, index size, against two comparisons.

Synthetic corpora of 1,000 and 10,000 documents (``BENCH_SEARCH_LARGE=1`` adds 100,000: a few
minutes more to build) in the four languages, generated with a fixed seed from per-language
word lists of the Academy's subjects, so that Snowball stemming, accent folding, BM25 and
snippets all do real work: titles, one-sentence summaries, bodies of 150 to 400 words (290 on
average) in paragraphs, five page types, one or two clusters, a city with its country, region
and size band, programmes, tags, SDGs and dates. The first documents of every corpus are the
same, so a smaller corpus is a prefix of a larger one.

Each document also has keywords (its tags, city and cluster names) and the UI languages whose
visitors are shown it: its own; for an English document, each other language where it is not
translated (seven in ten); for one in another language, every language when it is an original
with no English version (one in five). These come from a generator of their own per document,
so the texts stay those of earlier runs.

Queries are what a planner types: a fixed list of ten two-word queries per language (some
typed without their accents), each run in the default scope of the query's language (what the
site shows a visitor of that language, as the /search/ page does by default: each document
matched in its own language) with facet counts and snippets, once alone and once with a filter
(a cluster, a region or a page type, in turn). Suggestions are the same queries as they are
typed (three letters, the first word and two letters of the second, all but the last letter),
in the same scope.

Comparisons measured in the same run, interleaved query by query with ours so that load from
elsewhere on the machine falls on both alike:

(a) the floor: a bare FTS5 ``MATCH`` on the same data. A plain FTS5 table (title, keywords,
    summary, body: the same stemmed text this engine indexes, same tokenizer, BM25 with the same
    column weights as its ``rank``) answering ``SELECT rowid FROM fts WHERE fts MATCH ?
    ORDER BY rank LIMIT 20`` with the very MATCH expression the engine builds: 20 rowids, no
    count, no facets, no snippets, no documents, and no language: the words are matched in
    every document. For suggestions, the same on a plain FTS5 table of folded titles with
    prefix indexes, ``LIMIT 8``. For indexing, the same texts stemmed and inserted into the
    plain table (stemming included).
(a') a stricter floor for queries, as this engine's answer is in the query's language: the
    same bare MATCH on a plain FTS5 table holding only the documents of that language (one
    table per language). Still no filter, no count, no facets, no snippets.
(b) Wagtail's database search (the SQLite FTS5 backend of ``wagtail.search.backends.database``,
    what a Wagtail site uses out of the box) on the same documents as real StandardPages
    (title, summary as intro, body as paragraph blocks) in this run's throwaway database, at
    1,000 and 4,000 pages: ``Page.objects.live().search(q, operator="and")`` ordered by
    relevance, first 20 fetched (no count, no facets, no snippets). This engine is timed on
    the same documents with the same queries in every language (``lang=all``: matched in all
    four, with facets and snippets), and is the "floor" of those rows: their ratio is how
    many times slower Wagtail is.

Targets (issue 6): p95 under 25 ms at 10,000 documents and under 150 ms at 100,000; p50
within 3x the floor; suggestions p95 under 10 ms at 10,000.

Memory: the engine keeps the bitmaps of facet values in a per-process cache; the table gives
their size (the Python integers), the RSS they add when loaded and the time a load takes (once
per process after each write). Writes: one document indexed again, 40 times (a publish), and
the query that follows each (it reloads the cache).

``BENCH_SEARCH_LARGE=1`` adds the 100,000 corpus (about 5 minutes more on two cores);
``BENCH_SEARCH_SKIP_WAGTAIL=1`` leaves out comparison (b) (creating its 4,000 pages takes
about a minute).
"""

import datetime
import gc
import html
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Row, percentiles
from search import text as analysis
from search.engines.base import SearchDocument, SearchRequest
from search.engines.sqlite_fts import WEIGHTS, SqliteFtsEngine, _Matcher, _title_expression
from search.query import parse_query

SEED = 6
SIZES = (1_000, 10_000)
LARGE = 100_000
WAGTAIL_SIZES = (1_000, 4_000)
REPEAT = 5  # passes over the query list: 10 queries x 4 languages x 5 = 200 samples a series
WAGTAIL_REPEAT = 5
PUBLISHES = 40
TARGETS = {  # documents -> (p95 of a query, p95 of a suggestion), in ms
    10_000: (25.0, 10.0),
    100_000: (150.0, None),
}
FLOOR_RATIO = 3.0
BM25_WEIGHTS = ", ".join(str(float(weight)) for weight in WEIGHTS)  # numbers only, for SQL

# -- vocabulary -------------------------------------------------------------------------------

CLUSTERS = (
    "nature-based-solutions",
    "circular-economy",
    "digital-innovation",
    "affordable-housing",
    "water-resources",
    "resilient-districts",
    "sustainable-mobility",
)
# Per language, per cluster (in the order above): the phrases its documents are about.
PHRASES = {
    "en": (
        "green roofs|green roof|urban trees|tree canopy|rain gardens|urban heat|heat islands|"
        "green corridors|urban forests|wetland restoration|pocket parks|street trees",
        "waste recycling|recycled materials|organic waste|composting programmes|waste "
        "collection|circular procurement|repair cafés|food waste|reuse centres|recycling rates",
        "digital services|open data|data platforms|smart sensors|digital inclusion|online "
        "services|civic technology|digital skills|data portal|service design",
        "affordable housing|social housing|housing cooperatives|rent controls|housing "
        "affordability|community land trusts|informal settlements|housing waiting lists",
        "water management|stormwater management|drinking water|flood risk|water reuse|river "
        "restoration|water supply|wastewater treatment|flooded streets|water utilities",
        "climate resilience|heat waves|local livelihoods|emergency planning|resilient "
        "neighbourhoods|small businesses|solar energy|solar panels|energy efficiency",
        "public transport|bike lanes|bus rapid transit|cycling infrastructure|walkable "
        "streets|electric buses|shared mobility|low emission zones|bus routes|transport fares",
    ),
    "es": (
        "techos verdes|techo verde|arbolado urbano|jardines de lluvia|calor urbano|islas de "
        "calor|corredores verdes|bosques urbanos|restauración de humedales|parques de bolsillo",
        "reciclaje de residuos|residuos orgánicos|materiales reciclados|compostaje "
        "comunitario|recolección de residuos|compras circulares|desperdicio de alimentos",
        "servicios digitales|datos abiertos|plataformas de datos|sensores inteligentes|"
        "inclusión digital|trámites en línea|tecnología cívica|habilidades digitales",
        "vivienda asequible|vivienda social|cooperativas de vivienda|control de alquileres|"
        "asentamientos informales|acceso a la vivienda|viviendas asequibles",
        "gestión del agua|gestión de aguas pluviales|agua potable|riesgo de inundaciones|"
        "reutilización del agua|restauración de ríos|tratamiento de aguas residuales",
        "resiliencia climática|olas de calor|medios de vida|planificación de emergencias|"
        "barrios resilientes|pequeños negocios|energía solar|paneles solares|eficiencia "
        "energética",
        "transporte público|carriles bici|autobuses de tránsito rápido|infraestructura "
        "ciclista|calles caminables|autobuses eléctricos|movilidad compartida|zonas de bajas "
        "emisiones|rutas de autobús",
    ),
    "fr": (
        "toits végétalisés|toit végétalisé|arbres urbains|jardins de pluie|chaleur urbaine|"
        "îlots de chaleur|corridors verts|forêts urbaines|restauration des zones humides|parcs "
        "de proximité",
        "recyclage des déchets|déchets organiques|matériaux recyclés|compostage collectif|"
        "collecte des déchets|achats circulaires|gaspillage alimentaire|recycleries",
        "services numériques|données ouvertes|plateformes de données|capteurs intelligents|"
        "inclusion numérique|démarches en ligne|technologie civique|compétences numériques",
        "logement abordable|logements sociaux|coopératives d'habitation|encadrement des "
        "loyers|habitat informel|accès au logement|logements abordables",
        "gestion de l'eau|eaux pluviales|eau potable|risque d'inondation|réutilisation de "
        "l'eau|restauration des rivières|traitement des eaux usées|inondations",
        "résilience climatique|vagues de chaleur|moyens de subsistance|plans d'urgence|"
        "quartiers résilients|petits commerces|énergie solaire|panneaux solaires|efficacité "
        "énergétique",
        "transports publics|pistes cyclables|bus à haut niveau de service|infrastructures "
        "cyclables|rues piétonnes|bus électriques|mobilité partagée|zones à faibles émissions",
    ),
    "pt": (
        "telhados verdes|telhado verde|arborização urbana|jardins de chuva|calor urbano|ilhas "
        "de calor|corredores verdes|florestas urbanas|restauração de áreas úmidas|parques de "
        "bolso",
        "reciclagem de resíduos|resíduos orgânicos|materiais reciclados|compostagem "
        "comunitária|coleta seletiva|compras circulares|desperdício de alimentos",
        "serviços digitais|dados abertos|plataformas de dados|sensores inteligentes|inclusão "
        "digital|serviços online|tecnologia cívica|competências digitais",
        "habitação acessível|habitação social|cooperativas habitacionais|controle de "
        "aluguéis|assentamentos informais|acesso à moradia|habitações acessíveis",
        "gestão da água|águas pluviais|água potável|risco de inundações|reúso da água|"
        "recuperação de rios|tratamento de esgoto|abastecimento de água",
        "resiliência climática|ondas de calor|meios de subsistência|planos de emergência|"
        "bairros resilientes|pequenos negócios|energia solar|painéis solares|eficiência "
        "energética",
        "transporte público|ciclovias|corredores de ônibus|infraestrutura cicloviária|ruas "
        "caminháveis|ônibus elétricos|mobilidade compartilhada|zonas de baixa emissão",
    ),
}
# Words of any document, most frequent first (drawn with Zipf weights).
GENERIC = {
    "en": (
        "city cities residents programme project local public new council neighbourhood "
        "neighbourhoods community communities plan planning budget results years pilot first "
        "partners partnership data people street streets design service services cost costs "
        "funding funded municipal government national regional policy policies impact "
        "support supported built building buildings work working team staff evidence "
        "monitoring outcomes households families young women schools health jobs training "
        "climate change land space spaces infrastructure maintenance scale scaled scaling "
        "lessons learned success challenge challenges approach tools guide network networks "
        "measured reduced increased improved created launched adopted shared district "
        "districts area areas centre market private sector investment investments"
    ),
    "es": (
        "ciudad ciudades vecinos programa proyecto local público nuevo municipio barrio "
        "barrios comunidad comunidades plan planificación presupuesto resultados años piloto "
        "primer socios alianza datos personas calle calles diseño servicio servicios costo "
        "costos financiación financiado municipal gobierno nacional regional política "
        "políticas impacto apoyo apoyado construido edificio edificios trabajo equipo "
        "personal evidencia seguimiento hogares familias jóvenes mujeres escuelas salud "
        "empleos formación clima cambio suelo espacio espacios infraestructura mantenimiento "
        "escala lecciones aprendidas éxito desafío desafíos enfoque herramientas guía red "
        "redes medido reducido aumentado mejorado creado lanzado adoptado compartido distrito "
        "distritos zona zonas centro mercado privado sector inversión inversiones"
    ),
    "fr": (
        "ville villes habitants programme projet local public nouveau conseil quartier "
        "quartiers communauté collectivités plan planification budget résultats années "
        "pilote premier partenaires partenariat données personnes rue rues conception "
        "service services coût coûts financement financé municipal gouvernement national "
        "régional politique politiques impact soutien soutenu construit bâtiment bâtiments "
        "travail équipe personnel preuves suivi ménages familles jeunes femmes écoles santé "
        "emplois formation climat changement terrain espace espaces infrastructures "
        "entretien échelle leçons apprises réussite défi défis approche outils guide réseau "
        "réseaux mesuré réduit augmenté amélioré créé lancé adopté partagé arrondissement "
        "secteur zone zones centre marché privé investissement investissements"
    ),
    "pt": (
        "cidade cidades moradores programa projeto local público novo prefeitura bairro "
        "bairros comunidade comunidades plano planejamento orçamento resultados anos piloto "
        "primeiro parceiros parceria dados pessoas rua ruas desenho serviço serviços custo "
        "custos financiamento financiado municipal governo nacional regional política "
        "políticas impacto apoio apoiado construído edifício edifícios trabalho equipe "
        "pessoal evidências monitoramento domicílios famílias jovens mulheres escolas saúde "
        "empregos formação clima mudança terreno espaço espaços infraestrutura manutenção "
        "escala lições aprendidas sucesso desafio desafios abordagem ferramentas guia rede "
        "redes medido reduzido aumentado melhorado criado lançado adotado compartilhado "
        "distrito distritos zona zonas centro mercado privado setor investimento investimentos"
    ),
}
FUNCTION_WORDS = {
    "en": "the of and to in a for with on by from that is was are as at this their its it "
    "more than over into after",
    "es": "el la los las de del y en a para con por que es fue son como al su sus un una "
    "más sobre entre desde tras",
    "fr": "le la les de des du et en à pour avec par que est était sont comme au aux sa ses "
    "un une plus sur entre depuis après",
    "pt": "o a os as de do da dos das e em para com por que é foi são como ao seu sua um "
    "uma mais sobre entre desde após",
}
TITLES = {
    "en": ("{P} in {city}", "How {city} scaled up {p}", "{P}: lessons from {city}",
           "{P} for every neighbourhood", "Introduction to {p}", "{P} and {q}"),
    "es": ("{P} en {city}", "Cómo {city} amplió {p}", "{P}: lecciones de {city}",
           "{P} para cada barrio", "Introducción a {p}", "{P} y {q}"),
    "fr": ("{P} à {city}", "Comment {city} a développé {p}", "{P} : leçons de {city}",
           "{P} pour chaque quartier", "Introduction : {p}", "{P} et {q}"),
    "pt": ("{P} em {city}", "Como {city} ampliou {p}", "{P}: lições de {city}",
           "{P} para cada bairro", "Introdução a {p}", "{P} e {q}"),
}  # fmt: skip
CITIES = (
    ("Rosario", "AR", "latin-america-caribbean", "large"),
    ("Hoboken", "US", "north-america", "small"),
    ("Philadelphia", "US", "north-america", "large"),
    ("Baltimore", "US", "north-america", "medium"),
    ("Denver", "US", "north-america", "medium"),
    ("Cali", "CO", "latin-america-caribbean", "large"),
    ("Cartagena", "CO", "latin-america-caribbean", "medium"),
    ("Fortaleza", "BR", "latin-america-caribbean", "large"),
    ("Manaus", "BR", "latin-america-caribbean", "large"),
    ("Mérida", "MX", "latin-america-caribbean", "medium"),
    ("Austin", "US", "north-america", "large"),
    ("Montego Bay", "JM", "latin-america-caribbean", "small"),
    ("Renca", "CL", "latin-america-caribbean", "small"),
    ("Evanston", "US", "north-america", "small"),
    ("Chattanooga", "US", "north-america", "small"),
    ("Guatemala City", "GT", "latin-america-caribbean", "large"),
    ("Hermosillo", "MX", "latin-america-caribbean", "medium"),
    ("Dubuque", "US", "north-america", "small"),
    ("Stockton", "US", "north-america", "medium"),
    ("Ambato", "EC", "latin-america-caribbean", "small"),
    ("Montréal", "CA", "north-america", "large"),
    ("Québec", "CA", "north-america", "medium"),
    ("Manchester", "GB", "europe", "medium"),
    ("Bologna", "IT", "europe", "medium"),
    ("Lyon", "FR", "europe", "medium"),
    ("Barcelona", "ES", "europe", "large"),
    ("Vila Nova de Famalicão", "PT", "europe", "small"),
    ("Varna", "BG", "europe", "medium"),
    ("Hamburg", "DE", "europe", "large"),
    ("Murcia", "ES", "europe", "medium"),
    ("Katowice", "PL", "europe", "medium"),
    ("Malmö", "SE", "europe", "medium"),
    ("São Paulo", "BR", "latin-america-caribbean", "large"),
    ("Medellín", "CO", "latin-america-caribbean", "large"),
    ("Niterói", "BR", "latin-america-caribbean", "medium"),
    ("Nairobi", "KE", "other", "large"),
)
TAGS = (
    "pilot", "participatory-budgeting", "procurement", "youth", "gender", "data", "finance",
    "regulation", "public-space", "heat", "floods", "informality", "co-design", "monitoring",
    "partnerships", "capacity-building", "low-cost", "scaling", "evaluation", "tourism",
)  # fmt: skip
PROGRAMMES = ("cities-forward", "eu-cities-gateway", "iurc")
TYPES = ("casestudy", "lesson", "bestpractice", "course", "city")
TYPE_WEIGHTS = (40, 25, 15, 10, 10)
LANGUAGE_WEIGHTS = (40, 30, 15, 15)  # en, es, fr, pt
LANGUAGES = ("en", "es", "fr", "pt")

QUERIES = {
    "en": ("green roofs", "public transport", "water management", "affordable housing",
           "solar energy", "waste recycling", "flood risk", "bike lanes", "urban heat",
           "open data"),
    "es": ("techos verdes", "transporte publico", "gestión agua", "vivienda asequible",
           "energia solar", "reciclaje residuos", "riesgo inundaciones", "carriles bici",
           "calor urbano", "datos abiertos"),
    "fr": ("toits végétalisés", "transports publics", "gestion eau", "logement abordable",
           "énergie solaire", "recyclage dechets", "risque inondation", "pistes cyclables",
           "chaleur urbaine", "données ouvertes"),
    "pt": ("telhados verdes", "transporte público", "gestão água", "habitação acessivel",
           "energia solar", "reciclagem resíduos", "risco inundações", "ônibus elétricos",
           "calor urbano", "dados abertos"),
}  # fmt: skip
# The filter added to each query in turn: its cluster, a region, a page type.
QUERY_CLUSTERS = (0, 6, 4, 3, 5, 1, 4, 6, 0, 2)


class _Language:
    """Weighted word lists of one language, ready for ``random.choices``."""

    def __init__(self, language: str) -> None:
        self.phrases = [group.split("|") for group in PHRASES[language]]
        self.all_phrases = [phrase for group in self.phrases for phrase in group]
        self.generic = GENERIC[language].split()
        self.generic_weights = _cumulative([1 / (rank + 1) for rank in range(len(self.generic))])
        self.function = FUNCTION_WORDS[language].split()
        self.titles = TITLES[language]


def _cumulative(weights: list[float]) -> list[float]:
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return cumulative


class Corpus:
    """Deterministic documents: the first ``n`` of any corpus are the same."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.languages = {language: _Language(language) for language in LANGUAGES}
        self.documents: list[SearchDocument] = []
        self.paragraphs: list[list[str]] = []  # the body of each document, in paragraphs

    def first(self, n: int) -> list[SearchDocument]:
        while len(self.documents) < n:
            self._add(len(self.documents) + 1)
        return self.documents[:n]

    def _sentence(self, words: _Language, topic: list[str], city: str) -> str:
        rng = self.rng
        length = rng.randint(8, 18)
        parts: list[str] = []
        while len(parts) < length:
            roll = rng.random()
            if roll < 0.16:
                parts.extend(rng.choice(topic).split())
            elif roll < 0.19:
                parts.extend(rng.choice(words.all_phrases).split())
            elif roll < 0.2:
                parts.append(city)
            elif roll < 0.52:
                parts.append(rng.choice(words.function))
            else:
                parts.append(rng.choices(words.generic, cum_weights=words.generic_weights)[0])
        sentence = " ".join(parts)
        if rng.random() < 0.1:
            sentence += f", {rng.randint(2, 95)} %"
        return sentence[0].upper() + sentence[1:] + "."

    def _paragraph(self, words: _Language, topic: list[str], city: str, length: int) -> str:
        sentences, count = [], 0
        while count < length:
            sentence = self._sentence(words, topic, city)
            sentences.append(sentence)
            count += sentence.count(" ") + 1
        return " ".join(sentences)

    def _add(self, n: int) -> None:
        rng = self.rng
        language = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        words = self.languages[language]
        type_ = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
        clusters = rng.sample(range(len(CLUSTERS)), rng.choice((1, 1, 2)))
        topic = [phrase for c in clusters for phrase in words.phrases[c]]
        city, country, region, size = rng.choice(CITIES)
        phrase, other = rng.sample(topic, 2) if len(topic) > 1 else (topic[0], topic[0])
        title = rng.choice(words.titles).format(
            P=phrase[0].upper() + phrase[1:], p=phrase, q=other, city=city
        )
        if type_ == "city":
            title = f"{city}: {phrase}"
        paragraphs = [
            self._paragraph(words, topic, city, rng.randint(50, 100))
            for _ in range(rng.randint(3, 4))
        ]
        self.paragraphs.append(paragraphs)
        slug = f"{type_}-{n}"
        tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
        self.documents.append(
            SearchDocument(
                key=f"page:{n}",
                page_id=n,
                type=type_,
                language=language,
                title=title,
                url=f"/{language}/{type_}/{slug}/",
                summary=self._sentence(words, topic, city),
                body="\n\n".join(paragraphs),
                date=datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(3650)),
                clusters=tuple(CLUSTERS[c] for c in clusters),
                tags=tags,
                keywords="\n".join(
                    [*(analysis.folded_words(tag) for tag in tags), city]
                    + [CLUSTERS[c].replace("-", " ") for c in clusters]
                ),
                shown_in=_shown_in(n, language),
                programmes=tuple(rng.sample(PROGRAMMES, rng.choice((0, 1, 1, 2)))),
                city=city,
                country=country,
                region=region,
                size=size,
                sdgs=tuple(sorted(rng.sample(range(1, 18), rng.randint(1, 3)))),
            )
        )


def _shown_in(n: int, language: str) -> tuple[str, ...]:
    """The UI languages whose visitors are shown document ``n`` (see the module docstring),
    from a generator of its own, so the rest of the corpus is that of earlier runs."""
    rng = random.Random(f"shown-{SEED}-{n}")
    if language == "en":
        return ("en", *(other for other in LANGUAGES[1:] if rng.random() < 0.7))
    return LANGUAGES if rng.random() < 0.2 else (language,)


def _queries() -> list[tuple[str, str, dict]]:
    """(language, text, filter) for every query, each alone and with one filter."""
    filters = (
        lambda i: {"cluster": (CLUSTERS[QUERY_CLUSTERS[i]],)},
        lambda i: {"region": ("latin-america-caribbean",) if i % 2 else ("europe",)},
        lambda i: {"type": ("casestudy",)},
    )
    queries = []
    for language, texts in QUERIES.items():
        for i, text in enumerate(texts):
            queries.append((language, text, {}))
            queries.append((language, text, filters[i % 3](i)))
    return queries


def _prefixes() -> list[tuple[str, str]]:
    """(language, what is typed) as the queries are typed."""
    typed = []
    for language, texts in QUERIES.items():
        for text in texts:
            first, second = text.split()
            typed += [(language, text[:3]), (language, f"{first} {second[:2]}")]
            typed.append((language, text[:-1]))
    return typed


# -- the floor --------------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """A connection set up as the engine sets up its own."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "temp_store = MEMORY",
        "synchronous = NORMAL",
        "cache_size = -16000",
        "mmap_size = 268435456",
        "journal_mode = WAL",
    ):
        connection.execute(f"PRAGMA {pragma}")
    return connection


class Floor:
    """Plain FTS5 tables of the same stemmed text: ``fts`` with every document, ``fts_<lang>``
    with the documents of one language (floor (a')), and ``titles`` of the folded titles."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = _connect(path)
        tokenizer = analysis.FTS5_TOKENIZER
        for table in ("fts", *(f"fts_{language}" for language in LANGUAGES)):
            self.connection.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5("
                f"title, keywords, summary, body, tokenize='{tokenizer}')"
            )
            self.connection.execute(
                f"INSERT INTO {table} ({table}, rank) VALUES ('rank', 'bm25({BM25_WEIGHTS})')"
            )
        self.connection.execute(
            f"CREATE VIRTUAL TABLE titles USING fts5(words, tokenize='{tokenizer}', prefix='1 2 3')"
        )

    def index(self, documents: list[SearchDocument]) -> None:
        """Fills ``fts`` and ``titles`` (what the indexing rate of the floor measures)."""
        c = self.connection
        for start in range(0, len(documents), 500):
            c.execute("BEGIN")
            for d in documents[start : start + 500]:
                texts = tuple(map(analysis.clean, (d.title, d.keywords, d.summary, d.body)))
                c.execute(
                    "INSERT INTO fts (rowid, title, keywords, summary, body)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (d.page_id, *(analysis.index_text(t, d.language) for t in texts)),
                )
                c.execute(
                    "INSERT INTO titles (rowid, words) VALUES (?, ?)",
                    (d.page_id, analysis.folded_words(texts[0])),
                )
            c.execute("COMMIT")
        c.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        c.execute("INSERT INTO titles (titles) VALUES ('optimize')")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def index_by_language(self, documents: list[SearchDocument]) -> None:
        """Copies the rows of ``fts`` into one table per language (untimed)."""
        c = self.connection
        c.execute("BEGIN")
        for language in LANGUAGES:
            c.executemany(
                f"INSERT INTO fts_{language} (rowid, title, keywords, summary, body)"
                " SELECT rowid, title, keywords, summary, body FROM fts WHERE rowid = ?",
                [(d.page_id,) for d in documents if d.language == language],
            )
        c.execute("COMMIT")
        for language in LANGUAGES:
            c.execute(f"INSERT INTO fts_{language} (fts_{language}) VALUES ('optimize')")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def match(self, expression: str) -> list:
        return self.connection.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20", (expression,)
        ).fetchall()

    def match_language(self, expression: str, language: str) -> list:
        table = f"fts_{language}"
        return self.connection.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT 20",
            (expression,),
        ).fetchall()

    def complete(self, expression: str) -> list:
        return self.connection.execute(
            "SELECT rowid FROM titles WHERE titles MATCH ? ORDER BY rank LIMIT 8", (expression,)
        ).fetchall()

    def close(self) -> None:
        self.connection.close()


# -- timing -----------------------------------------------------------------------------------


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _request(text: str, language: str | None, filters: dict) -> SearchRequest:
    """A search in the default scope of ``language`` (every language when None)."""
    chosen = {"shown": (language,)} if language else {}
    return SearchRequest(query=parse_query(text), text=text, filters={**chosen, **filters})


def _interleaved(calls: list[tuple], repeat: int) -> list[list[float]]:
    """Times each tuple of calls ``repeat`` times, rotating which goes first; one list of
    samples per position in the tuples."""
    samples: list[list[float]] = [[] for _ in calls[0]]
    for group in calls[:5]:  # warm-up: caches, statements, the page cache
        for call in group:
            call()
    for round_ in range(repeat):
        for n, group in enumerate(calls):
            shift = (n + round_) % len(group)
            for position in [*range(shift, len(group)), *range(shift)]:
                samples[position].append(_ms(group[position]))
    return samples


def _size_mib(path: Path) -> float:
    return (
        sum(os.stat(name).st_size for name in (path, f"{path}-wal") if os.path.exists(name)) / 2**20
    )


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _checkpoint(engine: SqliteFtsEngine) -> None:
    connection = engine._connection()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# -- this engine ------------------------------------------------------------------------------


def _engine_rows(corpus: Corpus, n: int, workdir: Path) -> list[Row]:
    documents = corpus.first(n)
    label = f"search, {n:,} docs"
    engine = SqliteFtsEngine(workdir / f"search-{n}.sqlite3")
    floor = Floor(workdir / f"floor-{n}.sqlite3")
    floor_seconds = _ms(lambda: floor.index(documents)) / 1000
    floor_size = _size_mib(floor.path)
    floor.index_by_language(documents)
    gc.collect()
    seconds = _ms(lambda: engine.rebuild(documents)) / 1000
    _checkpoint(engine)
    rows = [
        Row(f"{label}: floor (a), plain FTS5 table", "indexing rate, stemming included",
            n / floor_seconds, "docs/s"),
        Row(label, "indexing rate (rebuild), floor (a)", n / seconds, "docs/s",
            n / floor_seconds),
        Row(label, "index size on disk, floor (a)", _size_mib(engine.path), "MiB", floor_size),
    ]  # fmt: skip

    rss_before = _rss_mib()
    calls = []
    calls_requests = [_request(text, language, filters) for language, text, filters in _queries()]
    for language, text, filters in _queries():
        expression = _Matcher((language,)).expressions(parse_query(text))[0]
        request = _request(text, language, filters)
        calls.append(
            (
                lambda r=request: engine.search(r),
                lambda e=expression: floor.match(e),
                lambda e=expression, lang=language: floor.match_language(e, lang),
            )
        )
    ours, bare, bare_language = _interleaved(calls, REPEAT)
    rss_after = _rss_mib()
    p50, p95 = percentiles(ours)
    floor_p50, floor_p95 = percentiles(bare)
    strict_p50, strict_p95 = percentiles(bare_language)
    alone = [s for i, s in enumerate(ours) if i % 2 == 0]
    filtered = [s for i, s in enumerate(ours) if i % 2 == 1]
    query_target, suggest_target = TARGETS.get(n, (None, None))
    floor_a = f"{label}: floor (a), bare FTS5 MATCH, 20 rowids"
    floor_a2 = f"{label}: floor (a'), the same in the query's language"
    rows += [
        Row(floor_a, "query p50", floor_p50, "ms"),
        Row(floor_a, "query p95", floor_p95, "ms"),
        Row(floor_a2, "query p50", strict_p50, "ms"),
        Row(floor_a2, "query p95", strict_p95, "ms"),
        _target(Row(label, "query p50 (2 words, facets, snippets) vs (a)", p50, "ms", floor_p50),
                ratio=FLOOR_RATIO),
        _target(Row(label, "query p95 vs (a)", p95, "ms", floor_p95), below=query_target),
        Row(label, "query p50 vs (a')", p50, "ms", strict_p50),
        Row(label, "query p95 vs (a')", p95, "ms", strict_p95),
        Row(label, "query p95, no filter", percentiles(alone)[1], "ms"),
        Row(label, "query p95, one filter", percentiles(filtered)[1], "ms"),
        Row(label, "RSS growth over the queries (SQLite page cache too)", rss_after - rss_before,
            "MiB"),
        *_cache_rows(engine, label),
    ]  # fmt: skip

    calls = []
    for language, typed in _prefixes():
        expression = _title_expression(parse_query(typed, suggest=True))
        calls.append(
            (
                lambda t=typed, lang=language: engine.suggest(t, shown=lang),
                lambda e=expression: floor.complete(e),
            )
        )
    ours, bare = _interleaved(calls, REPEAT * 2)
    p50, p95 = percentiles(ours)
    floor_p50, floor_p95 = percentiles(bare)
    rows += [
        Row(label, "suggestion p50, floor (a) on titles", p50, "ms", floor_p50),
        _target(Row(label, "suggestion p95, floor (a) on titles", p95, "ms", floor_p95),
                below=suggest_target),
    ]  # fmt: skip
    # A publish: one document indexed again, then the first search after it (which loads the
    # facet bitmaps again in every process).
    writes, first_searches = [], []
    for i in range(0, n, max(1, n // PUBLISHES))[:PUBLISHES]:
        writes.append(_ms(lambda d=documents[i]: engine.index([d])))
        request = calls_requests[i % len(calls_requests)]
        first_searches.append(_ms(lambda r=request: engine.search(r)))
    rows += [
        Row(label, "index one document (a publish) p50", percentiles(writes)[0], "ms"),
        Row(label, "index one document (a publish) p95", percentiles(writes)[1], "ms"),
        Row(label, "query p50 just after a publish", percentiles(first_searches)[0], "ms"),
    ]
    engine.close()
    floor.close()
    return rows


def _cache_rows(engine: SqliteFtsEngine, label: str) -> list[Row]:
    """The facet bitmap cache: its integers' size, and the RSS a fresh load of it adds."""
    cache = getattr(engine, "_bitmaps", None)
    if cache is None:  # an engine without the cache
        return []
    from search.engines.sqlite_fts import _Bitmaps

    size = sum(sys.getsizeof(bits) for bits in (cache.documents, *cache.values.values()))
    with engine._transaction() as connection:
        tables = engine._live(connection)
        gc.collect()
        before = _rss_mib()
        fresh = _Bitmaps.load(connection, tables, ("bench",))
        grown = _rss_mib() - before
        start = time.perf_counter()
        _Bitmaps.load(connection, tables, ("bench",))
        seconds = time.perf_counter() - start
    del fresh
    return [
        Row(label, f"facet bitmap cache: {len(cache.values) + 1} bitmaps, size", size / 2**20,
            "MiB"),
        Row(label, "facet bitmap cache: RSS added by loading it", grown, "MiB"),
        Row(label, "facet bitmap cache: time to load it (after a write)", seconds * 1000, "ms"),
    ]  # fmt: skip


def _target(row: Row, *, below: float | None = None, ratio: float | None = None) -> Row:
    """The row with its target and whether it is met."""
    if below is not None:
        row.target = f"< {below:g} ms"
        row.met = row.value < below
    elif ratio is not None and row.floor:
        row.target = f"<= {ratio:g}x"
        row.met = row.value <= ratio * row.floor
    return row


# -- Wagtail ----------------------------------------------------------------------------------


class WagtailPages:
    """The corpus as live StandardPages under one parent, added as needed."""

    def __init__(self, corpus: Corpus) -> None:
        from wagtail.models import Page

        from academy.models import HomePage, StandardPage

        self.corpus = corpus
        home = HomePage.objects.filter(locale__language_code="en").first() or Page.objects.get(
            depth=1
        )
        self.parent = StandardPage(title="Search bench", slug="search-bench")
        home.add_child(instance=self.parent)
        self.count = 0

    def fill(self, n: int) -> float:
        """Adds pages up to ``n``, 500 to a transaction; returns the seconds it took."""
        from django.db import transaction

        from academy.models import StandardPage

        documents = self.corpus.first(n)
        start = time.perf_counter()
        for first in range(self.count, n, 500):
            with transaction.atomic():
                for i in range(first, min(first + 500, n)):
                    document = documents[i]
                    body = [
                        {"type": "paragraph", "value": f"<p>{html.escape(paragraph)}</p>"}
                        for paragraph in self.corpus.paragraphs[i]
                    ]
                    page = StandardPage(
                        title=document.title,
                        slug=f"bench-{document.page_id}",
                        intro=document.summary,
                        body=body,
                    )
                    self.parent.add_child(instance=page)
        self.count = n
        return time.perf_counter() - start


def _wagtail_search(text: str) -> list:
    from wagtail.models import Page

    return list(Page.objects.live().search(text, operator="and")[:20])


def _wagtail_rows(corpus: Corpus, workdir: Path) -> list[Row]:
    pages = WagtailPages(corpus)
    queries = [(language, text) for language, texts in QUERIES.items() for text in texts[:4]]
    rows = []
    for n in WAGTAIL_SIZES:
        created = pages.count
        seconds = pages.fill(n)
        engine = SqliteFtsEngine(workdir / f"search-wagtail-{n}.sqlite3")
        engine.rebuild(corpus.first(n))
        if not any(_wagtail_search(text) for _, text in queries):
            raise SystemExit("Wagtail's search found nothing: the bench pages are not indexed")
        calls = [
            (
                lambda t=text: _wagtail_search(t),
                lambda t=text, e=engine: e.search(_request(t, None, {})),
            )
            for _, text in queries
        ]
        wagtail, ours = _interleaved(calls, WAGTAIL_REPEAT)
        p50, p95 = percentiles(wagtail)
        our_p50, our_p95 = percentiles(ours)
        label = f"search, {n:,} docs: (b) Wagtail database search"
        mine = f"search, {n:,} docs: this engine, same queries, lang=all"
        rows += [
            Row(
                label,
                "pages created per second (Wagtail's search index included)",
                (n - created) / seconds,
                "/s",
            ),
            Row(mine, "query p50", our_p50, "ms"),
            Row(mine, "query p95", our_p95, "ms"),
            Row(label, "query p50 (floor: this engine)", p50, "ms", our_p50),
            Row(label, "query p95 (floor: this engine)", p95, "ms", our_p95),
        ]
        engine.close()
    return rows


# -- the run ----------------------------------------------------------------------------------


def run() -> list[Row]:
    sizes = SIZES + ((LARGE,) if os.environ.get("BENCH_SEARCH_LARGE") else ())
    corpus = Corpus()
    workdir = Path(tempfile.mkdtemp(prefix="academy-bench-search-"))
    rows = []
    try:
        for n in sizes:
            rows += _engine_rows(corpus, n, workdir)
        if not os.environ.get("BENCH_SEARCH_SKIP_WAGTAIL"):
            rows += _wagtail_rows(corpus, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # 1 GB with the 100,000 corpus
    return rows
