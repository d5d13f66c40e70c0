"""Fuzzing the loaders and the JSONL importer (Hypothesis): whatever the bytes, the result is
a document (or an import summary) or a message (`PolicyLensError`), never another exception.

Bounded to stay within a few seconds each in `make test` (~10 s for the file): 60 examples
per test, no deadline (the machine is shared; a slow example is not a finding), no example
database on disk.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policylens.core.document import Document
from policylens.core.errors import PolicyLensError
from policylens.core.loaders import load_document
from policylens.export.labels import import_jsonl
from policylens.store.database import open_store
from tests.conftest import SAMPLES

# More for a long hunt: POLICYLENS_FUZZ_EXAMPLES=2000 pytest tests/hostile/test_fuzz.py
FUZZ = settings(
    max_examples=int(os.environ.get("POLICYLENS_FUZZ_EXAMPLES", "60")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SUFFIXES = (".txt", ".md", ".html", ".pdf", ".docx", "")


@cache
def _seeds() -> dict[str, bytes]:
    """One small valid file of each format, to mutate."""
    sample = next(iter(sorted(SAMPLES.glob("000_*.txt")))).read_bytes()[:3000]
    html = (
        b"<!doctype html><html><head><meta charset='utf-8'><title>T</title></head><body>"
        b"<main><h1>Privacy</h1><p>We <b>collect</b> data.</p><ul><li>one</li></ul>"
        b"<table><tr><td>a</td><td>b</td></tr></table></main></body></html>"
    )
    import docx

    word = docx.Document()
    word.add_heading("Privacy policy", 1)
    word.add_paragraph("We collect your e-mail address.")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "cell"
    buffer = io.BytesIO()
    word.save(buffer)
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="We collect your e-mail address.")
    return {
        ".txt": sample,
        ".html": html,
        ".docx": buffer.getvalue(),
        ".pdf": bytes(pdf.output()),
    }


def _outcome(path: Path) -> None:
    try:
        document = load_document(path)
    except PolicyLensError as error:
        assert str(error).strip()  # a message someone can read
        return
    assert isinstance(document, Document) and document.text.strip()
    assert document.sha256 and len(document.text) == document.info()["chars"]


@FUZZ
@given(data=st.binary(min_size=1, max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _outcome(path)


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(_seeds())))
    data = bytearray(_seeds()[suffix])
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(("flip", "cut", "insert", "delete")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif data:
            del data[at : at + draw(st.integers(1, 256))]
    return suffix, bytes(data) or b"x"


@FUZZ
@given(case=_mutated())
def test_damaged_files(tmp_path: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(data)
    _outcome(path)


def test_the_docx_seed_is_readable_when_intact(tmp_path: Path) -> None:
    for suffix, data in _seeds().items():
        path = tmp_path / f"seed{suffix}"
        path.write_bytes(data)
        assert load_document(path).text.strip(), suffix
        if suffix == ".docx":
            assert zipfile.is_zipfile(path)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 200) | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_ANNOTATION = st.fixed_dictionaries(
    {},
    optional={
        "start": st.integers(-2, 40) | _JSON,
        "end": st.integers(-2, 40) | _JSON,
        "category": st.sampled_from(["other", "data_retention", "<script>", ""]) | _JSON,
        "note": st.text(max_size=20) | _JSON,
        "tags": st.lists(st.text(max_size=5), max_size=3) | _JSON,
        "annotator": st.text(max_size=10) | _JSON,
        "quote": st.text(max_size=10) | _JSON,
        "origin": st.sampled_from(["manual", "auto", "x"]),
        "state": st.sampled_from(["confirmed", "rejected", "x"]),
        "updated": st.text(max_size=25) | _JSON,
    },
)
_LINE = st.one_of(
    st.fixed_dictionaries(
        {"text": st.text(min_size=0, max_size=60) | _JSON},
        optional={
            "annotations": st.lists(_ANNOTATION, max_size=4) | _JSON,
            "label": st.lists(st.lists(_JSON, max_size=3), max_size=3) | _JSON,
            "sha256": st.text(max_size=64) | _JSON,
            "title": _JSON,
        },
    ).map(lambda line: json.dumps(line, ensure_ascii=False)),
    st.text(max_size=80),
)


@FUZZ
@given(lines=st.lists(_LINE, min_size=0, max_size=5), bom=st.booleans())
def test_jsonl_import(tmp_path: Path, lines: list[str], bom: bool) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(
        (b"\xef\xbb\xbf" if bom else b"") + "\n".join(lines).encode("utf-8", "surrogatepass")
    )
    store = open_store(memory=True)
    before = store.documents.count()
    try:
        summary = import_jsonl(store, path)
    except PolicyLensError as error:
        assert str(error).strip()
        assert store.documents.count() == before  # all or nothing
        return
    assert summary.documents_added + summary.documents_known == len(summary.documents)
