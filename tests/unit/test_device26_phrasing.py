"""Apps' and OS setup screens' own statements (session 21, branch device26), in the eight languages.

1. The user's device or the app contacting a third party ("your device connects to the imagery
   provider's servers", "your IP address is sent to the tile server", "fonts are loaded from a
   content delivery network", "which can see your IP address"): sharing.
2. A settings screen: a switch's title naming a data kind is collection; its line ("Allows apps
   to determine your geographical location", "Allow access to your contacts") is collection and
   a choice (GUIDELINES: consent is a choice; the real set README's GNOME call).
3. "We do not collect / store any personal data", "no account is required", "saved only on your
   device": a negation is still a statement of the practice (collection; "we do not share" is
   sharing), not `other`.
4. Optional data ("You may add your name; it is optional", "Фотография профиля не обязательна"):
   collection and a choice (the dev conventions' optional fields, C + Ch); the choice is read.
5. Persian verbs with ZWNJ, with a space or joined ("جمع‌آوری می‌کنیم" / "می کنیم" / "میکنیم")
   read alike.

Each table was labelled by GUIDELINES.md before the product was run on it; lines are written
for this test, not taken from the dev policies, the real set or the corpus. A few lines that are
still missed are kept in the tables (the recall floors below count them); the per-line tests
name the lines read right.
"""

from __future__ import annotations

import pytest
from tests.unit.phrasing import AC, CH, FP, IN, RE, SE, TP, line_categories_shown

ABBR = {"C": FP, "S": TP, "Ch": CH, "A": AC, "R": RE, "Sec": SE, "I": IN}

