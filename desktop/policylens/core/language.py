"""Language of a paragraph, offline and cheap (it runs on every paragraph of a 1 MB policy).

First the script (by the letters of the words), then, among the languages written in that
script, a score from common words (`resources/language/languages.json`) and typical letters
(Persian پ چ ژ گ vs Arabic ة ي ك ى, Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І vs Russian ы э ъ, Swedish å,
German ß, French é è ç…). Only the first few hundred characters of a paragraph are read.

`detect_language` gives the best guess for one text; `detect_languages` does a document's
paragraphs together, so a short heading with no evidence ("Teknisk data") takes the language
its script has in the rest of the document; a long document's are found from a sample first
(`_guesses_sampled`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

UNDETERMINED = "und"

# Enough words to recognise a language; keeps long paragraphs cheap.
_SAMPLE_CHARS = 400
_WORD = re.compile(r"[^\W\d_]+")
# Arabic-script spelling variants folded before the word lookup (Persian text in the wild
# uses Arabic ي/ك; the letters themselves still count as evidence for Arabic).
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alef, tatweel
_KANA = re.compile(r"[\u3040-\u30ff]")

# Scripts without a language choice here: the script is the answer.
_SINGLE_LANGUAGE_SCRIPTS = {
    "Grek": "el",
    "Armn": "hy",
    "Hebr": "he",
    "Deva": "hi",
    "Thai": "th",
    "Geor": "ka",
    "Hang": "ko",
    "Kana": "ja",
    "Hani": "zh",
}
# When nothing but the script is known.
_SCRIPT_DEFAULT = {"Latn": "en", "Cyrl": "ru", "Arab": "fa"}
_WORD_WEIGHT = 2.0
_LETTER_WEIGHT = 0.5
_LETTER_CAP = 4  # a letter repeated all over a paragraph is no stronger evidence than 4 times


@dataclass(frozen=True)
class _Profile:
    script: str
    letters: str
    words: frozenset[str]


@dataclass(frozen=True)
class Guess:
    language: str
    script: str
    # Word and letter evidence for the language (0: only the script decided).
    evidence: float


def _script_of(char: str) -> str:
    cp = ord(char)
    if cp < 0x250 or 0x1E00 <= cp < 0x1F00:
        return "Latn"
    if 0x400 <= cp < 0x530:
        return "Cyrl"
    if 0x600 <= cp < 0x700 or 0x750 <= cp < 0x780 or 0x8A0 <= cp < 0x900 or 0xFB50 <= cp < 0xFF00:
        return "Arab"
    if 0x370 <= cp < 0x400:
        return "Grek"
    if 0x530 <= cp < 0x590:
        return "Armn"
    if 0x590 <= cp < 0x600:
        return "Hebr"
    if 0x900 <= cp < 0x980:
        return "Deva"
    if 0xE00 <= cp < 0xE80:
        return "Thai"
    if 0x10A0 <= cp < 0x1100:
        return "Geor"
    if 0xAC00 <= cp < 0xD7B0 or 0x1100 <= cp < 0x1200:
        return "Hang"
    if 0x3040 <= cp < 0x3100:
        return "Kana"
    if 0x3400 <= cp < 0xA000:
        return "Hani"
    return "Other"


@cache
def _profiles() -> dict[str, _Profile]:
    from policylens.paths import resource_dir

    path = resource_dir() / "language" / "languages.json"
    raw = json.loads(path.read_text("utf-8"))["languages"]
    return {
        code: _Profile(
            entry["script"],
            entry["letters"],
            frozenset(_fold(word) for word in entry["words"].split()),
        )
        for code, entry in raw.items()
    }


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Every common word → the languages it is common in (profile order)."""
    index: dict[str, list[str]] = {}
    for code, profile in _profiles().items():
        for word in profile.words:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def _fold(text: str) -> str:
    """Lower case; Arabic yeh/kaf as Persian; no diacritics (str.translate is slower)."""
    text = text.lower()
    if "ي" in text or "ى" in text or "ك" in text or "ۀ" in text:
        text = text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ۀ", "ه")
    if _DIACRITICS.search(text):
        text = _DIACRITICS.sub("", text)
    return text


@cache
def _script_languages() -> dict[str, tuple[str, ...]]:
    by_script: dict[str, list[str]] = {}
    for code, profile in _profiles().items():
        by_script.setdefault(profile.script, []).append(code)
    return {script: tuple(codes) for script, codes in by_script.items()}


