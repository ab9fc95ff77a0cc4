"""The collaboration structure as the source documents describe it.

Sources (see ../shared/seeds/): 001 Årsrapport 2024 SAMLA, 002 NOSAM i SAMLA,
003 Handlingsplan socialmedicinska mottagningar, 004 Årsrapport 2024 NOSAM Mölndal.
Texts from 002, whose extraction lost å/ä/ö, are given with the letters restored.
"""

# name, short name, kind, parent name
ORGANISATIONS = [
    ("Västra Götalandsregionen", "VGR", "region", None),
    ("Regional primärvård", "", "region", "Västra Götalandsregionen"),
    ("Sjukhusen i väster", "", "region", "Västra Götalandsregionen"),
    ("Alingsås lasarett", "", "region", "Sjukhusen i väster"),
    ("Södra Älvsborgs sjukhus", "SÄS", "region", "Västra Götalandsregionen"),
    ("Öppenpsykiatrisk mottagning Alingsås", "ÖVM", "region", "Södra Älvsborgs sjukhus"),
    ("Barn- och ungdomspsykiatrisk mottagning", "BUP", "region", "Södra Älvsborgs sjukhus"),
    ("Folktandvården", "", "region", "Västra Götalandsregionen"),
    ("Habilitering och hälsa", "", "region", "Västra Götalandsregionen"),
    ("Regionhälsan", "", "region", "Västra Götalandsregionen"),
    ("Delregional nämnd västra", "", "region", "Västra Götalandsregionen"),
    ("Alingsås kommun", "", "kommun", None),
    ("Vård och omsorg, Alingsås kommun", "", "kommun", "Alingsås kommun"),
    ("Individ- och familjeomsorg, Alingsås kommun", "IFO Alingsås", "kommun", "Alingsås kommun"),
    ("Elevhälsan, Alingsås kommun", "", "kommun", "Alingsås kommun"),
    ("Lerums kommun", "", "kommun", None),
    ("Stöd och omsorg, Lerums kommun", "", "kommun", "Lerums kommun"),
    ("Individ- och familjeomsorg, Lerums kommun", "IFO Lerum", "kommun", "Lerums kommun"),
    ("Elevhälsan, Lerums kommun", "", "kommun", "Lerums kommun"),
    ("Göteborgsregionens kommunalförbund", "GR", "annan", None),
    ("VästKom", "", "annan", None),
    ("NSPH i Västra Götaland", "NSPH", "annan", None),
    ("Mölndals stad", "", "kommun", None),
]

SAMLA_ORGANISATIONS = [name for name, *_ in ORGANISATIONS if name not in {"Mölndals stad"}]
MOLNDAL_ORGANISATIONS = [
    "Mölndals stad",
    "Västra Götalandsregionen",
    "Regional primärvård",
    "Folktandvården",
]

SAMLA = {
    "slug": "samla",
    "name": "SAMLA – Vårdsamverkan Lerum Alingsås",
    "short_name": "SAMLA",
    "description": (
        "Vårdsamverkan Lerum Alingsås – SAMLA utgår från Samverkansplanen 2023–2026 där "
        "syftet är att nå en effektiv vårdsamverkan i frågor som berör samtliga parter så att "
        "den enskilde upplever vård, stöd och omsorgsinsatserna som en helhet utan gränser. "
        "Vårdsamverkan är till för personer som har behov av samordnade och samtidiga vård-, "
        "stöd- och omsorgsinsatser från både kommun och region.\n\n"
        "Syftet med vårdsamverkansstruktur SAMLA är att utveckla och skapa förutsättningar för "
        "chefer och medarbetare att bli bärare av gemensamma frågor i samverkan både internt och "
        "externt. SAMLA har övergripande mål och prioriterade målgrupper. Utefter de prioriterade "
        "målen finns aktivitetsplaner för Samordningsgruppen och för NOSAM Lerum och Alingsås. "
        "Ansvaret kring vissa aktiviteter ligger på NOSAM men samordningsgruppen har det "
        "strategiska ansvaret för uppföljning och utvärdering över tid."
    ),
}

MOLNDAL = {
    "slug": "nosam-molndal",
    "name": "NOSAM Mölndal",
    "short_name": "NOSAM Mölndal",
    "description": (
        "Närområdessamverkan i Mölndal mellan Mölndals stad och Västra Götalandsregionen. "
        "Ledamöterna träffas vid NOSAM-möten, fysiskt och digitalt, med en tydlig struktur och "
        "uppdelad mötesagenda. Mölndal har representanter i samtliga delregionala temagrupper."
    ),
}

