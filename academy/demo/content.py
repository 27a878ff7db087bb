"""Text of the demo's core pages in English (source) and Spanish.

Only en and es get content pages. French and Portuguese visitors get the English pages with a
translated interface (Wagtail falls back to the default locale where a page has no
translation); the vocabularies and branding carry fr and pt names.

Body fields are StreamField data in Wagtail's JSON shape ({"type", "value"}); the builder adds
stable block ids so that a re-run compares equal and changes nothing.
"""


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def callout(title: str, html: str, tone: str = "info") -> dict:
    return {"type": "callout", "value": {"title": title, "text": html, "tone": tone}}


# Home ----------------------------------------------------------------------------------------

HOME = {
    "en": {
        "title": "Cities Academy",
        "hero_title": "Learn from cities that have done it",
        "hero_lead": (
            "The Cities Academy is where city staff and practitioners from the Americas and "
            "Europe learn from one another: exchanges between paired cities, case studies, "
            "best practices and courses built on what worked, and on what did not."
        ),
        "primary_action_label": "Explore the cities",
        "secondary_action_label": "See the pairings",
        "search_description": (
            "Peer learning between cities of the Americas and Europe: cities, pairings, "
            "thematic clusters, courses and case studies."
        ),
        "body": [
            heading("Three programmes, one place to learn"),
            paragraph(
                "<p>City-to-city programmes pair local governments that face similar "
                "problems, so that their staff can visit each other, compare approaches and try "
                "ideas at home. The Academy brings together the pairings of <b>Cities "
                "Forward</b>, which joins twelve US cities with twelve cities in Latin America "
                "and the Caribbean, of the <b>EU Cities Gateway</b>, where a European city works "
                "with several US and Canadian cities, and of the European Union's earlier "
                "<b>IUC and IURC</b> programmes.</p>"
            ),
            heading("Follow a theme across continents"),
            paragraph(
                "<p>Every city and pairing is filed under one or more of seven thematic "
                "clusters, from nature-based solutions and water resources to affordable "
                "housing and sustainable mobility. Pick a cluster to see which cities are "
                "working on it and who they are learning from.</p>"
            ),
            callout(
                "Demonstration content",
                "<p>City facts come from GeoNames (CC BY 4.0). Some pairings, the thematic "
                "focus of each city and the city profiles are illustrative, and are marked as "
                "such where they appear.</p>",
                tone="note",
            ),
        ],
    },
    "es": {
        "title": "Cities Academy",
        "hero_title": "Aprenda de las ciudades que ya lo han logrado",
        "hero_lead": (
            "La Cities Academy es el espacio donde el personal municipal y los profesionales de "
            "las Américas y de Europa aprenden unos de otros: intercambios entre ciudades "
            "emparejadas, estudios de caso, buenas prácticas y cursos basados en lo que "
            "funcionó, y también en lo que no."
        ),
        "primary_action_label": "Explorar las ciudades",
        "secondary_action_label": "Ver los emparejamientos",
        "search_description": (
            "Aprendizaje entre pares entre ciudades de las Américas y Europa: ciudades, "
            "emparejamientos, grupos temáticos, cursos y estudios de caso."
        ),
        "body": [
            heading("Tres programas, un solo lugar para aprender"),
            paragraph(
                "<p>Los programas de ciudad a ciudad emparejan gobiernos locales que enfrentan "
                "problemas parecidos, para que su personal se visite, compare enfoques y pruebe "
                "ideas en casa. La Academia reúne los emparejamientos de <b>Cities Forward</b>, "
                "que une doce ciudades de Estados Unidos con doce ciudades de América Latina y "
                "el Caribe; de <b>EU Cities Gateway</b>, donde una ciudad europea trabaja con "
                "varias ciudades de Estados Unidos y Canadá; y de los programas anteriores de la "
                "Unión Europea, <b>IUC e IURC</b>.</p>"
            ),
            heading("Siga un tema de un continente a otro"),
            paragraph(
                "<p>Cada ciudad y cada emparejamiento se clasifican en uno o varios de los siete "
                "grupos temáticos, desde las soluciones basadas en la naturaleza y los recursos "
                "hídricos hasta la vivienda asequible y la movilidad sostenible. Elija un grupo "
                "para ver qué ciudades trabajan en él y de quién están aprendiendo.</p>"
            ),
            callout(
                "Contenido de demostración",
                "<p>Los datos de las ciudades proceden de GeoNames (CC BY 4.0). Algunos "
                "emparejamientos, el enfoque temático de cada ciudad y los perfiles de las "
                "ciudades son ilustrativos y se señalan como tales donde aparecen.</p>",
                tone="note",
            ),
        ],
    },
}

