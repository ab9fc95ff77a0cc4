"""Samverkansplan, the 2026 activity plan (000) and the handlingsplan (003), as written."""

from datetime import date

COLLABORATION_PLAN = {
    "title": "Samverkansplan SAMLA 2023–2026",
    "start_year": 2023,
    "end_year": 2026,
    "description": (
        "Samverkansplanen är antagen av Samordningsgruppen/Politiska samrådsgruppen och "
        "innehåller fokusområden, strategier och aktiviteter. Syftet är att nå en effektiv "
        "vårdsamverkan i frågor som berör samtliga parter så att den enskilde upplever vård, "
        "stöd och omsorgsinsatserna som en helhet utan gränser."
    ),
    "good_close_care": "\n".join(
        [
            "utgår från individuella förutsättningar och behov",
            "bygger på relationer, är hälsofrämjande, förebyggande och proaktiv",
            "bidrar till jämlik hälsa, trygghet och självständighet och grundas i gemensamt "
            "ansvarstagande och tillit",
        ]
    ),
}

GOAL_TRUST = "Öka tilliten mellan huvudmännen genom att stärka samverkanskulturen"
GOAL_CONTINUITY = (
    "Öka och stärka kontinuiteten och samordningen mellan huvudmännen till en mer "
    "personcentrerad vård- och omsorg"
)
GOAL_HEALTH = "Öka hälsofrämjande och förebyggande insatser"
GOAL_MOBILE = "Utveckla mobila vårdformer över organisationsgränser från slutenvård till öppenvård"

PRIORITISED_GOALS = [GOAL_TRUST, GOAL_CONTINUITY, GOAL_HEALTH, GOAL_MOBILE]

FOCUS_AREAS = [
    "Psykisk hälsa",
    "SIP – Samordnad individuell plan",
    "In- och utskrivning från sluten hälso- och sjukvård",
    "Kvalitetsförbättringar",
]

SHIFTS = [
    "från sluten vård till öppen vård",
    "till mer hälsofrämjande och förebyggande insatser",
    "till ökad kontinuitet och samordning",
    "till mer personcentrerad vård och omsorg",
    "till mer lättillgänglig vård, t.ex. genom digitalisering",
]

ACTIVITY_PLAN_2026 = {
    "group": "nosam-alingsas-och-lerum",
    "target_group": "psykisk-halsa-och-missbruk",
    "slug": "psykisk-halsa-och-missbruk-2026",
    "year": 2026,
    "title": "Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum",
    "target_group_title": "Psykisk ohälsa, skadligt bruk och beroende",
    "introduction": (
        "I aktivitetsplanen beskrivs vilka åtgärder som pågår eller planeras i syfte att "
        "säkerställa att verksamheterna har rätt kompetens för att nå sina mål på kort och lång "
        "sikt i samverkan. Aktiviteterna ska vara relevanta, konkreta och kunna följas upp. Tänk "
        "på att aktiviteterna inte ska vara fler än att de är realistiska att uppnå och utföra"
    ),
    "purpose": (
        "NOSAM ska bereda frågor inom området när det finns behov av delregional samordning "
        "med målsättningen att samverkansarbetet ska öka. Syftet är också att göra en "
        "förflyttning mot en god och nära vård."
    ),
    "target_group_text": (
        "Individer med psykisk ohälsa, psykisk sjukdom eller psykisk funktionsnedsättning. "
        "Individer med ett neuropsykiatriskt tillstånd, komplex samsjuklighet, skadligt bruk och "
        "beroende och/eller somatisk sjukdom som samtidigt har behov av vård- och insatser från "
        "både kommunen och regionen."
    ),
}

# The activity table of 000, row by row. "goal" names one of the prioritised
# goals; "local_goal" is a goal of this plan only. The second row's goal cell is
# empty in the original: it continues the goal of the first row.
# The Word original is "Version.2.9" of 2026-05-21: the demo plan starts as that
# published version.
PUBLISHED_2026 = {
    "major": 2,
    "minor": 9,
    "version_date": date(2026, 5, 21),
    "note": "Version 2.9 enligt Word-originalet (inläst som demodata).",
}