F1 = {
    "en": (
        "Map layers and online services",
        [
            (
                "S",
                "Turning on the satellite layer makes your device connect to the imagery "
                "provider's servers.",
            ),
            (
                "S",
                "When a map tile is requested, your IP address is sent to the tile server run by "
                "OpenTopo Maps.",
            ),
            (
                "S",
                "The app downloads weather data from MeteoNet, which can see your IP address and "
                "the time of the request.",
            ),
            (
                "S",
                "Searching for an address sends the text you type to the geocoding service of "
                "Nominatim.",
            ),
            (
                "S",
                "Fonts are loaded from a content delivery network, so the network operator "
                "receives your IP address.",
            ),
            (
                "S",
                "Each time the app checks for updates, it contacts our release server on GitHub, "
                "which logs your IP address.",
            ),
        ],
    ),
    "de": (
        "Kartenebenen und Online-Dienste",
        [
            (
                "S",
                "Die Satellitenebene lädt Bilder direkt vom Server des Bildanbieters; dabei wird "
                "Ihre IP-Adresse übermittelt.",
            ),
            (
                "S",
                "Beim Laden der Kartenkacheln wird Ihre IP-Adresse an den Kachelserver von "
                "TopoKarten gesendet.",
            ),
            ("S", "Die App ruft Wetterdaten bei WetterDienst ab, der dabei Ihre IP-Adresse sieht."),
            (
                "S",
                "Die Adresssuche schickt Ihren Suchbegriff an den Geokodierungsdienst Nominatim.",
            ),
            (
                "S",
                "Schriftarten werden von einem externen CDN geladen, dessen Betreiber Ihre "
                "IP-Adresse erhält.",
            ),
            (
                "S",
                "Bei jeder Suche nach Updates nimmt die App Kontakt mit unserem Release-Server "
                "bei GitHub auf, der Ihre IP-Adresse protokolliert.",
            ),
        ],
    ),
    "fr": (
        "Couches de carte et services en ligne",
        [
            (
                "S",
                "L'affichage de la couche satellite fait que votre appareil se connecte aux "
                "serveurs du fournisseur d'images.",
            ),
            (
                "S",
                "Lors du chargement des tuiles, votre adresse IP est transmise au serveur de "
                "tuiles de CartoLibre.",
            ),
            (
                "S",
                "L'application télécharge la météo depuis MeteoNet, qui voit votre adresse IP et "
                "l'heure de la requête.",
            ),
            (
                "S",
                "La recherche d'adresse envoie le texte saisi au service de géocodage Nominatim.",
            ),
            (
                "S",
                "Les polices sont chargées depuis un réseau de diffusion externe ; son opérateur "
                "reçoit votre adresse IP.",
            ),
            (
                "S",
                "À chaque vérification des mises à jour, l'application contacte notre serveur de "
                "publication hébergé chez GitHub, qui enregistre votre adresse IP.",
            ),
        ],
    ),
    "sv": (
        "Kartlager och onlinetjänster",
        [
            ("S", "När satellitlagret visas ansluter din enhet till bildleverantörens servrar."),
            ("S", "När kartbrickor laddas skickas din IP-adress till kartservern hos TopoKarta."),
            (
                "S",
                "Appen hämtar väderdata från VäderNet, som då ser din IP-adress och tidpunkten "
                "för anropet.",
            ),
            ("S", "Adressökningen skickar texten du skriver till geokodningstjänsten Nominatim."),
            ("S", "Typsnitt laddas från ett externt CDN, vars operatör får din IP-adress."),
            (
                "S",
                "Varje gång appen söker efter uppdateringar kontaktar den vår server hos GitHub, "
                "som loggar din IP-adress.",
            ),
        ],
    ),
    "ru": (
        "Слои карты и онлайн-сервисы",
        [
            (
                "S",
                "При включении спутникового слоя ваше устройство подключается к серверам "
                "поставщика снимков.",
            ),
            (
                "S",
                "При загрузке фрагментов карты ваш IP-адрес передаётся на сервер карт компании "
                "ТопоКарта.",
            ),
            (
                "S",
                "Приложение загружает прогноз погоды с сервиса МетеоСеть, который видит ваш "
                "IP-адрес и время запроса.",
            ),
            ("S", "Поиск адреса отправляет введённый текст в сервис геокодирования Nominatim."),
            (
                "S",
                "Шрифты загружаются из внешней сети доставки контента, оператор которой получает "
                "ваш IP-адрес.",
            ),
            (
                "S",
                "При каждой проверке обновлений приложение обращается к нашему серверу на "
                "GitHub, который записывает ваш IP-адрес.",
            ),
        ],
    ),
    "kk": (
        "Карта қабаттары және онлайн қызметтер",
        [
            ("S", "Жерсерік қабатын қосқанда құрылғыңыз сурет жеткізушінің серверлеріне қосылады."),
            (
                "S",
                "Карта бөліктері жүктелгенде IP-мекенжайыңыз ТопоКарта компаниясының карта "
                "серверіне жіберіледі.",
            ),
            (
                "S",
                "Қолданба ауа райы деректерін МетеоЖелі қызметінен жүктейді, ол сіздің "
                "IP-мекенжайыңызды және сұрау уақытын көреді.",
            ),
            ("S", "Мекенжайды іздеу сіз енгізген мәтінді Nominatim геокодтау қызметіне жібереді."),
            ("S", "Қаріптер сыртқы желіден жүктеледі, оның операторы IP-мекенжайыңызды алады."),
            (
                "S",
                "Жаңартуларды тексерген сайын қолданба GitHub-тағы біздің серверге қосылады, ол "
                "IP-мекенжайыңызды тіркейді.",
            ),
        ],
    ),
    "fa": (
        "لایه‌های نقشه و سرویس‌های آنلاین",
        [
            (
                "S",
                "با روشن کردن لایه ماهواره‌ای، دستگاه شما به سرورهای ارائه‌دهنده تصاویر متصل می‌شود.",
            ),
            (
                "S",
                "هنگام بارگیری کاشی‌های نقشه، نشانی IP شما به سرور نقشه شرکت توپونقشه ارسال می‌شود.",
            ),
            (
                "S",
                "برنامه اطلاعات آب‌وهوا را از سرویس هواشناسی‌نت دریافت می‌کند که نشانی IP شما و "
                "زمان درخواست را می‌بیند.",
            ),
            ("S", "جستجوی نشانی، متنی را که وارد می‌کنید به سرویس مکان‌یابی Nominatim می‌فرستد."),
            (
                "S",
                "قلم‌ها از یک شبکه توزیع محتوای خارجی بارگیری می‌شوند و گرداننده آن نشانی IP شما "
                "را دریافت می‌کند.",
            ),
            (
                "S",
                "برنامه هر بار برای بررسی به‌روزرسانی‌ها به سرور ما در GitHub وصل می‌شود که "
                "نشانی IP شما را ثبت می‌کند.",
            ),
        ],
    ),
    "ar": (
        "طبقات الخريطة والخدمات عبر الإنترنت",
        [
            ("S", "عند تفعيل طبقة الأقمار الصناعية يتصل جهازك بخوادم مزود الصور."),
            (
                "S",
                "عند تحميل مربعات الخريطة يُرسل عنوان IP الخاص بك إلى خادم الخرائط التابع لشركة "
                "توبوماب.",
            ),
            (
                "S",
                "يجلب التطبيق بيانات الطقس من خدمة ميتيونت التي ترى عنوان IP الخاص بك ووقت الطلب.",
            ),
            ("S", "يرسل البحث عن العناوين النص الذي تكتبه إلى خدمة الترميز الجغرافي Nominatim."),
            ("S", "يتم تحميل الخطوط من شبكة توصيل محتوى خارجية، ويتلقى مشغلها عنوان IP الخاص بك."),
            (
                "S",
                "في كل مرة يبحث فيها التطبيق عن تحديثات يتصل بخادمنا على GitHub الذي يسجل عنوان "
                "IP الخاص بك.",
            ),
        ],
    ),
}
F2 = {
    "en": (
        "Privacy",
        [
            ("C", "Location Services"),
            ("C+Ch", "Allows apps to determine your geographical location."),
            ("C", "Automatic Problem Reporting"),
            (
                "C+Ch+S",
                "Sends technical reports when something goes wrong. Reports are collected by "
                "Northwind Labs.",
            ),
            (
                "C+Ch",
                "Usage statistics: share anonymous information about how you use the app with "
                "the developers.",
            ),
            ("C+Ch", "Allow access to your contacts to find friends who already use the app."),
            ("Ch", "You can change these settings at any time in the Settings app."),
        ],
    ),
    "de": (
        "Datenschutz",
        [
            ("C", "Ortungsdienste"),
            ("C+Ch", "Ermöglicht Apps, Ihren geografischen Standort zu bestimmen."),
            ("C", "Automatische Problemberichte"),
            (
                "C+Ch+S",
                "Sendet technische Berichte, wenn etwas schiefgeht. Die Daten werden von "
                "Northwind Labs gesammelt.",
            ),
            (
                "C+Ch",
                "Nutzungsstatistik: anonyme Angaben zur Nutzung der App an die Entwickler senden.",
            ),
            (
                "C+Ch",
                "Zugriff auf Ihre Kontakte erlauben, um Freunde zu finden, die die App schon "
                "nutzen.",
            ),
            ("Ch", "Diese Einstellungen können Sie jederzeit in der App „Einstellungen“ ändern."),
        ],
    ),
    "fr": (
        "Confidentialité",
        [
            ("C", "Services de localisation"),
            ("C+Ch", "Permet aux applications de déterminer votre position géographique."),
            ("C", "Rapport automatique de problèmes"),
            (
                "C+Ch+S",
                "Envoie des rapports techniques en cas de problème. Les données sont collectées "
                "par Northwind Labs.",
            ),
            (
                "C+Ch",
                "Statistiques d'utilisation : partager avec les développeurs des informations "
                "anonymes sur votre utilisation de l'application.",
            ),
            (
                "C+Ch",
                "Autoriser l'accès à vos contacts pour trouver des amis qui utilisent déjà "
                "l'application.",
            ),
            (
                "Ch",
                "Vous pouvez modifier ces réglages à tout moment dans l'application Paramètres.",
            ),
        ],
    ),
    "sv": (
        "Integritet",
        [
            ("C", "Platstjänster"),
            ("C+Ch", "Låter appar avgöra din geografiska position."),
            ("C", "Automatisk problemrapportering"),
            (
                "C+Ch+S",
                "Skickar tekniska rapporter när något går fel. Uppgifterna samlas in av "
                "Northwind Labs.",
            ),
            (
                "C+Ch",
                "Användningsstatistik: dela anonym information om hur du använder appen med "
                "utvecklarna.",
            ),
            (
                "C+Ch",
                "Tillåt åtkomst till dina kontakter för att hitta vänner som redan använder appen.",
            ),
            ("Ch", "Du kan ändra inställningarna när som helst i appen Inställningar."),
        ],
    ),
    "ru": (
        "Конфиденциальность",
        [
            ("C", "Службы геолокации"),
            ("C+Ch", "Позволяет приложениям определять ваше географическое положение."),
            ("C", "Автоматическая отправка отчётов о проблемах"),
            (
                "C+Ch+S",
                "Отправляет технические отчёты при сбоях. Данные собирает компания Northwind Labs.",
            ),
            (
                "C+Ch",
                "Статистика использования: передавать разработчикам анонимные сведения о работе "
                "с приложением.",
            ),
            (
                "C+Ch",
                "Разрешить доступ к контактам, чтобы найти друзей, которые уже пользуются "
                "приложением.",
            ),
            ("Ch", "Эти настройки можно изменить в любое время в приложении «Параметры»."),
        ],
    ),
    "kk": (
        "Құпиялылық",
        [
            ("C", "Орналасу қызметтері"),
            ("C+Ch", "Қолданбаларға географиялық орналасуыңызды анықтауға мүмкіндік береді."),
            ("C", "Ақаулар туралы автоматты есеп беру"),
            (
                "C+Ch+S",
                "Бірдеңе дұрыс болмаса, техникалық есептерді жібереді. Деректерді Northwind Labs "
                "жинайды.",
            ),
            (
                "C+Ch",
                "Пайдалану статистикасы: қолданбаны қалай пайдаланатыныңыз туралы жасырын "
                "ақпаратты әзірлеушілерге жіберу.",
            ),
            (
                "C+Ch",
                "Қолданбаны пайдаланып жүрген достарды табу үшін контактілеріңізге қол жеткізуге "
                "рұқсат беру.",
            ),
            (
                "Ch",
                "Бұл параметрлерді «Баптаулар» қолданбасында кез келген уақытта өзгертуге болады.",
            ),
        ],
    ),
    "fa": (
        "حریم خصوصی",
        [
            ("C", "خدمات مکان‌یابی"),
            ("C+Ch", "به برنامه‌ها اجازه می‌دهد موقعیت جغرافیایی شما را تعیین کنند."),
            ("C", "گزارش خودکار مشکلات"),
            (
                "C+Ch+S",
                "هنگام بروز خطا گزارش‌های فنی ارسال می‌کند. داده‌ها توسط Northwind Labs جمع‌آوری "
                "می‌شوند.",
            ),
            (
                "C+Ch",
                "آمار استفاده: اطلاعات ناشناس درباره نحوه استفاده از برنامه را با توسعه‌دهندگان "
                "به اشتراک بگذارید.",
            ),
            ("C+Ch", "اجازه دسترسی به مخاطبین برای یافتن دوستانی که از برنامه استفاده می‌کنند."),
            ("Ch", "این تنظیمات را هر زمان می‌توانید در برنامه تنظیمات تغییر دهید."),
        ],
    ),
    "ar": (
        "الخصوصية",
        [
            ("C", "خدمات تحديد الموقع"),
            ("C+Ch", "يسمح للتطبيقات بتحديد موقعك الجغرافي."),
            ("C", "الإبلاغ التلقائي عن المشكلات"),
            ("C+Ch+S", "يرسل تقارير تقنية عند حدوث خطأ. تجمع شركة Northwind Labs هذه البيانات."),
            (
                "C+Ch",
                "إحصاءات الاستخدام: مشاركة معلومات مجهولة الهوية حول استخدامك للتطبيق مع المطورين.",
            ),
            ("C+Ch", "السماح بالوصول إلى جهات الاتصال للعثور على أصدقاء يستخدمون التطبيق."),
            ("Ch", "يمكنك تغيير هذه الإعدادات في أي وقت من تطبيق الإعدادات."),
        ],
    ),
}
F3 = {
    "en": (
        "About this app",
        [
            ("C", "We do not collect any personal data."),
            ("C", "The app does not store or process any information about you on our servers."),
            ("C", "No account is required and no analytics or tracking code is included."),
            ("C", "Your notes are saved only on your device and never leave it."),
            ("C", "The developers have no access to your location history."),
            ("S", "We do not share your information with anyone."),
            ("C", "The app keeps its settings in a local database on the phone."),
        ],
    ),
    "de": (
        "Über diese App",
        [
            ("C", "Wir erheben keinerlei personenbezogene Daten."),
            (
                "C",
                "Die App speichert oder verarbeitet keine Informationen über Sie auf unseren "
                "Servern.",
            ),
            (
                "C",
                "Es ist kein Konto nötig, und die App enthält keine Analyse- oder "
                "Tracking-Werkzeuge.",
            ),
            ("C", "Ihre Notizen werden nur auf Ihrem Gerät gespeichert und verlassen es nie."),
            ("C", "Die Entwickler haben keinen Zugriff auf Ihren Standortverlauf."),
            ("S", "Wir geben Ihre Daten an niemanden weiter."),
            ("C", "Die App legt ihre Einstellungen in einer lokalen Datenbank auf dem Telefon ab."),
        ],
    ),
    "fr": (
        "À propos de l'application",
        [
            ("C", "Nous ne collectons aucune donnée personnelle."),
            (
                "C",
                "L'application ne stocke ni ne traite aucune information vous concernant sur nos "
                "serveurs.",
            ),
            (
                "C",
                "Aucun compte n'est nécessaire et l'application ne contient aucun outil "
                "d'analyse ni de suivi.",
            ),
            (
                "C",
                "Vos notes sont enregistrées uniquement sur votre appareil et ne le quittent "
                "jamais.",
            ),
            ("C", "Les développeurs n'ont pas accès à l'historique de vos positions."),
            ("S", "Nous ne partageons vos informations avec personne."),
            (
                "C",
                "L'application garde ses réglages dans une base de données locale sur le "
                "téléphone.",
            ),
        ],
    ),
    "sv": (
        "Om appen",
        [
            ("C", "Vi samlar inte in några personuppgifter."),
            ("C", "Appen lagrar eller behandlar ingen information om dig på våra servrar."),
            ("C", "Inget konto behövs och appen innehåller inga analys- eller spårningsverktyg."),
            ("C", "Dina anteckningar sparas bara på din enhet och lämnar den aldrig."),
            ("C", "Utvecklarna har ingen åtkomst till din platshistorik."),
            ("S", "Vi delar inte dina uppgifter med någon."),
            ("C", "Appen sparar sina inställningar i en lokal databas på telefonen."),
        ],
    ),
    "ru": (
        "О приложении",
        [
            ("C", "Мы не собираем никаких персональных данных."),
            ("C", "Приложение не хранит и не обрабатывает сведения о вас на наших серверах."),
            (
                "C",
                "Учётная запись не нужна, в приложении нет инструментов аналитики или "
                "отслеживания.",
            ),
            ("C", "Ваши заметки хранятся только на вашем устройстве и никогда его не покидают."),
            ("C", "Разработчики не имеют доступа к истории ваших местоположений."),
            ("S", "Мы никому не передаём ваши данные."),
            ("C", "Приложение хранит настройки в локальной базе данных на телефоне."),
        ],
    ),
    "kk": (
        "Қолданба туралы",
        [
            ("C", "Біз ешқандай дербес деректер жинамаймыз."),
            ("C", "Қолданба сіз туралы ақпаратты біздің серверлерде сақтамайды және өңдемейді."),
            ("C", "Тіркелгі қажет емес, қолданбада талдау немесе бақылау құралдары жоқ."),
            ("C", "Жазбаларыңыз тек құрылғыңызда сақталады және одан ешқашан шықпайды."),
            ("C", "Әзірлеушілердің орналасу тарихыңызға қол жеткізу мүмкіндігі жоқ."),
            ("S", "Біз деректеріңізді ешкімге бермейміз."),
            ("C", "Қолданба баптауларын телефондағы жергілікті дерекқорда сақтайды."),
        ],
    ),
    "fa": (
        "درباره برنامه",
        [
            ("C", "ما هیچ داده شخصی جمع‌آوری نمی‌کنیم."),
            ("C", "برنامه هیچ اطلاعاتی درباره شما را روی سرورهای ما ذخیره یا پردازش نمی‌کند."),
            ("C", "به حساب کاربری نیازی نیست و برنامه هیچ ابزار تحلیل یا ردیابی ندارد."),
            (
                "C",
                "یادداشت‌های شما فقط روی دستگاه خودتان ذخیره می‌شوند و هرگز از آن خارج نمی‌شوند.",
            ),
            ("C", "توسعه‌دهندگان به تاریخچه مکان‌های شما دسترسی ندارند."),
            ("S", "ما اطلاعات شما را با هیچ‌کس به اشتراک نمی‌گذاریم."),
            ("C", "برنامه تنظیمات خود را در یک پایگاه داده محلی روی تلفن نگه می‌دارد."),
        ],
    ),
    "ar": (
        "حول التطبيق",
        [
            ("C", "نحن لا نجمع أي بيانات شخصية."),
            ("C", "لا يخزن التطبيق أي معلومات عنك ولا يعالجها على خوادمنا."),
            ("C", "لا حاجة إلى حساب، ولا يحتوي التطبيق على أي أدوات تحليل أو تتبع."),
            ("C", "تحفظ ملاحظاتك على جهازك فقط ولا تغادره أبدا."),
            ("C", "ليس لدى المطورين أي وصول إلى سجل مواقعك."),
            ("S", "لا نشارك معلوماتك مع أي جهة."),
            ("C", "يحفظ التطبيق إعداداته في قاعدة بيانات محلية على الهاتف."),
        ],
    ),
}
F4 = {
    "en": (
        "Your profile",
        [
            ("C+Ch", "You may add your name to your profile; it is optional."),
            ("C+Ch", "Entering a phone number is voluntary and only used for two-step sign-in."),
            ("C+Ch", "A profile photo is not required."),
            (
                "C+Ch",
                "You can choose to tell us your date of birth so we can send birthday greetings.",
            ),
            ("C+Ch", "Fields marked as optional may be left empty."),
            ("C+Ch", "If you wish, you can also give your company name and job title."),
        ],
    ),
    "de": (
        "Ihr Profil",
        [
            ("C+Ch", "Sie können Ihren Namen im Profil angeben; das ist freiwillig."),
            (
                "C+Ch",
                "Die Angabe einer Telefonnummer ist freiwillig und dient nur der Anmeldung in "
                "zwei Schritten.",
            ),
            ("C+Ch", "Ein Profilbild ist nicht erforderlich."),
            (
                "C+Ch",
                "Auf Wunsch können Sie uns Ihr Geburtsdatum mitteilen, damit wir Ihnen "
                "gratulieren können.",
            ),
            ("C+Ch", "Als optional gekennzeichnete Felder dürfen leer bleiben."),
            (
                "C+Ch",
                "Wenn Sie möchten, können Sie auch Ihren Firmennamen und Ihre Position angeben.",
            ),
        ],
    ),
    "fr": (
        "Votre profil",
        [
            ("C+Ch", "Vous pouvez ajouter votre nom à votre profil ; c'est facultatif."),
            (
                "C+Ch",
                "L'indication d'un numéro de téléphone est facultative et sert uniquement à la "
                "connexion en deux étapes.",
            ),
            ("C+Ch", "Une photo de profil n'est pas obligatoire."),
            (
                "C+Ch",
                "Vous pouvez choisir de nous indiquer votre date de naissance pour recevoir nos "
                "vœux d'anniversaire.",
            ),
            ("C+Ch", "Les champs marqués comme facultatifs peuvent rester vides."),
            (
                "C+Ch",
                "Si vous le souhaitez, vous pouvez aussi indiquer le nom de votre entreprise et "
                "votre fonction.",
            ),
        ],
    ),
    "sv": (
        "Din profil",
        [
            ("C+Ch", "Du kan lägga till ditt namn i profilen; det är frivilligt."),
            (
                "C+Ch",
                "Att ange ett telefonnummer är frivilligt och används bara för inloggning i två "
                "steg.",
            ),
            ("C+Ch", "En profilbild krävs inte."),
            ("C+Ch", "Du kan välja att uppge ditt födelsedatum så att vi kan gratulera dig."),
            ("C+Ch", "Fält som är märkta som valfria kan lämnas tomma."),
            ("C+Ch", "Om du vill kan du också ange ditt företagsnamn och din befattning."),
        ],
    ),
    "ru": (
        "Ваш профиль",
        [
            ("C+Ch", "Вы можете указать в профиле своё имя, это необязательно."),
            (
                "C+Ch",
                "Номер телефона указывается по желанию и используется только для входа в два "
                "этапа.",
            ),
            ("C+Ch", "Фотография профиля не обязательна."),
            ("C+Ch", "Вы можете сообщить нам дату рождения, чтобы получать поздравления."),
            ("C+Ch", "Поля, отмеченные как необязательные, можно оставить пустыми."),
            ("C+Ch", "При желании вы можете также указать название компании и должность."),
        ],
    ),
    "kk": (
        "Сіздің профиліңіз",
        [
            ("C+Ch", "Профиліңізге атыңызды қосуға болады, бұл міндетті емес."),
            ("C+Ch", "Телефон нөмірін көрсету ерікті және тек екі қадамды кіру үшін қолданылады."),
            ("C+Ch", "Профиль суреті міндетті емес."),
            ("C+Ch", "Құттықтау алу үшін туған күніңізді көрсете аласыз."),
            ("C+Ch", "Міндетті емес деп белгіленген өрістерді бос қалдыруға болады."),
            ("C+Ch", "Қаласаңыз, компанияңыздың атауы мен лауазымыңызды да көрсете аласыз."),
        ],
    ),
    "fa": (
        "نمایه شما",
        [
            ("C+Ch", "می‌توانید نام خود را به نمایه اضافه کنید؛ این کار اختیاری است."),
            ("C+Ch", "وارد کردن شماره تلفن اختیاری است و فقط برای ورود دومرحله‌ای استفاده می‌شود."),
            ("C+Ch", "عکس نمایه الزامی نیست."),
            ("C+Ch", "می‌توانید تاریخ تولد خود را وارد کنید تا برایتان تبریک تولد بفرستیم."),
            ("C+Ch", "فیلدهایی که با عنوان اختیاری مشخص شده‌اند را می‌توانید خالی بگذارید."),
            ("C+Ch", "در صورت تمایل می‌توانید نام شرکت و سمت شغلی خود را نیز وارد کنید."),
        ],
    ),
    "ar": (
        "ملفك الشخصي",
        [
            ("C+Ch", "يمكنك إضافة اسمك إلى ملفك الشخصي، وهذا اختياري."),
            ("C+Ch", "إدخال رقم الهاتف اختياري ويستخدم فقط لتسجيل الدخول بخطوتين."),
            ("C+Ch", "صورة الملف الشخصي ليست إلزامية."),
            ("C+Ch", "يمكنك أن تختار إخبارنا بتاريخ ميلادك لنرسل لك تهنئة."),
            ("C+Ch", "يمكن ترك الحقول المعلّمة بأنها اختيارية فارغة."),
            ("C+Ch", "إذا رغبت، يمكنك أيضا إدخال اسم شركتك ومسماك الوظيفي."),
        ],
    ),
}
# Persian verbs: {v} marks the verb written with ZWNJ, a space, or joined
F5 = [
    ("C", "نشانی IP شما هنگام ورود ثبت {می}شود."),
    ("C", "داده‌های مکان شما روی سرور ذخیره {می}شود."),
    ("C+S", "برنامه گزارش خطا را به سرویس Sentry ارسال {می}کند."),
    ("C", "ما نام و ایمیل شما را جمع‌آوری {می}کنیم."),
    ("S", "اطلاعات شما با شرکای تبلیغاتی به اشتراک گذاشته {می}شود."),
    ("A", "شما {می}توانید حساب خود را حذف کنید."),
    ("R", "داده‌ها پس از شش ماه پاک {می}شوند."),
    ("C", "ما از کوکی‌ها برای به خاطر سپردن زبان شما استفاده {می}کنیم."),
    ("S", "اطلاعات پرداخت توسط درگاه بانکی پردازش {می}شود."),
    ("C", "اطلاعات شما جمع {می}شوند."),
]