@cache
def _word_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Every common word → (language, weight) for each language it is common in. One-letter
    words ("a", "e", "i", "y", "о") are common in many languages and are also what is left of
    "E-mail" or an initial: they weigh half."""
    return {
        word: tuple((code, _WORD_WEIGHT if len(word) > 1 else _WORD_WEIGHT / 2) for code in codes)
        for word, codes in _word_languages().items()
    }


def common_word_hits(words: Iterable[str]) -> int:
    """How many of `words` are common words of some language (judges decodings)."""
    index = _word_languages()
    return sum(1 for word in words if _fold(word) in index)


_SCRIPT_WORDS = 40  # enough words to know the script


def _main_script(words: list[str]) -> str:
    """The script with the most letters among the first words."""
    per_script: dict[str, int] = {}
    cache = _SCRIPT_CACHE
    for word in words[:_SCRIPT_WORDS]:
        first = word[0]
        script = cache.get(first)
        if script is None:
            script = cache[first] = _script_of(first)
        per_script[script] = per_script.get(script, 0) + len(word)
    return max(per_script, key=per_script.__getitem__)


_SCRIPT_CACHE: dict[str, str] = {}

# Any letter outside one script (the ranges of `_script_of`): a word character that is not a
# digit, an underscore or in the ranges (one class: twice as quick as a look-ahead).
_OUTSIDE = {
    script: re.compile(f"[^\\W\\d_{ranges}]")
    for script, ranges in (
        ("Latn", "\x00-\u024f\u1e00-\u1eff"),
        ("Cyrl", "\u0400-\u052f"),
        ("Arab", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff"),
    )
}


def _only_script(folded: str, first_word: str) -> str | None:
    """The script of every letter of `folded`, when they all have the first word's (nearly
    every paragraph): then it is the main script, found without counting word by word."""
    script = _SCRIPT_CACHE.get(first_word[0]) or _script_of(first_word[0])
    outside = _OUTSIDE.get(script)
    if outside is None or outside.search(folded):
        return None
    return script


def guess_language(text: str) -> Guess:
    """Best guess for one text, with how much evidence beyond the script backs it."""
    sample = text[:_SAMPLE_CHARS]
    lowered = sample.lower()  # letters are counted before folding (ي is evidence for ar)
    folded = _fold(lowered)
    words = _WORD.findall(folded)
    if not words:
        return Guess(UNDETERMINED, "Other", 0.0)
    script = _only_script(folded, words[0]) or _main_script(words)
    if script in _SINGLE_LANGUAGE_SCRIPTS:
        if script == "Hani" and _KANA.search(sample):
            return Guess("ja", script, 1.0)
        return Guess(_SINGLE_LANGUAGE_SCRIPTS[script], script, 1.0)

    profiles = _profiles()
    candidates = _script_languages().get(script)
    if not candidates:
        return Guess(UNDETERMINED, script, 0.0)
    scores = dict.fromkeys(candidates, 0.0)
    index = _word_weights()
    # Most words are no common word: skipped in one pass. (The weights are whole and half
    # numbers: their sums are exact in any order.)
    for word in [word for word in words if word in index]:
        for code, weight in index[word]:
            if code in scores:
                scores[code] += weight
    if script == "Arab" and "ar" in scores:
        # The Arabic article; rarer in Persian (loanwords).
        articles = lowered.count(" ال") + lowered.startswith("ال")
        scores["ar"] += _LETTER_WEIGHT * articles
    for code in candidates:
        for letter in profiles[code].letters:
            count = lowered.count(letter)
            if count:
                scores[code] += _LETTER_WEIGHT * min(count, _LETTER_CAP)
    best = max(candidates, key=scores.__getitem__)  # first in profile order on a tie
    if scores[best] == 0.0:
        return Guess(_SCRIPT_DEFAULT.get(script, best), script, 0.0)
    return Guess(best, script, scores[best])


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when it has no letters."""
    return guess_language(text).language


# Below this evidence (one common word or a few typical letters) a paragraph's guess gives
# way to its script's dominant language in the same document.
_WEAK_EVIDENCE = _WORD_WEIGHT


