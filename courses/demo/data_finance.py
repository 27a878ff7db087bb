"""Demo course: "Financing resilience projects" (Cities Forward; resilient districts, NBS).

Data only. The seed builder reads ``COURSE``; body blocks are ``(block_type, value)`` pairs.
"""

# ---------------------------------------------------------------------------------------------
# Module 1: From ideas to a fundable pipeline
# ---------------------------------------------------------------------------------------------

# Lesson 1.1: Building the project pipeline
_M1_L1 = {
    "slug": "building-the-project-pipeline",
    "title": "Building the project pipeline",
    "summary": (
        "Why well-prepared projects, not money, are usually the bottleneck, the stages of "
        "project preparation, and how to manage a pipeline across departments."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "The gap is often projects, not money", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>City leaders often hear that plenty of climate finance is available, and "
                "then struggle to reach it. Development banks, climate funds and investors "
                "describe the same bottleneck: too few well-prepared projects. An idea, "
                "however good, cannot be financed. A <b>pipeline</b> is a managed list of "
                "projects at different stages of preparation, so that when a funding window "
                "opens the city has something ready to submit.</p>"
            ),
        ),
        ("heading", {"text": "Stages of preparation", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li><b>Concept.</b> A problem, such as recurrent flooding in a district "
                "or extreme heat in schools, and a possible response, written up as a short "
                "concept note.</li>"
                "<li><b>Pre-feasibility.</b> Options compared, with rough costs, main risks "
                "and beneficiaries, leading to a preferred option.</li>"
                "<li><b>Feasibility.</b> Engineering and nature-based design detailed enough "
                "for reliable cost estimates; environmental and social assessment; economic "
                "and financial analysis; institutional arrangements.</li>"
                "<li><b>Structuring.</b> Funding sources, financing instruments, procurement "
                "route and legal agreements.</li>"
                "<li><b>Implementation and operation.</b> Construction, then operation and "
                "maintenance, which must be funded too.</li></ol>"
            ),
        ),
        (
            "paragraph",
            (
                "<p>Each stage costs money before any construction starts, which is why "
                "<b>project preparation facilities</b> exist. The C40 Cities Finance "
                "Facility, set up by C40 with the German development agency GIZ, gives "
                "technical assistance to cities in developing and emerging economies to "
                "prepare infrastructure projects for financing. The City Climate Finance Gap "
                "Fund, backed by the World Bank and the European Investment Bank, supports "
                "early-stage preparation. Development banks and the Green Climate Fund also "
                "offer preparation support.</p>"
            ),
        ),
        ("heading", {"text": "Managing the pipeline", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>Keep one shared register across departments, recording stage, "
                "estimated cost, lead department, hazards addressed and districts "
                "served.</li>"
                "<li>Screen projects against clear criteria: risk reduced, people and assets "
                "protected, fit with city plans, readiness and likely funding sources.</li>"
                "<li>Bundle small interventions, such as dozens of rain gardens or street "
                "trees across a district, into a programme large enough to interest a "
                "lender.</li>"
                "<li>Budget for operation and maintenance from the start: funders will "
                "ask.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Pairing exercise",
                "text": (
                    "<p>With your Cities Forward partner, trace how each city moves a "
                    "project from idea to approved budget: who signs off each stage and "
                    "which documents are needed. Differences in process often explain why "
                    "similar projects move at very different speeds.</p>"
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
                        "Finance follows well-prepared projects; a pipeline keeps projects "
                        "ready for funding windows."
                    ),
                    (
                        "Preparation runs from concept through pre-feasibility and "
                        "feasibility to structuring."
                    ),
                    (
                        "Preparation facilities such as the C40 Cities Finance Facility and "
                        "the Gap Fund pay for early work."
                    ),
                    (
                        "Bundle small nature-based interventions and plan maintenance "
                        "funding from day one."
                    ),
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.c40cff.org/">C40 Cities '
                "Finance Facility</a>, with case studies of projects it has helped prepare; "
                '<a href="https://www.citygapfund.org/">City Climate Finance Gap '
                "Fund</a>.</p>"
            ),
        ),
    ],
}

