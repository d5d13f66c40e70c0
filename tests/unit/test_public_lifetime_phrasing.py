"""Two families real policies use often (issue #11, found in the fifth real round):

- what the user posts or what the service gathers being published, made public or shown on a
  leaderboard is disclosure to the public (`third_party_sharing_collection`), also when the
  service says it collects and publishes something, or that it will not publish it; the policy
  itself being published on a page stays a policy change, and a "publisher" shares nothing;
- keeping data "for the life of the account" ("as long as your account is active", "until you
  delete your account") is a retention period, while "you can delete your account" alone stays
  the user's access.

The lines are written for this test (measure-only texts were read for the family, not copied)."""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, RE, TP, check_phrasing


@pytest.mark.parametrize(
    "text",
    [
        "Your posts are published and anyone can read them.",
        "We publish your name and score on the leaderboard.",
        "The measurements you contribute are made publicly available.",
        "Your username appears publicly next to your reviews.",
        "We collect and publish the following information:",
        "We do our best not to publish your IP address.",
        "Test results are published openly and include your network name.",
        "Ваши сообщения публикуются и доступны всем посетителям.",
        "Ваше имя публикуется в таблице лидеров.",
        "Результаты измерений опубликованы в открытом доступе.",
        "Мы собираем и публикуем следующие данные:",
        "Мы стараемся не публиковать ваш IP-адрес.",
        "Ihre Beiträge werden veröffentlicht und sind für alle lesbar.",
        "Ihr Name wird in der Bestenliste veröffentlicht.",
        "Die Messergebnisse werden öffentlich zugänglich gemacht.",
        "Wir erheben und veröffentlichen die folgenden Daten:",
        "Vos messages sont publiés et lisibles par tous.",
        "Votre nom est publié dans le classement.",
        "Les résultats des mesures sont publiés en accès libre.",
        "Nous collectons et publions les données suivantes :",
        "Dina inlägg publiceras och kan läsas av alla.",
        "Ditt namn publiceras i topplistan.",
        "Mätresultaten publiceras öppet.",
        "Vi samlar in och publicerar följande uppgifter:",
        "نوشته های شما منتشر میشوند و همه میتوانند آنها را بخوانند.",
        "نام شما در جدول امتیازات منتشر میشود.",
        "نتایج اندازه گیری به صورت آزاد منتشر میشوند.",
        "ما اطلاعات زیر را جمع آوری و منتشر میکنیم:",
        "ما تلاش میکنیم نشانی IP شما را منتشر نکنیم.",
        "تُنشر مشاركاتك ويمكن للجميع قراءتها.",
        "يُنشر اسمك في لوحة المتصدرين.",
        "تُنشر نتائج القياس بشكل علني.",
        "نجمع البيانات التالية وننشرها:",
        "Сіздің жазбаларыңыз жарияланады және оларды барлығы оқи алады.",
        "Сіздің атыңыз көшбасшылар тізімінде жарияланады.",
        "Өлшеу нәтижелері ашық түрде жарияланады.",
    ],
)
def test_publishing_what_users_post_or_what_is_gathered_is_sharing(text: str) -> None:
    check_phrasing(text, TP, "")


@pytest.mark.parametrize(
    "text",
    [
        "We publish changes to this policy on this page.",
        "Any update to this notice will be published here.",
        "The publisher of this app is Example Ltd.",
        "Изменения политики публикуются на этой странице.",
        "Мы публикуем новую редакцию политики на сайте.",
        "Änderungen dieser Datenschutzerklärung veröffentlichen wir auf dieser Seite.",
        "Die App wird vom Herausgeber Example GmbH veröffentlicht.",
        "Les modifications de la présente politique sont publiées sur cette page.",
        "Ändringar i policyn publiceras på denna sida.",
        "تغییرات این سیاست در همین صفحه منتشر میشود.",
        "تُنشر أي تعديلات على هذه السياسة في هذه الصفحة.",
        "Саясаттың өзгерістері осы бетте жарияланады.",
    ],
)
def test_publishing_the_policy_or_a_publisher_is_no_sharing(text: str) -> None:
    check_phrasing(text, "", TP)


