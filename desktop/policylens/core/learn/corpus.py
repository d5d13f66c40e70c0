"""The project's labelled corpus (`resources/corpus/<lang>.jsonl`) as training and dev data.

`records(split)` reads the clauses; `dev_documents(language)` rebuilds the dev split's imagined
policies (one group = one policy, its clauses one per line, in order) with the gold labels of
each line, so the dev score is computed like the evaluation's (`score.py`): whole documents
through `analyze`, headings and list heads in context.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    id: str
    language: str
    group: str
    split: str
    kind: str
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DevDocument:
    """One dev group as a policy text; `units` are (start, end, labels) per line."""

    group: str
    language: str
    text: str
    units: tuple[tuple[int, int, tuple[str, ...]], ...]


def corpus_dir() -> Path:
    from policylens.paths import resource

    return resource("corpus")


def records(split: str | None = None, directory: Path | None = None) -> list[CorpusRecord]:
    """Every record (of `split`, when given), file by file in language order."""
    found: list[CorpusRecord] = []
    for path in sorted((directory or corpus_dir()).glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if split is not None and row["split"] != split:
                continue
            found.append(
                CorpusRecord(
                    str(row["id"]),
                    str(row["language"]),
                    str(row["group"]),
                    str(row["split"]),
                    str(row.get("kind", "sentence")),
                    str(row["text"]),
                    tuple(str(label) for label in row["labels"]),
                )
            )
    return found


def dev_documents(language: str | None = None, directory: Path | None = None) -> list[DevDocument]:
    """The dev split's groups as documents (of one language, when given)."""
    groups: dict[str, list[CorpusRecord]] = {}
    for record in records("dev", directory):
        if language is None or record.language == language:
            groups.setdefault(record.group, []).append(record)
    documents = []
    for group, members in sorted(groups.items()):
        lines: list[str] = []
        units: list[tuple[int, int, tuple[str, ...]]] = []
        at = 0
        for record in members:
            text = " ".join(record.text.split())
            units.append((at, at + len(text), record.labels))
            lines.append(text)
            at += len(text) + 1
        documents.append(
            DevDocument(group, members[0].language, "\n".join(lines) + "\n", tuple(units))
        )
    return documents
