"""Getting a copy of one's content (an archive to download, one's posts to export) and reviewing
the sessions signed in to one's account are access, not retention; a retention period written
"no longer than N days" or with a template's placeholder ("[NUMBER OF DAYS]") is retention; a
dateline ("last updated on …") is a policy change — in each of the eight languages. Written for
this test."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, PC, RE, check_phrasing

ACCESS = [
    ("You can request and download an archive of your content.", AC, RE),
    ("You can review and revoke the sessions logged in to your account.", AC, ""),
    ("Vous pouvez demander et télécharger une archive de votre contenu.", AC, RE),
    ("Vous pouvez consulter et révoquer les sessions connectées à votre compte.", AC, ""),
    ("Vous pouvez exporter vos publications à tout moment.", AC, ""),
    ("Sie können ein Archiv Ihrer Inhalte anfordern und herunterladen.", AC, RE),
    ("Du kannst die bei deinem Konto angemeldeten Sitzungen überprüfen und widerrufen.", AC, CH),
    ("Вы можете запросить и скачать архив вашего контента.", AC, RE),
    ("Вы можете просмотреть и отозвать сеансы, выполненные в вашей учётной записи.", AC, CH),
    ("تستطيع أن تطلب وتُنزل أرشيفًا لمحتواك.", AC, ""),
    ("يمكنك مراجعة وإلغاء الجلسات التي سجلت الدخول إلى حسابك.", AC, ""),
    ("Du kan begära och ladda ner ett arkiv av ditt innehåll.", AC, RE),
    ("Du kan granska och återkalla de sessioner som är inloggade på ditt konto.", AC, CH),
    ("شما می‌توانید بایگانی محتوای خود را درخواست و دانلود کنید.", AC, RE),
    ("شما می‌توانید پست‌های خود را در هر زمان صادر کنید.", AC, ""),
    ("Сіз өз мазмұныңыздың мұрағатын сұрап, жүктеп ала аласыз.", AC, RE),
    ("Сіз тіркелгіңізге кірген сеанстарды қарап, қайтарып ала аласыз.", AC, ""),
]

RETENTION = [
    ("Wir verpflichten uns, diese Protokolle nicht länger als 90 Tage zu speichern.", RE, ""),
    ("IP-Adressen werden höchstens [ANZAHL DER TAGE] Tage gespeichert.", RE, ""),
    ("Wir speichern diese Daten für maximal [ANZAHL] Tage.", RE, ""),
    ("Nous conservons ces journaux pas plus de 90 jours.", RE, ""),
    ("Les journaux du serveur ne sont pas conservés au-delà de 90 jours.", RE, ""),
    ("Мы обязуемся хранить эти журналы не более 90 дней.", RE, ""),
    ("نلتزم بالاحتفاظ بهذه السجلات لمدة لا تزيد عن 90 يومًا.", RE, ""),
    ("IP-adresser sparas inte längre än [ANTAL DAGAR] dagar.", RE, ""),
]

DATELINES = [
    ("Mis à jour pour la dernière fois le 12 mars 2024", PC, ""),
    # Alone, so short a line reads as Swedish; in a German policy it is German.
    ("Datenschutzerklärung der Beispiel GmbH\n\nZuletzt aktualisiert am 12. März 2024", PC, ""),
    ("Эта политика последний раз обновлялась 12 марта 2024 года.", PC, ""),
    ("آخر تحديث: 12 مارس 2024", PC, ""),
    ("Senast uppdaterad: 12 mars 2024", PC, ""),
    ("آخرین به‌روزرسانی: ۱۲ مارس ۲۰۲۴", PC, ""),
    ("Соңғы жаңартылған күні: 2024 жылғы 12 наурыз", PC, ""),
]

# Where the same words keep their old reading.
KEPT = [
    ("You can revoke your consent at any time.", CH, AC),
    ("Sie können Ihre Einwilligung jederzeit widerrufen.", CH, AC),
    ("We use session cookies to keep you logged in to your account.", FP, AC),
    ("Our blog archive contains past announcements.", "", AC),
    # A deadline to answer a request is no retention period; data sent abroad is no export.
    ("Wir beantworten Ihre Anfrage innerhalb von maximal 30 Tagen.", "", RE),
    ("Мы ответим на ваш запрос не более чем через 30 дней.", "", RE),
    ("Nous pouvons exporter vos données vers des pays situés hors de l'Union européenne.", "", AC),
    ("Wenn Sie Inhalte herunterladen, erfassen wir die Dateigröße.", FP, AC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ACCESS)
def test_a_copy_of_ones_content_and_ones_sessions_are_access(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), RETENTION)
def test_no_longer_than_and_placeholder_periods_are_retention(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DATELINES)
def test_datelines_are_policy_change(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), KEPT)
def test_consent_cookies_deadlines_and_transfers_keep_their_reading(
    text: str, wanted: str, unwanted: str
) -> None:
    check_phrasing(text, wanted, unwanted)
