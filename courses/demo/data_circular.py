"""Demo course: "The circular economy in city operations" (EU Cities Gateway, circular economy).

Data only. The seed builder reads ``COURSE``; body blocks are ``(block_type, value)`` pairs.
"""

# ---------------------------------------------------------------------------------------------
# Module 1: From linear to circular
# ---------------------------------------------------------------------------------------------

# Lesson 1.1: Why circularity is a city matter
_M1_L1 = {
    "slug": "why-circularity-is-a-city-matter",
    "title": "Why circularity is a city matter",
    "summary": (
        "The linear model and its costs, the Ellen MacArthur Foundation's three principles "
        "and butterfly diagram, and the four roles a municipality plays in material flows."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "From take-make-waste to keeping materials in use", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Most materials that pass through a city still follow a linear path: "
                "extracted, made into products, used, often briefly, and thrown away. For a "
                "municipality this means rising collection and disposal costs, disposal "
                "capacity planned decades ahead, and exposure to volatile prices for what it "
                "buys. A circular economy designs waste out of the system instead of "
                "managing it at the end of the pipe.</p>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>The most widely used reference framework comes from the <b>Ellen "
                "MacArthur Foundation</b>, which describes a circular economy as driven by "
                "design and built on three principles:</p>"
                "<ol><li><b>Eliminate waste and pollution</b>: treat waste as a design flaw, "
                "not an inevitable output.</li>"
                "<li><b>Circulate products and materials at their highest value</b>: keep "
                "items in use through maintenance, reuse, refurbishment and remanufacturing "
                "before their materials are recycled.</li>"
                "<li><b>Regenerate nature</b>: return biological nutrients to the soil and "
                "move from extraction towards practices that rebuild natural "
                "systems.</li></ol>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>The Foundation's <i>butterfly diagram</i> separates two cycles. In the "
                "<b>biological cycle</b>, food and other organic materials are cascaded "
                "through uses and finally returned safely to the soil, for example as "
                "compost or digestate. In the <b>technical cycle</b>, products such as "
                "furniture, electronics and building components stay in circulation through "
                "sharing, maintenance, reuse and remanufacturing. Recycling is the outer "
                "loop, keeping the least value.</p>"
            ),
        ),
        ("heading", {"text": "Four roles the municipality plays", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In most material flows the city plays several roles at once:</p>"
                "<ul><li><b>Buyer</b>: procurement covers vehicles, furniture, IT, workwear, "
                "food for schools and care homes, and construction works.</li>"
                "<li><b>Owner and builder</b>: municipal buildings, roads, parks and social "
                "housing are among the largest material stocks in the city.</li>"
                "<li><b>Service operator</b>: collection, sorting and treatment of household "
                "waste are usually run or contracted by the municipality.</li>"
                "<li><b>Regulator and convener</b>: land use, permits, licences and fees, "
                "and the ability to bring businesses, universities and residents to the same "
                "table.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Try this with your team",
                "text": (
                    "<p>List the three largest contracts your department manages. For each "
                    "one, ask which materials it consumes, who owns them at the end of their "
                    "life and what actually happens to them. The answers usually reveal at "
                    "least one quick circular win.</p>"
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
                        "The Ellen MacArthur Foundation's principles: eliminate waste and "
                        "pollution, circulate products and materials at their highest value, "
                        "regenerate nature."
                    ),
                    (
                        "Biological materials return to the soil; technical materials cycle "
                        "through maintenance, reuse and remanufacturing, with recycling as "
                        "the last loop."
                    ),
                    (
                        "The city is buyer, owner, service operator and regulator: each role "
                        "is a lever."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://ellenmacarthurfoundation.org/">Ellen MacArthur '
                "Foundation</a>, for the circular economy principles, the butterfly diagram "
                'and material on cities; <a href="https://www.oecd.org/">OECD</a>, whose '
                "synthesis report <i>The Circular Economy in Cities and Regions</i> reviews "
                "city practice.</p>"
            ),
        ),
    ],
}

