"""Swedish wordings of security measures, a patient e-service and choices that the Swedish cues
missed: who may see the data ("bara … har åtkomst", "med behörighet", "tilldelas behörighet"),
two-step log-in, e-legitimation, "skyddad med", passwords never kept "i klartext" and a region's
"loggkontroll" are security, and encryption "vid lagring" is no retention; reading one's own
journal, asking who has read it ("loggutdrag") and a copy of one's data are access; the national
shared patient record ("sammanhållen journalföring") and other care providers are sharing;
blocking ("spärra") one's data from them is a choice, as is changing notifications in the
settings; a position the app reads and what is noted when the user makes contact are
collection. In a translated notice, device information, operating system, aggregated statistics,
card numbers and bar codes, data kept "på din enhet" and "syftet med" the processing are
collection; "informationssäkerhet" (hidden by the fpcu stem "information"), perimeter
protection, monitoring for intrusions and secure protocols are security; "upp till dig", using
the service without an account, uninstalling and managing cookies are choices; exporting,
deleting and updating one's own data are access; "förbehåller oss rätten att ändra", "om
policyn ändras" and "den aktuella versionen" are changes. Naming the controller, not selling
data, switching statistics off, changing one's e-mail address, asking for "uppgifter vi har om
dig" and deleting crash reports after a period are no collection; checking for updates is.
From the corpus's own dev groups: what "vi registrerar", "jag använder" and "hämtar vi" (a
personnummer) state is collection; "levereras av", "lämnas till" are sharing; "om du har sagt"
is a choice; "ingen annan än du" is security; "den uppdaterade versionen", "innan vi gör
ändringar" are changes; a company called "… Sverige AB" or serving "hela Sverige" is no
jurisdiction, and a title "Information om behandling av personuppgifter" no collection.
A session cookie ("sessionskaka"), what the service does not receive ("vi tar inte emot") and the
sites visited are collection; asking for permission and the phone's settings are choices; "vem
har tillgång" is sharing. What "vi får in", a form filled in ("fyller i"), contact details used,
what an app "kommer åt", combining data, fraud prevention and web analytics state are
collection; vulnerabilities, "helt säker" and "begränsad åtkomst" are security; cancelling a
subscription ("avbryta prenumerationen") is a choice.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

CASES = [
    # Security: access limited to staff, log-in, storage.
    ("Bara handläggare som arbetar med ditt ärende har åtkomst till uppgifterna.", (SE,), ""),
    ("Endast anställda med behörighet kan öppna kundregistret.", (SE,), ""),
    ("Varje användare tilldelas den behörighet som krävs för uppgiften.", (SE,), ""),
    ("Administratörer loggar in med tvåfaktorsautentisering.", (SE,), ""),
    ("Kontot är skyddat med ett personligt lösenord och en engångskod.", (SE,), ""),
    ("Vi sparar aldrig kortnummer i klartext.", (SE,), ""),
    ("Regionen gör stickprov i form av loggkontroller varje månad.", (SE,), ""),
    ("Säkerhetskopiorna krypteras vid lagring.", (SE,), RE),
    # A patient e-service: one's own journal and its log are access.
    ("Via e-tjänsten kan du läsa din journal från sjukhuset.", (AC,), ""),
    ("Du kan beställa ett loggutdrag för att se vilka som har öppnat dina uppgifter.", (AC,), ""),
    ("Du har rätt att få en kopia av de personuppgifter som vi behandlar om dig.", (AC,), ""),
    # The shared patient record and other care providers are sharing.
    ("Uppgifterna är tillgängliga i sammanhållen journalföring.", (TP,), ""),
    ("Andra vårdgivare kan läsa det som regionen har skrivit.", (TP,), ""),
    # Blocking and notification settings are choices.
    ("Vill du spärra dina uppgifter för andra enheter kan du göra det på mottagningen.", (CH,), ""),
    ("Du kan ändra i inställningarna hur ofta appen får skicka notiser.", (CH,), ""),
    # Collection: position, contacts with support.
    ("Kartan visar din position när du har appen öppen.", (FP,), ""),
    ("När du kontaktar supporten sparas din fråga och ditt svar.", (FP,), ""),
    # A translated notice's data lists, purposes and safeguards.
    ("Vi samlar in enhetsinformation som skärmstorlek och språk.", (FP,), ""),
    ("Appen registrerar operativsystem och appversion vid varje start.", (FP,), ""),
    ("Resultaten används i aggregerad form för statistiska ändamål.", (FP,), ""),
    ("Kortnumret och streckkoden från ditt medlemskort sparas i appen.", (FP,), ""),
    ("Dagboksanteckningarna finns bara på din enhet.", (FP,), ""),
    ("Syftet med insamlingen är att utvärdera kursen.", (FP,), ""),
    ("Alla konsulter har gått en kurs i informationssäkerhet.", (SE,), ""),
    ("Serverhallen har skalskydd och passerkontroll.", (SE,), ""),
    ("Vi övervakar våra system dygnet runt för att upptäcka intrång.", (SE,), ""),
    ("Filerna skickas över säkra protokoll.", (SE,), ""),
    # Choices and the user's own deletions and exports.
    ("Det är upp till dig om du vill spara dina favoriter.", (CH,), ""),
    ("Du kan läsa nyheterna utan att skapa ett konto.", (CH,), ""),
    ("Du kan när som helst välja att lämna panelen.", (CH,), ""),
    ("Insamlingen upphör om du avinstallerar tillägget.", (CH,), ""),
    ("Du kan hantera vilka kakor vi får använda i kakbannern.", (CH,), ""),
    ("Du kan exportera dina träningspass som en CSV-fil.", (AC,), ""),
    ("Du kan när som helst ta bort gamla inlägg i appen.", (AC,), ""),
    ("Du kan uppdatera dina kontaktuppgifter i appen.", (AC,), ""),
    ("Du kan radera kakor i webbläsaren.", (CH,), AC),
    # A reservation of the right to change the notice.
    ("Vi förbehåller oss rätten att ändra den här informationen.", (PC,), ""),
    # Naming the controller, not selling, switching statistics off and asking what is held
    # state no collection; deleting crash reports after a period is retention alone.
    ("Bolaget är personuppgiftsansvarigt för de personuppgifter som nämns här.", "", FP),
    ("Vi säljer aldrig dina personuppgifter till någon.", (TP,), FP),
    ("Du kan stänga av statistiken i appens meny.", (CH,), FP),
    ("Kraschrapporterna raderas automatiskt efter en månad.", (RE,), FP),
    ("Du kan ändra din e-postadress på kontosidan.", (AC,), FP),
    ("Du kan begära ett utdrag över de uppgifter vi har om dig.", (AC,), FP),
    ("Programmet kontrollerar varje vecka om det finns uppdateringar.", (FP,), PC),
    ("Du väljer själv om du vill delta i tävlingen.", (CH,), ""),
    # A notice changing.
    ("Om policyn ändras får du ett mejl.", (PC,), ""),
    ("Ändras den här texten visar vi det på startsidan.", (PC,), ""),
    ("Den aktuella versionen finns alltid på vår webbplats.", (PC,), ""),
    # Small services' and agencies' own wordings (first person, ID numbers, deliveries).
    ("Vi registrerar vilka böcker du lånar.", (FP,), ""),
    ("Jag använder uppgifterna för att boka din tid.", (FP,), ""),
    ("När du loggar in hämtar vi ditt namn och personnummer från BankID.", (FP,), ""),
    ("Paketen levereras av ett budföretag.", (TP,), ""),
    ("Uppgifterna lämnas till arrangören av resan.", (TP,), ""),
    ("Vi publicerar bara bilder på dig om du har sagt att det går bra.", (CH,), ""),
    ("Koden skickas till din telefon så att ingen annan än du kan logga in.", (SE,), ""),
    ("Nordfrakt Sverige AB kör paket i hela Sverige.", "", IN),
    ("Information om behandling av personuppgifter – Tandvårdshuset", "", FP),
    ("Vi publicerar den uppdaterade versionen på webbplatsen.", (PC,), ""),
    ("Vi meddelar dig innan vi gör ändringar i hur vi behandlar dina uppgifter.", (PC,), ""),
    # A survey tool's, a VPN's and a mood app's translated wordings.
    ("Webbplatsen sätter en sessionskaka när du loggar in.", (FP,), ""),
    ("Vi tar inte emot någon information om din surfning.", (FP,), ""),
    ("Vi sparar inga listor över webbplatser du besöker.", (FP,), ""),
    ("Appen ber om ditt tillstånd innan den använder mikrofonen.", (CH,), ""),
    ("Platsåtkomst styr du i telefonens inställningar.", (CH,), ""),
    ("Vem har tillgång till svaren?", (TP,), ""),
    # Further translated collection, security and choice wordings.
    ("Uppgifter som vi får in via kundtjänst sparas i ärendesystemet.", (FP,), ""),
    ("När du fyller i anmälan ber vi om namn och ålder.", (FP,), ""),
    ("Vi använder kontaktuppgifterna för att skicka kvitton.", (FP,), ""),
    ("Appen kommer åt dina foton först när du väljer en bild.", (FP,), ""),
    ("Vi kan kombinera köphistorik med uppgifter från kundklubben.", (FP,), ""),
    ("Betaluppgifterna används för att förebygga och upptäcka bedrägerier.", (FP,), ""),
    ("Vi använder webbanalys för att se vilka sidor som är populärast.", (FP,), ""),
    ("En extern firma söker efter sårbarheter i appen två gånger om året.", (SE,), ""),
    ("Inget system är helt säkert, men vi gör vårt bästa.", (SE,), ""),
    ("Registret har begränsad åtkomst.", (SE,), ""),
    ("Du kan avbryta din prenumeration på sms-tips när som helst.", (CH,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_sv20_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_enabling_two_step_log_in_stays_security() -> None:
    check_phrasing("Du kan aktivera tvåstegsverifiering under Konto.", (SE,), "")