# About the Academy ----------------------------------------------------------------------------

ABOUT = {
    "en": {
        "title": "About the Academy",
        "intro": (
            "The Cities Academy is the learning and knowledge platform of city-to-city peer "
            "programmes between the Americas and Europe. It gathers what paired cities learn "
            "so that many more cities can use it."
        ),
        "search_description": (
            "What the Cities Academy is, the programmes it serves (Cities Forward, EU Cities "
            "Gateway, IUC/IURC) and its seven thematic clusters."
        ),
        "body": [
            heading("What the Academy is for"),
            paragraph(
                "<p>Cities facing the same problems, such as flooding, heat, housing costs, "
                "congested streets or waste, often solve them in different ways. City-to-city "
                "programmes pair local governments so that their staff can visit each other, "
                "compare approaches and test ideas at home. The Academy turns those exchanges "
                "into material anyone can use: courses with lessons and quizzes, case studies "
                "of what a city did and what it learnt, and best practices that can be searched "
                "by theme, region, city and Sustainable Development Goal.</p>"
            ),
            heading("The programmes"),
            paragraph(
                "<p>The Academy brings together three families of pairings:</p>"
                "<ul>"
                "<li><b>Cities Forward</b>, the US Department of State's urban sustainability "
                "initiative, launched in 2023. Twelve US "
                "cities are paired one to one with twelve cities in Latin America and the "
                "Caribbean, and the Cities Forward Academy opens what the pairs learn to more "
                "than fifty further cities.</li>"
                "<li><b>EU Cities Gateway</b>, in which each European city works with several "
                "cities in the United States and Canada, grouped in thematic clusters.</li>"
                "<li><b>International Urban and Regional Cooperation (IUC and IURC)</b>, the "
                "European Union's earlier city-to-city programmes, which paired European cities "
                "with partners in North and Latin America, for example Barcelona with New York "
                "City and Hamburg with Guadalajara.</li>"
                "</ul>"
            ),
            heading("Seven thematic clusters"),
            paragraph(
                "<p>Work is organised in seven clusters: nature-based solutions and green "
                "infrastructure; circular economy; digitalisation and inclusive urban "
                "innovation; affordable housing and innovative living spaces; water resources; "
                "resilient districts and livelihoods; and sustainable urban mobility. Cities, "
                "pairings, courses and case studies are filed under the clusters they "
                "contribute to, so a theme can be followed across programmes and "
                "continents.</p>"
            ),
            heading("Who it is for"),
            paragraph(
                "<p>City staff and practitioners sign up with their city, study at their own "
                "pace, pick up where they left off and earn certificates that anyone can "
                "verify. Programme staff write and review the material and follow enrolment "
                "and completion by city, cluster and programme. Anyone can browse the cities, "
                "pairings and clusters without an account.</p>"
            ),
            callout(
                "What is illustrative here",
                "<p>This is demonstration content. City populations and coordinates come from "
                "GeoNames (CC BY 4.0). The Cities Forward and IUC/IURC pairings follow public "
                "announcements; the EU Cities Gateway pairings, the thematic clusters given to "
                "each city and pairing, and the short city profiles are illustrative and are "
                "marked as such. This site is not an official site of any of these "
                "programmes.</p>",
                tone="note",
            ),
        ],
    },
    "es": {
        "title": "Acerca de la Academia",
        "intro": (
            "La Cities Academy es la plataforma de aprendizaje y conocimiento de los programas "
            "de intercambio entre ciudades de las Américas y Europa. Reúne lo que aprenden las "
            "ciudades emparejadas para que muchas más ciudades puedan aprovecharlo."
        ),
        "search_description": (
            "Qué es la Cities Academy, los programas a los que sirve (Cities Forward, EU Cities "
            "Gateway, IUC/IURC) y sus siete grupos temáticos."
        ),
        "body": [
            heading("Para qué sirve la Academia"),
            paragraph(
                "<p>Las ciudades que enfrentan los mismos problemas, como las inundaciones, el "
                "calor, el costo de la vivienda, la congestión o los residuos, a menudo los "
                "resuelven de maneras distintas. Los programas de ciudad a ciudad emparejan "
                "gobiernos locales para que su personal se visite, compare enfoques y pruebe "
                "ideas en casa. La Academia convierte esos intercambios en material que "
                "cualquiera puede usar: cursos con lecciones y cuestionarios, estudios de caso "
                "sobre lo que hizo una ciudad y lo que aprendió, y buenas prácticas que se "
                "pueden buscar por tema, región, ciudad y Objetivo de Desarrollo "
                "Sostenible.</p>"
            ),
            heading("Los programas"),
            paragraph(
                "<p>La Academia reúne tres familias de emparejamientos:</p>"
                "<ul>"
                "<li><b>Cities Forward</b>, la iniciativa de sostenibilidad urbana del "
                "Departamento de Estado de Estados Unidos, lanzada en la Cumbre de Ciudades de "
                "las Américas de 2023. Doce ciudades de Estados Unidos se emparejan una a una con "
                "doce ciudades de América Latina y el Caribe, y la Academia de Cities Forward "
                "abre lo aprendido a más de cincuenta ciudades.</li>"
                "<li><b>EU Cities Gateway</b>, en el que cada ciudad europea trabaja con varias "
                "ciudades de Estados Unidos y Canadá, agrupadas en grupos temáticos.</li>"
                "<li><b>Cooperación Urbana y Regional Internacional (IUC e IURC)</b>, los "
                "programas anteriores de la Unión Europea, que emparejaron ciudades europeas "
                "con socias de América del Norte y América Latina, por ejemplo Barcelona con "
                "Nueva York y Hamburgo con Guadalajara.</li>"
                "</ul>"
            ),
            heading("Siete grupos temáticos"),
            paragraph(
                "<p>El trabajo se organiza en siete grupos: soluciones basadas en la naturaleza "
                "e infraestructura verde; economía circular; digitalización e innovación urbana "
                "inclusiva; vivienda asequible y espacios de vida innovadores; recursos "
                "hídricos; barrios y medios de vida resilientes; y movilidad urbana sostenible. "
                "Las ciudades, los emparejamientos, los cursos y los estudios de caso se "
                "clasifican según los grupos a los que contribuyen, de modo que un tema puede "
                "seguirse de un programa a otro y de un continente a otro.</p>"
            ),
            heading("A quién se dirige"),
            paragraph(
                "<p>El personal municipal y los profesionales se inscriben con su ciudad, "
                "estudian a su ritmo, retoman donde lo dejaron y obtienen certificados que "
                "cualquiera puede verificar. El personal de los programas redacta y revisa el "
                "material y sigue las inscripciones y la finalización por ciudad, grupo y "
                "programa. Cualquier persona puede consultar las ciudades, los emparejamientos "
                "y los grupos sin crear una cuenta.</p>"
            ),
            callout(
                "Qué es ilustrativo aquí",
                "<p>Este es un contenido de demostración. La población y las coordenadas de las "
                "ciudades proceden de GeoNames (CC BY 4.0). Los emparejamientos de Cities "
                "Forward y de IUC/IURC siguen los anuncios públicos; los emparejamientos de EU "
                "Cities Gateway, los grupos temáticos asignados a cada ciudad y emparejamiento "
                "y los perfiles breves de las ciudades son ilustrativos y se señalan como tales. "
                "Este sitio no es un sitio oficial de ninguno de estos programas.</p>",
                tone="note",
            ),
        ],
    },
}

