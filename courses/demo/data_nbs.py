"""Demo course: nature-based solutions for urban heat and flooding (English source, Spanish).

Data only, read by the demo seed builder. Lesson bodies are lists of ``(block_type, value)``
pairs in the shape of ``courses.blocks.LessonBodyBlock``; quiz questions are
``(question_type, value)`` pairs. ``translations["es"]`` repeats every text with exactly the same
block sequence, question order and answers as the English.

Facts are limited to well-documented public examples (Medellín's Green Corridors, Philadelphia's
Green City, Clean Waters, Copenhagen's Cloudburst Management Plan, Rotterdam's Benthemplein) and
the few figures given are attributed in the text. Further-reading links point to organisations'
home pages or long-standing pages.
"""

# ---------------------------------------------------------------------------------------------
# Module 1: Nature as city infrastructure
# ---------------------------------------------------------------------------------------------

# Lesson 1.1: What nature-based solutions are (and are not)
_M1_L1 = {
    "slug": "what-are-nature-based-solutions",
    "title": "What nature-based solutions are (and are not)",
    "summary": (
        "The IUCN and UN Environment Assembly definitions, the spectrum from green to grey "
        "infrastructure, and a quick test for telling a real nature-based solution from decoration."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "A working definition", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Nature-based solutions (NbS) are actions that work with ecosystems to address "
                "a societal challenge, such as flooding, heat, water scarcity or poor health, "
                "while also benefiting people and biodiversity. The International Union for "
                "Conservation of Nature (IUCN) did much to popularise the term, and in 2020 it "
                "published the <i>IUCN Global Standard for Nature-based Solutions</i>, a set of "
                "criteria for designing and checking projects. In March 2022 the fifth UN "
                "Environment Assembly (UNEA-5) adopted the first intergovernmentally agreed "
                "definition: actions to protect, conserve, restore, sustainably use and manage "
                "natural or modified ecosystems that address social, economic and environmental "
                "challenges effectively and adaptively, while providing human well-being, "
                "ecosystem services, resilience and biodiversity benefits.</p>"
                "<p>In a city, the ecosystem may be a single street tree, a rain garden in a "
                "planting strip, a restored creek or a wetland park. What these have in common is "
                "that living systems of soil, water and plants do part of the work that pipes, "
                "pumps, concrete and air conditioning would otherwise do.</p>"
            ),
        ),
        ("heading", {"text": "Green, grey and hybrid", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Nature-based solutions rarely replace conventional (grey) infrastructure "
                "outright. Most successful city programmes combine the two:</p>"
                "<ul><li><b>Green</b>: street trees, parks, green roofs, rain gardens, restored "
                "rivers and wetlands.</li>"
                "<li><b>Blue</b>: open water such as ponds, canals and streams brought back to the "
                "surface from buried culverts.</li>"
                "<li><b>Hybrid</b>: a bioswale with an underdrain connected to the storm sewer, or "
                "a park designed to flood and then drain slowly into a pipe.</li>"
                "<li><b>Grey</b>: sewers, tanks, tunnels, pumps and levees.</li></ul>"
                "<p>The useful question is rarely <i>green or grey?</i> but <i>which mix delivers "
                "the service we need at the lowest whole-life cost, with the most benefits for the "
                "people who live here?</i></p>"
            ),
        ),
        ("heading", {"text": "A quick test", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Planting is not automatically a nature-based solution. Before you call a "
                "project one, ask:</p>"
                "<ol><li>Which societal challenge does it address, and how will we know it "
                "worked?</li>"
                "<li>Does it rely on a functioning ecosystem (soil, water, plants) rather than on "
                "appearance alone?</li>"
                "<li>Is it designed for the local climate, soils and species, including the dry "
                "season and the heaviest downpours?</li>"
                "<li>Were the people affected involved, and who benefits?</li>"
                "<li>Is there a plan, and a budget, to maintain it?</li></ol>"
                "<p>A lawn with ornamental shrubs on compacted fill, irrigated with drinking "
                "water, fails most of these tests. A row of climate-suited shade trees in "
                "generous, uncompacted soil along a bus route, with a watering plan for the first "
                "years, passes them.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Use the label carefully",
                "text": (
                    "<p>Nature-based solutions are now a popular label in funding calls, and "
                    "reviewers increasingly look for evidence of function and benefits. Describing "
                    "your project against the IUCN Global Standard's criteria makes a proposal "
                    "stronger and protects it against accusations of greenwashing.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Nature-based solutions use ecosystems to address a societal challenge "
                        "while benefiting people and biodiversity."
                    ),
                    (
                        "UNEA-5 agreed an intergovernmental definition in 2022; the IUCN Global "
                        "Standard (2020) gives criteria to design and check projects."
                    ),
                    "Most city programmes combine green and grey infrastructure in hybrid systems.",
                    (
                        "Function, fit with local conditions, participation and maintenance "
                        "distinguish a nature-based solution from decoration."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://iucn.org/our-work/nature-based-solutions">IUCN: Nature-based '
                'solutions</a>; <a href="https://www.unep.org/">UN Environment Programme</a>; <a '
                'href="https://oppla.eu/">Oppla, the EU repository of nature-based solutions</a>'
                ".</p>"
            ),
        ),
    ],
}


# Lesson 1.2: Urban heat islands and the cooling power of trees
_M1_L2 = {
    "slug": "urban-heat-and-tree-canopy",
    "title": "Urban heat islands and the cooling power of trees",
    "summary": (
        "Why cities run hotter than their surroundings, how shade and evapotranspiration cool "
        "streets, and how to target tree planting where heat hurts most."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Why cities are hotter", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>An urban heat island is an urban area that is warmer than its surroundings. "
                "Dark roofs and pavements absorb sunlight by day and release the heat at night; "
                "tall buildings trap heat and block wind; vehicles, air conditioners and industry "
                "add waste heat; and there is little vegetation or moist soil to cool the air by "
                "evaporation. The effect is often strongest at night, which matters for health: "
                "people whose homes do not cool down after a hot day get no relief while they "
                "sleep.</p>"
                "<p>Keep two measurements apart. <b>Surface temperature</b>, from satellite "
                "thermal images, shows how hot roofs and pavements get and can differ by tens of "
                "degrees between a sunny parking lot and a shaded park. <b>Air temperature</b>, "
                "what people feel, varies less but is the better measure of risk to health.</p>"
            ),
        ),
        ("heading", {"text": "How vegetation cools", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Trees cool in two ways. Their <b>shade</b> stops sunlight from reaching "
                "people, walls and pavement; the US Environmental Protection Agency notes that "
                "shaded surfaces can be 11 to 25 °C (20 to 45 °F) cooler than the peak "
                "temperatures of unshaded ones. Through <b>evapotranspiration</b>, trees and other "
                "plants release water vapour, which takes heat from the air, provided there is "
                "water in the soil. Large, healthy crowns do far more than young or stressed "
                "trees, so protecting existing mature trees is often the cheapest cooling a city "
                "can buy. Grass and low planting cool less than trees, and green roofs mainly cool "
                "the building beneath them.</p>"
            ),
        ),
        ("heading", {"text": "Example: Medellín's Green Corridors", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>From 2016 the city of Medellín, Colombia, planted dense vegetation along the "
                "verges and medians of 18 roads and the banks of 12 streams, creating a network of "
                "thirty <i>Corredores Verdes</i> (Green Corridors) that link parks and hills "
                "across the dense city. The city's botanical garden trained residents from "
                "disadvantaged backgrounds as gardeners and planting technicians to create and "
                "maintain them. The programme won a 2019 Ashden Award for cooling by nature, and "
                "according to Ashden, temperatures along the corridors have fallen by two to three "
                "degrees Celsius in places. The lesson that travels is the design: continuous "
                "shade along routes people walk and ride, with maintenance jobs built in.</p>"
            ),
        ),
        (
            "case_study",
            {
                "case_study": "medellin-green-corridors",
                "note": (
                    "Read the full case: how the corridors were chosen, what the three-year "
                    "programme cost, and why the temperature figures are reported rather than "
                    "independently evaluated."
                ),
            },
        ),
        ("heading", {"text": "Targeting where heat hurts most", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Canopy is rarely shared fairly. A 2020 study of 108 US urban areas found that "
                "neighbourhoods redlined on 1930s federal Home Owners' Loan Corporation maps are, "
                "on average, hotter and less green today than others. In many Latin American "
                "cities, informal and peripheral neighbourhoods have the least public green space. "
                "To target planting:</p>"
                "<ul><li>overlay heat maps with data on older residents, outdoor workers, chronic "
                "illness and income;</li>"
                "<li>use tools such as American Forests' <i>Tree Equity Score</i> in the US, or "
                "the <i>3-30-300</i> rule of thumb: three trees visible from every home, 30% "
                "canopy cover in every neighbourhood, and no more than 300 m to the nearest public "
                "green space;</li>"
                "<li>prioritise bus stops, schools, clinics, markets and walking routes, where "
                "shade changes daily life.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Plant for the future climate",
                "text": (
                    "<p>A tree planted today must survive decades of hotter summers and longer dry "
                    "seasons. Choose a diverse mix of climate-suited species (a common rule of "
                    "thumb: no single species above about 10% of street trees), give roots enough "
                    "uncompacted soil, and budget for watering in the first two or three years.</p>"
                ),
                "tone": "warning",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Heat islands come from dark, impervious surfaces, trapped and waste heat, "
                        "and a lack of vegetation; night-time heat is a major health risk."
                    ),
                    (
                        "Trees cool through shade and evapotranspiration; protecting mature trees "
                        "is often the cheapest cooling available."
                    ),
                    (
                        "Continuous shade along walking and transit routes, as in Medellín's Green "
                        "Corridors, brings the most benefit to people."
                    ),
                    "Target planting by combining heat maps with social vulnerability data.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.epa.gov/heatislands">US EPA: Heat '
                'islands</a>; <a href="https://www.treeequityscore.org/">American Forests: Tree '
                'Equity Score</a>; <a href="https://ashden.org/">Ashden Awards</a>; <a '
                'href="https://ghhin.org/">Global Heat Health Information Network</a>.</p>'
            ),
        ),
        (
            "quiz",
            {
                "title": "Module 1 quiz: Nature as city infrastructure",
                "intro": (
                    "Five questions on what counts as a nature-based solution and how vegetation "
                    "cools a city."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Which project best fits the definition of a nature-based solution?"
                            ),
                            "explanation": (
                                "A nature-based solution addresses a defined societal challenge "
                                "through a functioning ecosystem, designed for local conditions "
                                "and looked after over time."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "A lawn with ornamental shrubs around a new city hall, "
                                        "irrigated with drinking water"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "It looks green, but it addresses no defined challenge and "
                                        "relies on appearance rather than on a functioning "
                                        "ecosystem."
                                    ),
                                },
                                {
                                    "text": (
                                        "A row of climate-suited shade trees in uncompacted soil "
                                        "along a busy bus route, with a three-year watering plan"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: it tackles a specific challenge (heat where people "
                                        "walk and wait), relies on living trees and has a plan to "
                                        "keep them alive."
                                    ),
                                },
                                {
                                    "text": (
                                        "A new concrete culvert that carries a creek under a street"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That is grey infrastructure: it moves water, but no "
                                        "ecosystem does the work."
                                    ),
                                },
                                {
                                    "text": "Artificial turf on a school playground",
                                    "correct": False,
                                    "feedback": (
                                        "Artificial turf is not a living system, and in full sun "
                                        "it can get hotter than natural grass."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "The UN Environment Assembly adopted an intergovernmentally agreed "
                                "definition of nature-based solutions in 2022."
                            ),
                            "explanation": (
                                "UNEA-5 adopted the definition in March 2022. The IUCN Global "
                                "Standard (2020) complements it with criteria for designing and "
                                "checking projects."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Through which mechanisms do trees cool streets? Select all that "
                                "apply."
                            ),
                            "explanation": (
                                "Shade and evapotranspiration are the two main cooling mechanisms, "
                                "which is why large, healthy, well-watered crowns matter so much."
                            ),
                            "choices": [
                                {
                                    "text": "Shading people, walls and pavement",
                                    "correct": True,
                                    "feedback": (
                                        "Correct: shade keeps sunlight from heating surfaces and "
                                        "people."
                                    ),
                                },
                                {
                                    "text": (
                                        "Evapotranspiration, in which heat from the air turns "
                                        "water into vapour"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct, as long as the tree has enough water in the soil."
                                    ),
                                },
                                {
                                    "text": (
                                        "Absorbing heat from the air and storing it permanently in "
                                        "their trunks"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Trees do not store heat like this; their cooling comes "
                                        "from shade and evaporation."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reflecting nearly all incoming sunlight back to the sky"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Leaves absorb much of the sunlight they receive. Trees "
                                        "cool by shading and evaporating water, not mainly by "
                                        "reflection."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Your city has a limited budget for tree planting. Where should "
                                "you look first?"
                            ),
                            "explanation": (
                                "Combine heat maps with social vulnerability data, and favour "
                                "places where people walk and wait, such as bus stops, schools and "
                                "clinics."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Wherever the most land is available, such as the edge of "
                                        "the city"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Available land matters, but cooling is most valuable "
                                        "where heat exposure and vulnerability coincide."
                                    ),
                                },
                                {
                                    "text": (
                                        "Neighbourhoods where heat maps and vulnerability data "
                                        "(age, health, income, outdoor work) overlap, along "
                                        "walking and transit routes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: overlaying heat and vulnerability puts shade where "
                                        "it protects the most people."
                                    ),
                                },
                                {
                                    "text": (
                                        "The most visible downtown plazas, to build public support"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Visibility can help, but favouring showcase sites often "
                                        "leaves the hottest, least green neighbourhoods behind."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Urban heat islands are usually strongest in the early afternoon "
                                "and disappear at night."
                            ),
                            "explanation": (
                                "The heat island is often strongest at night, when pavements and "
                                "buildings release the heat they stored during the day. Homes that "
                                "do not cool down at night are a major health risk."
                            ),
                            "answer": False,
                        },
                    ),
                ],
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Module 2: Making room for water
# ---------------------------------------------------------------------------------------------


# Lesson 2.1: Bioswales, rain gardens and retention parks
_M2_L1 = {
    "slug": "bioswales-rain-gardens-retention-parks",
    "title": "Bioswales, rain gardens and retention parks",
    "summary": (
        "How green stormwater infrastructure works at the scale of streets and blocks, the design "
        "decisions that make it succeed, and Philadelphia's Green City, Clean Waters."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Slow it, spread it, soak it in", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>When rain falls on roofs and pavement it runs off fast, carrying oil, metals, "
                "litter and sediment into drains and streams and, in cities with combined sewers, "
                "causing overflows of diluted sewage. Green stormwater infrastructure reverses "
                "this by slowing water down, spreading it out and letting it soak into the soil or "
                "evaporate. Four functions are worth keeping apart, because each solves a "
                "different problem:</p>"
                "<ul><li><b>Infiltration</b>: water soaks into the ground, reducing runoff volume "
                "and recharging groundwater.</li>"
                "<li><b>Detention</b>: water is held briefly and released slowly, cutting peak "
                "flows.</li>"
                "<li><b>Retention</b>: a permanent or long-lasting pool stores water and lets "
                "sediment settle.</li>"
                "<li><b>Treatment</b>: soil, plants and microbes filter out and break down "
                "pollutants.</li></ul>"
            ),
        ),
        ("heading", {"text": "The main tools", "level": "h2"}),
        (
            "paragraph",
            (
                "<p><b>Rain gardens</b> (bioretention cells) are shallow planted hollows that "
                "collect runoff from a roof, street or parking lot and hold it for a day or two "
                "while it soaks in. <b>Bioswales</b> are planted channels, often in a planting "
                "strip or median, that carry water along while slowing and cleaning it. <b>"
                "Stormwater tree trenches</b> connect a line of street trees to an underground bed "
                "of gravel or structural soil that receives runoff from the street. <b>Retention "
                "and detention parks</b> are larger spaces, such as sports fields, sunken plazas "
                "and wetland parks, designed to flood occasionally and drain afterwards, so that "
                "the same land serves recreation most of the year and storage during storms.</p>"
            ),
        ),
        ("heading", {"text": "Design essentials", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>A few decisions determine whether a rain garden works or turns into a muddy "
                "pit:</p>"
                "<ul><li><b>Test the soil.</b> Measure infiltration on site; clay or compacted "
                "fill may need an engineered soil mix and an underdrain.</li>"
                "<li><b>Check what lies beneath.</b> Keep a safe distance from building "
                "foundations, and do not infiltrate over contaminated land or where the water "
                "table is high.</li>"
                "<li><b>Pre-treat the inflow.</b> A sediment forebay or trap at the curb cut "
                "catches grit and litter where they are easy to remove.</li>"
                "<li><b>Plan the overflow.</b> Every facility needs a safe route for water once it "
                "is full.</li>"
                "<li><b>Choose tough plants.</b> They must survive both standing water and "
                "drought; where there is a long dry season, plan for watering while they "
                "establish.</li></ul>"
            ),
        ),
        ("heading", {"text": "Example: Philadelphia's Green City, Clean Waters", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Like many older US cities, Philadelphia has combined sewers that overflow into "
                "its rivers in heavy rain. In 2011 the city and its state regulator agreed on <i>"
                "Green City, Clean Waters</i>, a 25-year plan that relies mainly on green "
                "infrastructure, rather than on large tunnels alone, to reduce those overflows. "
                "Progress is counted in <b>Greened Acres</b>: each is an acre of impervious "
                "surface whose first inch (about 25 mm) of rain is managed by green "
                "infrastructure. The programme combines public projects in streets, schools and "
                "parks with stormwater rules for new development and incentives for private "
                "landowners. That mix is worth copying, because public land alone is rarely "
                "enough.</p>"
            ),
        ),
        (
            "case_study",
            {
                "case_study": "philadelphia-green-city-clean-waters",
                "note": (
                    "Look at how the Greened Acre is defined and how the five-year target was "
                    "checked: a unit simple enough for a regulator and residents to follow."
                ),
            },
        ),
        (
            "case_study",
            {
                "case_study": "hoboken-resiliencity-park",
                "note": (
                    "A retention park at neighbourhood scale: storage above and below ground in "
                    "a park people use every day, and how it was paid for."
                ),
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Infiltration, detention, retention and treatment are different functions "
                        "that solve different problems."
                    ),
                    (
                        "Rain gardens, bioswales, tree trenches and retention parks work at "
                        "different scales and can be combined."
                    ),
                    (
                        "Soil tests, safe setbacks, pre-treatment, an overflow route and tough "
                        "plants decide success."
                    ),
                    (
                        "Philadelphia counts progress in Greened Acres and combines public "
                        "projects, development rules and incentives."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.epa.gov/green-infrastructure">US '
                'EPA: Green infrastructure</a>; <a href="https://water.phila.gov/">Philadelphia '
                'Water Department</a>; <a href="https://nacto.org/">NACTO, publisher of the Urban '
                "Street Stormwater Guide</a>.</p>"
            ),
        ),
    ],
}