SAMLA_TARGET_GROUPS = [
    {
        "slug": "barn-och-unga",
        "name": "Barn och unga",
        "other_names": "BoU\nTG BoU",
        "description": (
            "Barn och unga inom SAMLA som samtidigt har behov av vård-, stöd- och "
            "omsorgsinsatser från både kommun och region."
        ),
    },
    {
        "slug": "psykisk-halsa-och-missbruk",
        "name": "Psykisk hälsa och missbruk",
        "other_names": "Psykisk ohälsa, skadligt bruk och beroende",
        "description": (
            "Individer med psykisk ohälsa, psykisk sjukdom eller psykisk funktionsnedsättning. "
            "Individer med ett neuropsykiatriskt tillstånd, komplex samsjuklighet, skadligt bruk "
            "och beroende och/eller somatisk sjukdom som samtidigt har behov av vård- och "
            "insatser från både kommunen och regionen."
        ),
    },
    {
        "slug": "aldre",
        "name": "Äldre",
        "other_names": "TG Äldre",
        "description": (
            "De individer och grupper i befolkningen som är 65 år och äldre, eller vårdas i "
            "livets slutskede, oavsett ålder, och som samtidigt och samordnat har behov av vård- "
            "och insatser från både kommunen och regionen."
        ),
    },
]

MOLNDAL_TARGET_GROUPS = [
    {
        "slug": "aldre",
        "name": "Äldre",
        "other_names": "TG Äldre",
        "description": "Äldre i Mölndal med behov av insatser från både kommun och region.",
    },
    {
        "slug": "barn-och-unga",
        "name": "Barn och unga",
        "other_names": "TG BoU\nBoU",
        "description": "Barn och unga i Mölndal med behov av insatser från både kommun och region.",
    },
]

NOSAM_REPRESENTATION = "\n".join(
    [
        "Verksamhetschefer från samtliga vårdcentraler",
        "Verksamhetschefer från samtliga rehabenheter",
        "Verksamhetschef för den kommunala primärvården",
        "Medicinskt ansvarig sjuksköterska (MAS) i kommun och/eller Medicinsk ansvarig för "
        "rehabilitering (MAR)",
        "Avdelningschef/enhetschef eller motsvarande från kommunens berörda verksamheter",
        "Klinikchef från tandvården",
        "Vårdenhetschef/enhetschef från Alingsås lasarett",
        "Folkhälsosamordnare i respektive kommun",
        "SAMLA processledare och delregional samordnare",
        "NSPH i Västra Götaland i målgrupp psykisk hälsa och missbruk",
    ]
)

