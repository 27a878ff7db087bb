"""The demo's 72 cities: facts from data/cities.csv (GeoNames, CC BY 4.0) plus editorial text.

Facts (country, population, coordinates, GeoNames id) come only from the CSV. Everything else
here is editorial: the thematic clusters a city is shown under are the Academy's reading of
public information about the city, and the one-sentence summaries are written from public
knowledge. City pages say so in their profile ("Profile text is illustrative ...").
"""

import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.utils.text import slugify

CSV_PATH = Path(__file__).resolve().parent / "data" / "cities.csv"

GEONAMES_SOURCE = "GeoNames (CC BY 4.0)"

# Group in the CSV -> programme slug. "academy" cities are the further Latin American and
# Caribbean cities of the Cities Forward Academy, so they belong to Cities Forward.
PROGRAMME_FOR_GROUP = {
    "cf": "cities-forward",
    "iuc": "iurc",
    "eucg": "eu-cities-gateway",
    "academy": "cities-forward",
}

# Rows whose figures are not plain GeoNames city figures (see data/README.md).
POPULATION_SOURCE_OVERRIDES = {
    "Hawaii County": (
        "US Census 2020 (county population); coordinates of Hilo from GeoNames (CC BY 4.0)"
    ),
    "West Athens": "GeoNames (CC BY 4.0): population and coordinates of Athens",
    "Vila Nova de Famalicão": "Municipal figure added by hand (no GeoNames record)",
}

# Clusters (slugs from shared/specs/taxonomy.md), English summary, Spanish summary, and the
# Spanish page title where the city has a usual Spanish name.
NA = "nature-based-solutions"
CE = "circular-economy"
DI = "digital-innovation"
AH = "affordable-housing"
WR = "water-resources"
RD = "resilient-districts"
SM = "sustainable-mobility"

