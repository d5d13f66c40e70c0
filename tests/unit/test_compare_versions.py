"""Versions of one policy: every deletion, insertion, edit and move is found, nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from policylens.core.compare import Comparison, Pair, compare
from policylens.core.document import Document
from policylens.core.loaders import load_document


@dataclass
class VersionPair:
    """Document A (a sample), B (edited), and where each edit is in each of them."""

    a: Document
    b: Document
    removed_in_a: tuple[int, int]
    added_in_b: tuple[int, int]
    moved: tuple[tuple[int, int], tuple[int, int]]  # (in A, in B)
    edited: tuple[tuple[int, int], tuple[int, int]]
    old_words: str
    new_words: str
    untouched: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def make_versions(
    path: Path,
    *,
    delete: int,
    insert_at: int,
    inserted: str,
    edit: int,
    old_words: str,
    new_words: str,
    move: int,
    move_to_end: bool = True,
    retouch: Callable[[str], str] = lambda s: s,
) -> VersionPair:
    """B = A's paragraphs with one deleted, one inserted, one edited and one moved to the end.

    `retouch` changes an untouched paragraph invisibly (same length), e.g. Arabic letters."""
    a = load_document(path)
    texts = [a.text[p.start : p.end] for p in a.paragraphs]
    spans_a = [(p.start, p.end) for p in a.paragraphs]
    assert old_words in texts[edit]
    order: list[int | str] = [k for k in range(len(texts)) if k not in (delete, move)]
    order.insert(order.index(insert_at), "new")
    if move_to_end:
        order.append(move)
    pieces: list[str] = []
    spans_b: dict[int | str, tuple[int, int]] = {}
    pos = 0
    for item in order:
        if item == "new":
            piece = inserted
        else:
            assert isinstance(item, int)
            piece = texts[item]
            if item == edit:
                piece = piece.replace(old_words, new_words, 1)
            elif item == 2:
                piece = retouch(piece)
        spans_b[item] = (pos, pos + len(piece))
        pieces.append(piece)
        pos += len(piece) + 1
    b = Document.from_text("\n".join(pieces) + "\n", title="edited", format="txt")
    untouched = [
        (spans_a[k], spans_b[k]) for k in range(len(texts)) if k not in (delete, move, edit)
    ]
    return VersionPair(
        a,
        b,
        spans_a[delete],
        spans_b["new"],
        (spans_a[move], spans_b[move]),
        (spans_a[edit], spans_b[edit]),
        old_words,
        new_words,
        untouched,
    )


def inside(span: tuple[int, int] | None, outer: tuple[int, int]) -> bool:
    return span is not None and outer[0] <= span[0] and span[1] <= outer[1]


def pairs_in_b(comparison: Comparison, outer: tuple[int, int]) -> list[Pair]:
    return [p for p in comparison.pairs if inside(p.b, outer)]


def check_every_edit_found(v: VersionPair, comparison: Comparison) -> None:
    assert comparison.mode == "versions"
    text_a, text_b = v.a.text, v.b.text
    # Deleted paragraph: all of it reported removed, nothing else removed.
    removed = [p for p in comparison.pairs if p.relation == "removed"]
    assert removed and all(inside(p.a, v.removed_in_a) for p in removed)
    assert "".join(text_a[p.a[0] : p.a[1]] for p in removed if p.a).replace(" ", "") == text_a[
        v.removed_in_a[0] : v.removed_in_a[1]
    ].replace(" ", "")
    # Inserted paragraph.
    added = [p for p in comparison.pairs if p.relation == "added"]
    assert added and all(inside(p.b, v.added_in_b) and p.a is None for p in added)
    assert pairs_in_b(comparison, v.added_in_b) == added
    # Moved paragraph: found where it went, pointing back where it was.
    moved = [p for p in comparison.pairs if p.relation == "moved"]
    assert moved and moved == pairs_in_b(comparison, v.moved[1])
    assert all(inside(p.a, v.moved[0]) for p in moved)
    assert all(p.a and text_a[p.a[0] : p.a[1]] == text_b[p.b[0] : p.b[1]] for p in moved if p.b)
    # Edited paragraph: one changed clause, its changed words marked on both sides.
    changed = [p for p in comparison.pairs if p.relation == "changed"]
    assert len(changed) == 1
    (edit,) = changed
    assert inside(edit.a, v.edited[0]) and inside(edit.b, v.edited[1])
    assert {p.relation for p in pairs_in_b(comparison, v.edited[1])} <= {"same", "changed"}
    marked_a = [text_a[w.a[0] : w.a[1]] for w in edit.word_changes if w.a]
    marked_b = [text_b[w.b[0] : w.b[1]] for w in edit.word_changes if w.b]
    assert " ".join(marked_a) == v.old_words
    assert " ".join(marked_b) == v.new_words
    assert 0.5 <= edit.score < 1.0
    # Everything else is the same, at the same place in the paragraph.
    for span_a, span_b in v.untouched:
        here = pairs_in_b(comparison, span_b)
        assert here, span_b
        for p in here:
            assert p.relation == "same"
            assert p.a is not None and p.b is not None
            assert p.a[0] - span_a[0] == p.b[0] - span_b[0]
            assert p.a[1] - p.a[0] == p.b[1] - p.b[0]
    # Each side's text covered in order: B's pairs in B order (removed ones between).
    b_starts = [p.b[0] for p in comparison.pairs if p.b]
    assert b_starts == sorted(b_starts)


@pytest.fixture(params=[False, True], ids=["own-units", "analysis-if-available"])
def analyse(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def test_english_versions_every_edit_found(samples: dict[str, Path], analyse: bool) -> None:
    v = make_versions(
        samples["en"],
        delete=22,
        insert_at=30,
        inserted="4.1.8. Training machine learning models on anonymised listening statistics.",
        edit=35,
        old_words="not combined",
        new_words="never merged",
        move=3,
    )
    comparison = compare(v.a, v.b, analyse=analyse)
    check_every_edit_found(v, comparison)


def test_persian_versions_every_edit_found(samples: dict[str, Path], analyse: bool) -> None:
    v = make_versions(
        samples["fa1"],
        delete=6,
        insert_at=9,
        inserted="ما اطلاعات شما را حداکثر به مدت دو سال نگه میداریم و سپس آن را حذف میکنیم.",
        edit=1,
        old_words="تیم پشتیبان",
        new_words="واحد پشتیبانی مشتریان",
        move=4,
        # Arabic yeh/kaf for Persian ones: a different byte string, the same text.
        retouch=lambda s: s.replace("ی", "ي").replace("ک", "ك"),
    )
    assert (
        v.a.text[v.untouched[1][0][0] : v.untouched[1][0][1]]
        != v.b.text[v.untouched[1][1][0] : v.untouched[1][1][1]]
    )
    comparison = compare(v.a, v.b, analyse=analyse)
    check_every_edit_found(v, comparison)


def test_identical_documents_are_all_same(samples: dict[str, Path]) -> None:
    a = load_document(samples["fa2"])
    comparison = compare(a, a, "versions", analyse=False)
    assert comparison.pairs and {p.relation for p in comparison.pairs} == {"same"}
    assert comparison.differences() == []


def test_zwnj_and_spacing_do_not_count_as_changes() -> None:
    a = Document.from_text("اطلاعات شما حفظ میشود.\n", title="a", format="txt")
    b = Document.from_text("اطلاعات  شما حفظ می\u200cشود.\n", title="b", format="txt")
    comparison = compare(a, b, "versions", analyse=False)
    assert [p.relation for p in comparison.pairs] == ["same"]


def test_moved_and_edited_clause_is_moved_with_word_changes() -> None:
    first = "We keep your messages for thirty days after you delete them from the app."
    others = [
        f"Section {k} talks about topic number {k} of this policy in detail." for k in range(6)
    ]
    a = Document.from_text("\n".join([first, *others]), title="a", format="txt")
    edited = first.replace("thirty", "ninety")
    b = Document.from_text("\n".join([*others, edited]), title="b", format="txt")
    comparison = compare(a, b, "versions", analyse=False)
    (moved,) = [p for p in comparison.pairs if p.relation == "moved"]
    assert moved.a == (0, len(first))
    assert [b.text[w.b[0] : w.b[1]] for w in moved.word_changes if w.b] == ["ninety"]
    assert [a.text[w.a[0] : w.a[1]] for w in moved.word_changes if w.a] == ["thirty"]