NOSAM_TEXTS = {
    "description": (
        "Närområdessamverkan kännetecknas av helhetssyn, kontinuitet, samverkan och ett "
        "hälsofrämjande förhållningssätt som syftar till att stärka den enskildes hälsa och "
        "reducera framtida vård- och insatsbehov samt effektivt nyttja de gemensamma resurserna. "
        "Operativ närområdessamverkan finns i varje kommun. Samverkansprocesser är att arbeta "
        "långsiktigt och bygga upp hållbara strukturer för samverkan i NOSAM.\n\n"
        "NOSAM har fokus på prioriterade närområdesfrågor samt arbetar med de fokusområden som "
        "är framtagna i SAMLA för 2023-2026. Samverkansplanen är antagen av "
        "Samordningsgruppen/Politiska samrådsgruppen och innehåller fokusområden, strategier och "
        "aktiviteter. NOSAM tar fram egna aktivitetsplaner utifrån de prioriterade målområdena i "
        "Samverkansplanen och utifrån målgrupperna – Barn och unga, Psykisk hälsa och missbruk "
        "och Äldre."
    ),
    "purpose": (
        "Syftet med närområdessamverkan är att finnas nära invånarna och det individinriktade "
        "samverkansarbetet. Det ger mervärde för den enskilde och/eller verksamheterna genom att "
        "de samordnas på lokal nivå."
    ),
    "goal": (
        "Vård- omsorg och stöd ska av den enskilde upplevas som sömlös, jämlik och ska ha sin "
        "utgångspunkt i den enskildes behov."
    ),
    "mandate": (
        "Samordna på lokal nivå och verka för följsamhet till gemensamma avtal, "
        "överenskommelser och handlingsplaner mellan Västra Götalandsregionen och Västra "
        "Götalands 49 kommuner.\n\n"
        "Upprätta/implementera och följa upp framtagna fastställda lokala rutiner, "
        "överenskommelser och avtal.\n\n"
        "Identifiera och lämna förslag på nya gemensamma "
        "utvecklingsområden/förbättringsområden eller andra frågor till Samordningsgruppen för "
        "gemensam hantering delregionalt.\n\n"
        "Representanterna utses av respektive organisation och får mandat att representera, "
        "samarbeta, diskutera och efter förankring besluta i vissa frågor. Samverkan är en "
        "pågående process där kontinuitet är viktigt. Ersättare utses inte. Utöver ovanstående "
        "kan ytterligare representation från andra verksamheter vid behov adjungeras in. Det kan "
        "vara medicinskt ledningsansvar inom skolhälsovården (MLA), socialt ansvarig samordnare "
        "m.fl. Brukarmedverkan kan adjungeras in utifrån aktiviteter och frågeställningar.\n\n"
        "Representanterna är informationsbärare till och från NOSAM inom den "
        "organisation/verksamhet man representerar. Förankrar ställningstagande/beslut i den "
        "organisation/verksamhet man representerar mellan möten så att beslut kan fattas i "
        "konsensus. Samordningsgruppen är styrgrupp för NOSAM och tar övergripande beslut vad "
        "gäller samverkansdokument."
    ),
    "chair_rules": (
        "NOSAM utser ordförande och vice ordförande. Ordförandeskapet är roterande mellan "
        "kommun och region och löper över en period om 1 år. Vice ordförande tar över "
        "ordförandeskapet."
    ),
    "meeting_rhythm": "Rekommendation att NOSAM har möte 2–3 tim. var 4–5 vecka.",
    "minutes_routine": (
        "Ordförande, vice ordförande, processledare och delregional samordnare deltar under "
        "hela mötet. Ansvaret att skriva minnesanteckningar har respektive målgrupp. Därefter "
        "publiceras de på vårdsamverkan SAMLA hemsida."
    ),
    "follow_up": (
        "Utvärdera framgångsfaktorer och identifiera utvecklingsområden. Ordförande i NOSAM och "
        "processledare i SAMLA återrapporterar till samordningsgruppen hur arbetet förlöper i "
        "respektive NOSAM.\n\n"
        "Förankring av ställningstagande/beslut framför allt när det gäller frågor utifrån "
        "ekonomisk karaktär, sker i Samordningsgruppen och varje huvudman ansvarar för att "
        "genomföra det som överenskommits i den egna linje-/organisationen.\n\n"
        "Avvikelser i samverkan rapporteras till samordningsgruppen halvårsvis eller vid behov "
        "enligt framtagen delregional rutin i syfte att identifiera utvecklingsbehov och "
        "eventuella övergripande systemfel."
    ),
}

