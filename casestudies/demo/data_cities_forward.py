"""Demo case studies: one for each of the 24 Cities Forward cities (English source).

Written from public sources, which every case lists; figures are attributed in the text and
in each indicator's source. Where a figure is rounded, disputed, read from the press rather
than from the city's own accounts, or where the city's role is simplified, the case says so
in ``illustrative_note``, which the page shows. Evidence levels follow
``casestudies.vocabulary.EvidenceLevel``: *reported* (the city's own account), *documented*
(public reports and reputable press), *evaluated* (an independent evaluation exists).
"""

from academy.demo.cities import AH, CE, DI, NA, RD, SM, WR
from casestudies.vocabulary import EvidenceLevel, Status

from .seeds import CaseStudySeed, Cost, Indicator, Partner, Source, p, ul

REPORTED = EvidenceLevel.REPORTED
DOCUMENTED = EvidenceLevel.DOCUMENTED
EVALUATED = EvidenceLevel.EVALUATED

CASE_STUDIES = [
    # Ambato (Ecuador) ----------------------------------------------------------------------
    CaseStudySeed(
        slug="ambato-tungurahua-paramo-water-fund",
        city="ambato",
        title="Paying upstream: the Tungurahua páramo water fund",
        summary=(
            "Since 2008 Ambato's water utility, the provincial government, electricity "
            "companies and indigenous and campesino organisations have pooled money in a "
            "trust that pays communities to manage the high-Andean páramo wetlands that "
            "store the province's water."
        ),
        clusters=(WR, NA),
        tags=("water fund", "páramo", "watershed protection", "indigenous communities"),
        sdgs=(6, 15, 1),
        status=Status.ONGOING,
        start_year=2008,
        end_year=None,
        challenge=p(
            "Tungurahua, the small and densely farmed Andean province around Ambato, is one of "
            "the driest in Ecuador's highlands. The provincial government put annual water "
            "demand across its nine cantons at about 1,930 million m³ against roughly 1,156 "
            "million m³ available. Most of that water is stored and released slowly by the "
            "páramo, the high grasslands and wetlands above about 3,300 metres, where poor "
            "indigenous and campesino communities graze animals, burn and push the "
            "agricultural frontier uphill to make a living."
        ),
        objectives=ul(
            "Protect and restore the páramo that feeds the Ambato river basin and the city's "
            "water supply.",
            "Give the communities who live beside the páramo a reason and the means to look "
            "after it, instead of fencing them out.",
            "Create a steady source of money that does not depend on one budget year.",
        ),
        solution=p(
            "On 4 June 2008 the province set up the <i>Fondo de Páramos Tungurahua y Lucha "
            "contra la Pobreza</i> as a trust. Its contributors include the provincial "
            "government, Ambato's municipal water and sewerage utility (EMAPA), the Ambato "
            "electricity company, the state hydropower operator and three indigenous and "
            "campesino movements of the province. The fund does not pay for land: it finances "
            "<b>páramo management plans</b> that communities draw up and run themselves, which "
            "combine conservation (no burning, grazing limits, keeping the agricultural "
            "frontier where it is) with productive projects lower down, such as improved "
            "pasture, irrigation and dairy, so that families can earn more from less land."
        ),
        results=p(
            "The provincial government reported in 2015–2016 that the fund had helped protect "
            "about 32,250 hectares of páramo and had financed 18 management plans benefiting "
            "some 7,300 families, with twelve more plans worth about US$1.8 million planned "
            "for 2015. Delegations from Peru and the Dominican Republic have visited to learn "
            "from it. The hydrological effect on the city's supply has not, to our knowledge, "
            "been published as a measured result."
        ),
        lessons_learned=ul(
            "Paying for plans the communities design themselves built the trust that fences "
            "and fines had not.",
            "A trust with several contributors survives changes of administration better "
            "than a line in one budget.",
            "Without hydrological monitoring from the start, it is hard to show downstream "
            "users what their contributions buy.",
        ),
        transferability=p(
            "Any city whose water comes from land it does not own can adapt the model. It "
            "needs a water utility willing to contribute a predictable share of its revenue, "
            "legal room to set up a trust, upstream organisations able to plan and account for "
            "money, and a monitoring programme (paired catchments or gauging stations) agreed "
            "before the first payment."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Páramo under community management plans",
                unit="hectares",
                baseline="0",
                achieved="32250",
                year=2015,
                source="Provincial government of Tungurahua, quoted by El Telégrafo (2016)",
            ),
            Indicator(
                name="Families in funded páramo management plans",
                unit="families",
                baseline="0",
                achieved="7300",
                year=2015,
                source="Provincial government of Tungurahua, quoted by El Productor (2016)",
            ),
        ),
        cost=Cost(
            amount="1800000",
            currency="USD",
            year=2015,
            note="Money planned for 12 páramo management plans in 2015, not the fund's total",
        ),
        funding=(
            "Provincial Government of Tungurahua",
            "EMAPA Ambato, the municipal water and sewerage utility",
            "Electricity and hydropower companies",
            "Indigenous and campesino movements of Tungurahua",
        ),
        partners=(
            Partner("Gobierno Provincial de Tungurahua", "Runs the fund"),
            Partner("EMAPA Ambato", "Municipal water utility, contributor"),
            Partner("Indigenous and campesino movements of Tungurahua", "Co-founders"),
        ),
        sources=(
            Source(
                "https://www.eltelegrafo.com.ec/noticias/regional/1/"
                "32-mil-hectareas-de-fuentes-hidricas-son-el-tesoro-mas-preciado-de-tungurahua",
                "El Telégrafo: 32 mil hectáreas de fuentes hídricas (2017)",
            ),
            Source(
                "https://elproductor.com/2016/01/"
                "ecuador-un-fondo-protege-los-paramos-y-a-sus-habitantes/",
                "El Productor: Un fondo protege los páramos y a sus habitantes (2016)",
            ),
            Source(
                "https://gwp.org/es/agentes-de-cambio-por-el-agua/change-stories/563463",
                "Global Water Partnership: El Fondo de Páramos Tungurahua",
            ),
        ),
        illustrative_note=(
            "The city's role is simplified: the fund is run by the provincial government, with "
            "Ambato's water utility as one contributor. Figures are as reported in the press "
            "in 2015–2016 and have not been checked against the fund's accounts."
        ),
    ),
    # Philadelphia (United States) --------------------------------------------------------
    CaseStudySeed(
        slug="philadelphia-green-city-clean-waters",
        city="philadelphia",
        title="Green City, Clean Waters: cutting sewer overflows with greened acres",
        summary=(
            "Philadelphia agreed in 2011 to meet its combined sewer overflow obligations "
            "mainly with green stormwater infrastructure, counting progress in Greened Acres, "
            "and beat its first five-year target."
        ),
        clusters=(WR, NA),
        tags=(
            "green stormwater infrastructure",
            "combined sewer overflows",
            "greened acres",
            "rain gardens",
        ),
        sdgs=(6, 11, 13),
        status=Status.ONGOING,
        start_year=2011,
        end_year=2036,
        challenge=p(
            "About 60 per cent of Philadelphia is served by combined sewers, which carry "
            "sewage and rainwater in the same pipes. In heavy rain they overflow into the "
            "Delaware and Schuylkill rivers and their creeks, and federal law requires the "
            "city to control those overflows. The conventional answer, large storage tunnels, "
            "would have cost billions and added nothing above ground."
        ),
        objectives=ul(
            "Cut combined sewer overflow volumes as required by the state and federal "
            "regulators, over 25 years.",
            "Do it mainly by keeping rain out of the sewers where it falls.",
            "Turn the spending into greener streets, schoolyards and parks.",
        ),
        solution=p(
            "In June 2011 the Philadelphia Water Department signed a consent order and "
            "agreement with the Pennsylvania Department of Environmental Protection for "
            "<i>Green City, Clean Waters</i>. Progress is counted in <b>Greened Acres</b>: "
            "an acre of impervious surface whose first inch of rain is managed by green "
            "infrastructure such as rain gardens, tree trenches, stormwater bump-outs, porous "
            "paving and green roofs. The plan mixes public projects in streets, schools, parks "
            "and public housing with stormwater rules for new development and a stormwater "
            "charge based on each parcel's impervious area, which gives landowners a reason to "
            "green their lots."
        ),
        results=p(
            "By June 2016, the five-year mark, the city reported more than 837 Greened Acres "
            "against a required 744, representing a reduction of over 1.5 billion gallons a "
            "year in runoff and overflows against a five-year requirement of 600 million. It "
            "celebrated its 1,000th Greened Acre in 2017. The long-term commitment is 9,564 "
            "Greened Acres by 2036."
        ),
        lessons_learned=ul(
            "A simple, auditable unit (the Greened Acre) made a 25-year programme "
            "reportable to regulators and understandable to residents.",
            "Public land alone is not enough: parcel-based stormwater charges and credits "
            "brought private land in.",
            "Maintenance of hundreds of small sites needs its own crews, budget and asset "
            "register from the first year.",
        ),
        transferability=p(
            "The approach fits any city under pressure to reduce combined sewer overflows or "
            "stormwater pollution. It needs a regulator willing to accept green "
            "infrastructure as compliance, a utility that can bill for stormwater, design "
            "standards for small sites, and a monitoring plan that shows regulators the "
            "volumes managed."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Greened Acres at the five-year mark",
                unit="acres",
                baseline="0",
                target="744",
                achieved="837",
                year=2016,
                source="Philadelphia Water Department, five-year announcement (June 2016)",
            ),
            Indicator(
                name="Reduction in runoff and overflows in a typical year",
                unit="million US gallons per year",
                baseline="0",
                target="600",
                achieved="1500",
                year=2016,
                source="Philadelphia Water Department, five-year announcement (June 2016)",
            ),
            Indicator(
                name="Greened Acres, 25-year commitment",
                unit="acres",
                baseline="0",
                target="9564",
                year=2036,
                source="Green City, Clean Waters consent order and agreement (2011)",
            ),
        ),
        cost=Cost(
            amount="2400000000",
            currency="USD",
            year=2011,
            note="Commonly cited estimate of the 25-year programme, public spending only",
        ),
        funding=(
            "Philadelphia Water Department rates, including the parcel-based stormwater charge",
            "Grants for parks, schools and streets attracted by the programme",
        ),
        partners=(
            Partner(
                "Philadelphia Water Department",
                "Programme owner",
                "https://water.phila.gov/",
            ),
            Partner("Pennsylvania Department of Environmental Protection", "Regulator"),
            Partner("US Environmental Protection Agency", "Federal partnership agreement"),
        ),
        sources=(
            Source(
                "http://archive.phillywatersheds.org/"
                "big-news-green-city-clean-waters-blows-past-year-five-targets",
                "Philadelphia Water: Green City, Clean Waters blows past year five targets",
            ),
            Source(
                "http://archive.phillywatersheds.org/1000-greened-acres-celebration",
                "Philadelphia Water: 1,000 Greened Acres celebration",
            ),
            Source("https://water.phila.gov/", "Philadelphia Water Department"),
        ),
        illustrative_note=(
            "The cost is the commonly cited order of magnitude for the 25-year programme, not "
            "a figure from the city's accounts; check the Water Department's current estimate "
            "before quoting it."
        ),
    ),
    # Cali (Colombia) ---------------------------------------------------------------------
    CaseStudySeed(
        slug="cali-plan-jarillon-cauca-levee",
        city="cali",
        title="Plan Jarillón: making the Cauca river levee safe",
        summary=(
            "After the 2010–2011 La Niña floods showed that Cali's 26 km levee on the Cauca "
            "could fail, the city and national government began reinforcing it and "
            "resettling the thousands of families living on top of it."
        ),
        clusters=(RD, WR, AH),
        tags=("flood risk", "levee", "resettlement", "water supply security"),
        sdgs=(11, 6, 13, 1),
        status=Status.ONGOING,
        start_year=2011,
        end_year=None,
        challenge=p(
            "The <i>jarillón</i>, an earth levee built in 1958 along the right bank of the "
            "Cauca river, protects the east of Cali. Over decades it was settled by families "
            "with nowhere else to go; houses, rubble, leaf-cutter ants and burrows weakened it. "
            "During the 2010–2011 La Niña rains six critical points appeared. A breach would "
            "flood districts home to hundreds of thousands of people and could cut the "
            "treatment plants that supply most of the city's drinking water."
        ),
        objectives=ul(
            "Reinforce the levee along its 26.1 km to a safe standard.",
            "Resettle the families living on it, voluntarily and with support, and stop the "
            "cleared strip from being occupied again.",
            "Protect the city's water and drainage infrastructure in the east.",
        ),
        solution=p(
            "The <b>Plan Jarillón de Cali</b> combines engineering and housing. The national "
            "Fondo Adaptación, created after La Niña, funds most of the works; the regional "
            "environmental authority (CVC) reinforces the levee; the municipal utility EMCALI "
            "upgrades drainage; and the city runs the social side. A census counted 8,777 "
            "families on the levee. Families are offered flats in new housing projects such as "
            "Potrero Grande, Llano Verde and Ramalí, rent subsidies or support for small "
            "businesses, with social workers before and after the move. In 2015 the city "
            "council committed about 96,000 million pesos over 2016–2018 for resettlement, "
            "livelihoods, schooling and access roads."
        ),
        results=p(
            "By March 2017, 13.7 of the 26.1 km had been cleared of settlements and "
            "reinforcement had begun on cleared stretches. By January 2018 the plan reported "
            "that 3,240 families had moved, most of them to new housing projects. Progress has "
            "been slower than planned: some families dispute the compensation offered, and "
            "cleared land has been re-occupied in places."
        ),
        lessons_learned=ul(
            "Engineering cannot start until people move, so the social programme sets the "
            "pace of the whole plan.",
            "A census date and a published eligibility rule protect the plan against new "
            "arrivals, but must be explained again and again.",
            "Cleared land needs an immediate use and surveillance, or it is occupied again.",
        ),
        transferability=p(
            "Relevant to any city with people living on flood defences or in high-risk strips. "
            "It needs a reliable census, housing ready before the moves, a multi-year budget "
            "for the social side (not only the works), and one manager with authority over the "
            "utility, the environmental authority and the housing agency."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Families resettled from the levee",
                unit="families",
                baseline="0",
                target="8777",
                achieved="3240",
                year=2018,
                source="Plan Jarillón manager, quoted by El Tiempo (January 2018)",
            ),
            Indicator(
                name="Levee length cleared of settlements",
                unit="km",
                baseline="0",
                target="26.1",
                achieved="13.7",
                year=2017,
                source="Plan Jarillón manager, quoted by El Tiempo (March 2017)",
            ),
        ),
        cost=Cost(
            amount="96000000000",
            currency="COP",
            year=2015,
            note="City commitment for the social component in 2016–2018 only; the national "
            "Fondo Adaptación funds most works",
        ),
        funding=(
            "Fondo Adaptación (national government)",
            "City of Santiago de Cali (multi-year budget commitment)",
            "CVC, the regional environmental authority",
            "EMCALI, the municipal utility",
        ),
        partners=(
            Partner("Fondo Adaptación", "National funder of the works"),
            Partner("Corporación Autónoma Regional del Valle del Cauca (CVC)", "Levee works"),
            Partner("EMCALI", "Drainage and water supply"),
            Partner("Alcaldía de Santiago de Cali", "Resettlement and social programme"),
        ),
        sources=(
            Source(
                "https://web1.cali.gov.co/publicaciones.php?id=109466",
                "Alcaldía de Cali: vigencias futuras para el Plan Jarillón (2015)",
            ),
            Source(
                "http://www.eltiempo.com/colombia/cali/"
                "despeje-en-todo-el-jarillon-del-rio-cauca-termina-en-2019-173090",
                "El Tiempo: Despeje en todo el jarillón del río Cauca (2018)",
            ),
            Source(
                "http://www.eltiempo.com/colombia/cali/"
                "jarillon-en-cali-a-lo-largo-de-26-1-kilometros-en-el-rio-cauca-66340",
                "El Tiempo: Jarillón en Cali a lo largo de 26,1 kilómetros (2017)",
            ),
        ),
        illustrative_note=(
            "Progress figures come from press reports of 2017 and 2018 and differ between "
            "sources; the current numbers should be taken from the Plan Jarillón's own reports."
        ),
    ),
    # Baltimore (United States) -----------------------------------------------------------
    CaseStudySeed(
        slug="baltimore-trash-wheels",
        city="baltimore",
        title="Trash wheels: catching litter before it reaches the harbour",
        summary=(
            "Since 2014 a water- and solar-powered trash interceptor at the mouth of the Jones "
            "Falls, Mr. Trash Wheel, and later three more wheels have pulled hundreds of tons "
            "of litter a year out of Baltimore's Inner Harbor, and show what the litter is "
            "made of."
        ),
        clusters=(CE, WR),
        tags=("litter", "trash interceptor", "plastic", "harbour", "public engagement"),
        sdgs=(14, 12, 6, 11),
        status=Status.ONGOING,
        start_year=2014,
        end_year=None,
        challenge=p(
            "Every rainstorm washes litter from Baltimore's streets into storm drains and "
            "down the Jones Falls, the largest stream draining into the Inner Harbor, where "
            "it floats in front of the city's showcase waterfront on its way to the Chesapeake "
            "Bay. The harbour's annual water-quality report card was failing, and cleaning "
            "the water by boat was slow and costly."
        ),
        objectives=ul(
            "Intercept floating litter at the mouth of the Jones Falls.",
            "Make the harbour's pollution visible, and popular to fix, as part of the goal of "
            "a swimmable and fishable harbour.",
            "Collect data on what the litter is, to target policy at its sources.",
        ),
        solution=p(
            "The Waterfront Partnership of Baltimore, a downtown business and civic "
            "organisation, installed the <b>Inner Harbor Water Wheel</b> in May 2014 as part "
            "of its Healthy Harbor Initiative. Designed by local inventor John Kellett, it is "
            "a moored vessel: booms steer floating debris to a conveyor, turned by a water "
            "wheel that the current drives, with solar panels for calm days, and the conveyor "
            "drops it into a dumpster that is swapped by boat. Googly eyes and a social media "
            "persona, <i>Mr. Trash Wheel</i>, turned it into a city mascot. Three more wheels "
            "followed on other outfalls."
        ),
        results=p(
            "The first wheel collected its millionth pound of trash in October 2016, and on a "
            "single stormy day in April 2015 it removed about 19 tons. Counts of bottles, chip "
            "bags, foam containers and cigarette butts show what the litter is made of. The "
            "Waterfront Partnership reports that, since the city's bans on foam containers and "
            "plastic bags took effect, the wheels collect about 72 per cent fewer plastic bags "
            "and 90 per cent fewer foam containers."
        ),
        lessons_learned=ul(
            "Interceptors treat a symptom; much of their value lies in the data and public "
            "attention they create for cutting litter at the source.",
            "A playful identity made a piece of infrastructure something residents follow "
            "and defend.",
            "Operating costs (crews, boats, disposal) must be funded every year, not just the "
            "machine.",
        ),
        transferability=p(
            "Works where a stream or storm outfall carries floating litter into a water body "
            "with a point narrow enough to boom. It needs a steady current or another power "
            "source, permission from the port or waterway authority, a disposal route (here, "
            "a waste-to-energy plant) and an operator with an annual budget."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Litter removed by the first wheel since May 2014",
                unit="pounds",
                baseline="0",
                achieved="1000000",
                year=2016,
                source="Waterfront Partnership of Baltimore (October 2016)",
            ),
            Indicator(
                name="Fewer plastic bags collected since the city's bag ban",
                unit="% reduction",
                achieved="72",
                year=2023,
                source="Waterfront Partnership, reported by the Baltimore Banner (2024)",
            ),
            Indicator(
                name="Fewer foam containers collected since the foam ban",
                unit="% reduction",
                achieved="90",
                year=2023,
                source="Waterfront Partnership, reported by the Baltimore Banner (2024)",
            ),
        ),
        cost=Cost(
            amount="720000",
            currency="USD",
            year=2014,
            note="Reported cost of building the first wheel, from public and private funds",
        ),
        funding=("Public and private funds raised by the Waterfront Partnership",),
        partners=(
            Partner("Waterfront Partnership of Baltimore", "Owner and operator"),
            Partner("Clearwater Mills", "Designer and builder"),
            Partner("City of Baltimore", "Waterway and waste partner"),
        ),
        sources=(
            Source("https://www.mrtrashwheel.com/", "Mr. Trash Wheel"),
            Source(
                "https://www.thebaltimorebanner.com/community/climate-environment/"
                "trash-wheels-1-million-pounds-2023-LIKLTZR7AZDGXDTYZLPEKDAOGI/",
                "Baltimore Banner: Trash wheels collect over 1 million pounds in 2023",
            ),
            Source(
                "https://www.wypr.org/wypr-news/2018-12-12/fighting-for-the-falls-talking-trash",
                "WYPR: Fighting for the Falls, talking trash (2018)",
            ),
        ),
        illustrative_note=(
            "The construction cost is as reported in secondary sources; the operator's own "
            "accounts were not consulted."
        ),
    ),
    # Cartagena (Colombia) ----------------------------------------------------------------
    CaseStudySeed(
        slug="cartagena-plan-4c-climate-plan",
        city="cartagena",
        title="Plan 4C: a climate plan for a Caribbean heritage port",
        summary=(
            "Presented in 2014, Cartagena's Plan 4C was the first climate change plan for a "
            "Colombian coastal city: a shared roadmap to 2040 for a city whose historic "
            "centre, port, industry and poorest neighbourhoods face rising seas."
        ),
        clusters=(RD, WR),
        tags=("climate plan", "sea-level rise", "coastal flooding", "heritage"),
        sdgs=(13, 11, 14),
        status=Status.ONGOING,
        start_year=2014,
        end_year=2040,
        challenge=p(
            "Cartagena lives from its port, its industry and tourism to a walled city on "
            "UNESCO's World Heritage List, all at the water's edge. The plan's scenario for "
            "2040 projected a sea-level rise of 15 to 20 cm, with a large share of the "
            "population, 28 per cent of industry and 86 per cent of the historic heritage "
            "exposed to flooding. Low-lying informal neighbourhoods around the Ciénaga de la "
            "Virgen already flood."
        ),
        objectives=ul(
            "Give the city, businesses and residents one shared picture of climate risk.",
            "Agree a roadmap of adaptation and low-carbon actions to 2040 that survives "
            "changes of mayor.",
            "Build climate risk into the development plan and the land-use plan.",
        ),
        solution=p(
            "The mayor's office prepared <b>Plan 4C</b> (<i>Cartagena Competitiva y "
            "Compatible con el Clima</i>) with the Ministry of Environment, the Chamber of "
            "Commerce, the marine research institute Invemar and the Climate and Development "
            "Knowledge Network (CDKN), which provided technical and financial support. It was "
            "presented on 18 July 2014 after a participatory process. Its strategies cover an "
            "adapted pilot neighbourhood for vulnerable communities, climate-compatible port, "
            "industry and tourism, protection of the heritage city and restoration of "
            "mangroves and wetlands. A climate change commission of public, private, academic "
            "and community members was set up to follow it."
        ),
        results=p(
            "The plan was written into the city's development plan and land-use plan and has "
            "been carried by five administrations. A coastal protection megaproject began in "
            "2021. Other actions, such as the storm drainage master plan and the adapted "
            "neighbourhood pilot in the Boston district, were still pending ten years on. In "
            "2025 the city began updating the plan with the Ministry of Environment and GIZ."
        ),
        lessons_learned=ul(
            "A plan co-owned by the Chamber of Commerce and research institutes outlived the "
            "frequent changes of mayor.",
            "Risk maps alone do not build drains: each action needs a budget line and an "
            "owner, which the first version lacked for several projects.",
            "Start with the neighbourhoods already flooding; they are the test of credibility.",
        ),
        transferability=p(
            "Useful to coastal cities preparing a first climate plan. It needs local sea-level "
            "and flooding scenarios from a scientific partner, a multi-stakeholder commission "
            "with a mandate, and a legal route into the land-use plan so that the plan shapes "
            "where the city builds."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Projected sea-level rise by 2040 (planning scenario)",
                unit="cm",
                baseline="15",
                year=2014,
                source="Plan 4C (2014), as reported by El Universal (2024); lower bound of 15–20",
            ),
            Indicator(
                name="Historic heritage exposed to flooding in the 2040 scenario",
                unit="%",
                baseline="86",
                year=2014,
                source="Plan 4C (2014), as reported by El Universal (2024)",
            ),
            Indicator(
                name="Industry exposed to flooding in the 2040 scenario",
                unit="%",
                baseline="28",
                year=2014,
                source="Plan 4C (2014), as reported by El Universal (2024)",
            ),
        ),
        funding=(
            "Climate and Development Knowledge Network (CDKN), technical and financial support",
            "District of Cartagena",
        ),
        partners=(
            Partner("Alcaldía de Cartagena de Indias", "Plan owner"),
            Partner("Invemar", "Marine and coastal research"),
            Partner("Cámara de Comercio de Cartagena", "Private sector partner"),
            Partner("Climate and Development Knowledge Network", "Technical support"),
        ),
        sources=(
            Source(
                "https://en.e3asesorias.com/plan-4c-cartagena/",
                "E3 Asesorías: Plan 4C Cartagena",
            ),
            Source(
                "https://diariolalibertad.com/sitio/2025/07/30/"
                "cartagena-renueva-su-estrategia-contra-el-cambio-climatico",
                "Diario La Libertad: Cartagena renueva su estrategia contra el cambio "
                "climático (2025)",
            ),
            Source("https://cdkn.org/", "Climate and Development Knowledge Network"),
        ),
        illustrative_note=(
            "The exposure percentages are the plan's 2014 scenario as summarised in the "
            "press; the plan itself should be consulted for the definitions behind them."
        ),
    ),
    # Denver (United States) --------------------------------------------------------------
    CaseStudySeed(
        slug="denver-e-bike-rebates",
        city="denver",
        title="E-bike rebates paid for by a voter-approved climate tax",
        summary=(
            "In 2022 Denver began offering instant rebates on electric bikes, worth more to "
            "lower-income residents, funded by the 0.25 per cent climate sales tax voters "
            "approved in 2020; demand exhausted the first round in under three weeks."
        ),
        clusters=(SM,),
        tags=("e-bikes", "rebates", "climate funding", "income-qualified"),
        sdgs=(11, 13, 3, 7),
        status=Status.ONGOING,
        start_year=2022,
        end_year=None,
        challenge=p(
            "Transport is a leading source of Denver's greenhouse gas emissions, and the "
            "metropolitan area has repeatedly failed to meet federal ozone standards. Many "
            "car trips are short enough to ride, but hills, distance and the cost of an "
            "electric bike put cycling out of reach for many residents."
        ),
        objectives=ul(
            "Replace short car trips with e-bike trips.",
            "Make e-bikes affordable for lower-income residents in particular.",
            "Show visible, direct benefits from the new climate tax.",
        ),
        solution=p(
            "In November 2020 Denver voters approved a 0.25 per cent sales tax for climate "
            "action, expected to raise tens of millions of dollars a year for the new Office "
            "of Climate Action, Sustainability and Resiliency. From Earth Day, 22 April 2022, "
            "the office offered <b>instant rebate vouchers</b> redeemable at participating "
            "local bike shops: US$400 for any resident, US$1,200 for income-qualified "
            "residents, and US$500 more for a cargo e-bike. Vouchers were valid for 60 days."
        ),
        results=p(
            "More than 3,000 residents applied in the first three weeks; 40 per cent of "
            "applications were income-qualified and took 55 per cent of the money. The city "
            "paused the programme and relaunched it in July 2022 with monthly releases, half "
            "reserved for income-qualified residents. By late June 848 rebates had been "
            "redeemed. Colorado then created a US$12 million statewide e-bike programme."
        ),
        lessons_learned=ul(
            "Demand was far above forecast: release rebates in monthly tranches and publish "
            "the dates, rather than first come, first served.",
            "Reserving a share for income-qualified residents kept the programme from going "
            "mainly to people who would have bought anyway.",
            "Plan from the start how to measure the car trips replaced, for example by "
            "surveying recipients after six months.",
        ),
        transferability=p(
            "Any city with a dedicated revenue source and a network of bike shops can run "
            "point-of-sale rebates. It needs an income-verification route, an agreement with "
            "shops on how vouchers are redeemed and reimbursed, and safe places to ride: "
            "rebates without protected lanes will not reach the people most afraid of traffic."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Rebate applications in the first three weeks",
                unit="applications",
                achieved="3250",
                year=2022,
                source="Denver Office of Climate Action, reported by CBS Colorado (May 2022)",
            ),
            Indicator(
                name="Share of first-round funding for income-qualified residents",
                unit="%",
                achieved="55",
                year=2022,
                source="Denver Office of Climate Action, reported by CBS Colorado (May 2022)",
            ),
            Indicator(
                name="Rebates redeemed by the end of June 2022",
                unit="rebates",
                achieved="848",
                year=2022,
                source="Denverite (June 2022)",
            ),
        ),
        funding=("Denver Climate Protection Fund (0.25% sales tax approved by voters in 2020)",),
        partners=(
            Partner(
                "Denver Office of Climate Action, Sustainability and Resiliency",
                "Programme owner",
            ),
            Partner("Participating local bike shops", "Redeem vouchers at the point of sale"),
        ),
        sources=(
            Source(
                "https://denverite.com/2022/06/28/denver-ebike-rebate-program",
                "Denverite: Denver's e-bike rebate program (June 2022)",
            ),
            Source(
                "https://coloradosun.com/2022/07/12/denver-ebike-rebate/",
                "Colorado Sun: Denver e-bike rebates (July 2022)",
            ),
            Source(
                "https://localclimateactions.org/e-bike-vouchers-to-reduce-vmt/",
                "Local Climate Actions: E-bike vouchers to reduce vehicle miles travelled",
            ),
        ),
    ),
    # Fortaleza (Brazil) -------------------------------------------------------------------
    CaseStudySeed(
        slug="fortaleza-safer-streets-cycle-network",
        city="fortaleza",
        title="Safer streets: Fortaleza's cycle network and speed management",
        summary=(
            "From 2013 Fortaleza almost quadrupled its cycle network, added bus lanes, bike "
            "sharing and lower speed limits, and cut traffic deaths for eight years in a row, "
            "by more than half by 2022."
        ),
        clusters=(SM, RD),
        tags=("road safety", "cycle lanes", "speed limits", "bike sharing"),
        sdgs=(3, 11, 13),
        status=Status.ONGOING,
        start_year=2013,
        end_year=None,
        challenge=p(
            "In 2013 Brazil's fifth-largest city had 68 km of cycle lanes, pavements used as "
            "car parks and a high toll of traffic deaths, many of them motorcyclists and "
            "pedestrians. Residents told the city that getting around was among their biggest "
            "complaints."
        ),
        objectives=ul(
            "Halve traffic deaths, in line with the UN Decade of Action for Road Safety.",
            "Make cycling and public transport safe and practical for everyday trips.",
            "Do it quickly and cheaply, during a national recession.",
        ),
        solution=p(
            "The administration of Mayor Roberto Cláudio treated road safety as a public "
            "health programme, with support from the Bloomberg Philanthropies Initiative for "
            "Global Road Safety. It combined:",
        )
        + ul(
            "A fast build-out of painted and protected cycle lanes, many made with paint and "
            "bollards before permanent works, and the <i>Bicicletar</i> bike-share system "
            "from 2014.",
            "Dedicated bus lanes and a BRT corridor.",
            "Lower speed limits (50 km/h) on the most dangerous arterials, with enforcement "
            "and campaigns, including on motorcycle helmets.",
            "Street redesigns around schools and in neighbourhoods, with the Global Designing "
            "Cities Initiative.",
            "A road-crash data unit that publishes an annual report.",
        ),
        results=p(
            "The cycle network grew from 68 km in 2013 to 263 km by the end of 2019, and the "
            "city reports that four in ten residents live within 300 m of it. Cutting the "
            "speed limit reduced crashes with victims by 31.5 per cent on Avenida Leste-Oeste "
            "and 32.8 per cent on Avenida Osório de Paiva. Traffic deaths fell every year from "
            "2014 to 2022, by more than half overall. Fortaleza won the 2019 Sustainable "
            "Transport Award, and in 2023 a US$1 million Bloomberg grant for 180 km of new "
            "protected lanes."
        ),
        lessons_learned=ul(
            "Quick-build materials let the city show results within a term and adjust designs "
            "before paying for concrete.",
            "Publishing crash data every year kept attention on deaths, not on traffic speed.",
            "Speed limits worked where they came with redesign and enforcement, not signs alone.",
        ),
        transferability=p(
            "Transferable to most large cities with a crash data system and control of their "
            "arterial streets. It needs a mayor willing to take road space from cars, a "
            "small in-house design team that can work with paint and bollards, and police who "
            "share and act on crash data."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Length of the cycle network",
                unit="km",
                baseline="68",
                achieved="263",
                year=2019,
                source="Mayor Roberto Cláudio, op-ed in the Taipei Times (February 2020)",
            ),
            Indicator(
                name="Change in annual traffic deaths since 2014",
                unit="%",
                baseline="0",
                target="-50",
                achieved="-50",
                year=2022,
                source="Global Designing Cities Initiative, citing city data (March 2023)",
            ),
            Indicator(
                name="Change in crashes with victims on Avenida Leste-Oeste after the speed cut",
                unit="%",
                achieved="-31.5",
                source="WRI Brasil, reported by Instituto Clima e Sociedade",
            ),
        ),
        cost=Cost(
            amount="1000000",
            currency="USD",
            year=2023,
            note="Bloomberg grant for the next 180 km of protected lanes, not the network's cost",
        ),
        funding=(
            "City of Fortaleza",
            "Bloomberg Philanthropies (road safety initiative; 2023 cycling infrastructure grant)",
        ),
        partners=(
            Partner("Prefeitura de Fortaleza", "Programme owner"),
            Partner(
                "Bloomberg Philanthropies Initiative for Global Road Safety",
                "Technical support and data",
            ),
            Partner("Global Designing Cities Initiative", "Street redesign"),
            Partner("Vital Strategies", "Road safety partner"),
        ),
        sources=(
            Source(
                "https://globaldesigningcities.org/update/"
                "news-fortaleza-achieves-eighth-consecutive-year-of-reduction-in-traffic-deaths/",
                "GDCI: Fortaleza achieves eighth consecutive year of reduction in traffic deaths",
            ),
            Source(
                "https://www.reuters.com/article/us-brazil-city-award/"
                "brazils-bike-friendly-beachfront-city-fortaleza-wins-major-transport-award-"
                "idUSKBN1JO31W",
                "Reuters: Fortaleza wins major transport award (2018)",
            ),
            Source(
                "https://www.taipeitimes.com/News/editorials/archives/2020/02/11/2003730746",
                "Roberto Cláudio: Brazilian city's bike focus shows how to move society "
                "forward (2020)",
            ),
        ),
        illustrative_note=(
            'The indicator "more than half" is entered as −50%; the city\'s crash reports give '
            "the exact yearly counts."
        ),
    ),
    # Hawaii County (United States) -------------------------------------------------------
    CaseStudySeed(
        slug="hawaii-county-hilo-tsunami-open-space",
        city="hawaii-county",
        title="Hilo after the 1960 tsunami: keeping the bayfront open",
        summary=(
            "After tsunamis killed people in Hilo in 1946 and again in 1960, the County of "
            "Hawaiʻi banned rebuilding in the flooded area, turned the low bayfront into parks "
            "and moved the town centre to raised land: an early, lasting example of managed "
            "retreat."
        ),
        clusters=(RD, NA),
        tags=("tsunami", "managed retreat", "land use", "buffer zone", "parks"),
        sdgs=(11, 13),
        status=Status.COMPLETED,
        start_year=1960,
        end_year=None,
        challenge=p(
            "Hilo Bay funnels tsunami waves into the town. The 1 April 1946 tsunami killed "
            "159 people across the islands, most of them in Hilo. On 23 May 1960 waves "
            "generated by the magnitude 9.5 Chile earthquake struck again and killed 61 "
            "people in Hilo, many of whom had stayed in low-lying Waiākea or gone to watch. "
            "Much of the bayfront commercial district was destroyed for the second time in "
            "fourteen years."
        ),
        objectives=ul(
            "Stop rebuilding homes and businesses where the waves had struck twice.",
            "Give the town a safe new commercial centre on higher ground.",
            "Keep the low land in a use that can flood without loss of life.",
        ),
        solution=p(
            "Within days the County created the Hawaii Redevelopment Agency and an ordinance "
            "banned reconstruction in the flooded area. Roughly 300 acres of oceanfront land "
            "were set aside as a green belt and buffer, including what became the Wailoa "
            "River State Recreation Area. Through <b>Project Kaikoʻo</b>, approved in March "
            "1961, about 40 acres at the edge of the high-water mark were filled to an average "
            "of 26 feet above sea level for a new commercial centre and County offices. Most "
            "businesses moved; many residents resisted."
        ),
        results=p(
            "The bayfront remains largely parks, playing fields and memorials, and the Pacific "
            "Tsunami Museum in Hilo keeps the memory alive. The land use decisions of 1960–61 "
            "mean that the next large Pacific tsunami will meet open space rather than homes "
            "in the most exposed part of town."
        ),
        lessons_learned=ul(
            "The window for moving people out of harm's way is short: the decisions were made "
            "within weeks, while the damage was in front of everyone.",
            "Businesses moved when offered a better site; residents needed fairer terms and "
            "more time.",
            "Open space has to be designed as a valued park, or it is slowly built on again.",
            "Warnings save lives only if people act on them; several victims in 1960 had gone "
            "to watch the wave.",
        ),
        transferability=p(
            "Today the same choices face cities planning for sea-level rise and storm surge. "
            "Replicating it needs hazard maps everyone accepts, legal power to restrict "
            "rebuilding, land or funds to offer those who move, and a plan, agreed before the "
            "next disaster, for what the cleared land becomes."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Oceanfront land set aside as green belt and buffer",
                unit="acres",
                achieved="300",
                year=1961,
                source="Hawaii Redevelopment Agency plans, summarised in secondary sources",
            ),
            Indicator(
                name="Land raised for the new commercial centre (Project Kaikoʻo)",
                unit="acres",
                achieved="40",
                year=1961,
                source="Hawaii Redevelopment Agency plans, summarised in secondary sources",
            ),
            Indicator(
                name="Deaths in Hilo in the 1960 tsunami",
                unit="people",
                baseline="61",
                year=1960,
                source="US Geological Survey, Circular 1187 (1999)",
            ),
        ),
        partners=(
            Partner("County of Hawaiʻi", "Land use decisions"),
            Partner("Hawaii Redevelopment Agency", "Redevelopment"),
            Partner("State of Hawaiʻi", "Wailoa River State Recreation Area"),
        ),
        sources=(
            Source(
                "https://pubs.usgs.gov/circ/c1187/",
                "USGS Circular 1187: Surviving a Tsunami, Lessons from Chile, Hawaii, and Japan",
            ),
            Source("https://www.tsunami.org/", "Pacific Tsunami Museum, Hilo"),
        ),
        illustrative_note=(
            "Acreages are rounded figures from secondary accounts of the redevelopment; the "
            "County's records should be checked before citing them. The end year is not shown "
            "because the redevelopment was completed in stages."
        ),
    ),
    # Freeport (The Bahamas) ---------------------------------------------------------------
    CaseStudySeed(
        slug="freeport-water-supply-after-dorian",
        city="freeport",
        title="Restoring Grand Bahama's drinking water after Hurricane Dorian",
        summary=(
            "Hurricane Dorian's storm surge flooded the wellfields that supply Freeport with "
            "seawater in 2019. The utility restored running water within a week but "
            "drinkable water took many months, and it added reverse osmosis so that one aquifer "
            "is no longer a single point of failure."
        ),
        clusters=(WR, RD),
        tags=("hurricane recovery", "groundwater", "saltwater intrusion", "desalination"),
        sdgs=(6, 11, 13),
        status=Status.ONGOING,
        start_year=2019,
        end_year=None,
        challenge=p(
            "Grand Bahama draws its drinking water from a thin freshwater lens floating on "
            "seawater under the island. On 1–3 September 2019 Hurricane Dorian, a Category 5 "
            "storm, stalled over the island. Its surge flooded more than 90 per cent of the "
            "Grand Bahama Utility Company's wellfields: the main wellfield, which had produced "
            "about 60 per cent of supply, lay under some 21 feet of seawater for 36 hours. "
            "Salinity that had been below 600 parts per million rose to 8,000–9,000 ppm."
        ),
        objectives=ul(
            "Restore running water for sanitation as fast as possible.",
            "Bring salinity back under drinking-water limits.",
            "Make supply resilient to the next storm surge.",
        ),
        solution=p(
            "Crews, helped by the island's industrial companies, stripped, cleaned and "
            "reassembled flooded pumps and brought distribution back within five to seven "
            "days, with water declared fit for sanitary use only. The utility then flushed "
            "and rested wells, drilled new wells away from the worst intrusion, chlorinated "
            "the supply, and commissioned independent laboratory testing. When hydrological "
            "studies showed the freshwater lens would recover more slowly than expected, it "
            "announced a US$5 million investment in a reverse osmosis plant of about three "
            "million gallons, a new pumping station and a new wellfield."
        ),
        results=p(
            "Average salinity fell from about 9,000 ppm after the storm to about 2,500 ppm by "
            "February 2020, when the utility reported 34 per cent of the way to island-wide "
            "potability. Residents relied on bottled and distilled water for many months, and "
            "the pandemic slowed equipment deliveries and work."
        ),
        lessons_learned=ul(
            "A shallow aquifer is one asset that a single surge can take out: diversify "
            "sources before the storm.",
            "Say clearly and often which uses the water is safe for, and for how long.",
            "Recovery estimates based on early studies were too optimistic; plan for the "
            "longer case.",
        ),
        transferability=p(
            "Relevant to island and coastal cities that rely on shallow groundwater. It needs "
            "surge maps of wellfields, spare pumps and controls stored above flood level, a "
            "desalination or interconnection option, emergency water distribution plans and "
            "agreements with local industry for help."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Salinity of the public water supply",
                unit="ppm",
                baseline="600",
                target="600",
                achieved="2500",
                year=2020,
                source="Grand Bahama Utility Company, reported by The Tribune (February 2020)",
            ),
            Indicator(
                name="Progress towards island-wide potable water",
                unit="%",
                baseline="0",
                target="100",
                achieved="34",
                year=2020,
                source="Grand Bahama Utility Company, reported by The Tribune (February 2020)",
            ),
        ),
        cost=Cost(
            amount="5000000",
            currency="USD",
            year=2020,
            note="Announced investment in reverse osmosis, a pumping station and a new wellfield",
        ),
        funding=("Grand Bahama Utility Company (Grand Bahama Port Authority group)",),
        partners=(
            Partner("Grand Bahama Utility Company", "Water utility"),
            Partner("Grand Bahama Port Authority", "Parent company and municipal authority"),
            Partner("Industrial companies of Grand Bahama", "Emergency repairs"),
        ),
        sources=(
            Source(
                "http://www.thebahamasweekly.com/publish/grand-bahama-bahamas/"
                "Grand_Bahama_Utility_Company_Wellfields_Inundated_from_Dorian_Surge_printer."
                "shtml",
                "The Bahamas Weekly: GBUC wellfields inundated from Dorian surge (2019)",
            ),
            Source(
                "http://www.tribune242.com/news/2020/feb/28/"
                "grand-bahama-water-potability-34-percent-restored/",
                "The Tribune: Grand Bahama water potability 34 percent restored (2020)",
            ),
            Source(
                "https://www.wlrn.org/news/2020-03-09/"
                "six-months-after-dorian-grand-bahama-scrambles-for-clean-drinking-water",
                "WLRN: Six months after Dorian, Grand Bahama scrambles for clean drinking water",
            ),
        ),
        illustrative_note=(
            "The city's role is simplified: Freeport's water is supplied by a private utility "
            "of the Grand Bahama Port Authority group, which also governs the city. The status "
            "is shown as ongoing because we have no public source for when full potability "
            "returned."
        ),
    ),
    # Coral Springs (United States) -------------------------------------------------------
    CaseStudySeed(
        slug="coral-springs-performance-management",
        city="coral-springs",
        title="Running city services on data: Coral Springs and the Baldrige criteria",
        summary=(
            "From 1993 Coral Springs built a strategic plan, business plan and budget cycle "
            "driven by resident surveys and performance measures, and in 2007 became the "
            "first local government to win the US Baldrige National Quality Award."
        ),
        clusters=(DI,),
        tags=("performance management", "strategic planning", "resident surveys", "Baldrige"),
        sdgs=(16, 11),
        status=Status.ONGOING,
        start_year=1993,
        end_year=None,
        challenge=p(
            "In the early 1990s the young planned city reacted to issues as they came up. "
            "Residents' priorities, the budget and the work of departments were not connected, "
            "and the city could not show what its services achieved."
        ),
        objectives=ul(
            "Link what residents ask for to the strategic plan, the budget and each "
            "department's work.",
            "Measure results and improve services continuously.",
            "Hold the organisation to the standard of the best-run companies.",
        ),
        solution=p(
            "In 1993 the city manager introduced a quality management programme, and from "
            "1995 a planning cycle that is still used: a two-year <b>strategic plan</b> with "
            "priorities and Key Intended Outcomes, an annual <b>business plan</b> of "
            "initiatives to reach them, and a budget allocated according to the business plan. "
            "Priorities come from resident and business surveys, neighbourhood meetings and "
            "an environmental scan; departments report performance measures throughout the "
            "year. The city used the Baldrige criteria for performance excellence as an "
            "external yardstick."
        ),
        results=p(
            "Coral Springs won Florida's Governor's Sterling Award in 1997, the first city to "
            "do so, and again in 2003. In 2007, the first year local governments could apply, "
            "it became the first to receive the Malcolm Baldrige National Quality Award, after "
            "review by independent examiners and a site visit. The Baldrige profile reported, "
            "for example, that 93 per cent of employees agreed the organisation is highly "
            "ethical."
        ),
        lessons_learned=ul(
            "The cycle works because the budget follows the business plan; measurement "
            "without money attached changes little.",
            "Resident surveys keep the measures about outcomes people notice, not internal "
            "activity.",
            "An external assessment gave staff a shared standard and useful criticism, beyond "
            "the award itself.",
        ),
        transferability=p(
            "Any city can adopt the planning cycle; it suits small and mid-sized cities well. "
            "It needs a city manager or mayor who will sustain it for years, a regular "
            "resident survey, a few outcome measures per priority, and the discipline to tie "
            "budget decisions to them."
        ),
        evidence_level=EVALUATED,
        indicators=(
            Indicator(
                name="Employees agreeing the organisation is highly ethical",
                unit="%",
                achieved="93",
                year=2006,
                source="NIST Baldrige award recipient profile: City of Coral Springs (2007)",
            ),
        ),
        partners=(
            Partner("City of Coral Springs", "Programme owner"),
            Partner(
                "Baldrige Performance Excellence Program (NIST)",
                "External assessment",
                "https://www.nist.gov/baldrige",
            ),
        ),
        sources=(
            Source(
                "https://www.nist.gov/system/files/documents/baldrige/publications/"
                "Coral_Springs_Profile.pdf",
                "NIST: 2007 Baldrige award recipient profile, City of Coral Springs",
            ),
            Source(
                "http://articles.sun-sentinel.com/2008-01-13/community/"
                "0801100460_1_malcolm-baldrige-city-manager-award",
                "Sun Sentinel: Springs earns national award (2008)",
            ),
            Source(
                "https://qualitymag.com/articles/85271-baldrige-recipients-announced",
                "Quality Magazine: Baldrige recipients announced",
            ),
        ),
    ),
    # Guatemala City (Guatemala) ----------------------------------------------------------
    CaseStudySeed(
        slug="guatemala-city-transmetro-brt",
        city="guatemala-city",
        title="Transmetro: Central America's first bus rapid transit",
        summary=(
            "In 2007 the Municipality of Guatemala City opened Transmetro, a municipally run "
            "bus rapid transit line with dedicated lanes, level boarding and guarded stations, "
            "as a safer alternative to the old private buses; it has since grown to several "
            "lines."
        ),
        clusters=(SM, RD),
        tags=("bus rapid transit", "public transport", "bus reform", "passenger safety"),
        sdgs=(11, 9, 3),
        status=Status.ONGOING,
        start_year=2007,
        end_year=None,
        challenge=p(
            "Most of the capital's residents depend on buses, and for years the city's "
            "service relied on privately run, ageing buses that were slow, polluting and "
            "unsafe, with robberies and extortion of drivers and passengers. Protests over the "
            "service were a recurring political crisis."
        ),
        objectives=ul(
            "Offer a fast, safe and affordable trunk service on the busiest corridors.",
            "Cut travel times and pollution.",
            "Start a reform of the whole bus system.",
        ),
        solution=p(
            "The Municipality built and operates <b>Transmetro</b> itself. The first line, "
            "from the Centra Sur transfer station to the City Hall, opened on 3 February 2007 "
            "after a first-phase investment reported at over US$10 million. Buses run in "
            "median lanes separated from traffic and stop about every kilometre at raised "
            "stations with level boarding and prepaid fares. Municipal police guard stations "
            "and buses. The Eje Central line followed in August 2010, and more lines since."
        ),
        results=p(
            "Staff reported about 520 million passengers carried by early 2014 and close to "
            "100,000 a day on the main corridors, for a flat fare of one quetzal. The stations "
            "and vehicles are widely seen as safer than the old buses. Accessibility remains "
            "incomplete (no lifts at raised stations), and integration with the rest of the bus "
            "network has been slower than the trunk lines."
        ),
        lessons_learned=ul(
            "Starting with one well-run corridor built public trust for the next lines.",
            "Visible security was as important to riders as speed.",
            "Level boarding without step-free access to the platforms still excludes "
            "wheelchair users.",
        ),
        transferability=p(
            "Relevant to cities whose buses are informal or unsafe. It needs road space taken "
            "from cars on a dense corridor, a public operator or a tightly regulated concession, "
            "fare collection off the bus, and a plan for the displaced private routes and "
            "their drivers."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Passengers carried since opening",
                unit="passengers",
                baseline="0",
                achieved="520000000",
                year=2014,
                source="Transmetro staff, quoted by Quadratín Chiapas (2014)",
            ),
            Indicator(
                name="Daily passengers on the main corridors",
                unit="passengers per day",
                achieved="100000",
                year=2014,
                source="Transmetro staff, quoted by Quadratín Chiapas (2014)",
            ),
        ),
        cost=Cost(
            amount="10000000",
            currency="USD",
            year=2007,
            note="Municipal investment in the first phase, as reported at the opening",
        ),
        funding=("Municipality of Guatemala City",),
        partners=(Partner("Municipalidad de Guatemala", "Builder and operator"),),
        sources=(
            Source(
                "http://emol.com/noticias/internacional/2007/02/03/244648/"
                "ciudad-de-guatemala-estreno-moderno-sistema-de-transporte-publico.html",
                "Emol: Ciudad de Guatemala estrenó moderno sistema de transporte público (2007)",
            ),
            Source(
                "https://stnonline.com/blogs/"
                "routes-around-the-world-transmetro-brt-in-guatemala-city",
                "School Transportation News: Transmetro BRT in Guatemala City",
            ),
            Source("https://chiapas.quadratin.com.mx/?p=144173", "Quadratín Chiapas (2014)"),
        ),
        illustrative_note=(
            "Ridership figures were given by Transmetro staff to journalists and are rounded; "
            "the Municipality's current statistics should be used for planning."
        ),
    ),
    # Dallas (United States) --------------------------------------------------------------
    CaseStudySeed(
        slug="dallas-klyde-warren-park",
        city="dallas",
        title="Klyde Warren Park: a deck park over a downtown freeway",
        summary=(
            "Dallas built a 5.2-acre park on a deck over the recessed Woodall Rodgers "
            "Freeway, reconnecting downtown's Arts District with Uptown. It opened in 2012 and "
            "cost about US$110 million, paid by city bonds, highway funds, federal stimulus "
            "money and private donors."
        ),
        clusters=(NA, SM, RD),
        tags=("deck park", "freeway cap", "public-private partnership", "public space"),
        sdgs=(11, 3),
        status=Status.COMPLETED,
        start_year=2009,
        end_year=2012,
        challenge=p(
            "The Woodall Rodgers Freeway, opened in 1983 in a trench along the north edge of "
            "downtown, cut the growing Arts District off from the Uptown neighbourhood. Walking "
            "between them meant crossing loud, narrow bridges over eight lanes of traffic, and "
            "the centre of Dallas had little usable green space."
        ),
        objectives=ul(
            "Stitch downtown and Uptown back together for people on foot.",
            "Create a central green public space for the city.",
            "Pay for it through a partnership, without relying on one public budget.",
        ),
        solution=p(
            "Because the freeway already sat in a trench, it could be capped. A non-profit, "
            "the Woodall Rodgers Park Foundation, formed in 2004 with seed money from the real "
            "estate community, led the project with the City of Dallas and the Texas "
            "Department of Transportation. Construction began in October 2009. The park, about "
            "1,045 feet long and 210 feet wide, sits on a deck carrying up to six feet of soil "
            "for trees, with a restaurant, performance pavilion, playground, dog park and "
            "reading and games areas. The foundation manages and programmes it, helped by a "
            "public improvement district."
        ),
        results=p(
            "<b>Klyde Warren Park</b> opened on 27 October 2012 and reports more than a million "
            "visitors a year, with free daily programming. A study for the foundation projected "
            "several hundred million dollars of economic benefit from the park and nearby "
            "development; the projection has not been independently evaluated."
        ),
        lessons_learned=ul(
            "A depressed freeway is an asset: decking it is far cheaper than burying a road.",
            "A dedicated non-profit kept the project moving through three owners (city, "
            "state, foundation) and two contractors.",
            "Programming and maintenance need their own lasting funding; the public "
            "improvement district provides part.",
            "Rising land values around a new park can push out lower-income residents and "
            "businesses; plan for that early.",
        ),
        transferability=p(
            "Applicable where a highway runs in a trench through a dense area. It needs "
            "structural studies for the loads, agreement with the highway authority on "
            "ventilation, fire safety and maintenance access, a capital stack mixing public "
            "and private money, and a long-term operator."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Park area created over the freeway",
                unit="acres",
                baseline="0",
                achieved="5.2",
                year=2012,
                source="American Society of Civil Engineers, Civil Engineering (December 2012)",
            ),
            Indicator(
                name="Visitors per year",
                unit="visitors",
                achieved="1300000",
                source="Klyde Warren Park foundation website",
            ),
        ),
        cost=Cost(
            amount="110000000",
            currency="USD",
            year=2012,
            note="Total project cost as reported at the opening",
        ),
        funding=(
            "City of Dallas bonds (US$20 million)",
            "State and federal highway funds through TxDOT (US$20 million)",
            "Federal stimulus funds for transportation enhancement (US$16.7 million)",
            "Private donations (about US$50 million)",
        ),
        partners=(
            Partner(
                "Woodall Rodgers Park Foundation",
                "Developer, owner of the park's amenities and operator",
                "https://www.klydewarrenpark.org/",
            ),
            Partner("City of Dallas", "Co-owner and funder"),
            Partner("Texas Department of Transportation", "Co-owner and funder"),
            Partner("The Office of James Burnett", "Landscape architect"),
            Partner("Jacobs Engineering", "Structural engineering"),
        ),
        sources=(
            Source(
                "http://www.asce.org/CEMagazine/Articlens.aspx?id=23622322472",
                "ASCE: Park above highway reconnects parts of Dallas (2012)",
            ),
            Source(
                "http://www.dmagazine.com/publications/d-magazine/2012/special-report-the-park/"
                "how-klyde-warren-park-was-built",
                "D Magazine: How Klyde Warren Park was built (2012)",
            ),
            Source("https://www.klydewarrenpark.org/", "Klyde Warren Park"),
        ),
        illustrative_note=(
            "The visitor figure is the foundation's own and undated; the economic benefit "
            "figures are projections made for the foundation, not measured results."
        ),
    ),
    # Hermosillo (Mexico) -----------------------------------------------------------------
    CaseStudySeed(
        slug="hermosillo-independencia-aqueduct",
        city="hermosillo",
        title="The Independencia aqueduct: water for a desert city, and a lesson in consent",
        summary=(
            "To end water rationing, Sonora built a 150 km aqueduct from the Yaqui river basin "
            "to Hermosillo, operating from 2013. It brought water, but also years of lawsuits "
            "and blockades because the Yaqui people were not consulted, and the Supreme Court "
            "ordered a consultation."
        ),
        clusters=(WR, RD),
        tags=("water transfer", "aqueduct", "indigenous rights", "prior consultation", "drought"),
        sdgs=(6, 16, 10),
        status=Status.COMPLETED,
        start_year=2010,
        end_year=2013,
        challenge=p(
            "Hermosillo, a fast-growing city of over 800,000 in the Sonoran Desert, had "
            "over-pumped its aquifers and depended on small reservoirs; during droughts "
            "households received water only on some days (<i>tandeos</i>). The state "
            "government decided to bring water from the El Novillo dam in the Yaqui river "
            "basin. Under a 1940 presidential decree, the Yaqui people hold rights to half of "
            "the river's water, and irrigators in the Yaqui valley also depend on it."
        ),
        objectives=ul(
            "Secure Hermosillo's drinking water supply and end rationing.",
            "Do it quickly, within one state administration.",
        ),
        solution=p(
            "The state built the <b>Acueducto Independencia</b>, about 150 km of steel pipe "
            "with pumping stations from El Novillo to Hermosillo, through its infrastructure "
            "fund Sonora SI, designed to carry up to about 75 million m³ a year. Construction "
            "began in 2010 despite court suspensions won by irrigators; the governor put the "
            "cost at about 4,000 million pesos. No consultation of the Yaqui tribe took place."
        ),
        results=p(
            "The aqueduct began operating in 2013 and has supplied the city since. On "
            "8 May 2013 the Supreme Court confirmed an amparo won by the Yaqui of Vícam, voiding "
            "the environmental permit until the tribe was consulted, and later ordered that the "
            "consultation decide whether operation harms them. The aqueduct kept running under "
            "other court orders. Road blockades by Yaqui communities and years of litigation "
            "followed, at great cost in trust between the city, the state and the river "
            "basin's people."
        ),
        lessons_learned=ul(
            "A transfer between basins is a political decision about who bears the scarcity; "
            "treat it as one, with those who lose water at the table from the start.",
            "Free, prior and informed consultation of indigenous peoples is a legal duty "
            "in Mexico, and skipping it put the whole investment at legal risk.",
            "Cutting losses in the city network and managing demand is cheaper, faster and "
            "uncontested; it should come before, or with, new supply.",
        ),
        transferability=p(
            "A warning more than a model. Cities in dry regions considering a transfer need a "
            "basin-wide water balance, a consultation process that meets national and "
            "international standards, compensation and benefit-sharing agreed before "
            "construction, and a credible leakage and demand plan at home."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Design capacity of the aqueduct",
                unit="million m³ per year",
                target="75",
                year=2013,
                source="Governor of Sonora, reported by 24 Horas (May 2013)",
            ),
            Indicator(
                name="Length of the aqueduct",
                unit="km",
                achieved="150",
                year=2013,
                source="Governor of Sonora, reported by 24 Horas (May 2013)",
            ),
        ),
        cost=Cost(
            amount="4000000000",
            currency="MXN",
            year=2013,
            note="Approximate cost stated by the state governor in 2013",
        ),
        funding=("State of Sonora, through the Sonora SI infrastructure fund",),
        partners=(
            Partner("Government of Sonora (Fondo de Operación de Obras Sonora SI)", "Builder"),
            Partner("Comisión Nacional del Agua (Conagua)", "Federal water authority"),
            Partner("Municipality of Hermosillo", "Beneficiary and water utility owner"),
        ),
        sources=(
            Source(
                "https://www.escr-net.org/es/caselaw/2013/amparo-no-6312012-acueducto-"
                "independencia/",
                "ESCR-Net: Amparo 631/2012, Acueducto Independencia",
            ),
            Source(
                "https://www.24-horas.mx/2013/05/09/"
                "acueducto-sigue-en-pie-pese-a-reves-de-la-corte-asegura-padres/",
                "24 Horas: Acueducto sigue en pie pese a revés de la Corte (2013)",
            ),
            Source(
                "https://agua.org.mx/biblioteca/entra-corte-por-acueducto-independencia",
                "Agua.org.mx: Entra Corte a disputa por acueducto Independencia (2012)",
            ),
        ),
        illustrative_note=(
            "Sources give the length as 146 to 150 km and the capacity as 60 to 75 million m³ "
            "a year; we show the figures the state government gave in 2013."
        ),
    ),
    # Dubuque (United States) -------------------------------------------------------------
    CaseStudySeed(
        slug="dubuque-bee-branch-creek",
        city="dubuque",
        title="Bee Branch Creek: bringing a buried stream back to stop flash floods",
        summary=(
            "After six presidential disaster declarations for flash flooding between 1999 and "
            "2011, Dubuque chose to replace a buried storm sewer with an open creek, "
            "floodplain and park through its poorest, most flood-prone neighbourhood."
        ),
        clusters=(WR, NA, RD),
        tags=("daylighting", "flash flooding", "floodplain", "stormwater", "green infrastructure"),
        sdgs=(6, 11, 13, 15),
        status=Status.ONGOING,
        start_year=2001,
        end_year=None,
        challenge=p(
            "The Bee Branch, once an open creek, had been buried in a storm sewer decades ago. "
            "Rain running off the city's bluffs overwhelmed it: in May 1999 basements in the "
            "North End filled to the rafters, and heavy rains flooded the area again in 2002, "
            "2004, 2008, 2010 and 2011. A 2001 drainage study found about 1,150 homes and "
            "businesses at risk. The 6.5 square mile watershed, where more than half of "
            "Dubuque's residents live or work, includes much of its most affordable housing; "
            "property values there fell while the rest of the city rose."
        ),
        objectives=ul(
            "Eliminate flood damage to the at-risk homes and businesses.",
            "Improve water quality before it reaches the Mississippi.",
            "Give a disinvested neighbourhood a park, trails and a reason to stay.",
        ),
        solution=p(
            "A citizen advisory committee, formed in 2003, chose an open creek over a bigger "
            "pipe. The city built the <b>Lower Bee Branch</b> restoration, completed in 2011, "
            "and the <b>Upper Bee Branch</b> from 2015 to 2017: nearly 2,000 feet of open "
            "creek and floodplain with trails, walking paths, overlooks and a play area. "
            "Around it: detention basins, larger storm sewers, culverts tunnelled under a rail "
            "yard, permeable alleys and a healthy homes programme helping residents repair "
            "flood damage and manage water on their lots."
        ),
        results=p(
            "The Upper Bee Branch was finished about three months early and US$800,000 under "
            "budget. The creek now carries storm flows that used to flood basements, and it "
            "has become a neighbourhood park. The remaining phases, including the rail "
            "culverts, were funded through the state's flood mitigation programme and a "
            "federal resilience grant."
        ),
        lessons_learned=ul(
            "Residents on the advisory committee chose the creek; their ownership carried the "
            "project through 15 years and several funding rounds.",
            "Designing the channel as a park made a flood project into an investment in the "
            "neighbourhood.",
            "Phasing let the city start with what it could fund and add the rest as grants came.",
        ),
        transferability=p(
            "For cities with a buried stream under a flood-prone area. It needs land along "
            "the old valley (Dubuque bought properties), a hydraulic model showing the open "
            "channel works, a long-term funding plan across state and federal programmes and a "
            "stormwater fee, and a maintenance plan for an urban creek."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Homes and businesses at risk of flash flooding",
                unit="properties",
                baseline="1150",
                target="0",
                year=2001,
                source="City of Dubuque, Drainage Basin Master Plan (2001)",
            ),
            Indicator(
                name="Presidential disaster declarations for flash flooding, 1999–2011",
                unit="declarations",
                baseline="6",
                year=2011,
                source="City of Dubuque, Bee Branch project history",
            ),
            Indicator(
                name="Open creek and floodplain built in the upper phase",
                unit="feet",
                baseline="0",
                achieved="2000",
                year=2017,
                source="Associated Press, citing the Telegraph Herald (July 2017)",
            ),
        ),
        cost=Cost(
            amount="60000000",
            currency="USD",
            year=2017,
            note="Upper Bee Branch phase only; the whole watershed project cost much more",
        ),
        funding=(
            "State of Iowa Flood Mitigation Program (state sales tax increment)",
            "US HUD National Disaster Resilience grant through the Iowa Watershed Approach",
            "City of Dubuque stormwater utility fees",
        ),
        partners=(
            Partner("City of Dubuque", "Project owner"),
            Partner("Bee Branch Citizen Advisory Committee", "Chose the open-creek alignment"),
            Partner("Iowa Flood Mitigation Board", "State funding"),
        ),
        sources=(
            Source(
                "https://www.cityofdubuque.org/1538/Project-History",
                "City of Dubuque: Bee Branch project history",
            ),
            Source(
                "https://iowawatershedapproach.org/resources/ghost/dubuquebee-branch-creek/",
                "Iowa Watershed Approach: Dubuque, Bee Branch Creek",
            ),
            Source(
                "https://www.washingtontimes.com/news/2017/jul/23/"
                "dubuque-finishes-portion-of-flood-mitigation-proje/",
                "Associated Press: Dubuque finishes portion of flood mitigation project (2017)",
            ),
        ),
    ),
    # Manaus (Brazil) ---------------------------------------------------------------------
    CaseStudySeed(
        slug="manaus-prosamim-urban-streams",
        city="manaus",
        title="PROSAMIM: rehousing families and restoring Manaus's urban streams",
        summary=(
            "Since 2006 the State of Amazonas, with Inter-American Development Bank loans, has "
            "moved families from stilt houses over the flood-prone streams (igarapés) of "
            "Manaus into new housing nearby, and rebuilt the streams with drainage, sanitation, "
            "parks and roads."
        ),
        clusters=(AH, WR, RD),
        tags=("informal settlements", "resettlement", "urban streams", "sanitation"),
        sdgs=(6, 11, 1),
        status=Status.ONGOING,
        start_year=2006,
        end_year=None,
        challenge=p(
            "Manaus grew from about 300,000 people in 1970 to 1.5 million by 2003, drawn by "
            "the jobs of the Free Trade Zone. With no housing for them, many families built "
            "stilt houses (<i>palafitas</i>) over the igarapés, the streams that cross the "
            "city. The streams became open sewers and rubbish dumps, flooded every rainy "
            "season and with the river's annual rise, and spread disease."
        ),
        objectives=ul(
            "Move families out of the flood zone into decent housing, close to where they lived.",
            "Restore the streams' drainage and water quality.",
            "Give the neighbourhoods parks, roads and sanitation.",
        ),
        solution=p(
            "The state government designed <b>PROSAMIM</b> (<i>Programa Social e Ambiental dos "
            "Igarapés de Manaus</i>) from 2003; the first loan from the Inter-American "
            "Development Bank was signed on 19 January 2006. Each phase works a stream basin, "
            "starting with the densely settled Educandos and Quarenta basins, then São Raimundo. "
            "Families choose between a flat in a housing park built in the same area, "
            "assisted purchase elsewhere, or compensation; social workers follow them before "
            "and after the move. The streams get drainage channels, sewers, linear parks and "
            "roads. The current phase, Prosamin+, adds reforestation with native species."
        ),
        results=p(
            "The state reports that since 2006 more than 16,800 families, about 84,000 people, "
            "have been resettled, and that about US$1.085 billion has been invested, US$710 "
            "million of it from IDB loans. The IDB presents the programme as a reference for "
            "resettlement. Early phases were criticised for concrete channels; later ones give "
            "more space to vegetation."
        ),
        lessons_learned=ul(
            "Building replacement housing in the same neighbourhood kept jobs, schools and "
            "social ties, and made moves voluntary.",
            "Following families after resettlement (jobs, condominium fees, services) matters "
            "as much as the move.",
            "Hard-lined channels drain fast but lose the stream; later phases brought "
            "vegetation back.",
            "Cleared banks must be turned into parks and roads at once, or they are occupied "
            "again.",
        ),
        transferability=p(
            "Relevant to cities with informal settlements along streams or in floodways. It "
            "needs land for replacement housing nearby, a multi-phase financing plan (here a "
            "development bank and the state budget), a social team with a mandate after "
            "resettlement, and an agency able to maintain the new channels and parks."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Families resettled from stream banks since 2006",
                unit="families",
                baseline="0",
                achieved="16800",
                year=2024,
                source="Government of Amazonas (UGPE), reported by Diário Manauara (2024)",
            ),
        ),
        cost=Cost(
            amount="1085000000",
            currency="USD",
            year=2024,
            note="Total invested 2006–2024 across all phases, as reported by the state",
        ),
        funding=(
            "Inter-American Development Bank loans (US$710 million)",
            "State of Amazonas (US$375 million)",
        ),
        partners=(
            Partner(
                "Government of Amazonas, Special Projects Management Unit (UGPE)",
                "Programme owner and executor",
                "https://www.ugpe.am.gov.br/",
            ),
            Partner("Inter-American Development Bank", "Lender", "https://www.iadb.org/"),
            Partner("City of Manaus", "Urban services partner"),
        ),
        sources=(
            Source(
                "https://www.ugpe.am.gov.br/programas/prosamim/",
                "UGPE: Programa Social e Ambiental dos Igarapés de Manaus",
            ),
            Source(
                "https://www.devex.com/organizations/"
                "social-and-environmental-program-for-igarapes-prosamim-139391",
                "Devex: Social and Environmental Program for Igarapés (PROSAMIM)",
            ),
            Source(
                "https://diariomanauara.com.br/cidades/"
                "prosamim-e-destaque-em-revista-nacional-por-reassentar-familias-em-risco-de-"
                "desastres-climaticos",
                "Diário Manauara: Prosamim é destaque em revista nacional (2024)",
            ),
        ),
        illustrative_note=(
            "The city's role is simplified: PROSAMIM is a State of Amazonas programme carried "
            "out in Manaus. Totals are the state government's own figures."
        ),
    ),
    # Stockton (United States) ------------------------------------------------------------
    CaseStudySeed(
        slug="stockton-seed-guaranteed-income",
        city="stockton",
        title="SEED: testing a guaranteed income in Stockton",
        summary=(
            "From 2019 to 2021 the Stockton Economic Empowerment Demonstration gave 125 "
            "randomly selected residents US$500 a month with no conditions. Independent "
            "researchers found recipients found full-time work at a higher rate than a "
            "comparison group and had steadier incomes and better mental health."
        ),
        clusters=(RD,),
        tags=("guaranteed income", "cash transfers", "randomised evaluation", "poverty"),
        sdgs=(1, 10, 8, 3),
        status=Status.COMPLETED,
        start_year=2019,
        end_year=2021,
        challenge=p(
            "In 2012 Stockton became the largest US city until then to file for bankruptcy, "
            "after the housing crash. By 2018 nearly a quarter of residents lived below the "
            "poverty line, median household income was US$46,033, and many working families "
            "could not cover a US$400 emergency. Incomes swung from month to month."
        ),
        objectives=ul(
            "Test whether a modest, unconditional monthly payment improves financial "
            "stability, health and work.",
            "Produce rigorous evidence for a national debate on guaranteed income.",
            "Tell recipients' stories alongside the data.",
        ),
        solution=p(
            "Mayor Michael Tubbs launched <b>SEED</b> in February 2019, funded entirely by "
            "philanthropy. Residents of neighbourhoods at or below the city's median income "
            "were invited at random to apply; 125 were chosen by lottery to receive US$500 a "
            "month on a prepaid card for 18 months, extended to 24 months during the "
            "pandemic. Applicants not selected could join a comparison group. An independent "
            "team led by Dr. Stacia West and Dr. Amy Castro Baker evaluated it."
        ),
        results=p(
            "In the first year, full-time employment among recipients rose from 28 to 40 per "
            "cent, against 32 to 37 per cent in the comparison group. The share who could "
            "cover an unexpected expense in cash rose from 25 to 52 per cent. Recipients' "
            "month-to-month income varied less (46.4 against 67.5 per cent) and they reported "
            "less anxiety and depression. Tracked spending went mostly on food, merchandise, "
            "utilities and car costs; less than 1 per cent on alcohol or tobacco."
        ),
        lessons_learned=ul(
            "A small, well-designed pilot with a comparison group changed a national debate "
            "far beyond its size.",
            "Private funding allowed a fast start and protected recipients' public benefits, "
            "which had to be negotiated case by case.",
            "Pairing data with a storytelling cohort helped counter assumptions about how "
            "people spend cash.",
        ),
        transferability=p(
            "Dozens of US cities have since run pilots. A city needs a funder (philanthropy or, "
            "since 2021, federal recovery funds), agreements so the payments do not cut "
            "recipients' benefits, an independent research partner, and a plan for what "
            "happens when payments end."
        ),
        evidence_level=EVALUATED,
        indicators=(
            Indicator(
                name="Recipients in full-time employment",
                unit="%",
                baseline="28",
                achieved="40",
                year=2020,
                source="SEED first-year evaluation (West and Castro Baker), via Results for "
                "America",
            ),
            Indicator(
                name="Recipients able to pay an unexpected expense in cash",
                unit="%",
                baseline="25",
                achieved="52",
                year=2020,
                source="SEED first-year evaluation, via Results for America",
            ),
            Indicator(
                name="Month-to-month income volatility of recipients",
                unit="%",
                baseline="67.5",
                achieved="46.4",
                year=2020,
                source="SEED first-year evaluation; baseline is the comparison group's value",
            ),
        ),
        cost=Cost(
            amount="1500000",
            currency="USD",
            year=2019,
            note="Cash transfers only (125 × US$500 × 24 months), calculated; excludes "
            "administration and research",
        ),
        funding=("Philanthropy, led by the Economic Security Project",),
        partners=(
            Partner("Office of Mayor Michael Tubbs, City of Stockton", "Initiator"),
            Partner("Economic Security Project", "Lead funder"),
            Partner(
                "University of Tennessee and University of Pennsylvania researchers",
                "Independent evaluation",
            ),
        ),
        sources=(
            Source(
                "https://www.stocktondemonstration.org/",
                "Stockton Economic Empowerment Demonstration",
            ),
            Source(
                "https://catalog.results4america.org/program/guaranteed-income/"
                "guaranteed-income-stockton-ca",
                "Results for America: Guaranteed income, Stockton (2021)",
            ),
            Source(
                "https://www.vcstar.com/story/news/local/2021/03/03/"
                "stockton-economic-empowerment-demonstration-seed-program-guaranteed-income-"
                "california/6907700002/",
                "Ventura County Star: SEED reports (2021)",
            ),
        ),
        illustrative_note=(
            "The cost is calculated from the programme's design, not taken from its accounts; "
            "the income volatility baseline is the comparison group's figure, not the "
            "recipients' before the pilot."
        ),
    ),
    # Mérida (Mexico) ---------------------------------------------------------------------
    CaseStudySeed(
        slug="merida-green-infrastructure-heat",
        city="merida",
        title="Mérida Verde: trees and green corridors for a hot karst city",
        summary=(
            "Facing rising temperatures and little green space, Mérida launched in 2024 a "
            "strategy of green corridors, tree protection, planting with residents and a "
            "municipal green infrastructure plan, designed around an aquifer that is the "
            "city's only source of water."
        ),
        clusters=(NA, RD, WR),
        tags=("urban heat", "street trees", "green corridors", "karst aquifer", "rain gardens"),
        sdgs=(11, 13, 15, 6),
        status=Status.ONGOING,
        start_year=2024,
        end_year=None,
        challenge=p(
            "The city reports that its average temperature has risen by 1.42 °C in 65 years, "
            "that new peripheral estates and the historic centre are heat islands, and that "
            "it has about 6.2 m² of green space per inhabitant. Mérida sits on limestone with "
            "no rivers: all its water comes from the karst aquifer under the city and the Ring "
            "of Cenotes, and the state reports that only a small share of municipal wastewater "
            "is treated. Whatever lets rain soak in must not carry pollution down with it."
        ),
        objectives=ul(
            "Lower street temperatures, starting with the hottest neighbourhoods.",
            "Protect mature trees from development and increase tree cover.",
            "Link parks and reserves with green corridors for people and wildlife.",
            "Use nature-based drainage that is safe for the aquifer.",
        ),
        solution=p(
            "The <b>Mérida Verde</b> strategy, presented in November 2024, brings thirteen "
            "municipal departments together around eight lines: a network of green corridors "
            "(starting with Avenida Mérida 2000, Ciudad Caucel–Santa Fe, Brisas, Oriente and "
            "Sur), tree protection including the declaration of heritage trees that developers "
            "must respect, green infrastructure, a planting plan with residents (<i>Una "
            "familia, un árbol</i> gives each family a native tree from municipal nurseries), "
            "park rehabilitation, a tree register, partnerships and stronger regulations. A "
            "municipal green infrastructure plan and technical committee guide it, and in 2025 "
            "GIZ began supporting a biocorridor in the west with native trees and rain gardens."
        ),
        results=p(
            "The programme is new. The city reports that an earlier municipal planting drive "
            "planted about 130,000 trees, and the first heritage trees were declared in "
            "November 2024. No temperature or canopy results have been published yet."
        ),
        lessons_learned=ul(
            "Two tree-cover figures circulate (15.2 and 21.2 per cent), from different "
            "methods; agree one baseline method before setting targets.",
            "Heritage tree declarations give planners a legal tool against felling that "
            "planting alone does not.",
            "In karst, rain gardens need filtering soils and setbacks from cenotes and wells.",
        ),
        transferability=p(
            "For hot, fast-growing cities with little green space. It needs a canopy and "
            "heat map to target the work, nurseries of native species, a maintenance budget "
            "for young trees through the dry season, and, on karst or shallow aquifers, "
            "hydrogeological advice on where infiltration is safe."
        ),
        evidence_level=REPORTED,
        indicators=(
            Indicator(
                name="Tree cover of the municipal territory",
                unit="%",
                baseline="15.2",
                year=2024,
                source="Ayuntamiento de Mérida, launch of Mérida Verde (November 2024)",
            ),
            Indicator(
                name="Public green space per inhabitant",
                unit="m²",
                baseline="6.2",
                year=2024,
                source="Ayuntamiento de Mérida, launch of Mérida Verde (November 2024)",
            ),
            Indicator(
                name="Trees planted by the earlier municipal planting drive",
                unit="trees",
                achieved="130000",
                year=2024,
                source="Mayor Cecilia Patrón, reported by Posta (2024)",
            ),
        ),
        funding=("Municipality of Mérida", "GIZ (German development cooperation), biocorridor"),
        partners=(
            Partner("Ayuntamiento de Mérida", "Programme owner"),
            Partner("Municipal Green Infrastructure Technical Committee", "Technical guidance"),
            Partner("GIZ", "Support for the western biocorridor"),
        ),
        sources=(
            Source(
                "https://24horasyucatan.mx/2024/11/11/"
                "presentan-merida-verde-para-aumentar-zonas-arboladas-y-cuidar-clima",
                "24 Horas Yucatán: Presentan Mérida Verde (November 2024)",
            ),
            Source(
                "https://poreso.mx/merida-verde-una-estrategia-integral-para-arborizar-la-"
                "ciudad-y-combatir-el-cambio-climatico-cecilia-patron",
                "Por Esto: Mérida Verde, una estrategia integral para arborizar la ciudad",
            ),
            Source(
                "https://notirasa.com/noticia/"
                "merida-impulsa-plan-municipal-de-infraestructura-verde-con-apoyo-de-giz-de-"
                "alemania/48474",
                "Notirasa: Mérida impulsa Plan Municipal de Infraestructura Verde (2025)",
            ),
        ),
        illustrative_note=(
            "All figures are the city's own, from its presentations; the two tree-cover "
            "figures (15.2% and 21.2%) come from different sources and have not been "
            "reconciled. The aquifer context is summarised from state-level reporting."
        ),
    ),
    # Austin (United States) --------------------------------------------------------------
    CaseStudySeed(
        slug="austin-project-connect-transit-vote",
        city="austin",
        title="Project Connect: voters fund a transit system, with money against displacement",
        summary=(
            "In 2020 Austin voters approved a property tax increase to build Project Connect, "
            "a light rail and rapid bus plan then estimated at US$7.1 billion, run by a new "
            "independent body and with US$300 million set aside to keep residents from "
            "being priced out along the lines."
        ),
        clusters=(SM, AH),
        tags=("light rail", "ballot measure", "transit funding", "anti-displacement"),
        sdgs=(11, 9, 10, 13),
        status=Status.ONGOING,
        start_year=2020,
        end_year=None,
        challenge=p(
            "Austin is one of the fastest-growing large US cities, with rising congestion and "
            "housing costs and a transit system built mostly on buses in mixed traffic. A "
            "light rail proposal had failed at the ballot in 2014. Experience elsewhere "
            "showed that new rail lines can raise rents and push out the residents who most "
            "need transit."
        ),
        objectives=ul(
            "Fund a high-capacity transit network with a dedicated, voter-approved source.",
            "Create an accountable body to build it.",
            "Protect residents and small businesses near the new lines from displacement.",
        ),
        solution=p(
            "On 3 November 2020, <b>Proposition A</b> dedicated 8.75 cents per US$100 of "
            "taxable value of the city's property tax rate to Project Connect, a rise of about "
            "20 per cent in the city's rate. The initial plan had two light rail lines, a "
            "downtown tunnel, new rapid bus lines and park-and-rides, with federal grants "
            "expected to cover about 45 per cent of the capital cost. Revenue goes to the "
            "<b>Austin Transit Partnership</b>, a new local government body created by the city "
            "and the transit agency CapMetro. The package included US$300 million for "
            "anti-displacement strategies such as land acquisition for affordable housing."
        ),
        results=p(
            "Voters approved Proposition A with 58 per cent in a record-turnout election, "
            "alongside a US$460 million mobility bond. Rapid bus lines opened first. As cost "
            "estimates for the rail plan rose sharply, the partners adopted a smaller first "
            "phase of light rail in 2024, and the anti-displacement fund began buying land "
            "and funding community organisations."
        ),
        lessons_learned=ul(
            "Putting anti-displacement money in the same measure as the rail built a broader "
            "coalition of voters.",
            "Early cost estimates were far too low; a smaller, funded first phase is better "
            "than a large plan that cannot be delivered.",
            "A separate delivery body gives focus and transparency but adds another "
            "institution residents must understand.",
        ),
        transferability=p(
            "For growing cities that need a local funding source to match federal or national "
            "transit grants. It needs a legal route to a dedicated tax, credible and "
            "conservative cost estimates, a governance structure voters trust, and "
            "anti-displacement tools (land banking, tenant support) ready before land values "
            "rise."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Voters approving Proposition A",
                unit="%",
                target="50",
                achieved="58",
                year=2020,
                source="City of Austin election results, reported by the Austin LGBT Chamber",
            ),
            Indicator(
                name="Capital cost expected from federal grants",
                unit="%",
                target="45",
                year=2020,
                source="City of Austin ballot information (2020)",
            ),
            Indicator(
                name="Funding for anti-displacement strategies",
                unit="USD",
                target="300000000",
                year=2020,
                source="City of Austin ballot information (2020)",
            ),
        ),
        cost=Cost(
            amount="7100000000",
            currency="USD",
            year=2020,
            note="Capital cost of the initial investment as put to voters; later estimates "
            "were much higher",
        ),
        funding=(
            "Dedicated City of Austin property tax (8.75 cents per US$100 of taxable value)",
            "CapMetro capital expansion fund",
            "Federal Transit Administration grants (expected)",
        ),
        partners=(
            Partner("Austin Transit Partnership", "Delivery body"),
            Partner("CapMetro", "Transit agency"),
            Partner("City of Austin", "Funder and partner"),
        ),
        sources=(
            Source(
                "https://www.kvue.com/article/news/politics/vote-texas/"
                "proposition-a-2020-election-results-project-connect-austin/"
                "269-f2646b92-e5cd-4df7-bef9-8c754bf0ccd1",
                "KVUE: Austin voters approve Proposition A (2020)",
            ),
            Source(
                "https://ballotready.org/measures/tax-rate-election",
                "BallotReady: Austin Proposition A (2020)",
            ),
            Source(
                "https://austonia.com/austonia-guide-project-connect",
                "Austonia: guide to Proposition A and Project Connect",
            ),
        ),
        illustrative_note=(
            "The 2024 re-scoping of the rail plan is described in general terms; check the "
            "Austin Transit Partnership's current plan and cost before citing figures."
        ),
    ),
    # Montego Bay (Jamaica) ---------------------------------------------------------------
    CaseStudySeed(
        slug="montego-bay-marine-park-co-management",
        city="montego-bay",
        title="Montego Bay Marine Park: co-managing reefs and mangroves",
        summary=(
            "Jamaica's first marine park, declared in 1992, protects about 15 km² of reefs, "
            "seagrass and mangroves in front of the country's tourism capital. A local "
            "non-profit trust manages it day to day with the government, including no-take "
            "fish sanctuaries."
        ),
        clusters=(NA, RD),
        tags=("marine protected area", "coral reefs", "mangroves", "co-management"),
        sdgs=(14, 8, 13),
        status=Status.ONGOING,
        start_year=1992,
        end_year=None,
        challenge=p(
            "Montego Bay's reefs made it a famous dive destination in the 1960s. As the city "
            "grew, divers and fishers saw reefs decline and catches fall; studies blamed "
            "coastal development, sewage and run-off, and overfishing. A small protected area "
            "(1974) and the Bogue Lagoon fish sanctuary (1979) were declared, but without "
            "active management they changed little."
        ),
        objectives=ul(
            "Protect the reefs, seagrass and mangroves that tourism and fishing depend on.",
            "Manage the area actively, with rules users understand and accept.",
            "Involve the community, schools and businesses in stewardship.",
        ),
        solution=p(
            "After years of lobbying by the dive community, the <b>Montego Bay Marine Park</b> "
            "was declared in 1992, with a trust, set up in 1991, to oversee it. By 1996 the "
            "Natural Resources Conservation Authority had delegated management to the "
            "<b>Montego Bay Marine Park Trust</b> under a co-management agreement. The park has "
            "a zoning plan; two gazetted Special Fishery Conservation Areas, Bogue Lagoon "
            "(1979) and Airport Point (2009), are managed as no-take zones. The Trust runs "
            "patrols, coastal clean-ups, reef restoration and the Care and Protect Jamaica "
            "education programme."
        ),
        results=p(
            "The park covers nearly 16 km² of mixed-use marine area and over 20 km of "
            "shoreline. The Trust reports that Care and Protect Jamaica has reached nearly "
            "10,000 students since 2014. Long-term reef monitoring results are not summarised "
            "here."
        ),
        lessons_learned=ul(
            "Declaring a protected area is not managing it: the change came with a local "
            "manager and a formal co-management agreement.",
            "No-take zones need fishers' understanding of their value (the Trust's \"Fish "
            'Cyaan Done" project) as well as enforcement.',
            "Land-based pollution from a growing city limits what marine management alone can "
            "achieve.",
        ),
        transferability=p(
            "For coastal cities whose economy depends on reefs or mangroves. It needs a legal "
            "framework that allows delegated management, a local organisation with a stable "
            "funding base, a zoning plan agreed with fishers and tour operators, and action on "
            "sewage and run-off on land."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Marine area under active management",
                unit="km²",
                baseline="0",
                achieved="15",
                source="Montego Bay Marine Park Trust",
            ),
            Indicator(
                name="Gazetted no-take fish sanctuaries",
                unit="sanctuaries",
                achieved="2",
                year=2009,
                source="Montego Bay Marine Park Trust",
            ),
            Indicator(
                name="Students reached by Care and Protect Jamaica since 2014",
                unit="students",
                achieved="10000",
                source="Montego Bay Marine Park Trust",
            ),
        ),
        partners=(
            Partner(
                "Montego Bay Marine Park Trust",
                "Park manager",
                "https://www.montegobaymarinepark.org/",
            ),
            Partner("National Environment and Planning Agency (NEPA)", "Regulator"),
            Partner(
                "Fisheries Division, Ministry of Agriculture and Fisheries", "Fish sanctuaries"
            ),
        ),
        sources=(
            Source(
                "https://www.montegobaymarinepark.org/about",
                "Montego Bay Marine Park Trust: About",
            ),
            Source(
                "https://www.mbmpt.org/marine-protected-areas/",
                "Montego Bay Marine Park Trust: Marine protected areas",
            ),
        ),
        illustrative_note=(
            "The city's role is simplified: the park is a national protected area managed by "
            "a non-profit trust. Area and outreach figures are the Trust's rounded figures."
        ),
    ),
    # Hoboken (United States) -------------------------------------------------------------
    CaseStudySeed(
        slug="hoboken-resiliencity-park",
        city="hoboken",
        title="ResilienCity Park: a park that stores two million gallons of storm water",
        summary=(
            "On a former industrial site, Hoboken opened in 2023 New Jersey's largest "
            "resiliency park: 5.4 acres of sports fields and gardens that hold up to 2 "
            "million gallons of storm water above and below ground, part of its post-Sandy "
            "strategy to resist, delay, store and discharge water."
        ),
        clusters=(RD, WR, NA),
        tags=("resilience park", "stormwater detention", "Rebuild by Design", "brownfield"),
        sdgs=(11, 13, 6),
        status=Status.COMPLETED,
        start_year=2019,
        end_year=2023,
        challenge=p(
            "Hoboken is a dense, low city on the Hudson. Hurricane Sandy in 2012 flooded most "
            "of it, and its combined sewers flood the low western neighbourhoods whenever rain "
            "exceeds about 0.8 inches an hour. The city has very little open land."
        ),
        objectives=ul(
            "Hold back rainfall in the northwest so that sewers and pumps can cope.",
            "Add much-needed open space for residents.",
            "Turn a contaminated industrial site into a public asset.",
        ),
        solution=p(
            "Hoboken's <i>parks as defence</i> strategy, part of the HUD-funded Rebuild by "
            "Design project (<i>resist, delay, store, discharge</i>), builds parks that double "
            "as storage. After smaller resiliency parks, the city bought the former BASF site "
            "at 12th and Adams streets and designed <b>ResilienCity Park</b> with residents: a "
            "multi-purpose field, a basketball court that doubles as a detention basin, rain "
            "gardens, trees and a terrace. Underground tanks store up to a million gallons from "
            "a new high-level storm sewer, treat it and release it or use it for irrigation "
            "later; surface green infrastructure manages the rest. The site also hosts the "
            "city's third flood pumping station."
        ),
        results=p(
            "The park opened on 12 June 2023 with more than 5 acres of open space and 2 million "
            "gallons of storm water detention above and below ground. It is designed to manage "
            "all rain falling on the site and neighbouring streets up to a 10-year, 12-hour "
            "storm."
        ),
        lessons_learned=ul(
            "Combining a park and flood storage unlocked funding from both open-space and "
            "flood programmes.",
            "Buying land in a dense city is the largest cost; acting when a large site comes "
            "on the market matters.",
            "Community design sessions made residents advocates for a multi-year project.",
        ),
        transferability=p(
            "For dense cities with local rainfall flooding and scarce land. It needs a "
            "drainage model showing where storage helps, a site in the right catchment, "
            "remediation plans for contaminated land, and stacked funding: hazard mitigation "
            "grants, low-interest water infrastructure loans and open-space funds."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Storm water detention capacity",
                unit="US gallons",
                baseline="0",
                target="2000000",
                achieved="2000000",
                year=2023,
                source="City of Hoboken, reported by ROI-NJ (June 2023)",
            ),
            Indicator(
                name="Public open space created",
                unit="acres",
                baseline="0",
                achieved="5.4",
                year=2023,
                source="New Jersey Infrastructure Bank (2019); City of Hoboken (2023)",
            ),
        ),
        cost=Cost(
            amount="66902264",
            currency="USD",
            year=2019,
            note="Construction loan from the NJ Infrastructure Bank; the land cost about "
            "US$30 million",
        ),
        funding=(
            "New Jersey Infrastructure Bank low-interest loan (Clean Water State Revolving Fund)",
            "FEMA hazard mitigation grant (US$10 million)",
            "Hudson County Open Space Trust Fund (US$1 million)",
        ),
        partners=(
            Partner("City of Hoboken", "Owner"),
            Partner("North Hudson Sewerage Authority", "High-level storm sewer and pumping"),
            Partner("New Jersey Infrastructure Bank", "Lender", "https://njib.gov/"),
        ),
        sources=(
            Source(
                "https://njib.gov/news/northwest-resiliency-park-loan-closing",
                "NJ Infrastructure Bank: Northwest Resiliency Park loan closing (2019)",
            ),
            Source(
                "https://www.roi-nj.com/2023/06/13/industry/energy-utilities/"
                "hoboken-opens-n-j-s-largest-resiliency-park-offering-open-space-amenities-"
                "and-flood-mitigation-infrastructure/",
                "ROI-NJ: Hoboken opens N.J.'s largest resiliency park (2023)",
            ),
            Source(
                "https://gothamist.com/news/"
                "this-hoboken-park-fights-floods-by-holding-2-million-gallons-of-stormwater",
                "Gothamist: This Hoboken park fights floods (2023)",
            ),
        ),
        illustrative_note=(
            "The cost shown is the 2019 construction loan, which may not equal the final cost; "
            "a 2019 press estimate put the total, with land, at about US$50 million."
        ),
    ),
    # Renca (Chile) -----------------------------------------------------------------------
    CaseStudySeed(
        slug="renca-cerros-metropolitan-park",
        city="renca",
        title="Cerros de Renca: turning neglected hills into a metropolitan park",
        summary=(
            "Renca, a working-class commune of Greater Santiago with few parks, is turning "
            "the 200 hectares it holds on its hills into a metropolitan park, following a 30-"
            "year master plan shaped by more than 7,000 residents."
        ),
        clusters=(NA, RD),
        tags=("urban hills", "metropolitan park", "participation", "wildfire", "green equity"),
        sdgs=(11, 15, 10, 13),
        status=Status.ONGOING,
        start_year=2017,
        end_year=None,
        challenge=p(
            "North-west Santiago has under 3 m² of parks and squares per inhabitant, while "
            "the wealthy east has more than 9. Yet Renca is framed by the Cerros de Renca, a "
            "839-hectare group of hills (Cerro Renca rises to 906 m) shared with Quilicura. "
            "The hills were bare, scattered with illegal dumps and burned almost every summer, "
            "threatening the homes below."
        ),
        objectives=ul(
            "Create a metropolitan park that serves the whole north-west of the city.",
            "Restore native vegetation and reduce fire and landslide risk.",
            "Plan it with residents and deliver it step by step over 30 years.",
        ),
        solution=p(
            "After coming second in the regional government's 2014 competition to turn one of "
            "Santiago's island hills into a park, the Municipality went ahead on the 207 "
            "hectares it holds. It commissioned a <b>master plan</b> from National "
            "Architecture Prize winner Teodoro Fernández and Lyon Bosch + Martic, and the "
            "foundation Urbanismo Social ran a seven-month participatory process that ended "
            "in December 2018. The plan restores the hills' natural drainage lines, keeps "
            "existing trees, creates a buffer strip of infiltration areas and firebreaks "
            "between homes and hillside, and proposes a 6.8 km path, viewpoints, community "
            "spaces and a metropolitan plant nursery that residents asked for."
        ),
        results=p(
            "465 trees were planted in 2017, with 1,800 more committed for 2018, and the "
            "regional government funds conservation works in the first zone. The plan is a "
            "30-year roadmap: most of the park is still to be built."
        ),
        lessons_learned=ul(
            "A credible master plan and a large participatory process let a small commune "
            "attract regional and national funding it could not raise alone.",
            "On fire-prone hills, the first investments must be firebreaks, access and "
            "watering, before amenities.",
            "Planning in phases with early, visible projects keeps residents engaged over decades.",
        ),
        transferability=p(
            "For cities with hills, ridges or other unbuilt land next to under-served "
            "neighbourhoods. It needs secure land tenure, a phased plan, a partner able to run "
            "participation at scale, fire and erosion expertise, and a maintenance agreement "
            "with a metropolitan or national parks body."
        ),
        evidence_level=REPORTED,
        indicators=(
            Indicator(
                name="Municipal land for the park",
                unit="hectares",
                achieved="207",
                year=2018,
                source="Municipality of Renca, reported by La Tercera (2018)",
            ),
            Indicator(
                name="Residents taking part in the master plan process",
                unit="people",
                achieved="7000",
                year=2018,
                source="Municipality of Renca, Parque Cerros de Renca website (2019)",
            ),
            Indicator(
                name="Trees planted on the hills",
                unit="trees",
                baseline="0",
                achieved="465",
                year=2017,
                source="Municipality of Renca, reported by La Tercera (2018)",
            ),
        ),
        cost=Cost(
            amount="1000000000",
            currency="CLP",
            year=2018,
            note="Initial investment announced with the master plan",
        ),
        funding=(
            "Municipality of Renca",
            "Santiago Metropolitan Regional Government (FNDR), conservation works",
        ),
        partners=(
            Partner("Municipalidad de Renca", "Park promoter and landowner"),
            Partner("Fundación Urbanismo Social", "Participatory process"),
            Partner("Teodoro Fernández and Lyon Bosch + Martic", "Master plan"),
        ),
        sources=(
            Source(
                "https://latercera.com/pulso/noticia/"
                "los-primeros-pasos-del-nuevo-parque-metropolitano-cerros-renca/159332",
                "La Tercera: Los primeros pasos del nuevo Parque Metropolitano Cerros de Renca",
            ),
            Source(
                "http://parquecerros.renca.cl/2019/06/26/"
                "con-fiesta-ciudadana-se-dan-a-conocer-proyectos-del-parque-metropolitano-"
                "cerros-de-renca/",
                "Parque Cerros de Renca: Fiesta ciudadana y Plan Maestro",
            ),
            Source(
                "https://fundacioncosmos.cl/proyectos/cerro-renca-proyecto-mirador-cumbre/",
                "Fundación Cosmos: Cerro Renca, proyecto Mirador Cumbre",
            ),
        ),
        illustrative_note=(
            "Figures are the Municipality's own, from 2018–2019; the green space per "
            "inhabitant comparison is an approximate figure from a university study quoted in "
            "the press."
        ),
    ),
    # Evanston (United States) ------------------------------------------------------------
    CaseStudySeed(
        slug="evanston-restorative-housing-program",
        city="evanston",
        title="Restorative Housing: Evanston's local reparations programme",
        summary=(
            "In 2019 Evanston committed the first US$10 million of its cannabis tax to "
            "reparations for housing discrimination against Black residents; since 2022 "
            "eligible residents have received grants of US$25,000 for home purchase, repairs "
            "or mortgages."
        ),
        clusters=(AH, RD),
        tags=("reparations", "homeownership", "housing discrimination", "redlining"),
        sdgs=(10, 11, 1, 16),
        status=Status.ONGOING,
        start_year=2019,
        end_year=None,
        challenge=p(
            "From the 1920s to the 1960s, zoning, redlining and lending practices confined "
            "Black residents of Evanston to one area of the city, around today's Fifth Ward, "
            "and excluded them from buying elsewhere. The result is a persistent gap in "
            "homeownership and wealth, and a declining Black population."
        ),
        objectives=ul(
            "Acknowledge and repair harm done by the city's housing policies.",
            "Increase homeownership and home equity among Black residents.",
            "Help Black residents stay in Evanston.",
        ),
        solution=p(
            "On 25 November 2019 the City Council voted 8 to 1 to commit the first US$10 "
            "million, over ten years, of its 3 per cent municipal tax on recreational cannabis "
            "sales to a local reparations fund. In March 2021 it approved the first programme, "
            "the <b>Restorative Housing Program</b>: grants of up to US$25,000 paid directly to "
            "lenders or contractors for a home purchase, repairs or mortgage payments. "
            "Eligible are Black residents who lived in Evanston between 1919 and 1969 "
            '("ancestors"), their direct descendants, and those harmed by city housing '
            "policy after 1969. Ancestors are served first, in an order set by lottery."
        ),
        results=p(
            "The first 16 recipients were drawn on 13 January 2022. Disbursement has been "
            "slow: in September 2022, 132 ancestor applicants were still waiting, and six had "
            "died before receiving a grant. The city later added a direct cash option. The "
            "programme has also been challenged in court."
        ),
        lessons_learned=ul(
            "A dedicated revenue stream made the commitment concrete, but cannabis tax "
            "revenue came in more slowly than the need.",
            "Elderly eligible residents need the fastest, simplest form of payment; the "
            "housing-only restriction was relaxed for that reason.",
            "Documenting eligibility (residence decades ago) takes archival work and support "
            "for applicants.",
        ),
        transferability=p(
            "For cities examining their own role in housing discrimination. It needs a "
            "historical study of local policies, a legal review of eligibility rules, a "
            "dedicated and sufficient revenue source, an administrator able to verify "
            "eligibility, and a plan for how payments reach older recipients quickly."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Funding committed over ten years",
                unit="USD",
                target="10000000",
                year=2019,
                source="City of Evanston council decision, reported by Evanston RoundTable",
            ),
            Indicator(
                name="First recipients selected by lottery",
                unit="people",
                achieved="16",
                year=2022,
                source="Evanston RoundTable (September 2022)",
            ),
            Indicator(
                name="Ancestor applicants still awaiting a grant",
                unit="people",
                achieved="132",
                year=2022,
                source="Evanston RoundTable (September 2022)",
            ),
        ),
        cost=Cost(
            amount="10000000",
            currency="USD",
            year=2019,
            note="Ten-year commitment from cannabis tax revenue",
        ),
        funding=("3% municipal cannabis retailers' occupation tax", "Private donations"),
        partners=(
            Partner("City of Evanston", "Programme owner"),
            Partner("Evanston Reparations Committee", "Design and oversight"),
        ),
        sources=(
            Source(
                "https://evanstonroundtable.com/2022/09/21/"
                "evanston-reparations-101-guide-funding-cannabis-marijuana-tax/",
                "Evanston RoundTable: Evanston reparations 101 (2022)",
            ),
            Source(
                "https://evanstonroundtable.com/2020/12/18/"
                "council-discusses-home-ownership-and-improvements-as-first-focus-of-citys-"
                "reparations-program-for-black-residents/",
                "Evanston RoundTable: Council discusses home ownership (2020)",
            ),
        ),
    ),
    # Rosario (Argentina) -----------------------------------------------------------------
    CaseStudySeed(
        slug="rosario-urban-agriculture",
        city="rosario",
        title="Rosario's urban agriculture programme: from crisis response to climate resilience",
        summary=(
            "Started after Argentina's 2001 economic collapse to help families grow food on "
            "vacant land, Rosario's urban agriculture programme now runs garden parks, "
            "agroecological markets and a protected peri-urban green belt, and won the 2021 "
            "WRI Ross Center Prize for Cities."
        ),
        clusters=(NA, CE, RD),
        tags=("urban agriculture", "agroecology", "food security", "vacant land", "green belt"),
        sdgs=(2, 11, 13, 1),
        status=Status.ONGOING,
        start_year=2002,
        end_year=None,
        challenge=p(
            "The 2001 crisis left a quarter of Rosario's population unemployed and more than "
            "half below the poverty line. Food prices soared while vacant lots, rail and "
            "riverside land and flood-prone strips lay unused. Later, record rains in 2007 and "
            "heat waves showed how exposed the city's low-income edges were."
        ),
        objectives=ul(
            "Help low-income families produce healthy food and earn an income.",
            "Put vacant and flood-prone land to productive, permanent use.",
            "Protect farmland around the city and shorten food supply chains.",
        ),
        solution=p(
            "The municipality's <b>Urban Agriculture Programme</b> gave gardeners tools, seeds, "
            "training in agroecological methods (no chemical pesticides) and secure use of "
            "public and private vacant land. It grew into permanent <b>garden parks</b> "
            "(<i>parques huerta</i>) in low-income neighbourhoods, designed as public parks "
            "with production plots; processing facilities; and weekly agroecological markets "
            "where gardeners sell directly. Land-use planning now protects a peri-urban green "
            "belt for food production, and the programme is part of the city's climate plan "
            "because planted land absorbs storm water and cools the surroundings."
        ),
        results=p(
            "The city reports 75 hectares within Rosario dedicated to food production and "
            "gardens, another 800 hectares preserved for agriculture around the city, more "
            "than 2,400 families with gardens and seven permanent market spaces; it estimates "
            "emissions from delivering vegetables fell by up to 95 per cent compared with "
            "produce brought from afar. In June 2021 the programme won the US$250,000 grand "
            "prize of the WRI Ross Center Prize for Cities, from 262 entries in 54 countries."
        ),
        lessons_learned=ul(
            "Twenty years of continuity across administrations let a crisis measure become "
            "infrastructure.",
            "Secure land tenure (agreements and zoning) was what turned gardens into a lasting "
            "livelihood.",
            "Selling direct at markets gave gardeners better prices than wholesale and made the "
            "programme visible to the whole city.",
        ),
        transferability=p(
            "For cities with vacant or flood-prone land and households in need of income. It "
            "needs a legal way to lend land for years, not months; extension workers trained "
            "in agroecology; water for irrigation; market spaces; and zoning that protects "
            "peri-urban farmland from urban expansion."
        ),
        evidence_level=DOCUMENTED,
        indicators=(
            Indicator(
                name="Land within the city dedicated to food production and gardens",
                unit="hectares",
                achieved="75",
                year=2021,
                source="Municipality of Rosario, reported by Cities Today (June 2021)",
            ),
            Indicator(
                name="Peri-urban land preserved for agriculture",
                unit="hectares",
                achieved="800",
                year=2021,
                source="Municipality of Rosario, reported by Cities Today (June 2021)",
            ),
            Indicator(
                name="Families with their own gardens",
                unit="families",
                achieved="2400",
                year=2021,
                source="WRI Ross Center Prize for Cities (2021)",
            ),
            Indicator(
                name="Permanent agroecological market spaces",
                unit="markets",
                achieved="7",
                year=2021,
                source="Municipality of Rosario, reported by Cities Today (June 2021)",
            ),
        ),
        funding=(
            "Municipality of Rosario",
            "National ProHuerta programme (INTA), seeds and training",
            "WRI Ross Center Prize for Cities (US$250,000, 2021)",
        ),
        partners=(
            Partner("Municipalidad de Rosario", "Programme owner"),
            Partner("INTA ProHuerta", "Seeds and technical support"),
            Partner("Gardeners' groups and networks", "Production and markets"),
        ),
        sources=(
            Source(
                "https://prizeforcities.org/2020-2021-winners",
                "WRI Ross Center Prize for Cities: 2020–2021 winners",
            ),
            Source(
                "https://cities-today.com/rosarios-urban-farming-programme-wins-global-"
                "resilience-award/",
                "Cities Today: Rosario's urban farming programme wins global award (2021)",
            ),
            Source(
                "https://www.fao.org/agroecology/database/detail/en/c/1416707/",
                "FAO Agroecology Knowledge Hub: Sustainable food production for a resilient "
                "Rosario",
            ),
        ),
        illustrative_note=(
            "The roles of national programmes are summarised from programme histories; the "
            "figures are the city's, as published with the 2021 prize."
        ),
    ),
    # Chattanooga (United States) ---------------------------------------------------------
    CaseStudySeed(
        slug="chattanooga-epb-fiber-smart-grid",
        city="chattanooga",
        title="EPB Fiber: a city-owned utility builds gigabit internet and a smart grid",
        summary=(
            "Chattanooga's municipal electric utility, EPB, built a fibre network to every "
            "home and business it serves to run a self-healing smart grid, and in 2010 became "
            "the first US provider to offer gigabit internet to its whole area. A university "
            "study put the community benefit at US$2.69 billion over ten years."
        ),
        clusters=(DI,),
        tags=("municipal broadband", "fibre", "smart grid", "digital inclusion", "public utility"),
        sdgs=(9, 7, 8, 4),
        status=Status.ONGOING,
        start_year=2008,
        end_year=None,
        challenge=p(
            "Chattanooga, once known for some of the worst air pollution in the country, "
            "had rebuilt its downtown but its economy grew slowly. Private providers offered "
            "slow, costly internet, and power outages cost local businesses money. EPB, the "
            "city-owned Electric Power Board, needed a communications network to automate its "
            "grid."
        ),
        objectives=ul(
            "Build a self-healing smart grid that reroutes power around faults.",
            "Use the same fibre to offer fast, reliable internet to every customer.",
            "Attract and keep businesses, and support schools and research.",
        ),
        solution=p(
            "From 2008 EPB built a fibre-to-the-premises network reaching all of the more "
            "than 170,000 homes and businesses in its 600-square-mile area, financed by "
            "utility bonds and a US$111.7 million federal stimulus smart grid grant. Automated "
            "switches on the fibre isolate faults and restore power to most customers "
            "automatically. EPB Fiber Optics sells internet, TV and phone service: in 2010 it "
            "became the first US provider to offer 1 gigabit per second across its service "
            "area, and in 2015 10 gigabits. With the county schools it offers free internet to "
            "low-income students' households (HCS EdConnect)."
        ),
        results=p(
            "A 2015 study by Bento Lobo, an economist at the University of Tennessee at "
            "Chattanooga, credited the network with at least 2,800 new jobs and 124.7 "
            "million customer-minutes of outages avoided. His 2021 study estimated US$2.69 "
            "billion in community benefit in the first ten years, well above the utility's "
            "original forecast. Researchers at Harvard's Berkman Klein Center found that the "
            "smart grid's savings and the fibre business's revenue cover its costs. State law "
            "still prevents EPB from extending service beyond its electric territory."
        ),
        lessons_learned=ul(
            "Justifying fibre first as electricity infrastructure made the investment "
            "bankable and eligible for energy grants.",
            "A public utility with an existing customer relationship and billing system could "
            "sell broadband quickly.",
            "State law on municipal broadband can limit who benefits; check it before planning.",
        ),
        transferability=p(
            "For cities with a municipal electric or water utility. It needs a legal right to "
            "offer telecom services, a business case combining grid savings and service "
            "revenue, access to bond markets, and programmes so that low-income households "
            "actually connect."
        ),
        evidence_level=EVALUATED,
        indicators=(
            Indicator(
                name="Community benefit in the first ten years",
                unit="USD",
                achieved="2690000000",
                year=2020,
                source="Bento Lobo, University of Tennessee at Chattanooga (2021)",
            ),
            Indicator(
                name="New jobs linked to the network",
                unit="jobs",
                achieved="2800",
                year=2015,
                source="Bento Lobo, University of Tennessee at Chattanooga (2015)",
            ),
            Indicator(
                name="Customer-minutes of power outages avoided",
                unit="minutes",
                achieved="124700000",
                year=2015,
                source="Bento Lobo, University of Tennessee at Chattanooga (2015)",
            ),
        ),
        cost=Cost(
            amount="220000000",
            currency="USD",
            year=2015,
            note="EPB's reported spending on fibre and smart grid equipment, including the "
            "federal grant",
        ),
        funding=(
            "EPB utility bonds and revenue",
            "US Department of Energy smart grid grant (US$111.7 million, federal stimulus)",
        ),
        partners=(
            Partner(
                "EPB (Electric Power Board of Chattanooga)",
                "Owner and operator",
                "https://epb.com/",
            ),
            Partner("Hamilton County Schools", "HCS EdConnect student internet programme"),
            Partner("University of Tennessee at Chattanooga", "Economic studies"),
        ),
        sources=(
            Source(
                "https://www.publicpower.org/periodical/article/"
                "new-study-documents-269-billion-benefits-epb-community-fiber-optic-network",
                "American Public Power Association: New study documents $2.69 billion in benefits",
            ),
            Source(
                "http://www.timesfreepress.com/news/business/aroundregion/story/2015/sep/15/"
                "study-finds-epb-fiber-optics-generates-over-865-million-benefits-chattanooga/"
                "325235/",
                "Chattanooga Times Free Press: Study finds EPB fiber optics generates over $865 "
                "million (2015)",
            ),
            Source(
                "https://dash.harvard.edu/entities/publication/"
                "73120379-053d-6bd4-e053-0100007fdf3b",
                "Talbot and Paz-Canales: Smart Grid Paybacks, the Chattanooga Example (2017)",
            ),
        ),
        illustrative_note=(
            "The benefit studies were commissioned by EPB from a university economist; we rate "
            "the evidence as evaluated because an independent Harvard analysis reached "
            "consistent conclusions on the grid's payback."
        ),
    ),
]
