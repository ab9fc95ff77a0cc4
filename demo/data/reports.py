"""The annual reports of the source documents, as demo data.

SAMLA 2024 (001): its sections and texts, with the letter-spaced "SAML A" of
the PDF extraction written "SAMLA" again. Sections marked with a data kind are
filled from the portal (meetings, structure, deviations, economy); their text
here is the report's own comment. NOSAM Mölndal 2024 (004): a draft with its
summary, development areas and outcome table (built from its plan and
follow-ups, see MOLNDAL_PLAN).
"""

from datetime import date
from decimal import Decimal

SAMLA_2024 = {
    "year": 2024,
    "title": "Årsrapport 2024",
    "subtitle": "SAMLA – Vårdsamverkan Lerum Alingsås",
    "report_date": date(2025, 3, 21),
    "adopted_by": "Samordningsgruppen",
    "adopted_on": date(2025, 3, 21),
    "for_information_to": "Politiska samrådet, Vårdsamverkan Lerum Alingsås",
    "content_owner": "Lena Arvidsson, processledare",
    "content_owner_email": "lena.arvidsson@vgregion.se",
}

# (kind, title, text)
SAMLA_2024_SECTIONS = [
    (
        "text",
        "SAMLA – Vårdsamverkan Lerum Alingsås",
        "Vårdsamverkan Lerum Alingsås – SAMLA utgår samverkan från Samverkansplanen 2023–2026 där syftet "
        "är att nå en effektiv vårdsamverkan i frågor som berör samtliga parter så att den enskilde "
        "upplever vård, stöd och omsorgsinsatserna som en helhet utan gränser. Vårdsamverkan är till för "
        "personer som har behov av samordnade och samtidiga vård-, stöd- och omsorgsinsatser från både "
        "kommun och region. Inom vårdsamverkan SAMLA samverkar\n"
        "\n"
        "- Regional primärvård\n"
        "- Rehabilitering och hälsa\n"
        "- Folktandvården\n"
        "- Sjukhusen i väster med Alingsås lasarett och Södra Älvsborgs sjukhus\n"
        "- Kommunal primärvård, socialtjänst och skola med elevhälsa i Alingsås- och Lerums kommun\n"
        "- Delregional nämnd västra\n"
        "\n"
        "Syftet med vårdsamverkansstruktur SAMLA är att utveckla och skapa förutsättningar för chefer "
        "och medarbetare att bli bärare av gemensamma frågor i samverkan både internt och externt. SAMLA "
        "har övergripande mål och prioriterade målgrupper. Utefter de prioriterade målen finns "
        "aktivitetsplaner för Samordningsgruppen och för NOSAM Lerum och Alingsås. Ansvaret kring vissa "
        "aktiviteter ligger på NOSAM men samordningsgruppen har det strategiska ansvaret för uppföljning "
        "och utvärdering över tid.",
    ),
    (
        "text",
        "Övergripande mål",
        "Framtaget och beskrivet i Samverkansplan SAMLA 2023 – 2026\n"
        "\n"
        "### Förflyttning God och nära vård\n"
        "\n"
        "- från sluten vård till öppen vård\n"
        "- till mer hälsofrämjande och förebyggande insatser\n"
        "- till ökad kontinuitet och samordning\n"
        "- till mer personcentrerad vård och omsorg\n"
        "- till mer lättillgänglig vård, till exempel genom digitalisering\n"
        "\n"
        "### En god och nära vård\n"
        "\n"
        "- utgår från individuella förutsättningar och behov\n"
        "- bygger på relationer, är hälsofrämjande, förebyggande och proaktiv\n"
        "- bidrar till jämlik hälsa, trygghet och självständighet och grundas i gemensamt ansvarstagande "
        "och tillit\n"
        "\n"
        "### Prioriterade målområden\n"
        "\n"
        "- Psykisk hälsa\n"
        "- SIP – Samordnad individuell plan\n"
        "- In- och utskrivning från sluten hälso- och sjukvård\n"
        "- Kvalitetsförbättringar",
    ),
    (
        "text",
        "Övergripande aktiviteter under 2024",
        "Att samverka i ett litet delregionalt område ger goda förutsättningar för att skapa relationer "
        "och få samsyn vilket är grunden för god samverkan över verksamhetsgränser. Deltagandet och "
        "engagemanget är högt i SAMLA vilket innebär att representanterna i de olika grupperna tar sig "
        "an gemensamma frågor med lösningsfokus och hög ambition.\n"
        "\n"
        "Samtliga aktivitetsplaner för samordningsgruppen och NOSAM Lerum och Alingsås som utvecklas "
        "över tid finns publicerade på hemsidan Vårdsamverkan SAMLA.\n"
        "\n"
        "### SAMLA samverkansstruktur\n"
        "\n"
        "Vårdsamverkansstrukturen i SAMLA förändrades 2022. Närområdessamverkan NOSAM Lerum och Alingsås "
        "startades med syftet att utveckla och skapa förutsättningar för chefer och medarbetare att bli "
        "tydligare bärare av gemensamma frågor i samverkan både internt och externt vilket ger en god "
        "dialog och tillit i samverkan. NOSAM ska finnas nära invånarna och det individinriktade "
        "samverkansarbetet och ge mervärde för den enskilde och/eller verksamheterna genom att de "
        "samordnas på lokal nivå.\n"
        "\n"
        "Två år efter omstruktureringen 2022 genomfördes under hösten 2024 en större utvärdering av "
        "samverkansstrukturen i SAMLA. Utvärderingen skickades ut till representanterna i "
        "samordningsgruppen och till representanterna i NOSAM Alingsås och Lerum.\n"
        "\n"
        "Sammanfattningsvis visade utvärderingen att samverkansstrukturen till viss del har uppnått sitt "
        "syfte att skapa en mer verksamhetsnära dialog och handling, men utvecklingsområden finns för "
        "att förbättra effektiviteten, representation och beslutsmandat i grupperna. Bättre "
        "aktivitetsplanering, tydligare ledning och ökad representation kan bidra till att samverkan "
        "blir mer målinriktad och effektiv i framtiden. Resultatet kommer succesivt att omhändertas "
        "under 2025.",
    ),
    ("struktur", "Samverkansstruktur och representation 2024", ""),
    (
        "text",
        "Konferens tema barn och unga november 2024",
        "Under heldagskonferensen fick ca 150 deltagare, politiker, chefer från olika verksamheter inom "
        "kommun och region samt medarbetare med en nyckelroll i verksamheter för barn och unga.\n"
        "\n"
        "Samtliga medverkande fick ta del av workshops kring skolfrånvaro, småbarnsteam och samverkan "
        "kring barn med Neuropsykiatrisk problematik (NPF). Föreläsare som bidrog med stor kunskap var "
        "Malin Gren Landell ”Tillsammans för stärkt närvaro i förskola och skola” och Mats Tyrstrup "
        "”Samverkan är ett verktyg för samordning för att undvika organisatoriska mellanrummen”. "
        "Höjdpunkten under dagen var när ungdomar från grundskolan och gymnasiet medverkade i en dialog "
        "med politiker och tjänstemän. Dialogen lockade till många skratt och eleverna framförde att det "
        "är viktigt med en närvarande vuxen som lyssnar.\n"
        "\n"
        "Se SAMLA hemsida för sammandrag",
    ),
    (
        "text",
        "Socialmedicinsk mottagning",
        "Socialmedicinsk mottagning är en integrerad mottagning som finns belägen i Alingsås respektive "
        "Lerums kommun där medarbetare från region och kommun arbetar tillsammans med koordinerade "
        "insatser och behandling. Patienter med missbruksproblematik söker själv mottagningen eller blir "
        "hänvisade från andra aktörer. De båda mottagningarna har ökat tillgängligheten och har ett "
        "fortsatt högt inflöde av patienter. Socialmedicinsk mottagning i Lerum flyttade under början av "
        "2024 till nya lokaler och finns nu utanför socialkontoret vilket upplevs positivt och mindre "
        "stigmatiserande för målgruppen.\n"
        "\n"
        "Regelbundna avstämningar sker mellan socialmedicinsk mottagning och Öppenpsykiatriska "
        "mottagningen, ÖVM i Alingsås. Teamen från båda kommunerna träffas var femte vecka och "
        "gemensamma patienter diskuteras. Det ger kontinuitet och bättre uppföljning för patienter som "
        "är inskrivna på mottagningen. Kontaktvägen mellan mottagningarna och ÖVM har förenklats. "
        "Samordnad individuell plan, SIP används som redskap för att skapa tydlighet och struktur "
        "tillsammans med patienten och externa aktörer.\n"
        "\n"
        "Under hösten har sjuksköterskorna deltagit i en pilot, som inneburit att granska och testa en "
        "regional rutin som tas fram inom Västra Götalandsregionen i syfte att underlätta hälso- och "
        "sjukvårdens och tandvårdens tillämpning av 10 kap 18c§ OSL, Offentlighets- och sekretesslag "
        "(2009:400). Rutinen ger medarbetare möjlighet att på eget initiativ lämna uppgifter/tips till "
        "polisen för att förhindra allvarligt våld i nära relationer. Arbetet genomfördes i samverkan "
        "med VKV – Västra Götalandsregionens kompetenscentrum om våld i nära relationer.\n"
        "\n"
        "Mottagningen i Alingsås har haft fler patienter än Lerum. Flera faktorer kan ligga bakom, som "
        "exempel att vårdcentralerna i Alingsås hänvisar fler patienter till mottagningen än "
        "vårdcentralerna i Lerum. I samband med högre inflöde på båda mottagningarna har öppettider "
        "ändrats och tillgänglighet via telefon har utökats. Under året har sjuksköterskornas besök som "
        "genomförts digitalt ökat. Avsikten är att utöka digitala videomöten för att nå fler målgrupper "
        "som är i heltidssysselsättning eller har sysselsättning på annan ort.\n"
        "\n"
        "De flesta patienter som söker sig till mottagningen är mellan 50–64 år. Antalet sökande i "
        "åldersgruppen 26–35 år har ökat något medan antalet äldre över 65 år har ökat från 11% till 17% "
        "under 2024. Könsfördelningen bland de sökande följer nationell inrapporterad statistik.\n"
        "\n"
        "För mer information se verksamhetsberättelsen 2024 på SAMLA hemsida.",
    ),
    (
        "avvikelser",
        "Avvikelser i samverkan",
        "Effektiv avvikelshantering syftar till att öka patientsäkerheten genom att identifiera och "
        "förbättra eventuella brister i följsamheten till ingångna avtal och överenskommelser samt i "
        "processer där Västra Götalands kommuner och Västra Götalandsregionen samverkar.\n"
        "\n"
        "### Antal registrerade ärenden\n"
        "\n"
        "När det uppstår fel och brister i de samordnade vårdåtgärderna och insatserna är det av central "
        "betydelse att det utreds, ansvarsförhållandena klarläggs och att åtgärder vidtas för att "
        "undvika att samma fel och brister uppstår igen. I SAMLA tas statistik ut halvårsvis från "
        "IT-stöd MedControl Pro för att identifiera enskilda avvikelser i samverkan eller identifiera "
        "återkommande mönster. En utsedd analysgrupp identifierar därefter förbättringsåtgärder utifrån "
        "målgrupperna Barn och unga, Psykisk hälsa och missbruk och Äldre. Samordningsgruppen kommer att "
        "ta ställning till ett tydligare uppdrag för analysgruppen 2025.\n"
        "\n"
        "Vanligaste avvikelserna/händelserna gäller in- och utskrivningsprocessen där orsaken till "
        "avvikelser i vårdens övergångar vanligen är kommunikation och /eller informationsbrist och "
        "bristande följsamhet till riktlinjer och /eller rutiner.\n"
        "\n"
        "En utsedd Temagrupp in- och utskrivningsprocessen genomför tillsammans med arbetsgrupper ett "
        "förbättringsarbete som startade under 2024 och fortsätter våren 2025.\n"
        "\n"
        "Brister kring Läkemedel i vårdens övergångar har blivit något bättre under 2024 jämfört med "
        "2023. Ett förbättringsarbete har genomförts där apotekare på sjukhuset deltog i samverkan med "
        "representanter från kommun och region vid revideringen av Delregional rutin Läkemedelshantering "
        "i samverkan.\n"
        "\n"
        "Statistik antal ärenden 2024 i Lerum och Alingsås, se hela rapporten på hemsidan.",
    ),
    (
        "text",
        "Politiska samrådsgruppen",
        "Politiska samrådsgruppen har träffats tre gånger under 2024 och då tillsammans med "
        "tjänstemännen i Samordningsgruppen. SAMLA politiska samrådsgrupp har till uppgift att med ett "
        "utförar- och beställarperspektiv föra en regelbunden politisk dialog kring gemensamma frågor. "
        "De ska också skapa förutsättningar för politiskt samförstånd för att tillgodose invånarnas "
        "behov av en väl fungerande vårdsamverkan.\n"
        "\n"
        "Den politiska samrådsgruppens uppgift är att följa resultaten av vårdsamverkan utifrån de "
        "fastställda prioriterade målområdena samt återrapportera till respektive nämnder och styrelser. "
        "Samrådsgruppen tar inriktningsbeslut och fastställande av dessa sker i respektive berörd "
        "nämnd/styrelse. Ur ett patient- och brukarperspektiv behövs en politisk dialog för att nå ett "
        "gränsöverskridande, långsiktigt och hållbart arbete.\n"
        "\n"
        "Politiska samrådsgruppen i SAMLA har en ordförande och vice ordförande som följer "
        "tjänstemännens ordförande, vice ordförandeskap samt en eller två valda representanter i\n"
        "\n"
        "- Delregional nämnd västra\n"
        "- Primärvårdsstyrelsen\n"
        "- Styrelsen för Regiongemensam hälso- och sjukvård\n"
        "- Styrelsen för habilitering & hälsa\n"
        "- Tandvårdsstyrelsen\n"
        "\n"
        "- Styrelsen för Sjukhusen i väster\n"
        "- Styrelsen för Södra Älvsborgs sjukhus, SÄS (vuxen- och barnpsykiatri samt barn och "
        "ungdomsmedicin)\n"
        "- Socialnämnden, Alingsås kommun\n"
        "- Vård och omsorgsnämnden, Alingsås kommun\n"
        "- Barn och ungdomsnämnden, Alingsås kommun\n"
        "- Stöd och omsorgsnämnden, Lerums kommun",
    ),
    (
        "text",
        "Politiska samrådsgruppen 2024",
        "- - Våld i nära relationer – En arbetsgrupp med representanter från kommunen, regional "
        "primärvård sjukhuset och Västra Götalandsregionens kompetenscentrum om våld i nära relationer, "
        "VKV bildades i början av 2024 och hade fyra möten under året. Kommunerna hade påbörjat att ta "
        "fram en informationsbroschyr till polisen om våldsutsatta/våldsutövare och det finns nu också "
        "en framtagen broschyr riktad till VGR – Ett liv fritt från våld. Gruppen utvecklades och blev "
        "en del av ett samarbete med Alingsås närpolisområde. Polisen i västra distriktet bjöds in till "
        "den politiska samrådsgruppen, där även samordningsgruppen deltog, för att informera om det "
        "pågående arbetet Operation BETA - nya metoden för att bekämpa våld mot kvinnor. Information "
        "gavs också om när det gäller för socialtjänsten att bryta sekretessen, enligt Offentlighets- "
        "och sekretesslag (2009:400) 10 kap (se protokoll 2024-09-27).\n"
        "- - Småbarnsteam i Alingsås och Lerum – Projektutvärderingen 2024 i Alingsås visade att "
        "småbarnsteamet är viktigt och värdefullt. Familjerna tyckte att det var bra att allt är samlat "
        "på ett ställe, de fick en helhetsbild om sitt barn och ett samlat omhändertagande. "
        "Representanterna i teamet tyckte att samarbetet mellan professioner gynnar alla, även barnet "
        "och deras vårdnadshavare. Lerums kommun har påbörjat arbetet under 2024. Enligt politiska "
        "samrådsgruppen är arbetet viktigt utifrån att samverkan och samarbete kring små barn med "
        "misstanke om utvecklingsrelaterade funktionsavvikelser är viktigt. Frågan om fortsatt "
        "finansiering 2025 – 2026 har varit uppe för diskussion. Under förutsättning att annan "
        "finansiering inte kan säkras, beslutar politiska samrådsgruppen att SAMLA beviljar medel för "
        "samordning av småbarnsteam 2025–2026.\n"
        "- - Mini-Maria är en integrerad mottagning som vänder sig till barn och unga med risk och "
        "missbruk. Syftet med en integrerad mottagning är att erbjuda målgruppen samordnade insatser "
        "från kommun och region i form av evidensbaserad vård och behandling av hög kvalitet. Mini-Maria "
        "mottagning vänder sig till ungdomar med risk- och missbruksproblem, doping eller spelproblem "
        "och på mottagningarna ges behandling av alkohol- och narkotikamissbruk samt även rådgivning och "
        "stöd för ungdomar och/eller anhöriga. Det finns sedan början av september 2022 en "
        "samlokaliserad mottagning för både Lerum och Alingsås i Alingsås kommun. I dagsläget har inte "
        "vårdsamverkan SAMLA ansvaret och under året har det varit en återkommande dialog om hur "
        "mottagningen ska /vill drivas.",
    ),
    (
        "text",
        "Samordningsgruppen",
        "Representanterna i samordningsgruppen är utsedda tjänstemän från samtliga "
        "organisationer/verksamheter för att delta i samverkansfrågor. Samordningsgruppen ansvarar för "
        "att koordinera, följa upp, utveckla och fatta inriktningsbeslut i gemensamma strategiska "
        "samverkansfrågor mellan kommun och region. Samordningsgruppen representeras av tjänstemän från\n"
        "\n"
        "- Delregional nämnd västra\n"
        "- Regional primärvård\n"
        "- Regionhälsan - regiongemensamma vårdverksamheter\n"
        "- Habilitering och hälsa\n"
        "- Tandvården\n"
        "- Sjukhusen i väster\n"
        "- ÖVM, öppenspsykiatrisk mottagning Alingsås, Södra Älvsborgs sjukhus, SÄS\n"
        "- BUP, barn och ungdomspsykiatrisk mottagning, Södra Älvsborgs sjukhus, SÄS\n"
        "- Alingsås kommun med Vård och omsorg, individ och familjeomsorg samt elevhälsa\n"
        "- Lerums kommun med Stöd och omsorg, individ och familjeomsorg samt elevhälsa\n"
        "- GR – Göteborgsregionens kommunalförbund\n"
        "\n"
        "Samordningsgruppen ska prioritera strategiska områden, leda, styra och följa upp arbetet inom "
        "den organiserade samverkansstrukturen. Samordningsgruppen har träffats tre halvdagar och två "
        "heldagar med planering under 2024. I november planerades och genomfördes en heldagskonferens "
        "med tema barn och unga.\n"
        "\n"
        "Samordningsgruppen hade korta avstämningar för att följa länsgemensamma frågor inför möten i "
        "Vårdsamverkan Västra Götaland (VVG). Under sommarmånaderna hade berörda chefer inom kommun och "
        "region veckoavstämningar kring in- och utskrivningsprocessen med syfte att den enskilde inte "
        "skulle behöva vara kvar på sjukhuset längre än medicinskt nödvändigt. Dessa avstämningar har "
        "varit uppskattade av samtliga parter.\n"
        "\n"
        "Vice ordförande fick tillträda i förtid som ordförande för samordningsgruppen i oktober 2024 på "
        "grund av tjänstebyte. Det innebar att representant från lasarettet blev vice ordförande och ny "
        "representant från regional primärvård nominerades in.\n"
        "\n"
        "### Arbetsutskott (AU) för Samordningsgruppen\n"
        "\n"
        "AU hade möte innan samordningsgruppens möten med uppdraget att vara Samordningsgruppens "
        "operativa ledning och bereda frågor. AU representanter var 2024\n"
        "\n"
        "- representant från Lerums kommun\n"
        "\n"
        "- representant från Alingsås lasarett\n"
        "- representant från regional primärvård\n"
        "- tjänsteperson från Delregionala nämnd västra\n"
        "- processledare för SAMLA.",
    ),
    (
        "text",
        "Representation till länsgemensamma samverkansgrupper",
        "- Samordningsgruppens ordförande och vice ordförande representerade vårdsamverkan SAMLA i "
        "Vårdsamverkan Västra Götaland, VVG\n"
        "- Vårdsamverkan SAMLA hade fyra representanter i den Regionala styrgruppen för psykisk hälsa i "
        "Västra Götaland där fokus var den regional handlingsplanen för psykisk hälsa, styrgruppen "
        "upplöstes i november 2024.",
    ),
    (
        "text",
        "Samordningsgruppen 2024",
        "Samordningsgruppen ska bereda frågor inom området när det finns behov av delregional samordning "
        "med målsättningen att samverkansarbetet ska öka. Syftet är också att göra en förflyttning till "
        "en god och nära vård.\n"
        "\n"
        "- - Samordningsgruppen uppmuntrar verksamheterna att ”Våga pröva nytt i samverkan” för att "
        "ställa om till den Nära vården med ett personcentrerat förhållningssätt. Det erbjöds att söka "
        "medel utifrån de prioriterade målgrupperna, Äldre, Barn och unga, psykisk hälsa och missbruk. "
        "En ansökan kom in, Projekt Mobilt team i samverkan för unga med psykisk ohälsa, se hemsidan.\n"
        "- - Temagrupp in- och utskrivningsprocessen för en trygg och säker hemgång från slutna hälso- "
        "och sjukvård - En workshop genomfördes i oktober 2023. In- och utskrivningsprocessen fungerar i "
        "stort sett bra i SAMLA men det kan alltid bli bättre. Sammanfattningsvis blev det efter "
        "workshopen tydligt att det behövdes en styrgrupp för att styra och leda arbetet med att "
        "omhänderta de identifierade förbättringsförslagen och en Temagrupp in- och "
        "utskrivningsprocessen bildades. Temagruppens syfte är att planera, styra, leda och ge "
        "förutsättningar för att genomföra förbättringsförslag i samverkan. Temagruppen har haft sju "
        "möten under 2024. Temagruppen arrangerade i maj 2024 en workshop för medarbetarna med temat ” "
        "Medvetna förbättringar tillsammans för personen vi är till för”. Resultatet från workshopen "
        "innebar att tre arbetsgrupper bildades som omhändertog var sitt område; avstämningsmöte, "
        "utskrivningsklar och kriterier för varandras bedömningar. Under hösten 2024 har arbetsgrupperna "
        "träffats och tagit fram olika förbättringsförslag med styrning och ledning av temagruppen.\n"
        "- - Temagrupp Egenvård - Från 1 juli 2024 har Västra Götalandsregionen och alla kommuner i "
        "Västra Götaland en Länsgemensam riktlinje för egenvård. Syftet med temagruppen är att få samsyn "
        "kring processens bedömning, beslut och uppföljning. Målet är att den enskilde är delaktig och "
        "ska utgå från dennes önskemål och individuella förutsättningar och att samtliga verksamheter i "
        "SAMLA har konsensus kring processen. Temagruppen hade två möten under hösten 2024, se "
        "hemsidan.\n"
        "\n"
        "- - Samordnad individuell plan, SIP - Under 2024 gav samordningsgruppen verksamheterna i NOSAM "
        "uppdraget att ta fram goda exempel på SIP. Arbetet med att öka antalet SIP och sprida goda "
        "exempel i samverkan pågår över tid.\n"
        "- - Suicidprevention - Vårdsamverkan Lerum Alingsås SAMLA har fått nationella medel för att "
        "arbeta med suicidprevention. Arbetet ska ske utifrån evidensbaserade metoder för att förebygga "
        "suicid i befolkningen. Arbetet med suicidprevention i SAMLA berör målgrupper inom olika "
        "samverkansområden – barn och ungas, vuxna och äldre. I SAMLA finns utbildade Mental Health "
        "First Aid, MHFA instruktörer som utbildar medarbetare inom kommun och region till ”Första "
        "hjälpare suicid”. 2024 genomfördes sex utbildningstillfällen med totalt 105 deltagare.",
    ),
    (
        "text",
        "Närområdesgrupp NOSAM Alingsås och Lerum",
        "Närområdessamverkan kännetecknas av helhetssyn, kontinuitet, samverkan och ett hälsofrämjande "
        "förhållningssätt som syftar till att stärka den enskildes hälsa och reducera framtida vård- och "
        "insatsbehov samt effektivt nyttja de gemensamma resurserna. Operativ närområdes-samverkan NOSAM "
        "finns i Lerum och Alingsås kommun. Samverkansprocesser är att långsiktigt bygga upp hållbara "
        "strukturer för samverkan i NOSAM. Syftet med närområdessamverkan är att finnas nära invånarna "
        "och det individinriktade samverkansarbetet. Det ger då mervärde för den enskilde och/eller "
        "verksamheterna genom samordning på lokal nivå.\n"
        "\n"
        "NOSAM har fokus på prioriterade närområdesfrågor samt arbetar med de fokusområden som är "
        "framtagna i SAMLA 2023–2026. Samverkansplanen är antagen av Samordningsgruppen/ Politiska "
        "samrådsgruppen och innehåller fokusområden, strategier och aktiviteter. NOSAM tar fram egna "
        "aktiviteter på lokal nivå utifrån de prioriterade målområdena och målgrupper Barn och unga, "
        "Äldre och Psykisk hälsa och missbruk.\n"
        "\n"
        "Representanterna utses av respektive organisation/verksamhet och får mandat att representera "
        "samarbeta, diskutera och efter förankring besluta i vissa frågor. Samverkan är en pågående "
        "process där kontinuitet är viktigt. Ersättare utses inte.\n"
        "\n"
        "- Verksamhetschefer från samtliga vårdcentraler\n"
        "- Verksamhetschefer från samtliga rehabenheter\n"
        "- Verksamhetschef för den kommunala primärvården\n"
        "\n"
        "- Medicinskt ansvarig sjuksköterska (MAS) i kommun och/eller Medicinsk ansvarig för "
        "rehabilitering (MAR)\n"
        "- Psykologiskt ledningsansvar, PLA inom barn och elevhälsa\n"
        "- Avdelningschef eller motsvarande från kommunens berörda verksamheter\n"
        "- Klinikchef från tandvården\n"
        "- Vårdenhetschef från Alingsås lasarett\n"
        "- Folkhälsostateger i respektive kommun\n"
        "- SAMLA processledare och delregional samordnare\n"
        "- Brukarmedverkan NSPH i Västra Götaland\n"
        "\n"
        "Utöver ovanstående kan ytterligare representation från andra verksamheter vid behov adjungeras "
        "in. Det kan vara medicinskt ledningsansvar inom skolhälsovården (MLA), socialt ansvarig "
        "samordnare med flera.\n"
        "\n"
        "Under 2024 har NOSAM Alingsås och Lerum haft sju möten där ett av mötena var ett Stor NOSAM. "
        "Alingsås och Lerum hade vid detta tillfälle en gemensam agenda för att tillsammans diskutera "
        "aktivitetsplaner mm inom målgrupperna. Mötet var uppskattat och kommer under 2025 ske en gång i "
        "halvåret. Aktivitetsplanerna är framtagna utifrån målgrupperna men kan vara lite olika utifrån "
        "det lokala perspektivet i kommunerna. Aktiviteterna är levande och löper ofta över en längre "
        "tid. Flera aktiviteter omhändertas fortsatt under 2025.\n"
        "\n"
        "Brist på representation från vissa verksamheter gör att vissa frågor inte kan lösas och minskar "
        "framdriften i målgruppen. Viktigt att säkerställa att alla relevanta aktörer deltar "
        "regelbundet.\n"
        "\n"
        "**Nedan beskrivs ett urval av de samverkansfrågor som hanterats inom de olika målgrupperna i "
        "NOSAM Alingsås Lerum under året, både utifrån aktivitetsplaner och övriga samverkansfrågor som "
        "aktualiserats**",
    ),
    (
        "moten",
        "Möten under 2024",
        "Antalet möten per grupp under 2024. Stor NOSAM räknas som ett gemensamt möte för NOSAM Alingsås "
        "och NOSAM Lerum.",
    ),
    (
        "text",
        "NOSAM Barn och unga",
        "NOSAM ska bereda frågor inom området när det finns behov av delregional samordning med "
        "målsättningen att samverkansarbetet ska öka. Syftet är också att göra en förflyttning mot en "
        "god och nära vård. Målgrupper är barn och unga inom SAMLA som samtidigt har behov av vård- stöd "
        "och omsorgsinsatser från både kommun och region.\n"
        "\n"
        "- - Hälsoundersökningar för placerade barn - I dialog framkom att det är viktigt att det "
        "framkommer i remissen från socialtjänsten om hälsoundersökning behöver hanteras brådskande. "
        "Frågan kring placerade barns tandhälsa behöver också finnas med i överenskommelsen.\n"
        "- - En väg in och vilka remisser skolan skickar – Pågående dialog finns mellan BUP och skola "
        "Alingsås/Lerum. Samverkan kring Neuropsykiatrisk funktionsnedsättning behövs och en arbetsgrupp "
        "kommer att startas 2025. Kopplat till kommande arbete är Vård och insatsprogram, VIP kring barn "
        "med autism och ADHD.\n"
        "\n"
        "- - Barn och unga med allvarlig suicidrisk – Vid utskrivning från slutenvården är det svårt för "
        "socialtjänsten när viss planering och information saknas. Viktigt att planera framtida insatser "
        "tillsammans med kommunen, vården, barnet och närstående. Barn och ungdomspsykiatri, BUP "
        "upplever mest problematik när barn är inlagda på sjukhus länge. Behov av bättre interna rutiner "
        "mellan BUP – akutmottagning har identifierats. BUP-akuten finns bara i Borås och på Sahlgrenska "
        "Universitetssjukhuset, totalt 14 platser. Vid utskrivning erbjuds besökstid snarast hos BUP. En "
        "del barn blir inte inskrivna på sjukhus, då kontaktas socialtjänsten som utreder.\n"
        "- - Ny socialtjänstlag 2025 - Samtliga representanter har uppmanats att se filmen om lagen som "
        "Sveriges kommuner och regioner, SKR har publicerat för att därefter föra en dialog under 2025.\n"
        "- - Skolfrånvaro - Viktigt att medvetandegöra att det är allas fokus och uppgift att arbeta med "
        "frågan. En kartläggning är gjord avseende elever med hög skolfrånvaro i Alingsås kommunala "
        "grundskolor. Beskrivna anledningar till skolfrånvaro kan vara frånvaro av föräldrastöd, skolk, "
        "skolvägran, långvarig psykisk ohälsa, långvarig somatisk sjukdom eller beviljad ledighet. Det "
        "är en utmaning för skolorna att kunna erbjuda det sammanhållna, individanpassade, flexibla stöd "
        "som krävs. Till exempel att någon som eleven litar på finns tillgänglig. NOSAM Lerum arbetar "
        "också med frågan och har gjort en flödeskartläggning. Det är viktigt att det förebyggande "
        "arbetet och samarbetet görs i alla led för att hjälpa de här barnen när eleven blir orolig i "
        "skolan och att det finns alternativ att erbjuda när stressen blir för stor.\n"
        "- - Samordnad individuell plan, SIP - Goda exempel från skolan, bra med ett tydligt syfte, få "
        "till helheten eller våga ha tydliga frågeställningar utifrån till exempel utagerande beteende. "
        "Viktigt att kalla till SIP för att synliggöra och lyfta de ungas behov och önskemål. Förslag om "
        "att göra en informationsfilm för SIP har lyfts, med representanter från verksamheter och "
        "brukarrepresentanter.\n"
        "- - Avvikelse i samverkan – Få avvikelser skrivs, många avvikelser löses vid sidan om "
        "MedControl Pro och då mellan parterna.",
    ),
    (
        "text",
        "NOSAM Psykisk hälsa och missbruk",
        "NOSAM ska bereda frågor inom området när det finns behov av delregional samordning med "
        "målsättningen att samverkansarbetet ska öka. Syftet är också att göra en förflyttning mot en "
        "god och nära vård. Målgrupper är individer med psykisk ohälsa, psykisk sjukdom eller psykisk "
        "funktionsnedsättning. Individer med ett neuropsykiatriskt tillstånd, komplex samsjuklighet, "
        "skadligt missbruk och/eller somatisk sjukdom som samtidigt har behov av vård- och insatser från "
        "både kommunen och regionen.\n"
        "\n"
        "- - Samordnad individuell plan, SIP - goda exempel SIP har visat sig vara att ha oberoende "
        "mötesledare när situationen är komplex. Funktionshinderenheten i Lerums kommun har några "
        "oberoende mötesledare. Frågan om behov av SIP ställs alltid av kommunen när en enskild person "
        "ansöker om en insats på myndighet. Lerums kommun arbetar och sprider en metod som kallas "
        "”teamsamverkan” som syftar till att förbättra det kommunala samarbetet och tidigare fånga upp "
        "behov av SIP. I Alingsås diskuteras hur SIP kan ske enklare i samverkan genom exempelvis en "
        "lathund för medarbetarna.\n"
        "- - Öppenvårdsprocessen utifrån beslutad Läns-gemensam riktlinje och rutin - NOSAM har lyft "
        "frågan men det blev ingen aktivitet kring den under 2024.\n"
        "- - Implementera Vård och insatsprogrammet, VIP - Sprida kunskapen i verksamheterna.\n"
        "- - In- och utskrivningsprocessen - Fungerar inte alltid så bra när det gäller personer med "
        "skadligt bruk och beroende. Samarbetet har blivit bättre mellan Öppenpsykiatriska mottagningen, "
        "ÖVM och vårdcentralerna i SAMLA då de samverkar kring den regionala medicinska riktlinjen, RMR "
        "(en regionalintern process). Trygg och säker hemgång kring psykiatriärenden där samverkansmöten "
        "mellan primärvård, slutenvården och rehabiliteringen måste pågå över tid. Det kan finnas "
        "svårigheter vid inskrivning till slutenvården där en av orsakerna kan vara att läkare gör olika "
        "bedömningar vilket innebär utmaningar för alla inblandade.\n"
        "- - Hälsofrämjande arbetet för personer med aktivitets- och sjukersättning - Arbetsförmedlingen "
        "har ändrat sitt arbetssätt och behöver ett medicinskt utlåtande för att patienten ska få det "
        "stöd i sitt arbetssökande som arbetsförmedlingen bekostar. Det behövs en gemensam hållning "
        "kring arbetssättet. Arbetet pågår för att sprida information om försörjningsstöd till olika "
        "verksamheter inom vården, då det finns risk att den enskilde inte söker vård på grund av "
        "ekonomiska orsaker. Mer aktiv kontakt behöver också ske mellan ÖVM och rehabmottagningar kring "
        "frågan.",
    ),
    (
        "text",
        "NOSAM Äldre",
        "NOSAM ska bereda frågor inom området när det finns behov av delregional samordning med "
        "målsättningen att samverkansarbetet ska öka. Syftet är också att göra en förflyttning mot en "
        "god och nära vård. Målgruppen är de individer och grupper i befolkningen som\n"
        "\n"
        "- Är 65 år och äldre\n"
        "- Vårdas i livets slutskede, oavsett ålder och som samtidigt och samordnat har behov av vård- "
        "och insatser från både kommunen och regionen\n"
        "\n"
        "Inom äldre målgruppen upplevs samarbetet och dialogerna som konkreta och verksamhetsnära.\n"
        "\n"
        "- - Stödjande dokument vid palliativ vård och vård i livets slutskede inom kommunal primärvård "
        "och särskilt boende – Lerum har sedan tidigare tagit fram ett dokument och det har framförts "
        "önskemål från Alingsås lasarett att det ska vara ett och samma dokument som gäller för både "
        "Alingsås och Lerum. Frågan har inte lösts ut under 2024.\n"
        "- - Screening sköra äldre, Clinical Frailty Scale, CFS - Samtliga verksamheter använder redan "
        "idag olika skalor för skattning av sköra äldre. Alingsås lasarett har tagit beslut om att "
        "använda CSF. Det framkom under hösten 2024 att skattningsinstrumentet kommer finnas i "
        "Millennium (nytt journalsystemet i VGR). Millennium blev pausat i november 2024 och frågan "
        "kring CFS pausas därmed.\n"
        "- - Öppenvårdsprocessen utifrån beslutad Läns-gemensam riktlinje och rutin - NOSAM har lyft "
        "frågan men ingen aktivitet genomfördes under 2024.\n"
        "- - Tandvård – Det har identifierats att det är viktigt med större delaktighet från medarbetare "
        "inom särskilt boende vid munhälsobedömningar på de enskilda. Tandhygienist från folktandvården "
        "informerade om att det finns brister när det gäller enskilda som egentligen har rätt till "
        "”Intyg om nödvändig tandvård” inte får det i tid. Äldregruppen uppmanade alla att ”steppa upp” "
        "vad gäller intygen: läkare, vid inskrivningssamtal på SÄBO (enhetschef), vid inskrivning i "
        "kommunal primärvård (sjuksköterska), socialsekreterare, för personer som har hemtjänst.\n"
        "- - Samordnad individuell plan, SIP – Dialog kring att fler proaktiv SIP vid demens behöver "
        "genomföras. Det är Lerums vårdcentral i samverkan med kommunen och tillsammans med den enskilde "
        "och eventuella närstående som genomförde flest SIP. Viktigt att ansvarsfrågan är utredd innan "
        "mötet genomförs då SIP är den enskildes plan.\n"
        "- - Brukardialog – Under hösten 2024 planerades ett dialogtillfälle med tema rehabilitering som "
        "fick ställas in då det var få anmällda från patientföreningar/brukarorganisationer.\n"
        "- - Vård- och omsorgskollen – Detta är ett verktyg som tillhandahålls av Sveriges kommuner och "
        "regioner, SKR. Genom att medarbetare ställer några enkla frågor på telefon eller vid ett möte "
        "till den enskilde, kan det skapa trygghet. Syftet är att systematiskt följa upp hur den "
        "enskilde upplever kontinuitet, delaktighet, tillgänglighet, samordning och trygghet. Uppdraget "
        "att prova vård- och omsorgskollen kom från samordningsgruppen. Förberedelse har skett under "
        "hösten 2024 och ett genomförande sker i början av 2025.\n"
        "\n"
        "- - Närområdesplan, NOP – Har varit en informationspunkt. Lerum vårdcentral och Lerums kommun "
        "genomför en pilot för att ta fram en mall som ska användas 2025. Uppdraget kommer från "
        "koncernkontoret i VGR.\n"
        "- - Mobila vårdformer – MobiltAkutLäkarTeam, MALT-bilen fungerar bra. Önskan finns att den ska "
        "finnas även på kvällar och helger. En förbättring skulle kunna vara en mobil röntgen. Mobila "
        "hemsjukvårdsteamet med regionens hemsjukvårdsläkare fungerar bra i SAMLA. Närsjukvårdsteamet "
        "som utgår från sjukhuset träffar patienter som kräver medicinsk uppföljning och sjukhusets "
        "resurser. NOSAM ser att det kan finnas fler patienter som eventuellt behöver detta team. "
        "Kommunikationen behöver stärkas och säkras. Palliativa teamet fungerar bra. Utan dessa mobila "
        "vårdformer skulle patienterna få det sämre.",
    ),
    (
        "text",
        "Medarbetare i SAMLA",
        "### Processledare i SAMLA\n"
        "\n"
        "Arbetar övergripande tillsammans med samtliga tjänstemannagrupper och politiska samrådsgruppen. "
        "Arbetet innebär att bereda frågor, ta fram/revidera dokument, omvärldsbevaka, delta på "
        "läns-gemensamma avstämningar och sköta hemsidan SAMLA med mera. Arbetsledare för processledaren "
        "är ordförande och vice ordförande i Samordningsgruppen. Processledare i SAMLA processleder och "
        "har avstämningar med utsedda samordnare.\n"
        "\n"
        "### Delregional samordnare\n"
        "\n"
        "Delregionala samordnare för specifika uppdrag som In- och utskrivningsprocessen, "
        "Suicid-prevention, Samordnad individuell plan – SIP, Socialmedicinsk mottagning och Avvikelser "
        "i samverkan har under 2024 haft uppdrag i SAMLA.\n"
        "\n"
        "### Kommunikatör\n"
        "\n"
        "En extern kommunikatör anlitas vid behov och som med ca 10% för hjälp med hemsidan SAMLA.",
    ),
    (
        "ekonomi",
        "Ekonomi 2024",
        "Vid årets slut redovisar SAMLA ett positivt resultat på 8 mnkr. Intäkterna uppgick till 4,8 "
        "mnkr och medlen kom från staten, VästKom, HSNV, Lerums kommun och Alingsås kommun. SAMLA "
        "förbrukade 5,4 mnkr under året och tar alltså med sig tidigare års överskott in i 2025. En del "
        "av dessa medel är redan in-tecknade för att exempelvis finansiera delar av Socialmedicinsk "
        "mottagning med ca 3 mnkr/år 2023–2026 enligt beslut i den politiska samrådsgruppen.",
    ),
]

