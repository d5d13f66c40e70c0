"""Section headings that name a practice, in all eight languages (session 18, branch qhead21):
each heading stands in a small one-language document (a title, the heading, one sentence that
names nothing, a contact heading) and must get its category by its own words. A change "of our
policy" ("de notre politique", "i vår integritetspolicy", "саясатымыздағы") as well as "of this
policy"; questions of security with the verb ("Wie schützen wir", "Comment protégeons-nous",
"Как мы защищаем", "қалай қорғаймыз") or the company's name ("How Acme protects your data");
longer headings that name children ("Utilisation de ce site par les enfants", "Использование
сайта детьми") but not the notice's own title; transfers abroad ("ins Ausland", "à l'étranger",
"utomlands"); managing cookies (a choice); who receives or gets access ("Vem får tillgång",
"С кем мы делимся", "кім алады"); when data is deleted (retention, not erasure); where it is
stored (a place); breaches, objection, portability and one's own data asked about ("Kan jag
radera mina uppgifter?", "Деректерімді жоя аламын ба?"); the company's name as the subject ("How
Acme uses cookies", "Exempel AB:s integritetspolicy": a cue's gap takes a genitive after a
colon). The ordinary sentences below check
that the new cues do not fire where they would be wrong ("protect our rights", "cookies help us
manage", a child's safety, a shop that sells clothes). The lines are written for this test, not
taken from the dev policies."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

from policylens.core.document import Document
from policylens.core.learn.apply import analyze_with_model

# A title, the heading, a sentence that names no practice and a contact heading, per language.
FRAME = {
    "en": ("Privacy Policy", "This section explains it in plain words.", "Contact"),
    "de": ("Datenschutzerklärung", "Dieser Abschnitt erklärt das in einfachen Worten.", "Kontakt"),
    "fr": (
        "Politique de confidentialité",
        "Cette section l'explique en termes simples.",
        "Contact",
    ),
    "sv": ("Integritetspolicy", "Det här avsnittet förklarar det med enkla ord.", "Kontakt"),
    "ru": (
        "Политика конфиденциальности",
        "В этом разделе мы объясняем это простыми словами.",
        "Контакты",
    ),
    "kk": ("Құпиялылық саясаты", "Бұл бөлімде біз оны қарапайым сөзбен түсіндіреміз.", "Байланыс"),
    "fa": ("سیاست حفظ حریم خصوصی", "این بخش آن را به زبان ساده توضیح می‌دهد.", "تماس با ما"),
    "ar": ("سياسة الخصوصية", "يشرح هذا القسم ذلك بكلمات بسيطة.", "اتصل بنا"),
}

# (language, heading, the category it must get)
HEADINGS = [
    # a change of "our" policy, or of the policy by the company's name
    ("en", "Changes to Acme's privacy policy", PC),
    ("fr", "Modifications de notre politique de confidentialité", PC),
    ("fr", "Changements apportés à notre politique", PC),
    ("fr", "Évolution de notre politique de confidentialité", PC),
    ("fr", "Mise à jour de la politique de confidentialité", PC),
    ("sv", "Ändringar i vår integritetspolicy", PC),
    ("sv", "Kommer denna policy att ändras?", PC),
    ("sv", "Uppdateringar av vår integritetspolicy", PC),
    ("ru", "Обновления политики конфиденциальности", PC),
    ("kk", "Бұл саясат өзгере ме?", PC),
    ("kk", "Біздің құпиялылық саясатымыздағы өзгерістер", PC),
    ("kk", "Құпиялылық саясатының өзгеруі", PC),
    ("kk", "Саясатты жаңарту", PC),
    ("fa", "تغییرات سیاست حریم خصوصی", PC),
    ("ar", "هل ستتغير هذه السياسة؟", PC),
    # how "we" or the company protect the data
    ("en", "How Acme protects your data", SE),
    ("en", "Keeping your data safe", SE),
    ("de", "Wie schützen wir Ihre Daten?", SE),
    ("de", "Wie die Muster GmbH Ihre Daten schützt", SE),
    ("de", "Wie sichern wir Ihre Daten?", SE),
    ("fr", "Comment protégeons-nous vos informations ?", SE),
    ("fr", "Comment Exemple protège vos données", SE),
    ("ru", "Как мы защищаем вашу информацию?", SE),
    ("ru", "Как ООО «Пример» защищает ваши данные", SE),
    ("kk", "Деректеріңізді қалай қорғаймыз?", SE),
    ("kk", "«Мысал» ЖШС деректеріңізді қалай қорғайды", SE),
    ("kk", "Деректер қауіпсіздігі", SE),
    ("fa", "نمونه چگونه از داده‌های شما محافظت می‌کند", SE),
    # children, in longer headings and other cases
    ("fr", "Utilisation de ce site par les enfants", IN),
    ("fr", "Collectons-nous des données d'enfants ?", IN),
    ("sv", "Användning av tjänsten av barn", IN),
    ("ru", "Использование сайта детьми", IN),
    ("de", "Nutzung unserer Dienste durch Minderjährige", IN),
    # transfers abroad
    ("de", "Übermitteln wir Daten ins Ausland?", IN),
    ("fr", "Transférons-nous vos données à l'étranger ?", IN),
    ("sv", "Överför vi uppgifter utomlands?", IN),
    # managing cookies is a choice
    ("en", "Managing cookies", CH),
    ("en", "How can you control cookies?", CH),
    ("de", "Cookies verwalten", CH),
    ("de", "Wie können Sie Cookies kontrollieren?", CH),
    ("fr", "Gérer les cookies", CH),
    ("sv", "Hur kan du styra cookies?", CH),
    ("ru", "Управление cookie", CH),
    ("kk", "Cookie файлдарын қалай басқаруға болады?", CH),
    ("fa", "مدیریت کوکی‌ها", CH),
    ("ar", "إدارة ملفات تعريف الارتباط", CH),
    # who receives the data
    ("ru", "С кем мы делимся информацией?", TP),
    ("sv", "Vem får tillgång till dina uppgifter?", TP),
    ("kk", "Деректеріңізді кім алады?", TP),
    # when data is deleted
    ("de", "Wann löschen wir Ihre Daten?", RE),
    ("fr", "Quand supprimons-nous vos données ?", RE),
    ("sv", "När raderar vi dina uppgifter?", RE),
    ("ru", "Когда мы удаляем данные?", RE),
    ("kk", "Деректерді қашан жоямыз?", RE),
    ("fa", "چه زمانی اطلاعات شما را حذف می‌کنیم؟", RE),
    ("ar", "متى نحذف بياناتك؟", RE),
    # where the data is stored (a place, by the guidelines)
    ("en", "Where is your data stored?", IN),
    ("de", "Wo werden Ihre Daten gespeichert?", IN),
    ("fr", "Où sont stockées vos données ?", IN),
    ("sv", "Var lagras uppgifterna?", IN),
    ("ru", "Где хранятся ваши данные?", IN),
    ("kk", "Деректеріңіз қайда сақталады?", IN),
    ("fa", "اطلاعات شما کجا ذخیره می‌شود؟", IN),
    ("ar", "أين نخزن بياناتك؟", IN),
    # a cookie's lifetime, unsubscribing
    ("en", "How long are cookies kept?", RE),
    ("ru", "Отписка от рассылки", CH),
    # breaches, objection, portability, deleting or seeing one's own data, selling it
    ("de", "Datenpannen", SE),
    ("kk", "Деректердің жайылып кетуі", SE),
    ("sv", "Rätt att invända", AC),
    ("ar", "حق الاعتراض", AC),
    ("kk", "Деректерді тасымалдау құқығы", AC),
    ("sv", "Kan jag radera mina uppgifter?", AC),
    ("kk", "Деректерімді жоя аламын ба?", AC),
    ("fa", "آیا می‌توانم اطلاعاتم را حذف کنم؟", AC),
    ("ar", "هل يمكنني حذف بياناتي؟", AC),
    ("kk", "Деректеріме қалай қол жеткізуге болады?", AC),
    ("fa", "چگونه به اطلاعات خود دسترسی داشته باشید؟", AC),
    ("kk", "Деректеріңізді сатамыз ба?", TP),
    # the company's name as the subject (a verb in the third person)
    ("en", "How long Acme keeps your data", RE),
    ("en", "Who Acme shares your data with", TP),
    ("en", "How Acme uses cookies", FP),
    ("de", "An wen die Muster GmbH Daten weitergibt", TP),
    ("de", "Welche Daten die Muster GmbH erhebt", FP),
    ("sv", "Ändringar i Exempel AB:s integritetspolicy", PC),
    ("kk", "«Мысал» ЖШС деректерді кімге береді", TP),
    ("fa", "نمونه اطلاعات شما را چه مدت نگه می‌دارد", RE),
    ("ar", "كم من الوقت تحتفظ شركة المثال ببياناتك", RE),
    ("ar", "مع من تشارك شركة المثال بياناتك", TP),
]


def heading_categories(language: str, heading: str, *, use_model: bool = True) -> set[str]:
    """The categories the heading's own line gets in a small document of its language."""
    title, sentence, contact = FRAME[language]
    text = f"{title}\n\n{heading}\n\n{sentence}\n\n{contact}\n\ninfo@example.example\n"
    document = Document.from_text(text, title="case", format="txt")
    start = text.index(heading)
    end = start + len(heading)
    return {
        c
        for clause in analyze_with_model(document, use_model=use_model)
        if clause.start < end and clause.end > start
        for c in clause.category_ids
    }