ACTIVITIES_2026 = [
    {
        "goal": GOAL_CONTINUITY,
        "what": "Trygg och säker hemgång från slutenvård\nFortsättningsarbete",
        "how": (
            "Kartlägga vilka insatser som kan erbjudas med kort varsel i samband med utskrivning "
            "från slutenvården.\n\n"
            "Socialtjänsten - hur kan snabba beslut fattas om insats under permission för att "
            "trygga hemmet\n\n"
            "Möte mellan SÄS, Alingsås kommun och ÖVM"
        ),
        "responsible": "Socialtjänst Alingsås\n\nNOSAM Alingsås",
        "start": "Dec 2024\n2024",
        "deadline": "2026",
        "measure": "",
    },
    {
        "goal": GOAL_CONTINUITY,
        "what": "Psykiatrins dag i Alingsås",
        "how": "Samverkan mellan olika verksamheter riktat till invånarna",
        "responsible": "NOSAM Alingsås",
        "start": "2026-10-06",
        "deadline": "2026-10-06",
        "measure": "",
    },
    {
        "local_goal": "Implementera Läns gemensam riktlinje och rutin SIP.",
        "what": "Förbättra arbetet kring SIP",
        "how": "1. Proaktiv SIP",
        "responsible": "NOSAM",
        "start": "Oktober 2025",
        "deadline": "2026",
        "measure": "Mäta kvaliteten och inte antalet SIP?",
    },
    {
        "goal": GOAL_TRUST,
        "what": "Avvikelse i samverkan",
        "how": "Diskutera avvikelser på NOSAM för att sedan återrapportera i verksamheter.",
        "responsible": "NOSAM",
        "start": "2025",
        "deadline": "Över tid",
        "measure": "Ökar antalet avvikelser i samverkan. Mål 100% ökning",
    },
    {
        "goal": GOAL_HEALTH,
        "what": "Kännedom om utbudet i Alingsås\nFysisk aktivitet på recept-FAR",
        "how": "Information i NOSAM vilka insatser som finns inom våra verksamheter",
        "responsible": "NOSAM Alingsås",
        "start": "Våren 2026",
        "deadline": "Dec 2026",
        "measure": "",
    },
]