# Index pages ----------------------------------------------------------------------------------

CITY_INDEX = {
    "en": {
        "title": "Cities",
        "intro": (
            "<p>The Academy's cities: the twenty-four cities of Cities Forward and further Latin "
            "American and Caribbean cities of its Academy, the European and North American "
            "cities of the earlier IUC/IURC pairings, and the cities of the EU Cities Gateway. "
            "Filter by world region, country, programme, thematic cluster or city size, or "
            "find a city on the map.</p>"
            "<p>Populations and coordinates: "
            '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), which does not '
            "always carry the latest census figure.</p>"
        ),
        "search_description": "Directory of the Academy's cities, with filters and a map.",
    },
    "es": {
        "title": "Ciudades",
        "intro": (
            "<p>Las ciudades de la Academia: las veinticuatro ciudades de Cities Forward y otras "
            "ciudades de América Latina y el Caribe de su Academia, las ciudades europeas y "
            "norteamericanas de los emparejamientos anteriores de IUC/IURC y las ciudades de EU "
            "Cities Gateway. Filtre por región del mundo, país, programa, grupo temático o "
            "tamaño de la ciudad, o busque una ciudad en el mapa.</p>"
            "<p>Población y coordenadas: "
            '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), que no siempre '
            "recoge la cifra del censo más reciente.</p>"
        ),
        "search_description": "Directorio de las ciudades de la Academia, con filtros y mapa.",
    },
}

