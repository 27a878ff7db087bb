"""Demo case studies from other cities of the Academy's directory (English source).

Further Cities Forward Academy cities (Medellín, Bogotá, Quito), earlier IUC/IURC partners
(Barcelona, Hamburg, Belo Horizonte) and EU Cities Gateway cities (Milan, Vienna): practices
that the Cities Forward pairs often cite and that the best practices build on. Same rules as
``data_cities_forward``: sources listed, figures attributed, illustrative details flagged.
"""

from academy.demo.cities import AH, CE, NA, RD, SM, WR
from casestudies.vocabulary import EvidenceLevel, Status

from .seeds import CaseStudySeed, Cost, Indicator, Partner, Source, p, ul

REPORTED = EvidenceLevel.REPORTED
DOCUMENTED = EvidenceLevel.DOCUMENTED
EVALUATED = EvidenceLevel.EVALUATED
PEER_REVIEWED = EvidenceLevel.PEER_REVIEWED

CASE_STUDIES = [
    # Medellín (Colombia) -----------------------------------------------------------------
    CaseStudySeed(
        slug="medellin-green-corridors",
        city="medellin",
        title="Medellín's Green Corridors: cooling a city with continuous shade",
        summary=(
            "From 2016 Medellín planted dense vegetation along 18 roads and 12 streams to "
            "create 30 connected Green Corridors, cared for by gardeners trained from "
            "disadvantaged backgrounds. The city reports temperatures two to three degrees "
            "lower along the corridors."
        ),
        clusters=(NA, SM, RD),
        tags=("urban heat", "street trees", "green corridors", "green jobs"),
        sdgs=(11, 13, 3, 15),
        status=Status.COMPLETED,
        start_year=2016,
        end_year=2019,
        challenge=p(
            "Fifty years of rapid growth filled the Aburrá valley with concrete and traffic. "
            "Medellín, nicknamed the city of eternal spring, developed a strong urban heat "
            "island and poor air quality along its busiest roads, where people walk, cycle "
            "and wait for buses with little shade."
        ),
        objectives=ul(
            "Reduce heat and air pollution along the roads and streams people use most.",
            "Connect parks, hills and streams into a network for people and wildlife.",
            "Create jobs for residents from disadvantaged backgrounds.",
        ),
        solution=p(
            "Between 2016 and 2019 the city's Environment and Physical Infrastructure "
            "secretariats created 30 <b>Corredores Verdes</b>: 18 along roads and 12 along "
            "streams, covering some 65 hectares. Verges, medians and stream banks were planted "
            "in layers that imitate a forest (trees, palms, shrubs and ground cover, mostly "
            "native and tropical species), and government buildings got green roofs and walls. "
            "The Joaquín Antonio Uribe Botanical Garden trained residents from disadvantaged "
            "backgrounds as city gardeners and planting technicians, who plant and maintain "
            "the corridors."
        ),
        results=p(
            "C40 reports about 8,800 trees and palms planted, and Ashden reports temperatures "
            "along the corridors down by two to three degrees Celsius in places; one account "
            "gives average air temperatures at corridor sites falling from 31.6 °C in 2016 to "
            "27.1 °C in 2019. The programme won a 2019 Ashden Award for cooling by nature and "
            "was one of C40's Cities100 solutions."
        ),
        lessons_learned=ul(
            "Continuity matters more than size: shade along a whole route changes how people "
            "travel; scattered trees do not.",
            "Building maintenance jobs into the programme from the start kept the plants alive "
            "and created local support.",
            "Measure temperature with a consistent method before and after, and publish it, "
            "so that claimed results can be checked.",
        ),
        transferability=p(
            "For warm cities with wide road verges, medians or stream banks. It needs a "
            "nursery supply of suitable species, a maintenance workforce and budget, "
            "agreement between the departments that own streets and streams, and temperature "
            "monitoring set up before planting."
        ),
        evidence_level=REPORTED,
        indicators=(
            Indicator(
                name="Green corridors created",
                unit="corridors",
                baseline="0",
                target="30",
                achieved="30",
                year=2019,
                source="Alcaldía de Medellín, via Ashden (2019)",
            ),
            Indicator(
                name="Trees and palms planted in the corridors",
                unit="trees",
                baseline="0",
                achieved="8800",
                year=2019,
                source="C40 Cities100 (2019)",
            ),
            Indicator(
                name="Average air temperature at corridor sites",
                unit="°C",
                baseline="31.6",
                achieved="27.1",
                year=2019,
                source="Ashden, Fair Cooling Fund profile of Urban Think Tank Next",
            ),
        ),
        cost=Cost(
            amount="16300000",
            currency="USD",
            year=2019,
            note="Cost of the three-year programme, 2016–2019, as reported by C40",
        ),
        funding=("City of Medellín",),
        partners=(
            Partner("Alcaldía de Medellín", "Programme owner"),
            Partner("Jardín Botánico Joaquín Antonio Uribe", "Training of city gardeners"),
            Partner("ACI Medellín", "International cooperation agency"),
        ),
        sources=(
            Source(
                "https://ashden.org/awards/winners/alcaldia-de-medellin/",
                "Ashden: Alcaldía de Medellín, growing a cooler city",
            ),
            Source(
                "https://www.acimedellin.org/"
                "medellins-green-corridors-nominated-to-the-ashden-2019-international-awards/"
                "?lang=en",
                "ACI Medellín: Green Corridors nominated to the Ashden 2019 awards",
            ),
            Source(
                "https://www.seforall.org/stories-of-success/video-medellin-green-corridors-"
                "project",
                "SEforALL: Medellín Green Corridors project",
            ),
        ),
        illustrative_note=(
            "Temperature results are the city's and its partners' own measurements; sources "
            "differ on the number of trees (8,300 to 8,800) and we have not found a published "
            "method behind the temperature figures."
        ),
    ),
    # Bogotá (Colombia) -------------------------------------------------------------------
    CaseStudySeed(
        slug="bogota-ciclovia",
        city="bogota",
        title="Bogotá's Ciclovía: opening the streets to people every Sunday",
        summary=(
            "Since 1974 Bogotá has closed more than 120 km of main roads to cars every Sunday "
            "and public holiday morning, for walking, cycling, skating and exercise. Up to "
            "around 1.5 million people take part each week, and the idea has been copied by "
            "cities around the world."
        ),
        clusters=(SM, RD),
        tags=("open streets", "ciclovía", "active mobility", "public health"),
        sdgs=(3, 11, 10),
        status=Status.ONGOING,
        start_year=1974,
        end_year=None,
        challenge=p(
            "Bogotá's main roads are built for cars and buses, and few residents have parks "
            "or safe places to exercise near home, especially in the poorer south. Physical "
            "inactivity and the lack of public space affect health and social life across "
            "the city."
        ),
        objectives=ul(
            "Give residents of every class a free, safe space for recreation and exercise.",
            "Challenge the idea that main streets exist only for motor traffic.",
            "Promote cycling as a normal way of moving around the city.",
        ),
        solution=p(
            "The first Ciclovía was held on 15 December 1974, promoted by citizens including "
            "the architect Jaime Ortiz Mariño. Today the District Institute for Recreation and "
            "Sport (IDRD) runs it: every Sunday and public holiday from 7:00 to 14:00, a "
            "network of main roads is closed to motor traffic and staffed by marshals "
            "(<i>guardianes</i>), with mechanics, first aid, and free aerobics classes in "
            "squares (the <i>Recreovía</i>). Traffic police manage crossings; vendors and "
            "bike repairers line the route."
        ),
        results=p(
            "The route now covers over 120 km, and estimates of weekly participants range from "
            "about one to two million, around a fifth of the population. A 2012 economic "
            "analysis in the <i>Journal of Urban Health</i> of four Ciclovía programmes "
            "estimated that Bogotá's health benefits exceed its costs several times over. A "
            "2006 bill to ban the Ciclovía was defeated after public protest. Cities across "
            "the Americas and beyond have copied it."
        ),
        lessons_learned=ul(
            "Regularity is the design: every Sunday, same hours, same streets, so that it "
            "becomes a habit rather than an event.",
            "Marshals and traffic management are the main running cost and what keeps it safe.",
            "It builds support for everyday cycling, but does not by itself make weekday "
            "streets safe to ride.",
        ),
        transferability=p(
            "One of the most copied urban practices. A city needs a connected set of streets "
            "that can close for a few hours with detours for buses, an agency to run it, "
            "trained marshals or volunteers, and agreement with police and transit operators. "
            "Many cities start with a few kilometres once a month."
        ),
        evidence_level=PEER_REVIEWED,
        indicators=(
            Indicator(
                name="Streets opened to people every Sunday and holiday",
                unit="km",
                baseline="0",
                achieved="120",
                year=2014,
                source="IDRD, 40th anniversary figures",
            ),
            Indicator(
                name="Participants per Sunday (estimate)",
                unit="people",
                achieved="1500000",
                source="IDRD estimates as reported in the press; estimates vary widely",
            ),
        ),
        funding=("District of Bogotá, through the IDRD budget",),
        partners=(
            Partner(
                "Instituto Distrital de Recreación y Deporte (IDRD)",
                "Operator",
                "https://www.idrd.gov.co/",
            ),
            Partner("Bogotá traffic police and mobility secretariat", "Traffic management"),
        ),
        sources=(
            Source("https://www.idrd.gov.co/", "Instituto Distrital de Recreación y Deporte"),
            Source(
                "https://www.letsgobiking.net/beginner/ciclovia-bogota/",
                "Let's Go Biking: Ciclovía Bogotá",
            ),
            Source(
                "http://mikesbogotablog.blogspot.com/2014/12/happy-40th-to-bogotas-ciclovia.html",
                "Mike's Bogotá Blog: Happy 40th to Bogotá's Ciclovía (2014)",
            ),
        ),
        illustrative_note=(
            "Route length and participant numbers vary by source and year (120 to over 127 km; "
            "one to two million people); the figures shown are rounded. The cost-benefit "
            "finding is summarised from the published study without its figures; consult the "
            "paper (Montes and others, 2012) before quoting ratios."
        ),
    ),
    # Quito (Ecuador) ---------------------------------------------------------------------
    CaseStudySeed(
        slug="quito-fonag-water-fund",
        city="quito",
        title="FONAG: Quito's water fund, the model for Latin America",
        summary=(
            "Created in 2000 by Quito's water utility and The Nature Conservancy, FONAG is a "
            "long-term trust funded by water users that protects and restores the páramos "
            "and forests supplying the city, and inspired dozens of water funds across Latin "
            "America."
        ),
        clusters=(WR, NA),
        tags=("water fund", "páramo", "watershed protection", "payment for ecosystem services"),
        sdgs=(6, 15, 17),
        status=Status.ONGOING,
        start_year=2000,
        end_year=None,
        challenge=p(
            "Quito's two million people drink water that comes from high Andean páramos and "
            "from transfers from the Amazon side of the cordillera (Antisana, Papallacta, "
            "Oyacachi). Grazing, burning, farming and roads degrade those fragile ecosystems, "
            "while the city's demand keeps growing and its old aquifers have been run down."
        ),
        objectives=ul(
            "Protect and restore the ecosystems that supply Quito's water.",
            "Give watershed protection money that outlasts budgets and administrations.",
            "Work with the communities who live in the watersheds.",
        ),
        solution=p(
            "In 2000 the municipal water company and The Nature Conservancy created the "
            "<b>Fondo para la Protección del Agua (FONAG)</b> as a private commercial trust "
            "with an 80-year life. The water company contributes a share of its revenue (1 "
            "per cent of monthly water sales in the fund's early years); the electricity "
            "company, a brewery, a bottled water company and others joined later. The fund "
            "invests mainly the returns on its capital in restoration, watershed protection "
            "with communities, environmental education and hydrological monitoring."
        ),
        results=p(
            "The fund grew from about US$3 million in 2005 to over US$7 million by the end of "
            "2009, investing about US$0.8 million in 2008, with administration costs kept to "
            "10 to 20 per cent of spending. More than 65,000 hectares of watershed were under "
            "improved management by then. FONAG became the template for the Latin American "
            "Water Funds Partnership."
        ),
        lessons_learned=ul(
            "A trust with its own governance protected the money from short-term political "
            "priorities.",
            "Investing the returns keeps the fund alive but limits early spending; a larger "
            "annual contribution speeds up results.",
            "Supporting upstream farmers with programmes, rather than cash, worked with "
            "communities' own plans.",
        ),
        transferability=p(
            "For cities whose water comes from land upstream that they do not control. It "
            "needs a utility willing to commit a share of revenue, a legal form for a "
            "long-lived trust, a conservation partner with technical capacity, and "
            "hydrological monitoring to show results to water users."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Fund capital",
                unit="USD",
                baseline="3000000",
                achieved="7000000",
                year=2009,
                source="UNEP summary of FONAG, quoting fund figures for 2005 and 2009",
            ),
            Indicator(
                name="Watershed area under improved management",
                unit="hectares",
                achieved="65000",
                year=2009,
                source="UNEP summary of FONAG",
            ),
        ),
        funding=(
            "Quito's municipal water and sanitation company (EPMAPS), a share of water sales",
            "Empresa Eléctrica Quito, private companies and cooperation agencies",
        ),
        partners=(
            Partner("FONAG", "Water fund", "https://www.fonag.org.ec/"),
            Partner("EPMAPS (Quito water and sanitation company)", "Founder and contributor"),
            Partner("The Nature Conservancy", "Founder", "https://www.nature.org/"),
        ),
        sources=(
            Source("https://www.fonag.org.ec/", "FONAG, Fondo para la Protección del Agua"),
            Source(
                "https://docslib.org/doc/10373870/a-trust-fund-as-a-financial-instrument-for-"
                "water-protection-and-conservation-the-case-of-the-environmental-water-fund-in-"
                "quito-ecuador",
                "Lloret (FONAG): A trust fund as a financial instrument for water protection",
            ),
            Source(
                "https://aquapedia.waterdiplomacy.org/wiki/index.php?title=River_Basin_"
                "Management_and_Environment_Protection_through_a_Conservation_Trust_Fund_in_"
                "Quito,_Ecuador",
                "AquaPedia: Conservation trust fund in Quito, Ecuador",
            ),
        ),
        illustrative_note=(
            "Figures are from around 2009 and describe the fund's early years; the contribution "
            "rate and the fund's size have changed since."
        ),
    ),
    # Barcelona (Spain) -------------------------------------------------------------------
    CaseStudySeed(
        slug="barcelona-superblocks",
        city="barcelona",
        title="Superblocks: giving Barcelona's streets back to people",
        summary=(
            "Since 2016 Barcelona has turned groups of blocks into superblocks and green axes "
            "where through traffic is removed and streets become squares, play space and "
            "planting. The city's public health agency measured less air pollution and noise "
            "in the first ones."
        ),
        clusters=(SM, NA, RD),
        tags=("superblocks", "street space", "air quality", "tactical urbanism", "green axes"),
        sdgs=(11, 3, 13),
        status=Status.ONGOING,
        start_year=2016,
        end_year=None,
        challenge=p(
            "Barcelona is one of Europe's densest cities, with little green space per "
            "resident, and about 60 per cent of its street space was given to cars. Nitrogen "
            "dioxide levels exceeded EU limits, traffic noise disturbed sleep, and the grid "
            "of the Eixample carried through traffic on almost every street."
        ),
        objectives=ul(
            "Reclaim street space for people, play, greenery and social life.",
            "Cut air pollution, noise and heat.",
            "Encourage walking, cycling and public transport.",
        ),
        solution=p(
            "A <b>superblock</b> (<i>superilla</i>) joins about three by three blocks; through "
            "traffic is routed around it, and the inner streets are limited to residents, "
            "services and deliveries at walking speed. The first, in Poblenou in 2016, was "
            "done quickly with paint, planters and street furniture and met strong opposition "
            "for lack of consultation. Sant Antoni (2018–2019) followed after a participatory "
            "process. From 2020 the <i>Superilla Barcelona</i> programme planned green axes "
            "and new squares across the Eixample; the first four axes, including Consell de "
            "Cent, were completed in 2023."
        ),
        results=p(
            "The Barcelona Public Health Agency's 2021 evaluation found that in Sant Antoni "
            "nitrogen dioxide fell by 25 per cent and PM10 by 17 per cent after the works, "
            "and that residents of the first superblocks reported better sleep, more social "
            "interaction and more walking; in Horta, where traffic was already low, levels "
            "changed little. A peer-reviewed ISGlobal study estimated that the full plan of "
            "503 superblocks could prevent 667 premature deaths a year. Residents of "
            "surrounding streets worry that traffic has moved onto them, and in 2023 a court "
            "ruled against the procedure used for one Consell de Cent section, which the city "
            "appealed."
        ),
        lessons_learned=ul(
            "Quick, cheap interventions let the city test and adjust, but the first one "
            "without consultation cost years of trust.",
            "Evaluate with before-and-after measurements from the start, including on the "
            "surrounding streets.",
            "Design for all ages: some residents felt the first spaces served young families "
            "more than older people.",
        ),
        transferability=p(
            "For dense cities with a grid or network of local streets. It needs a street "
            "hierarchy that can carry displaced traffic, good public transport, a "
            "participatory design process, a legal basis for the changes that withstands "
            "challenge, and a monitoring plan."
        ),
        evidence_level=EVALUATED,
        indicators=(
            Indicator(
                name="Change in NO₂ in the Sant Antoni superblock after the works",
                unit="%",
                achieved="-25",
                year=2018,
                source="Agència de Salut Pública de Barcelona, evaluation (2021)",
            ),
            Indicator(
                name="Change in PM10 in the Sant Antoni superblock after the works",
                unit="%",
                achieved="-17",
                year=2018,
                source="Agència de Salut Pública de Barcelona, evaluation (2021)",
            ),
            Indicator(
                name="Premature deaths a year preventable by the full 503-superblock plan",
                unit="deaths per year",
                target="667",
                year=2019,
                source="Mueller and others, Environment International (2019), ISGlobal",
            ),
        ),
        funding=("Barcelona City Council",),
        partners=(
            Partner("Ajuntament de Barcelona", "Programme owner"),
            Partner("Agència de Salut Pública de Barcelona", "Health evaluation"),
            Partner("ISGlobal", "Health impact research"),
        ),
        sources=(
            Source(
                "https://aspb.cat/es/documentos/saludcalles",
                "Agència de Salut Pública de Barcelona: evaluation of the superblocks",
            ),
            Source(
                "http://portal.prbb.org/informacio/"
                "superblocks-model-could-prevent-almost-700-premature-deaths-every-year-in-"
                "barcelona/2754",
                "ISGlobal: Superblocks model could prevent almost 700 premature deaths (2019)",
            ),
            Source(
                "https://www.20minutos.es/noticia/4808622/0/"
                "las-luces-y-las-sombras-de-las-superilles-de-barcelona/",
                "20minutos: Las luces y las sombras de las superilles (2021)",
            ),
        ),
        illustrative_note=(
            "The 60 per cent share of street space for cars is a commonly cited figure from "
            "the city's mobility plans; the premature deaths figure is a modelled estimate for "
            "a plan that has not been built in full."
        ),
    ),
    # Hamburg (Germany) -------------------------------------------------------------------
    CaseStudySeed(
        slug="hamburg-green-roof-strategy",
        city="hamburg",
        title="Hamburg's Green Roof Strategy: subsidies, dialogue, rules and research",
        summary=(
            "In 2014 Hamburg became the first German city with a comprehensive green roof "
            "strategy, aiming for 100 hectares of new green roofs with subsidies of up to 60 "
            "per cent of costs, halved rainwater fees, advice and binding requirements in "
            "development plans."
        ),
        clusters=(NA, WR),
        tags=("green roofs", "subsidies", "stormwater fees", "building regulation"),
        sdgs=(11, 13, 15, 6),
        status=Status.ONGOING,
        start_year=2014,
        end_year=None,
        challenge=p(
            "Hamburg is growing and densifying, leaving less ground for rain to soak in or "
            "for greenery, while summers get hotter and heavy rain more frequent. Roofs are "
            "the largest unused surface in the city."
        ),
        objectives=ul(
            "Add 100 hectares of green roofs in the city.",
            "Retain rainwater, cool buildings and streets, and create habitat.",
            "Make some roofs usable as gardens and sports spaces for residents.",
        ),
        solution=p(
            "The city's environment ministry built the strategy on four pillars: "
            "<b>incentives</b> (a subsidy programme of about €3 million covering 30 to 60 "
            "per cent of installation costs, plus a 50 per cent cut in rainwater fees for "
            "green roofs); <b>dialogue</b> (the campaign <i>Auf die Dächer, fertig, grün!</i> "
            "and advice for owners); <b>regulation</b> (green roofs required in new "
            "development plans where suitable); and <b>science</b> (monitoring with HafenCity "
            "University)."
        ),
        results=p(
            "The strategy is documented as a reference case on the EU's Climate-ADAPT platform "
            "and has been extended. We have not found a published total of the green roof "
            "area added against the 100-hectare goal."
        ),
        lessons_learned=ul(
            "Combining money, advice and rules worked better than any one instrument alone.",
            "Linking the rainwater fee to retention gives owners a lasting saving, not just a "
            "one-off grant.",
            "Publish progress against the area target regularly to keep the strategy credible.",
        ),
        transferability=p(
            "For any city with planning powers over new buildings and a rainwater or "
            "stormwater fee. It needs structural guidance for owners, a subsidy budget, "
            "trained installers, and a roof inventory to track progress."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="New green roof area (goal)",
                unit="hectares",
                baseline="0",
                target="100",
                source="Hamburg Green Roof Strategy (2014), via Climate-ADAPT",
            ),
            Indicator(
                name="Cut in rainwater fees for green roofs",
                unit="%",
                achieved="50",
                year=2014,
                source="Hamburg Green Roof Strategy (2014), via Climate-ADAPT",
            ),
        ),
        cost=Cost(
            amount="3000000",
            currency="EUR",
            year=2014,
            note="Subsidy budget of the first programme period, not the cost of the roofs",
        ),
        funding=("Free and Hanseatic City of Hamburg, Ministry for Environment and Energy",),
        partners=(
            Partner("Behörde für Umwelt und Energie, Hamburg", "Strategy owner"),
            Partner("HafenCity Universität Hamburg", "Research and monitoring"),
        ),
        sources=(
            Source(
                "https://climate-adapt.eea.europa.eu/en/metadata/case-studies/"
                "four-pillars-to-hamburg2019s-green-roof-strategy-financial-incentive-dialogue-"
                "regulation-and-science/",
                "Climate-ADAPT: Four pillars to Hamburg's Green Roof Strategy",
            ),
            Source(
                "https://www.hamburg-news.hamburg/en/renewable-energy/"
                "hamburg-supports-green-roofs/",
                "Hamburg News: Hamburg supports green roofs",
            ),
        ),
        illustrative_note=(
            "Sources give the subsidy budget as €3 million to 2019 or to 2024, and €3.5 "
            "million for the extended programme; the figure shown is the original budget. The "
            "research partner is named from secondary sources."
        ),
    ),
    # Milan (Italy) -----------------------------------------------------------------------
    CaseStudySeed(
        slug="milan-food-waste-hubs",
        city="milan",
        title="Milan's neighbourhood food waste hubs",
        summary=(
            "Since 2019 Milan's neighbourhood hubs have collected surplus food from "
            "supermarkets and company canteens and passed it to charities that feed people in "
            "need. Each hub recovers about 130 tonnes a year, and the scheme won the first "
            "Earthshot Prize in 2021."
        ),
        clusters=(CE, RD),
        tags=("food waste", "food redistribution", "food policy", "partnerships"),
        sdgs=(12, 2, 11, 17),
        status=Status.ONGOING,
        start_year=2019,
        end_year=None,
        challenge=p(
            "Supermarkets and canteens throw away edible food every day, while thousands of "
            "Milan residents rely on food aid. Small charities cannot collect from many "
            "donors, and donors cannot deliver to many charities: the logistics in between "
            "were missing."
        ),
        objectives=ul(
            "Halve food waste in the city by 2030, the goal of Milan's food policy.",
            "Get surplus food to people in need within their own neighbourhood.",
            "Make recovery routine for businesses, not a favour.",
        ),
        solution=p(
            "Milan adopted a city food policy in 2015 and launched the international Milan "
            "Urban Food Policy Pact the same year. In 2017 the City, the Politecnico di Milano, "
            "the business association Assolombarda, Fondazione Cariplo and the QuBì programme "
            "formed an alliance against food waste. Its answer is the <b>neighbourhood hub</b>: "
            "a small, municipally provided space with cold storage where food collected from "
            "nearby supermarkets and canteens is sorted and handed to local charities. The "
            "first opened in Isola in 2019 with the Lombardy Food Bank; Lambrate (2020) and "
            "Gallaratese (2021) followed."
        ),
        results=p(
            "Each hub recovers about 130 tonnes of food a year, around 350 kg a day or some "
            "260,000 meal equivalents. The first hub reached 3,800 people in a year with "
            "food from 20 supermarkets and 4 company canteens, distributed by 24 charities. "
            "In October 2021 the hubs won the £1 million Earthshot Prize in the Build a "
            "Waste-Free World category, and more hubs have opened since."
        ),
        lessons_learned=ul(
            "The city's key contribution was space, convening and a policy goal; partners "
            "brought logistics, research and money.",
            "Local hubs close to donors and charities cut transport and let small charities "
            "take part.",
            "Measuring tonnes and meals from the start made the case for scaling up.",
        ),
        transferability=p(
            "For any city with food retailers, canteens and a network of charities. It needs "
            "a small building with cold storage in each district, a partner to run logistics "
            "(often a food bank), food safety procedures agreed with health authorities, and "
            "a simple way to record what is collected and given."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Food recovered per hub",
                unit="tonnes per year",
                achieved="130",
                year=2021,
                source="Earthshot Prize, City of Milan Food Waste Hubs (2021)",
            ),
            Indicator(
                name="Neighbourhood hubs in operation",
                unit="hubs",
                baseline="0",
                achieved="3",
                year=2021,
                source="Politecnico di Milano alumni news (2021)",
            ),
            Indicator(
                name="People reached in a year by the first hub",
                unit="people",
                achieved="3800",
                year=2020,
                source="Politecnico di Milano alumni news (2021)",
            ),
        ),
        funding=(
            "City of Milan (spaces and coordination)",
            "Fondazione Cariplo and the QuBì programme",
            "Earthshot Prize (£1 million, 2021)",
        ),
        partners=(
            Partner("Comune di Milano, Food Policy office", "Convenor"),
            Partner("Politecnico di Milano, Food Sustainability Lab", "Research"),
            Partner("Banco Alimentare della Lombardia", "Food bank and logistics"),
            Partner("Assolombarda", "Business association"),
            Partner("Fondazione Cariplo", "Funder"),
        ),
        sources=(
            Source(
                "https://earthshotprize.org/the-earthshot-prize-winners-finalists-2021/"
                "city-of-milan/",
                "Earthshot Prize: The City of Milan Food Waste Hubs",
            ),
            Source(
                "https://alumni.polimi.it/en/author/admin/page/42",
                "Politecnico di Milano alumni: Milan wins the Earthshot Prize",
            ),
            Source(
                "https://indiplomacy.it/en/earthshot-prize-2021-milan-food-waste-hubs/",
                "InDiplomacy: Earthshot Prize 2021, Milan food waste hubs",
            ),
        ),
    ),
    # Vienna (Austria) --------------------------------------------------------------------
    CaseStudySeed(
        slug="vienna-developer-competitions",
        city="vienna",
        title="Vienna's developer competitions: quality and affordability in social housing",
        summary=(
            "Since 1995 Vienna has allocated land for subsidised housing through developer "
            "competitions judged on four pillars (economy, architecture, ecology and social "
            "sustainability), with the land price fixed in advance, so developers compete on "
            "quality and rents rather than on price."
        ),
        clusters=(AH,),
        tags=("social housing", "land policy", "developer competitions", "quality criteria"),
        sdgs=(11, 10, 1),
        status=Status.ONGOING,
        start_year=1995,
        end_year=None,
        challenge=p(
            "Vienna has a century-long tradition of municipal housing: the city owns about "
            "220,000 flats, and around 60 per cent of households live in municipal or "
            "subsidised homes. As the city grew again from the 1990s, it needed to build "
            "new subsidised housing at scale without letting quality fall or land costs push "
            "rents up."
        ),
        objectives=ul(
            "Keep subsidised housing affordable over the long term.",
            "Raise the architectural, ecological and social quality of what is built.",
            "Use public land and subsidies efficiently.",
        ),
        solution=p(
            "Land reserved for subsidised housing, much of it bought in advance by the "
            "city's land fund <i>wohnfonds_wien</i>, is put out to <b>developer "
            "competitions</b>. Non-profit and commercial developers bid in teams with "
            "architects. The land price is fixed beforehand, so an interdisciplinary jury "
            "judges the projects on four pillars: economy (building and user costs, contract "
            "terms), architecture, ecology, and, since 2009, social sustainability (everyday "
            "usability, community, housing for changing needs). The winner must build what it "
            "submitted, at agreed construction costs and rents, and receives housing subsidies "
            "of up to about 35 per cent of construction costs."
        ),
        results=p(
            "The competitions are now the standard route for subsidised new-build in Vienna "
            "and are credited with the high quality of its social housing. A 2008 evaluation "
            "commissioned by the city rated the added value of the procedure highly, and in "
            "2024 URBACT labelled it a Good Practice for other European cities."
        ),
        lessons_learned=ul(
            "Fixing the land price moves competition from money to quality.",
            "Binding developers to what they submitted makes jury decisions count.",
            "The model depends on the city controlling land early, through a land fund and "
            "zoning for subsidised housing.",
        ),
        transferability=p(
            "Elements transfer to any city that sells or leases public land for housing: fix "
            "the price, publish quality criteria, use a mixed jury, and make winning "
            "proposals binding. The full model needs a land bank, a long-term housing subsidy "
            "and a sector of limited-profit developers."
        ),
        evidence_level=EVALUATED,
        indicators=(
            Indicator(
                name="Municipal (council) flats owned by the city",
                unit="flats",
                achieved="220000",
                source="Wolfgang Förster, 80 Years of Social Housing in Vienna",
            ),
            Indicator(
                name="Households in municipal or subsidised housing",
                unit="%",
                achieved="60",
                source="Wolfgang Förster, 80 Years of Social Housing in Vienna",
            ),
        ),
        funding=("City of Vienna housing subsidies", "wohnfonds_wien land fund"),
        partners=(
            Partner("wohnfonds_wien", "Land fund and competition organiser"),
            Partner("City of Vienna, Municipal Department 50", "Housing subsidies"),
            Partner("Limited-profit housing associations", "Developers"),
        ),
        sources=(
            Source(
                "https://socialhousing.wien/tools/developers-competitions",
                "City of Vienna: Developers' competitions",
            ),
            Source(
                "https://urbact.eu/good-practices/housing-developers-competition",
                "URBACT Good Practice: Housing developers' competition (2024)",
            ),
            Source(
                "https://www.wohnbauforschung.at/index.php?id=352&lang_id=en",
                "Wohnbauforschung: Evaluation of property developer competitions (2008)",
            ),
        ),
        illustrative_note=(
            "The housing stock figures are from a widely cited overview of Vienna's social "
            "housing and are approximate."
        ),
    ),
    # Belo Horizonte (Brazil) -------------------------------------------------------------
    CaseStudySeed(
        slug="belo-horizonte-food-security-policy",
        city="belo-horizonte",
        title="Belo Horizonte's food security policy: food as a right of citizens",
        summary=(
            "Since a 1993 municipal law, Belo Horizonte has run a food secretariat with about "
            "twenty connected programmes, from low-cost popular restaurants and school meals "
            "to farmers' stalls and urban agriculture, at around 2 per cent of the city "
            "budget."
        ),
        clusters=(RD, CE),
        tags=("food security", "right to food", "popular restaurants", "family farming"),
        sdgs=(2, 1, 12, 3),
        status=Status.ONGOING,
        start_year=1993,
        end_year=None,
        challenge=p(
            "In the early 1990s a survey in the city's health centres found serious child "
            "malnutrition in Belo Horizonte, a city of 2.5 million, while food prices in poor "
            "neighbourhoods were high and small farmers nearby struggled to sell. A national "
            "citizens' movement against hunger had put food on the political agenda."
        ),
        objectives=ul(
            "Guarantee every resident access to enough healthy food as a right.",
            "Lower food prices in poor neighbourhoods and support family farmers.",
            "Bring the city's scattered food programmes under one policy.",
        ),
        solution=p(
            "Municipal Law 6.352 of 15 July 1993, under Mayor Patrus Ananias, created a "
            "secretariat for food policy and supply advised by a council of government, "
            "unions, producers, retailers, consumers, churches and researchers. Its programmes "
            "include <b>popular restaurants</b> serving balanced meals at subsidised prices "
            "(Belo Horizonte opened Brazil's first), meals in schools and social institutions, "
            "a food bank, low-price markets and stalls where family farmers sell directly, "
            "community and school gardens, and food and nutrition education."
        ),
        results=p(
            "The World Future Council gave the policy its Future Policy Award in 2009, "
            "reporting that hunger had been almost eliminated at a cost of under US$10 "
            "million a year, about 2 per cent of the city budget. In 2019 the city reported "
            "five popular restaurants, meals in 557 schools and 237 urban agriculture units. "
            "The popular restaurant model was later adopted across Brazil."
        ),
        lessons_learned=ul(
            "Framing food as a right of citizens, not charity, sustained the policy across "
            "administrations.",
            "One secretariat linking consumption, supply and production made programmes "
            "reinforce each other.",
            "Buying from local family farmers for public meals creates a stable market for them.",
        ),
        transferability=p(
            "For cities with food insecurity and farmers nearby. It needs a legal mandate, a "
            "unit that coordinates food across departments, a budget line (here about 2 per "
            "cent), procurement rules that allow buying from small producers, and a council "
            "that keeps civil society involved."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Share of the municipal budget spent on the food policy",
                unit="%",
                achieved="2",
                year=2009,
                source="World Future Council, Future Policy Award (2009)",
            ),
            Indicator(
                name="Popular restaurants in operation",
                unit="restaurants",
                achieved="5",
                year=2019,
                source="Prefeitura de Belo Horizonte, UN Public Service Awards submission",
            ),
            Indicator(
                name="Urban agriculture units (community, school, institutional)",
                unit="units",
                achieved="237",
                year=2019,
                source="Prefeitura de Belo Horizonte, UN Public Service Awards submission",
            ),
        ),
        funding=("Municipality of Belo Horizonte",),
        partners=(
            Partner(
                "Prefeitura de Belo Horizonte, food and nutrition security secretariat",
                "Programme owner",
            ),
            Partner("Municipal food security council", "Civil society oversight"),
        ),
        sources=(
            Source(
                "https://www.futurepolicy.org/food-and-water/belo-horizontes-food-security-policy/",
                "World Future Council: Belo Horizonte's Food Security Policy",
            ),
            Source(
                "https://publicadministration.un.org/unpsa/en/Home/Case-Details-Public?"
                "PreScreeningGUID=50c1df6f-4f0f-4cb1-91e9-7ff3a6b9ea76&ReadOnly=Yes",
                "UN Public Service Awards: Belo Horizonte food and nutrition security policy",
            ),
            Source(
                "http://www.supurbfood.eu/thread.php?id=60",
                "SUPURBFOOD: What can we learn from Belo Horizonte's urban food system?",
            ),
        ),
    ),
]
