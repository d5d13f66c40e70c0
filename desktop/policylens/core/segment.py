"""Paragraphs into clauses: headings, list items and sentences, with offsets into the text.

Works line by line (`Document.paragraphs`): a heading or a list item is one clause; a prose
paragraph splits into sentences at `. ! ? ؟ ؛ …` — but not after abbreviations ("e.g.",
"т.б.", "z. B."), inside numbers, URLs or e-mail addresses (no space follows those dots),
nor after a numbered-clause prefix such as `1.4.1.`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from policylens.core.clause import ClauseKind, slot_setters
from policylens.core.document import Direction, Document, Paragraph
from policylens.core.list_marks import BULLET_MARKS
from policylens.core.loaders.text import markdown_heading_text

# A list item longer than this is still split into sentences (each part stays a list item).
LONG_ITEM = 400
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 12

_BULLET = re.compile(f"^(?:[{re.escape(BULLET_MARKS)}]\\s*)+(?=\\S)")
# "1.4.1." / "2.1" / "4)" / "3." — a numbered clause prefix (and its depth); also the Roman
# numbers and paragraph signs of German and French policies' sections ("IV. Ehrenamt",
# "§ 3 Weitergabe"), which otherwise split into "IV." and a heading that names nothing.
_NUMBER = re.compile(
    r"^(\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}(?=[.)]\s)|§\s?\d{1,3})(?:\.|\)|(?=\s))\s*(?=\S)"
)
# Markdown in a plain-text policy (copied from a Markdown source, or typed so): a heading's
# "## " and a line in bold or italics ("**Payment**", "*Last updated: May 2024*") are no
# bullets; the text inside is segmented as if they were not there (dev policies with their
# headings so marked: 0.917 -> 0.880 pooled macro-F1 in bold, 0.908 with "## ", before).
_MARKDOWN_HEADING_MAX = 2 * HEADING_MAX_CHARS
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=[^\s*_])(.*[^\s*_])\1(?=[\s:：.]*$)")
_BOLD_START = re.compile(r"^(\*\*|__)(?=[^\s*_])")  # "**Note:** …": a bold lead, no bullet
_LETTER_ITEM = re.compile(r"^(?:[a-zа-яё]|[ivx]{1,4})\)\s*(?=\S)", re.IGNORECASE)
# An emoji as a line's bullet ("🔹 …", "▫️ …", "✅ …"), as chat-app and Instagram shops write lists:
# a pictograph with its variation selector or joined sequence, then the text (mostly after a
# space). Keycap digits ("1️⃣ …") number such a list.
_EMOJI_BULLET = re.compile(
    "^(?:([\u2190-\u2bff\U0001f000-\U0001faff])|[0-9#*]\ufe0f?\u20e3)"
    "(?:[\ufe0f\u20e3]|\u200d[^\\s])*\\s*(?=\\w)"
)
# (The first mark spelled out, not `[…]+`: a pattern that starts with a character set lets
# the regex engine skip to candidates in its own loop, twice as fast on a long text.)
_SENTENCE_END = re.compile(r"[.!?؟؛…][.!?؟؛…]*[\"'»”’)\]]*(?=\s+\S)")
# The same on an ASCII line without "!" or "?" (most English lines), where "." is the only mark
# it can meet: a pattern that starts with one literal character is looked for at memchr speed,
# where a class is tested at every character (~50 instructions each: ~45 M on 1 MB).
_DOT_END = re.compile(r"\.\.*[\"')\]]*(?=\s+\S)")
_TERMINAL = ".!?؟؛…;"
_ABBREVIATIONS = frozenset(
    """e.g i.e etc inc ltd co corp no nr vs cf approx dr mr mrs ms prof st jr sr fig art
    p ex pp vol resp incl excl max min tel dept ca
    т.б т.с.с т.е т.д т.п т.к г гг см стр ул д обл им др пр проф тел рис ст ч п пп подп абз
    d.v.s bl.a t.ex m.m s.k o.s.v fr.o.m t.o.m ca jfr
    z.b u.a bzw d.h ggf usw vgl evtl inkl ca s abs nr
    p.ex cf env mme mlle m""".split()
)
# A company's legal form written with dots ("Tidewell Labs B.V. (\"we\")", "Tierschutzverein
# e.V. ist"): no sentence ends there unless a capital letter follows, as one does where the
# name ends a sentence ("… operated by Example S.A. We …").
_COMPANY_FORMS = frozenset("b.v n.v s.a s.p.a s.a.s s.l s.r.l s.r.o e.v l.l.c l.p a.s".split())
_SPLIT_ABBREVIATIONS = ("z. b.", "p. ex.", "d. v. s.", "u. a.", "d. h.", "t. ex.", "bl. a.")
# Every substring of those: the text between a word's start and a dot of one of them is one.
_SPLIT_PIECES = frozenset(
    a[i:j] for a in _SPLIT_ABBREVIATIONS for i in range(len(a) + 1) for j in range(i, len(a) + 1)
)


@dataclass(frozen=True, slots=True, init=False)
class Segment:
    """A clause span before classification: `text[start:end]`, spaces excluded."""

    start: int
    end: int
    kind: ClauseKind
    language: str
    direction: Direction
    paragraph: int  # index into Document.paragraphs
    # Depth of a numbered heading ("3." → 1, "3.2" → 2); 0 for unnumbered headings/others.
    level: int = 0
    # The clause ends with ":" and so introduces what follows (a list).
    introduces: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        kind: ClauseKind,
        language: str,
        direction: Direction,
        paragraph: int,
        level: int = 0,
        introduces: bool = False,
    ) -> None:
        # Through the slots' setters (`clause.slot_setters`): a frozen dataclass's own
        # __init__ costs twice as much, and a 1 MB text has ~9,000 segments.
        _set_start(self, start)
        _set_end(self, end)
        _set_kind(self, kind)
        _set_language(self, language)
        _set_direction(self, direction)
        _set_paragraph(self, paragraph)
        _set_level(self, level)
        _set_introduces(self, introduces)


(
    _set_start,
    _set_end,
    _set_kind,
    _set_language,
    _set_direction,
    _set_paragraph,
    _set_level,
    _set_introduces,
) = slot_setters(Segment)


def segment(document: Document) -> list[Segment]:
    """Every paragraph of `document` as clauses, in text order."""
    segments: list[Segment] = []
    previous_introduces = False
    previous_item = False
    previous_semicolon = False  # the previous line was an item ending with ";" ("; or")
    list_depth = 0  # the numbering depth of the line that opened the list ("4.1. …:" → 2)
    # The previous line was an item numbered "1." / "۲)" of a list that an unnumbered line opened.
    numbered_item = False
    lines = [document.text[p.start : p.end] for p in document.paragraphs]
    markers = [_emoji_marker(line) for line in lines]
    for index, paragraph in enumerate(document.paragraphs):
        line = lines[index]
        marker = markers[index]
        emoji_run = marker is not None and (
            (index > 0 and markers[index - 1] == marker)
            or (index + 1 < len(markers) and markers[index + 1] == marker)
        )
        if list_depth and (previous_introduces or previous_item):
            depth = _number_depth(line)
            if depth and depth <= list_depth:
                # "4.2." after "4.1. … for the purposes of:" and its "4.1.x" items: the
                # next clause of the numbering, not one more item of the list.
                previous_introduces = previous_item = False
        if (
            previous_item
            and not previous_introduces
            and line.rstrip().endswith((":", "："))
            and _after_blank_line(document.text, document.paragraphs, index)
        ):
            # "- the amount paid", a blank line, then "If you pay by card, our payment provider
            # receives:": an unmarked line that introduces a list of its own after the blank
            # line, not one more item of the list before it (whose head it would pass on).
            previous_item = numbered_item = False
        numbered_list = (previous_introduces and not list_depth) or numbered_item
        parts = _segment_line(line, previous_introduces, previous_item, numbered_list, emoji_run)
        if (
            (previous_introduces or previous_semicolon)
            and len(line) <= SEMICOLON_ITEM
            and parts
            and all(kind == "sentence" for _, _, kind, _ in parts)
            and (previous_semicolon or _SEMICOLON_END.search(line) is not None)
        ):
            # "We may share information as follows:" / "With vendors … on our behalf;" /
            # "With your consent or at your direction.": items that end with ";" (the last
            # with "."), however long, are the list's items, not sentences of their own.
            parts = _item(line)
        previous_semicolon = (
            bool(parts) and parts[-1][2] == "list_item" and _SEMICOLON_END.search(line) is not None
        )
        numbered_item = (
            numbered_list
            and bool(parts)
            and parts[-1][2] == "list_item"
            and _number_depth(line) == 1
        )
        if paragraph.heading and not (len(parts) == 1 and parts[0][2] == "heading"):
            # The source says so (a PDF's larger or bold type, a DOCX heading style).
            parts = [(0, len(line), "heading", 0)]
        for start, end, kind, level in parts:
            start, end = _trim(line, start, end)
            if end <= start:
                continue
            segments.append(
                Segment(
                    paragraph.start + start,
                    paragraph.start + end,
                    kind,
                    paragraph.language,
                    paragraph.direction,
                    index,
                    level,
                    # (Trimmed: the clause ends with its last visible character.)
                    line.endswith((":", "："), start, end),
                )
            )
        if parts:
            last_kind = parts[-1][2]
            previous_introduces = line.rstrip().endswith((":", "："))
            if previous_introduces:
                list_depth = _number_depth(line)
            previous_item = last_kind == "list_item" or (previous_item and last_kind != "heading")
            if last_kind == "heading" and not previous_introduces:
                previous_item = False
    return segments


def _after_blank_line(text: str, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether a blank line stands between paragraph `index` and the one before it."""
    return index > 0 and blank_line_between(
        text, paragraphs[index - 1].end, paragraphs[index].start
    )