# (kind, label, amount in mnkr or None, note)
SAMLA_2024_ECONOMY = [
    ("intakt", "Staten", None, "Belopp per källa anges inte i rapporten"),
    ("intakt", "VästKom", None, ""),
    ("intakt", "HSNV", None, ""),
    ("intakt", "Lerums kommun", None, ""),
    ("intakt", "Alingsås kommun", None, ""),
    ("intakt", "Intäkter totalt", Decimal("4.8"), "Från staten, VästKom, HSNV och kommunerna"),
    ("kostnad", "Förbrukade medel", Decimal("5.4"), ""),
    ("resultat", "Positivt resultat vid årets slut", Decimal("8.0"), "Enligt rapporten"),
    ("balans", "Tidigare års överskott förs in i 2025", None, ""),
    (
        "atagande",
        "Socialmedicinsk mottagning 2023–2026",
        Decimal("3.0"),
        "Ca 3 mnkr/år enligt beslut i politiska samrådsgruppen",
    ),
]

MOLNDAL_2024 = {
    "year": 2024,
    "title": "Årsrapport 2024",
    "subtitle": "NOSAM Mölndal",
    "report_date": date(2024, 12, 12),
}

MOLNDAL_2024_SECTIONS = [
    (
        "text",
        "Sammanfattning och analys",
        '### Sammanfattning av gruppens arbete under det gångna året\n\nUnder året 2024 har samverkan i NOSAM Mölndal stärkts. Ledamöterna har träffats vid sex NOSAM-möten, fyra fysiska och två digitala möten. Tydlig struktur med uppdelad mötesagendan har gett en tydligare uppdelning och representation på NOSAM-mötena. Mölndal har representanter i samtliga delregionala temagrupper och har vid behov vid varje NOSAM möte avsatt tid att kommunicera temagruppens arbete och dialoger och föra NOSAMs frågor vidare uppåt.\n\nEn stor aktivitet i NOSAMs handlingsplan under året har varit att ge förutsättningar för den pågående arbetsgrupp med representanter från kommunal- och regional primärvård, "arbetsgrupp primärvård". Arbetsgruppen har träffats fyra gånger under året och har identifierat behov av att ta fram ett lokalt vägledande dokument för remissutfärdande till kommunal primärvård.\n\nSyftet är att dokumentet ska vara ett stöd för den regionala primärvården samt att parterna i framtagandet av dokumentet bygger relationer till varandra samt ökar samsynen och tolkningen av Hälso- och sjukvårdsavtalet gällande inskrivning i kommunal primärvård och patientens behov. Målet är att patienterna ska uppleva en sömlös vård. Arbetsgruppen representanter upplever att dialogerna och det arbete som har genomförts är gynnsamt för samverkan och patienterna.\n\nKommunen har tagit fram ett projektförslag för att tillsammans med regional primärvård söka om stimulansmedel för mobil hemsjukvårdsläkare. Dialogen och ambitionen är positiv bland samtliga, man ser behovet av att de mest sjuka patienterna får hjälp av ett team i kommunen där läkare ingår. Intentionen är att efter projekttid ha utvecklat ett nytt arbetssätt som är implementerat.\n\nLokal samordningsgrupp barn och unga (LOSAM) har fortsatt i nuvarande form och sammankallande för LOSAM är nu en stående representant i NOSAM. Detta för att både stärka samverkan i barn- och unga frågor och kopplingen till NOSAM.\n\nArbetet med stärkt SIP i Mölndal fungerar bra och man ser att SIP och förmöten nu ersätter konsultationsteamets stöd som funnits. När det gäller barn och unga så är det även en möjlighet att använda LOSAM för ärendedragning eftersom chefer från de berörda verksamheterna medverkar.\n\nSocialtjänsten har bjudit in till samverkansmöte mellan involverade parter gällande spridning och implementering av HälsoSAMS - ett stöd för att underlätta samverkan mellan socialtjänsten, hälso- och sjukvården och tandvården.',
    ),
    (
        "text",
        "Utvecklingsområden och åtgärder för ökad måluppfyllelse",
        'En uttalad oro finns gällande förlorat processledarstöd och det ansvar som ordföranden får. Varje ledamot förväntas ta ansvar över NOSAM och agendans innehåll.\n\nFortsätta att utveckla projekt gällande mobil hemsjukvårdsläkare.\n\nÖkat fokus på samverkan med rehab och att starta upp en arbetsgrupp.\n\nNOSAM har ställt sig bakom att "arbetsgrupp primärvård" ska vara bestående med en mötesfrekvens av två möten per termin a två timmar. Alla vårdcentraler har fått frågan att låta en medarbetare vara med. NOSAM kommer att följa arbetet, dialoger och fördjupade relationer som kommer att utstakas under året och hitta former för att systematiskt fånga upp och tillvarata de erfarenheter och förslag till förbättringar som arbetsgruppen identifierar.\n\nNOSAM vill att arbetsgruppen 2025 ska hantera frågorna:\n\n- Fortsätta diskutera tolkningar av Hälso- och sjukvårdsavtalet med vägledande patientfall.\n- Kartlägga vårdkedjan för patienten under korttidsvistelse i syfte att effektivisera och förbättra samverkan kring patienterna.\n- Läkemedel – forskrivningsansvar\n- Ta upp avvikelser i syfte att förbättra samverkan med patienten i fokus.',
    ),
    (
        "aktiviteter",
        "Mål, aktivitet och utfall",
        "I tabellen nedan redovisas resultat av genomförda aktiviteter ur handlingsplanen som numer är tvåårig.",
    ),
    ("moten", "Möten under 2024", ""),
]

