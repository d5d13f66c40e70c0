"""Full-text search across the library that sees through Persian/Arabic spelling variants.

The FTS5 table holds a normalised copy (`normalize_key`: Arabic ي/ك → ی/ک, no ZWNJ, no
diacritics, case folded…) of every paragraph with the paragraph's original span. A query is
normalised the same way; FTS5 finds the paragraphs, and the exact hit is then found again in
the paragraph's normalised copy and mapped back to original offsets, so hits and snippets are
always in the document's own text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from policylens.core.errors import PolicyLensError
from policylens.core.normalize import normalize_for_matching, normalize_key

SNIPPET_CONTEXT = 40
MAX_QUERY_WORDS = 32
MAX_QUERY_CHARS = 100_000
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    document: str
    title: str
    start: int
    end: int
    snippet: str
    # Where the hit is inside `snippet` (code points), for showing it marked.
    snippet_match: tuple[int, int] = (0, 0)

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
        }


def index_document(
    conn: sqlite3.Connection, sha256: str, text: str, paragraphs: Sequence[tuple[int, int]]
) -> None:
    """Add the document's paragraphs to the index (inside the caller's transaction)."""
    conn.executemany(
        'insert into search_index (text, document, start, "end") values (?, ?, ?, ?)',
        [(normalize_key(text[s:e]), sha256, s, e) for s, e in paragraphs if e > s],
    )


def unindex_document(conn: sqlite3.Connection, sha256: str) -> None:
    conn.execute("delete from search_index where document = ?", [sha256])


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    words: list[str]
    phrase: bool

    def fts(self) -> str:
        quoted = ['"' + w.replace('"', '""') + '"' for w in self.words]
        return '"' + " ".join(self.words) + '"' if self.phrase else " ".join(quoted)

    def pattern(self) -> re.Pattern[str]:
        """The words in order, separated by anything that is not a word character."""
        body = r"\W+".join(re.escape(w) for w in self.words)
        return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def parse_query(query: str) -> ParsedQuery | None:
    """Words of the normalised query; a query in double quotes is a phrase. Repeated words of
    a plain query count once (FTS5's cost grows with the square of the terms: "data " × 1000
    took 20 s); more than `MAX_QUERY_WORDS` words, or `MAX_QUERY_CHARS`, is a message."""
    stripped = query.strip()
    if len(stripped) > MAX_QUERY_CHARS:
        raise PolicyLensError(
            f"The search is {len(stripped):,} characters long; PolicyLens searches for up to "
            f"{MAX_QUERY_CHARS:,}. Search for a shorter phrase."
        )
    phrase = len(stripped) > 1 and stripped[0] in '"«“' and stripped[-1] in '"»”'
    words = _WORD.findall(normalize_key(stripped))
    if not words:
        return None
    if not phrase:
        words = list(dict.fromkeys(words))
    if len(words) > MAX_QUERY_WORDS:
        kind = "words in its phrase" if phrase else "different words"
        raise PolicyLensError(
            f"The search has {len(words):,} {kind}; PolicyLens searches for up to "
            f"{MAX_QUERY_WORDS} at a time. Search for fewer words."
        )
    return ParsedQuery(words, phrase or len(words) == 1)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Hits in rank order (best paragraphs first), at most `limit`."""
    parsed = parse_query(query)
    if parsed is None or limit <= 0:
        return []
    rows = conn.execute(
        'select s.document, s.start, s."end", d.title, '
        'substr(d.text, s.start + 1, s."end" - s.start) '
        "from search_index s join documents d on d.sha256 = s.document "
        "where search_index match ? order by s.rank limit ?",
        [parsed.fts(), limit],
    ).fetchall()
    return hits_in_paragraphs(parsed, rows, limit=limit)


def hits_in_paragraphs(
    parsed: ParsedQuery,
    rows: Iterable[tuple[str, int, int, str, str]],
    *,
    limit: int,
    require_words: bool = False,
) -> list[SearchHit]:
    """Exact hits, in original offsets, inside candidate paragraphs an index found.

    `rows` are (document, paragraph start, paragraph end, title, paragraph text). Shared by
    both libraries: each finds candidates with its own index, the offsets are found here.
    `require_words`: skip a paragraph in which no query word stands as a whole word (an
    index that matches inside words, such as trigrams, finds such paragraphs too).
    """
    phrase = parsed.pattern()
    word_patterns = [ParsedQuery([w], True).pattern() for w in parsed.words]
    hits: list[SearchHit] = []
    for document, start, _end, title, paragraph in rows:
        normalized = normalize_for_matching(paragraph)
        spans = [m.span() for m in phrase.finditer(normalized.text)]
        if not spans:  # all words present, not as a phrase: point at the first word found
            if parsed.phrase and require_words:
                continue
            found = [m.span() for p in word_patterns if (m := p.search(normalized.text))]
            if not found and require_words:
                continue
            spans = [min(found)] if found else [(0, 0)]
        for a, b in spans:
            o_start, o_end = normalized.to_original(a, b)
            hits.append(
                SearchHit(
                    document,
                    title,
                    start + o_start,
                    start + o_end,
                    *_snippet(paragraph, o_start, o_end),
                )
            )
            if len(hits) >= limit:
                return hits
    return hits


def _snippet(paragraph: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """The hit with some of its paragraph around it, cut at spaces where possible, and where
    the hit is inside it."""
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(paragraph), end + SNIPPET_CONTEXT)
    if left > 0:
        space = paragraph.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(paragraph):
        space = paragraph.rfind(" ", end, right)
        right = space if space != -1 else right
    text = paragraph[left:right].replace("\n", " ")
    lead = "…" if left > 0 else ""
    match = (len(lead) + start - left, len(lead) + end - left)
    return lead + text + ("…" if right < len(paragraph) else ""), match