def blank_line_between(text: str, begin: int, end: int) -> bool:
    """Whether `text[begin:end]`, the white space between two lines, holds a blank line."""
    return text.count("\n", begin, end) >= 2


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def _emoji_marker(line: str) -> str | None:
    """The emoji a line starts with as its bullet ("keycap" for "1️⃣"), None without one."""
    if not _may_start_emoji(line):
        return None  # most lines: a letter, digit or mark first (no regex run)
    found = _EMOJI_BULLET.match(line)
    return None if found is None else (found.group(1) or "keycap")


def _may_start_emoji(line: str) -> bool:
    """Whether `_EMOJI_BULLET` may match: a pictograph first, or a keycap's mark second."""
    return line[:1] >= "\u2190" or line[1:2] in ("\ufe0f", "\u20e3")


def _may_be_numbered(first: str) -> bool:
    """Whether `_NUMBER` may match a line starting with `first`: a digit in any script (`\\d`)
    or a Roman numeral's or paragraph sign's first character."""
    return first.isdecimal() or (first != "" and first in "IVX§")


def _segment_line(
    line: str,
    after_intro: bool,
    in_list: bool,
    in_numbered_list: bool = False,
    emoji_run: bool = False,
) -> list[tuple[int, int, ClauseKind, int]]:
    """`emoji_run`: the line before or after starts with the same emoji bullet as this one."""
    first = line[:1]
    if first in "#*_":
        marked = _markdown_line(line, after_intro, in_list, in_numbered_list)
        if marked is not None:
            return marked
    # Each pattern below is run only where the line's first characters allow it to match
    # (most lines start with a letter: no regex run).
    if (first in BULLET_MARKS and _BULLET.match(line) and not _BOLD_START.match(line)) or (
        ")" in line[1:5] and _LETTER_ITEM.match(line)
    ):
        return _item(line)
    emoji = _EMOJI_BULLET.match(line) if _may_start_emoji(line) else None
    if emoji and (emoji_run or after_intro or not _looks_like_heading(line[emoji.end() :])):
        return _item(line)
    number = _NUMBER.match(line) if _may_be_numbered(first) else None
    if number and not _is_date_or_amount(line):
        body = line[number.end() :]
        level = number.group(1).count(".") + 1
        if in_numbered_list and level == 1 and len(line) <= LONG_ITEM:
            # "We collect:" then "1. Name", "2. E-mail": the list's items, not titles.
            return _item(line)
        if _looks_like_heading(body) or (level == 1 and _looks_like_numbered_title(body)):
            return [(0, len(line), "heading", level)]
        if len(line) <= 300 and body.rstrip().endswith((";", ",")):
            return _item(line)
        if len(line) <= 160 and (in_list or not _has_sentence_end(body)):
            return _item(line)
        return [(s, e, "sentence", 0) for s, e in split_sentences(line, number.end())]
    if _looks_like_heading(line) and not (after_intro and line.rstrip().endswith((";", ","))):
        return [(0, len(line), "heading", 0)]
    if (after_intro or in_list) and len(line) <= 200 and line.rstrip().endswith((";", ",")):
        return _item(line)
    if (after_intro or in_list) and len(line) <= 120 and not _has_sentence_end(line[:-1]):
        # An unbulleted list goes on while its lines end without a full stop; a sentence after
        # the list ("Payment is made on delivery.") is the text's own again.
        if after_intro or line.rstrip()[-1:] not in _TERMINAL:
            return _item(line)
    return [(s, e, "sentence", 0) for s, e in split_sentences(line)]