# Lesson 2.2: Sponge cities, cloudburst plans and water squares
_M2_L2 = {
    "slug": "sponge-cities-and-cloudburst-plans",
    "title": "Sponge cities, cloudburst plans and water squares",
    "summary": (
        "City-wide approaches to extreme rainfall: China's sponge cities, Copenhagen's Cloudburst "
        "Management Plan and Rotterdam's water squares."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Planning for the storm the pipes cannot take", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Storm sewers are usually sized for fairly frequent storms, often those "
                "expected once every few years, because pipes big enough for rare extreme rain "
                "would be prohibitively expensive. When a bigger storm comes, water flows over the "
                "surface anyway. The approaches in this lesson accept this and plan where the "
                "surplus water should go, using streets, parks and squares as part of the drainage "
                "system. Engineers call this <b>dual drainage</b>: pipes for the frequent, minor "
                "storms, and designed surface routes and storage for the major ones.</p>"
            ),
        ),
        ("heading", {"text": "Sponge cities", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>The term <i>sponge city</i> is widely credited to the Chinese landscape "
                "architect Kongjian Yu. In 2015 China's national government launched a sponge city "
                "programme with pilot cities, aiming for urban areas that absorb, store, clean and "
                "reuse rainwater instead of sending it straight into pipes. The approach combines "
                "permeable paving, green roofs, bioretention, wetlands and river restoration "
                "across whole districts. Two lessons travel well: work at the scale of whole "
                "catchments, and be honest about limits, since very extreme rain still needs safe "
                "flow routes, storage and emergency plans.</p>"
            ),
        ),
        ("heading", {"text": "Copenhagen's Cloudburst Management Plan", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>On 2 July 2011 a cloudburst flooded basements, streets and main roads across "
                "Copenhagen and caused damage worth billions of Danish kroner. The city responded "
                "with a Cloudburst Management Plan in 2012, followed by detailed plans for each "
                "catchment. Rather than only enlarging sewers, it turns selected streets into <b>"
                "cloudburst boulevards</b> that channel water towards the harbour, shapes parks "
                "and squares so they can store water for a while, and adds green streets that "
                "delay runoff. According to the plan, the target is that a 100-year rainfall "
                "should leave no more than about 10 cm of water on the ground. The redesigned "
                "Enghaveparken, a historic park that can now hold storm water, shows that storage "
                "can be combined with a much-loved public space.</p>"
            ),
        ),
        ("heading", {"text": "Rotterdam's water squares", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Rotterdam, much of which lies below sea level, developed the <b>water "
                "square</b>: a public square that is a place to play and sit on dry days and a "
                "temporary reservoir in heavy rain. At Benthemplein, completed in 2013 and "
                "designed by the studio De Urbanisten, sunken basins double as a sports court and "
                "a stepped seating area. The shallower basins fill whenever it rains; the deepest "
                "fills only in heavy storms. After the storm the water soaks into the ground or "
                "flows on to open water, and the square dries out again. The result makes flood "
                "storage visible and even enjoyable.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "What your city can borrow",
                "text": (
                    "<p>You do not need a national programme to use these ideas. Map where water "
                    "flows and collects in extreme storms (a flood model or years of complaint "
                    "records both help), identify the streets and public spaces along those paths, "
                    "and plan to use them for conveyance and storage whenever they are rebuilt. A "
                    "peer city that has done this, met through Cities Forward or a similar "
                    "exchange, can shorten the learning curve.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Pipes are sized for frequent storms; plan surface routes and storage for "
                        "extreme ones."
                    ),
                    (
                        "Sponge cities apply green and blue measures across whole catchments; they "
                        "reduce, but do not remove, extreme flood risk."
                    ),
                    (
                        "Copenhagen uses cloudburst boulevards and storage parks against a clear "
                        "service target."
                    ),
                    "Water squares show that flood storage can also be a well-used public space.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://climate-adapt.eea.europa.eu/">'
                "Climate-ADAPT, the European climate adaptation platform, with case studies "
                'including Copenhagen</a>; <a href="https://www.urbanisten.nl/">De Urbanisten</a>; '
                '<a href="https://www.turenscape.com/">Turenscape, Kongjian Yu\'s practice</a>'
                ".</p>"
            ),
        ),
    ],
}