CLUSTER_INDEX = {
    "en": {
        "title": "Thematic clusters",
        "intro": (
            "<p>Seven themes organise the work of every programme. Each cluster page brings "
            "together the cities and pairings working on it, so you can see who has tried what, "
            "wherever they are, and whom to ask.</p>"
        ),
        "search_description": "The seven thematic clusters and the cities and pairings in each.",
    },
    "es": {
        "title": "Grupos temáticos",
        "intro": (
            "<p>Siete temas organizan el trabajo de todos los programas. La página de cada "
            "grupo reúne las ciudades y los emparejamientos que trabajan en él, para que vea "
            "quién ha probado qué, esté donde esté, y a quién preguntar.</p>"
        ),
        "search_description": (
            "Los siete grupos temáticos y las ciudades y los emparejamientos de cada uno."
        ),
    },
}

PAIRING_INDEX = {
    "en": {
        "title": "Pairings",
        "intro": (
            "<p>A pairing joins two or more cities within one programme: one to one in Cities "
            "Forward and the earlier IUC/IURC programmes, one European city with several North "
            "American partners in the EU Cities Gateway. Each pairing names its source; "
            "pairings marked <i>illustrative</i> are examples of a programme's shape rather "
            "than documented agreements.</p>"
        ),
        "search_description": "Every city pairing, by programme, thematic cluster and status.",
    },
    "es": {
        "title": "Emparejamientos",
        "intro": (
            "<p>Un emparejamiento une dos o más ciudades dentro de un programa: una a una en "
            "Cities Forward y en los programas anteriores de IUC/IURC, y una ciudad europea con "
            "varias socias norteamericanas en EU Cities Gateway. Cada emparejamiento indica su "
            "fuente; los marcados como <i>ilustrativos</i> son ejemplos de la forma de un "
            "programa, no acuerdos documentados.</p>"
        ),
        "search_description": (
            "Todos los emparejamientos de ciudades, por programa, grupo temático y estado."
        ),
    },
}

# City profiles ------------------------------------------------------------------------------

# How a programme is named inside a sentence.
PROGRAMME_PHRASE = {
    "en": {
        "cities-forward": "Cities Forward",
        "eu-cities-gateway": "the EU Cities Gateway",
        "iurc": "the EU's IUC/IURC city cooperation",
    },
    "es": {
        "cities-forward": "Cities Forward",
        "eu-cities-gateway": "EU Cities Gateway",
        "iurc": "la cooperación urbana IUC/IURC de la UE",
    },
}

PROFILE = {
    "en": {
        "paired": "In {programme}, it is paired with {partners}{since}.",
        "paired_past": "In {programme}, it was paired with {partners}.",
        "paired_illustrative": "In {programme}, it appears in illustrative pairings with "
        "{partners}.",
        "member": "It is listed among the cities of {programme}.",
        "academy": "It is one of the further Latin American and Caribbean cities of the Cities "
        "Forward Academy.",
        "since": " (since {year})",
        "focus": "Its exchanges here focus on these clusters: {clusters}.",
        "note": "Profile text is illustrative: the focus areas are the Academy's reading of "
        "public information about the city, not a statement by the city.",
        "and": "and",
    },
    "es": {
        "paired": "En {programme} participa junto con {partners}{since}.",
        "paired_past": "En {programme} participó junto con {partners}.",
        "paired_illustrative": "En {programme} figura en emparejamientos ilustrativos con "
        "{partners}.",
        "member": "Figura entre las ciudades de {programme}.",
        "academy": "Forma parte de las ciudades de América Latina y el Caribe que se suman a la "
        "Academia de Cities Forward.",
        "since": " (desde {year})",
        "focus": "Aquí, sus intercambios se centran en estos grupos temáticos: {clusters}.",
        "note": "Texto de perfil ilustrativo: los ejes temáticos reflejan la lectura que hace la "
        "Academia de información pública sobre la ciudad, no una declaración de la ciudad.",
        "and": "y",
    },
}

# Site branding --------------------------------------------------------------------------------

BRANDING = {
    "site_name": "Cities Academy",
    "tagline": "Peer learning between cities of the Americas and Europe",
    "tagline_es": "Aprendizaje entre pares entre ciudades de las Américas y Europa",
    "tagline_fr": "Apprentissage entre pairs entre villes des Amériques et d'Europe",
    "tagline_pt": "Aprendizagem entre pares entre cidades das Américas e da Europa",
    "contact_email": "academy@example.org",
    "funder_statement": (
        "Illustrative statement for the demonstration site: the Cities Academy is not an "
        "official site of, nor funded by, Cities Forward (US Department of State), the EU "
        "Cities Gateway or the IUC/IURC programmes (European Union). Replace this text with "
        "the real funder acknowledgement."
    ),
}