FAMILIES = {"device": F1, "switches": F2, "negations": F3, "optional": F4}


def _shown(table: tuple[str, list[tuple[str, str]]]) -> dict[str, set[str]]:
    heading, lines = table
    return line_categories_shown(heading + "\n\n" + "\n\n".join(line for _, line in lines) + "\n")


def _recall(family: dict[str, tuple[str, list[tuple[str, str]]]]) -> float:
    found = wanted = 0
    for table in family.values():
        shown = _shown(table)
        for labels, line in table[1]:
            gold = {ABBR[x] for x in labels.split("+")}
            found += len(gold & shown.get(line, set()))
            wanted += len(gold)
    return found / wanted


# Recall of the labels over each family's lines in all eight languages (before this branch:
# 0.25, 0.32, 0.59, 0.30).
FLOORS = {"device": 0.8, "switches": 0.65, "negations": 0.8, "optional": 0.4}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_family_is_read_in_all_eight_languages(family: str) -> None:
    assert _recall(FAMILIES[family]) >= FLOORS[family]


def _lines(family: dict[str, tuple[str, list[tuple[str, str]]]], skip: set[str]) -> list:
    return [
        pytest.param(lang, line, id=f"{lang}-{i}")
        for lang, (_, lines) in family.items()
        for i, (_, line) in enumerate(lines)
        if f"{lang}-{i}" not in skip
    ]


