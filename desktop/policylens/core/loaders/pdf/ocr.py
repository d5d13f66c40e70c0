"""Pages without a text layer (scans) through Tesseract OCR.

Tesseract runs as a subprocess, one page at a time: the page is rendered by PDFium at 300 dpi
and handed over as a PNG file; the words come back as TSV with their boxes and confidences.
No wrapper library: pytesseract does the same (a subprocess on a temporary file) and would
only add a dependency; the time is Tesseract's own (measured here: 15–27 s for a Persian A4
page on a busy 2-core machine). A process per page lets a
cancel stop the work within a fraction of a second.

The language is the user's (`PdfOptions.ocr_languages`, `--ocr-lang`, the
`POLICYLENS_OCR_LANG` environment variable) or found by a first pass: the script of the first
page (Tesseract's OSD), a reading with that script's languages, then the language of the
text that came out.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policylens.core.errors import LoadError
from policylens.core.loaders.pdf.lines import Line

if TYPE_CHECKING:
    from policylens.core.loaders.pdf.options import PdfOptions

TESSERACT_ENV = "POLICYLENS_TESSERACT"  # another tesseract binary (tests: a missing one)
OCR_LANG_ENV = "POLICYLENS_OCR_LANG"
DPI = 300
# Debian's language packs, so that a message can say exactly what to install.
LANGUAGE_PACKS = ("fas", "ara", "eng", "rus", "kaz", "swe", "deu", "fra")
INSTALL = "sudo apt-get install tesseract-ocr " + " ".join(
    f"tesseract-ocr-{code}" for code in LANGUAGE_PACKS
)
# PolicyLens's language codes (core.language) → Tesseract's.
TESSERACT_LANGUAGES = {
    "fa": "fas",
    "ar": "ara",
    "en": "eng",
    "ru": "rus",
    "kk": "kaz",
    "sv": "swe",
    "de": "deu",
    "fr": "fra",
}
SCRIPT_LANGUAGES = {"Arabic": "fas", "Cyrillic": "rus", "Latin": "eng"}
_LANGUAGE_CODE = re.compile(r"^[a-z_]{3,10}(?:\+[a-z_]{3,10})*$")


@dataclass
class OcrResult:
    pages: dict[int, list[Line]] = field(default_factory=dict)
    languages: str = ""
    engine: str = ""
    confidences: list[tuple[float, int]] = field(default_factory=list)  # (confidence, chars)

    @property
    def confidence(self) -> float:
        """Mean word confidence (0–1), weighted by word length."""
        chars = sum(n for _, n in self.confidences)
        if not chars:
            return 0.0
        return sum(c * n for c, n in self.confidences) / chars / 100

    def report(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "languages": self.languages,
            "confidence": round(self.confidence, 3),
            "pages": [number + 1 for number in sorted(self.pages)],
        }


def tesseract_binary(name: str) -> str:
    """The Tesseract executable, or a `LoadError` that says what to install."""
    binary = os.environ.get(TESSERACT_ENV) or shutil.which("tesseract")
    if not binary or not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        raise LoadError(
            f"{name} is a scan (its pages have no text layer). To read it, PolicyLens needs "
            f"Tesseract OCR; install it with: {INSTALL}"
        )
    return binary


def installed_languages(binary: str) -> set[str]:
    listing = subprocess.run(
        [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return {line.strip() for line in listing.stdout.splitlines()[1:] if line.strip()}


def available_languages() -> set[str] | None:
    """The languages Tesseract can read here (its `osd` script data left out); None when
    Tesseract is not installed."""
    try:
        return installed_languages(tesseract_binary("")) - {"osd"}
    except (LoadError, OSError, subprocess.SubprocessError):
        return None


def recognise(pdf: Any, numbers: list[int], name: str, options: PdfOptions) -> OcrResult:
    """OCR of the pages `numbers` of `pdf` (a `pypdfium2.PdfDocument`)."""
    from policylens.core.loaders.pdf.options import LoadCancelled

    binary = tesseract_binary(name)
    available = installed_languages(binary)
    version = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    engine = (version.stdout or version.stderr).splitlines()[0:1] or ["tesseract"]
    result = OcrResult(engine=engine[0].strip())
    languages = options.ocr_languages or os.environ.get(OCR_LANG_ENV) or None
    if languages is not None:
        _check_languages(languages, available, name)
        if options.languages_found is not None:
            options.languages_found(languages)
    total = len(numbers)
    for done, number in enumerate(numbers):
        if options.cancelled is not None and options.cancelled():
            raise LoadCancelled(f"Reading {name} by OCR was cancelled.")
        if options.progress is not None:
            options.progress(done, total, "ocr")
        page = pdf[number]
        png = _render(page)
        if languages is None:
            languages, first = _first_pass(binary, png, available, options, name)
            words = first
            if options.languages_found is not None:
                options.languages_found(languages)
        else:
            words = _tesseract(binary, png, languages, options, name)
        height = page.get_height()
        result.pages[number] = _lines(words, number, height)
        result.confidences.extend((w.confidence, len(w.text)) for w in words)
    if options.progress is not None:
        options.progress(total, total, "ocr")
    result.languages = languages or ""
    return result


def _check_languages(languages: str, available: set[str], name: str) -> None:
    if not _LANGUAGE_CODE.match(languages):
        raise LoadError(f"{languages!r} is not a list of Tesseract languages (e.g. fas, eng+deu).")
    missing = [code for code in languages.split("+") if code not in available]
    if missing:
        packs = " ".join(f"tesseract-ocr-{code}" for code in missing)
        raise LoadError(
            f"Reading {name} by OCR needs Tesseract's {', '.join(missing)} language data; "
            f"install it with: sudo apt-get install {packs}"
        )


def _render(page: Any) -> bytes:
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass(frozen=True)
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: tuple[int, int, int, int]  # page, block, paragraph, line numbers


def _run(binary: str, png: bytes, arguments: list[str], options: PdfOptions, name: str) -> str:
    """Tesseract on one page image, stopped as soon as the user cancels. The image goes
    through a temporary file: with a pipe, waiting in steps for the output (to check for a
    cancel) cannot go on feeding the input."""
    from policylens.core.loaders.pdf.options import LoadCancelled

    with tempfile.TemporaryDirectory(prefix="policylens-ocr-") as folder:
        image = Path(folder) / "page.png"
        image.write_bytes(png)
        process = subprocess.Popen(
            [binary, str(image), "stdout", *arguments],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        while True:
            try:
                out, err = process.communicate(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if options.cancelled is not None and options.cancelled():
                    process.kill()
                    process.communicate()
                    raise LoadCancelled(f"Reading {name} by OCR was cancelled.") from None
    if process.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise LoadError(f"Tesseract could not read {name}: {message[0]}")
    return out.decode("utf-8", "replace")


def _tesseract(
    binary: str, png: bytes, languages: str, options: PdfOptions, name: str
) -> list[_Word]:
    tsv = _run(binary, png, ["-l", languages, "--psm", "3", "tsv"], options, name)
    words: list[_Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        words.append(
            _Word(
                cells[11].strip(),
                int(cells[6]),
                int(cells[7]),
                int(cells[8]),
                int(cells[9]),
                max(float(cells[10]), 0.0),
                (int(cells[1]), int(cells[2]), int(cells[3]), int(cells[4])),
            )
        )
    return words


def _first_pass(
    binary: str, png: bytes, available: set[str], options: PdfOptions, name: str
) -> tuple[str, list[_Word]]:
    """The languages to read the document with, and the first page's words read with them."""
    from policylens.core.language import detect_languages

    script = "Latin"
    if "osd" in available:
        try:
            osd = _run(binary, png, ["--psm", "0", "-l", "osd"], options, name)
            found = re.search(r"^Script:\s*(\w+)", osd, re.MULTILINE)
            script = found.group(1) if found else script
        except LoadError as error:
            if "cancelled" in str(error):
                raise
    guess = SCRIPT_LANGUAGES.get(script, "eng")
    if guess not in available:
        guess = "eng" if "eng" in available else sorted(available - {"osd"})[0]
    words = _tesseract(binary, png, guess, options, name)
    text = " ".join(word.text for word in words)
    language = detect_languages([text])[0] if text else "und"
    better = TESSERACT_LANGUAGES.get(language)
    if better and better != guess and better in available:
        return better, _tesseract(binary, png, better, options, name)
    return guess, words