ACTION_PLAN = {
    "slug": "socialmedicinska-mottagningar-2021-2022",
    "title": "Handlingsplan 2021 – 2022 för socialmedicinska mottagningar i Alingsås och Lerum",
    "start_year": 2021,
    "end_year": 2022,
    "steering_group": "styrgrupp-socialmedicinsk-mottagning",
    "background": (
        "Hälso- och sjukvårdsnämnd Väst (HSN V) hade som prioriterat mål att starta integrerade "
        "mottagningar för missbruks och beroendevården i nämndens berörda kommuner. Vid SAMLA "
        "politiska samrådsgrupps möte i november 2017 togs inriktningsbeslut att inrätta "
        "socialmedicinska mottagningar i både Alingsås och Lerum. I februari 2018 beslutade "
        "Västra hälso- och sjukvårdsnämnden att finansiera processtöd för inrättande av "
        "socialmedicinska mottagningar inom vårdsamverkan SAMLA. En modellbeskrivning och "
        "utveckling av en uppföljningsplan avseende integrerade verksamheter inom missbruk och "
        "beroendevård togs fram. Socialmedicinsk mottagningen startade upp i Alingsås i januari "
        "2020. På grund av pandemin fick mottagningen pausas och står 2021 inför en nystart av "
        "två mottagningar, en i Lerum och den tidigare i Alingsås.\n\n"
        "Hälso- och sjukvårdsnämnd Väst (HSN V) har gett uppdraget till SAMLA att göra en pilot "
        "för integrerade mottagningar för missbruks och beroendevården."
    ),
    "purpose": (
        "Handlingsplanens syfte är att vara till stöd och hjälp för utsedda samordnare på "
        "mottagningarna och stöd för uppföljning i styrgruppen socialmedicinsk mottagning."
    ),
    "goal": (
        "Uppstart och utveckling av socialmedicinska mottagningar i Alingsås och Lerum under "
        "2021–2022."
    ),
    "method_questions": "\n".join(
        [
            "Integrerade vård- och stödinsatser från olika aktörer, parallellt och samordnat för "
            "att möta den enskildes behov",
            "Rätt insats i rätt tid utifrån helhetssyn och behov",
            "Samordnad individuell plan - SIP används som instrument",
            "Psykiatriin kommer att vara konsult till primärvården på mottagningarna",
            "Dokumentation",
            "Målgrupp",
            "Vilka indikatorer och instrument som används för bedömning och uppföljning på "
            "individnivå",
            "Hur sker uppföljning på individnivå",
        ]
    ),
    "pilot_questions": "\n".join(
        [
            "Vilka verksamheter som berörs",
            "Vilka uppdrag berörda verksamheter har och vilka insatser de ger",
            "Hur fungerar samverkan mellan verksamheterna",
            "Vilka brister har berörda verksamheter",
            "Hur sker uppföljning på systemnivå (Avtal, överenskommelser, instrument etc.)",
            "Vilka metoder och instrument som ska användas för bedömning och uppföljning på "
            "verksamhetsnivå",
            "Hur stor är målgruppen som har behov av socialmedicinska insatser i Lerum och "
            "Alingsås?",
            "Vilka insatser som ska kunna erbjudas på mottagningen, kopplat till "
            "problemområde/symptom/funktionsnivå",
            "Hur sker hänvisning eller lotsning till andra verksamheter",
            "Hur och när andra verksamheter hänvisar till mottagningen",
        ]
    ),
    "starts_on": date(2021, 1, 1),
    "ends_on": date(2022, 12, 31),
    "costs": (
        "Omkostnader i form av utrustning, hjälpmedel, förbrukningsartiklar etcetera som följer "
        "ansvarsfördelningen inom de socialmedicinska mottagningarna hanteras av ingående "
        "parter.\n\n"
        "För att lyckas med uppdraget att starta upp verksamhet med integrerade insatser som är "
        "samlokaliserade ses ett behov av samordning utifrån primärvården. För både Alingsås och "
        "Lerum uppskattas behovet till 100 % av en heltidstjänst sjuksköterska tom december "
        "2022. Den totala kostnaden för en sjuksköterska på 100% beräknas till ca 1 200 000 kr. "
        "Renovering av lokaler för mottagningarna ca 100 000 kr."
    ),
    "reporting": (
        "Rapport utifrån uppföljning och frågor lämnas minst en vecka innan styrgruppsmöte. Vid "
        "beslutspunkter ska rapporten även innehålla förslag till beslut."
    ),
    "closing_label": "december 2022",
    "closing": (
        "Överlämning av utfallet sker vid projektets slut till SAMLA politiska samrådsgrupp. Då "
        "förväntas arbetet med socialmedicinska mottagningar vara en del av ordinarie "
        "verksamhetsutbud."
    ),
}

TIMETABLE = [
    (
        "Samordningsgruppen",
        "Januari 2021",
        "Presentation av nuläge och beslut om två piloter och ekonomi för sjuksköterskeresurs",
    ),
    ("Styrgruppsmöte", "Januari & Februari 2021", "Nuläge"),
    ("Samordningsgruppen", "Mars 2021", "Nuläge/Status"),
    ("Styrgruppsmöte", "April 2021", "Uppföljning och genomgång handlingsplan"),
    ("Politisk samrådsgrupp & Samordningsgruppen", "Maj 2021", "Nuläge"),
    ("Styrgruppsmöte", "maj 2021", "Uppföljning handlingsplan"),
    ("Samordningsgruppen", "Maj 2021", "Nuläge"),
    ("Styrgruppsmöte", "September 2021", "Uppföljning handlingsplan"),
    ("Samordningsgrupp", "September 2021", ""),
    ("Styrgruppsmöte", "Oktober 2021", "Uppföljning handlingsplan"),
    ("Samordningsgrupp", "Oktober 2021", "Nuläge"),
    ("Styrgruppsmöte", "December 2021", "Uppföljning handlingsplan Planering 2022"),
    ("Politiska samrådet och Samordningsgruppen", "December 2021", "Nuläge"),
]