# slug, name, short name, kind, parent slug, target group slug, position, texts
SAMLA_GROUPS = [
    {
        "slug": "politiska-samradsgruppen",
        "name": "Politiska samrådsgruppen",
        "kind": "politisk",
        "parent": None,
        "position": 1,
        "purpose": (
            "SAMLA politiska samrådsgrupp har till uppgift att med ett utförar- och "
            "beställarperspektiv föra en regelbunden politisk dialog kring gemensamma frågor. De "
            "ska också skapa förutsättningar för politiskt samförstånd för att tillgodose "
            "invånarnas behov av en väl fungerande vårdsamverkan."
        ),
        "mandate": (
            "Den politiska samrådsgruppens uppgift är att följa resultaten av vårdsamverkan "
            "utifrån de fastställda prioriterade målområdena samt återrapportera till respektive "
            "nämnder och styrelser. Samrådsgruppen tar inriktningsbeslut och fastställande av "
            "dessa sker i respektive berörd nämnd/styrelse. Ur ett patient- och "
            "brukarperspektiv behövs en politisk dialog för att nå ett gränsöverskridande, "
            "långsiktigt och hållbart arbete."
        ),
        "chair_rules": (
            "Politiska samrådsgruppen har en ordförande och vice ordförande som följer "
            "tjänstemännens ordförande- och vice ordförandeskap."
        ),
        "representation": "\n".join(
            [
                "Delregional nämnd västra",
                "Primärvårdsstyrelsen",
                "Styrelsen för Regiongemensam hälso- och sjukvård",
                "Styrelsen för habilitering & hälsa",
                "Tandvårdsstyrelsen",
                "Styrelsen för Sjukhusen i väster",
                "Styrelsen för Södra Älvsborgs sjukhus, SÄS (vuxen- och barnpsykiatri samt barn "
                "och ungdomsmedicin)",
                "Socialnämnden, Alingsås kommun",
                "Vård och omsorgsnämnden, Alingsås kommun",
                "Barn och ungdomsnämnden, Alingsås kommun",
                "Stöd och omsorgsnämnden, Lerums kommun",
            ]
        ),
        "meeting_rhythm": "Tre möten per år, tillsammans med tjänstemännen i Samordningsgruppen.",
        "meeting_interval_weeks": 17,
    },
    {
        "slug": "samordningsgruppen",
        "name": "Samordningsgruppen",
        "kind": "samordning",
        "parent": "politiska-samradsgruppen",
        "position": 1,
        "description": (
            "Representanterna i samordningsgruppen är utsedda tjänstemän från samtliga "
            "organisationer/verksamheter för att delta i samverkansfrågor."
        ),
        "purpose": (
            "Samordningsgruppen ska bereda frågor inom området när det finns behov av "
            "delregional samordning med målsättningen att samverkansarbetet ska öka. Syftet är "
            "också att göra en förflyttning till en god och nära vård."
        ),
        "mandate": (
            "Samordningsgruppen ansvarar för att koordinera, följa upp, utveckla och fatta "
            "inriktningsbeslut i gemensamma strategiska samverkansfrågor mellan kommun och "
            "region. Samordningsgruppen ska prioritera strategiska områden, leda, styra och följa "
            "upp arbetet inom den organiserade samverkansstrukturen. Samordningsgruppen är "
            "styrgrupp för NOSAM."
        ),
        "representation": "\n".join(
            [
                "Delregional nämnd västra",
                "Regional primärvård",
                "Regionhälsan - regiongemensamma vårdverksamheter",
                "Habilitering och hälsa",
                "Tandvården",
                "Sjukhusen i väster",
                "ÖVM, öppenpsykiatrisk mottagning Alingsås, Södra Älvsborgs sjukhus, SÄS",
                "BUP, barn och ungdomspsykiatrisk mottagning, Södra Älvsborgs sjukhus, SÄS",
                "Alingsås kommun med Vård och omsorg, individ och familjeomsorg samt elevhälsa",
                "Lerums kommun med Stöd och omsorg, individ och familjeomsorg samt elevhälsa",
                "GR – Göteborgsregionens kommunalförbund",
            ]
        ),
        "meeting_rhythm": "Halvdagar och heldagar med planering, ungefär var åttonde vecka.",
        "meeting_interval_weeks": 8,
    },
    {
        "slug": "au",
        "name": "Arbetsutskott (AU) för Samordningsgruppen",
        "short_name": "AU",
        "kind": "au",
        "parent": "samordningsgruppen",
        "position": 1,
        "mandate": (
            "AU har möte innan samordningsgruppens möten med uppdraget att vara "
            "Samordningsgruppens operativa ledning och bereda frågor."
        ),
        "meeting_rhythm": "Före varje möte i Samordningsgruppen.",
        "meeting_interval_weeks": 8,
    },
    {
        "slug": "temagrupp-in-och-utskrivningsprocessen",
        "name": "Temagrupp in- och utskrivningsprocessen",
        "kind": "tema",
        "parent": "samordningsgruppen",
        "position": 2,
        "purpose": (
            "Temagruppens syfte är att planera, styra, leda och ge förutsättningar för att "
            "genomföra förbättringsförslag i samverkan för en trygg och säker hemgång från "
            "sluten hälso- och sjukvård."
        ),
    },
    {
        "slug": "temagrupp-egenvard",
        "name": "Temagrupp Egenvård",
        "kind": "tema",
        "parent": "samordningsgruppen",
        "position": 3,
        "purpose": (
            "Syftet med temagruppen är att få samsyn kring processens bedömning, beslut och "
            "uppföljning enligt den Länsgemensamma riktlinjen för egenvård."
        ),
        "goal": (
            "Den enskilde är delaktig och utgångspunkten är dennes önskemål och individuella "
            "förutsättningar, och samtliga verksamheter i SAMLA har konsensus kring processen."
        ),
    },
    {
        "slug": "nosam-alingsas-och-lerum",
        "name": "NOSAM Alingsås och Lerum",
        "short_name": "NOSAM",
        "kind": "nosam",
        "parent": "samordningsgruppen",
        # Stor NOSAM: the members of NOSAM Alingsås and NOSAM Lerum work on its plan.
        "is_joint": True,
        "position": 4,
        "representation": NOSAM_REPRESENTATION,
        "meeting_interval_weeks": 5,
        **NOSAM_TEXTS,
    },
    {
        "slug": "nosam-alingsas",
        "name": "NOSAM Alingsås",
        "kind": "nosam",
        "parent": "nosam-alingsas-och-lerum",
        # Its target groups are parts of the NOSAM meeting (they write its minutes).
        "is_joint": True,
        "position": 1,
        "description": "Närområdesgrupp för Alingsås kommun med målgrupperna Barn och unga, "
        "Psykisk hälsa och missbruk och Äldre.",
        "representation": NOSAM_REPRESENTATION,
        "chair_rules": NOSAM_TEXTS["chair_rules"],
        "meeting_rhythm": NOSAM_TEXTS["meeting_rhythm"],
        "meeting_interval_weeks": 5,
        "minutes_routine": NOSAM_TEXTS["minutes_routine"],
    },
    {
        "slug": "nosam-lerum",
        "name": "NOSAM Lerum",
        "kind": "nosam",
        "parent": "nosam-alingsas-och-lerum",
        # Its target groups are parts of the NOSAM meeting (they write its minutes).
        "is_joint": True,
        "position": 2,
        "description": "Närområdesgrupp för Lerums kommun med målgrupperna Barn och unga, "
        "Psykisk hälsa och missbruk och Äldre.",
        "representation": NOSAM_REPRESENTATION,
        "chair_rules": NOSAM_TEXTS["chair_rules"],
        "meeting_rhythm": NOSAM_TEXTS["meeting_rhythm"],
        "meeting_interval_weeks": 5,
        "minutes_routine": NOSAM_TEXTS["minutes_routine"],
    },
    {
        "slug": "styrgrupp-socialmedicinsk-mottagning",
        "name": "Styrgrupp socialmedicinsk mottagning",
        "kind": "styrgrupp",
        "parent": "samordningsgruppen",
        "position": 5,
        "purpose": "Styr och följer upp uppstart och utveckling av socialmedicinska "
        "mottagningar i Alingsås och Lerum.",
        "meeting_rhythm": "Styrgruppen träffas ca en gång/månad",
        "meeting_interval_weeks": 4,
    },
]

