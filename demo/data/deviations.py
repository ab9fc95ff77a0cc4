"""Categories and causes from the annual report (001), and example statistics.

The statistics are invented (labelled "Exempeldata" wherever shown): a
plausible spread over organisations, target groups and categories for SAMLA
2023–2025, rising towards the goal of twice as many reported deviations.
"""

import random

CATEGORIES = [
    "In- och utskrivningsprocessen / vårdens övergångar",
    "Läkemedel i vårdens övergångar",
    "Informationsöverföring",
    "SIP – Samordnad individuell plan",
    "Övrigt",
]
CAUSES = [
    "Kommunikation/informationsbrist",
    "Bristande följsamhet till riktlinjer och rutiner",
    "Övrigt",
]
# Relative weight of each category (in- och utskrivning is the most common).
CATEGORY_WEIGHTS = [8, 4, 3, 1, 2]
MUNICIPAL = [
    "Vård och omsorg, Alingsås kommun",
    "Stöd och omsorg, Lerums kommun",
    "Individ- och familjeomsorg, Alingsås kommun",
    "Individ- och familjeomsorg, Lerums kommun",
]
REGIONAL = [
    "Alingsås lasarett",
    "Regional primärvård",
    "Södra Älvsborgs sjukhus",
    "Öppenpsykiatrisk mottagning Alingsås",
]
TARGET_GROUPS = ["Äldre", "Psykisk hälsa och missbruk", "Barn och unga"]
PERIODS = [(2023, 1), (2023, 2), (2024, 1), (2024, 2), (2025, 1), (2025, 2)]


def example_rows():
    """(year, half, reporting, receiving, target group, category, cause, count), repeatably."""
    generator = random.Random(2024)
    rows = []
    for index, (year, half) in enumerate(PERIODS):
        growth = 1 + 0.16 * index
        for municipal in MUNICIPAL:
            for regional in REGIONAL:
                for category, weight in zip(CATEGORIES, CATEGORY_WEIGHTS, strict=True):
                    expected = weight * growth * generator.uniform(0.1, 0.9)
                    count = int(expected)
                    if count == 0:
                        continue
                    forward = generator.random() < 0.6  # kommun reports to region more often
                    reporting, receiving = (
                        (municipal, regional) if forward else (regional, municipal)
                    )
                    target_group = generator.choices(TARGET_GROUPS, weights=[6, 3, 1])[0]
                    cause = generator.choices(CAUSES, weights=[5, 3, 1])[0]
                    rows.append(
                        (year, half, reporting, receiving, target_group, category, cause, count)
                    )
    return rows


FINDINGS = [
    {
        "year": 2025,
        "half": 2,
        "target_group": "Äldre",
        "finding": (
            "De flesta avvikelserna gäller in- och utskrivningsprocessen. Orsaken är oftast "
            "kommunikation och informationsbrist vid utskrivning på fredagar."
        ),
        "measure": "Gemensam checklista för utskrivning inför helg mellan lasarett och kommun.",
    },
    {
        "year": 2025,
        "half": 2,
        "target_group": "Psykisk hälsa och missbruk",
        "finding": "Få avvikelser skrivs; många löses vid sidan om MedControl Pro mellan parterna.",
        "measure": "Påminna verksamheterna om att skriva avvikelser i samverkan.",
    },
]

CASES = [
    {
        "reference": "MCP-2025-0412",
        "month": "2025-10-01",
        "reporting": "Vård och omsorg, Alingsås kommun",
        "receiving": "Alingsås lasarett",
        "category": "Läkemedel i vårdens övergångar",
        "summary": "Läkemedelslista saknades vid utskrivning till särskilt boende.",
    },
]
