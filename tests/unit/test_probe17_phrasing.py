"""Stock sentences of ar, de, fr, ru and kk policies that a reader labels at sight: a policy update
named without the article ("تحديث سياسة الخصوصية"), "material changes" to the notice, German
"the new privacy policy then applies to your next visit", French hashed passwords, a Kazakh
complaint to the regulator, French "as long as necessary for the purposes", the Russian right
to information on the processing, Kazakh deletion once the purposes are met, "significant
changes", "you can delete". The lines are written for this test, not taken from the dev policies
or the corpus; each is checked with the model and with the cues alone."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, IN, PC, RE, SE, TP, check_phrasing

from policylens.core.analysis import analyze
from policylens.core.document import Document

CASES = [
    ("قد نقوم بتعديل سياسة الخصوصية الخاصة بنا عند الحاجة.", (PC,), ""),
    ("سنبلغك بأي تغييرات جوهرية قبل أن تصبح سارية.", (PC,), ""),
    ("نحن متجر إلكتروني لبيع الكتب المستعملة.", (), TP),
    ("لا نقوم ببيع بياناتك لأي جهة.", (TP,), ""),
    ("Bei Ihrem nächsten Besuch gilt die neue Datenschutzerklärung.", (PC,), ""),
    ("Über wesentliche Änderungen dieser Hinweise informieren wir Sie vorab.", (PC,), ""),
    ("Les mots de passe des comptes sont conservés sous forme hachée.", (SE,), ""),
    # "As long as necessary for the purposes" is a retention period, beside the purposes.
    (
        "Les factures sont gardées pendant la durée nécessaire aux finalités du traitement.",
        (RE,),
        "",
    ),
    (
        "Vos coordonnées sont conservées le temps nécessaire aux finalités de leur traitement.",
        (RE,),
        "",
    ),
    # ...but the time needed to answer a request is no retention.
    ("Nous vous répondons dans le temps nécessaire pour traiter votre demande.", (), RE),
    # A shop that sells goods online shares nothing; selling data is sharing.
    ("Notre boutique est spécialisée dans la vente en ligne de thés.", (), TP),
    ("Nos conditions générales de vente s'appliquent à chaque commande.", (), TP),
    ("Nous ne procédons à aucune vente de vos données.", (TP,), ""),
    # The French right to say what becomes of one's data after death is a data right.
    ("Vous pouvez définir des directives sur le sort de vos données après votre décès.", (AC,), ""),
    ("Toute modification substantielle vous sera notifiée par courriel.", (PC,), ""),
    ("Пользователь вправе получить информацию, касающуюся обработки его данных.", (AC,), ""),
    ("Шарт мақсаттарына қол жеткізілгеннен кейін деректер жойылады.", (RE,), ""),
    ("Саясаттағы маңызды өзгерістер туралы алдын ала хабарлаймыз.", (PC,), ""),
    ("Профиль бетінде өз деректеріңізді жоя аласыз.", (AC,), ""),
    ("Қосымша 16 жасқа толған пайдаланушыларға арналған.", (IN,), ""),
    ("Серверлердегі деректердің резервтік көшірмесі күн сайын жасалады.", (SE,), AC),
    ("Деректерді өңдеуге қатысты уәкілетті органға шағым жасауға құқылысыз.", (AC,), ""),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_probe17_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def _lexicon_alone(text: str) -> set[str]:
    document = Document.from_text(text + "\n", title="case", format="txt")
    return {c for clause in analyze(document) for c in clause.category_ids}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_probe17_phrasing_lexicon_alone(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    """The cues alone (no model installed) read them the same way."""
    found = _lexicon_alone(text)
    assert set(wanted) <= found, found
    if unwanted:
        assert unwanted not in found, found