@pytest.mark.parametrize(("language", "heading", "wanted"), HEADINGS)
def test_a_heading_naming_a_practice_gets_it(language: str, heading: str, wanted: str) -> None:
    assert wanted in heading_categories(language, heading)


# Changes of the policy the lexicon alone names too (the model found them already).
CHANGE_HEADINGS = [
    ("en", "Will this policy change?"),
    ("de", "Änderungen unserer Datenschutzerklärung"),
    ("de", "Änderung der Datenschutzerklärung"),
    ("fr", "Modification de la politique"),
    ("sv", "Uppdateringar av denna policy"),
    ("sv", "Ändringar av integritetsmeddelandet"),
    ("ar", "تحديثات على سياستنا"),
    ("ar", "التغييرات في سياسة الخصوصية هذه"),
]


@pytest.mark.parametrize(("language", "heading"), CHANGE_HEADINGS)
def test_a_change_heading_is_found_by_the_lexicon_alone(language: str, heading: str) -> None:
    assert PC in heading_categories(language, heading, use_model=False)


def test_the_notices_own_title_naming_students_is_no_audience_heading() -> None:
    found = heading_categories("en", "Privacy Statement for Students, Applicants and Visitors")
    assert IN not in found


# (text, a category it must get or "", a category it must not get)
SENTENCES = [
    ("Our advertising partners manage their own cookies.", TP, CH),
    ("Cookies help us manage your session.", "", CH),
    ("Um unsere Rechte zu schützen, geben wir Ihre Daten an Behörden weiter.", TP, SE),
    ("Wenn Sie ins Ausland reisen, funktioniert die App weiter.", "", IN),
    ("Nous communiquons vos données aux autorités pour protéger nos droits.", TP, SE),
    ("Pour protéger nos intérêts, vos données peuvent être transmises à un avocat.", TP, SE),
    ("Om du reser utomlands kan du fortfarande använda appen.", "", IN),
    ("Мы передаём ваши данные суду, чтобы защитить наши права.", TP, SE),
    ("Закон защищает права субъектов персональных данных.", "", SE),
    ("Cookie файлдары сессияны басқару үшін қолданылады.", "", CH),
    ("Клуб ғимаратында балалардың қауіпсіздігі үшін бейнебақылау жүргізіледі.", "", SE),
    ("از کوکی برای مدیریت نشست کاربر استفاده می‌کنیم.", "", CH),
    ("چه زمانی می‌توانید حساب خود را حذف کنید؟ از بخش تنظیمات.", AC, RE),
    ("هل ستتغير أسعار الاشتراك؟", "", PC),
    ("Wann löschen wir Ihre Daten? Sobald der Vertrag endet.", RE, AC),
    ("Біз балалар киімін сатамыз.", "", TP),
    ("Деректерді тасымалдау кезінде шифрлаймыз.", "", AC),
    ("Acme shares your enthusiasm for music.", "", TP),
    ("Der Verein erhebt einen Mitgliedsbeitrag.", "", FP),
    ("Zur Änderung unserer Adresse schreiben Sie uns.", "", PC),
    ("Vi skickar uppdateringar av denna app varje månad.", "", PC),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SENTENCES)
def test_the_new_cues_stay_out_of_ordinary_sentences(text: str, wanted: str, unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)
