"""Libraries to damage: real PolicyLens stores filled quickly (no language detection)."""

from __future__ import annotations

import random
from pathlib import Path

from policylens.core.document import Document, Paragraph, split_paragraphs, text_sha256
from tests.conftest import SAMPLES


def filled_library(path: Path, megabytes: float, *, seed: int = 1) -> int:
    """A library of at least `megabytes` at `path` (documents, annotations, history, search
    index); the number of documents."""
    from policylens.store.database import open_store

    rng = random.Random(seed)
    words = " ".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))).split()
    store = open_store(path)
    count = 0
    try:
        while path.stat().st_size < megabytes * 1024 * 1024:
            text = "\n".join(" ".join(rng.choices(words, k=40)) for _ in range(300))
            spans = split_paragraphs(text)
            document = Document(
                text=text,
                title=f"policy {count}",
                format="txt",
                paragraphs=tuple(Paragraph(s, e, "en", "ltr") for s, e in spans),
                language="en",
                sha256=text_sha256(text),
            )
            with store.transaction():
                store.documents.add(document)
                for start, end in spans[:50]:
                    store.annotations.add(document.sha256, start, end, "other", annotator="a")
            count += 1
        store.db.conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        store.close()
    return count