# Lines still read otherwise (an update check "on our server at GitHub, which logs…" reads as
# the service's own; Persian "connects to the servers" and a search sent to a named service).
DEVICE_MISSED = {"en-5", "de-5", "ru-5", "fa-0", "fa-3", "fa-5", "ar-5"}


@pytest.mark.parametrize(("lang", "line"), _lines(F1, DEVICE_MISSED))
def test_a_device_contacting_another_service_is_sharing(lang: str, line: str) -> None:
    assert TP in _shown(F1[lang])[line]


NEGATION_MISSED = {"de-6", "fr-3", "fr-4", "ru-4", "kk-4", "fa-2", "fa-4", "ar-4"}


@pytest.mark.parametrize(("lang", "line"), _lines(F3, NEGATION_MISSED))
def test_a_denied_practice_is_still_that_practice(lang: str, line: str) -> None:
    shown = _shown(F3[lang])[line]
    assert shown & {FP, TP}, shown


# The choice of optional data is read; the collection half (C) is still missed where no list
# head or data cue names it (a per-line rule cost the speed bar; left for a cheaper one).
OPTIONAL_MISSED = {"en-4", "en-5", "de-4", "de-5", "fr-1", "sv-5", "ru-3", "ru-5", "kk-3", "kk-5"}
OPTIONAL_MISSED |= {"fa-3", "fa-5", "ar-3", "ar-5"}


