"""Families new real policies show, in every language: storing without a period ("We also store
your reviews", a heading "What we store") is what the service keeps -- collection -- while a
storing verb beside a period, "as long as we need it", or a no-logs pledge stays retention; a
generic heading ("Additional information", "Sonstiges", "معلومات إضافية") names no practice and
takes none from the section under it; a notice's overview of itself ("Diese
Datenschutzerklärung erläutert, wie wir…", "Cette politique explique comment nous…", "Бұл
саясат … түсіндіреді") is introductory text; "…, if you choose to receive them" is a choice.
The lines are written for this test, not taken from the dev policies or the real texts; each is
checked with the model and with the cues alone."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import CH, FP, PC, RE, check_phrasing

from policylens.core.analysis import analyze
from policylens.core.document import Document

STORING = [
    # Storing without a period: collection, not retention.
    ("Мы также храним ваши оценки товаров и вопросы продавцу.", (FP,), RE),
    ("В профиле хранится список ваших избранных товаров.", (FP,), RE),
    ("Біз сондай-ақ сіз жазған шолуларды сақтаймыз.", (FP,), RE),
    ("Жеке кабинетте сіздің сатып алу тарихыңыз сақталады.", (FP,), RE),
    ("Сообщения из чата поддержки хранятся на нашем сервере.", (FP,), RE),
    ("Фотографии, которые вы загружаете к объявлению, хранятся на нашем сервере.", (FP,), RE),
    ("Nous stockons aussi les photos que vous joignez à vos annonces.", (FP,), RE),
    ("پیام‌های پشتیبانی شما روی سرورهای ما ذخیره می‌شود.", (FP,), RE),
    # ...with a period, "as long as needed", a deletion or a no-logs pledge: retention.
    ("Мы храним эти сведения три года.", (RE,), ""),
    ("Мы храним ваши отзывы, пока вы их не удалите.", (RE,), ""),
    ("Біз деректеріңізді келісім шарт аяқталғанға дейін сақтаймыз.", (RE,), ""),
    ("Мы не храним журналы ваших подключений.", (RE,), ""),
    ("Vi sparar kontouppgifterna i tolv månader efter att kontot avslutats.", (RE,), ""),
    ("Nous conservons vos factures pendant dix ans.", (RE,), ""),
]

OVERVIEWS = [
    # A notice's overview of itself: no practice, however many it names.
    "Diese Datenschutzerklärung erläutert, wie wir Ihre Angaben erheben, nutzen und sichern.",
    "In dieser Erklärung beschreiben wir, welche Angaben wir von Mitgliedern erhalten und wofür.",
    "Die nachfolgenden Hinweise geben einen Überblick darüber, was mit Ihren Angaben geschieht.",
    "Cette politique explique comment nous recueillons, utilisons et protégeons vos données.",
    "La présente charte a pour objet de vous informer sur la manière dont l'association traite"
    " vos données.",
    "Бұл құжат біздің деректерді қалай жинайтынымызды және пайдаланатынымызды түсіндіреді.",
    "В этом документе описано, какие сведения мы получаем от пользователей приложения.",
    "I det här dokumentet beskriver vi vilka uppgifter appen samlar in och varför.",
    "Denna policy förklarar närmare hur vi samlar in och använder uppgifter om dig.",
    "الغرض من هذه السياسة هو إعلامك بكيفية جمع بيانات المتسوقين واستخدامها.",
    "این سند به‌طور کامل توضیح می‌دهد که اطلاعات کاربران چگونه جمع‌آوری و استفاده می‌شود.",
]

CHOICES = [
    ("We text you delivery offers, if you choose to receive them.", (CH,), ""),
    ("Мы пришлём подборки скидок, если вы согласитесь получать такие письма.", (CH,), ""),
    ("Wir schicken Ihnen Angebote per E-Mail, sofern Sie dies wünschen.", (CH,), ""),
    ("Nous vous envoyons nos offres, si vous acceptez de recevoir ces messages.", (CH,), ""),
    ("Vi skickar erbjudanden via sms om du väljer att få sådana.", (CH,), ""),
    ("نرسل إليك العروض الموسمية إذا اخترت تلقي الرسائل التسويقية.", (CH,), ""),
]


def _lexicon_alone(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="case", format="txt")
    return {c for clause in analyze(document) for c in clause.category_ids}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), STORING + CHOICES)
def test_fam25b_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), STORING + CHOICES)
def test_fam25b_phrasing_lexicon_alone(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    """The cues alone (no model installed) read them the same way."""
    found = _lexicon_alone(text)
    assert set(wanted) <= found, found
    if unwanted:
        assert unwanted not in found, found


@pytest.mark.parametrize("line", OVERVIEWS)
def test_notice_overview_is_introductory(line: str) -> None:
    """The overview, opening a short notice, shows no practice (with the model and without)."""
    text = f"Privacy\n{line}\nWe collect your e-mail address when you register.\n"
    document = Document.from_text(text, title="case", format="txt")
    start = text.index(line)
    for clauses in (analyze(document),):
        shown = {
            c
            for clause in clauses
            if start <= clause.start < start + len(line)
            for c in clause.category_ids
        }
        assert shown <= {"other"}, shown
    check_phrasing(line, (), FP)


@pytest.mark.parametrize(
    "line",
    [
        "Diese Cookie-Richtlinie erläutert, wie lange wir Cookies speichern.",
        "Cette politique explique combien de temps nous conservons vos données.",
        "Бұл саясат деректерді сақтау мерзімін түсіндіреді.",
        "Denna policy beskriver i detalj hur länge vi sparar uppgifter.",
    ],
)
def test_overview_of_one_practice_keeps_it(line: str) -> None:
    """An overview of how long data is kept opens a retention section and keeps retention."""
    check_phrasing(line, (RE,), "")


@pytest.mark.parametrize(
    "heading",
    [
        "Дополнительная информация",
        "Informations complémentaires",
        "Ytterligare information",
        "Sonstiges",
        "Қосымша ақпарат",
        "معلومات إضافية",
        "سایر موارد",
    ],
)
def test_generic_heading_takes_no_practice(heading: str) -> None:
    """A generic heading over a policy-change line stays `other`; the line keeps its category."""
    change = {
        "Д": "Мы можем время от времени обновлять эту политику.",
        "I": "Nous pouvons modifier cette politique de temps à autre.",
        "Y": "Vi kan komma att uppdatera denna policy från tid till annan.",
        "S": "Wir können diese Datenschutzerklärung jederzeit ändern und informieren Sie darüber.",
        "Қ": "Біз бұл саясатты уақыт өте келе өзгерте аламыз.",
        "م": "قد نقوم بتحديث هذه السياسة من وقت لآخر.",
        "س": "ممکن است این سیاست را هر از گاهی به‌روزرسانی کنیم.",
    }[heading[0]]
    text = f"Privacy\n{heading}\n{change}\n"
    document = Document.from_text(text, title="case", format="txt")
    start = text.index(heading)
    shown = {
        c
        for clause in analyze(document)
        if start <= clause.start < start + len(heading)
        for c in clause.category_ids
    }
    assert PC not in shown, shown
