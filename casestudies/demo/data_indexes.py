"""Titles and introductions of the two library index pages, in English and Spanish."""

from .seeds import IndexText, p

CASE_STUDY_INDEX = {
    "en": IndexText(
        title="Case studies",
        intro=p(
            "What cities did, what it cost, what it achieved and what they would do "
            "differently. Every case study lists its sources, its outcome indicators with "
            "baselines and targets, and how strong its evidence is, from <i>reported by the "
            "city</i> to <i>independently evaluated</i>. Filter by thematic cluster, region, "
            "city, programme, Sustainable Development Goal or status.",
            "This is demonstration content written from public sources, which are linked on "
            "each page. Where a figure or detail is illustrative or has not been checked, the "
            "page says so. Case studies are filed under the programme their city belongs to in "
            "the Academy's directory, so that paired cities can find each other's work; most "
            "of the projects predate those programmes and are the cities' own.",
        ),
        search_description=(
            "Case studies of what cities in the Americas and Europe did, what it cost and what "
            "it achieved, with sources, indicators and evidence levels."
        ),
    ),
    "es": IndexText(
        title="Estudios de caso",
        intro=p(
            "Qué hicieron las ciudades, cuánto costó, qué lograron y qué harían de otra "
            "manera. Cada estudio de caso indica sus fuentes, sus indicadores de resultado con "
            "línea de base y meta, y la solidez de su evidencia, desde <i>informado por la "
            "ciudad</i> hasta <i>evaluado de forma independiente</i>. Filtre por grupo "
            "temático, región, ciudad, programa, Objetivo de Desarrollo Sostenible o estado.",
            "Este es un contenido de demostración redactado a partir de fuentes públicas, "
            "enlazadas en cada página. Cuando una cifra o un detalle es ilustrativo o no se ha "
            "verificado, la página lo indica. Los estudios de caso se clasifican en el programa "
            "al que pertenece su ciudad en el directorio de la Academia, para que las ciudades "
            "emparejadas encuentren el trabajo de sus socias; la mayoría de los proyectos son "
            "anteriores a esos programas y son iniciativa de las propias ciudades. Algunos "
            "estudios de caso solo están disponibles en inglés.",
        ),
        search_description=(
            "Estudios de caso de lo que hicieron ciudades de las Américas y Europa, cuánto "
            "costó y qué lograron, con fuentes, indicadores y nivel de evidencia."
        ),
    ),
}

BEST_PRACTICE_INDEX = {
    "en": IndexText(
        title="Best practices",
        intro=p(
            "Practices distilled from the experience of several cities: what to do, why it "
            "works, how to go about it step by step, what must be in place first and what "
            "tends to go wrong. Each practice links to the case studies that show it and lists "
            "the cities that report taking it up, with the year, so you can see how far it "
            "has spread and whom to ask.",
            "Demonstration content: typical cost ranges are orders of magnitude drawn from the "
            "linked cases and are marked as illustrative on each page.",
        ),
        search_description=(
            "Transferable urban practices with steps, enabling conditions, pitfalls, typical "
            "costs, the case studies that show them and the cities that adopted them."
        ),
    ),
    "es": IndexText(
        title="Buenas prácticas",
        intro=p(
            "Prácticas destiladas de la experiencia de varias ciudades: qué hacer, por qué "
            "funciona, cómo hacerlo paso a paso, qué debe existir antes y qué suele salir mal. "
            "Cada práctica enlaza con los estudios de caso que la muestran y enumera las "
            "ciudades que informan haberla adoptado, con el año, para ver hasta dónde se ha "
            "extendido y a quién preguntar.",
            "Contenido de demostración: los rangos de costo típicos son órdenes de magnitud "
            "extraídos de los casos enlazados y se señalan como ilustrativos en cada página. "
            "Algunas prácticas solo están disponibles en inglés.",
        ),
        search_description=(
            "Prácticas urbanas transferibles con pasos, condiciones, riesgos, costos típicos, "
            "los estudios de caso que las muestran y las ciudades que las adoptaron."
        ),
    ),
}