# Lesson 2.3: Matching solutions to problems and sites
_M2_L3 = {
    "slug": "matching-solutions-to-sites",
    "title": "Matching solutions to problems and sites",
    "summary": (
        "A practical checklist for choosing the right measure: the problem you are solving, your "
        "rainfall and climate, soils, slopes and groundwater, and who will maintain it."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Start from the problem, not the product", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Cities often start with a favourite solution (<i>we want green roofs</i>) "
                "instead of a problem. Reverse the order and be precise about what you need to "
                "fix: street flooding at a known low point, combined sewer overflows, erosion "
                "along a hillside stream, dangerous heat at bus stops, or several at once. Each "
                "calls for a different mix:</p>"
                "<ul><li><b>Frequent nuisance flooding and polluted runoff</b>: many small rain "
                "gardens, bioswales and tree trenches that capture the small, frequent storms that "
                "make up most rainfall events.</li>"
                "<li><b>Rare, extreme storms</b>: surface flow routes and large storage in parks, "
                "squares and floodplains.</li>"
                "<li><b>Heat</b>: tree canopy and shade along walking routes, plus irrigated green "
                "space where water is available.</li>"
                "<li><b>Both heat and water</b>: stormwater tree trenches and planted streets, "
                "which capture rain and grow large shade trees.</li></ul>"
            ),
        ),
        ("heading", {"text": "Know your rain and your climate", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Design guidance written for temperate cities needs adapting elsewhere. Many "
                "Latin American and Caribbean cities get intense downpours in a wet season and "
                "little rain for months in a dry one, and coastal cities in the Caribbean also "
                "face hurricanes and storm surge. Use local rainfall records (intensity, duration "
                "and frequency, not just annual totals) and allow for a changing climate. Plants "
                "must tolerate both waterlogging and long droughts. A rain garden that looks dead "
                "for four months a year loses public support, so choose plants that stay "
                "presentable in the dry season, or explain the seasonal look to neighbours in "
                "advance.</p>"
            ),
        ),
        ("heading", {"text": "Read the site", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Before design, find out about:</p>"
                "<ol><li><b>Soils and infiltration</b>: test on site rather than assume, and look "
                "out for clay, compacted fill and shallow bedrock.</li>"
                "<li><b>Groundwater and contamination</b>: avoid infiltration where the water "
                "table is high, near drinking water wells or over polluted former industrial land; "
                "use lined systems there.</li>"
                "<li><b>Slopes</b>: steep hillsides, common in Andean and Central American cities, "
                "may need terraces or check dams.</li>"
                "<li><b>Utilities and space</b>: map pipes, cables and sight lines early; clashes "
                "underground are a frequent source of delays and extra cost.</li>"
                "<li><b>Drainage area</b>: how much pavement and roof drains to the facility, and "
                "where the water goes when it is full.</li></ol>"
            ),
        ),
        (
            "callout",
            {
                "title": "Infiltration and slopes",
                "text": (
                    "<p>Do not infiltrate stormwater on steep or unstable slopes without advice "
                    "from a geotechnical engineer. Adding water to such soils can increase the "
                    "risk of landslides, a serious concern in hillside informal settlements.</p>"
                ),
                "tone": "warning",
            },
        ),
        ("heading", {"text": "Decide who will look after it", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Agree before construction which department will maintain each facility (public "
                "works, parks, the water utility, or a community group under a formal agreement) "
                "and check that it has the skills and the budget. A simple design that will be "
                "maintained beats an elaborate one that will not.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Define the problem first: frequent runoff, extreme storms, heat or a "
                        "combination."
                    ),
                    (
                        "Design for local rainfall intensity and for the dry season, not only for "
                        "annual totals."
                    ),
                    (
                        "Test soils, check groundwater and contamination, and take special care on "
                        "slopes."
                    ),
                    "Agree who will maintain each facility before it is built.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.c40knowledgehub.org/">C40 '
                'Knowledge Hub</a>; <a href="https://iclei.org/">ICLEI, Local Governments for '
                'Sustainability</a>; <a href="https://unhabitat.org/">UN-Habitat</a>.</p>'
            ),
        ),
        (
            "quiz",
            {
                "title": "Module 2 quiz: Making room for water",
                "intro": (
                    "Five questions on stormwater measures and extreme rainfall. You have three "
                    "attempts."
                ),
                "pass_mark": None,
                "max_attempts": 3,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "A rain garden is designed to hold water for a day or two while it "
                                "soaks into the soil. Which function is it mainly providing?"
                            ),
                            "explanation": (
                                "Rain gardens mainly infiltrate and treat runoff; bioswales carry "
                                "and treat it; retention ponds store it for longer."
                            ),
                            "choices": [
                                {
                                    "text": "Infiltration",
                                    "correct": True,
                                    "feedback": (
                                        "Correct: water soaking into the ground reduces runoff "
                                        "volume and can recharge groundwater."
                                    ),
                                },
                                {
                                    "text": "Conveyance",
                                    "correct": False,
                                    "feedback": (
                                        "Conveyance moves water from one place to another, which "
                                        "is mainly what a bioswale or a cloudburst boulevard does."
                                    ),
                                },
                                {
                                    "text": "Permanent retention",
                                    "correct": False,
                                    "feedback": (
                                        "Retention keeps a permanent or long-lasting pool; a rain "
                                        "garden should be empty again within a day or two."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these are part of the approach in Copenhagen's "
                                "Cloudburst Management Plan? Select all that apply."
                            ),
                            "explanation": (
                                "The plan combines surface conveyance, temporary storage and green "
                                "streets with the existing sewers, instead of relying on bigger "
                                "pipes alone."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Streets redesigned as cloudburst boulevards that channel "
                                        "water towards the harbour"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: selected streets carry surplus water on the "
                                        "surface."
                                    ),
                                },
                                {
                                    "text": (
                                        "Parks and squares that can store storm water for a while"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: Enghaveparken is one example of a park that "
                                        "doubles as storage."
                                    ),
                                },
                                {
                                    "text": (
                                        "Replacing every sewer in the city with pipes big enough "
                                        "for a 100-year storm"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "That would be extremely costly and disruptive; the plan "
                                        "uses the surface to handle extreme rain instead."
                                    ),
                                },
                                {
                                    "text": (
                                        "Green streets that slow runoff before it reaches the "
                                        "sewers"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: green streets delay and reduce runoff higher up "
                                        "in each catchment."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Sponge city measures can remove flood risk even from the most "
                                "extreme rainfall."
                            ),
                            "explanation": (
                                "Sponge measures reduce flood risk and handle frequent storms "
                                "well, but very extreme rain still needs safe surface flow routes, "
                                "storage and emergency plans."
                            ),
                            "answer": False,
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "You are planning a rain garden in a hillside neighbourhood with "
                                "steep, unstable slopes. What should you do first?"
                            ),
                            "explanation": (
                                "Always read the site: slopes, soils, groundwater and "
                                "contamination decide whether infiltration is safe."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Build it as you would on a flat site, since infiltration "
                                        "always reduces risk"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "On unstable slopes, adding water to the soil can increase "
                                        "the risk of landslides."
                                    ),
                                },
                                {
                                    "text": (
                                        "Get advice from a geotechnical engineer and consider "
                                        "lined systems, terraces or check dams instead of "
                                        "infiltration"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: site conditions must shape the design, and "
                                        "infiltration may not be appropriate here."
                                    ),
                                },
                                {
                                    "text": "Sow grass instead, because grass needs no design",
                                    "correct": False,
                                    "feedback": (
                                        "Grass does little to manage concentrated runoff on steep "
                                        "slopes, and you still need to decide where the water goes."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which features make Rotterdam's Benthemplein water square a "
                                "widely cited example? Select all that apply."
                            ),
                            "explanation": (
                                "Water squares combine temporary storage with everyday public use, "
                                "which makes flood management visible."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "On dry days it is a usable public space, with a sports "
                                        "court and seating"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: the storage is built into spaces people use "
                                        "every day."
                                    ),
                                },
                                {
                                    "text": (
                                        "Shallow basins fill whenever it rains, while the deepest "
                                        "fills only in heavy storms"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: staging the basins keeps most of the square "
                                        "usable most of the time."
                                    ),
                                },
                                {
                                    "text": (
                                        "It stores water permanently as a drinking water reservoir"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The square holds water only temporarily; it is not a "
                                        "drinking water reservoir."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Module 3: From pilot to programme
# ---------------------------------------------------------------------------------------------


# Lesson 3.1: Costs, co-benefits, maintenance and equity
_M3_L1 = {
    "slug": "costs-maintenance-and-equity",
    "title": "Costs, co-benefits, maintenance and equity",
    "summary": (
        "Life-cycle costing, the co-benefits that make the business case, who maintains green "
        "infrastructure, and how to keep the benefits with existing residents."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Count the whole life cycle", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Comparisons between green and grey options often go wrong because they look "
                "only at construction. A fair comparison covers the whole life cycle of both:</p>"
                "<ul><li><b>Design and construction</b>, including soil tests, moving utilities "
                "and community engagement.</li>"
                "<li><b>Establishment</b>: the first two to three years, when new plants need "
                "watering, weeding and replacement. This is where many projects fail.</li>"
                "<li><b>Routine maintenance</b>: removing litter and sediment, pruning, inspecting "
                "inlets and outlets, replanting.</li>"
                "<li><b>Renewal</b>: replacing soil media or structures after some decades.</li>"
                "</ul>"
                "<p>Grey infrastructure has running costs too, such as energy for pumping. And "
                "unlike pipes, well-kept trees deliver more benefits every year as they grow.</p>"
            ),
        ),
        ("heading", {"text": "Make the co-benefits count", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>The great advantage of nature-based solutions is that one investment delivers "
                "several services: stormwater management, shade and cooling, habitat, cleaner air, "
                "places for recreation and, according to a growing body of research, benefits for "
                "mental and physical health. Philadelphia's choice of a green-led plan drew on the "
                "Philadelphia Water Department's <i>triple bottom line</i> assessment of the "
                "social, environmental and economic benefits of green and traditional options. For "
                "your own business case:</p>"
                "<ul><li>name the departments that gain (health, parks, transport, education) and "
                "invite them to co-fund;</li>"
                "<li>quantify what you reasonably can, for example tree benefits with the free "
                "i-Tree tools from the USDA Forest Service, and describe the rest honestly;</li>"
                "<li>avoid double counting, and do not claim benefits that depend on maintenance "
                "nobody has funded.</li></ul>"
            ),
        ),
        ("heading", {"text": "Maintenance is the project", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Green infrastructure often falls between departments: the water utility pays "
                "for stormwater, parks staff know plants, and public works sweeps the streets. "
                "Agree responsibilities in writing, and train crews, because a rain garden is not "
                "a flower bed: mowing, heavy mulching or soil compaction in the wrong place can "
                "stop it from working. Keep an asset register with locations, photos and "
                "inspection dates. Medellín's decision to train local residents as gardeners for "
                "its Green Corridors shows that maintenance can also create local jobs. Volunteer "
                "stewardship groups can help with litter and watering, but they should support a "
                "funded maintenance programme, not replace it.</p>"
            ),
        ),
        ("heading", {"text": "Green for whom?", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>New parks and tree-lined streets can push up rents and property values, a "
                "process researchers call <b>green gentrification</b>, and displace the very "
                "residents a project was meant to help. Ways to reduce the risk include pairing "
                "greening with housing policy (protecting existing affordable homes and building "
                "new ones), favouring many small, distributed improvements over a single showcase "
                "park, involving residents from the start, and hiring locally for construction and "
                "maintenance.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Compare options over their whole life cycle, including establishment and "
                        "maintenance."
                    ),
                    (
                        "Co-benefits justify the investment; bring in the departments that gain "
                        "from them."
                    ),
                    "Assign maintenance in writing, train crews and keep an asset register.",
                    (
                        "Pair greening with housing policy and local hiring to avoid green "
                        "gentrification."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.itreetools.org/">i-Tree tools</a>'
                '; <a href="https://giexchange.org/">Green Infrastructure Leadership Exchange</a>; '
                '<a href="https://www.wri.org/">World Resources Institute</a>.</p>'
            ),
        ),
    ],
}


# Lesson 3.2: Starting a pilot
_M3_L2 = {
    "slug": "starting-a-pilot",
    "title": "Starting a pilot",
    "summary": (
        "From idea to a first, well-chosen pilot in eight steps: the learning question, site, "
        "team, residents, baseline, permits, establishment and sharing results."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Why pilot?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A pilot lets your city test designs, contracts and maintenance routines at a "
                "small scale, build confidence among engineers and elected officials, and gather "
                "local evidence before committing large budgets. A good pilot is small enough to "
                "deliver within one budget cycle but real enough to teach something: a block of "
                "stormwater tree trenches, a schoolyard retrofit, a shaded bus corridor or a small "
                "retention park.</p>"
            ),
        ),
        ("heading", {"text": "Eight steps", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>This sequence works for most first projects:</p>"
                "<ol><li><b>Define the problem and the learning question.</b> For example: can "
                "stormwater tree trenches reduce ponding at this intersection, and will the trees "
                "survive our dry season?</li>"
                "<li><b>Choose the site with data.</b> Overlay flooding complaints, heat maps and "
                "vulnerability. Prefer land the city already controls, such as streets, schools "
                "and parks, and sites due for reconstruction anyway.</li>"
                "<li><b>Form a small team across departments.</b> Include the engineer from public "
                "works or the water utility, parks, planning and whoever will maintain the site, "
                "with one named lead.</li>"
                "<li><b>Involve residents early.</b> Ask how the space is used, what worries "
                "people (mosquitoes, safety, parking) and who might help look after it.</li>"
                "<li><b>Collect baseline data before building.</b> You cannot show change without "
                "a <i>before</i>.</li>"
                "<li><b>Design, permit and procure.</b> Check whether your standards and "
                "specifications allow the design; pilots often reveal rules that need "
                "updating.</li>"
                "<li><b>Build and establish.</b> Supervise soil and planting work closely, and "
                "fund watering for at least two years.</li>"
                "<li><b>Monitor, evaluate and share.</b> Publish what worked and what did not.</li>"
                "</ol>"
            ),
        ),
        (
            "callout",
            {
                "title": "Mosquitoes and standing water",
                "text": (
                    "<p>In much of Latin America and the Caribbean, residents will rightly ask "
                    "about dengue and other diseases carried by mosquitoes. Surface facilities "
                    "should drain within a day or two, faster than mosquitoes can develop from egg "
                    "to adult, and designs should avoid places where water stands for days, such "
                    "as blocked inlets, open chambers and containers. Make checking for standing "
                    "water part of the maintenance routine.</p>"
                ),
                "tone": "info",
            },
        ),
        ("heading", {"text": "Learn from a paired city", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>City-to-city exchanges are especially useful at the pilot stage. Before your "
                "design is fixed, ask your peer city for its standard details, maintenance "
                "contracts and plant lists, and for the mistakes it would not repeat. A site visit "
                "in each direction that includes maintenance crews as well as planners often "
                "teaches more than any report.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "A pilot should be small enough to deliver quickly but real enough to "
                        "answer a clear question."
                    ),
                    (
                        "Choose sites with data, and prefer land the city controls or is already "
                        "rebuilding."
                    ),
                    "Involve residents and the future maintainers from the start.",
                    (
                        "Collect baseline data before construction, and share results, including "
                        "failures."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.c40knowledgehub.org/">C40 '
                'Knowledge Hub</a>; <a href="https://oppla.eu/">Oppla</a>; <a '
                'href="https://www.epa.gov/green-infrastructure">US EPA: Green infrastructure</a>'
                ".</p>"
            ),
        ),
    ],
}


