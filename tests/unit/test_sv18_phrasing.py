"""Swedish wordings of translated international policies (a browser, a desktop program, an app)
that the Swedish cues missed: "sekretess" in "sekretesspolicy", "sekretessmeddelande" and
"sekretessinställningar" means privacy, not confidentiality; deleting "efter"/"inom" a period and
"från våra servrar" is retention; where the reader lives ("var du bor", "i ditt land") and where
servers stand ("servrar i Finland", "i USA") are jurisdictions; what a program "skickar till
oss" and a legal basis ("berättigat intresse") are collection; "avtal om konfidentialitet" is
security; "rätta fel" (fix bugs) is no right to correct one's data; a search engine, Google and
a third party's "egen integritetspolicy" are sharing; connection logs are collection, and how
long the program ran is no retention; changing one's settings is a choice, not access; in an EU
body's statement "Europeiska byrån …" and the European Data Protection Supervisor are no
jurisdiction (a complaint to the latter is access), and who has access to the data ("vem har
tillgång") is sharing or security; keeping ("sparar", "sparas") is retention only with a period,
an end ("tills", "efter") or the accounting law, otherwise storing what is collected.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

CASES = [
    (
        "Vi kan komma att uppdatera detta sekretessmeddelande när våra tjänster förändras.",
        (PC,),
        SE,
    ),
    ("Vi kan komma att ändra denna sekretesspolicy från tid till annan.", (PC,), SE),
    ("Du hittar dina sekretessinställningar i appens meny.", (CH,), SE),
    ("Alla anställda är bundna av avtal om konfidentialitet.", (SE,), ""),
    ("Vi raderar serverloggarna efter två veckor.", (RE,), ""),
    ("Dina uppgifter tas bort från våra servrar inom 60 dagar.", (RE,), ""),
    ("När du raderar ditt konto försvinner dina projekt inom 30 dagar.", (AC, RE), ""),
    ("Beroende på var du bor kan du ha fler rättigheter.", (IN, AC), ""),
    ("Du kan klaga hos dataskyddsmyndigheten i ditt land.", (IN, AC), ""),
    ("Vi lagrar säkerhetskopior på servrar i Finland.", (IN,), ""),
    ("Vissa av våra leverantörer finns i USA.", (IN,), ""),
    ("Information som tillägget skickar till oss", (FP,), ""),
    ("Dina anteckningar stannar på din enhet.", (FP,), ""),
    (
        "Vi behandlar uppgifterna med stöd av vårt berättigade intresse att förbättra appen.",
        (FP,),
        "",
    ),
    (
        "Du har rätt att invända mot behandling som grundar sig på vårt berättigade intresse.",
        (AC,),
        FP,
    ),
    ("Beställningar hanteras av vår återförsäljare Bokhandel Nord AB.", (TP,), ""),
    ("Vi kan komma att dela anonymiserad statistik med forskare.", (TP,), ""),
    ("Du kan ställa in din webbläsare så att den vägrar cookies.", (CH,), ""),
    ("Du kan rätta felaktiga uppgifter under Mitt konto.", (AC,), ""),
    # A browser's, a VPN's and an app's own wordings.
    ("Webbläsaren skickar det du skriver i adressfältet till din valda sökmotor.", (TP,), ""),
    ("Sökmotorn behandlar uppgifterna enligt sin egen integritetspolicy.", (TP,), ""),
    ("Listan över farliga webbplatser hämtas från en tjänst som drivs av Google.", (TP,), ""),
    ("Vi för inga anslutningsloggar.", (FP,), ""),
    ("Telemetrin visar hur länge du har haft programmet öppet.", (FP,), RE),
    ("Du kan stänga av detta i Inställningar under Sekretess och säkerhet.", (CH,), SE),
    ("Du kan när som helst ändra dina marknadsföringsinställningar i appen.", (CH,), AC),
    ("Vi kan behöva bekräfta din identitet innan vi behandlar din begäran.", (AC,), FP),
    ("Överföring av personuppgifter", (IN,), ""),
    # An EU body's privacy statement: its own name and the EDPS's are no jurisdiction.
    (
        "Europeiska byrån för fiskerikontroll har åtagit sig att skydda dina personuppgifter.",
        "",
        IN,
    ),
    (
        "Europeiska byrån för fiskerikontroll har åtagit sig att skydda dina personuppgifter.",
        "",
        SE,
    ),
    ("Du kan lämna in ett klagomål till Europeiska datatillsynsmannen.", (AC,), IN),
    ("Hur skyddar vi dina personuppgifter?", (SE,), ""),
    ("Vem har tillgång till dina uppgifter och till vem lämnas de ut?", (TP,), AC),
    ("Tillgång till dina personuppgifter ges endast till behörig personal.", (SE,), AC),
    # Keeping ("sparar", "sparas") is retention with a period, an end or a law of keeping; by
    # itself it is storing what is collected.
    ("Chattloggar sparas i högst 90 dagar.", (RE,), ""),
    ("Kvitton sparar vi i sju år enligt bokföringslagen.", (RE, IN), ""),
    ("Uppgifter om dina köp sparas även efter att du har avslutat kontot.", (RE,), ""),
    ("Spelet sparar dina framsteg så att du kan fortsätta där du slutade.", "", RE),
    ("Kakorna lagras i upp till 13 månader.", (RE,), ""),
    ("Loggar sparas i högst sex veckor.", (RE,), ""),
    ("Om vi drabbas av en personuppgiftsincident informerar vi dig.", (SE,), ""),
    ("Vi sparar ditt namn och din e-postadress när du registrerar dig.", (FP,), RE),
    ("Loggarna lagras på våra servrar i 12 månader.", (RE,), IN),
    ("Dina foton lagras på våra servrar i Frankfurt.", (IN,), ""),
    # The company's own rights, and a processor's access, are no rights of the user.
    (
        "Vi kan lämna ut uppgifter för att skydda våra rättigheter, egendom eller säkerhet.",
        (TP,),
        AC,
    ),
    ("Leverantörerna har endast tillgång till de uppgifter som de behöver för uppdraget.", "", AC),
    ("Integritetspolicy\nVarifrån får vi dina uppgifter?", (FP,), ""),
    ("Vi fattar inga beslut som enbart grundas på automatiserad behandling.", (FP,), ""),
    # "Säkerställa" (ensure) is no security practice by itself.
    ("Vi säkerställer att tjänsten fungerar som den ska.", "", SE),
    ("Vi säkerställer att dina uppgifter skyddas med kryptering.", (SE,), ""),
    # A translated notice's lists of uses and rights.
    ("Vi använder uppgifterna för att skicka relevanta uppdateringar och meddelanden.", "", PC),
    ("Enligt dataskyddslagar har du flera rättigheter gällande dina uppgifter.", (AC,), IN),
    ("Du kan begränsa hur vi behandlar dina personuppgifter.", (AC,), FP),
    ("Integritetspolicy\nDina rättigheter och val", (AC, CH), ""),
    # The company deleting an idle account is retention; the user deleting is access.
    ("Vi kan komma att radera ditt konto om det har varit inaktivt i mer än två år.", (RE,), AC),
    ("Du kan inaktivera cookies i webbläsaren.", (CH,), RE),
    ("När du tar bort ett kort raderas det från våra servrar.", (AC, RE), ""),
    # A loyalty-card app's partner shops.
    ("Partnerbutiker kan få tillgång till dina kortuppgifter när du visar kortet.", (TP,), AC),
    ("Dina poäng och ditt saldo hämtas från butikens system.", (FP,), ""),
    # Fixing bugs is no correction of one's data.
    ("Vi använder felrapporterna för att hitta och rätta fel.", (FP,), AC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_sv18_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_a_privacy_policy_title_is_no_security() -> None:
    check_phrasing("Sekretesspolicy för appen Nattugla\nVi säljer aldrig dina uppgifter.", "", SE)
