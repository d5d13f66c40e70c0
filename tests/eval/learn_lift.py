"""How far training on annotators' labels lifts the classifier (issue 8), measured end to end.

The labelled OPP-115 dev set is research-only: it is read from `../shared/eval/` at run time and
everything made from it (the imported library, the model) lives in a temporary folder that is
deleted afterwards. Nothing of it enters the project.

Steps, through the real CLI: every third policy (by name) is held out; the gold labels of the
others are imported as confirmed annotations (`policylens annotations import`), a model is
trained (`policylens train`), and `score.py` scores the held-out policies four ways: the
lexicon alone (`--no-model`), with the shipped model (before training), with the user's model
alone (POLICYLENS_NO_SHIPPED_MODEL=1) and with both — the user's model on top of the shipped
one must beat each alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _policylens(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def _macro_f1(score_output: str) -> float:
    return float(score_output.strip().splitlines()[-1].split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shared", type=Path, help="the shared folder (with eval/opp115)")
    args = parser.parse_args()
    corpus = args.shared / "eval" / "opp115"
    score = args.shared / "eval" / "score.py"
    if not (corpus / "gold.jsonl").is_file():
        print(f"learned-model lift: skipped ({corpus / 'gold.jsonl'} not found)")
        return 0
    units = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line]
    policies = sorted({unit["doc"] for unit in units})
    held_out = set(policies[2::3])
    with tempfile.TemporaryDirectory(prefix="policylens-lift-") as tmp:
        work = Path(tmp)
        env = {
            **os.environ,
            "POLICYLENS_DATA_DIR": str(work / "data"),
            "POLICYLENS_CONFIG_DIR": str(work / "config"),
        }
        labels: dict[str, list[dict[str, object]]] = {}
        for unit in units:
            if unit["doc"] not in held_out:
                for category in unit["labels"]:
                    labels.setdefault(unit["doc"], []).append(
                        {
                            "start": unit["start"],
                            "end": unit["end"],
                            "category": category,
                            "annotator": "gold",
                            "origin": "manual",
                            "state": "confirmed",
                        }
                    )
        with (work / "train.jsonl").open("w", encoding="utf-8") as out:
            for name, annotations in sorted(labels.items()):
                text = (corpus / name).read_text("utf-8")
                line = {"text": text, "title": name, "annotations": annotations}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        (work / "heldout.jsonl").write_text(
            "".join(json.dumps(u) + "\n" for u in units if u["doc"] in held_out)
        )
        results = {}

        def measure(label: str, flags: str, extra_env: dict[str, str]) -> None:
            command = f"{sys.executable} -m policylens analyze --json {flags}".strip()
            score_args = [str(score), str(work / "heldout.jsonl"), str(corpus), "--cmd", command]
            scored = subprocess.run(
                [sys.executable, *score_args],
                capture_output=True,
                text=True,
                env={**env, **extra_env},
                check=True,
            )
            results[label] = _macro_f1(scored.stdout)

        measure("lexicon alone", "--no-model", {})
        measure("lexicon + shipped model", "", {})
        imported = _policylens("annotations", "import", str(work / "train.jsonl"), env=env)
        trained = _policylens("train", "--json", env=env)
        if imported.returncode or trained.returncode:
            print("learned-model lift: training failed\n" + imported.stderr + trained.stderr)
            return 1
        measure("lexicon + user model", "", {"POLICYLENS_NO_SHIPPED_MODEL": "1"})
        measure("shipped + user model", "", {})
    base = results["lexicon alone"]
    print(
        f"trained on {len(policies) - len(held_out)} OPP-115 policies, "
        f"scored on {len(held_out)} held out"
    )
    for label, value in results.items():
        print(f"  {label:<26} macro-F1 {value:.3f}  lift {value - base:+.3f}")
    both = results["shipped + user model"]
    print(
        f"  user model on top of the shipped one: {both - results['lexicon + shipped model']:+.3f} "
        f"over the shipped model alone, {both - results['lexicon + user model']:+.3f} over the "
        "user model alone"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