# Lesson 3.3: Monitoring what matters
_M3_L3 = {
    "slug": "monitoring-what-matters",
    "title": "Monitoring what matters",
    "summary": (
        "A small set of indicators for heat, water, people and nature, affordable ways to collect "
        "them, and how to use the results."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Monitor to learn, not to fill in forms", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Monitoring has three jobs: to show whether the project works, to catch "
                "problems early (a clogged inlet, dying trees) and to build the evidence that "
                "justifies scaling up. Choose a handful of indicators linked to your learning "
                "question, measure them before and after construction and, where you can, compare "
                "with a similar site without the intervention.</p>"
            ),
        ),
        ("heading", {"text": "A starter set of indicators", "level": "h2"}),
        ("heading", {"text": "Heat", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Tree canopy cover</b> (%) in the project area, from aerial imagery or "
                "the free i-Tree Canopy tool.</li>"
                "<li><b>Land surface temperature</b> from free satellite data such as Landsat "
                "thermal imagery: good for trends and for comparing areas, not a substitute for "
                "air temperature.</li>"
                "<li><b>Air temperature and humidity</b> at street level on hot days, from "
                "low-cost sensors mounted in shade at a standard height.</li></ul>"
            ),
        ),
        ("heading", {"text": "Water", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Runoff managed</b>: for example Philadelphia's Greened Acres, or the "
                "depth of rain the facility is designed to capture.</li>"
                "<li><b>Drawdown time</b>: how long after rain the facility is empty again, "
                "checked with a simple depth gauge and dated photos.</li>"
                "<li><b>Flooding at the site</b>: reports and complaints and, in combined sewer "
                "systems, overflow events.</li></ul>"
            ),
        ),
        ("heading", {"text": "People and nature", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Use and perception</b>: counts of people using the space, short "
                "resident surveys, and local jobs created.</li>"
                "<li><b>Condition</b>: plant survival and health, variety of species, and "
                "maintenance visits completed against those planned.</li></ul>"
            ),
        ),
        ("heading", {"text": "Collecting data on a city budget", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>You do not need a research station. Partner with a local university, which may "
                "supply students and instruments. Run a community heat-mapping campaign, in which "
                "volunteers carry or drive sensors along set routes on a hot afternoon, as many US "
                "cities have done with support from the National Oceanic and Atmospheric "
                "Administration (NOAA). Use phone checklists with photos for maintenance "
                "inspections, and existing data such as 311 or other complaint lines. Record the "
                "weather with every measurement, since a dry year can make any stormwater facility "
                "look good, and keep the data in a shared format so that paired cities can compare "
                "results.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Report honestly",
                "text": (
                    "<p>Publish results even when they disappoint. A rain garden that clogged in "
                    "its first season, and the reason why, is valuable knowledge for your own city "
                    "and for your peers, and funders increasingly value learning over perfect "
                    "results.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Pick a few indicators tied to your learning question and measure them "
                        "before and after."
                    ),
                    (
                        "Combine satellite data, low-cost sensors, simple observation and "
                        "complaint records."
                    ),
                    "Record the weather and use a comparison site to interpret results.",
                    "Share results, including failures, with peer cities.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.itreetools.org/">i-Tree tools</a>'
                '; <a href="https://landsat.gsfc.nasa.gov/">NASA Landsat Science</a>; <a '
                'href="https://oppla.eu/">Oppla</a>.</p>'
            ),
        ),
        (
            "quiz",
            {
                "title": "Module 3 quiz: From pilot to programme",
                "intro": "Five questions on costs, equity, pilots and monitoring.",
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "When comparing a green and a grey option, which comparison is "
                                "fairest?"
                            ),
                            "explanation": (
                                "Life-cycle costing puts green and grey options on an equal "
                                "footing."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Construction costs only, since maintenance budgets are "
                                        "set later"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Leaving out maintenance hides the costs that most often "
                                        "decide whether green infrastructure succeeds."
                                    ),
                                },
                                {
                                    "text": (
                                        "Whole life-cycle costs of both options, including "
                                        "establishment, routine maintenance and renewal"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: both options have long-term costs, and green "
                                        "assets deliver more benefits as they grow."
                                    ),
                                },
                                {
                                    "text": "The cost per tree planted",
                                    "correct": False,
                                    "feedback": (
                                        "Cost per tree says nothing about survival, the services "
                                        "delivered or long-term costs."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "The first two to three years after planting, when plants need "
                                "regular watering and replacement, are when many green "
                                "infrastructure projects fail."
                            ),
                            "explanation": (
                                "Establishment care is essential: budget for watering and "
                                "replacement from the start."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which measures can reduce the risk of green gentrification? "
                                "Select all that apply."
                            ),
                            "explanation": (
                                "Displacement risk is addressed through housing policy, "
                                "participation and local employment, not through greening alone."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Pairing greening with policies that protect or build "
                                        "affordable housing"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: housing policy tackles the pressure on rents "
                                        "directly."
                                    ),
                                },
                                {
                                    "text": (
                                        "Involving existing residents from the start of the project"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct: residents can shape the project around their own "
                                        "needs."
                                    ),
                                },
                                {
                                    "text": (
                                        "Concentrating the investment in a single large showcase "
                                        "park"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "A flagship park can increase the pressure on rents; many "
                                        "smaller, distributed projects tend to spread benefits "
                                        "more evenly."
                                    ),
                                },
                                {
                                    "text": "Hiring locally for construction and maintenance",
                                    "correct": True,
                                    "feedback": (
                                        "Correct: local jobs keep part of the benefit with "
                                        "existing residents, as Medellín did by training local "
                                        "gardeners."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "Why collect baseline data before building a pilot?",
                            "explanation": (
                                "Measure key indicators before construction and, where possible, "
                                "at a similar site without the project."
                            ),
                            "choices": [
                                {
                                    "text": "Because funders require the paperwork",
                                    "correct": False,
                                    "feedback": (
                                        "Funders may ask for it, but the real reason is that you "
                                        "cannot measure change without a starting point."
                                    ),
                                },
                                {
                                    "text": (
                                        "To be able to show what changed because of the project"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Right: a before measurement, ideally with a comparison "
                                        "site, is what makes results credible."
                                    ),
                                },
                                {
                                    "text": "To decide which species to plant",
                                    "correct": False,
                                    "feedback": (
                                        "Site surveys inform planting, but baseline monitoring is "
                                        "about measuring change later."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Land surface temperature from satellite images is the same as the "
                                "air temperature people feel."
                            ),
                            "explanation": (
                                "Satellites measure how hot surfaces are. Surface temperature is "
                                "useful for comparing areas and trends, but air temperature "
                                "measured at street level is the better measure of what people "
                                "experience."
                            ),
                            "answer": False,
                        },
                    ),
                ],
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Spanish translation of the lessons (same block, question and answer order)
# ---------------------------------------------------------------------------------------------


# Lección 1.1: Qué son (y qué no son) las soluciones basadas en la naturaleza
_M1_L1_ES = {
    "title": "Qué son (y qué no son) las soluciones basadas en la naturaleza",
    "summary": (
        "Las definiciones de la UICN y de la Asamblea de las Naciones Unidas para el Medio "
        "Ambiente, el espectro entre infraestructura verde y gris, y una prueba rápida para "
        "distinguir una verdadera solución basada en la naturaleza de la simple decoración."
    ),
    "body": [
        ("heading", {"text": "Una definición práctica", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Las soluciones basadas en la naturaleza (SbN) son acciones que trabajan con "
                "los ecosistemas para enfrentar un desafío de la sociedad, como las inundaciones, "
                "el calor, la escasez de agua o los problemas de salud, y que al mismo tiempo "
                "benefician a las personas y a la biodiversidad. La Unión Internacional para la "
                "Conservación de la Naturaleza (UICN) contribuyó mucho a popularizar el término y "
                "en 2020 publicó el <i>Estándar Global de la UICN para Soluciones basadas en la "
                "Naturaleza</i>, un conjunto de criterios para diseñar y evaluar proyectos. En "
                "marzo de 2022, la quinta Asamblea de las Naciones Unidas para el Medio Ambiente "
                "(UNEA-5) adoptó la primera definición acordada entre gobiernos: acciones para "
                "proteger, conservar, restaurar, usar de forma sostenible y gestionar ecosistemas "
                "naturales o modificados, que abordan desafíos sociales, económicos y ambientales "
                "de manera eficaz y adaptativa, y que a la vez aportan bienestar humano, servicios "
                "ecosistémicos, resiliencia y beneficios para la biodiversidad.</p>"
                "<p>En una ciudad, el ecosistema puede ser un solo árbol de calle, un jardín de "
                "lluvia en una franja verde, una quebrada restaurada o un parque con humedales. Lo "
                "que tienen en común es que sistemas vivos de suelo, agua y plantas hacen parte "
                "del trabajo que, de otro modo, harían las tuberías, las bombas, el concreto y el "
                "aire acondicionado.</p>"
            ),
        ),
        ("heading", {"text": "Verde, gris e híbrida", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Las soluciones basadas en la naturaleza rara vez reemplazan por completo a la "
                "infraestructura convencional (gris). La mayoría de los programas municipales "
                "exitosos combinan ambas:</p>"
                "<ul><li><b>Verde</b>: árboles de calle, parques, techos verdes, jardines de "
                "lluvia, ríos y humedales restaurados.</li>"
                "<li><b>Azul</b>: cuerpos de agua abiertos, como lagunas, canales y arroyos "
                "devueltos a la superficie tras estar entubados.</li>"
                "<li><b>Híbrida</b>: una biozanja con un dren inferior conectado al alcantarillado "
                "pluvial, o un parque diseñado para inundarse y luego desaguar lentamente a una "
                "tubería.</li>"
                "<li><b>Gris</b>: alcantarillas, tanques, túneles, bombas y diques.</li></ul>"
                "<p>La pregunta útil rara vez es <i>¿verde o gris?</i>, sino <i>¿qué combinación "
                "presta el servicio que necesitamos al menor costo en todo su ciclo de vida y con "
                "más beneficios para quienes viven aquí?</i></p>"
            ),
        ),
        ("heading", {"text": "Una prueba rápida", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Plantar no es automáticamente una solución basada en la naturaleza. Antes de "
                "llamar así a un proyecto, pregúntese:</p>"
                "<ol><li>¿Qué desafío de la sociedad aborda y cómo sabremos si funcionó?</li>"
                "<li>¿Depende de un ecosistema que funciona (suelo, agua, plantas) y no solo de su "
                "aspecto?</li>"
                "<li>¿Está diseñado para el clima, los suelos y las especies del lugar, incluidas "
                "la temporada seca y los aguaceros más fuertes?</li>"
                "<li>¿Participaron las personas afectadas y quién se beneficia?</li>"
                "<li>¿Hay un plan, y un presupuesto, para mantenerlo?</li></ol>"
                "<p>Un césped con arbustos ornamentales sobre relleno compactado, regado con agua "
                "potable, no pasa la mayoría de estas pruebas. Una hilera de árboles de sombra "
                "adaptados al clima, con suelo amplio y sin compactar, a lo largo de una ruta de "
                "autobús y con un plan de riego para los primeros años, sí las pasa.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Use la etiqueta con cuidado",
                "text": (
                    "<p>Las soluciones basadas en la naturaleza son hoy una etiqueta popular en "
                    "las convocatorias de financiamiento, y los evaluadores buscan cada vez más "
                    "pruebas de funcionamiento y beneficios. Describir el proyecto según los "
                    "criterios del Estándar Global de la UICN fortalece la propuesta y la protege "
                    "de acusaciones de <i>greenwashing</i> o lavado verde.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Las soluciones basadas en la naturaleza usan los ecosistemas para "
                        "enfrentar un desafío de la sociedad y, a la vez, benefician a las "
                        "personas y a la biodiversidad."
                    ),
                    (
                        "La UNEA-5 acordó una definición intergubernamental en 2022; el Estándar "
                        "Global de la UICN (2020) ofrece criterios para diseñar y evaluar "
                        "proyectos."
                    ),
                    (
                        "La mayoría de los programas municipales combinan infraestructura verde y "
                        "gris en sistemas híbridos."
                    ),
                    (
                        "El funcionamiento, la adecuación a las condiciones locales, la "
                        "participación y el mantenimiento distinguen una solución basada en la "
                        "naturaleza de la decoración."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Para saber más:</b> <a "
                'href="https://iucn.org/our-work/nature-based-solutions">UICN: Soluciones basadas '
                'en la naturaleza (en inglés)</a>; <a href="https://www.unep.org/">Programa de las '
                'Naciones Unidas para el Medio Ambiente</a>; <a href="https://oppla.eu/">Oppla, el '
                "repositorio europeo de soluciones basadas en la naturaleza (en inglés)</a>.</p>"
            ),
        ),
    ],
}


# Lección 1.2: Las islas de calor urbanas y el poder refrescante de los árboles
_M1_L2_ES = {
    "title": "Las islas de calor urbanas y el poder refrescante de los árboles",
    "summary": (
        "Por qué las ciudades son más calurosas que sus alrededores, cómo la sombra y la "
        "evapotranspiración enfrían las calles y cómo dirigir la plantación de árboles adonde el "
        "calor más daña."
    ),
    "body": [
        ("heading", {"text": "Por qué las ciudades son más calurosas", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Una isla de calor urbana es una zona urbana más cálida que sus alrededores. "
                "Los techos y pavimentos oscuros absorben la radiación solar de día y liberan el "
                "calor de noche; los edificios altos atrapan el calor y frenan el viento; los "
                "vehículos, los aires acondicionados y la industria aportan calor residual; y hay "
                "poca vegetación o suelo húmedo que refresque el aire por evaporación. El efecto "
                "suele ser más intenso de noche, y eso importa para la salud: quienes viven en "
                "casas que no se refrescan después de un día caluroso no tienen alivio mientras "
                "duermen.</p>"
                "<p>Conviene distinguir dos mediciones. La <b>temperatura de superficie</b>, de "
                "las imágenes térmicas satelitales, muestra cuánto se calientan techos y "
                "pavimentos y puede diferir en decenas de grados entre un estacionamiento al sol y "
                "un parque con sombra. La <b>temperatura del aire</b>, la que sienten las "
                "personas, varía menos, pero mide mejor el riesgo para la salud.</p>"
            ),
        ),
        ("heading", {"text": "Cómo enfría la vegetación", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Los árboles enfrían de dos maneras. Su <b>sombra</b> impide que el sol llegue "
                "a las personas, las paredes y el pavimento; la Agencia de Protección Ambiental de "
                "Estados Unidos (EPA) señala que las superficies sombreadas pueden estar entre 11 "
                "y 25 °C (20 a 45 °F) más frescas que la temperatura máxima de las superficies sin "
                "sombra. Mediante la <b>evapotranspiración</b>, los árboles y otras plantas "
                "liberan vapor de agua, lo que quita calor al aire, siempre que haya agua en el "
                "suelo. Las copas grandes y sanas hacen mucho más que los árboles jóvenes o "
                "estresados, así que proteger los árboles maduros existentes suele ser el "
                "enfriamiento más barato que puede comprar una ciudad. El césped y la vegetación "
                "baja enfrían menos que los árboles, y los techos verdes enfrían sobre todo el "
                "edificio que cubren.</p>"
            ),
        ),
        ("heading", {"text": "Ejemplo: los Corredores Verdes de Medellín", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>A partir de 2016, la ciudad de Medellín, en Colombia, plantó vegetación densa "
                "en los bordes y separadores de 18 vías y en las orillas de 12 quebradas, y creó "
                "así una red de treinta <i>Corredores Verdes</i> que conectan parques y cerros a "
                "través de la ciudad densa. El jardín botánico de la ciudad formó a residentes de "
                "entornos vulnerables como jardineros y técnicos de siembra para crearlos y "
                "mantenerlos. El programa ganó en 2019 un premio Ashden de enfriamiento basado en "
                "la naturaleza y, según Ashden, la temperatura a lo largo de los corredores ha "
                "bajado entre dos y tres grados Celsius en algunos puntos. La lección trasladable "
                "es el diseño: sombra continua a lo largo de las rutas que la gente recorre a pie "
                "o en bicicleta, con empleos de mantenimiento incluidos.</p>"
            ),
        ),
        (
            "case_study",
            {
                "case_study": "medellin-green-corridors",
                "note": (
                    "Lea el caso completo: cómo se eligieron los corredores, cuánto costó el "
                    "programa de tres años y por qué las cifras de temperatura son informadas "
                    "por la ciudad y no evaluadas de forma independiente."
                ),
            },
        ),
        ("heading", {"text": "Llevar la sombra adonde el calor más daña", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>El arbolado rara vez se reparte con justicia. Un estudio de 2020 sobre 108 "
                "áreas urbanas de Estados Unidos encontró que los barrios marcados en rojo (<i>"
                "redlining</i>) en los mapas federales de la Home Owners' Loan Corporation de la "
                "década de 1930 son hoy, en promedio, más calurosos y menos verdes que los demás. "
                "En muchas ciudades latinoamericanas, los barrios informales y periféricos son los "
                "que tienen menos espacio verde público. Para orientar la plantación:</p>"
                "<ul><li>superponga los mapas de calor con datos sobre personas mayores, "
                "trabajadores al aire libre, enfermedades crónicas e ingresos;</li>"
                "<li>use herramientas como el <i>Tree Equity Score</i> de American Forests en "
                "Estados Unidos, o la regla práctica <i>3-30-300</i>: tres árboles visibles desde "
                "cada vivienda, 30% de cobertura arbórea en cada barrio y no más de 300 m hasta el "
                "espacio verde público más cercano;</li>"
                "<li>dé prioridad a paradas de autobús, escuelas, centros de salud, mercados y "
                "rutas peatonales, donde la sombra cambia la vida diaria.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Plante para el clima del futuro",
                "text": (
                    "<p>Un árbol plantado hoy tendrá que sobrevivir décadas de veranos más "
                    "calurosos y temporadas secas más largas. Elija una mezcla diversa de especies "
                    "adaptadas al clima (una regla práctica común: ninguna especie por encima de "
                    "alrededor del 10% del arbolado de calles), dé a las raíces suficiente suelo "
                    "sin compactar y presupueste el riego durante los primeros dos o tres años.</p>"
                ),
                "tone": "warning",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Las islas de calor se deben a superficies oscuras e impermeables, al "
                        "calor atrapado y residual y a la falta de vegetación; el calor nocturno "
                        "es un riesgo importante para la salud."
                    ),
                    (
                        "Los árboles enfrían mediante la sombra y la evapotranspiración; proteger "
                        "los árboles maduros suele ser el enfriamiento más barato."
                    ),
                    (
                        "La sombra continua a lo largo de rutas peatonales y de transporte, como "
                        "en los Corredores Verdes de Medellín, es la que más beneficia a las "
                        "personas."
                    ),
                    (
                        "Oriente la plantación combinando mapas de calor con datos de "
                        "vulnerabilidad social."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.epa.gov/heatislands">EPA de '
                "Estados Unidos: islas de calor (en inglés)</a>; <a "
                'href="https://www.treeequityscore.org/">American Forests: Tree Equity Score (en '
                'inglés)</a>; <a href="https://ashden.org/">Premios Ashden (en inglés)</a>; <a '
                'href="https://ghhin.org/">Red Mundial de Información sobre Calor y Salud '
                "(GHHIN)</a>.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Cuestionario del módulo 1: La naturaleza como infraestructura urbana",
                "intro": (
                    "Cinco preguntas sobre qué cuenta como solución basada en la naturaleza y cómo "
                    "la vegetación enfría una ciudad."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "¿Qué proyecto se ajusta mejor a la definición de solución basada "
                                "en la naturaleza?"
                            ),
                            "explanation": (
                                "Una solución basada en la naturaleza enfrenta un desafío definido "
                                "de la sociedad mediante un ecosistema que funciona, diseñado para "
                                "las condiciones locales y cuidado a lo largo del tiempo."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Un césped con arbustos ornamentales alrededor de un nuevo "
                                        "edificio municipal, regado con agua potable"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Se ve verde, pero no aborda ningún desafío definido y "
                                        "depende de su aspecto, no de un ecosistema que funciona."
                                    ),
                                },
                                {
                                    "text": (
                                        "Una hilera de árboles de sombra adaptados al clima, en "
                                        "suelo sin compactar, a lo largo de una ruta de autobús "
                                        "muy usada, con un plan de riego de tres años"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: enfrenta un desafío concreto (el calor donde la "
                                        "gente camina y espera), depende de árboles vivos y tiene "
                                        "un plan para mantenerlos con vida."
                                    ),
                                },
                                {
                                    "text": (
                                        "Una nueva alcantarilla de concreto que lleva una quebrada "
                                        "por debajo de una calle"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Eso es infraestructura gris: mueve el agua, pero ningún "
                                        "ecosistema hace el trabajo."
                                    ),
                                },
                                {
                                    "text": "Césped sintético en el patio de una escuela",
                                    "correct": False,
                                    "feedback": (
                                        "El césped sintético no es un sistema vivo y, a pleno sol, "
                                        "puede calentarse más que el césped natural."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "La Asamblea de las Naciones Unidas para el Medio Ambiente adoptó "
                                "en 2022 una definición de soluciones basadas en la naturaleza "
                                "acordada entre gobiernos."
                            ),
                            "explanation": (
                                "La UNEA-5 adoptó la definición en marzo de 2022. El Estándar "
                                "Global de la UICN (2020) la complementa con criterios para "
                                "diseñar y evaluar proyectos."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "¿Mediante qué mecanismos enfrían los árboles las calles? "
                                "Seleccione todas las opciones correctas."
                            ),
                            "explanation": (
                                "La sombra y la evapotranspiración son los dos principales "
                                "mecanismos de enfriamiento; por eso importan tanto las copas "
                                "grandes, sanas y bien regadas."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Dando sombra a las personas, las paredes y el pavimento"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: la sombra impide que el sol caliente las "
                                        "superficies y a las personas."
                                    ),
                                },
                                {
                                    "text": (
                                        "La evapotranspiración, en la que el calor del aire "
                                        "convierte el agua en vapor"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto, siempre que el árbol tenga suficiente agua en "
                                        "el suelo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Absorbiendo el calor del aire y almacenándolo de forma "
                                        "permanente en el tronco"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Los árboles no almacenan calor de esa manera; enfrían "
                                        "mediante la sombra y la evaporación."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reflejando hacia el cielo casi toda la luz solar que "
                                        "reciben"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Las hojas absorben buena parte de la luz que reciben. Los "
                                        "árboles enfrían dando sombra y evaporando agua, no "
                                        "principalmente por reflexión."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Su ciudad tiene un presupuesto limitado para plantar árboles. "
                                "¿Dónde debería buscar primero?"
                            ),
                            "explanation": (
                                "Combine los mapas de calor con datos de vulnerabilidad social y "
                                "privilegie los lugares donde la gente camina y espera, como "
                                "paradas de autobús, escuelas y centros de salud."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Donde haya más terreno disponible, por ejemplo en las "
                                        "afueras de la ciudad"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El terreno disponible importa, pero el enfriamiento vale "
                                        "más donde coinciden la exposición al calor y la "
                                        "vulnerabilidad."
                                    ),
                                },
                                {
                                    "text": (
                                        "En los barrios donde se superponen los mapas de calor y "
                                        "los datos de vulnerabilidad (edad, salud, ingresos, "
                                        "trabajo al aire libre), a lo largo de rutas peatonales y "
                                        "de transporte público"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: cruzar calor y vulnerabilidad pone la sombra "
                                        "donde protege a más personas."
                                    ),
                                },
                                {
                                    "text": (
                                        "En las plazas más visibles del centro, para ganar apoyo "
                                        "público"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La visibilidad puede ayudar, pero privilegiar los sitios "
                                        "emblemáticos suele dejar atrás a los barrios más "
                                        "calurosos y con menos verde."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Las islas de calor urbanas suelen ser más intensas a primera hora "
                                "de la tarde y desaparecen por la noche."
                            ),
                            "explanation": (
                                "La isla de calor suele ser más intensa de noche, cuando el "
                                "pavimento y los edificios liberan el calor acumulado durante el "
                                "día. Las viviendas que no se refrescan por la noche son un riesgo "
                                "importante para la salud."
                            ),
                            "answer": False,
                        },
                    ),
                ],
            },
        ),
    ],
}


