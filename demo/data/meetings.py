"""Meetings of the demo groups.

The number of meetings per group in 2024 is taken from the annual reports
(001: Politiska samrådsgruppen three, Samordningsgruppen five, Temagrupp in-
och utskrivningsprocessen seven, Temagrupp Egenvård two, NOSAM Alingsås och
Lerum seven of which one Stor NOSAM; 004: NOSAM Mölndal six, four physical and
two digital; the working group four). The dates themselves are examples.
"""

# group slugs (several = a joint meeting), title, date, start hour, hours, place
SAMLA_2024 = [
    *[
        (
            ["politiska-samradsgruppen"],
            "Politiska samrådsgruppen med Samordningsgruppen",
            day,
            9,
            3,
            "Alingsås stadshus",
        )
        for day in ("2024-03-15", "2024-09-27", "2024-12-06")
    ],
    *[
        (["samordningsgruppen"], "", day, 8, hours, "Lerums kommunhus")
        for day, hours in (
            ("2024-02-09", 4),
            ("2024-04-19", 8),
            ("2024-06-07", 4),
            ("2024-10-04", 8),
            ("2024-11-29", 4),
        )
    ],
    *[
        (["temagrupp-in-och-utskrivningsprocessen"], "", day, 13, 2, "Digitalt")
        for day in (
            "2024-01-23",
            "2024-03-05",
            "2024-04-16",
            "2024-05-28",
            "2024-09-10",
            "2024-10-22",
            "2024-12-03",
        )
    ],
    *[
        (["temagrupp-egenvard"], "", day, 13, 2, "Alingsås lasarett")
        for day in ("2024-09-17", "2024-11-12")
    ],
    *[
        ([nosam], "", day, 13, 3, place)
        for nosam, place in (("nosam-alingsas", "Alingsås"), ("nosam-lerum", "Lerum"))
        for day in (
            "2024-01-30",
            "2024-03-12",
            "2024-04-23",
            "2024-06-04",
            "2024-09-24",
            "2024-11-19",
        )
    ],
    (["nosam-alingsas", "nosam-lerum"], "Stor NOSAM", "2024-10-15", 9, 4, "Alingsås"),
]

# The current year, so the meeting-day board has a previous and a next meeting.
SAMLA_2026 = (
    [
        (["nosam-alingsas"], "", day, 13, 3, "Alingsås, Nolhaga")
        for day in ("2026-08-25", "2026-09-29", "2026-11-03", "2026-12-08")
    ]
    + [
        (["nosam-lerum"], "", day, 13, 3, "Lerum, kommunhuset")
        for day in ("2026-09-01", "2026-10-06", "2026-11-10", "2026-12-15")
    ]
    + [
        (["nosam-alingsas", "nosam-lerum"], "Stor NOSAM", "2026-10-20", 9, 4, "Alingsås"),
    ]
)

MINUTES_EXAMPLE = """# Minnesanteckningar

- Genomgång av aktivitetsplanen för målgruppen Psykisk hälsa och missbruk.
- Psykiatrins dag i Alingsås 2026-10-06: programmet är klart.
- Avvikelser i samverkan: statistiken för första halvåret diskuterades.

## Nästa möte

Enligt mötesfrekvensen, 2–3 timmar var 4–5 vecka.
"""

MOLNDAL_2024 = [
    *[
        (["nosam-molndal"], "", day, 13, 2, place)
        for day, place in (
            ("2024-02-13", "Mölndals stadshus"),
            ("2024-04-09", "Digitalt"),
            ("2024-05-28", "Mölndals stadshus"),
            ("2024-09-17", "Mölndals stadshus"),
            ("2024-10-22", "Digitalt"),
            ("2024-12-03", "Mölndals stadshus"),
        )
    ],
    *[
        (["arbetsgrupp-primarvard"], "", day, 14, 2, "Mölndal")
        for day in ("2024-03-19", "2024-05-14", "2024-09-24", "2024-11-26")
    ],
]

NOSAM_EXPECTED = {
    "nosam-alingsas": [
        "Alingsås kommun",
        "Regional primärvård",
        "Folktandvården",
        "Alingsås lasarett",
        "Öppenpsykiatrisk mottagning Alingsås",
        "NSPH i Västra Götaland",
    ],
    "nosam-lerum": [
        "Lerums kommun",
        "Regional primärvård",
        "Folktandvården",
        "Alingsås lasarett",
        "Öppenpsykiatrisk mottagning Alingsås",
        "NSPH i Västra Götaland",
    ],
}

# Example chair seats showing the yearly rotation (the documents name nobody).
CHAIRS = {
    "nosam-alingsas": [
        ("Ordförande 2026 (exempel)", "Alingsås kommun", "ordforande", "2026-01-01", "2026-12-31"),
        (
            "Vice ordförande 2026 (exempel)",
            "Regional primärvård",
            "vice_ordforande",
            "2026-01-01",
            "2026-12-31",
        ),
    ],
}