def _lines(words: list[_Word], page: int, height: float) -> list[Line]:
    """Tesseract's lines as `Line`s in PDF points (y up), for the same paragraph rules as a
    text layer. Tesseract gives each line's words in reading (logical) order."""
    from policylens.core.direction import paragraph_direction

    scale = 72 / DPI
    grouped: dict[tuple[int, int, int, int], list[_Word]] = {}
    for word in words:
        grouped.setdefault(word.line, []).append(word)
    lines: list[Line] = []
    if not grouped:
        return lines
    # One size for the page: letter heights differ from line to line (ascenders, dots), and
    # a size change would end a paragraph.
    size = round(statistics.median(word.height for word in words) * scale)
    for line_words in grouped.values():
        text = " ".join(word.text for word in line_words)
        left = min(word.left for word in line_words) * scale
        right = max(word.left + word.width for word in line_words) * scale
        top = min(word.top for word in line_words) * scale
        bottom = max(word.top + word.height for word in line_words) * scale
        rtl = paragraph_direction(text) == "rtl"
        first = line_words[0]
        lines.append(
            Line(
                text=text,
                left=left,
                right=right,
                bottom=height - bottom,
                top=height - top,
                size=size,
                rtl=rtl,
                bold=False,
                first_word=first.width * scale,
                page=page,
                visual=[text],
                kinds=["L"],
            )
        )
    lines.sort(key=lambda line: -line.top)
    return lines