# Lección 2.1: Biozanjas, jardines de lluvia y parques de retención
_M2_L1_ES = {
    "title": "Biozanjas, jardines de lluvia y parques de retención",
    "summary": (
        "Cómo funciona la infraestructura verde para aguas pluviales a escala de calles y "
        "manzanas, las decisiones de diseño que la hacen funcionar y el programa Green City, Clean "
        "Waters de Filadelfia."
    ),
    "body": [
        ("heading", {"text": "Frenar el agua, repartirla y dejar que se infiltre", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Cuando la lluvia cae sobre techos y pavimentos, escurre rápido y arrastra "
                "aceite, metales, basura y sedimentos hacia los drenajes y los arroyos; en las "
                "ciudades con alcantarillado combinado, además, provoca desbordes de aguas "
                "residuales diluidas. La infraestructura verde para aguas pluviales invierte ese "
                "proceso: frena el agua, la reparte y deja que se infiltre en el suelo o se "
                "evapore. Conviene distinguir cuatro funciones, porque cada una resuelve un "
                "problema distinto:</p>"
                "<ul><li><b>Infiltración</b>: el agua penetra en el suelo, lo que reduce el "
                "volumen de escorrentía y recarga el agua subterránea.</li>"
                "<li><b>Detención</b>: el agua se retiene por poco tiempo y se libera lentamente, "
                "lo que reduce los caudales máximos.</li>"
                "<li><b>Retención</b>: un cuerpo de agua permanente o de larga duración almacena "
                "el agua y deja que los sedimentos se asienten.</li>"
                "<li><b>Tratamiento</b>: el suelo, las plantas y los microorganismos filtran y "
                "degradan los contaminantes.</li></ul>"
            ),
        ),
        ("heading", {"text": "Las principales herramientas", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Los <b>jardines de lluvia</b> (celdas de biorretención) son depresiones poco "
                "profundas y con plantas que recogen la escorrentía de un techo, una calle o un "
                "estacionamiento y la retienen uno o dos días mientras se infiltra. Las <b>"
                "biozanjas</b> son canales con vegetación, a menudo en una franja verde o un "
                "separador, que conducen el agua mientras la frenan y la limpian. Las <b>zanjas "
                "arboladas para aguas pluviales</b> conectan una hilera de árboles de calle con un "
                "lecho subterráneo de grava o suelo estructural que recibe la escorrentía de la "
                "calle. Los <b>parques de retención y detención</b> son espacios más grandes, como "
                "canchas deportivas, plazas rehundidas y parques con humedales, diseñados para "
                "inundarse de vez en cuando y vaciarse después, de modo que el mismo terreno sirve "
                "para la recreación casi todo el año y para almacenar agua durante las "
                "tormentas.</p>"
            ),
        ),
        ("heading", {"text": "Aspectos esenciales del diseño", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Unas pocas decisiones determinan si un jardín de lluvia funciona o se "
                "convierte en un lodazal:</p>"
                "<ul><li><b>Pruebe el suelo.</b> Mida la infiltración en el sitio; la arcilla o el "
                "relleno compactado pueden requerir una mezcla de suelo diseñada y un dren "
                "inferior.</li>"
                "<li><b>Revise lo que hay debajo.</b> Mantenga una distancia segura de los "
                "cimientos de los edificios y no infiltre sobre suelos contaminados ni donde el "
                "nivel freático esté alto.</li>"
                "<li><b>Pretrate el agua que entra.</b> Una cámara o trampa de sedimentos en la "
                "entrada desde el bordillo retiene arena y basura donde es fácil retirarlas.</li>"
                "<li><b>Planifique el desborde.</b> Toda instalación necesita una ruta segura para "
                "el agua cuando se llena.</li>"
                "<li><b>Elija plantas resistentes.</b> Deben sobrevivir tanto al encharcamiento "
                "como a la sequía; donde la temporada seca es larga, prevea riego mientras se "
                "establecen.</li></ul>"
            ),
        ),
        ("heading", {"text": "Ejemplo: Green City, Clean Waters, en Filadelfia", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Como muchas ciudades antiguas de Estados Unidos, Filadelfia tiene un "
                "alcantarillado combinado que se desborda hacia sus ríos cuando llueve fuerte. En "
                "2011, la ciudad y su regulador estatal acordaron <i>Green City, Clean Waters</i> "
                "(Ciudad Verde, Aguas Limpias), un plan a 25 años que se apoya principalmente en "
                "la infraestructura verde, y no solo en grandes túneles, para reducir esos "
                "desbordes. El avance se mide en <b>acres verdes</b> (<i>Greened Acres</i>): cada "
                "uno es un acre de superficie impermeable cuya primera pulgada de lluvia (unos 25 "
                "mm) se gestiona con infraestructura verde. El programa combina proyectos públicos "
                "en calles, escuelas y parques con normas de aguas pluviales para las nuevas "
                "construcciones e incentivos para los propietarios privados. Vale la pena copiar "
                "esa combinación, porque el suelo público por sí solo rara vez alcanza.</p>"
            ),
        ),
        (
            "case_study",
            {
                "case_study": "philadelphia-green-city-clean-waters",
                "note": (
                    "Observe cómo se define el acre verde y cómo se verificó la meta de cinco "
                    "años: una unidad lo bastante simple para el regulador y los vecinos (caso "
                    "en inglés)."
                ),
            },
        ),
        (
            "case_study",
            {
                "case_study": "hoboken-resiliencity-park",
                "note": (
                    "Un parque de retención a escala de barrio: almacenamiento en superficie y "
                    "bajo tierra en un parque de uso diario, y cómo se financió (caso en "
                    "inglés)."
                ),
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Infiltración, detención, retención y tratamiento son funciones distintas "
                        "que resuelven problemas distintos."
                    ),
                    (
                        "Los jardines de lluvia, las biozanjas, las zanjas arboladas y los parques "
                        "de retención funcionan a escalas distintas y se pueden combinar."
                    ),
                    (
                        "Las pruebas de suelo, las distancias de seguridad, el pretratamiento, una "
                        "ruta de desborde y las plantas resistentes deciden el éxito."
                    ),
                    (
                        "Filadelfia mide su avance en acres verdes y combina proyectos públicos, "
                        "normas para nuevas construcciones e incentivos."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.epa.gov/green-infrastructure">EPA '
                "de Estados Unidos: infraestructura verde (en inglés)</a>; <a "
                'href="https://water.phila.gov/">Departamento de Agua de Filadelfia (en inglés)</a>'
                '; <a href="https://nacto.org/">NACTO, editora de la Urban Street Stormwater Guide '
                "(en inglés)</a>.</p>"
            ),
        ),
    ],
}


