"""Persian and Kazakh lines in the register of large services' translated privacy notices:
question headings and sub-headings about what the user gives the service, data received from
other sources, masked phone numbers and two-factor sign-in, residents of a US state or the
European Economic Area, and question headings in the first person about one's own data. In
Persian, "the information you give us / provide" ("اطلاعاتی که … ارائه می‌دهید", "به ما
می‌دهید", "در اختیار ما قرار می‌دهید") and what is "obtained from other sources" ("از منابع
دیگر"), or "from our partners / third parties" ("از شرکای …", "از اشخاص ثالث … دریافت") are
collected, not shared; a request that collected data "be disclosed to you" ("برایتان افشا شود")
is the user's access, not a disclosure to third parties; California and "if you are a resident"
("اگر ساکن …") name a jurisdiction; "how can I delete / see my data" ("پاک کنم", "ببینم") is
access and deletion; a masked number ("شماره ناشناس") is a security measure; "you have the
right to know" ("حق دارید بدانید") is access. In Kazakh, "the information you give us" ("бізге
ұсынатын / беретін"), what is "received from other sources" or from third parties ("көздерден
алынатын", "үшінші тұлғалардан аламыз") and "we do not store" ("сақтамаймыз") are collection;
keeping something "so that next time …" ("келесі … үшін сақтаймыз") is a use, not a retention
period; a one-time code or two-factor authentication ("бір реттік код", "екі факторлы") is
security, and a code "sent to your phone" is no disclosure; "on our behalf" ("атымыздан") names
processors; California, the European Economic Area, the EU and "outside Kazakhstan / the
country" are jurisdictions; a policy that "may be updated" ("саясат … жаңартылуы") is a change;
"only X and Y can open it" ("тек … мен … кіре алады") is access control; managing cookies
("مدیریت کوکی‌ها", "cookie-файлдарды басқару") and forbidding or deleting them ("cookie …
тыйым салу", "cookie … жою") are choices; subsidiaries ("еншілес") are third parties; a random
identifier ("кездейсоқ идентификатор") is no security measure and complying with a notice
("саясатты сақтау") no retention. With and without ZWNJ.
The lines are written for this test, not taken from the dev policies or the corpus."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, PC, RE, SE, TP, check_phrasing

CASES = [
    # Persian: what you give us is collected.
    ("اطلاعاتی که هنگام ثبت‌نام ارائه می‌دهید", (FP,), TP),
    ("اطلاعاتی که خودتان به ما میدهید", (FP,), TP),
    ("داده‌هایی که در اختیار ما قرار می‌دهید", (FP,), ""),
    ("اطلاعاتی که از منابع دیگر به دست می‌آوریم", (FP,), ""),
    # Persian: received from partners or third parties is collected, not shared.
    ("برخی اطلاعات را از شرکای تبلیغاتی خود دریافت می‌کنیم.", (FP,), TP),
    ("اطلاعاتی که از اشخاص ثالث دریافت میکنیم", (FP,), TP),
    # Persian: disclosed to you is access; residents and California are a jurisdiction.
    (
        "ساکنان کالیفرنیا می‌توانند درخواست کنند فهرست اطلاعاتی که نگه داشته‌ایم برایشان افشا شود.",
        (IN,),
        "",
    ),
    ("اگر ساکن اتحادیهٔ اروپا هستید، این بخش برای شماست.", (IN,), ""),
    ("شما حق دارید بدانید چه داده‌هایی از شما نزد ماست.", (AC,), ""),
    # Persian: first-person questions about one's own data.
    ("چطور می‌توانم حسابم را حذف کنم؟", (AC,), ""),
    ("چگونه اطلاعات پروفایلم را ویرایش کنم؟", (AC,), ""),
    # Persian: a masked number is security, not a disclosure.
    ("راننده شما را با شماره ناشناس تماس می‌گیرد و شماره اصلی‌تان را نمی‌بیند.", (SE,), ""),
    # Kazakh: what you give us, other sources, not stored.
    ("Тіркелу кезінде бізге беретін мәліметтер", (FP,), ""),
    ("Сіз бізге ұсынатын деректер", (FP,), ""),
    ("Үшінші тарап көздерден алынатын мәліметтер", (FP,), ""),
    ("Біз карта нөмірін сақтамаймыз.", (FP,), RE),
    ("Кейбір мәліметтерді үшінші тұлғалардан аламыз.", (FP,), TP),
    # Kazakh: kept for next time is a use, not a period.
    ("Жеткізу мекенжайыңызды келесі жолы қайта жазбау үшін сақтаймыз.", (FP,), RE),
    # Kazakh: one-time codes and two factors are security.
    ("Әр кіру кезінде телефоныңызға бір реттік код жіберіледі.", (SE,), TP),
    ("Аккаунтты қорғау үшін екі факторлы аутентификацияны қосуға болады.", (SE,), ""),
    ("Кассаға тек менеджер мен бухгалтер кіре алады.", (SE,), TP),
    # Kazakh: processors on our behalf.
    ("Біздің атымыздан деректерді өңдейтін провайдерлер:", (TP,), ""),
    # Kazakh: regions and countries.
    ("Калифорния штатының тұрғындарына арналған бөлім", (IN,), ""),
    ("Еуропалық экономикалық аймақтан келген пайдаланушылар үшін", (IN,), ""),
    ("Деректер Қазақстаннан тыс жерде өңделуі мүмкін.", (IN,), ""),
    # Kazakh: the policy may be updated.
    ("Осы саясат уақыт өте келе жаңартылуы мүмкін.", (PC,), ""),
    # Round two: transfers to the US, European users, portability, "how long", settings.
    ("داده‌های شما ممکن است به ایالات متحده منتقل شود.", (IN,), ""),
    ("اطلاعات تکمیلی برای کاربران اروپایی", (IN,), ""),
    ("می‌توانید نسخه‌ای از داده‌هایتان را در قالب ماشین‌خوان دریافت کنید.", (AC,), ""),
    ("تا چه زمانی سوابق سفارش را نگه می‌داریم؟", (RE,), ""),
    ("نمایش آگهی‌های شخصی را می‌توانید در تنظیمات حساب غیرفعال کنید.", (CH,), AC),
    ("ما از یک سرویس ارسال ایمیل برای فرستادن رسیدها کمک می‌گیریم.", (TP,), ""),
    ("از نشانی ایمیل شما برای ارسال خبرنامهٔ ماهانه استفاده می‌کنیم.", (FP,), TP),
    ("Деректеріңізді қандай жағдайларда ашамыз?", (TP,), ""),
    ("Бағдарлама жаңа нұсқаның бар-жоғын тексергенде нұсқа нөмірін жібереді.", (FP,), PC),
    ("Сайт хостинг провайдерінің серверлерінде орналасқан.", (TP,), ""),
    ("Еуропалық Одақ тұрғындары үшін", (IN,), ""),
    ("Кейбір деректер АҚШ-тағы серверлерде өңделеді.", (IN,), ""),
    ("Деректерді машина оқи алатын форматта алуға болады.", (AC,), ""),
    ("Тіркелгімді қалай жоя аламын?", (AC,), ""),
    # Round three: sub-headings inside sections, random identifiers, complying with a notice.
    ("مدیریت کوکی‌ها", (CH,), FP),
    ("Cookie-файлдарды басқару", (CH,), FP),
    ("Еншілес компаниялар", (TP,), ""),
    ("Әр құрылғыға кездейсоқ идентификатор беріледі, ол сіздің атыңызбен байланыспайды.", (), SE),
    ("Серіктестеріміз осы саясатты сақтауға міндетті.", (), RE),
    # Kazakh: forbidding or deleting cookies in the browser is a choice, not a collection.
    ("Браузерде cookie файлдарын сақтауға тыйым салуға болады.", (CH,), FP),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_fakk21_phrasing(text: str, wanted: tuple[str, ...], unwanted: str) -> None:
    check_phrasing(text, wanted, unwanted)


def test_a_choice_in_settings_stays_a_choice() -> None:
    # Not moved by the cues above: turning a feature on in the settings is still a choice.
    check_phrasing("این قابلیت را در تنظیمات فعال کنید تا پیشنهادها شخصی شوند.", (CH,), "")