# One target-group group per NOSAM and target group, as in the structure diagram.
for _nosam, _place in (("nosam-alingsas", "Alingsås"), ("nosam-lerum", "Lerum")):
    for _position, _tg in enumerate(SAMLA_TARGET_GROUPS, start=1):
        SAMLA_GROUPS.append(
            {
                "slug": f"{_nosam}-{_tg['slug']}",
                "name": f"NOSAM {_place} – {_tg['name']}",
                "kind": "malgrupp",
                "parent": _nosam,
                "target_group": _tg["slug"],
                "position": _position,
                "purpose": (
                    "NOSAM ska bereda frågor inom området när det finns behov av delregional "
                    "samordning med målsättningen att samverkansarbetet ska öka. Syftet är också "
                    "att göra en förflyttning mot en god och nära vård."
                ),
                "minutes_routine": "Målgruppen ansvarar för att skriva minnesanteckningar "
                "från sin del av NOSAM-mötet.",
            }
        )

MOLNDAL_GROUPS = [
    {
        "slug": "nosam-molndal",
        "name": "NOSAM Mölndal",
        "kind": "nosam",
        "parent": None,
        "position": 1,
        "description": (
            "Under 2024 har samverkan i NOSAM Mölndal stärkts. Ledamöterna har träffats vid sex "
            "NOSAM-möten, fyra fysiska och två digitala möten. Tydlig struktur med uppdelad "
            "mötesagenda har gett en tydligare uppdelning och representation på NOSAM-mötena."
        ),
        "meeting_rhythm": "Sex möten per år, fysiskt eller digitalt.",
        "meeting_interval_weeks": 8,
    },
    {
        "slug": "arbetsgrupp-primarvard",
        "name": "Arbetsgrupp primärvård",
        "kind": "arbetsgrupp",
        "parent": "nosam-molndal",
        "position": 1,
        "target_group": "aldre",
        "purpose": (
            "Dialog och samsyn mellan kommunal och regional primärvård gällande inskrivning i "
            "kommunal primärvård. Ta fram ett lokalt vägledande dokument för remissutfärdande "
            "till kommunal primärvård."
        ),
        "meeting_rhythm": "Två möten per termin à två timmar.",
        "meeting_interval_weeks": 10,
    },
    {
        "slug": "losam",
        "name": "Lokal samordningsgrupp barn och unga (LOSAM)",
        "short_name": "LOSAM",
        "kind": "annan",
        "parent": "nosam-molndal",
        "position": 2,
        "target_group": "barn-och-unga",
        "purpose": (
            "Stärka samverkan i barn- och ungafrågor och kopplingen till NOSAM. "
            "Sammankallande för LOSAM är en stående representant i NOSAM."
        ),
    },
]

