"""What the shipped model changes against the lexicon alone, line by line, per set and language.

    python -m tests.eval.model_flips [--model DIR] [--shared ../shared]

For the dev policies (held out "H", the rest "R"), the five samples ("S") and the real policies
("real"), each line is read twice through `analyze_with` (lexicon alone, lexicon + the shipped
model) and scored by `score.py`'s rule; per (set, language) it prints both macro-F1 and how the
model's decisions on a (line, category) fall: "add+" the model asserts a gold category the
lexicon missed, "add-" one the gold does not have, "del+" it takes away a wrong lexicon answer
(a veto), "del-" a right one — with the same four counts per category on each set's "all" row.
Counts only: the held-out policies' lines are never printed (their misses are not to be read).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from policylens.core.document import Document
from policylens.core.language import detect_language
from policylens.core.learn.apply import analyze_with
from policylens.core.learn.corpus import corpus_dir, held_out
from policylens.core.learn.shipped import load_shipped

KINDS = ("add+", "add-", "del+", "del-")


def _gold(path: Path) -> dict[str, list[dict[str, object]]]:
    units: dict[str, list[dict[str, object]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            unit = json.loads(line)
            units[unit["doc"]].append(unit)
    return units


def _macro(counts: dict[str, Counter[str]], categories: tuple[str, ...]) -> float:
    scores = []
    for category in categories:
        k = counts[category]
        if k["tp"] + k["fn"] == 0:
            continue
        p = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else 0.0
        r = k["tp"] / (k["tp"] + k["fn"])
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None, help="default: the shipped model")
    parser.add_argument("--shared", type=Path, default=Path("..") / "shared")
    args = parser.parse_args()
    sys.path.insert(0, str(args.shared / "eval"))
    from score import SUBSTANTIVE, locate, predicted_for  # the evaluation's own rule

    categories = tuple(SUBSTANTIVE)
    model = load_shipped(args.model)
    if model is None:
        print(f"no usable model in {args.model or 'resources/models/clauses'}", file=sys.stderr)
        return 1
    documents = corpus_dir() / "documents"
    real = corpus_dir() / "real"
    kept_apart = held_out()
    sets: list[tuple[str, Path, dict[str, list[dict[str, object]]]]] = [
        ("dev", documents, _gold(documents / "gold.jsonl")),
        ("S", args.shared / "seeds", _gold(args.shared / "eval" / "seeds" / "gold.jsonl")),
        ("real", real, _gold(real / "gold.jsonl")),
    ]
    scores: dict[str, dict[tuple[str, str], dict[str, Counter[str]]]] = {
        m: defaultdict(lambda: {c: Counter() for c in categories}) for m in ("lexicon", "model")
    }
    flips: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for name, folder, gold in sets:
        for document, units in sorted(gold.items()):
            text = (folder / document).read_text("utf-8-sig")
            tag = name if name != "dev" else ("H" if document in kept_apart else "R")
            language = detect_language(text)
            parsed = Document.from_text(text, title=document, format="txt")
            read = {
                m: [c.to_json() for c in analyze_with(parsed, shipped, None)]
                for m, shipped in (("lexicon", None), ("model", model))
            }
            for unit in units:
                span = locate(unit, text, parsed.text)
                truth = set(unit["labels"])  # type: ignore[call-overload]
                found = {m: predicted_for(span, clauses) for m, clauses in read.items()}
                for key in ((tag, language), (tag, "all")):
                    for m, predicted in found.items():
                        for c in categories:
                            k = scores[m][key][c]
                            if c in predicted and c in truth:
                                k["tp"] += 1
                            elif c in predicted:
                                k["fp"] += 1
                            elif c in truth:
                                k["fn"] += 1
                    for c in categories:
                        if (c in found["lexicon"]) != (c in found["model"]):
                            right = (c in found["model"]) == (c in truth)
                            kind = ("add" if c in found["model"] else "del") + "+-"[not right]
                            flips[key][(c, kind)] += 1
    order = {"H": 0, "R": 1, "S": 2, "real": 3}
    for key in sorted(scores["model"], key=lambda k: (order[k[0]], k[1] != "all", k[1])):
        totals: Counter[str] = Counter()
        for (_, kind), n in flips[key].items():
            totals[kind] += n
        row = (
            f"{key[0]:4} {key[1]:3}  lexicon {_macro(scores['lexicon'][key], categories):.3f}"
            f"  model {_macro(scores['model'][key], categories):.3f}  "
            + " ".join(f"{kind}{totals[kind]}" for kind in KINDS)
        )
        if key[1] == "all":
            per: dict[str, Counter[str]] = defaultdict(Counter)
            for (c, kind), n in flips[key].items():
                per[c][kind] += n
            short = {c: "".join(w[0] for w in c.split("_"))[:4] for c in per}
            row += " | " + " ".join(
                f"{short[c]}:" + "/".join(str(per[c][kind]) for kind in KINDS) for c in sorted(per)
            )
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