# Lesson 1.2: The waste hierarchy in practice
_M1_L2 = {
    "slug": "waste-hierarchy-in-practice",
    "title": "The waste hierarchy in practice",
    "summary": (
        "How the waste hierarchy ranks the options, why recycling is not the top of the "
        "ladder, and how Ljubljana used the hierarchy to build its zero-waste path."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Ranking the options", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>The waste hierarchy is the backbone of waste policy in Europe and a "
                "common reference in North America. The EU Waste Framework Directive sets it "
                "out as an order of priority:</p>"
                "<ol><li><b>Prevention</b>: the waste is never created.</li>"
                "<li><b>Preparing for re-use</b>: checking, cleaning or repairing products "
                "or components so they can be used again.</li>"
                "<li><b>Recycling</b>: reprocessing materials into new products or "
                "materials.</li>"
                "<li><b>Other recovery</b>, for example energy recovery.</li>"
                "<li><b>Disposal</b>: landfill, or incineration without energy "
                "recovery.</li></ol>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>The hierarchy matters for budgets as much as for the environment: every "
                "tonne prevented is a tonne the city does not have to collect, sort or "
                "treat. Yet many municipal programmes concentrate on the middle of the "
                "ladder because recycling rates are the easiest thing to count. Dutch "
                "circular economy policy uses a more detailed <i>R-ladder</i> (refuse, "
                "rethink, reduce, reuse, repair, refurbish, remanufacture, repurpose, "
                "recycle, recover) to keep the higher rungs in view.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "A recycling rate is not a circularity score",
                "text": (
                    "<p>A city can raise its recycling rate while the total amount of waste "
                    "keeps growing. Track waste generated per resident alongside the "
                    "recycling rate, and report reuse separately from recycling so that "
                    "prevention and reuse are not hidden in the totals.</p>"
                ),
                "tone": "warning",
            },
        ),
        ("heading", {"text": "Case: Ljubljana's zero-waste path", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In 2014 Ljubljana became the first European capital to commit to a "
                "zero-waste goal, joining the Zero Waste Europe network, and in 2016 it was "
                "European Green Capital. Its approach shows the hierarchy applied step by "
                "step:</p>"
                "<ul><li><b>Make separation the easy choice.</b> The public utility extended "
                "door-to-door separate collection of packaging, paper and biowaste, and "
                "collected residual waste less often, so that sorting became the convenient "
                "option for households.</li>"
                "<li><b>Size treatment for less residual waste.</b> The regional waste "
                "management centre, RCERO Ljubljana, was designed to recover materials and "
                "biowaste from what remains, rather than simply to burn or bury it.</li>"
                "<li><b>Invest above recycling.</b> A reuse centre collects furniture and "
                "household items, repairs them and sells them again, while campaigns target "
                "food waste and single-use items.</li></ul>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>The lesson for other cities is the sequence: make separation easy, make "
                "residual waste the less convenient option, and invest in reuse alongside "
                "recycling infrastructure. None of it depended on a single flagship "
                "technology.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "The EU waste hierarchy: prevention, preparing for re-use, "
                        "recycling, other recovery, disposal."
                    ),
                    (
                        "Recycling is the third option, not the goal; prevention and reuse "
                        "avoid the most collection and treatment cost."
                    ),
                    "Report waste generated per resident, and reuse separately from recycling.",
                    (
                        "Ljubljana's path: convenient separate collection, less convenient "
                        "residual waste, and investment in reuse."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://zerowasteeurope.eu/">Zero Waste '
                "Europe</a>, including its case study of Ljubljana; <a "
                'href="https://environment.ec.europa.eu/">European Commission, '
                "Environment</a>, for the Waste Framework Directive and the Circular Economy "
                "Action Plan.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Check your understanding: from linear to circular",
                "intro": (
                    "Five questions on circular economy principles and the waste hierarchy. "
                    "You can retake the quiz; the feedback on each choice explains the "
                    "reasoning."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Which of these is one of the Ellen MacArthur Foundation's "
                                "three circular economy principles?"
                            ),
                            "explanation": (
                                "The three principles are: eliminate waste and pollution, "
                                "circulate products and materials at their highest value, "
                                "and regenerate nature."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Circulate products and materials at their highest value"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Keeping products in use through "
                                        "maintenance, reuse and remanufacturing preserves "
                                        "more value than recycling."
                                    ),
                                },
                                {
                                    "text": "Maximise the recycling rate of every waste stream",
                                    "correct": False,
                                    "feedback": (
                                        "Recycling is the outer loop of the technical cycle. "
                                        "It matters, but it is not one of the three "
                                        "principles."
                                    ),
                                },
                                {
                                    "text": "Replace landfill with energy recovery",
                                    "correct": False,
                                    "feedback": (
                                        "Energy recovery sits low in the waste hierarchy; "
                                        "the principles aim to avoid waste in the first "
                                        "place."
                                    ),
                                },
                                {
                                    "text": "Switch all production to bio-based materials",
                                    "correct": False,
                                    "feedback": (
                                        "Bio-based inputs can help, but the framework covers "
                                        "both biological and technical materials."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Under the EU waste hierarchy, recycling ranks above "
                                "preparing for re-use."
                            ),
                            "explanation": (
                                "The order is prevention, preparing for re-use, recycling, "
                                "other recovery, disposal. Preparing for re-use keeps a "
                                "product whole and ranks higher."
                            ),
                            "answer": False,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these activities belong to the technical cycle of "
                                "the butterfly diagram? Select all that apply."
                            ),
                            "explanation": (
                                "The technical cycle covers products and materials that are "
                                "not consumed: they are shared, maintained, reused, "
                                "remanufactured and, last, recycled."
                            ),
                            "choices": [
                                {
                                    "text": "Refurbishing office furniture for another department",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Refurbishment keeps a technical product in use."
                                    ),
                                },
                                {
                                    "text": (
                                        "Remanufacturing parts for the municipal vehicle fleet"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Remanufacturing restores components to working "
                                        "condition."
                                    ),
                                },
                                {
                                    "text": "Composting grass and tree trimmings from parks",
                                    "correct": False,
                                    "feedback": (
                                        "Composting returns organic nutrients to the soil: "
                                        "that is the biological cycle."
                                    ),
                                },
                                {
                                    "text": "A library that lends tools to residents",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Sharing raises the use of each tool, an inner "
                                        "loop of the technical cycle."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "A city's recycling rate rose from 40% to 45% while the "
                                "waste generated per resident also grew. What is the best "
                                "conclusion?"
                            ),
                            "explanation": (
                                "Recycling rates measure sorting; waste per resident "
                                "measures prevention. A circular strategy needs both."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Sorting improved but prevention did not; the city "
                                        "should track waste per resident alongside the "
                                        "recycling rate"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. More waste was sorted, but more waste was "
                                        "also created."
                                    ),
                                },
                                {
                                    "text": (
                                        "The city has become more circular, since the "
                                        "recycling rate is the key indicator"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "The rate hides growth in total waste, which sits "
                                        "lower in the hierarchy than prevention."
                                    ),
                                },
                                {
                                    "text": (
                                        "The figures are contradictory, so one of them must "
                                        "be wrong"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Both can be true at once: the share recycled can "
                                        "rise while the total grows."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which measures were part of Ljubljana's zero-waste path as "
                                "described in this lesson? Select all that apply."
                            ),
                            "explanation": (
                                "Ljubljana made separate collection convenient, sized "
                                "treatment for a shrinking residual stream and invested in "
                                "reuse."
                            ),
                            "choices": [
                                {
                                    "text": "Door-to-door separate collection, including biowaste",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Convenient separate collection was the foundation."
                                    ),
                                },
                                {
                                    "text": "Less frequent collection of residual waste",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Making residual waste less convenient nudges "
                                        "households to sort."
                                    ),
                                },
                                {
                                    "text": (
                                        "A reuse centre that repairs and resells household items"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Reuse works above recycling in the hierarchy."
                                    ),
                                },
                                {
                                    "text": (
                                        "A large new incinerator sized for current residual waste"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Not part of the path described. Treatment capacity "
                                        "sized for today's residual waste can lock in demand "
                                        "for waste."
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
# Module 2: Municipal levers
# ---------------------------------------------------------------------------------------------

# Lesson 2.1: Circular procurement
_M2_L1 = {
    "slug": "circular-procurement",
    "title": "Circular procurement",
    "summary": (
        "Using the city's purchasing power to buy durable, reusable products or the service "
        "instead of the product: functional requirements, life-cycle costing and take-back."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Buying outcomes, not things", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Public authorities are large buyers, and their tenders shape what "
                "suppliers offer. <b>Circular procurement</b> uses that purchasing power to "
                "buy products and services that keep materials in use, or to buy a function "
                "instead of a product. The European Commission publishes green public "
                "procurement (GPP) criteria for many product groups, and ICLEI's Procura+ "
                "network connects public buyers who share tender documents and results.</p>"
            ),
        ),
        ("heading", {"text": "Four techniques that work in tenders", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li><b>Challenge the need first.</b> Before buying new furniture for a "
                "refurbished office, check what the city already owns. An internal reuse "
                "platform for furniture and equipment is often the cheapest circular measure "
                "available.</li>"
                "<li><b>Write functional requirements.</b> Specify the outcome "
                '("workstations for 200 staff, maintained for eight years") rather than the '
                "product, so that bidders can offer refurbished, modular or leased "
                "solutions.</li>"
                "<li><b>Use life-cycle costing.</b> Compare bids on the total cost of "
                "ownership (purchase, energy, maintenance and end of life), not on purchase "
                "price alone. The EU procurement directives explicitly allow life-cycle "
                "costing as an award criterion.</li>"
                "<li><b>Close the loop in the contract.</b> Include take-back obligations, "
                "availability of spare parts, repairability and reporting on what happens to "
                "returned items.</li></ol>"
            ),
        ),
        ("heading", {"text": "Product as a service", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In a service model the supplier keeps ownership and is paid for "
                "performance, which gives it a reason to design for durability and to "
                "recover the materials. A frequently cited example is Amsterdam's Schiphol "
                "Airport, which contracted lighting as a service from Philips: the airport "
                "pays for light, while the supplier owns, maintains and eventually takes "
                "back the fittings. Cities apply the same logic to office furniture, "
                "workwear, street lighting and vehicle fleets.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Start with a market dialogue",
                "text": (
                    "<p>Hold an open market consultation before publishing the tender. "
                    "Suppliers can tell you which circular options are mature, what contract "
                    "length makes take-back viable, and which requirements would shut out "
                    "smaller local firms.</p>"
                ),
                "tone": "tip",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    "Challenge the need before buying, and reuse what the city already owns.",
                    (
                        "Functional requirements let bidders propose refurbished, modular or "
                        "service-based solutions."
                    ),
                    (
                        "Life-cycle costing rewards durability and is allowed as an award "
                        "criterion under EU procurement rules."
                    ),
                    (
                        "Service models leave ownership, and the incentive to recover "
                        "materials, with the supplier."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://procuraplus.org/">Procura+ '
                "network</a>, ICLEI's network of sustainable and circular public buyers; <a "
                'href="https://iclei.org/">ICLEI Local Governments for '
                "Sustainability</a>.</p>"
            ),
        ),
    ],
}

# Lesson 2.2: Construction and demolition materials
_M2_L2 = {
    "slug": "construction-and-demolition-materials",
    "title": "Construction and demolition materials",
    "summary": (
        "The built environment is the city's largest material stock. Audits, selective "
        "deconstruction, design for disassembly and reuse marketplaces keep it in use."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "The city's largest material stock", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Construction and demolition waste is the largest waste stream in the EU "
                "by weight, and buildings and infrastructure hold most of the materials a "
                "city contains. The Waste Framework Directive set a target for 70% of "
                "non-hazardous construction and demolition waste, by weight, to be prepared "
                "for re-use, recycled or used in other material recovery, including "
                "backfilling, by 2020. Much of that has been achieved by crushing concrete "
                "and masonry for use as road sub-base: useful, but low in the hierarchy. The "
                "larger opportunity is keeping components, and whole buildings, in use.</p>"
            ),
        ),
        ("heading", {"text": "Levers across the building life cycle", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li><b>Before demolition: pre-demolition audits.</b> Require an "
                "inventory of reusable elements and hazardous materials before larger "
                'buildings are demolished. This turns "waste" into a catalogue of doors, '
                "beams, bricks, fixtures and flooring.</li>"
                "<li><b>During demolition: selective deconstruction.</b> Contracts for "
                "municipal projects can require staged dismantling and separate handling of "
                "materials. Some North American cities, including Portland (Oregon) and "
                "Vancouver, require deconstruction, or reuse and recycling of materials, "
                "when older houses are demolished.</li>"
                "<li><b>In new buildings: design for disassembly.</b> Mechanical rather than "
                "glued connections, standard dimensions and modular elements make future "
                "reuse possible. The EU's Level(s) framework offers common indicators for "
                "the life-cycle performance of buildings, including material use.</li>"
                "<li><b>Records: material passports.</b> A digital record of what is in a "
                "building, and where, makes later recovery practical. Passports are being "
                "piloted in several European countries.</li>"
                "<li><b>Storage and marketplaces.</b> Reuse fails if salvaged material has "
                "nowhere to go. Temporary storage on municipal land and online marketplaces "
                "for reclaimed materials bridge the gap between one project's demolition and "
                "the next project's start.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Use your own projects first",
                "text": (
                    "<p>Municipal buildings, schools and public works are where the city can "
                    "require reuse without new legislation. Publish the results, such as "
                    "tonnes reused and the effect on cost and schedule, so that private "
                    "developers can see it working.</p>"
                ),
                "tone": "info",
            },
        ),
        (
            "callout",
            {
                "title": "Check hazardous materials",
                "text": (
                    "<p>Older buildings may contain asbestos, lead paint or contaminated "
                    "timber. Salvage plans must follow the pre-demolition survey, and some "
                    "elements are not suitable for reuse.</p>"
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
                        "Crushing concrete for road sub-base meets recovery targets but sits "
                        "low in the hierarchy."
                    ),
                    (
                        "Pre-demolition audits and selective deconstruction turn waste into "
                        "an inventory of reusable components."
                    ),
                    (
                        "Design for disassembly and material passports prepare today's "
                        "buildings for future reuse."
                    ),
                    (
                        "Reuse needs logistics: storage space and a marketplace for "
                        "reclaimed materials."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://environment.ec.europa.eu/">European Commission, '
                "Environment</a>, for Level(s) and guidance on construction and demolition "
                'waste; <a href="https://www.epa.gov/">US Environmental Protection '
                "Agency</a>, for sustainable management of construction and demolition "
                "materials.</p>"
            ),
        ),
    ],
}