def detect_languages(texts: Sequence[str]) -> list[str]:
    """Languages of a document's paragraphs: weak guesses follow the document's majority
    language for their script (a Swedish heading "Teknisk data" in a Swedish policy)."""
    if len(texts) < _SAMPLED_FROM:
        guesses = [guess_language(text) for text in texts]
    else:
        guesses = _guesses_sampled(texts)
    weight: dict[tuple[str, str], int] = {}
    for text, guess in zip(texts, guesses, strict=True):
        if guess.evidence >= _WEAK_EVIDENCE:
            key = (guess.script, guess.language)
            weight[key] = weight.get(key, 0) + len(text)
    majority: dict[str, tuple[int, str]] = {}
    for (script, language), chars in weight.items():
        if chars > majority.get(script, (0, ""))[0]:
            majority[script] = (chars, language)
    return [
        guess.language
        if guess.evidence >= _WEAK_EVIDENCE or guess.script not in majority
        else majority[guess.script][1]
        for guess in guesses
    ]


# A document of this many paragraphs (a long policy: 1 MB has ~2000) is guessed from a sample
# first: per paragraph in full, its ~65 ms were most of reading a 1 MB file.
_SAMPLED_FROM = 256
_SAMPLES = 64
_SETTLES = 8  # sampled texts of a script, all in one language: the script's language is known
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _guesses_sampled(texts: Sequence[str]) -> list[Guess]:
    """`guess_language` of each text, in effect: where a spread sample of the texts found
    a single language for a script (Latin, Cyrillic, Arabic), a text of that script alone
    takes it without being scored when it holds a letter typical of that language alone (ی
    or گ for Persian, ә for Kazakh, ة for Arabic) and none typical of another language of
    the script (nor, for Persian, the Arabic article). Every other text (the sample, English
    with no such letters, mixed scripts) is scored in full. On the corpus (38k paragraphs in
    8 languages, each file as one document) 2 paragraphs differ: a bilingual Russian/Kazakh
    heading, and a colloquial Arabic line the full score took for Persian by one word."""
    step = max(1, len(texts) // _SAMPLES)
    sampled = {index: guess_language(texts[index]) for index in range(0, len(texts), step)}
    found: dict[str, list[str]] = {}
    for guess in sampled.values():
        found.setdefault(guess.script, []).append(guess.language)
    settled = {
        script: (languages[0], script)
        for script, languages in found.items()
        if len(languages) >= _SETTLES and len(set(languages)) == 1 and script in _OUTSIDE
    }
    return [
        sampled.get(index) or _settled_guess(text, settled) or guess_language(text)
        for index, text in enumerate(texts)
    ]


def _settled_guess(text: str, settled: dict[str, tuple[str, str]]) -> Guess | None:
    lowered = text[:_SAMPLE_CHARS].lower()
    first = _FIRST_LETTER.search(lowered)
    if first is None:
        return None
    letter = first.group()
    found = settled.get(_SCRIPT_CACHE.get(letter) or _script_of(letter))
    if found is None:
        return None
    language, script = found
    if _OUTSIDE[script].search(lowered) or _other_letters(language).search(lowered):
        return None
    if language != "ar" and script == "Arab" and (" ال" in lowered or lowered.startswith("ال")):
        return None  # the Arabic article: evidence for Arabic
    if not _own_letters(language).search(lowered):
        return None  # nothing typical of it (English has no such letters): scored in full
    # Its own letters and none of another language's: scored in full, it (nearly) always
    # wins too, or has too little evidence and takes its script's majority, this one.
    return Guess(language, script, _WEAK_EVIDENCE)  # counts for its script's majority


@cache
def _own_letters(language: str) -> re.Pattern[str]:
    """Letters typical of `language` and of no other language of its script."""
    return _letter_class(set(_profiles()[language].letters) - _rival_letters(language))


@cache
def _other_letters(language: str) -> re.Pattern[str]:
    """Letters typical of another language of `language`'s script, and not of it."""
    return _letter_class(_rival_letters(language) - set(_profiles()[language].letters))


def _rival_letters(language: str) -> set[str]:
    """Letters typical of the other languages of `language`'s script."""
    profiles = _profiles()
    script = profiles[language].script
    return {
        letter
        for code, profile in profiles.items()
        if profile.script == script and code != language
        for letter in profile.letters
    }


def _letter_class(letters: set[str]) -> re.Pattern[str]:
    """Any one of `letters` (a pattern that never matches when there are none)."""
    return re.compile("[" + re.escape("".join(sorted(letters))) + "]" if letters else "(?!)")