EDITORIAL: dict[str, dict] = {
    # Cities Forward: Latin America and the Caribbean ------------------------------------------
    "Ambato": {
        "clusters": (RD, WR, NA),
        "en": "Andean city in central Ecuador, rebuilt after the 1949 earthquake and known for "
        "its Festival of Fruits and Flowers.",
        "es": "Ciudad andina del centro de Ecuador, reconstruida tras el terremoto de 1949 y "
        "conocida por su Fiesta de la Fruta y de las Flores.",
    },
    "Cali": {
        "clusters": (SM, RD, NA),
        "en": "Colombia's third-largest city, in the Cauca Valley, crossed by seven rivers and "
        "served by the MIO mass transit system.",
        "es": "Tercera ciudad de Colombia, en el valle del Cauca, atravesada por siete ríos y "
        "servida por el sistema de transporte masivo MIO.",
    },
    "Cartagena": {
        "clusters": (RD, WR, NA),
        "en": "Caribbean port with a UNESCO-listed walled city, exposed to sea-level rise and "
        "coastal flooding.",
        "es": "Puerto caribeño con una ciudad amurallada declarada Patrimonio de la Humanidad, "
        "expuesto al aumento del nivel del mar y a las inundaciones costeras.",
    },
    "Fortaleza": {
        "clusters": (SM, RD, WR),
        "en": "Capital of Ceará on Brazil's north-east coast, known for the rapid growth of its "
        "cycle network and its road safety work.",
        "es": "Capital de Ceará, en la costa nordeste de Brasil, conocida por el rápido "
        "crecimiento de su red de ciclovías y su trabajo en seguridad vial.",
    },
    "Freeport": {
        "clusters": (RD, WR, CE),
        "en": "Second city of The Bahamas, on Grand Bahama, rebuilding after Hurricane Dorian "
        "in 2019.",
        "es": "Segunda ciudad de las Bahamas, en la isla de Gran Bahama, en reconstrucción tras "
        "el huracán Dorian de 2019.",
    },
    "Guatemala City": {
        "clusters": (RD, AH, SM),
        "en": "Capital of Guatemala, spread across a highland valley cut by ravines where many "
        "informal settlements face landslide risk.",
        "es": "Capital de Guatemala, extendida en un valle de altura surcado por barrancos "
        "donde muchos asentamientos informales están expuestos a deslizamientos.",
        "title_es": "Ciudad de Guatemala",
    },
    "Hermosillo": {
        "clusters": (WR, RD, NA),
        "en": "Capital of Sonora in the Sonoran Desert, where water scarcity and extreme heat "
        "shape how the city grows.",
        "es": "Capital de Sonora, en el desierto de Sonora, donde la escasez de agua y el calor "
        "extremo marcan el crecimiento de la ciudad.",
    },
    "Manaus": {
        "clusters": (NA, WR, CE),
        "en": "Capital of Amazonas on the Rio Negro, near its meeting with the Solimões: a city "
        "of two million in the middle of the rainforest.",
        "es": "Capital de Amazonas a orillas del río Negro, cerca de su encuentro con el "
        "Solimões: una ciudad de dos millones de habitantes en plena selva.",
        "title_es": "Manaos",
    },
    "Mérida": {
        "clusters": (WR, NA, RD),
        "en": "Capital of Yucatán, whose karst aquifer and cenotes are its only source of fresh "
        "water.",
        "es": "Capital de Yucatán, cuyo acuífero kárstico y sus cenotes son la única fuente de "
        "agua dulce.",
    },
    "Montego Bay": {
        "clusters": (RD, WR, NA),
        "en": "Tourism centre on Jamaica's north coast, next to the Montego Bay Marine Park.",
        "es": "Centro turístico de la costa norte de Jamaica, junto al Parque Marino de "
        "Montego Bay.",
    },
    "Renca": {
        "clusters": (NA, RD, AH),
        "en": "Commune in the north-west of Greater Santiago, working to turn the Renca hills "
        "into a metropolitan park.",
        "es": "Comuna del noroeste del Gran Santiago que trabaja para convertir los cerros de "
        "Renca en un parque metropolitano.",
    },
    "Rosario": {
        "clusters": (NA, CE, RD),
        "en": "River city on the Paraná, known for its municipal urban agriculture programme "
        "and its public riverfront.",
        "es": "Ciudad a orillas del Paraná, conocida por su programa municipal de agricultura "
        "urbana y su costanera pública.",
    },
    # Cities Forward: United States ---------------------------------------------------------
    "Philadelphia": {
        "clusters": (WR, NA, AH),
        "en": "Pennsylvania's largest city, known for Green City, Clean Waters, its long-term "
        "programme of green stormwater infrastructure.",
        "es": "La mayor ciudad de Pensilvania, conocida por Green City, Clean Waters, su "
        "programa a largo plazo de infraestructura verde para aguas pluviales.",
        "title_es": "Filadelfia",
    },
    "Baltimore": {
        "clusters": (AH, WR, RD),
        "en": "Port city on the Chesapeake Bay working on vacant housing, harbour water quality "
        "and neighbourhood revitalisation.",
        "es": "Ciudad portuaria de la bahía de Chesapeake que trabaja en la vivienda "
        "desocupada, la calidad del agua del puerto y la revitalización de barrios.",
    },
    "Denver": {
        "clusters": (SM, AH, NA),
        "en": "Colorado's capital at the foot of the Rocky Mountains, host of the first Cities "
        "Summit of the Americas in 2023, with a growing rail transit network.",
        "es": "Capital de Colorado, al pie de las Montañas Rocosas, sede de la primera Cumbre de "
        "Ciudades de las Américas en 2023 y con una red de tren en expansión.",
    },
    "Hawaii County": {
        "clusters": (RD, NA, WR),
        "en": "The county covering Hawaiʻi Island, with its seat at Hilo, managing volcanic, "
        "tsunami and coastal hazards across a largely rural island.",
        "es": "El condado que abarca la isla de Hawái, con sede en Hilo, que gestiona riesgos "
        "volcánicos, de tsunami y costeros en una isla mayoritariamente rural.",
        "title_es": "Condado de Hawái",
    },
    "Coral Springs": {
        "clusters": (RD, DI, NA),
        "en": "Planned city in Broward County, South Florida, known for performance-based "
        "management of its city services.",
        "es": "Ciudad planificada del condado de Broward, en el sur de Florida, conocida por "
        "gestionar sus servicios municipales con base en resultados.",
    },
    "Dallas": {
        "clusters": (SM, NA, AH),
        "en": "North Texas city with one of the longest light-rail networks in the United "
        "States and plans for parks along the Trinity River.",
        "es": "Ciudad del norte de Texas con una de las redes de tren ligero más largas de "
        "Estados Unidos y planes de parques a lo largo del río Trinity.",
    },
    "Dubuque": {
        "clusters": (WR, DI, NA),
        "en": "Mississippi River city in Iowa, known for the Bee Branch Creek restoration and "
        "its Sustainable Dubuque approach.",
        "es": "Ciudad de Iowa a orillas del río Misisipi, conocida por la restauración del "
        "arroyo Bee Branch y su enfoque Sustainable Dubuque.",
    },
    "Stockton": {
        "clusters": (RD, WR, AH),
        "en": "Inland port in California's Central Valley, known for its guaranteed income "
        "pilot SEED (2019–2021).",
        "es": "Puerto interior del Valle Central de California, conocido por su programa piloto "
        "de ingreso garantizado SEED (2019-2021).",
    },
    "Austin": {
        "clusters": (AH, SM, RD),
        "en": "Texas capital and fast-growing technology hub, working on housing affordability "
        "and the Project Connect transit plan.",
        "es": "Capital de Texas y polo tecnológico en rápido crecimiento, que trabaja en la "
        "asequibilidad de la vivienda y en el plan de transporte Project Connect.",
    },
    "Hoboken": {
        "clusters": (RD, WR, NA),
        "en": "Dense Hudson River city in New Jersey that has built resilience parks and flood "
        "defences since Hurricane Sandy (2012).",
        "es": "Ciudad densa a orillas del río Hudson, en Nueva Jersey, que ha construido "
        "parques resilientes y defensas contra inundaciones desde el huracán Sandy (2012).",
    },
    "Evanston": {
        "clusters": (RD, AH, NA),
        "en": "Lake Michigan city north of Chicago, with a Climate Action and Resilience Plan "
        "and a local reparations programme for housing.",
        "es": "Ciudad a orillas del lago Míchigan, al norte de Chicago, con un Plan de Acción "
        "Climática y Resiliencia y un programa local de reparaciones en vivienda.",
    },
    "Chattanooga": {
        "clusters": (DI, SM, NA),
        "en": "Tennessee River city that went from some of the worst air in the country in the "
        "1960s to a city-owned gigabit fibre network.",
        "es": "Ciudad a orillas del río Tennessee que pasó de tener uno de los aires más "
        "contaminados del país en los años sesenta a una red municipal de fibra de gigabit.",
    },
    # Earlier IUC/IURC pairings ----------------------------------------------------------------
    "Montréal": {
        "clusters": (SM, CE, DI),
        "en": "Quebec's largest city, an early adopter of public bike sharing (BIXI, 2009), "
        "with a plan for a circular economy.",
        "es": "La mayor ciudad de Quebec, pionera del uso compartido de bicicletas (BIXI, "
        "2009), con un plan de economía circular.",
        "title_es": "Montreal",
    },
    "Manchester": {
        "clusters": (DI, SM, RD),
        "en": "The world's first industrial city, now a centre for digital and creative "
        "industries, served by the Metrolink tram network.",
        "es": "La primera ciudad industrial del mundo, hoy un centro de industrias digitales y "
        "creativas, servida por la red de tranvías Metrolink.",
    },
    "Bologna": {
        "clusters": (DI, RD, SM),
        "en": "University city in Emilia-Romagna, known for its porticoes and its 2014 "
        "regulation on the care of urban commons.",
        "es": "Ciudad universitaria de Emilia-Romaña, conocida por sus pórticos y por su "
        "reglamento de 2014 sobre el cuidado de los bienes comunes urbanos.",
        "title_es": "Bolonia",
    },
    "Turin": {
        "clusters": (DI, CE, SM),
        "en": "Former capital of Italy's car industry, reusing its industrial sites for "
        "innovation, universities and culture.",
        "es": "Antigua capital de la industria automovilística italiana, que reutiliza sus "
        "sitios industriales para la innovación, la universidad y la cultura.",
        "title_es": "Turín",
    },
    "Boston": {
        "clusters": (RD, DI, WR),
        "en": "Capital of Massachusetts, home of the Mayor's Office of New Urban Mechanics and "
        "the Climate Ready Boston coastal plans.",
        "es": "Capital de Massachusetts, sede de la Oficina de Nuevas Mecánicas Urbanas de la "
        "alcaldía y de los planes costeros Climate Ready Boston.",
    },
    "Lyon": {
        "clusters": (SM, DI, NA),
        "en": "French city at the confluence of the Rhône and the Saône, known for "
        "regenerating the Confluence district.",
        "es": "Ciudad francesa en la confluencia del Ródano y el Saona, conocida por la "
        "regeneración del barrio de La Confluence.",
    },
    "New York City": {
        "clusters": (RD, AH, SM),
        "en": "The largest US city, investing in coastal resilience since Hurricane Sandy and "
        "in affordable housing at scale.",
        "es": "La mayor ciudad de Estados Unidos, que invierte en resiliencia costera desde el "
        "huracán Sandy y en vivienda asequible a gran escala.",
        "title_es": "Nueva York",
    },
    "Barcelona": {
        "clusters": (SM, DI, NA),
        "en": "Catalan capital known for its superblocks, which give streets back to people, "
        "and the Decidim participation platform.",
        "es": "Capital catalana conocida por sus supermanzanas, que devuelven las calles a las "
        "personas, y por la plataforma de participación Decidim.",
    },
    "Fort Collins": {
        "clusters": (CE, NA, DI),
        "en": "Colorado university city with zero-waste and climate goals and a municipal "
        "broadband network, Connexion.",
        "es": "Ciudad universitaria de Colorado con metas de residuo cero y de clima, y una red "
        "municipal de banda ancha, Connexion.",
    },
    "Vila Nova de Famalicão": {
        "clusters": (CE, DI, RD),
        "en": "Industrial municipality in northern Portugal with a strong textile and "
        "manufacturing base.",
        "es": "Municipio industrial del norte de Portugal con una sólida base textil y "
        "manufacturera.",
    },
    "Santa Monica": {
        "clusters": (WR, SM, CE),
        "en": "Coastal city in Los Angeles County working towards water self-sufficiency, known "
        "for its Wellbeing Project.",
        "es": "Ciudad costera del condado de Los Ángeles que avanza hacia la autosuficiencia "
        "hídrica, conocida por su proyecto de bienestar (Wellbeing Project).",
        "title_es": "Santa Mónica",
    },
    "Varna": {
        "clusters": (SM, RD, CE),
        "en": "Bulgaria's third city and main Black Sea port, a centre for maritime trade and "
        "tourism.",
        "es": "Tercera ciudad de Bulgaria y principal puerto del mar Negro, centro de comercio "
        "marítimo y de turismo.",
    },
    "Guadalajara": {
        "clusters": (DI, SM, WR),
        "en": "Capital of Jalisco and one of Mexico's technology hubs, at the heart of a "
        "metropolitan area of about five million people.",
        "es": "Capital de Jalisco y uno de los polos tecnológicos de México, en el centro de un "
        "área metropolitana de unos cinco millones de habitantes.",
    },
    "Hamburg": {
        "clusters": (WR, NA, SM),
        "en": "Germany's largest port city, whose HafenCity waterfront district is built to "
        "live with storm floods.",
        "es": "La mayor ciudad portuaria de Alemania, cuyo barrio ribereño HafenCity está "
        "construido para convivir con las mareas de tormenta.",
        "title_es": "Hamburgo",
    },
    "West Athens": {
        "clusters": (RD, AH, NA),
        "en": "Western part of the Athens conurbation, a group of dense municipalities working "
        "on heat, green space and local jobs.",
        "es": "Parte occidental de la aglomeración de Atenas, un conjunto de municipios densos "
        "que trabajan en el calor, las zonas verdes y el empleo local.",
        "title_es": "Atenas Occidental",
    },
    "Albuquerque": {
        "clusters": (WR, SM, NA),
        "en": "New Mexico's largest city, on the Rio Grande, which moved much of its drinking "
        "water from groundwater to river water to protect its aquifer.",
        "es": "La mayor ciudad de Nuevo México, a orillas del río Bravo, que pasó buena parte de "
        "su agua potable de fuentes subterráneas al río para proteger su acuífero.",
    },
    "Murcia": {
        "clusters": (WR, NA, SM),
        "en": "Regional capital in south-eastern Spain, surrounded by the irrigated huerta of "
        "the Segura valley.",
        "es": "Capital regional del sureste de España, rodeada por la huerta de regadío del "
        "valle del Segura.",
    },
    "Kansas City": {
        "clusters": (DI, SM, RD),
        "en": "Missouri city with a fare-free streetcar and one of the first smart-city "
        "corridors in the United States.",
        "es": "Ciudad de Misuri con un tranvía gratuito y uno de los primeros corredores de "
        "ciudad inteligente de Estados Unidos.",
    },
    "Katowice": {
        "clusters": (CE, RD, SM),
        "en": "Centre of the GZM Metropolis in Upper Silesia, turning former coal mines into "
        "cultural and business districts; host of COP24 in 2018.",
        "es": "Centro de la metrópoli GZM en la Alta Silesia, que transforma antiguas minas de "
        "carbón en barrios culturales y de negocios; sede de la COP24 en 2018.",
    },
    "Burlington": {
        "clusters": (NA, SM, RD),
        "en": "Ontario city on Lake Ontario between Toronto and Hamilton, with much of its "
        "rural north protected in the Greenbelt.",
        "es": "Ciudad de Ontario a orillas del lago Ontario, entre Toronto y Hamilton, con buena "
        "parte de su norte rural protegido en el Greenbelt.",
    },
    "Växjö": {
        "clusters": (NA, CE, AH),
        "en": "Swedish city that calls itself Europe's greenest, building in wood and heating "
        "with biomass to cut fossil fuels.",
        "es": "Ciudad sueca que se presenta como la más verde de Europa, que construye en madera "
        "y usa biomasa para la calefacción con el fin de reducir los combustibles fósiles.",
    },
    "Belo Horizonte": {
        "clusters": (RD, CE, AH),
        "en": "Planned capital of Minas Gerais, known internationally for its municipal food "
        "security policy since 1993.",
        "es": "Capital planificada de Minas Gerais, reconocida internacionalmente por su "
        "política municipal de seguridad alimentaria desde 1993.",
    },
    "Almada": {
        "clusters": (RD, NA, SM),
        "en": "City on the south bank of the Tagus facing Lisbon, with a long-standing local "
        "climate strategy.",
        "es": "Ciudad en la orilla sur del Tajo, frente a Lisboa, con una estrategia climática "
        "local de larga trayectoria.",
    },
    # EU Cities Gateway (illustrative pairings) ---------------------------------------------
    "Albacete": {
        "clusters": (SM, CE, WR),
        "en": "Regional city on the dry plateau of Castilla-La Mancha, known for its "
        "knife-making tradition.",
        "es": "Ciudad de la meseta seca de Castilla-La Mancha, conocida por su tradición "
        "cuchillera.",
    },
    "Alicante": {
        "clusters": (WR, RD, CE),
        "en": "Mediterranean port on the Costa Blanca, where a dry climate makes desalination "
        "and water reuse part of everyday supply.",
        "es": "Puerto mediterráneo de la Costa Blanca, donde el clima seco hace de la desalación "
        "y la reutilización del agua parte del suministro cotidiano.",
    },
    "Porto": {
        "clusters": (CE, AH, DI),
        "en": "Portugal's second city, on the Douro, with a UNESCO-listed historic centre and a "
        "roadmap for a circular economy.",
        "es": "Segunda ciudad de Portugal, a orillas del Duero, con un centro histórico "
        "declarado Patrimonio de la Humanidad y una hoja de ruta hacia la economía circular.",
        "title_es": "Oporto",
    },
    "Milan": {
        "clusters": (NA, SM, CE),
        "en": "Lombardy's economic capital, with the Area C congestion charge, the ForestaMi "
        "tree-planting plan and a city food policy.",
        "es": "Capital económica de Lombardía, con el peaje urbano Area C, el plan de plantación "
        "de árboles ForestaMi y una política alimentaria municipal.",
        "title_es": "Milán",
    },
    "Vienna": {
        "clusters": (AH, SM, NA),
        "en": "Austria's capital, known worldwide for its municipal and subsidised housing and "
        "its dense public transport.",
        "es": "Capital de Austria, conocida en todo el mundo por su vivienda municipal y "
        "subvencionada y por su densa red de transporte público.",
        "title_es": "Viena",
    },
    "Toronto": {
        "clusters": (AH, SM, NA),
        "en": "Canada's largest city, working on housing supply, transit expansion and the care "
        "of its large ravine system.",
        "es": "La mayor ciudad de Canadá, que trabaja en la oferta de vivienda, la ampliación "
        "del transporte público y el cuidado de su extensa red de barrancos.",
    },
    "Vancouver": {
        "clusters": (NA, AH, RD),
        "en": "Pacific port city in British Columbia, known for its Greenest City Action Plan "
        "and its housing affordability pressures.",
        "es": "Ciudad portuaria del Pacífico en Columbia Británica, conocida por su plan "
        "Greenest City y por la presión sobre la asequibilidad de la vivienda.",
    },
    "Seattle": {
        "clusters": (NA, DI, SM),
        "en": "Pacific Northwest technology hub expanding its light rail and working on housing "
        "affordability.",
        "es": "Polo tecnológico del noroeste del Pacífico que amplía su tren ligero y trabaja en "
        "la asequibilidad de la vivienda.",
    },
    "Pittsburgh": {
        "clusters": (CE, DI, SM),
        "en": "Former steel capital where three rivers meet, now a centre for robotics, health "
        "and university research.",
        "es": "Antigua capital del acero en la confluencia de tres ríos, hoy un centro de "
        "robótica, salud e investigación universitaria.",
    },
    "Minneapolis": {
        "clusters": (AH, NA, SM),
        "en": "Mississippi River city whose Minneapolis 2040 plan ended single-family-only "
        "zoning, with a celebrated park system.",
        "es": "Ciudad a orillas del Misisipi cuyo plan Minneapolis 2040 puso fin a la "
        "zonificación exclusivamente unifamiliar, con un reconocido sistema de parques.",
    },
    "Ottawa": {
        "clusters": (RD, SM, AH),
        "en": "Canada's capital on the Ottawa River, expanding its O-Train light rail and "
        "adapting after the floods of 2017 and 2019.",
        "es": "Capital de Canadá a orillas del río Ottawa, que amplía su tren ligero O-Train y "
        "se adapta tras las inundaciones de 2017 y 2019.",
    },
    "Zaragoza": {
        "clusters": (WR, SM, DI),
        "en": "Capital of Aragon on the Ebro, which hosted Expo 2008 on water and sustainable "
        "development.",
        "es": "Capital de Aragón a orillas del Ebro, sede de la Expo 2008 dedicada al agua y el "
        "desarrollo sostenible.",
    },
    "Mannheim": {
        "clusters": (DI, NA, RD),
        "en": "Rhine-Neckar city with a grid-plan centre, which hosted the 2023 Federal Garden "
        "Show on a former military site.",
        "es": "Ciudad del Rin-Neckar con un centro en cuadrícula, que acogió en 2023 la "
        "Exposición Federal de Jardinería en un antiguo terreno militar.",
    },
    # Further Cities Forward Academy cities ---------------------------------------------------
    "Bogotá": {
        "clusters": (SM, AH, RD),
        "en": "Colombia's capital, known for the TransMilenio bus rapid transit system and its "
        "Sunday Ciclovía.",
        "es": "Capital de Colombia, conocida por el sistema de buses de tránsito rápido "
        "TransMilenio y por su Ciclovía dominical.",
    },
    "Medellín": {
        "clusters": (SM, RD, NA),
        "en": "Colombian city known for social urbanism, cable cars linking hillside "
        "neighbourhoods and its green corridors.",
        "es": "Ciudad colombiana conocida por el urbanismo social, los metrocables que conectan "
        "los barrios de ladera y sus corredores verdes.",
    },
    "Quito": {
        "clusters": (SM, RD, WR),
        "en": "Ecuador's capital high in the Andes, with a UNESCO-listed historic centre and a "
        "first metro line opened in 2023.",
        "es": "Capital de Ecuador en lo alto de los Andes, con un centro histórico Patrimonio de "
        "la Humanidad y una primera línea de metro inaugurada en 2023.",
    },
    "Lima": {
        "clusters": (WR, AH, SM),
        "en": "Peru's capital on the Pacific coast, one of the largest cities built in a desert, "
        "where water supply is a constant concern.",
        "es": "Capital de Perú en la costa del Pacífico, una de las mayores ciudades construidas "
        "en un desierto, donde el abastecimiento de agua es una preocupación constante.",
    },
    "Santiago": {
        "clusters": (SM, WR, NA),
        "en": "Chile's capital between the Andes and the coastal range, with one of the largest "
        "electric bus fleets outside China.",
        "es": "Capital de Chile, entre la cordillera de los Andes y la de la Costa, con una de "
        "las mayores flotas de buses eléctricos fuera de China.",
    },
    "Montevideo": {
        "clusters": (CE, DI, RD),
        "en": "Uruguay's capital on the Río de la Plata, home to more than a third of the "
        "country's population.",
        "es": "Capital de Uruguay a orillas del Río de la Plata, donde vive más de un tercio de "
        "la población del país.",
    },
    "Recife": {
        "clusters": (WR, RD, DI),
        "en": "Capital of Pernambuco, a city of rivers and coast exposed to flooding and home to "
        "the Porto Digital technology park.",
        "es": "Capital de Pernambuco, ciudad de ríos y costa expuesta a inundaciones y sede del "
        "parque tecnológico Porto Digital.",
    },
    "São Paulo": {
        "clusters": (SM, AH, WR),
        "en": "Brazil's largest city, which lived through a severe water crisis in 2014–2015 and "
        "runs large housing and transport programmes.",
        "es": "La mayor ciudad de Brasil, que atravesó una grave crisis hídrica en 2014-2015 y "
        "gestiona grandes programas de vivienda y transporte.",
    },
    "Panama City": {
        "clusters": (SM, RD, WR),
        "en": "Capital of Panama at the Pacific entrance to the canal, which opened Central "
        "America's first metro line in 2014.",
        "es": "Capital de Panamá, en la entrada del canal por el Pacífico, que inauguró en 2014 "
        "la primera línea de metro de Centroamérica.",
        "title_es": "Ciudad de Panamá",
    },
    "San José": {
        "clusters": (NA, SM, RD),
        "en": "Costa Rica's capital, restoring urban rivers such as the María Aguilar and the "
        "Torres as interurban biological corridors.",
        "es": "Capital de Costa Rica, que recupera ríos urbanos como el María Aguilar y el "
        "Torres como corredores biológicos interurbanos.",
    },
    "Kingston": {
        "clusters": (RD, WR, AH),
        "en": "Jamaica's capital, set on one of the largest natural harbours in the world.",
        "es": "Capital de Jamaica, situada en uno de los mayores puertos naturales del mundo.",
    },
    "Santo Domingo": {
        "clusters": (SM, RD, WR),
        "en": "Capital of the Dominican Republic and the oldest continuously inhabited "
        "European-founded city in the Americas, with a growing metro.",
        "es": "Capital de la República Dominicana y la ciudad de fundación europea habitada sin "
        "interrupción más antigua de América, con una red de metro en expansión.",
    },
}