PEOPLE = [
    # name, e-mail
    ("Lena Arvidsson", "lena.arvidsson@vgregion.se"),
    ("Christian Sandgren", ""),
    ("Martina Bergsten", ""),
    ("Jessica Svanström", ""),
    ("Marianne Fransson", ""),
    ("Maria Enbuske", ""),
    ("Anna-Karin Boja", ""),
    ("Emma Bittone", ""),
    # Not in the documents: a clearly marked demo member for the demo login.
    ("Demoledamot NOSAM Alingsås", "demoledamot@example.se"),
]

# group slug -> seats: (person or None, title, organisation or None, role)
MEMBERSHIPS = {
    "samordningsgruppen": [
        (None, "Representant", "Delregional nämnd västra", "ledamot"),
        (None, "Representant", "Regional primärvård", "ledamot"),
        (None, "Representant", "Regionhälsan", "ledamot"),
        (None, "Representant", "Habilitering och hälsa", "ledamot"),
        (None, "Representant", "Folktandvården", "ledamot"),
        (None, "Representant", "Alingsås lasarett", "vice_ordforande"),
        (None, "Representant", "Öppenpsykiatrisk mottagning Alingsås", "ledamot"),
        (None, "Representant", "Barn- och ungdomspsykiatrisk mottagning", "ledamot"),
        (None, "Representant", "Alingsås kommun", "ledamot"),
        (None, "Representant", "Lerums kommun", "ledamot"),
        (None, "Representant", "Göteborgsregionens kommunalförbund", "ledamot"),
        ("Lena Arvidsson", "Processledare", "Västra Götalandsregionen", "processledare"),
    ],
    "au": [
        (None, "Representant från Lerums kommun", "Lerums kommun", "ledamot"),
        (None, "Representant från Alingsås lasarett", "Alingsås lasarett", "ledamot"),
        (None, "Representant från regional primärvård", "Regional primärvård", "ledamot"),
        (
            None,
            "Tjänsteperson från Delregional nämnd västra",
            "Delregional nämnd västra",
            "ledamot",
        ),
        ("Lena Arvidsson", "Processledare för SAMLA", "Västra Götalandsregionen", "processledare"),
    ],
    "nosam-alingsas": [
        ("Demoledamot NOSAM Alingsås", "Enhetschef (demokonto)", "Alingsås kommun", "ledamot"),
    ],
    "nosam-alingsas-och-lerum": [
        ("Lena Arvidsson", "Processledare", "Västra Götalandsregionen", "processledare"),
        (None, "Delregional samordnare", "Västra Götalandsregionen", "delregional_samordnare"),
        (None, "Brukarrepresentant", "NSPH i Västra Götaland", "brukarrepresentant"),
    ],
    "styrgrupp-socialmedicinsk-mottagning": [
        ("Christian Sandgren", "verksamhetschef", "Lerums kommun", "sammankallande"),
        ("Lena Arvidsson", "processledare", "Västra Götalandsregionen", "processledare"),
        ("Martina Bergsten", "offentlig primärvård", "Regional primärvård", "ledamot"),
        ("Jessica Svanström", "", "Alingsås kommun", "ledamot"),
        (
            "Marianne Fransson",
            "specialistpsykiatrisk öppenvård Alingsås",
            "Öppenpsykiatrisk mottagning Alingsås",
            "ledamot",
        ),
        ("Maria Enbuske", "", "Lerums kommun", "ledamot"),
        ("Anna-Karin Boja", "samordnare", "Alingsås kommun", "samordnare"),
        ("Emma Bittone", "samordnare och sjuksköterska", "Lerums kommun", "samordnare"),
    ],
}