# Lección 2.2: Ciudades esponja, planes contra aguaceros y plazas de agua
_M2_L2_ES = {
    "title": "Ciudades esponja, planes contra aguaceros y plazas de agua",
    "summary": (
        "Enfoques a escala de ciudad para las lluvias extremas: las ciudades esponja de China, el "
        "Plan de Gestión de Aguaceros de Copenhague y las plazas de agua de Róterdam."
    ),
    "body": [
        (
            "heading",
            {
                "text": "Planificar para la tormenta que las tuberías no pueden manejar",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            (
                "<p>El alcantarillado pluvial suele dimensionarse para tormentas relativamente "
                "frecuentes, a menudo las que se esperan una vez cada pocos años, porque unas "
                "tuberías capaces de llevar lluvias extremas poco frecuentes costarían demasiado. "
                "Cuando llega una tormenta mayor, el agua corre por la superficie de todos modos. "
                "Los enfoques de esta lección lo aceptan y planifican adónde debe ir el agua "
                "sobrante, usando calles, parques y plazas como parte del sistema de drenaje. Los "
                "ingenieros lo llaman <b>drenaje dual</b>: tuberías para las tormentas menores y "
                "frecuentes, y rutas superficiales y almacenamiento diseñados para las mayores.</p>"
            ),
        ),
        ("heading", {"text": "Ciudades esponja", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>El término <i>ciudad esponja</i> se atribuye ampliamente al arquitecto "
                "paisajista chino Kongjian Yu. En 2015, el gobierno nacional de China lanzó un "
                "programa de ciudades esponja con ciudades piloto, con el objetivo de que las "
                "zonas urbanas absorban, almacenen, limpien y reutilicen el agua de lluvia en "
                "lugar de enviarla directamente a las tuberías. El enfoque combina pavimentos "
                "permeables, techos verdes, biorretención, humedales y restauración de ríos en "
                "distritos enteros. Dos lecciones se pueden trasladar: trabajar a la escala de "
                "cuencas completas y ser honestos sobre los límites, porque la lluvia muy extrema "
                "sigue exigiendo rutas de escurrimiento seguras, almacenamiento y planes de "
                "emergencia.</p>"
            ),
        ),
        ("heading", {"text": "El Plan de Gestión de Aguaceros de Copenhague", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>El 2 de julio de 2011, un aguacero torrencial inundó sótanos, calles y vías "
                "principales en todo Copenhague y causó daños por miles de millones de coronas "
                "danesas. La ciudad respondió en 2012 con un Plan de Gestión de Aguaceros (<i>"
                "Cloudburst Management Plan</i>), seguido de planes detallados para cada cuenca. "
                "En lugar de limitarse a ampliar las alcantarillas, el plan convierte calles "
                "seleccionadas en <b>bulevares para aguaceros</b> que conducen el agua hacia el "
                "puerto, modela parques y plazas para que puedan almacenar agua durante un tiempo "
                "y añade calles verdes que retrasan la escorrentía. Según el plan, la meta es que "
                "una lluvia de 100 años de período de retorno no deje más de unos 10 cm de agua "
                "sobre el terreno. El rediseñado Enghaveparken, un parque histórico que ahora "
                "puede retener agua de tormenta, demuestra que el almacenamiento se puede combinar "
                "con un espacio público muy querido.</p>"
            ),
        ),
        ("heading", {"text": "Las plazas de agua de Róterdam", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Róterdam, gran parte de la cual está por debajo del nivel del mar, desarrolló "
                "la <b>plaza de agua</b>: una plaza pública que sirve para jugar y sentarse los "
                "días secos y como depósito temporal cuando llueve fuerte. En Benthemplein, "
                "terminada en 2013 y diseñada por el estudio De Urbanisten, unas cuencas "
                "rehundidas funcionan también como cancha deportiva y como graderío. Las cuencas "
                "menos profundas se llenan cada vez que llueve; la más profunda, solo en las "
                "tormentas fuertes. Después de la tormenta, el agua se infiltra en el suelo o "
                "sigue hacia cuerpos de agua abiertos, y la plaza vuelve a secarse. El resultado "
                "hace visible, e incluso agradable, el almacenamiento de agua de inundación.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Lo que su ciudad puede adoptar",
                "text": (
                    "<p>No hace falta un programa nacional para aplicar estas ideas. Mapee por "
                    "dónde corre y dónde se acumula el agua en las tormentas extremas (sirven "
                    "tanto un modelo de inundaciones como años de registros de quejas), "
                    "identifique las calles y los espacios públicos en esos recorridos y "
                    "planifique usarlos para conducir y almacenar agua cada vez que se "
                    "reconstruyan. Una ciudad socia que ya lo haya hecho, conocida a través de "
                    "Cities Forward o de un intercambio similar, puede acortar la curva de "
                    "aprendizaje.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Las tuberías se dimensionan para tormentas frecuentes; planifique rutas "
                        "superficiales y almacenamiento para las extremas."
                    ),
                    (
                        "Las ciudades esponja aplican medidas verdes y azules en cuencas "
                        "completas; reducen el riesgo de inundación extrema, pero no lo eliminan."
                    ),
                    (
                        "Copenhague usa bulevares para aguaceros y parques de almacenamiento con "
                        "una meta de servicio clara."
                    ),
                    (
                        "Las plazas de agua muestran que el almacenamiento de agua también puede "
                        "ser un espacio público muy usado."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://climate-adapt.eea.europa.eu/">'
                "Climate-ADAPT, la plataforma europea de adaptación al cambio climático, con "
                "estudios de caso como el de Copenhague (en inglés)</a>; <a "
                'href="https://www.urbanisten.nl/">De Urbanisten (en inglés y neerlandés)</a>; <a '
                'href="https://www.turenscape.com/">Turenscape, el estudio de Kongjian Yu</a>.</p>'
            ),
        ),
    ],
}


# Lección 2.3: Adecuar las soluciones a cada problema y cada sitio
_M2_L3_ES = {
    "title": "Adecuar las soluciones a cada problema y cada sitio",
    "summary": (
        "Una lista de verificación práctica para elegir la medida adecuada: el problema que se "
        "quiere resolver, la lluvia y el clima, los suelos, las pendientes y el agua subterránea, "
        "y quién se encargará del mantenimiento."
    ),
    "body": [
        ("heading", {"text": "Empezar por el problema, no por el producto", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Las ciudades suelen empezar por una solución favorita (<i>queremos techos "
                "verdes</i>) en lugar de por un problema. Invierta el orden y precise qué necesita "
                "resolver: inundaciones de calle en un punto bajo conocido, desbordes del "
                "alcantarillado combinado, erosión a lo largo de una quebrada de ladera, calor "
                "peligroso en las paradas de autobús, o varias cosas a la vez. Cada caso requiere "
                "una combinación distinta:</p>"
                "<ul><li><b>Encharcamientos frecuentes y escorrentía contaminada</b>: muchos "
                "jardines de lluvia, biozanjas y zanjas arboladas pequeños que capten las lluvias "
                "pequeñas y frecuentes, que son la mayoría de los eventos de lluvia.</li>"
                "<li><b>Tormentas extremas y poco frecuentes</b>: rutas de escurrimiento "
                "superficial y grandes volúmenes de almacenamiento en parques, plazas y planicies "
                "de inundación.</li>"
                "<li><b>Calor</b>: cobertura arbórea y sombra a lo largo de las rutas peatonales, "
                "y áreas verdes con riego donde haya agua disponible.</li>"
                "<li><b>Calor y agua a la vez</b>: zanjas arboladas para aguas pluviales y calles "
                "con vegetación, que captan la lluvia y permiten crecer a grandes árboles de "
                "sombra.</li></ul>"
            ),
        ),
        ("heading", {"text": "Conozca su lluvia y su clima", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Las guías de diseño escritas para ciudades de clima templado deben adaptarse "
                "en otros lugares. Muchas ciudades de América Latina y el Caribe reciben aguaceros "
                "intensos en la temporada de lluvias y casi nada de lluvia durante meses en la "
                "temporada seca, y las ciudades costeras del Caribe enfrentan además huracanes y "
                "marejadas ciclónicas. Use los registros de lluvia locales (intensidad, duración y "
                "frecuencia, no solo los totales anuales) y tenga en cuenta el cambio climático. "
                "Las plantas deben tolerar tanto el encharcamiento como las sequías largas. Un "
                "jardín de lluvia que parece muerto cuatro meses al año pierde el apoyo del "
                "público, así que elija plantas que se mantengan presentables en la temporada "
                "seca, o explique de antemano a los vecinos su aspecto estacional.</p>"
            ),
        ),
        ("heading", {"text": "Lea el sitio", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Antes de diseñar, averigüe lo siguiente:</p>"
                "<ol><li><b>Suelos e infiltración</b>: haga pruebas en el sitio en lugar de "
                "suponer, y esté atento a la arcilla, los rellenos compactados y la roca poco "
                "profunda.</li>"
                "<li><b>Agua subterránea y contaminación</b>: evite infiltrar donde el nivel "
                "freático está alto, cerca de pozos de agua potable o sobre antiguos terrenos "
                "industriales contaminados; allí, use sistemas impermeabilizados.</li>"
                "<li><b>Pendientes</b>: las laderas empinadas, comunes en las ciudades andinas y "
                "centroamericanas, pueden requerir terrazas o diques de control.</li>"
                "<li><b>Redes de servicios y espacio</b>: ubique temprano tuberías, cables y "
                "líneas de visibilidad; los conflictos bajo tierra son una fuente frecuente de "
                "demoras y sobrecostos.</li>"
                "<li><b>Área de drenaje</b>: cuánta superficie de pavimento y techos drena hacia "
                "la instalación y adónde va el agua cuando se llena.</li></ol>"
            ),
        ),
        (
            "callout",
            {
                "title": "Infiltración y pendientes",
                "text": (
                    "<p>No infiltre aguas pluviales en pendientes empinadas o inestables sin el "
                    "consejo de un ingeniero geotécnico. Agregar agua a esos suelos puede aumentar "
                    "el riesgo de deslizamientos, una preocupación seria en los asentamientos "
                    "informales de ladera.</p>"
                ),
                "tone": "warning",
            },
        ),
        ("heading", {"text": "Decida quién se encargará del mantenimiento", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Acuerde antes de la construcción qué dependencia mantendrá cada instalación "
                "(obras públicas, parques, la empresa de agua o un grupo comunitario con un "
                "convenio formal) y verifique que tenga la capacidad y el presupuesto. Un diseño "
                "sencillo que se mantendrá es mejor que uno elaborado que no se mantendrá.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Defina primero el problema: escorrentía frecuente, tormentas extremas, "
                        "calor o una combinación."
                    ),
                    (
                        "Diseñe para la intensidad de la lluvia local y para la temporada seca, no "
                        "solo para los totales anuales."
                    ),
                    (
                        "Pruebe los suelos, revise el agua subterránea y la contaminación, y tenga "
                        "especial cuidado en las pendientes."
                    ),
                    "Acuerde quién mantendrá cada instalación antes de construirla.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.c40knowledgehub.org/">C40 '
                'Knowledge Hub (en inglés)</a>; <a href="https://iclei.org/">ICLEI, Gobiernos '
                'Locales por la Sustentabilidad</a>; <a href="https://unhabitat.org/">'
                "ONU-Hábitat</a>.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Cuestionario del módulo 2: Dar espacio al agua",
                "intro": (
                    "Cinco preguntas sobre medidas para aguas pluviales y lluvias extremas. Tiene "
                    "tres intentos."
                ),
                "pass_mark": None,
                "max_attempts": 3,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Un jardín de lluvia está diseñado para retener el agua uno o dos "
                                "días mientras se infiltra en el suelo. ¿Qué función cumple "
                                "principalmente?"
                            ),
                            "explanation": (
                                "Los jardines de lluvia sobre todo infiltran y tratan la "
                                "escorrentía; las biozanjas la conducen y la tratan; las lagunas "
                                "de retención la almacenan por más tiempo."
                            ),
                            "choices": [
                                {
                                    "text": "Infiltración",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: el agua que penetra en el suelo reduce el "
                                        "volumen de escorrentía y puede recargar el agua "
                                        "subterránea."
                                    ),
                                },
                                {
                                    "text": "Conducción",
                                    "correct": False,
                                    "feedback": (
                                        "La conducción lleva el agua de un lugar a otro, que es "
                                        "sobre todo lo que hacen una biozanja o un bulevar para "
                                        "aguaceros."
                                    ),
                                },
                                {
                                    "text": "Retención permanente",
                                    "correct": False,
                                    "feedback": (
                                        "La retención mantiene un cuerpo de agua permanente o de "
                                        "larga duración; un jardín de lluvia debería vaciarse en "
                                        "uno o dos días."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "¿Cuáles de estos elementos forman parte del enfoque del Plan de "
                                "Gestión de Aguaceros de Copenhague? Seleccione todas las opciones "
                                "correctas."
                            ),
                            "explanation": (
                                "El plan combina la conducción superficial, el almacenamiento "
                                "temporal y las calles verdes con el alcantarillado existente, en "
                                "lugar de depender solo de tuberías más grandes."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Calles rediseñadas como bulevares para aguaceros que "
                                        "conducen el agua hacia el puerto"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: algunas calles seleccionadas llevan el agua "
                                        "sobrante por la superficie."
                                    ),
                                },
                                {
                                    "text": (
                                        "Parques y plazas que pueden almacenar agua de tormenta "
                                        "durante un tiempo"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: Enghaveparken es un ejemplo de parque que "
                                        "también sirve de almacenamiento."
                                    ),
                                },
                                {
                                    "text": (
                                        "Reemplazar todas las alcantarillas de la ciudad por "
                                        "tuberías capaces de llevar una tormenta de 100 años"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Eso sería extremadamente costoso y disruptivo; el plan "
                                        "usa la superficie para manejar la lluvia extrema."
                                    ),
                                },
                                {
                                    "text": (
                                        "Calles verdes que frenan la escorrentía antes de que "
                                        "llegue a las alcantarillas"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: las calles verdes retrasan y reducen la "
                                        "escorrentía en las partes altas de cada cuenca."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Las medidas de ciudad esponja pueden eliminar el riesgo de "
                                "inundación incluso ante las lluvias más extremas."
                            ),
                            "explanation": (
                                "Las medidas esponja reducen el riesgo de inundación y manejan "
                                "bien las tormentas frecuentes, pero la lluvia muy extrema sigue "
                                "exigiendo rutas de escurrimiento superficial seguras, "
                                "almacenamiento y planes de emergencia."
                            ),
                            "answer": False,
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Está planificando un jardín de lluvia en un barrio de ladera con "
                                "pendientes pronunciadas e inestables. ¿Qué debería hacer primero?"
                            ),
                            "explanation": (
                                "Lea siempre el sitio: las pendientes, los suelos, el agua "
                                "subterránea y la contaminación deciden si la infiltración es "
                                "segura."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Construirlo igual que en un terreno plano, porque la "
                                        "infiltración siempre reduce el riesgo"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "En pendientes inestables, agregar agua al suelo puede "
                                        "aumentar el riesgo de deslizamientos."
                                    ),
                                },
                                {
                                    "text": (
                                        "Consultar a un ingeniero geotécnico y considerar sistemas "
                                        "impermeabilizados, terrazas o diques de control en lugar "
                                        "de la infiltración"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: las condiciones del sitio deben orientar el "
                                        "diseño, y aquí la infiltración puede no ser adecuada."
                                    ),
                                },
                                {
                                    "text": (
                                        "Sembrar césped en su lugar, porque el césped no necesita "
                                        "diseño"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "El césped hace poco para manejar la escorrentía "
                                        "concentrada en pendientes fuertes, y de todos modos hay "
                                        "que decidir adónde va el agua."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "¿Qué características hacen de la plaza de agua de Benthemplein, "
                                "en Róterdam, un ejemplo tan citado? Seleccione todas las opciones "
                                "correctas."
                            ),
                            "explanation": (
                                "Las plazas de agua combinan el almacenamiento temporal con el uso "
                                "público cotidiano, lo que hace visible la gestión de las "
                                "inundaciones."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Los días secos es un espacio público utilizable, con "
                                        "cancha deportiva y graderío"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: el almacenamiento está integrado en espacios "
                                        "que la gente usa a diario."
                                    ),
                                },
                                {
                                    "text": (
                                        "Las cuencas poco profundas se llenan cada vez que llueve, "
                                        "y la más profunda solo en las tormentas fuertes"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: escalonar las cuencas mantiene utilizable la "
                                        "mayor parte de la plaza la mayor parte del tiempo."
                                    ),
                                },
                                {
                                    "text": (
                                        "Almacena agua de forma permanente como depósito de agua "
                                        "potable"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "La plaza retiene el agua solo de forma temporal; no es un "
                                        "depósito de agua potable."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ),
    ],
}


# Lección 3.1: Costos, cobeneficios, mantenimiento y equidad
_M3_L1_ES = {
    "title": "Costos, cobeneficios, mantenimiento y equidad",
    "summary": (
        "El costo del ciclo de vida, los cobeneficios que sustentan la inversión, quién mantiene "
        "la infraestructura verde y cómo lograr que los beneficios se queden con los residentes "
        "actuales."
    ),
    "body": [
        ("heading", {"text": "Cuente todo el ciclo de vida", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Las comparaciones entre opciones verdes y grises suelen fallar porque solo "
                "miran la construcción. Una comparación justa abarca todo el ciclo de vida de "
                "ambas:</p>"
                "<ul><li><b>Diseño y construcción</b>, incluidas las pruebas de suelo, el traslado "
                "de redes de servicios y la participación comunitaria.</li>"
                "<li><b>Establecimiento</b>: los primeros dos o tres años, cuando las plantas "
                "nuevas necesitan riego, deshierbe y reposición. Aquí es donde fracasan muchos "
                "proyectos.</li>"
                "<li><b>Mantenimiento rutinario</b>: retirar basura y sedimentos, podar, "
                "inspeccionar entradas y salidas, replantar.</li>"
                "<li><b>Renovación</b>: reemplazar el sustrato o las estructuras al cabo de "
                "algunas décadas.</li></ul>"
                "<p>La infraestructura gris también tiene costos de operación, como la energía "
                "para el bombeo. Y, a diferencia de las tuberías, los árboles bien cuidados "
                "aportan más beneficios cada año a medida que crecen.</p>"
            ),
        ),
        ("heading", {"text": "Haga valer los cobeneficios", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>La gran ventaja de las soluciones basadas en la naturaleza es que una sola "
                "inversión presta varios servicios: gestión de aguas pluviales, sombra y "
                "enfriamiento, hábitat, aire más limpio, lugares de recreación y, según un "
                "creciente número de investigaciones, beneficios para la salud mental y física. La "
                "decisión de Filadelfia de optar por un plan basado en infraestructura verde se "
                "apoyó en una evaluación de <i>triple resultado</i> (social, ambiental y "
                "económico) de las opciones verdes y tradicionales, realizada para el Departamento "
                "de Agua de Filadelfia. Para su propio caso de inversión:</p>"
                "<ul><li>identifique las dependencias que se benefician (salud, parques, "
                "transporte, educación) e invítelas a cofinanciar;</li>"
                "<li>cuantifique lo que razonablemente pueda, por ejemplo los beneficios de los "
                "árboles con las herramientas gratuitas i-Tree del Servicio Forestal de Estados "
                "Unidos, y describa el resto con honestidad;</li>"
                "<li>evite la doble contabilidad y no atribuya beneficios que dependen de un "
                "mantenimiento que nadie ha financiado.</li></ul>"
            ),
        ),
        ("heading", {"text": "El mantenimiento es el proyecto", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>La infraestructura verde suele quedar entre dependencias: la empresa de agua "
                "paga por las aguas pluviales, el personal de parques conoce las plantas y obras "
                "públicas barre las calles. Acuerde las responsabilidades por escrito y capacite a "
                "las cuadrillas, porque un jardín de lluvia no es un cantero de flores: cortar el "
                "césped, poner demasiado mantillo o compactar el suelo en el lugar equivocado "
                "puede impedir que funcione. Lleve un inventario de activos con ubicaciones, fotos "
                "y fechas de inspección. La decisión de Medellín de formar a residentes locales "
                "como jardineros de sus Corredores Verdes muestra que el mantenimiento también "
                "puede crear empleo local. Los grupos de voluntarios pueden ayudar con la basura y "
                "el riego, pero deben apoyar un programa de mantenimiento financiado, no "
                "reemplazarlo.</p>"
            ),
        ),
        ("heading", {"text": "¿Verde para quién?", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Los parques nuevos y las calles arboladas pueden hacer subir los alquileres y "
                "el valor de las propiedades, un proceso que los investigadores llaman <b>"
                "gentrificación verde</b>, y desplazar a los mismos residentes a quienes el "
                "proyecto quería ayudar. Entre las formas de reducir ese riesgo están acompañar la "
                "arborización con políticas de vivienda (proteger la vivienda asequible existente "
                "y construir nueva), preferir muchas mejoras pequeñas y distribuidas a un solo "
                "parque emblemático, involucrar a los residentes desde el inicio y contratar mano "
                "de obra local para la construcción y el mantenimiento.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Compare las opciones a lo largo de todo su ciclo de vida, incluidos el "
                        "establecimiento y el mantenimiento."
                    ),
                    (
                        "Los cobeneficios justifican la inversión; sume a las dependencias que se "
                        "benefician de ellos."
                    ),
                    (
                        "Asigne el mantenimiento por escrito, capacite a las cuadrillas y lleve un "
                        "inventario de activos."
                    ),
                    (
                        "Acompañe la arborización con políticas de vivienda y contratación local "
                        "para evitar la gentrificación verde."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.itreetools.org/">Herramientas '
                'i-Tree (en inglés)</a>; <a href="https://giexchange.org/">Green Infrastructure '
                'Leadership Exchange (en inglés)</a>; <a href="https://www.wri.org/">World '
                "Resources Institute (WRI)</a>.</p>"
            ),
        ),
    ],
}


# Lección 3.2: Cómo empezar un piloto
_M3_L2_ES = {
    "title": "Cómo empezar un piloto",
    "summary": (
        "De la idea a un primer piloto bien elegido en ocho pasos: la pregunta de aprendizaje, el "
        "sitio, el equipo, los residentes, la línea de base, los permisos, el establecimiento y la "
        "difusión de resultados."
    ),
    "body": [
        ("heading", {"text": "¿Por qué un piloto?", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Un piloto permite a su ciudad probar diseños, contratos y rutinas de "
                "mantenimiento a pequeña escala, generar confianza entre ingenieros y autoridades "
                "electas y reunir evidencia local antes de comprometer grandes presupuestos. Un "
                "buen piloto es lo bastante pequeño para ejecutarse en un ciclo presupuestario, "
                "pero lo bastante real para enseñar algo: una cuadra de zanjas arboladas para "
                "aguas pluviales, la renovación del patio de una escuela, un corredor de autobús "
                "con sombra o un pequeño parque de retención.</p>"
            ),
        ),
        ("heading", {"text": "Ocho pasos", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Esta secuencia sirve para la mayoría de los primeros proyectos:</p>"
                "<ol><li><b>Defina el problema y la pregunta de aprendizaje.</b> Por ejemplo: "
                "¿pueden las zanjas arboladas para aguas pluviales reducir los encharcamientos en "
                "este cruce y sobrevivirán los árboles a nuestra temporada seca?</li>"
                "<li><b>Elija el sitio con datos.</b> Superponga las quejas por inundaciones, los "
                "mapas de calor y la vulnerabilidad. Prefiera terrenos que la ciudad ya controla, "
                "como calles, escuelas y parques, y sitios que de todos modos se van a "
                "reconstruir.</li>"
                "<li><b>Forme un equipo pequeño entre dependencias.</b> Incluya al ingeniero de "
                "obras públicas o de la empresa de agua, a parques, a planificación y a quien vaya "
                "a mantener el sitio, con un responsable designado.</li>"
                "<li><b>Involucre pronto a los residentes.</b> Pregunte cómo se usa el espacio, "
                "qué les preocupa (mosquitos, seguridad, estacionamiento) y quién podría ayudar a "
                "cuidarlo.</li>"
                "<li><b>Levante la línea de base antes de construir.</b> No se puede mostrar un "
                "cambio sin un <i>antes</i>.</li>"
                "<li><b>Diseñe, tramite permisos y contrate.</b> Verifique si sus normas y "
                "especificaciones técnicas permiten el diseño; los pilotos suelen revelar reglas "
                "que hay que actualizar.</li>"
                "<li><b>Construya y asegure el establecimiento.</b> Supervise de cerca el trabajo "
                "de suelos y plantación, y financie el riego durante al menos dos años.</li>"
                "<li><b>Monitoree, evalúe y comparta.</b> Publique lo que funcionó y lo que "
                "no.</li></ol>"
            ),
        ),
        (
            "callout",
            {
                "title": "Mosquitos y agua estancada",
                "text": (
                    "<p>En gran parte de América Latina y el Caribe, los residentes preguntarán "
                    "con razón por el dengue y otras enfermedades transmitidas por mosquitos. Las "
                    "instalaciones superficiales deben vaciarse en uno o dos días, más rápido de "
                    "lo que un mosquito tarda en pasar de huevo a adulto, y el diseño debe evitar "
                    "lugares donde el agua quede estancada durante días, como entradas tapadas, "
                    "cámaras abiertas y recipientes. Incluya la revisión de agua estancada en la "
                    "rutina de mantenimiento.</p>"
                ),
                "tone": "info",
            },
        ),
        ("heading", {"text": "Aprenda de su ciudad socia", "level": "h3"}),
        (
            "paragraph",
            (
                "<p>Los intercambios entre ciudades son especialmente útiles en la etapa piloto. "
                "Antes de cerrar su diseño, pida a su ciudad socia sus detalles constructivos "
                "tipo, sus contratos de mantenimiento y sus listas de plantas, y los errores que "
                "no volvería a cometer. Una visita en cada dirección que incluya a las cuadrillas "
                "de mantenimiento, además de a los planificadores, suele enseñar más que cualquier "
                "informe.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Un piloto debe ser lo bastante pequeño para ejecutarse rápido, pero lo "
                        "bastante real para responder una pregunta clara."
                    ),
                    (
                        "Elija los sitios con datos y prefiera terrenos que la ciudad controla o "
                        "que ya está reconstruyendo."
                    ),
                    (
                        "Involucre desde el inicio a los residentes y a quienes harán el "
                        "mantenimiento."
                    ),
                    (
                        "Levante la línea de base antes de construir y comparta los resultados, "
                        "incluidos los fracasos."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.c40knowledgehub.org/">C40 '
                'Knowledge Hub (en inglés)</a>; <a href="https://oppla.eu/">Oppla (en inglés)</a>; '
                '<a href="https://www.epa.gov/green-infrastructure">EPA de Estados Unidos: '
                "infraestructura verde (en inglés)</a>.</p>"
            ),
        ),
    ],
}


# Lección 3.3: Monitorear lo que importa
_M3_L3_ES = {
    "title": "Monitorear lo que importa",
    "summary": (
        "Un conjunto pequeño de indicadores de calor, agua, personas y naturaleza, formas "
        "económicas de recopilarlos y cómo usar los resultados."
    ),
    "body": [
        (
            "heading",
            {"text": "Monitorear para aprender, no para llenar formularios", "level": "h2"},
        ),
        (
            "paragraph",
            (
                "<p>El monitoreo cumple tres funciones: mostrar si el proyecto funciona, detectar "
                "problemas a tiempo (una entrada obstruida, árboles que se secan) y reunir la "
                "evidencia que justifica ampliarlo. Elija unos pocos indicadores vinculados a su "
                "pregunta de aprendizaje, mídalos antes y después de la construcción y, cuando "
                "pueda, compárelos con un sitio similar sin la intervención.</p>"
            ),
        ),
        ("heading", {"text": "Un conjunto inicial de indicadores", "level": "h2"}),
        ("heading", {"text": "Calor", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Cobertura arbórea</b> (%) en el área del proyecto, a partir de "
                "imágenes aéreas o de la herramienta gratuita i-Tree Canopy.</li>"
                "<li><b>Temperatura de superficie</b> a partir de datos satelitales gratuitos, "
                "como las imágenes térmicas de Landsat: sirve para ver tendencias y comparar "
                "zonas, pero no reemplaza la temperatura del aire.</li>"
                "<li><b>Temperatura y humedad del aire</b> a nivel de calle en días calurosos, con "
                "sensores de bajo costo instalados a la sombra y a una altura estándar.</li></ul>"
            ),
        ),
        ("heading", {"text": "Agua", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Escorrentía gestionada</b>: por ejemplo, los acres verdes de "
                "Filadelfia o la lámina de lluvia que la instalación está diseñada para "
                "captar.</li>"
                "<li><b>Tiempo de vaciado</b>: cuánto tarda la instalación en quedar vacía después "
                "de la lluvia, verificado con una regla de nivel sencilla y fotos con fecha.</li>"
                "<li><b>Inundaciones en el sitio</b>: reportes y quejas y, en sistemas de "
                "alcantarillado combinado, eventos de desborde.</li></ul>"
            ),
        ),
        ("heading", {"text": "Personas y naturaleza", "level": "h3"}),
        (
            "paragraph",
            (
                "<ul><li><b>Uso y percepción</b>: conteos de personas que usan el espacio, "
                "encuestas breves a residentes y empleos locales creados.</li>"
                "<li><b>Estado</b>: supervivencia y salud de las plantas, variedad de especies y "
                "visitas de mantenimiento realizadas frente a las previstas.</li></ul>"
            ),
        ),
        ("heading", {"text": "Recopilar datos con un presupuesto municipal", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>No hace falta una estación de investigación. Asóciese con una universidad "
                "local, que puede aportar estudiantes e instrumentos. Organice una campaña "
                "comunitaria de mapeo de calor, en la que voluntarios llevan sensores a pie o en "
                "vehículo por recorridos fijos una tarde calurosa, como han hecho muchas ciudades "
                "de Estados Unidos con apoyo de la Administración Nacional Oceánica y Atmosférica "
                "(NOAA). Use listas de verificación en el teléfono con fotos para las inspecciones "
                "de mantenimiento, y datos existentes como las líneas de quejas municipales. "
                "Registre el clima junto con cada medición, porque un año seco puede hacer que "
                "cualquier instalación pluvial parezca buena, y guarde los datos en un formato "
                "común para que las ciudades emparejadas puedan comparar resultados.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Informe con honestidad",
                "text": (
                    "<p>Publique los resultados aunque decepcionen. Un jardín de lluvia que se "
                    "colmató en su primera temporada, y la razón, es un conocimiento valioso para "
                    "su propia ciudad y para sus pares, y los financiadores valoran cada vez más "
                    "el aprendizaje por encima de los resultados perfectos.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Ideas clave",
                "items": [
                    (
                        "Elija unos pocos indicadores vinculados a su pregunta de aprendizaje y "
                        "mídalos antes y después."
                    ),
                    (
                        "Combine datos satelitales, sensores de bajo costo, observación sencilla y "
                        "registros de quejas."
                    ),
                    (
                        "Registre el clima y use un sitio de comparación para interpretar los "
                        "resultados."
                    ),
                    "Comparta los resultados con otras ciudades, incluidos los fracasos.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Para saber más:</b> <a href="https://www.itreetools.org/">Herramientas '
                'i-Tree (en inglés)</a>; <a href="https://landsat.gsfc.nasa.gov/">NASA: ciencia de '
                'Landsat (en inglés)</a>; <a href="https://oppla.eu/">Oppla (en inglés)</a>.</p>'
            ),
        ),
        (
            "quiz",
            {
                "title": "Cuestionario del módulo 3: Del piloto al programa",
                "intro": "Cinco preguntas sobre costos, equidad, pilotos y monitoreo.",
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Al comparar una opción verde y una gris, ¿qué comparación es la "
                                "más justa?"
                            ),
                            "explanation": (
                                "El costo del ciclo de vida pone a las opciones verdes y grises en "
                                "igualdad de condiciones."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Solo los costos de construcción, porque los presupuestos "
                                        "de mantenimiento se fijan después"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Dejar fuera el mantenimiento oculta los costos que con "
                                        "más frecuencia deciden si la infraestructura verde tiene "
                                        "éxito."
                                    ),
                                },
                                {
                                    "text": (
                                        "Los costos de todo el ciclo de vida de ambas opciones, "
                                        "incluidos el establecimiento, el mantenimiento rutinario "
                                        "y la renovación"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: ambas opciones tienen costos a largo plazo, y "
                                        "los activos verdes aportan más beneficios a medida que "
                                        "crecen."
                                    ),
                                },
                                {
                                    "text": "El costo por árbol plantado",
                                    "correct": False,
                                    "feedback": (
                                        "El costo por árbol no dice nada sobre la supervivencia, "
                                        "los servicios prestados ni los costos a largo plazo."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Los primeros dos o tres años después de plantar, cuando las "
                                "plantas necesitan riego y reposición frecuentes, son el momento "
                                "en que fracasan muchos proyectos de infraestructura verde."
                            ),
                            "explanation": (
                                "El cuidado durante el establecimiento es esencial: presupueste el "
                                "riego y la reposición desde el inicio."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "¿Qué medidas pueden reducir el riesgo de gentrificación verde? "
                                "Seleccione todas las opciones correctas."
                            ),
                            "explanation": (
                                "El riesgo de desplazamiento se aborda con políticas de vivienda, "
                                "participación y empleo local, no solo con más verde."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Acompañar la arborización con políticas que protejan o "
                                        "construyan vivienda asequible"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: la política de vivienda enfrenta directamente "
                                        "la presión sobre los alquileres."
                                    ),
                                },
                                {
                                    "text": (
                                        "Involucrar a los residentes actuales desde el inicio del "
                                        "proyecto"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: los residentes pueden orientar el proyecto "
                                        "según sus propias necesidades."
                                    ),
                                },
                                {
                                    "text": (
                                        "Concentrar la inversión en un solo gran parque emblemático"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Un parque emblemático puede aumentar la presión sobre los "
                                        "alquileres; muchos proyectos pequeños y distribuidos "
                                        "tienden a repartir mejor los beneficios."
                                    ),
                                },
                                {
                                    "text": (
                                        "Contratar mano de obra local para la construcción y el "
                                        "mantenimiento"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: el empleo local mantiene parte del beneficio "
                                        "con los residentes actuales, como hizo Medellín al formar "
                                        "jardineros locales."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "¿Por qué levantar una línea de base antes de construir un piloto?"
                            ),
                            "explanation": (
                                "Mida los indicadores clave antes de la construcción y, cuando sea "
                                "posible, en un sitio similar sin el proyecto."
                            ),
                            "choices": [
                                {
                                    "text": "Porque los financiadores exigen el papeleo",
                                    "correct": False,
                                    "feedback": (
                                        "Los financiadores pueden pedirla, pero la verdadera razón "
                                        "es que no se puede medir un cambio sin un punto de "
                                        "partida."
                                    ),
                                },
                                {
                                    "text": "Para poder mostrar qué cambió gracias al proyecto",
                                    "correct": True,
                                    "feedback": (
                                        "Correcto: una medición del antes, idealmente con un sitio "
                                        "de comparación, es lo que hace creíbles los resultados."
                                    ),
                                },
                                {
                                    "text": "Para decidir qué especies plantar",
                                    "correct": False,
                                    "feedback": (
                                        "Los estudios del sitio orientan la plantación, pero la "
                                        "línea de base sirve para medir el cambio más adelante."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "La temperatura de superficie obtenida de imágenes satelitales es "
                                "la misma que la temperatura del aire que sienten las personas."
                            ),
                            "explanation": (
                                "Los satélites miden cuánto se calientan las superficies. La "
                                "temperatura de superficie sirve para comparar zonas y tendencias, "
                                "pero la temperatura del aire medida a nivel de calle refleja "
                                "mejor lo que viven las personas."
                            ),
                            "answer": False,
                        },
                    ),
                ],
            },
        ),
    ],
}


# ---------------------------------------------------------------------------------------------
# Course
# ---------------------------------------------------------------------------------------------
COURSE = {
    "slug": "nature-based-solutions-heat-flooding",
    "title": "Nature-based solutions for urban heat and flooding",
    "summary": (
        "An introduction for city staff to using trees, green spaces and water-sensitive design to "
        "cool streets and manage stormwater, with examples from the Americas and Europe and "
        "practical steps towards a first pilot."
    ),
    "description": (
        "<p>This course is for planners, engineers, sustainability officers and other municipal "
        "staff who want to use nature to make their city cooler and less prone to flooding. No "
        "background in ecology or hydrology is needed.</p>"
        "<p>In three modules you will learn what nature-based solutions are and how trees cool "
        "streets; how bioswales, rain gardens, retention parks, sponge-city and cloudburst "
        "approaches manage rain from everyday showers to extreme storms; and how to cost, "
        "maintain, pilot and monitor projects so that their benefits reach the people who need "
        "them. Examples include Medellín's Green Corridors, Philadelphia's <i>Green City, Clean "
        "Waters</i>, Copenhagen's Cloudburst Management Plan and Rotterdam's Benthemplein water "
        "square.</p>"
        "<p>Each module ends with a short quiz.</p>"
    ),
    "level": "introductory",
    "estimated_hours": 3,
    "clusters": ["nature-based-solutions", "water-resources"],
    "programme": "cities-forward",
    "pass_mark": 70,
    "prerequisites": [],
    "outcomes": [
        (
            "Explain what makes a project a nature-based solution and tell it apart from ordinary "
            "landscaping."
        ),
        (
            "Describe how tree canopy and vegetation reduce urban heat, and identify where cooling "
            "is needed most."
        ),
        (
            "Choose between rain gardens, bioswales, retention parks, water squares and cloudburst "
            "measures for a given problem and site."
        ),
        (
            "Compare green and grey options over their whole life cycle, including maintenance and "
            "co-benefits."
        ),
        (
            "Plan a small pilot with residents and partners, and monitor it with a handful of "
            "indicators for heat, water, people and nature."
        ),
        (
            "Recognise the risk of green gentrification and name measures that keep benefits with "
            "existing residents."
        ),
    ],
    "modules": [
        {
            "slug": "nature-as-city-infrastructure",
            "title": "Nature as city infrastructure",
            "summary": (
                "What nature-based solutions are, how they differ from grey infrastructure and "
                "ordinary landscaping, and how trees and vegetation cool hot streets."
            ),
            "lessons": [_M1_L1, _M1_L2],
        },
        {
            "slug": "making-room-for-water",
            "title": "Making room for water",
            "summary": (
                "How rain gardens, bioswales and retention parks handle everyday rain, how "
                "sponge-city and cloudburst plans handle extreme storms, and how to match "
                "solutions to sites."
            ),
            "lessons": [_M2_L1, _M2_L2, _M2_L3],
        },
        {
            "slug": "from-pilot-to-programme",
            "title": "From pilot to programme",
            "summary": (
                "Costs, co-benefits, maintenance and equity; how to start a pilot; and which "
                "indicators to monitor."
            ),
            "lessons": [_M3_L1, _M3_L2, _M3_L3],
        },
    ],
    "translations": {
        "es": {
            "title": "Soluciones basadas en la naturaleza para el calor urbano y las inundaciones",
            "summary": (
                "Una introducción para el personal municipal al uso de árboles, áreas verdes y "
                "diseño sensible al agua para refrescar las calles y gestionar las aguas "
                "pluviales, con ejemplos de las Américas y Europa y pasos prácticos hacia un "
                "primer piloto."
            ),
            "description": (
                "<p>Este curso está dirigido a planificadores, ingenieros, responsables de "
                "sostenibilidad y demás personal municipal que quiera usar la naturaleza para que "
                "su ciudad sea más fresca y menos propensa a inundarse. No se requieren "
                "conocimientos previos de ecología ni de hidrología.</p>"
                "<p>En tres módulos aprenderá qué son las soluciones basadas en la naturaleza y "
                "cómo los árboles enfrían las calles; cómo las biozanjas, los jardines de lluvia, "
                "los parques de retención y los enfoques de ciudad esponja y de gestión de "
                "aguaceros manejan la lluvia, desde los chubascos cotidianos hasta las tormentas "
                "extremas; y cómo costear, mantener, poner a prueba y monitorear proyectos para "
                "que sus beneficios lleguen a quienes más los necesitan. Entre los ejemplos están "
                "los Corredores Verdes de Medellín, <i>Green City, Clean Waters</i> de Filadelfia, "
                "el Plan de Gestión de Aguaceros de Copenhague y la plaza de agua de Benthemplein "
                "en Róterdam.</p>"
                "<p>Cada módulo termina con un breve cuestionario.</p>"
            ),
            "outcomes": [
                (
                    "Explicar qué hace que un proyecto sea una solución basada en la naturaleza y "
                    "distinguirlo del paisajismo común."
                ),
                (
                    "Describir cómo la cobertura arbórea y la vegetación reducen el calor urbano, "
                    "e identificar dónde más se necesita el enfriamiento."
                ),
                (
                    "Elegir entre jardines de lluvia, biozanjas, parques de retención, plazas de "
                    "agua y medidas contra aguaceros según el problema y el sitio."
                ),
                (
                    "Comparar opciones verdes y grises a lo largo de todo su ciclo de vida, "
                    "incluidos el mantenimiento y los cobeneficios."
                ),
                (
                    "Planificar un piloto pequeño con residentes y socios, y monitorearlo con unos "
                    "pocos indicadores de calor, agua, personas y naturaleza."
                ),
                (
                    "Reconocer el riesgo de gentrificación verde y nombrar medidas que mantengan "
                    "los beneficios con los residentes actuales."
                ),
            ],
            "modules": {
                "nature-as-city-infrastructure": {
                    "title": "La naturaleza como infraestructura urbana",
                    "summary": (
                        "Qué son las soluciones basadas en la naturaleza, en qué se diferencian de "
                        "la infraestructura gris y del paisajismo común, y cómo los árboles y la "
                        "vegetación refrescan las calles calurosas."
                    ),
                    "lessons": {
                        "what-are-nature-based-solutions": _M1_L1_ES,
                        "urban-heat-and-tree-canopy": _M1_L2_ES,
                    },
                },
                "making-room-for-water": {
                    "title": "Dar espacio al agua",
                    "summary": (
                        "Cómo los jardines de lluvia, las biozanjas y los parques de retención "
                        "manejan la lluvia cotidiana, cómo los planes de ciudad esponja y contra "
                        "aguaceros enfrentan las tormentas extremas y cómo adecuar las soluciones "
                        "a cada sitio."
                    ),
                    "lessons": {
                        "bioswales-rain-gardens-retention-parks": _M2_L1_ES,
                        "sponge-cities-and-cloudburst-plans": _M2_L2_ES,
                        "matching-solutions-to-sites": _M2_L3_ES,
                    },
                },
                "from-pilot-to-programme": {
                    "title": "Del piloto al programa",
                    "summary": (
                        "Costos, cobeneficios, mantenimiento y equidad; cómo empezar un piloto; y "
                        "qué indicadores monitorear."
                    ),
                    "lessons": {
                        "costs-maintenance-and-equity": _M3_L1_ES,
                        "starting-a-pilot": _M3_L2_ES,
                        "monitoring-what-matters": _M3_L3_ES,
                    },
                },
            },
        },
    },
}