@pytest.mark.parametrize(
    "text",
    [
        "We keep your profile data as long as your account is active.",
        "Your messages are stored until you delete your account.",
        "We retain this information for as long as you have an account.",
        "We keep this information for the whole life of your user account.",
        "Мы храним ваши данные, пока существует ваша учётная запись.",
        "Сообщения хранятся до тех пор, пока вы не удалите свой аккаунт.",
        "Мы сохраняем эту информацию в течение всего срока существования учётной записи.",
        "Мы храним профиль, пока ваш аккаунт активен.",
        "Wir speichern Ihre Daten, solange Ihr Konto besteht.",
        "Ihre Beiträge bleiben gespeichert, bis Sie Ihr Konto löschen.",
        "Wir bewahren die Angaben auf, solange Ihr Konto aktiv ist.",
        "Nous conservons vos données tant que votre compte est actif.",
        "Vos messages sont conservés jusqu'à ce que vous supprimiez votre compte.",
        "Nous gardons ces informations pendant toute la durée de vie de votre compte.",
        "Vi sparar dina uppgifter så länge ditt konto finns.",
        "Dina inlägg lagras tills du raderar ditt konto.",
        "Vi behåller informationen så länge kontot är aktivt.",
        "ما اطلاعات شما را تا زمانی که حساب شما فعال است نگه میداریم.",
        "پیام های شما تا زمانی که حساب کاربری خود را حذف کنید ذخیره میشوند.",
        "این اطلاعات تا وقتی حساب کاربری شما وجود دارد نگهداری میشود.",
        "نحتفظ ببياناتك طالما حسابك نشط.",
        "تُخزن رسائلك حتى تحذف حسابك.",
        "نحتفظ بهذه المعلومات ما دام حسابك قائماً.",
        "Біз деректеріңізді аккаунтыңыз белсенді болғанша сақтаймыз.",
        "Хабарламаларыңыз аккаунтыңызды жойғанға дейін сақталады.",
        "Бұл ақпарат тіркелгіңіз бар болғанша сақталады.",
        "We keep the content you post for the lifetime of your account.",
        "Your profile is kept for as long as your account exists.",
        "Мы храним сведения на протяжении всего времени существования вашей учётной записи.",
        "Данные хранятся на все время, пока существует ваш профиль.",
        "Ihre Angaben werden für die gesamte Dauer Ihrer Mitgliedschaft gespeichert.",
        "Vos données sont conservées pendant toute la durée de votre inscription.",
        "Uppgifterna sparas så länge du har ett konto hos oss.",
        "این داده ها تا زمانی که حساب کاربری شما باقی است نگهداری میشوند.",
        "نحتفظ بالمعلومات طوال مدة وجود حسابك.",
        "Деректер аккаунтыңыз жойылғанша сақталады.",
        "Мы сохраняем эти сведения на все время существования учетной записи участника.",
        (
            "Эти сведения сохраняются на все время существования учетной записи, и вы можете "
            "отозвать согласие, удалив учетную запись."
        ),
    ],
)
def test_keeping_data_for_the_life_of_the_account_is_retention(text: str) -> None:
    check_phrasing(text, RE, "")


@pytest.mark.parametrize(
    "text",
    [
        "You can delete your account at any time in the settings.",
        "Вы можете удалить свою учётную запись в любое время.",
        "Sie können Ihr Konto jederzeit löschen.",
        "Vous pouvez supprimer votre compte à tout moment.",
        "Du kan radera ditt konto när som helst.",
        "شما میتوانید حساب کاربری خود را در هر زمان حذف کنید.",
        "يمكنك حذف حسابك في أي وقت.",
        "Сіз аккаунтыңызды кез келген уақытта жоя аласыз.",
    ],
)
def test_deleting_ones_account_alone_is_access_not_retention(text: str) -> None:
    check_phrasing(text, AC, RE)