def _markdown_line(
    line: str, after_intro: bool, in_list: bool, in_numbered_list: bool
) -> list[tuple[int, int, ClauseKind, int]] | None:
    """The clauses of a line Markdown marks as a heading or sets in bold or italics (see
    `_MARKDOWN_HEADING_MAX`), None for any other line."""
    inner = markdown_heading_text(line)
    if inner is not None:
        if len(inner) > _MARKDOWN_HEADING_MAX:
            return None
        return [(0, len(line), "heading", _number_depth(inner))]
    emphasis = _EMPHASIS.match(line)
    if emphasis is None:
        return None
    begin, end = emphasis.start(2), emphasis.end(2)
    parts = _segment_line(line[begin:end], after_intro, in_list, in_numbered_list)
    if not parts:
        return None
    shifted = [(start + begin, stop + begin, kind, level) for start, stop, kind, level in parts]
    # The marks belong to the first and the last clause.
    shifted[0] = (0, *shifted[0][1:])
    shifted[-1] = (shifted[-1][0], len(line), *shifted[-1][2:])
    return shifted


def _number_depth(line: str) -> int:
    """The depth of a numbered clause's prefix ("4.1.2." → 3), 0 for an unnumbered line."""
    if not _may_be_numbered(line[:1]):
        return 0
    number = _NUMBER.match(line)
    if number is None or _is_date_or_amount(line):
        return 0
    return number.group(1).count(".") + 1


