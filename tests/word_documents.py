"""Word documents for the tests, built with python-docx (none are committed)."""

import io

from docx import Document

HEADERS_000 = [
    "Mål\nPrioriterade Mål enligt\nSamverkansplanen i SAMLA",
    "Vad",
    "Hur",
    "Beslut\nVem/Ansvarig",
    "Startdatum",
    "Deadline/\nslutdatum",
    "Uppföljning,\nmätetal,\nutfallsmått",
    "Status",
]
GOAL_CONTINUITY = (
    "Öka och stärka kontinuiteten och samordningen mellan huvudmännen till en mer "
    "personcentrerat vård- och omsorg"
)
ROWS_000 = [
    [
        GOAL_CONTINUITY,
        "Trygg och säker hemgång från slutenvård\nFortsättningsarbete",
        "Kartlägga vilka insatser som kan erbjudas med kort varsel i samband med utskrivning "
        "från slutenvården.\n\nSocialtjänsten - hur kan snabba beslut fattas om insats under "
        "permission för att trygga hemmet\n\nMöte mellan SÄS, Alingsås kommun och ÖVM",
        "Socialtjänst Alingsås\n\nNOSAM Alingsås",
        "Dec 2024\n\n2024",
        "2026",
        "",
        "",
    ],
    [
        "",
        "Psykiatrins dag i Alingsås",
        "Samverkan mellan olika verksamheter riktat till invånarna",
        "NOSAM Alingsås",
        "2026-10-06",
        "2026-10-06",
        "",
        "",
    ],
    [
        "Implementera Läns gemensam riktlinje och rutin SIP.",
        "Förbättra arbetet kring SIP",
        "1. Proaktiv SIP",
        "NOSAM",
        "Oktober 2025",
        "2026",
        "Mäta kvaliteten och inte antalet SIP?",
        "",
    ],
    [
        "Öka tilliten mellan huvudmännen genom att stärka samverkanskulturen",
        "Avvikelse i samverkan",
        "Diskutera avvikelser på NOSAM för att sedan återrapportera i verksamheter.",
        "NOSAM",
        "2025",
        "Över tid",
        "Ökar antalet avvikelser i samverkan. Mål 100% ökning",
        "",
    ],
    [
        "Öka hälsofrämjande och förebyggande insatser",
        "Kännedom om utbudet i Alingsås\n\nFysisk aktivitet på recept-FAR",
        "Information i NOSAM vilka insatser som finns inom våra verksamheter",
        "NOSAM Alingsås",
        "Våren 2026",
        "Dec 2026",
        "",
        "",
    ],
]


