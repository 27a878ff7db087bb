"""The fixed vocabularies of shared/specs/taxonomy.md: programmes and thematic clusters.

Slugs are a public interface (imports, URLs, search filters) and never change; names and
descriptions can be edited afterwards in the admin.
"""

from django.db import migrations

PROGRAMMES = [
    {
        "slug": "cities-forward",
        "short_name": "Cities Forward",
        "colour": "#0b4f6c",
        "name": "Cities Forward",
        "name_es": "Cities Forward (Ciudades Adelante)",
        "name_fr": "Cities Forward (Villes en avant)",
        "name_pt": "Cities Forward (Cidades em Frente)",
        "description": "Twelve US cities paired one to one with twelve Latin American and "
        "Caribbean cities, with an Academy open to more than fifty cities.",
        "description_es": "Doce ciudades de Estados Unidos emparejadas una a una con doce ciudades "
        "de América Latina y el Caribe, con una Academia abierta a más de cincuenta ciudades.",
        "description_fr": "Douze villes des États-Unis jumelées une à une avec douze villes "
        "d'Amérique latine et des Caraïbes, avec une Académie ouverte à plus de cinquante villes.",
        "description_pt": "Doze cidades dos Estados Unidos emparelhadas uma a uma com doze "
        "cidades da América Latina e do Caribe, com uma Academia aberta a mais de cinquenta "
        "cidades.",
    },
    {
        "slug": "eu-cities-gateway",
        "short_name": "EUCG",
        "colour": "#1d4ed8",
        "name": "EU Cities Gateway",
        "name_es": "EU Cities Gateway (Pasarela de Ciudades de la UE)",
        "name_fr": "EU Cities Gateway (Passerelle des villes de l'UE)",
        "name_pt": "EU Cities Gateway (Portal de Cidades da UE)",
        "description": "Each European city is paired with several US and Canadian cities, "
        "working together in thematic clusters.",
        "description_es": "Cada ciudad europea se empareja con varias ciudades de Estados Unidos "
        "y Canadá, que trabajan juntas en grupos temáticos.",
        "description_fr": "Chaque ville européenne est jumelée avec plusieurs villes des "
        "États-Unis et du Canada, qui travaillent ensemble en groupes thématiques.",
        "description_pt": "Cada cidade europeia é emparelhada com várias cidades dos Estados "
        "Unidos e do Canadá, que trabalham juntas em grupos temáticos.",
    },
    {
        "slug": "iurc",
        "short_name": "IURC",
        "colour": "#7c3aed",
        "name": "International Urban and Regional Cooperation",
        "name_es": "Cooperación Urbana y Regional Internacional",
        "name_fr": "Coopération urbaine et régionale internationale",
        "name_pt": "Cooperação Urbana e Regional Internacional",
        "description": "Earlier EU city-to-city pairings with the Americas (IUC and IURC).",
        "description_es": "Emparejamientos anteriores de ciudades de la UE con las Américas "
        "(IUC e IURC).",
        "description_fr": "Jumelages antérieurs de villes de l'UE avec les Amériques (IUC et IURC).",
        "description_pt": "Emparelhamentos anteriores de cidades da UE com as Américas "
        "(IUC e IURC).",
    },
]

CLUSTERS = [
    ("nature-based-solutions", "leaf", "#2e7d32",
     "Nature-based solutions and green infrastructure",
     "Soluciones basadas en la naturaleza e infraestructura verde",
     "Solutions fondées sur la nature et infrastructures vertes",
     "Soluções baseadas na natureza e infraestrutura verde"),
    ("circular-economy", "cycle", "#00695c",
     "Circular economy", "Economía circular", "Économie circulaire", "Economia circular"),
    ("digital-innovation", "chip", "#4527a0",
     "Digitalisation and inclusive urban innovation",
     "Digitalización e innovación urbana inclusiva",
     "Numérique et innovation urbaine inclusive",
     "Digitalização e inovação urbana inclusiva"),
    ("affordable-housing", "house", "#ad1457",
     "Affordable housing and innovative living spaces",
     "Vivienda asequible y espacios de vida innovadores",
     "Logement abordable et espaces de vie innovants",
     "Habitação acessível e espaços de vida inovadores"),
    ("water-resources", "drop", "#0277bd",
     "Water resources", "Recursos hídricos", "Ressources en eau", "Recursos hídricos"),
    ("resilient-districts", "shield", "#bf360c",
     "Resilient districts and livelihoods",
     "Barrios y medios de vida resilientes",
     "Quartiers et moyens de subsistance résilients",
     "Bairros e meios de subsistência resilientes"),
    ("sustainable-mobility", "bus", "#37474f",
     "Sustainable urban mobility",
     "Movilidad urbana sostenible",
     "Mobilité urbaine durable",
     "Mobilidade urbana sustentável"),
]


def create_vocabularies(apps, schema_editor):
    Programme = apps.get_model("academy", "Programme")
    ThematicCluster = apps.get_model("academy", "ThematicCluster")
    for order, data in enumerate(PROGRAMMES):
        fields = {key: value for key, value in data.items() if key != "slug"}
        Programme.objects.get_or_create(slug=data["slug"], defaults={**fields, "sort_order": order})
    for order, (slug, icon, colour, en, es, fr, pt) in enumerate(CLUSTERS):
        ThematicCluster.objects.get_or_create(
            slug=slug,
            defaults={
                "icon": icon,
                "colour": colour,
                "name": en,
                "name_es": es,
                "name_fr": fr,
                "name_pt": pt,
                "sort_order": order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("academy", "0002_locales_and_home")]

    operations = [migrations.RunPython(create_vocabularies, migrations.RunPython.noop)]