# Lesson 2.3: Food waste, repair and reuse hubs
_M2_L3 = {
    "slug": "food-waste-repair-and-reuse-hubs",
    "title": "Food waste, repair and reuse hubs",
    "summary": (
        "Preventing and redistributing food surplus, collecting biowaste separately, and "
        "supporting repair cafés, reuse centres and repair vouchers."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Food: prevent, redistribute, then recover", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Food is the largest part of a city's biological cycle, and Sustainable "
                "Development Goal target 12.3 calls for halving per capita global food waste "
                "at retail and consumer level by 2030. A food recovery hierarchy mirrors the "
                "waste hierarchy: prevent surplus, redistribute edible food to people, use "
                "it for animal feed where rules allow, then recover nutrients and energy "
                "through anaerobic digestion or composting, with landfill last. Municipal "
                "levers include:</p>"
                "<ul><li><b>The city's own catering.</b> School, hospital and care-home "
                "kitchens can measure preparation and plate waste, adjust portions and "
                "menus, and require surplus donation in catering contracts.</li>"
                "<li><b>Redistribution infrastructure.</b> Milan, which launched the Milan "
                "Urban Food Policy Pact in 2015, runs neighbourhood food waste hubs with "
                "partners including the Politecnico di Milano and the Banco Alimentare food "
                "bank. The hubs collect surplus from supermarkets and company canteens and "
                "pass it to local charities; the programme won an Earthshot Prize in "
                "2021.</li>"
                "<li><b>Separate biowaste collection.</b> Since the start of 2024, EU member "
                "states must ensure that biowaste is collected separately or recycled at "
                "source, for example by home composting. San Francisco has required "
                "residents and businesses to separate compostables since 2009.</li></ul>"
            ),
        ),
        (
            "case_study",
            {
                "case_study": "milan-food-waste-hubs",
                "note": (
                    "Notice what the city itself contributed (space, convening, a policy goal) "
                    "and what its partners brought, and how each hub measures tonnes and meals."
                ),
            },
        ),
        ("heading", {"text": "Repair and reuse hubs", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>For durable goods, the highest-value loops are repair and reuse. Cities "
                "support them by:</p>"
                "<ul><li><b>Providing space.</b> Repair cafés, volunteer-run repair events "
                "that began in Amsterdam in 2009, need little more than a hall and tools. "
                "Libraries and community centres can host them, along with tool-lending "
                "libraries.</li>"
                "<li><b>Catching items before they become waste.</b> At ReTuna in "
                "Eskilstuna, Sweden, residents drop off usable goods next to the recycling "
                "centre; they are then repaired and sold by shops in a municipally owned "
                "reuse mall.</li>"
                "<li><b>Lowering the price of repair.</b> Vienna's repair voucher scheme "
                "paid part of the cost of repairing household items at participating "
                "workshops, and Austria later introduced a national repair bonus.</li>"
                "<li><b>Using the city's own demand.</b> Sending municipal IT, furniture and "
                "workwear to local refurbishers gives them steady volumes.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Work with social enterprises",
                "text": (
                    "<p>Repair and reuse are labour-intensive, which can be a strength: many "
                    "cities contract social enterprises that provide training and jobs for "
                    "people far from the labour market. EU procurement rules allow contracts "
                    "to be reserved for such organisations.</p>"
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
                        "Food recovery follows a hierarchy: prevent, redistribute to people, "
                        "feed animals, then digest or compost."
                    ),
                    (
                        "The city's own kitchens and catering contracts are a direct lever "
                        "on food waste."
                    ),
                    (
                        "Repair cafés, reuse centres and repair vouchers keep durable goods "
                        "at their highest value."
                    ),
                    "Steady municipal volumes help repair and reuse businesses survive.",
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://www.milanurbanfoodpolicypact.org/">Milan Urban Food Policy '
                "Pact</a>, the international network of city food policies; <a "
                'href="https://www.repaircafe.org/">Repair Café</a>, with guidance on '
                "starting and hosting repair events.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Check your understanding: municipal levers",
                "intro": (
                    "Five questions on procurement, construction materials, food waste and "
                    "repair. Read the feedback on each choice, including the ones you did "
                    "not pick."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "A department needs office furniture for 200 staff. Which "
                                "tender approach is the most circular?"
                            ),
                            "explanation": (
                                "Functional requirements, life-cycle costing and take-back "
                                "clauses open the tender to reuse, refurbishment and service "
                                "models."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Specify workstations maintained for eight years, "
                                        "allow refurbished or leased offers, evaluate on "
                                        "life-cycle cost and require take-back"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This buys the function and rewards "
                                        "durability and recovery."
                                    ),
                                },
                                {
                                    "text": (
                                        "Buy the cheapest new furniture that contains some "
                                        "recycled material"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Recycled content helps a little, but the lowest "
                                        "purchase price ignores durability, maintenance and "
                                        "end of life."
                                    ),
                                },
                                {
                                    "text": (
                                        "Buy new furniture certified as recyclable at end of life"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Recyclability is the outer loop; it does nothing to "
                                        "extend the furniture's use."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "EU public procurement rules allow life-cycle costing to be "
                                "used as an award criterion."
                            ),
                            "explanation": (
                                "Life-cycle costing is expressly provided for in the EU "
                                "procurement directives and is a core tool of circular "
                                "procurement."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which measures move construction materials higher up the "
                                "waste hierarchy? Select all that apply."
                            ),
                            "explanation": (
                                "Reuse of components ranks above recycling; audits, design "
                                "for disassembly and storage all enable reuse."
                            ),
                            "choices": [
                                {
                                    "text": "Pre-demolition audits of reusable elements",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. An audit identifies what can be reused before "
                                        "it is destroyed."
                                    ),
                                },
                                {
                                    "text": "Crushing concrete to use as road sub-base",
                                    "correct": False,
                                    "feedback": (
                                        "This is recycling, often downcycling: useful, but "
                                        "lower in the hierarchy than reuse."
                                    ),
                                },
                                {
                                    "text": "Design for disassembly in new municipal buildings",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It makes components recoverable at the end of "
                                        "the building's life."
                                    ),
                                },
                                {
                                    "text": (
                                        "Storage space and a marketplace for reclaimed materials"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Without logistics, salvaged materials end up "
                                        "as waste."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "What comes first in a food recovery hierarchy?",
                            "explanation": (
                                "As in the waste hierarchy, prevention comes first; "
                                "redistribution to people comes next, and composting is near "
                                "the bottom."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Preventing surplus, for example by adjusting "
                                        "portions and menus"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Food never wasted saves purchasing, "
                                        "handling and treatment costs."
                                    ),
                                },
                                {
                                    "text": "Redistributing surplus food to charities",
                                    "correct": False,
                                    "feedback": (
                                        "Redistribution is the second step, after prevention."
                                    ),
                                },
                                {
                                    "text": "Anaerobic digestion to produce biogas",
                                    "correct": False,
                                    "feedback": (
                                        "Digestion recovers energy and nutrients but comes "
                                        "after prevention and redistribution."
                                    ),
                                },
                                {
                                    "text": "Home and community composting",
                                    "correct": False,
                                    "feedback": (
                                        "Composting returns nutrients to the soil, but it is "
                                        "near the bottom of the hierarchy."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which are effective ways for a city to support repair and "
                                "reuse? Select all that apply."
                            ),
                            "explanation": (
                                "Space, lower repair costs and steady municipal demand all "
                                "help repair and reuse; shredding usable items does not."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Hosting repair cafés in libraries and community centres"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Space is one of the main needs of volunteer "
                                        "repair groups."
                                    ),
                                },
                                {
                                    "text": (
                                        "Repair vouchers that cover part of the cost of a repair"
                                    ),
                                    "correct": True,
                                    "feedback": "Yes. Vienna's voucher scheme is an example.",
                                },
                                {
                                    "text": "Sending municipal IT equipment to local refurbishers",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Municipal volumes give refurbishers a stable "
                                        "business."
                                    ),
                                },
                                {
                                    "text": (
                                        "Free bulky-waste collection that sends every item "
                                        "straight to shredding"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "This destroys reusable items. Bulky-waste "
                                        "collection can instead divert usable goods to a "
                                        "reuse centre."
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
# Module 3: Measuring, partnering and planning
# ---------------------------------------------------------------------------------------------

# Lesson 3.1: Measuring material flows
_M3_L1 = {
    "slug": "measuring-material-flows",
    "title": "Measuring material flows",
    "summary": (
        "Scoping a material flow analysis, finding the data and choosing a short list of "
        "indicators the city can track year on year."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Why a material flow analysis", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A <b>material flow analysis</b> (MFA) traces the materials entering the "
                "city, the stocks that build up in buildings and infrastructure, and the "
                "outputs as products, emissions and waste. It answers a strategic question "
                "that waste statistics alone cannot: which flows are large, which are "
                "growing, and where can the city actually intervene? Amsterdam's early "
                "circular work, including a 2016 study prepared with the Amsterdam-based "
                "organisation Circle Economy, started from this kind of scan.</p>"
            ),
        ),
        ("heading", {"text": "Scoping a first analysis", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li><b>Set the boundary.</b> City or metropolitan area? Municipal "
                "operations only, or the whole local economy? A bounded first study of "
                "municipal operations is faster and leads directly to action.</li>"
                "<li><b>Choose the flows.</b> Start with streams your levers affect: "
                "construction materials, food and biowaste, consumer goods and the city's "
                "own purchases.</li>"
                "<li><b>Assemble the data.</b> Waste collection and treatment records, "
                "procurement spend by category, building and demolition permits, and "
                "national or regional statistics scaled to the city. Expect gaps, and "
                "document every assumption.</li>"
                "<li><b>Visualise.</b> A Sankey diagram of inputs, stocks and outputs is the "
                "clearest way to show decision-makers where the large flows are.</li></ol>"
            ),
        ),
        ("heading", {"text": "Indicators you can track", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Pick a short list and keep it stable, so that trends mean something. "
                "Useful indicators include:</p>"
                "<ul><li>municipal waste generated per resident (prevention);</li>"
                "<li>tonnes of items prepared for reuse, reported separately from "
                "recycling;</li>"
                "<li>the share of tenders with circular criteria, and the value of contracts "
                "awarded under them;</li>"
                "<li>the share of construction and demolition material reused or recycled on "
                "municipal projects;</li>"
                "<li>Eurostat's circular material use rate at national level, as context for "
                "the city's own figures.</li></ul>"
                "<p>The OECD's work on circular economy indicators for cities and regions "
                "can help structure a wider monitoring framework.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Tonnes are not the whole story",
                "text": (
                    "<p>Weight-based indicators are dominated by heavy materials such as "
                    "concrete and soil. Where you can, add indicators for high-impact flows "
                    "such as textiles, electronics and food, or estimate the greenhouse gas "
                    "emissions embedded in material flows.</p>"
                ),
                "tone": "warning",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    "A material flow analysis shows inputs, stocks and outputs, not only waste.",
                    "Start with a bounded scope and the flows municipal levers can affect.",
                    (
                        "Use a short, stable set of indicators, with reuse reported "
                        "separately from recycling."
                    ),
                    "Complement weight-based indicators with measures for high-impact flows.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.circle-economy.com/">Circle '
                "Economy</a>, for city circularity scans and the Circularity Gap reports; <a "
                'href="https://ec.europa.eu/eurostat">Eurostat</a>, for the EU circular '
                "economy monitoring framework.</p>"
            ),
        ),
    ],
}

# Lesson 3.2: Business models and partnerships
_M3_L2 = {
    "slug": "business-models-and-partnerships",
    "title": "Business models and partnerships",
    "summary": (
        "Five circular business models and the practical support a municipality can give: "
        "space, demand, connections, rules and partnerships across the Atlantic."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Five circular business models", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A widely used classification, published by Accenture and adopted in many "
                "city strategies, groups circular business models into five types:</p>"
                "<ul><li><b>Circular supplies</b>: renewable, bio-based or fully recyclable "
                "inputs.</li>"
                "<li><b>Resource recovery</b>: recovering useful materials or energy from "
                "waste and by-products.</li>"
                "<li><b>Product life extension</b>: repair, upgrade, refurbishment and "
                "resale.</li>"
                "<li><b>Sharing platforms</b>: more use of under-used assets, from tools and "
                "cars to meeting rooms.</li>"
                "<li><b>Product as a service</b>: customers pay for use or performance while "
                "the provider keeps ownership.</li></ul>"
            ),
        ),
        ("heading", {"text": "What the city can do", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Most circular businesses are small and face the same barriers: access to "
                "space and finance, unpredictable supplies of secondary materials, and rules "
                "written for linear models. Municipal responses include:</p>"
                "<ul><li><b>Space</b>: leasing vacant municipal buildings or industrial land "
                "on favourable terms for repair, remanufacturing and material banks.</li>"
                "<li><b>Demand</b>: acting as a launching customer through procurement "
                "(Module 2).</li>"
                "<li><b>Connections</b>: brokering industrial symbiosis, where one firm's "
                "by-product becomes another's input. Kalundborg in Denmark is the classic "
                "example, with companies and the municipality exchanging water, energy and "
                "materials.</li>"
                "<li><b>Rules</b>: reviewing permits and waste classifications so that "
                "secondary materials can be traded and reused legally, working with regional "
                "or national authorities where those rules are set.</li>"
                "<li><b>Support programmes</b>: circular challenges, accelerators and "
                "business advice, often run with universities and chambers of "
                "commerce.</li></ul>"
            ),
        ),
        ("heading", {"text": "Partnerships across the Atlantic", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>City pairings are a good place to compare approaches. Extended producer "
                "responsibility, which makes producers pay for managing their products at "
                "end of life, is long established in the EU and in Canadian provinces such "
                "as British Columbia, and has more recently been adopted for packaging by "
                "several US states. North American partners also bring examples such as "
                "Vancouver's Zero Waste 2040 strategy and San Francisco's long-running "
                "zero-waste policies. Focus each exchange on one value chain, and bring a "
                "business or social enterprise into the conversation, not only municipal "
                "staff.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Be clear about the city's role",
                "text": (
                    "<p>For each partnership, decide whether the city is funder, customer, "
                    "landlord, regulator or convener. Mixing roles without saying so, for "
                    "example regulating a firm that is also a subsidised tenant, creates "
                    "conflicts of interest and confusion.</p>"
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
                        "Five business models: circular supplies, resource recovery, product "
                        "life extension, sharing platforms, product as a service."
                    ),
                    (
                        "Circular firms mostly need space, predictable demand, connections "
                        "and workable rules."
                    ),
                    "Industrial symbiosis, as in Kalundborg, turns by-products into inputs.",
                    "Focus exchanges between paired cities on one value chain at a time.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.symbiosis.dk/">Kalundborg '
                'Symbiosis</a>; <a href="https://ellenmacarthurfoundation.org/">Ellen '
                "MacArthur Foundation</a>, for business case studies; <a "
                'href="https://vancouver.ca/">City of Vancouver</a>, for its Zero Waste 2040 '
                "strategy.</p>"
            ),
        ),
    ],
}