def fill(cell, text: str) -> None:
    """One paragraph per line, blank lines as empty paragraphs, as Word has it."""
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def plan_2026(*, merge_goal: bool = True, rows=None, trailing_empty: int = 2) -> bytes:
    """The activity plan of 000 as its Word original lays it out."""
    doc = Document()
    doc.add_paragraph("Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum")
    target = doc.add_paragraph("Psykisk ohälsa, skadligt bruk ")
    target.add_run().add_break()
    target.add_run("och beroende")
    for line in ("2026", "2026-05-21", "Version.2.9"):
        doc.add_paragraph(line)
    doc.add_paragraph(
        "I aktivitetsplanen beskrivs vilka åtgärder som pågår eller planeras i syfte att "
        "säkerställa att verksamheterna har rätt kompetens."
    )
    doc.add_heading("Syfte", level=3)
    doc.add_paragraph(
        "NOSAM ska bereda frågor inom området när det finns behov av delregional samordning."
    )
    doc.add_heading("Förflyttning God och nära vård", level=3)
    for shift in (
        "från sluten vård till öppen vård",
        "till mer hälsofrämjande och förebyggande insatser",
        "till ökad kontinuitet och samordning",
        "till mer personcentrerad vård och omsorg",
        "till mer lättillgänglig vård, t.ex. genom digitalisering",
    ):
        doc.add_paragraph(shift, style="List Bullet")
    doc.add_heading("Målgrupper", level=3)
    doc.add_paragraph(
        "Individer med psykisk ohälsa, psykisk sjukdom eller psykisk funktionsnedsättning."
    )
    doc.add_heading("Prioriterade Mål enligt Samverkansplan 2023-2026", level=3)
    doc.add_paragraph("Öka tilliten mellan huvudmännen genom att stärka samverkanskulturen")
    doc.add_paragraph("Öka hälsofrämjande och förebyggande insatser")
    rows = ROWS_000 if rows is None else rows
    table = doc.add_table(rows=1 + len(rows) + trailing_empty, cols=8)
    for cell, header in zip(table.rows[0].cells, HEADERS_000, strict=True):
        fill(cell, header)
    for row, values in zip(table.rows[1:], rows, strict=False):
        for cell, value in zip(row.cells, values, strict=True):
            if value:
                fill(cell, value)
    if merge_goal and rows is ROWS_000:
        table.cell(1, 0).merge(table.cell(2, 0))  # the Mål cell spans the first two rows
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def handlingsplan() -> bytes:
    """A handlingsplan in the layout of 003."""
    doc = Document()
    doc.add_paragraph(
        "Handlingsplan 2021 – 2022 för socialmedicinska mottagningar i Alingsås och Lerum"
    )
    doc.add_paragraph("Innehåll")
    doc.add_paragraph("Bakgrund\t3")
    for heading, text in (
        (
            "Bakgrund",
            "Hälso- och sjukvårdsnämnd Väst (HSN V) hade som prioriterat mål att starta "
            "integrerade mottagningar.",
        ),
        ("Syfte", "Handlingsplanens syfte är att vara till stöd och hjälp för utsedda samordnare."),
        ("Mål", "Uppstart och utveckling av socialmedicinska mottagningar i Alingsås och Lerum."),
    ):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    doc.add_heading("Uppföljning av metod", level=2)
    doc.add_paragraph("Dokumentation", style="List Bullet")
    doc.add_paragraph("Målgrupp", style="List Bullet")
    doc.add_heading("Tidplan", level=2)
    doc.add_paragraph("Projektet startar 2021-01-01 och pågår till 2022-12-31")
    table = doc.add_table(rows=4, cols=3)
    for row, values in zip(
        table.rows,
        [
            ("Aktivitet", "Tidpunkt", "Leverans"),
            ("Samordningsgruppen", "Januari 2021", "Presentation av nuläge"),
            ("Styrgruppsmöte", "Januari & Februari 2021", "Nuläge"),
            ("Styrgruppsmöte", "någon gång i vår", "Uppföljning handlingsplan"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.add_heading("Projektavslut december 2022", level=2)
    doc.add_paragraph("Överlämning av utfallet sker vid projektets slut.")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def without_table() -> bytes:
    doc = Document()
    doc.add_paragraph("Aktivitetsplan utan tabell")
    doc.add_paragraph("2026")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def plan_with_rows(count: int, *, seed: int = 11) -> bytes:
    """The 2026 plan with an activity table of ``count`` rows of varied text.

    Rows are copied at the XML level (python-docx's add_row would take minutes
    for tens of thousands); their words vary so the file packs as Word's do,
    about ten to one, not like a zip bomb.
    """
    import copy
    import random

    from docx.oxml.ns import qn

    words = random.Random(seed)
    rows = [[f"{value or 'x'}" for value in ROWS_000[1]]]
    doc = Document(io.BytesIO(plan_2026(rows=rows, trailing_empty=0)))
    template = doc.tables[0].rows[1]._tr
    vocabulary = [
        "samverkan",
        "möte",
        "vård",
        "omsorg",
        "plan",
        "uppföljning",
        "mål",
        "insats",
        "kommun",
        "region",
    ]
    for number in range(count - 1):
        row = copy.deepcopy(template)
        for text in row.iter(qn("w:t")):
            text.text = " ".join(words.choice(vocabulary) for _ in range(3))
            text.text += f" {words.randrange(10**5)} {number}"
        template.addnext(row)
        template = row
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
