"""Demo best practices (English source), each linked to the case studies that show it.

"Adopted by" rows name cities of the Academy's directory that publicly report taking the
practice up, with the year it started where public sources give one; a row whose year or
detail we could not confirm says so in its note, and every practice's typical cost range is
an order of magnitude drawn from the linked cases, flagged as illustrative on the page.
"""

from academy.demo.cities import CE, DI, NA, RD, SM, WR

from .seeds import Adoption, BestPracticeSeed, CaseLink, Step, p, ul

COST_NOTE = (
    "The typical cost range is an illustrative order of magnitude derived from the linked "
    "case studies, not a survey of costs; local prices vary widely."
)

BEST_PRACTICES = [
    # Water funds -------------------------------------------------------------------------
    BestPracticeSeed(
        slug="water-funds-for-source-watersheds",
        title="Water funds: water users pay to protect the watersheds that supply them",
        summary=(
            "A long-lived trust, funded mainly by a share of water bills, pays upstream "
            "communities to protect and restore the páramos, forests and wetlands that "
            "store and clean a city's water."
        ),
        clusters=(WR, NA),
        tags=("water fund", "watershed protection", "payment for ecosystem services"),
        sdgs=(6, 15, 17),
        what=p(
            "A water fund is a financial and governance mechanism that collects money from "
            "downstream water users (the water utility first, then hydropower companies, "
            "bottlers, brewers and irrigators) and invests it upstream in conservation, "
            "restoration and better land use, agreed with the people who live there."
        ),
        why=p(
            "Protecting the sources is usually cheaper than treating dirty water or building "
            "new supply. A trust with its own board and a predictable income outlives "
            "municipal budget cycles, and paying communities for plans they design turns "
            "them from a threat into guardians."
        ),
        steps=(
            Step(
                "Map where the water comes from",
                p(
                    "Identify the catchments, who owns and uses the land, and the main threats "
                    "(burning, grazing, roads, mining)."
                ),
            ),
            Step(
                "Build a coalition of water users",
                p(
                    "Start with the utility; then approach hydropower, industry and irrigators "
                    "with the business case for each."
                ),
            ),
            Step(
                "Set up a trust with independent governance",
                p(
                    "A board of contributors and partners, a technical secretariat and "
                    "published accounts."
                ),
            ),
            Step(
                "Agree a contribution rule",
                p(
                    "For example a fixed share of the utility's water sales, written into its "
                    "tariff or statutes so that it is automatic."
                ),
            ),
            Step(
                "Fund plans designed with upstream communities",
                p(
                    "Combine conservation commitments with productive projects that raise "
                    "incomes on less land."
                ),
            ),
            Step(
                "Monitor the water, not just the hectares",
                p(
                    "Install gauges or paired catchments from the start, so that contributors "
                    "can see what their money buys."
                ),
            ),
        ),
        enabling_conditions=ul(
            "A water utility with stable revenue and leadership willing to commit part of it.",
            "Legal room for a long-lived trust or fund outside the annual budget.",
            "Organised upstream communities or producer associations.",
            "A technical partner for conservation and hydrology.",
        ),
        pitfalls=ul(
            "Counting hectares protected instead of water quantity and quality delivered.",
            "Fences and fines without benefits for upstream families, which breed conflict.",
            "Living only on the returns of a small endowment, which keeps spending too low "
            "to matter for years.",
        ),
        cost_low="500000",
        cost_high="2000000",
        cost_currency="USD",
        cost_basis="per year in contributions, for a city of half a million to two million",
        case_studies=(
            CaseLink(
                "quito-fonag-water-fund",
                "The original water fund: a utility-funded trust with an 80-year life.",
            ),
            CaseLink(
                "ambato-tungurahua-paramo-water-fund",
                "Provincial fund paying for community páramo management plans.",
            ),
        ),
        adoptions=(
            Adoption("quito", 2000, "FONAG, created by the municipal water company and TNC."),
            Adoption(
                "ambato",
                2008,
                "Fondo de Páramos Tungurahua; the city's water utility is a contributor.",
            ),
            Adoption(
                "lima",
                None,
                "Aquafondo, Lima's water fund; founding year not confirmed here.",
            ),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Green stormwater infrastructure with a measurable target -------------------------------
    BestPracticeSeed(
        slug="green-stormwater-infrastructure-with-a-target",
        title="A city-wide green stormwater programme with a measurable target",
        summary=(
            "Keep rain out of the sewers where it falls, with rain gardens, tree trenches and "
            "green roofs on public and private land, and count progress in a simple unit such "
            "as the Greened Acre."
        ),
        clusters=(WR, NA),
        tags=("green stormwater infrastructure", "green roofs", "stormwater fees"),
        sdgs=(6, 11, 13),
        what=p(
            "A long-term programme that manages a set depth of rainfall on impervious "
            "surfaces with green infrastructure, on streets, schools and parks and, through "
            "rules and incentives, on private land, with an area target that regulators and "
            "residents can follow."
        ),
        why=p(
            "Green infrastructure spreads the cost over many small projects that also shade "
            "streets, green schoolyards and raise property values, instead of one tunnel "
            "that does nothing above ground. A single countable unit keeps a 20- or 25-year "
            "programme accountable."
        ),
        steps=(
            Step(
                "Set the unit and the target",
                p(
                    "For example an acre of impervious surface whose first inch (25 mm) of "
                    "rain is managed; agree the target with the regulator."
                ),
            ),
            Step(
                "Charge for stormwater by impervious area",
                p(
                    "A parcel-based fee, with credits for owners who green their lots, brings "
                    "private land in."
                ),
            ),
            Step(
                "Write design standards for small sites",
                p(
                    "Standard details for rain gardens, tree trenches, bump-outs and porous "
                    "paving speed up design and maintenance."
                ),
            ),
            Step(
                "Green public land first",
                p(
                    "Streets, schools, parks and public housing show what works and build "
                    "local supply chains."
                ),
            ),
            Step(
                "Require it in new development",
                p(
                    "Stormwater rules and, where suitable, green roof requirements in "
                    "development plans."
                ),
            ),
            Step(
                "Register and maintain every asset",
                p("An asset register, inspection routine and crews from the first year."),
            ),
        ),
        enabling_conditions=ul(
            "A regulator willing to accept green infrastructure for compliance.",
            "A utility or city able to bill for stormwater.",
            "Planning powers over new development.",
            "A maintenance budget that grows with the number of sites.",
        ),
        pitfalls=ul(
            "Counting what is built rather than what is maintained and working.",
            "Relying only on public land, which is rarely enough to meet the target.",
            "Plant choices that cannot survive both standing water and drought.",
        ),
        cost_low="100000",
        cost_high="400000",
        cost_currency="USD",
        cost_basis="per acre of impervious surface managed, public projects",
        case_studies=(
            CaseLink(
                "philadelphia-green-city-clean-waters",
                "The Greened Acre as the unit of a 25-year regulatory commitment.",
            ),
            CaseLink(
                "hamburg-green-roof-strategy",
                "An area target for green roofs met with subsidies, fees, advice and rules.",
            ),
        ),
        adoptions=(
            Adoption("philadelphia", 2011, "Green City, Clean Waters agreement with the state."),
            Adoption("hamburg", 2014, "Green Roof Strategy: 100 hectares of new green roofs."),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Parks that flood ----------------------------------------------------------------------
    BestPracticeSeed(
        slug="parks-that-flood",
        title="Parks that flood: detention parks, daylighted streams and open floodplains",
        summary=(
            "Give water room where it gathers: design parks and open creeks to hold storm "
            "water or take floods, and keep the most exposed land free of homes."
        ),
        clusters=(NA, WR, RD),
        tags=("detention parks", "daylighting", "managed retreat", "flood risk"),
        sdgs=(11, 13, 6),
        what=p(
            "Public spaces that are designed to fill with water in heavy rain or floods and "
            "drain afterwards: detention parks with basins or tanks, buried streams brought "
            "back to the surface with a floodplain, and bayfronts or riverbanks kept as parks "
            "instead of being rebuilt after a disaster."
        ),
        why=p(
            "Storage in the right place protects many properties downstream, and a park used "
            "every day builds support for infrastructure that works only a few days a year. "
            "Keeping people out of the most exposed places is the surest way to avoid loss of "
            "life."
        ),
        steps=(
            Step(
                "Model where water gathers",
                p(
                    "Use a drainage or flood model and complaint records to find the "
                    "catchments where storage or open channels help most."
                ),
            ),
            Step(
                "Secure the land",
                p(
                    "Buy sites when they come on the market, use public land, or restrict "
                    "rebuilding after a disaster."
                ),
            ),
            Step(
                "Design the park with residents",
                p("Decide together what the space is for on the 360 dry days a year."),
            ),
            Step(
                "Combine surface and underground storage",
                p(
                    "Sports courts and lawns that can flood, tanks below, and an outlet or pump "
                    "to empty them."
                ),
            ),
            Step(
                "Stack the funding",
                p(
                    "Hazard mitigation grants, water infrastructure loans and open-space funds "
                    "can each pay for part."
                ),
            ),
            Step(
                "Plan operation and maintenance",
                p("Who cleans the basins after a storm, and who maintains the park."),
            ),
        ),
        enabling_conditions=ul(
            "Land in the right catchment, or powers to restrict rebuilding.",
            "A drainage utility and a parks department willing to share an asset.",
            "Access to hazard mitigation or resilience funding.",
        ),
        pitfalls=ul(
            "Choosing a site because it is available rather than because it is hydraulically "
            "useful.",
            "Parks that are unpleasant when dry, or unsafe when wet.",
            "Rising land values around new parks that push out the residents they were built "
            "to protect.",
        ),
        cost_low="20000000",
        cost_high="70000000",
        cost_currency="USD",
        cost_basis="per neighbourhood-scale project, including land and storage",
        case_studies=(
            CaseLink(
                "hoboken-resiliencity-park",
                "A 5.4-acre park holding 2 million gallons above and below ground.",
            ),
            CaseLink(
                "dubuque-bee-branch-creek",
                "A buried storm sewer replaced by an open creek, floodplain and park.",
            ),
            CaseLink(
                "hawaii-county-hilo-tsunami-open-space",
                "A bayfront kept as parks after two tsunamis.",
            ),
            CaseLink(
                "cali-plan-jarillon-cauca-levee",
                "Clearing a levee of homes so that it can be made safe.",
            ),
        ),
        adoptions=(
            Adoption("hawaii-county", 1960, "Hilo's bayfront buffer zone after the tsunami."),
            Adoption("dubuque", 2011, "Lower Bee Branch Creek restoration completed."),
            Adoption(
                "hoboken", 2023, "ResilienCity Park opened; earlier, smaller parks since 2017."
            ),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Green corridors -------------------------------------------------------------------------
    BestPracticeSeed(
        slug="green-corridors-against-urban-heat",
        title="Green corridors against urban heat",
        summary=(
            "Plant continuous, layered vegetation along the streets and streams people use "
            "most, linking parks and hills, with local maintenance crews trained from the "
            "start."
        ),
        clusters=(NA, SM, RD),
        tags=("urban heat", "street trees", "green corridors"),
        sdgs=(11, 13, 3),
        what=p(
            "A network of planted corridors along roads, medians, stream banks and "
            "pedestrian routes, with trees and understorey dense enough to shade and cool the "
            "whole route, connected to parks and natural areas."
        ),
        why=p(
            "Shade and evapotranspiration lower the temperatures people feel by several "
            "degrees; continuous shade along a route changes how people walk, cycle and wait "
            "for buses. Corridors also filter air, hold rain and give wildlife a way through "
            "the city."
        ),
        steps=(
            Step(
                "Map heat and people",
                p(
                    "Overlay surface or air temperature with walking, cycling and bus routes "
                    "and with vulnerable residents."
                ),
            ),
            Step(
                "Choose corridors that connect",
                p("Prefer routes that link parks, hills and streams over isolated plantings."),
            ),
            Step(
                "Protect the trees you have",
                p("Mature trees cool far more than saplings; give them legal protection."),
            ),
            Step(
                "Plant in layers with suitable species",
                p(
                    "Trees, shrubs and ground cover from local nurseries, suited to the dry "
                    "season and to the soil."
                ),
            ),
            Step(
                "Train and employ maintenance crews",
                p("Local gardeners keep plants alive through the first years."),
            ),
            Step(
                "Measure before and after",
                p("Fixed sensors on corridors and comparison streets, with published methods."),
            ),
        ),
        enabling_conditions=ul(
            "Road verges, medians or stream banks the city controls.",
            "Nurseries able to supply enough native stock.",
            "A multi-year maintenance budget.",
        ),
        pitfalls=ul(
            "Scattered planting that never forms continuous shade.",
            "No watering or care in the first dry seasons.",
            "Claims of cooling without a measurement method others can check.",
        ),
        cost_low="150000",
        cost_high="400000",
        cost_currency="USD",
        cost_basis="per hectare of corridor planted, including three years of care",
        case_studies=(
            CaseLink(
                "medellin-green-corridors",
                "Thirty corridors along roads and streams, with trained city gardeners.",
            ),
            CaseLink(
                "merida-green-infrastructure-heat",
                "A new strategy with heritage-tree protection and planting with residents.",
            ),
            CaseLink(
                "barcelona-superblocks",
                "Green axes that replace traffic lanes with planting and shade.",
            ),
        ),
        adoptions=(
            Adoption("medellin", 2016, "Corredores Verdes programme begins."),
            Adoption("barcelona", 2016, "First superblock; green axes planned from 2020."),
            Adoption("merida", 2024, "Mérida Verde strategy with a corridor network."),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Open streets --------------------------------------------------------------------------
    BestPracticeSeed(
        slug="open-streets-ciclovia",
        title="Open streets: close main roads to cars on Sunday mornings",
        summary=(
            "Every Sunday, at the same hours, a connected network of main streets is closed "
            "to motor traffic for walking, cycling and play: cheap, popular and a gateway to "
            "everyday cycling."
        ),
        clusters=(SM, RD),
        tags=("open streets", "ciclovía", "active mobility", "public health"),
        sdgs=(3, 11, 10),
        what=p(
            "A recurring programme, often called a <i>ciclovía</i> or <i>vía recreativa</i>, "
            "that temporarily turns a network of major roads into a linear park, staffed by "
            "marshals, with activities such as exercise classes along the route."
        ),
        why=p(
            "It gives residents of every neighbourhood free space for exercise and social "
            "life, at a cost far below building parks. Economic studies find health benefits "
            "well above costs, and the weekly experience builds support for safer streets."
        ),
        steps=(
            Step(
                "Pick a connected route",
                p(
                    "Main streets that link neighbourhoods, including poorer ones, with detours "
                    "for buses and emergency access."
                ),
            ),
            Step(
                "Agree with police and transit",
                p("Closure times, crossings and bus diversions; publish them."),
            ),
            Step(
                "Staff it",
                p("Trained marshals or volunteers, first aid and bike mechanics."),
            ),
            Step(
                "Add activities",
                p("Exercise classes, children's cycling schools and space for vendors."),
            ),
            Step(
                "Run it every week",
                p("Regularity makes it a habit; start small if needed, but keep the rhythm."),
            ),
            Step(
                "Count participants and costs",
                p("Counts and surveys support the case to extend it."),
            ),
        ),
        enabling_conditions=ul(
            "A lead agency (sport, recreation or mobility) with a budget line.",
            "Cooperation from traffic police and bus operators.",
            "Political support to hold out against complaints in the first months.",
        ),
        pitfalls=ul(
            "Routes only in wealthy districts.",
            "Irregular events that never become a habit.",
            "Treating it as a substitute for safe weekday cycling infrastructure.",
        ),
        cost_low="1",
        cost_high="10",
        cost_currency="USD",
        cost_basis="operating cost per regular participant per year",
        case_studies=(
            CaseLink(
                "bogota-ciclovia",
                "The original: over 120 km every Sunday and holiday since 1974.",
            ),
        ),
        adoptions=(
            Adoption("bogota", 1974, "First Ciclovía on 15 December 1974."),
            Adoption("guadalajara", 2004, "Vía RecreActiva on Sundays."),
            Adoption("quito", None, "Ciclopaseo on Sundays; starting year not confirmed here."),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Guaranteed income pilots -------------------------------------------------------------
    BestPracticeSeed(
        slug="guaranteed-income-pilots",
        title="Guaranteed income pilots with an independent evaluation",
        summary=(
            "Give a randomly selected group of low-income residents a modest, unconditional "
            "monthly payment for one to two years, and have independent researchers compare "
            "them with a control group."
        ),
        clusters=(RD,),
        tags=("guaranteed income", "cash transfers", "randomised evaluation"),
        sdgs=(1, 10, 8),
        what=p(
            "A time-limited programme of regular, unconditional cash payments (typically "
            "US$500 to US$1,000 a month) to a defined group, designed as a study with a "
            "comparison group so that its effects on income stability, work, health and "
            "wellbeing can be measured."
        ),
        why=p(
            "Cash is flexible: recipients use it for what they need most, with low "
            "administrative cost. A rigorous pilot produces local evidence for decisions about "
            "safety nets, and Stockton's results showed effects on employment and mental "
            "health that surprised sceptics."
        ),
        steps=(
            Step(
                "Define the question and the group",
                p(
                    "For example young parents or residents of low-income neighbourhoods; keep "
                    "the group small enough to fund fully."
                ),
            ),
            Step(
                "Secure funding for the whole period",
                p(
                    "Philanthropy, recovery funds or the city budget; never start what cannot "
                    "be finished."
                ),
            ),
            Step(
                "Protect recipients' benefits",
                p(
                    "Negotiate waivers so that payments do not cut food, health or housing "
                    "benefits."
                ),
            ),
            Step(
                "Select at random",
                p(
                    "A lottery among eligible applicants creates a fair process and a "
                    "comparison group."
                ),
            ),
            Step(
                "Commission an independent evaluation",
                p("Agree the measures and publish the results, whatever they show."),
            ),
            Step(
                "Plan the end",
                p("Tell recipients early how payments end and what support follows."),
            ),
        ),
        enabling_conditions=ul(
            "Legal authority and a funding source for cash transfers.",
            "A payment partner able to issue cards or transfers.",
            "A research partner and data-sharing agreements.",
        ),
        pitfalls=ul(
            "Payments that make recipients lose other benefits.",
            "No comparison group, so effects cannot be separated from general trends.",
            "A sudden end with no transition.",
        ),
        cost_low="6000",
        cost_high="12000",
        cost_currency="USD",
        cost_basis="cash per participating household per year, excluding administration",
        case_studies=(
            CaseLink(
                "stockton-seed-guaranteed-income",
                "The first mayor-led pilot, with an independent evaluation.",
            ),
        ),
        adoptions=(
            Adoption("stockton", 2019, "SEED: US$500 a month to 125 residents."),
            Adoption(
                "baltimore",
                2022,
                "Young Families Success Fund: US$1,000 a month to 200 young parents.",
            ),
            Adoption(
                "austin",
                2022,
                "City-funded guaranteed income pilot; year from press reports.",
            ),
            Adoption(
                "denver",
                2022,
                "Denver Basic Income Project, with city support; year from press reports.",
            ),
        ),
        illustrative_note=(
            COST_NOTE + " The Austin and Denver rows rest on press coverage of the pilots' "
            "launch and should be checked against the cities' own records."
        ),
    ),
    # Performance management -----------------------------------------------------------------
    BestPracticeSeed(
        slug="performance-management-with-resident-feedback",
        title="Performance management: data, regular reviews and resident feedback",
        summary=(
            "Tie the city's plan, budget and daily work to a few outcome measures that "
            "residents care about, review them in regular meetings with department heads, "
            "and act on what the data shows."
        ),
        clusters=(DI,),
        tags=("performance management", "data-driven government", "resident surveys"),
        sdgs=(16, 11),
        what=p(
            "A management cycle in which priorities come from residents (surveys, meetings, "
            "service requests), each priority has outcome measures, departments report them "
            "regularly, leaders review them in person, and the budget follows the results. "
            "Variants range from Baltimore's fortnightly CitiStat sessions to Coral Springs' "
            "strategic and business planning cycle."
        ),
        why=p(
            "Regular, data-based review surfaces problems early, makes departments "
            "accountable for outcomes rather than activity, and lets a city show residents "
            "what their taxes achieve."
        ),
        steps=(
            Step(
                "Ask residents what matters",
                p("A regular, representative survey and service request data."),
            ),
            Step(
                "Choose a few outcome measures per priority",
                p("Measures people would notice, with a baseline and a target."),
            ),
            Step(
                "Set up a small central team",
                p("Analysts who prepare the data and follow up on decisions."),
            ),
            Step(
                "Hold regular review meetings",
                p(
                    "Leaders and department heads look at the same maps and charts, and agree "
                    "actions with deadlines."
                ),
            ),
            Step(
                "Link the budget",
                p("Allocate resources to the initiatives that move the measures."),
            ),
            Step(
                "Publish the results",
                p("Open dashboards and an annual report to residents."),
            ),
        ),
        enabling_conditions=ul(
            "Sustained commitment from the mayor or city manager.",
            "Basic data systems for service requests, finance and staffing.",
            "Staff time for analysis.",
        ),
        pitfalls=ul(
            "Measuring activity (forms processed) rather than outcomes (problems fixed).",
            "Review meetings that blame rather than solve, which teaches departments to hide "
            "bad news.",
            "Letting the cycle lapse when leadership changes.",
        ),
        cost_low="200000",
        cost_high="600000",
        cost_currency="USD",
        cost_basis="per year, for a central team of two to five analysts",
        case_studies=(
            CaseLink(
                "coral-springs-performance-management",
                "A planning and budget cycle driven by resident surveys; Baldrige award.",
            ),
        ),
        adoptions=(
            Adoption("coral-springs", 1995, "Strategic and business planning cycle introduced."),
            Adoption("baltimore", 2000, "CitiStat, the first city-wide version of CompStat."),
        ),
        illustrative_note=COST_NOTE,
    ),
    # Urban agriculture ----------------------------------------------------------------------
    BestPracticeSeed(
        slug="urban-agriculture-on-vacant-land",
        title="Urban agriculture on public and vacant land",
        summary=(
            "Lend vacant, flood-prone and public land to organised gardeners, with training, "
            "inputs and markets, so that it produces food and income and soaks up rain."
        ),
        clusters=(CE, NA, RD),
        tags=("urban agriculture", "food security", "vacant land", "agroecology"),
        sdgs=(2, 11, 1, 13),
        what=p(
            "A municipal programme that makes land available to residents' groups for food "
            "growing on secure, multi-year terms, supports them with seeds, tools, training "
            "and water, and helps them sell through local markets or public purchasing."
        ),
        why=p(
            "It turns unused land into food, income and green space at low cost, shortens "
            "supply chains, and makes flood-prone and heat-prone land more absorbent and "
            "cooler. It also keeps land in public use that might otherwise be occupied."
        ),
        steps=(
            Step(
                "Inventory the land",
                p(
                    "Vacant public and private plots, flood-prone strips and rights of way, "
                    "with soil and water checks."
                ),
            ),
            Step(
                "Offer secure terms",
                p("Multi-year use agreements or zoning, so that gardeners can invest."),
            ),
            Step(
                "Support production",
                p("Seeds, tools, training in agroecology and access to water."),
            ),
            Step(
                "Open routes to market",
                p("Weekly markets, stalls and public purchasing for schools and restaurants."),
            ),
            Step(
                "Design garden parks",
                p("Permanent sites that are also public parks with paths and seating."),
            ),
            Step(
                "Protect peri-urban farmland",
                p("Zoning for a green belt keeps the city's food supply close."),
            ),
        ),
        enabling_conditions=ul(
            "Land the city can lend for years.",
            "Extension workers or a partner with agroecology expertise.",
            "Water for irrigation.",
            "Continuity across administrations.",
        ),
        pitfalls=ul(
            "Short-term leases that end just as gardens become productive.",
            "Contaminated soil on former industrial land; test first.",
            "Production without a market, which discourages gardeners.",
        ),
        cost_low="5000",
        cost_high="30000",
        cost_currency="USD",
        cost_basis="per hectare to set up a garden (soil, water, fencing, tools)",
        case_studies=(
            CaseLink(
                "rosario-urban-agriculture",
                "Garden parks, markets and a green belt; WRI Prize for Cities 2021.",
            ),
            CaseLink(
                "belo-horizonte-food-security-policy",
                "Urban agriculture within a citywide food security policy.",
            ),
        ),
        adoptions=(
            Adoption("rosario", 2002, "Urban Agriculture Programme after the 2001 crisis."),
            Adoption(
                "belo-horizonte",
                1993,
                "Food security policy; community and school gardens among its programmes.",
            ),
        ),
        illustrative_note=COST_NOTE,
    ),
]