def _item(line: str) -> list[tuple[int, int, ClauseKind, int]]:
    if len(line) <= LONG_ITEM:
        return [(0, len(line), "list_item", 0)]
    return [(s, e, "list_item", 0) for s, e in split_sentences(line)]


# An item of a list whose items end with ";" (or "; and", "; or", "; и", "; och"), up to
# this long: the list goes on to the line after it, its last item.
SEMICOLON_ITEM = 400
_SEMICOLON_END = re.compile(r"[;؛]\s*(?:\w{1,4})?\s*$")
_DATE_OR_AMOUNT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|^\d{4}\b|^\d+/\d")
# A sentence-ending mark anywhere (found by the regex engine, not a loop over characters).
_SENTENCE_MARK = re.compile("[.!?؟؛…]")


def _is_date_or_amount(line: str) -> bool:
    """ "01.12.2022 …", "24/7 …", "2024 …": a number that is not a clause prefix."""
    return _DATE_OR_AMOUNT.match(line) is not None


def _looks_like_numbered_title(body: str) -> bool:
    """ "5. Measures taken to protect your information." — a title despite its final dot."""
    stripped = body.strip().rstrip(".")
    return (
        len(stripped) <= 120
        and len(stripped.split()) <= 16
        and not _has_sentence_end(stripped)
        and not stripped.endswith((";", ",", ":"))
    )


def _has_sentence_end(text: str) -> bool:
    if text.isascii():  # (memchr-speed searches, see `_DOT_END`)
        return "." in text or "!" in text or "?" in text
    return _SENTENCE_MARK.search(text) is not None


def _sentence_ends(text: str) -> re.Pattern[str]:
    """`_SENTENCE_END`, or `_DOT_END` where it finds the same (an ASCII text without "!"/"?")."""
    if text.isascii() and "!" not in text and "?" not in text:
        return _DOT_END
    return _SENTENCE_END