# Lesson 3.3: Building a circular roadmap
_M3_L3 = {
    "slug": "building-a-circular-roadmap",
    "title": "Building a circular roadmap",
    "summary": (
        "What Amsterdam's doughnut-based circular strategy teaches, and six steps for "
        "turning analysis and partnerships into a roadmap with owners and budgets."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Learning from Amsterdam", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In April 2020 Amsterdam adopted its <b>Circular Strategy 2020-2025</b> "
                'together with a "City Doughnut" developed with the Doughnut Economics '
                "Action Lab and partners. The doughnut, from economist Kate Raworth's model, "
                "describes a safe and just space between a <b>social foundation</b> (what "
                "everyone needs to live well) and an <b>ecological ceiling</b> (the "
                "planetary boundaries). Amsterdam's version asks four questions: what it "
                "would mean for the people of Amsterdam to thrive, for the city to thrive "
                "within its natural habitat, and for the city to respect the wellbeing of "
                "people and the health of the planet worldwide.</p>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>The strategy set goals of halving the use of new primary raw materials "
                "by 2030 and becoming fully circular by 2050. It concentrated on three value "
                "chains, <b>food and organic waste streams</b>, <b>consumer goods</b> and "
                "the <b>built environment</b>, each with concrete municipal actions, and the "
                "city publishes a monitor to track progress.</p>"
            ),
        ),
        ("heading", {"text": "A roadmap in six steps", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li><b>Mandate.</b> Secure political sponsorship, a named lead team and "
                "a cross-departmental steering group: circularity cuts across waste, "
                "procurement, property, economic development and planning.</li>"
                "<li><b>Baseline.</b> Use a material flow scan (Lesson 3.1) and existing "
                "strategies to describe where the city stands.</li>"
                "<li><b>Prioritise two or three value chains.</b> Choose where flows are "
                "large, municipal levers are strong and partners are ready. Construction, "
                "food and consumer goods are common choices.</li>"
                "<li><b>Set goals and indicators.</b> Pair a long-term ambition with "
                "near-term, measurable targets for each value chain.</li>"
                "<li><b>Plan actions with owners and budgets.</b> Each action needs a "
                "department, a timeline and funding. Pilot first, then scale what works.</li>"
                "<li><b>Monitor and revise.</b> Report progress every year and plan a full "
                "review every few years.</li></ol>"
            ),
        ),
        (
            "callout",
            {
                "title": "Avoid the strategy shelf",
                "text": (
                    "<p>Roadmaps fail when they belong to one sustainability officer and are "
                    "funded by no one. Link every action to an existing budget line or a "
                    "named funding bid before the roadmap is published.</p>"
                ),
                "tone": "warning",
            },
        ),
        (
            "callout",
            {
                "title": "Peer networks",
                "text": (
                    "<p>Beyond your EU Cities Gateway pairing, the EU's Circular Cities and "
                    "Regions Initiative and ICLEI's circular economy work connect cities at "
                    "similar stages and share tools and case studies.</p>"
                ),
                "tone": "info",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Amsterdam paired its circular strategy with a City Doughnut to keep "
                        "social and ecological goals together."
                    ),
                    (
                        "Its goals: halve the use of new primary raw materials by 2030 and "
                        "be fully circular by 2050."
                    ),
                    (
                        "Prioritise two or three value chains where flows are large and "
                        "levers strong."
                    ),
                    "Every action needs an owner, a timeline and a budget line.",
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://doughnuteconomics.org/">Doughnut Economics Action Lab</a>, '
                "with the Amsterdam City Doughnut and tools for cities; <a "
                'href="https://www.amsterdam.nl/en/">City of Amsterdam</a>, for the circular '
                "strategy and its monitor.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Check your understanding: measuring, partnering and planning",
                "intro": (
                    "Five questions on material flows, business models and roadmaps. "
                    "Feedback on each choice points back to the relevant lesson."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "What does a material flow analysis add that waste "
                                "statistics alone do not?"
                            ),
                            "explanation": (
                                "An MFA covers inputs, stocks and outputs, so it shows where "
                                "materials come from and accumulate, not only where they end "
                                "up."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "A picture of inputs, stocks and outputs that shows "
                                        "where the large flows are and where the city can "
                                        "intervene"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This is what makes an MFA a strategic tool."
                                    ),
                                },
                                {
                                    "text": "A more accurate count of household recycling",
                                    "correct": False,
                                    "feedback": (
                                        "Collection records already count recycling; an MFA "
                                        "looks at the whole system."
                                    ),
                                },
                                {
                                    "text": "A legal basis for setting new waste fees",
                                    "correct": False,
                                    "feedback": (
                                        "An MFA is an analytical tool; fees need their own "
                                        "legal basis."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Amsterdam's Circular Strategy 2020-2025 set a goal of "
                                "halving the use of new primary raw materials by 2030."
                            ),
                            "explanation": (
                                "The strategy aims to halve the use of new primary raw "
                                "materials by 2030 and to be fully circular by 2050."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these are among the five circular business models "
                                "described in the lesson? Select all that apply."
                            ),
                            "explanation": (
                                "The five are circular supplies, resource recovery, product "
                                "life extension, sharing platforms and product as a service."
                            ),
                            "choices": [
                                {
                                    "text": "Product life extension",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Repair, upgrade and resale keep products in use."
                                    ),
                                },
                                {
                                    "text": "Sharing platforms",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Sharing raises the use of under-used assets."
                                    ),
                                },
                                {
                                    "text": "Product as a service",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. The provider keeps ownership and is paid for "
                                        "performance."
                                    ),
                                },
                                {
                                    "text": "Maximising energy from waste",
                                    "correct": False,
                                    "feedback": (
                                        "Energy recovery sits low in the hierarchy and is "
                                        "not one of the five models."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "In Kate Raworth's doughnut model, what lies between the "
                                "social foundation and the ecological ceiling?"
                            ),
                            "explanation": (
                                "The doughnut itself is the safe and just space: needs are "
                                "met without overshooting planetary boundaries."
                            ),
                            "choices": [
                                {
                                    "text": "A safe and just space for humanity",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Amsterdam uses this space as a compass for "
                                        "its strategy."
                                    ),
                                },
                                {
                                    "text": "The city's recycling target",
                                    "correct": False,
                                    "feedback": (
                                        "The doughnut is a framework for social and "
                                        "ecological limits, not a waste target."
                                    ),
                                },
                                {
                                    "text": "The zone of maximum economic growth",
                                    "correct": False,
                                    "feedback": (
                                        "The model deliberately does not treat growth as the goal."
                                    ),
                                },
                                {
                                    "text": "The planetary boundaries",
                                    "correct": False,
                                    "feedback": (
                                        "The planetary boundaries form the ecological "
                                        "ceiling, the outer edge of the doughnut."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which features make a roadmap action ready to implement? "
                                "Select all that apply."
                            ),
                            "explanation": (
                                "Actions without an owner, a timeline and funding tend to "
                                "stay on the shelf."
                            ),
                            "choices": [
                                {
                                    "text": "A named department responsible for delivery",
                                    "correct": True,
                                    "feedback": "Yes. Someone has to own the action.",
                                },
                                {
                                    "text": "A timeline with milestones",
                                    "correct": True,
                                    "feedback": "Yes. Milestones make progress reportable.",
                                },
                                {
                                    "text": "A budget line or a named funding bid",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Unfunded actions are the most common reason "
                                        "roadmaps stall."
                                    ),
                                },
                                {
                                    "text": "A long-term aspiration with no near-term indicator",
                                    "correct": False,
                                    "feedback": (
                                        "Long-term ambition is useful, but actions need "
                                        "measurable near-term targets."
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
# Course
# ---------------------------------------------------------------------------------------------

COURSE = {
    "slug": "circular-economy-city-operations",
    "title": "The circular economy in city operations",
    "summary": (
        "How municipal departments keep materials in use for longer: the waste hierarchy, "
        "circular procurement, construction materials, food and repair, material-flow data, "
        "business partnerships and a practical city roadmap."
    ),
    "description": (
        "<p>For municipal staff in waste, procurement, public works, property, economic "
        "development and sustainability teams, and for their counterparts in the paired "
        "cities of the EU Cities Gateway circular economy cluster.</p>"
        "<p>The course moves from the principles of a circular economy and the waste "
        "hierarchy to the levers a city controls directly: what it buys, builds, collects "
        "and licenses. It then covers measuring material flows, working with circular "
        "businesses and drafting a roadmap. Examples come from European and North American "
        "cities, including Amsterdam, Ljubljana, Milan, Vienna, Vancouver and San "
        "Francisco.</p>"
    ),
    "level": "intermediate",
    "estimated_hours": 4,
    "clusters": ["circular-economy"],
    "programme": "eu-cities-gateway",
    "pass_mark": 70,
    "prerequisites": [],
    "outcomes": [
        (
            "Explain the waste hierarchy and the Ellen MacArthur Foundation's three "
            "principles, and apply them to a municipal service."
        ),
        (
            "Identify where the city's own purchasing, construction and collection decisions "
            "lock in waste, and which levers can change them."
        ),
        (
            "Design a circular tender using functional requirements, life-cycle costing and "
            "take-back or service models."
        ),
        (
            "Scope a material flow analysis and choose a small set of indicators to track "
            "year on year."
        ),
        (
            "Match circular business models to the support and partnership roles a "
            "municipality can play."
        ),
        "Draft a phased circular economy roadmap with priority value chains, owners and budgets.",
    ],
    "modules": [
        {
            "slug": "from-linear-to-circular",
            "title": "From linear to circular",
            "summary": (
                "The principles behind a circular economy, the waste hierarchy that frames "
                "municipal policy, and why cities hold many of the levers."
            ),
            "lessons": [_M1_L1, _M1_L2],
        },
        {
            "slug": "municipal-levers",
            "title": "Municipal levers",
            "summary": (
                "What the city buys, builds and collects: circular procurement, construction and "
                "demolition materials, food waste, and repair and reuse hubs."
            ),
            "lessons": [_M2_L1, _M2_L2, _M2_L3],
        },
        {
            "slug": "measuring-partnering-planning",
            "title": "Measuring, partnering and planning",
            "summary": (
                "Material flow data, circular business models and partnerships, and how to bring "
                "them together in a city roadmap."
            ),
            "lessons": [_M3_L1, _M3_L2, _M3_L3],
        },
    ],
    "translations": {},
}
