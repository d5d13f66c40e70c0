"""A heading that names a feature of the site or a moment of its use, not a practice.

WordPress-style policies head their sections with the site's features: "Comments", "Media",
"Kommentare", "دیدگاه‌ها", or with the moment data is taken: "Beim Zugriff auf die Webseite",
"When you visit our website". By the labelling guidelines such a heading names no practice:
it is `other` however its section's lines read, so `analysis.apply_context` does not give it
its section's practice (`heading_sections.fill_headings`). A feature that is a practice
("Cookies", "Embedded content from other websites": collection by third parties) has cues of
its own and is not listed here; nor is a contact form, which policies head as the collection
it is ("4. Kontaktformular").
"""

from __future__ import annotations

import re

# A number or letter before the heading ("3.", "2.1", "b)") and a colon or full stop after it.
_NUMBER = r"^\s*(?:(?:\d+|[a-z])(?:\.\d+)*[.)]?\s+)?"
_END = r"\s*[:.]?\s*$"

_FEATURES = (
    "comments?",
    "media",
    "comments and media",
    "kommentare",
    "medien",
    "commentaires",
    "m[ée]dias",
    "kommentarer",
    "دیدگاه(?:\u200c|\\s)?ها",
    "دیدگاه",
    "نظرات",
    "رسانه(?:(?:\u200c|\\s)?ها)?",
    "комментарии",
    "медиа(?:файлы)?",
    "пікірлер",
    # A place of storing named as a heading ("Хранилище", "Speicher", "Local storage"): where
    # things are kept, not how long (priv26).
    "(?:cloud|local|online) storage",
    "storage space",
    "(?:облачное |локальное )?хранилище",
    "архив(?: (?:заказов|бронирований|покупок|документов|сообщений))?",
    "(?:cloud-|lokaler )?speicher",
    "فضای (?:ابری|ذخیره(?:\u200c|\\s)?سازی)",
    "(?:مساحة )?التخزين السحابي",
    "espace de stockage",
    "molnlagring",
    # Links to other sites as a heading ("3. Links", "Länkar", "الروابط"): the section is a
    # disclaimer about other sites, its heading no practice (priv26).
    "links",
    "länkar",
    "ссылки",
    "сілтемелер",
    "(?:پیوند|لینک)(?:\u200c|\\s)?ها",
    "(?:ال)?روابط",
    "liens",
    # Who the company is ("Über uns", "Біз туралы"): contact details follow, no practice.
    "about (?:us|the company)",
    "über uns",
    "wer wir sind",
    "à propos(?: de nous)?",
    "qui nous sommes",
    "om (?:oss|företaget)",
    "о (?:нас|компании)",
    "(?:біз|компания) туралы",
    "درباره (?:ما|شرکت)",
    "(?:نبذة )?عنا",
    "عن (?:الشركة|التطبيق)",
)

_VISIT = (
    r"when you visit (?:our|the|this) (?:web)?site",
    r"visiting (?:our|the|this) (?:web)?site",
    r"beim (?:zugriff auf|besuch|aufruf) (?:die|der|unserer|unsere|diese[rn]?) "
    r"(?:webseite|website|internetseite|seite|homepage)",
    r"lors de (?:votre|la) visite (?:sur|de) (?:notre|ce|le) site",
    r"när du besöker (?:vår|webbplatsen|denna|den här)(?: webbplats)?",
)

_FEATURE = re.compile(_NUMBER + "(?:" + "|".join(_FEATURES + _VISIT) + ")" + _END, re.IGNORECASE)


def names_a_feature(heading: str) -> bool:
    """Whether the heading is only a feature of the site or the visit to it ("Comments",
    "Medien", "Beim Zugriff auf die Webseite"): no practice, whatever its section says."""
    return len(heading) <= 60 and _FEATURE.match(heading) is not None