# NOSAM Mölndal's two-year handlingsplan as it stands in the 2024 report's
# table (004): Mål, Aktivitet and, as the follow-up of 2024, Uppföljning.
MOLNDAL_PLAN = {
    "collaboration_plan": "Handlingsplan NOSAM Mölndal 2024–2025",
    "title": "Handlingsplan NOSAM Mölndal",
    "slug": "handlingsplan-2024",
    "year": 2024,
    "follow_up_date": date(2024, 12, 12),
}

MOLNDAL_ROWS = [
    {
        "goal": "TG Äldre: Öka kvaliteten och delaktigheten för individen i vårdens övergångar",
        "what": "Dialog och samsyn mellan kommunal och regional primärvård gällande inskrivning i kommunal primärvård. NOSAM ställer sig bakom att ge uppdrag till en arbetsgrupp att starta en dialog om mer samsyn gällande bland annat inskrivning i kommunal primärvård.\n\nUppdragshandling togs fram av representanter från kommun och region med processledare som fastställdes i april.",
        "follow_up": "Arbetsgruppens arbete har lett till att stärka relationen mellan parterna genom att tillsammans gå igenom ingående avtal, överenskommelser och rutiner för ökad kunskap och samverkan.\n\nFramtagande av ett lokalt vägledande dokument för remissutfärdande till kommunal primärvård.",
    },
    {
        "goal": "TG Äldre: Öka den proaktiva bedömningen av den enskilde",
        "what": "Implementera kunskapsstödet Samverkande sjukvård i hemmet inom primärvårdsområdet.\n\nParter inom den kommunala och regionala primärvården har tagit del av materialet.",
        "follow_up": "Efter dialog på NOSAM fastställs att nystartad arbetsgrupp (enligt ovan) kommer utifrån den dialogen som förs där identifiera fokusområden eller utvecklingsområden som behöver lyftas till NOSAM. NOSAM kommer sedan ta ställning till att utveckla eller förbättra eventuella samverkansbehov.\n\nVarje verksamhet förväntas även själv ta hem frågan och fundera kring hur detta stöd ska kunna implementeras i deras verksamheter.",
    },
    {
        "goal": "TG BoU: Verka för lokalt samverkansarbete för barns och ungas hälsa",
        "what": 'SIP och andra samverkansverktyg kan användas som stöd och struktur i samverkan vid övergångar, tex i steget till ung vuxen.\n\nFokus på målgruppen barn som fyller 18 år.\n\nSprida "Tillämpningsanvisningar utifrån Överenskommelsen Barn och Ungas hälsa" till samtliga verksamheter som möter barn och unga.\n\nAktivitet för lokal samverkansgrupp barn och unga.\n\nOmhändertade genomförd SIP-satsning genom att vidmakthålla nätverk och kontaktvägar.',
        "follow_up": "Utbildningar och nätverksträffar kring SIP 2024\n\n• Två utbildningstillfällen (3 timmar per tillfälle), 15-20 personer vid varje tillfälle närvarade\n• Fyra nätverksträffar (2 timmar per tillfälle) 15-28 personer vid varje tillfälle närvarade (ca 90-100 SIP-kunniga har blivit inbjudna)\n• En SIP-dag (halv dag) 94 tackade ja, 60 närvarade",
    },
    {
        "goal": "Öka förskolans möjligheter och tillgång till personal från socialtjänsten i barnhälsoteamen. Ökad kompetens i förskolan kring barn som far illa.",
        "what": 'Med stimulansmedel från temagrupp barn och unga har en halvtidstjänst med befattning socionom från myndighet barn och unga tillsatts. Uppdraget är ökad samverkan mellan myndighet, BVC och förskola.\n\nAktivitet för lokal samverkansgrupp barn och unga. Socialtjänstens familjebehandlare deltar i Barnhälsoteam. Det ger möjlighet att också arbeta med yngre barn.\n\n"Make a move" är en samverkanssatsning nationellt med bland annat en rörelsesatsning för grundskolorna som RF Sisu leder.\n\nProjektplan finns. Rektorer och verksamhetschefer på skolan ansvarar för att sprida information om projektet.',
        "follow_up": "Gällande förskolan och barnhälsoteamarbetet som riktar sig till yngre barn pågår ett arbete för de yngre barnen för ökad samverkan med BVC och förskolan vilket går framåt. En socialsekreterare besöker både BVC och förskolor. Hen gör även besök tillsammans med familjebehandlare i barnhälsoteam och socialtjänsten hoppas utöka samarbetet till fler aktörer.",
    },
    {
        "goal": "TG BoU Barn och unga ska lyckas i skolan\n\nStarta Närvaroteam",
        "what": "Projekt med intensiva individuellt anpassade tvärprofessionella behandlingsinsatser för barn med mycket hög skolfrånvaro som involverar elev, föräldrar, socialtjänst och skola.\n\nSamarbete med UPH och Obesitasprojektet. Tidig upptäckt av psykisk ohälsa. Stimulansmedel från temagrupp Barn och unga.\n\nAktivitet för lokal samverkansgrupp barn och unga.\n\nVi kommer att arbeta med en avgränsad målgrupp av skolfrånvarande barn och unga och erbjuda individuellt anpassade insatser för att möta deras behov. Insatserna kommer att vara tvärprofessionella och involvera både elev, föräldrar, socialtjänsten och skolan. Teamet är i gång sedan mitten av september 2023. Det består av en extra tjänst som familjebehandlare som socialtjänsten står för, en tjänst som socialpedagog och en halvtid specialpedagog som båda skolan står för.\n\nTeamet arbetar utifrån ett beslut om insats via socialtjänsten och vi provar oss fram genom att arbeta med olika typer av familjer vad gäller ålder och problematik.\n\nSamtliga ärenden har mycket hög skolfrånvaro, från 80% till 100% frånvaro.",
        "follow_up": "Närvaroteam har varit i gång i drygt ett år. Teamet har arbetat med åtta barn, och tar in fler. Socialtjänsten har anställt en till socialsekreterare som arbetar med de barn som har långvarig skolfrånvaro. Teamet har haft framgång med barnen och resultat som är över förväntan. Tre barn har helt börjat i skolan igen, vissa barn har aldrig gått i skolan. Framgångsfaktorer har varit att i vissa fall byta skola, arbeta med förväntningar, bygga relationer och finnas där under längre tid. Flera barn har komplicerade diagnoser och teamet har varit nyfikna och påhittiga för att komma på nya idéer som fungerar för barnet.",
    },
]