# Lesson 1.2: Cost-benefit analysis and avoided losses
_M1_L2 = {
    "slug": "cost-benefit-and-avoided-losses",
    "title": "Cost-benefit analysis and avoided losses",
    "summary": (
        "Making the economic case for projects that earn no revenue: expected annual damage, "
        "avoided losses, co-benefits of nature-based solutions and honest uncertainty."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Why the economic case matters", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Resilience projects rarely earn revenue. Their value lies mostly in "
                "losses that do not happen: homes not flooded, roads not closed, hospital "
                "admissions avoided during heatwaves. Funders, from the city council to a "
                "development bank, need these benefits set out clearly, usually in a "
                "<b>cost-benefit analysis</b> (CBA). In the United States, FEMA hazard "
                "mitigation grants generally require a benefit-cost ratio of at least 1.0 "
                "under FEMA's methodology, and development banks carry out an economic "
                "analysis of the projects they finance.</p>"
            ),
        ),
        ("heading", {"text": "Estimating avoided flood losses", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li>Map the hazard for several return periods (for example 10-, 50- and "
                "100-year events), with and without the project.</li>"
                "<li>Estimate the damage for each event from exposure data (buildings, "
                "infrastructure, people) and depth-damage curves.</li>"
                "<li>Combine events and their probabilities into <b>expected annual "
                "damage</b>. The difference with and without the project is the annual "
                "avoided loss.</li>"
                "<li>Discount the avoided losses over the project's life and compare them "
                "with capital and operating costs, giving a net present value and a "
                "benefit-cost ratio.</li></ol>"
                "<p>For heat, avoided losses include health impacts, lost working hours and "
                "cooling energy. They are harder to estimate, so state your assumptions "
                "clearly.</p>"
            ),
        ),
        ("heading", {"text": "Counting co-benefits", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Nature-based solutions can look weaker than grey infrastructure when "
                "only avoided flood damage is counted, and stronger once co-benefits are "
                "included: cooling, recreation, biodiversity, better air quality and local "
                'jobs. The "triple dividend of resilience" groups benefits into avoided '
                "losses, economic development unlocked by lower risk, and social and "
                "environmental co-benefits. Evidence that prevention pays is strong: a study "
                "by the US National Institute of Building Sciences found that federally "
                "funded mitigation grants saved about six dollars for every dollar "
                "invested.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Be honest about uncertainty",
                "text": (
                    "<p>Test how results change with the discount rate, cost estimates and "
                    "hazard scenarios, including future climate. Say who benefits and who "
                    "pays: a single ratio can hide the fact that low-income districts gain "
                    "least. A transparent, modest analysis is more credible to funders than "
                    "an inflated one.</p>"
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
                        "Resilience benefits are mostly avoided losses, and funders expect "
                        "them to be quantified."
                    ),
                    (
                        "Expected annual damage with and without the project gives the "
                        "annual avoided loss."
                    ),
                    "Co-benefits often make the case for nature-based solutions.",
                    "Run sensitivity tests and show who benefits.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.fema.gov/">FEMA</a>, for '
                "its benefit-cost analysis guidance and toolkit; <a "
                'href="https://www.nibs.org/">National Institute of Building Sciences</a>, '
                "for the <i>Natural Hazard Mitigation Saves</i> study.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Check your understanding: pipeline and economic case",
                "intro": (
                    "Five questions on project preparation and cost-benefit analysis. "
                    "Feedback on each choice explains the reasoning."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Which bottleneck do development banks and climate funds "
                                "most often describe in urban climate finance?"
                            ),
                            "explanation": (
                                "Money is available for projects that are well prepared; the "
                                "shortage is of bankable projects."
                            ),
                            "choices": [
                                {
                                    "text": "Too few well-prepared, bankable projects",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. This is why pipelines and preparation "
                                        "facilities matter."
                                    ),
                                },
                                {
                                    "text": "A complete absence of international climate finance",
                                    "correct": False,
                                    "feedback": (
                                        "Significant finance exists; reaching it requires "
                                        "prepared projects."
                                    ),
                                },
                                {
                                    "text": (
                                        "Cities proposing projects that are too small to matter"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Small projects can be bundled into a programme; "
                                        "size alone is not the main bottleneck."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Operation and maintenance costs can be left out of the "
                                "pipeline until construction is finished."
                            ),
                            "explanation": (
                                "Funders ask how assets will be maintained; nature-based "
                                "solutions in particular fail without maintenance budgets."
                            ),
                            "answer": False,
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "What is expected annual damage?",
                            "explanation": (
                                "Expected annual damage weights the damage from each "
                                "possible event by its annual probability."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "The probability-weighted average damage per year "
                                        "across all flood events considered"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Comparing it with and without the project "
                                        "gives the annual avoided loss."
                                    ),
                                },
                                {
                                    "text": "The damage caused by the largest flood on record",
                                    "correct": False,
                                    "feedback": (
                                        "A single extreme event ignores how often smaller "
                                        "floods occur."
                                    ),
                                },
                                {
                                    "text": "The annual maintenance cost of the drainage network",
                                    "correct": False,
                                    "feedback": (
                                        "That is a cost of the project, not a measure of damage."
                                    ),
                                },
                                {
                                    "text": "The insurance premiums paid by residents each year",
                                    "correct": False,
                                    "feedback": (
                                        "Premiums reflect insurers' pricing and only cover "
                                        "insured assets."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "A city is appraising a green corridor to reduce flooding. "
                                "Which of these are co-benefits that its CBA could include? "
                                "Select all that apply."
                            ),
                            "explanation": (
                                "Co-benefits are additional positive effects beyond the main "
                                "objective; costs belong on the other side of the ledger."
                            ),
                            "choices": [
                                {
                                    "text": "Lower surface temperatures during heatwaves",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Cooling is a major co-benefit of urban greenery."
                                    ),
                                },
                                {
                                    "text": "Recreation and health benefits for residents",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. These can be valued, for example through "
                                        "avoided health costs."
                                    ),
                                },
                                {
                                    "text": "Habitat for urban biodiversity",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Biodiversity gains are co-benefits, even if "
                                        "harder to value in money."
                                    ),
                                },
                                {
                                    "text": "The construction cost of the corridor",
                                    "correct": False,
                                    "feedback": "That is a cost, compared against the benefits.",
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these provide support for early-stage project "
                                "preparation? Select all that apply."
                            ),
                            "explanation": (
                                "Preparation facilities fund studies and technical "
                                "assistance before a project is ready for investment."
                            ),
                            "choices": [
                                {
                                    "text": "C40 Cities Finance Facility",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It helps cities prepare infrastructure "
                                        "projects for financing."
                                    ),
                                },
                                {
                                    "text": "City Climate Finance Gap Fund",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It supports early-stage preparation of urban "
                                        "climate projects."
                                    ),
                                },
                                {
                                    "text": "A green bond's annual impact report",
                                    "correct": False,
                                    "feedback": (
                                        "Impact reports are a reporting obligation after "
                                        "financing, not a source of preparation support."
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
# Module 2: Funding and financing sources
# ---------------------------------------------------------------------------------------------

# Lesson 2.1: Funding versus financing: budgets and revenues
_M2_L1 = {
    "slug": "funding-versus-financing",
    "title": "Funding versus financing: budgets and revenues",
    "summary": (
        "Who pays and how the money is raised: municipal capital and operating budgets, "
        "dedicated revenues such as stormwater charges, and national transfers."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "Two different questions", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Finance professionals separate <b>funding</b>, meaning who ultimately "
                "pays for a project through taxes, fees, transfers or grants, from "
                "<b>financing</b>, meaning how the upfront capital is raised and repaid over "
                "time through loans, bonds or private investment. Borrowing does not create "
                "money: every loan or bond is repaid from a funding source. So the first "
                'question for any resilience project is not "which lender?" but "which '
                'revenue will pay for this over its life?"</p>'
            ),
        ),
        ("heading", {"text": "Municipal budgets", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>The city's own budget is the most common source for resilience work:</p>"
                "<ul><li><b>Capital budget.</b> Multi-year capital improvement programmes "
                "fund construction, often through municipal borrowing.</li>"
                "<li><b>Operating budget.</b> Maintenance of drainage, parks and street "
                "trees. Nature-based solutions depend on predictable maintenance "
                "funding.</li></ul>"
                "<p>Building resilience into ordinary spending is often more effective than "
                "standalone projects: when a street is rebuilt anyway, adding bioswales or "
                "permeable paving costs far less than a separate project later.</p>"
            ),
        ),
        ("heading", {"text": "Dedicated revenues and transfers", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A dedicated revenue stream makes projects easier to finance. "
                "Philadelphia's <i>Green City, Clean Waters</i> programme, a long-term plan "
                "to manage stormwater largely through green infrastructure, is funded "
                "through the Philadelphia Water Department's rates. For non-residential "
                "properties the stormwater charge is based on parcel area and impervious "
                "surface, with credits for owners who manage their own runoff, so the charge "
                "both raises revenue and rewards on-site green infrastructure.</p>"
                "<p>National and state transfers are the other main funding source. In the "
                "US they include FEMA's Hazard Mitigation Grant Program, available after a "
                "presidentially declared disaster, and the Clean Water State Revolving "
                "Funds, which offer low-cost loans for water quality projects, including "
                "green infrastructure. In many Latin American and Caribbean countries, "
                "national transfers are a large share of municipal revenue, and national "
                "rules govern whether and how municipalities may borrow.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Map your borrowing rules early",
                "text": (
                    "<p>Subnational borrowing may need approval from the national finance "
                    "ministry or a sovereign guarantee, and some municipalities cannot "
                    "borrow abroad at all. These rules decide which of the options in the "
                    "next two lessons are open to your city.</p>"
                ),
                "tone": "info",
            },
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    "Funding is who pays; financing is how upfront capital is raised and repaid.",
                    "Mainstream resilience into capital works the city is already doing.",
                    (
                        "Dedicated revenues, such as stormwater charges, make projects "
                        "easier to finance."
                    ),
                    "National borrowing rules shape which financing options a city can use.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://water.phila.gov/">Philadelphia '
                "Water Department</a>, for Green City, Clean Waters and stormwater billing; "
                '<a href="https://www.epa.gov/cwsrf">US EPA Clean Water State Revolving '
                "Fund</a>.</p>"
            ),
        ),
    ],
}