@pytest.mark.parametrize(("lang", "line"), _lines(F4, OPTIONAL_MISSED))
def test_optional_data_is_a_choice(lang: str, line: str) -> None:
    assert CH in _shown(F4[lang])[line]


@pytest.mark.parametrize("lang", sorted(F2))
def test_a_location_switch_names_collection(lang: str) -> None:
    lines = F2[lang][1]
    shown = _shown(F2[lang])
    assert FP in shown[lines[0][1]] or FP in shown[lines[1][1]], shown


def _spelled(line: str, spelling: str) -> str:
    if spelling == "zwnj":
        return line.replace("{می}", "می\u200c")
    if spelling == "space":
        return line.replace("{می}", "می ").replace("\u200c", " ")
    return line.replace("{می}", "می").replace("\u200c", "")


def test_persian_verbs_read_alike_with_zwnj_a_space_or_joined() -> None:
    read = {}
    for spelling in ("zwnj", "space", "joined"):
        lines = [_spelled(line, spelling) for _, line in F5]
        shown = line_categories_shown("حریم خصوصی\n\n" + "\n\n".join(lines) + "\n")
        read[spelling] = [shown.get(line, set()) for line in lines]
    assert read["zwnj"] == read["space"] == read["joined"]
    for (labels, _), found in zip(F5, read["joined"], strict=True):
        assert found & {ABBR[x] for x in labels.split("+")}, (labels, found)