# Emoji, their modifiers and joiners, and the spaces between them, at a line's end.
_EMOJI_TAIL = "".join(
    chr(c) for c in (*range(0x2600, 0x27C0), *range(0x1F000, 0x1FB00), 0xFE0F, 0x200D, 0x20E3, 0x20)
)
_EMOJI_CHARS = frozenset(_EMOJI_TAIL)
_EMOJI_PROSE_WORDS = 6


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > HEADING_MAX_CHARS:
        return False
    words = stripped.split()
    letters = "".join(filter(str.isalpha, stripped))
    if not letters:
        return False
    # (A set lookup first: rstrip with thousands of characters costs ~2 µs on every line.)
    body = stripped.rstrip(_EMOJI_TAIL) if stripped[-1] in _EMOJI_CHARS else stripped
    if body != stripped and (len(words) >= _EMOJI_PROSE_WORDS or body[-1:] in _TERMINAL):
        return False  # an emoji ends a chatty sentence as a full stop would: "…«لغو» 🙏"
    last = body[-1:] or stripped[-1]
    if last in ":：" and len(words) <= 6:
        return True
    if len(letters) >= 4 and not any(map(str.islower, letters)) and any(map(str.isupper, letters)):
        return len(words) <= HEADING_MAX_WORDS  # ALL CAPS
    if last in "?؟" and len(words) <= 6:
        return True
    if last in _TERMINAL or last in ",،:":
        return False
    if len(words) > HEADING_MAX_WORDS:
        return False
    # A line with a sentence break inside is prose, not a title.
    return not _sentence_ends(stripped).search(stripped)


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:]` (the first one begins at 0 to keep any prefix)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _sentence_ends(text).finditer(text, start):
        end = match.end()
        if not _is_boundary(text, match.start(), end):
            continue
        spans.append((begin, end))
        begin = end
    # Every span above holds its sentence's mark: only the rest may be blank.
    if begin < len(text) and not text[begin:].isspace():
        spans.append((begin, len(text)))
    return spans


def _is_boundary(text: str, mark: int, end: int) -> bool:
    if text[mark] != ".":
        return True
    if text[mark:end].startswith("..."):
        return True
    token_start = mark
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    token = text[token_start:mark].lower().lstrip("(\"'«“")
    if token in _ABBREVIATIONS:
        return False
    # The first character after the spaces that follow (a slice of the rest of the line per
    # dot, and the line lowered per dot, made long paragraphs quadratic).
    next_visible = _NEXT_VISIBLE.match(text, end)  # always matches, perhaps empty
    following = next_visible.group(1) if next_visible else ""
    if _in_split_abbreviation(_lowered(text), token_start, mark):
        return False
    if token in _COMPANY_FORMS and not following.isupper():
        return False
    # A numbered-clause reference or prefix ("1.4.1." / "п. 2.1.") is no sentence end.
    if _CLAUSE_NUMBER.fullmatch(token) and not following.isupper():
        return False
    # Nor a German day before its month: "Stand: 1. Juli 2024", "am 25. Mai 2018".
    if len(token) <= 2 and token.isdigit() and _GERMAN_MONTH.match(text, end):
        return False
    if len(token) == 1 and token.isalpha() and text[token_start].isupper():
        return False  # an initial: "J. Smith", "M. Dupont"
    if following.isdigit() and len(token) <= 3 and token.isalpha():
        return False  # an abbreviation before a number: "Art. 6", "ст. 9", "Abs. 2"
    return not (following.islower() and len(token) <= 3)


_CLAUSE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_GERMAN_MONTH = re.compile(
    r"\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b"
)
# Any spaces (str.isspace, as str.lstrip), then the next character or nothing at the end.
_NEXT_VISIBLE = re.compile(r"\s*(\S?)")


@lru_cache(maxsize=8)
def _lowered(line: str) -> str:
    """The line lowered once for all its dots (sentence splitting asks per dot)."""
    return line.lower()


def _in_split_abbreviation(lower: str, token_start: int, mark: int) -> bool:
    """The dot at `mark` belongs to "z. B.", "p. ex.", "d. v. s."…"""
    if lower[token_start:mark] not in _SPLIT_PIECES:
        return False  # the word before the dot is in none of them (most dots)
    starts = [token_start]
    back = token_start - 1
    while back > 0 and lower[back - 1].isspace():
        back -= 1
    while back > 0 and not lower[back - 1].isspace():
        back -= 1
    starts.append(max(back, 0))
    for abbreviation in _SPLIT_ABBREVIATIONS:
        for start in starts:
            if lower.startswith(abbreviation, start) and start <= mark < start + len(abbreviation):
                return True
    return False