@dataclass(frozen=True)
class CitySeed:
    name: str
    slug: str
    country: str
    population: int | None
    latitude: Decimal
    longitude: Decimal
    geonames_id: int | None
    group: str
    programme: str
    clusters: tuple[str, ...]
    summary_en: str
    summary_es: str
    title_es: str
    population_source: str


def city_slug(name: str) -> str:
    """ASCII slug with accents folded: "Mérida" -> "merida", "São Paulo" -> "sao-paulo"."""
    return slugify(name)


def _int_or_none(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value else None


def _coordinate(value: str) -> Decimal:
    # CityPage stores five decimal places; quantise so re-runs compare equal.
    return Decimal(value.strip()).quantize(Decimal("0.00001"))


def load_cities(path: Path = CSV_PATH) -> list[CitySeed]:
    """Every row of cities.csv with its editorial text; fails loudly on a missing entry."""
    seeds = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"].strip()
            editorial = EDITORIAL.get(name)
            if editorial is None:
                raise ValueError(f"No editorial entry for city {name!r} in academy/demo/cities.py")
            group = row["group"].strip()
            seeds.append(
                CitySeed(
                    name=name,
                    slug=city_slug(name),
                    country=row["country"].strip().upper(),
                    population=_int_or_none(row["population"]),
                    latitude=_coordinate(row["lat"]),
                    longitude=_coordinate(row["lon"]),
                    geonames_id=_int_or_none(row["geonameid"]),
                    group=group,
                    programme=PROGRAMME_FOR_GROUP[group],
                    clusters=tuple(editorial["clusters"]),
                    summary_en=editorial["en"],
                    summary_es=editorial["es"],
                    title_es=editorial.get("title_es", name),
                    population_source=POPULATION_SOURCE_OVERRIDES.get(name, GEONAMES_SOURCE),
                )
            )
    slugs = [seed.slug for seed in seeds]
    if len(set(slugs)) != len(slugs):
        raise ValueError("Two cities in cities.csv share a slug")
    return seeds
