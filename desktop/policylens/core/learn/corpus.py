"""The project's labelled corpus (`resources/corpus/<lang>.jsonl`) as training and dev data.

`records(split)` reads the clauses; `dev_documents(language)` rebuilds the dev split's imagined
policies (one group = one policy, its clauses one per line, in order) with the gold labels of
each line, so the dev score is computed like the evaluation's (`score.py`): whole documents
through `analyze`, headings and list heads in context. `policies()` reads the team's whole dev
policies (`documents/`) the same way; `policy_lines()` makes their lines training records, and
`held_out()` names the policies that must never be trained on (`documents/held_out.txt`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
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


def documents_dir(directory: Path | None = None) -> Path:
    return (directory or corpus_dir()) / "documents"


HELD_OUT = "held_out.txt"


def policy_files(directory: Path | None = None) -> list[Path]:
    """The dev policies' texts (`documents/*.txt` but the held-out list), sorted."""
    folder = documents_dir(directory)
    return sorted(path for path in folder.glob("*.txt") if path.name != HELD_OUT)


def held_out(directory: Path | None = None) -> frozenset[str]:
    """File names listed in `documents/held_out.txt` (one a line, `#` starts a comment)."""
    path = documents_dir(directory) / HELD_OUT
    if not path.is_file():
        return frozenset()
    names = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(name for name in names if name)


def policies(directory: Path | None = None, leave_out: Collection[str] = ()) -> list[DevDocument]:
    """The whole dev policies with the gold labels of each non-blank line, by file name
    (`group` is the file name; the language is the name's prefix); those named in `leave_out`
    are not read."""
    folder = documents_dir(directory)
    units: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
    for line in (folder / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["doc"] in leave_out:
                continue
            labels = tuple(str(label) for label in row["labels"])
            units.setdefault(str(row["doc"]), []).append(
                (int(row["start"]), int(row["end"]), labels)
            )
    return [
        DevDocument(name, name.split("-")[0], (folder / name).read_text("utf-8"), tuple(found))
        for name, found in sorted(units.items())
    ]


def policy_lines(documents: list[DevDocument]) -> list[CorpusRecord]:
    """Each labelled line of `documents` as a training record (kind `line`, split `policy`)."""
    return [
        CorpusRecord(
            f"{document.group}:{index}",
            document.language,
            document.group,
            "policy",
            "line",
            " ".join(document.text[start:end].split()),
            labels,
        )
        for document in documents
        for index, (start, end, labels) in enumerate(document.units)
    ]
