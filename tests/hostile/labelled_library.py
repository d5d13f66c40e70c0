"""A library with very many annotations, for `train` at scale (issue 17).

Documents are made of the project's corpus sentences (train split), each with a few words of
the samples appended so that texts differ from document to document as real policies do; every
clause is labelled with its corpus categories by several annotators, until the document has its
share of annotations. Written straight through the store (no language detection: the corpus
says the language), so 200 documents and 200 000 annotations take some seconds, not minutes.
"""

from __future__ import annotations

import random
from pathlib import Path

from policylens.core.document import Document, Paragraph, text_sha256
from tests.conftest import SAMPLES

CLAUSES_PER_DOCUMENT = 250
ANNOTATORS = ("ana", "bahar", "chen", "dana", "emil")


def labelled_library(path: Path, documents: int, annotations: int, *, seed: int = 7) -> int:
    """Fill a new library at `path`; the number of annotations written."""
    from policylens.core.learn.corpus import records
    from policylens.store.annotations import NewAnnotation
    from policylens.store.database import open_store

    rng = random.Random(seed)
    corpus = [r for r in records("train") if "\n" not in r.text and r.text.strip()]
    words = " ".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))).split()
    per_document = annotations // documents
    written = 0
    store = open_store(path)
    try:
        for number in range(documents):
            chosen = rng.sample(corpus, CLAUSES_PER_DOCUMENT)
            lines = [f"{r.text.strip()} {' '.join(rng.choices(words, k=3))}" for r in chosen]
            text = "\n".join(lines)
            paragraphs, at = [], 0
            for record, line in zip(chosen, lines, strict=True):
                direction = "rtl" if record.language in ("fa", "ar") else "ltr"
                paragraphs.append(Paragraph(at, at + len(line), record.language, direction))
                at += len(line) + 1
            document = Document(
                text=text,
                title=f"labelled policy {number}",
                format="txt",
                paragraphs=tuple(paragraphs),
                language=chosen[0].language,
                sha256=text_sha256(text),
            )
            items: list[NewAnnotation] = []
            for annotator in ANNOTATORS:
                for record, paragraph in zip(chosen, paragraphs, strict=True):
                    for category in record.labels:
                        items.append(
                            NewAnnotation(
                                document.sha256,
                                paragraph.start,
                                paragraph.end,
                                category,
                                annotator,
                            )
                        )
            items = items[:per_document]
            with store.transaction():
                store.documents.add(document)
                store.annotations.add_many(items)
            written += len(items)
    finally:
        store.close()
    return written