# Lesson 2.2: Green bonds and public-private partnerships
_M2_L2 = {
    "slug": "green-bonds-and-ppps",
    "title": "Green bonds and public-private partnerships",
    "summary": (
        "How green bonds work under the Green Bond Principles, what Mexico City's 2016 issue "
        "and DC Water's environmental impact bond show, and when a PPP fits."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Green bonds", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A green bond is an ordinary bond whose proceeds are committed to "
                "eligible environmental projects; for investors the credit risk is the same "
                "as the issuer's other bonds. The International Capital Market Association's "
                "<b>Green Bond Principles</b> have four core components: <b>use of "
                "proceeds</b> (eligible categories include climate change adaptation), "
                "<b>project evaluation and selection</b>, <b>management of proceeds</b> and "
                "<b>reporting</b>. Most issuers also obtain an external review, such as a "
                "second-party opinion, and the Climate Bonds Initiative offers "
                "certification.</p>"
                "<p>In 2016 <b>Mexico City</b> became the first city in Latin America to "
                "issue a green bond, with proceeds earmarked for areas such as public "
                "transport, energy efficiency and water infrastructure. In the US, cities "
                "and utilities issue green bonds within the established tax-exempt municipal "
                "bond market.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "A green label does not fix creditworthiness",
                "text": (
                    "<p>Only issuers that can already borrow in capital markets can issue "
                    "green bonds, and any pricing advantage is usually small. The main gains "
                    "are new investors and stronger internal tracking and reporting. Smaller "
                    "cities may reach the market more easily through pooled issuance or a "
                    "national development bank.</p>"
                ),
                "tone": "warning",
            },
        ),
        ("heading", {"text": "Paying for performance", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In 2016 DC Water, the utility serving Washington, D.C., issued an "
                "<b>environmental impact bond</b> to finance green infrastructure. Payments "
                "to investors were linked to how well the installations reduced stormwater "
                "runoff, sharing performance risk between the utility and investors: a "
                "useful model where nature-based solutions are new and their performance "
                "uncertain.</p>"
            ),
        ),
        ("heading", {"text": "Public-private partnerships", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>In a public-private partnership (PPP) a private partner designs, builds, "
                "finances and often operates an asset under a long-term contract. For "
                "resilience assets it is usually paid through <b>availability payments</b> "
                "from the city, tied to performance standards, rather than by users. PPPs "
                "can bring efficiency and guaranteed maintenance, but they are not free "
                "money: the city still pays over the contract's life, and the contracts are "
                "complex. They suit large, well-defined assets with measurable performance "
                "better than scattered small interventions. Check the national PPP law and "
                "your capacity to manage the contract.</p>"
            ),
        ),
        (
            "key_takeaways",
            {
                "title": "Key takeaways",
                "items": [
                    (
                        "Green bonds follow four components: use of proceeds, selection, "
                        "management of proceeds, reporting."
                    ),
                    "Mexico City issued Latin America's first city green bond in 2016.",
                    "Outcome-based bonds, like DC Water's, share performance risk with investors.",
                    "PPPs are paid for by the city over time; they suit large, measurable assets.",
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://www.icmagroup.org/">International Capital Market '
                "Association</a>, for the Green Bond Principles; <a "
                'href="https://www.climatebonds.net/">Climate Bonds Initiative</a>; <a '
                'href="https://pppknowledgelab.org/">PPP Knowledge Lab</a>, the World Bank '
                "Group's reference on PPPs.</p>"
            ),
        ),
    ],
}

