"""PDF import, measured on PDFs made here: every sample and three notices (Arabic, English,
Russian, in tests/data/pdfimport/) through LibreOffice, PolicyLens's own export and, where
installed, Chromium's print-to-PDF; then loaded back.

    python -m tests.eval.pdf_import              # the table for PolicyLens's loader
    python -m tests.eval.pdf_import --compare    # also pypdf, poppler, pdfminer.six, PDFium

Figures per PDF: letters in order (share of the source's non-space characters found again in
order), words intact (share of the source's words found whole; punctuation at a word's ends
ignored) and paragraphs (source → loaded). The source is the file as PolicyLens loads it.
The round-trip test (tests/unit/test_pdf_import_roundtrip.py) asserts the same figures.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLES = REPO / "resources" / "samples"
NOTICES = REPO / "tests" / "data" / "pdfimport"
# name → script, for the table
SOURCES = {
    "000_fdf60dbe90fb21c6.txt": "fa",
    "001_ac4457cc92e3732f.txt": "en",
    "002_4f6c25957579f7d5.txt": "fa",
    "003_9453130a1202024b.txt": "sv",
    "004_ae69a6da533e7e66.txt": "kk",
    "notice_ar.html": "ar",
    "notice_en.html": "en",
    "notice_ru.html": "ru",
}
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


def source_paths() -> list[Path]:
    return [SAMPLES / name if name[0].isdigit() else NOTICES / name for name in SOURCES]


def words(text: str) -> list[str]:
    found = (_EDGE_PUNCTUATION.sub("", word) for word in text.split())
    return [word for word in found if word]


def letters_in_order(source: str, loaded: str) -> float:
    a = [c for c in source if not c.isspace()]
    b = [c for c in loaded if not c.isspace()]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(a)


def words_intact(source: str, loaded: str) -> float:
    wanted = Counter(words(source))
    found = Counter(words(loaded))
    return sum(min(n, found[w]) for w, n in wanted.items()) / sum(wanted.values())


def paragraph_count(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


# --- generators: each makes one PDF per source in `out` and returns {source name: pdf} ---


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def libreoffice_pdfs(sources: list[Path], out: Path) -> dict[str, Path]:
    binary = soffice()
    assert binary is not None
    profile = (out / "lo-profile").as_uri()
    common = [binary, f"-env:UserInstallation={profile}", "--headless"]
    texts = [str(p) for p in sources if p.suffix == ".txt"]
    pages = [str(p) for p in sources if p.suffix == ".html"]
    if texts:
        subprocess.run(
            [*common, "--convert-to", "pdf", "--outdir", str(out), *texts],
            capture_output=True,
            timeout=300,
            check=True,
        )
    if pages:
        subprocess.run(
            [
                *common,
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out),
                *pages,
            ],
            capture_output=True,
            timeout=300,
            check=True,
        )
    return {p.name: out / f"{p.stem}.pdf" for p in sources if (out / f"{p.stem}.pdf").exists()}


def policylens_pdfs(sources: list[Path], out: Path, *, highlights: bool = True) -> dict[str, Path]:
    """PolicyLens's annotated export, without its first page (the review summary, which is
    not the policy's text): the body pages as a reader gets them."""
    import pypdfium2 as pdfium

    from policylens.core.analysis import analyze
    from policylens.core.loaders import load_document
    from policylens.export.pdf import export_pdf

    made: dict[str, Path] = {}
    for source in sources:
        document = load_document(source)
        whole = out / f"{source.stem}.full.pdf"
        export_pdf(document, analyze(document) if highlights else [], [], whole)
        full = pdfium.PdfDocument(whole)
        body = pdfium.PdfDocument.new()
        body.import_pages(full, list(range(1, len(full))))
        body.save(out / f"{source.stem}.pdf")
        made[source.name] = out / f"{source.stem}.pdf"
    return made


def chromium_pdfs(sources: list[Path], out: Path) -> dict[str, Path]:
    """Chromium's print-to-PDF, with its running header and footer (date, title, URL, page
    numbers): the text files as a web page with one paragraph per line."""
    import html

    binary = chromium()
    assert binary is not None
    made: dict[str, Path] = {}
    for source in sources:
        page = source
        if source.suffix == ".txt":
            lines = [line.strip() for line in source.read_text("utf-8").split("\n")]
            body = "\n".join(f'<p dir="auto">{html.escape(line)}</p>' for line in lines if line)
            page = out / f"{source.stem}.html"
            page.write_text(
                f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{source.stem}'
                f"</title></head><body>{body}</body></html>",
                "utf-8",
            )
        pdf = out / f"{source.stem}.pdf"
        subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={out / 'chromium-profile'}",
                f"--print-to-pdf={pdf}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if pdf.exists():
            made[source.name] = pdf
    return made


GENERATORS: dict[str, tuple[Callable[[list[Path], Path], dict[str, Path]], Callable[[], object]]]
GENERATORS = {
    "LibreOffice": (libreoffice_pdfs, soffice),
    "PolicyLens": (policylens_pdfs, lambda: True),
    "Chromium": (chromium_pdfs, chromium),
}


# --- readers compared by --compare ---


def read_policylens(pdf: Path) -> str:
    from policylens.core.loaders import load_document

    return load_document(pdf).text


def read_pypdf(pdf: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def read_poppler(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def read_pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(pdf)))


def read_pdfium_text(pdf: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_bounded() for page in document)
    return text.replace("\r\n", "\n").replace("\r", "\n")


READERS: dict[str, Callable[[Path], str]] = {
    "PolicyLens": read_policylens,
    "pypdf": read_pypdf,
    "poppler": read_poppler,
    "pdfminer.six": read_pdfminer,
    "PDFium text": read_pdfium_text,
}


def measure(source: str, pdf: Path, reader: Callable[[Path], str]) -> dict[str, float]:
    started = time.perf_counter()
    loaded = reader(pdf)
    seconds = time.perf_counter() - started
    return {
        "letters": letters_in_order(source, loaded),
        "words": words_intact(source, loaded),
        "paragraphs_source": paragraph_count(source),
        "paragraphs_loaded": paragraph_count(loaded),
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", action="store_true", help="other PDF readers as well")
    args = parser.parse_args(argv)
    from policylens.core.loaders import load_document

    readers = READERS if args.compare else {"PolicyLens": READERS["PolicyLens"]}
    sources = source_paths()
    texts = {p.name: load_document(p).text for p in sources}
    print(
        "| generator | source | script | reader | letters in order | words intact | "
        "paragraphs | ms |"
    )
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="policylens-pdf-import-") as tmp:
        for generator, (make, available) in GENERATORS.items():
            if not available():
                print(f"| {generator} | (not installed: skipped) |||||||")
                continue
            out = Path(tmp) / generator
            out.mkdir()
            for name, pdf in make(sources, out).items():
                for reader_name, reader in readers.items():
                    try:
                        m = measure(texts[name], pdf, reader)
                    except Exception as error:  # a reader's failure is a figure too
                        print(
                            f"| {generator} | {name} | {SOURCES[name]} | {reader_name} | "
                            f"failed: {error} ||||"
                        )
                        continue
                    print(
                        f"| {generator} | {name[:12]} | {SOURCES[name]} | {reader_name} | "
                        f"{m['letters']:.3f} | {m['words']:.3f} | "
                        f"{m['paragraphs_source']:.0f} → {m['paragraphs_loaded']:.0f} | "
                        f"{m['seconds'] * 1000:.0f} |",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
