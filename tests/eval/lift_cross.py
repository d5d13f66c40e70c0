"""The learned lift across domains (`learn_lift --cross`): what a user who imports the 29
OPP-115 dev policies' labels and trains gets on English policies that are not OPP-115's.

OPP-115 labels whole paragraphs of US web policies of 2015; the hidden English policies the
product is measured on, like most policies users open, are written a clause or a list item a
line. The model is trained on all 29 policies (in memory only, as in `learn_lift`) and scored,
by `score.py`'s rules, on the English sample, the team's English dev policies (held out and the
rest apart) and the English corpus dev split rebuilt as documents: the lexicon alone, with the
shipped model, and with the user's model on top of it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from policylens.core.document import Document
from policylens.core.language import detect_language
from policylens.core.learn.apply import analyze_with
from policylens.core.learn.corpus import dev_documents, documents_dir, held_out
from policylens.core.learn.model import LearnedModel
from policylens.core.learn.shipped import ShippedModel

# (document, the text the units' offsets are in, its gold units: {"start", "end", "labels"})
Scored = tuple[Document, str, list[dict[str, Any]]]


def _from_files(folder: Path, gold: Path, keep: Callable[[str, str], bool]) -> list[Scored]:
    units: dict[str, list[dict[str, Any]]] = {}
    for line in gold.read_text("utf-8").splitlines():
        if line.strip():
            unit = json.loads(line)
            units.setdefault(unit["doc"], []).append(unit)
    found = []
    for name, its_units in sorted(units.items()):
        text = (folder / name).read_text("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        if keep(name, text):
            found.append((Document.from_text(text, title=name, format="txt"), text, its_units))
    return found


def cross_sets(shared: Path) -> dict[str, list[Scored]]:
    """The English sets, by name."""
    english = detect_language
    documents = documents_dir()
    held = held_out()
    return {
        "English sample": _from_files(
            shared / "seeds",
            shared / "eval" / "seeds" / "gold.jsonl",
            lambda _name, text: english(text) == "en",
        ),
        "en dev policies, held out": _from_files(
            documents,
            documents / "gold.jsonl",
            lambda name, _text: name.startswith("en-") and name in held,
        ),
        "en dev policies, the rest": _from_files(
            documents,
            documents / "gold.jsonl",
            lambda name, _text: name.startswith("en-") and name not in held,
        ),
        "en corpus dev split": [
            (
                Document.from_text(d.text, title=d.group, format="txt"),
                d.text,
                [{"start": a, "end": b, "labels": list(labels)} for a, b, labels in d.units],
            )
            for d in dev_documents("en")
        ],
    }


def counts(
    score: ModuleType,
    scored: Sequence[Scored],
    shipped: ShippedModel | None,
    model: LearnedModel | None,
) -> dict[str, Counter[str]]:
    """Per category tp/fp/fn, by `score.py`'s rules."""
    found: dict[str, Counter[str]] = {c: Counter() for c in score.CATEGORIES}
    for document, text, units in scored:
        clauses = [c.to_json() for c in analyze_with(document, shipped, model)]
        for unit in units:
            span = score.locate(unit, text, document.text)
            predicted = set() if span is None else score.predicted_for(span, clauses)
            truth = set(unit["labels"])
            for c in score.CATEGORIES:
                if c in predicted and c in truth:
                    found[c]["tp"] += 1
                elif c in predicted:
                    found[c]["fp"] += 1
                elif c in truth:
                    found[c]["fn"] += 1
    return found