# Lesson 2.3: Development banks, climate funds and land value capture
_M2_L3 = {
    "slug": "development-banks-climate-funds-land-value-capture",
    "title": "Development banks, climate funds and land value capture",
    "summary": (
        "Multilateral lenders for the Americas, the main international climate funds and how "
        "cities reach them, and capturing land value gains to pay for resilience."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "Multilateral development banks", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Multilateral development banks lend for infrastructure at long "
                "maturities and provide technical assistance. In Latin America and the "
                "Caribbean the main ones are the <b>Inter-American Development Bank</b> "
                "(IDB), with its private-sector arm IDB Invest; <b>CAF</b>, the development "
                "bank of Latin America and the Caribbean; and the <b>World Bank</b>. Most of "
                "their lending to cities goes through, or is guaranteed by, national "
                "governments, so a project needs national support.</p>"
            ),
        ),
        ("heading", {"text": "Climate funds", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>The <b>Green Climate Fund</b> (GCF), set up under the UN climate "
                "convention, finances mitigation and adaptation through accredited entities "
                "such as development banks, UN agencies and national institutions. Cities "
                "reach it through an accredited entity, with the endorsement of their "
                "country's National Designated Authority.</li>"
                "<li>The <b>Adaptation Fund</b> finances adaptation and pioneered direct "
                "access through accredited national implementing entities.</li>"
                "<li>The <b>Global Environment Facility</b> funds projects with global "
                "environmental benefits, including programmes for sustainable "
                "cities.</li></ul>"
                "<p>Climate funds expect a clear climate rationale: show how the project "
                "responds to observed and projected climate risk, not only to an existing "
                "service gap.</p>"
            ),
        ),
        ("heading", {"text": "Land value capture", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Resilience investments often raise land values: a flood-protected "
                "district or a new linear park makes nearby property more valuable. <b>Land "
                "value capture</b> recovers part of that gain to pay for the investment:</p>"
                "<ul><li><b>Betterment levies.</b> Colombian cities such as Bogotá and "
                "Medellín have long used the <i>contribución de valorización</i>, charging "
                "owners who benefit from public works.</li>"
                "<li><b>Sale of building rights.</b> São Paulo auctions certificates for "
                "additional building rights (CEPACs) to fund infrastructure in designated "
                "urban operation areas.</li>"
                "<li><b>Tax increment financing.</b> Common in the US, it borrows against "
                "the future growth in property tax revenue within a district.</li></ul>"
                "<p>Value capture needs good cadastral data, legal authority and attention "
                "to displacement: rising land values can push out the residents a project "
                "was meant to protect.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Blend your sources",
                "text": (
                    "<p>Most resilience projects combine several sources: a grant for "
                    "preparation, a loan or bond for construction, and a local revenue for "
                    "repayment and maintenance. Draw the stack explicitly.</p>"
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
                        "IDB, CAF and the World Bank lend to cities mostly through or with "
                        "national governments."
                    ),
                    (
                        "Cities reach the Green Climate Fund through accredited entities and "
                        "national endorsement."
                    ),
                    (
                        "Land value capture recovers part of the land value gain created by "
                        "public investment."
                    ),
                    "Most projects blend grants, loans or bonds, and local revenue.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.iadb.org/">Inter-American '
                'Development Bank</a>; <a href="https://www.greenclimate.fund/">Green '
                'Climate Fund</a>; <a href="https://www.lincolninst.edu/">Lincoln Institute '
                "of Land Policy</a>, for land value capture in Latin America and the US.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Check your understanding: funding and financing sources",
                "intro": (
                    "Five questions on budgets, bonds, partnerships, development finance and "
                    "land value capture."
                ),
                "pass_mark": None,
                "max_attempts": None,
                "questions": [
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Which statement best describes the difference between "
                                "funding and financing?"
                            ),
                            "explanation": (
                                "Funding answers who ultimately pays; financing answers how "
                                "upfront capital is raised and repaid."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Funding is the revenue that ultimately pays; "
                                        "financing raises upfront capital that must be "
                                        "repaid from that revenue"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Every loan or bond needs a funding source "
                                        "behind it."
                                    ),
                                },
                                {
                                    "text": (
                                        "Funding comes from the public sector and financing "
                                        "from the private sector"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Public lenders finance projects too, and user fees "
                                        "paid by households are funding."
                                    ),
                                },
                                {
                                    "text": "They are interchangeable terms",
                                    "correct": False,
                                    "feedback": (
                                        "Confusing them leads to plans that borrow without a "
                                        "way to repay."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "Under the Green Bond Principles, proceeds can be used for "
                                "climate change adaptation projects."
                            ),
                            "explanation": (
                                "Climate change adaptation is one of the eligible green "
                                "project categories, so resilience projects can be financed "
                                "with green bonds."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": "Why is Mexico City's 2016 green bond often cited?",
                            "explanation": (
                                "It was the first green bond issued by a city in Latin America."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "It was the first green bond issued by a Latin "
                                        "American city"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. It showed that cities in the region could "
                                        "reach green bond investors."
                                    ),
                                },
                                {
                                    "text": (
                                        "It was the first green bond issued anywhere in the world"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Green bonds had been issued by development banks "
                                        "and others years earlier."
                                    ),
                                },
                                {
                                    "text": "It was guaranteed by the Green Climate Fund",
                                    "correct": False,
                                    "feedback": (
                                        "No. It was a bond issued by the city itself; "
                                        "climate funds are a separate source, covered later "
                                        "in this module."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these are forms of land value capture? Select all "
                                "that apply."
                            ),
                            "explanation": (
                                "Land value capture recovers part of the increase in land "
                                "value created by public action."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Betterment levies such as Colombia's contribución "
                                        "de valorización"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Owners who benefit from public works "
                                        "contribute to their cost."
                                    ),
                                },
                                {
                                    "text": (
                                        "Auctioned additional building rights, such as São "
                                        "Paulo's CEPACs"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. The city sells development rights created by "
                                        "its planning decisions."
                                    ),
                                },
                                {
                                    "text": "Tax increment financing",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. It borrows against future growth in property "
                                        "tax revenue."
                                    ),
                                },
                                {
                                    "text": "Availability payments under a PPP",
                                    "correct": False,
                                    "feedback": (
                                        "These are payments from the city to a private "
                                        "partner, not a way of capturing land value."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "A coastal city in Latin America wants support from the "
                                "Green Climate Fund. What is the usual route?"
                            ),
                            "explanation": (
                                "The GCF works through accredited entities, and proposals "
                                "need the endorsement of the country's National Designated "
                                "Authority."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "Work with an accredited entity and obtain "
                                        "endorsement from the National Designated Authority"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Correct. Development banks and accredited national "
                                        "institutions are common partners for cities."
                                    ),
                                },
                                {
                                    "text": (
                                        "Apply directly to the GCF Board with no national "
                                        "involvement"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Country ownership is central to the GCF; national "
                                        "endorsement is needed."
                                    ),
                                },
                                {
                                    "text": "Issue a green bond and ask the GCF to buy it",
                                    "correct": False,
                                    "feedback": "This is not how cities normally access the GCF.",
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
# Module 3: Bankable proposals and accountability
# ---------------------------------------------------------------------------------------------

# Lesson 3.1: Preparing a bankable proposal
_M3_L1 = {
    "slug": "preparing-a-bankable-proposal",
    "title": "Preparing a bankable proposal",
    "summary": (
        "What makes a project bankable, the core elements of a proposal, and how to write to "
        "a funder's own criteria."
    ),
    "minutes": 25,
    "body": [
        ("heading", {"text": "What bankable means", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>A <b>bankable</b> project is one a lender or funder can approve with "
                "confidence: its costs and benefits are credible, its repayment source is "
                "clear, its risks are identified and allocated, and the implementing agency "
                "can deliver it. For grant funders the test is similar: a well-designed, "
                "clearly justified project that is likely to achieve its results.</p>"
            ),
        ),
        ("heading", {"text": "The core elements", "level": "h2"}),
        (
            "paragraph",
            (
                "<ol><li><b>Problem and climate rationale</b>: hazard, exposure and "
                "vulnerability, backed by data and projections.</li>"
                "<li><b>Options analysis</b>: grey, green and hybrid alternatives, and why "
                "the preferred option was chosen.</li>"
                "<li><b>Technical design</b>: designs and cost estimates detailed enough for "
                "the funder's stage.</li>"
                "<li><b>Economic and financial analysis</b>: the cost-benefit case from "
                "Module 1 plus a financial model of capital costs, operation and "
                "maintenance, and the revenue or budget line that covers them.</li>"
                "<li><b>Environmental and social safeguards</b>: impact assessment, "
                "resettlement if any, stakeholder engagement and a grievance mechanism, "
                "following the funder's framework, such as the IDB's Environmental and "
                "Social Policy Framework.</li>"
                "<li><b>Institutional arrangements</b>: who implements, operates and "
                "maintains; procurement capacity; coordination with utilities and other "
                "departments.</li>"
                "<li><b>Risk register</b>: construction, cost, climate, political, currency "
                "and performance risks, with mitigation and allocation.</li>"
                "<li><b>Results framework</b>: indicators, baselines and targets (next "
                "lesson).</li></ol>"
            ),
        ),
        ("heading", {"text": "Write to the funder's criteria", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Each funder assesses proposals against its own criteria. The Green "
                "Climate Fund, for example, uses six investment criteria: impact potential, "
                "paradigm shift potential, sustainable development potential, needs of the "
                "recipient, country ownership, and efficiency and effectiveness. Read the "
                "criteria before you write, structure the proposal around them, and talk to "
                "the funder's staff early: most development banks and climate funds expect a "
                "concept note and a conversation before a full proposal.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Why proposals stall",
                "text": (
                    "<p>The usual reasons are no agreed maintenance budget, land not yet "
                    "secured, missing national endorsement where it is required, outdated "
                    "cost estimates, and a rationale that describes a general development "
                    "need rather than a climate risk.</p>"
                ),
                "tone": "warning",
            },
        ),
        (
            "callout",
            {
                "title": "Use your pair as a critical friend",
                "text": (
                    "<p>Ask your Cities Forward partner to review your concept note. A "
                    "reader from a different fiscal system quickly spots the assumptions you "
                    "take for granted.</p>"
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
                        "Bankable means credible costs and benefits, a clear repayment "
                        "source, allocated risks and delivery capacity."
                    ),
                    (
                        "Safeguards and maintenance arrangements are part of the proposal, "
                        "not afterthoughts."
                    ),
                    "Structure the proposal around the funder's own criteria.",
                    "Start with a concept note and early dialogue with the funder.",
                ],
            },
        ),
        (
            "paragraph",
            (
                '<p><b>Further reading:</b> <a href="https://www.greenclimate.fund/">Green '
                "Climate Fund</a>, for its investment framework and funding proposal "
                'templates; <a href="https://www.iadb.org/">Inter-American Development '
                "Bank</a>, for its environmental and social policies; <a "
                'href="https://www.c40cff.org/">C40 Cities Finance Facility</a>.</p>'
            ),
        ),
    ],
}

# Lesson 3.2: Monitoring and reporting to funders
_M3_L2 = {
    "slug": "monitoring-and-reporting-to-funders",
    "title": "Monitoring and reporting to funders",
    "summary": (
        "From theory of change to a results framework, the indicators funders expect for "
        "resilience projects, and the reporting duties attached to each source of money."
    ),
    "minutes": 20,
    "body": [
        ("heading", {"text": "From theory of change to indicators", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Funders keep asking questions after approval. Loan agreements, grant "
                "agreements and bond frameworks all carry reporting duties, and how well you "
                "meet them shapes your next application. Start from a <b>theory of "
                "change</b>: inputs (money, staff) lead to activities (building rain "
                "gardens), outputs (hectares of green infrastructure), outcomes (less runoff "
                "and flooding, lower surface temperatures) and, ultimately, impact (fewer "
                "losses, better health).</p>"
            ),
        ),
        ("heading", {"text": "A practical results framework", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>For each level, set an indicator, baseline, target, data source, "
                "frequency and the person responsible. Typical indicators include:</p>"
                "<ul><li><b>Outputs</b>: area of green infrastructure built, trees planted "
                "and surviving, kilometres of drainage rehabilitated.</li>"
                "<li><b>Outcomes</b>: stormwater volume managed, how often streets in the "
                "district flood, measured temperatures in heat-prone areas.</li>"
                "<li><b>Beneficiaries</b>: people with reduced exposure to flooding or heat, "
                "broken down by sex, income or neighbourhood where the funder requires "
                "it.</li>"
                "<li><b>Climate indicators</b>: the Green Climate Fund, for example, tracks "
                "the number of people with increased resilience.</li></ul>"
            ),
        ),
        ("heading", {"text": "Reporting duties by source", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li><b>Development bank loans</b>: progress reports, financial audits "
                "and safeguards monitoring.</li>"
                "<li><b>Climate funds</b>: annual performance reports through the accredited "
                "entity, plus interim and final evaluations.</li>"
                "<li><b>Green bonds</b>: allocation and impact reports to investors, usually "
                "annually until proceeds are fully allocated. ICMA's harmonised framework "
                "for impact reporting offers common metrics.</li>"
                "<li><b>Council and residents</b>: public dashboards build trust and support "
                "for the next phase.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "title": "Measure before you build",
                "text": (
                    "<p>Missing baselines are the most common gap. Install rain gauges, flow "
                    "monitors or temperature sensors, or agree a community monitoring "
                    "method, before construction starts, or you will not be able to show "
                    "change.</p>"
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
                        "A theory of change links inputs and activities to outputs, outcomes "
                        "and impact."
                    ),
                    "Every indicator needs a baseline, target, data source, frequency and owner.",
                    "Each source of money carries its own reporting duties.",
                    "Collect baseline data before construction begins.",
                ],
            },
        ),
        (
            "paragraph",
            (
                "<p><b>Further reading:</b> <a "
                'href="https://www.icmagroup.org/">International Capital Market '
                "Association</a>, for green bond impact reporting guidance; <a "
                'href="https://www.adaptation-fund.org/">Adaptation Fund</a>, for examples '
                "of adaptation results frameworks.</p>"
            ),
        ),
        (
            "quiz",
            {
                "title": "Final check: bankable proposals and reporting",
                "intro": (
                    "The course's final quiz. You need 80% to pass and have three attempts, "
                    "so read each question carefully."
                ),
                "pass_mark": 80,
                "max_attempts": 3,
                "questions": [
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "Which of these are core elements of a bankable proposal? "
                                "Select all that apply."
                            ),
                            "explanation": (
                                "Funders need credible analysis, clear risk allocation, "
                                "safeguards and a plan to fund operation and maintenance."
                            ),
                            "choices": [
                                {
                                    "text": "A risk register with mitigation and allocation",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Lenders need to know who carries which risk."
                                    ),
                                },
                                {
                                    "text": "A funded plan for operation and maintenance",
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Unfunded maintenance is a common reason "
                                        "proposals stall."
                                    ),
                                },
                                {
                                    "text": (
                                        "Environmental and social safeguards following the "
                                        "funder's framework"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Safeguards are a condition of development bank "
                                        "and climate fund finance."
                                    ),
                                },
                                {
                                    "text": "Every idea in the city's pipeline, to show ambition",
                                    "correct": False,
                                    "feedback": (
                                        "A proposal should focus on one prepared project or "
                                        "programme; the pipeline is a management tool."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "Which of these is one of the Green Climate Fund's six "
                                "investment criteria?"
                            ),
                            "explanation": (
                                "The six criteria are impact potential, paradigm shift "
                                "potential, sustainable development potential, needs of the "
                                "recipient, country ownership, and efficiency and "
                                "effectiveness."
                            ),
                            "choices": [
                                {
                                    "text": "Paradigm shift potential",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. The GCF looks for projects that can be "
                                        "scaled up or replicated."
                                    ),
                                },
                                {
                                    "text": "Speed of disbursement",
                                    "correct": False,
                                    "feedback": "Not one of the six criteria.",
                                },
                                {
                                    "text": "The applicant city's credit rating",
                                    "correct": False,
                                    "feedback": (
                                        "Not one of the criteria; GCF works through "
                                        "accredited entities."
                                    ),
                                },
                                {
                                    "text": "Use of the funder's home-country contractors",
                                    "correct": False,
                                    "feedback": (
                                        "Not a criterion; country ownership points the other way."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "true_false",
                        {
                            "prompt": (
                                "A results framework should have baseline data collected "
                                "before construction begins."
                            ),
                            "explanation": (
                                "Without a baseline you cannot show change, which is what "
                                "funders and residents want to see."
                            ),
                            "answer": True,
                        },
                    ),
                    (
                        "single_choice",
                        {
                            "prompt": (
                                "\"Fewer days each year on which the district's main street "
                                'floods" is best classified as which kind of indicator?'
                            ),
                            "explanation": (
                                "Outputs are what the project builds; outcomes are the "
                                "changes those outputs bring about."
                            ),
                            "choices": [
                                {
                                    "text": "Outcome",
                                    "correct": True,
                                    "feedback": (
                                        "Correct. It measures a change in conditions that "
                                        "the project aims to bring about."
                                    ),
                                },
                                {
                                    "text": "Output",
                                    "correct": False,
                                    "feedback": (
                                        "Outputs are things delivered, such as hectares of "
                                        "green infrastructure built."
                                    ),
                                },
                                {
                                    "text": "Input",
                                    "correct": False,
                                    "feedback": (
                                        "Inputs are resources such as money and staff time."
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "multiple_choice",
                        {
                            "prompt": (
                                "A city has issued a green bond. What reporting will "
                                "investors usually expect? Select all that apply."
                            ),
                            "explanation": (
                                "Under the Green Bond Principles, issuers report on the "
                                "allocation of proceeds and on expected or achieved impact."
                            ),
                            "choices": [
                                {
                                    "text": (
                                        "An allocation report showing how proceeds have been spent"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. Allocation reporting shows the money went to "
                                        "eligible projects."
                                    ),
                                },
                                {
                                    "text": (
                                        "An impact report on expected or achieved "
                                        "environmental results"
                                    ),
                                    "correct": True,
                                    "feedback": (
                                        "Yes. ICMA's harmonised framework offers common "
                                        "impact metrics."
                                    ),
                                },
                                {
                                    "text": "No reporting once the bonds are sold",
                                    "correct": False,
                                    "feedback": (
                                        "Reporting is one of the four core components of the "
                                        "Green Bond Principles."
                                    ),
                                },
                                {
                                    "text": (
                                        "Proof that the interest rate is below that of "
                                        "ordinary bonds"
                                    ),
                                    "correct": False,
                                    "feedback": (
                                        "Pricing is not a reporting requirement, and any "
                                        "pricing advantage is usually small."
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
    "slug": "financing-resilience-projects",
    "title": "Financing resilience projects",
    "summary": (
        "How cities move resilience and nature-based projects from idea to funding: "
        "pipelines, avoided losses, sources from budgets and green bonds to development "
        "banks and climate funds, bankable proposals and reporting."
    ),
    "description": (
        "<p>For municipal staff in planning, finance, public works and resilience offices "
        "who need to fund flood, heat and other climate resilience projects, including the "
        "nature-based solutions covered in the prerequisite course. It is designed for "
        "Cities Forward pairs, where US cities and cities in Latin America and the Caribbean "
        "work under very different fiscal and borrowing rules.</p>"
        "<p>The course covers building a project pipeline; cost-benefit analysis and avoided "
        "losses; the main funding and financing sources (municipal budgets, green bonds, "
        "multilateral development banks, climate funds, public-private partnerships and land "
        "value capture); preparing a bankable proposal; and monitoring and reporting to "
        "funders.</p>"
    ),
    "level": "intermediate",
    "estimated_hours": 4,
    "clusters": ["resilient-districts", "nature-based-solutions"],
    "programme": "cities-forward",
    "pass_mark": 75,
    "prerequisites": ["nature-based-solutions-heat-flooding"],
    "outcomes": [
        (
            "Organise resilience ideas into a staged project pipeline and identify the "
            "preparation each project still needs."
        ),
        (
            "Build a cost-benefit case that counts avoided losses and co-benefits, with "
            "transparent assumptions."
        ),
        (
            "Distinguish funding from financing and match a project to suitable sources, "
            "from municipal budgets to climate funds."
        ),
        (
            "Explain how green bonds, development bank loans, public-private partnerships "
            "and land value capture work for cities."
        ),
        (
            "Assemble the core elements of a bankable proposal, including risk allocation "
            "and environmental and social safeguards."
        ),
        "Set up a results framework that meets funders' monitoring and reporting requirements.",
    ],
    "modules": [
        {
            "slug": "pipeline-and-economic-case",
            "title": "From ideas to a fundable pipeline",
            "summary": (
                "Turning a list of resilience ideas into a staged pipeline, and making the "
                "economic case through cost-benefit analysis and avoided losses."
            ),
            "lessons": [_M1_L1, _M1_L2],
        },
        {
            "slug": "funding-and-financing-sources",
            "title": "Funding and financing sources",
            "summary": (
                "Where the money comes from: municipal budgets and dedicated revenues, green "
                "bonds, public-private partnerships, development banks, climate funds and land "
                "value capture."
            ),
            "lessons": [_M2_L1, _M2_L2, _M2_L3],
        },
        {
            "slug": "bankable-proposals-and-reporting",
            "title": "Bankable proposals and accountability",
            "summary": (
                "Preparing a proposal that funders can say yes to, and monitoring and reporting "
                "results once the money flows."
            ),
            "lessons": [_M3_L1, _M3_L2],
        },
    ],
    "translations": {},
}
