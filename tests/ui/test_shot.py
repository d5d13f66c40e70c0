"""`policylens shot`, run as a user would (a subprocess), and the geometry its pictures show:
the reader's share of the window, and each paragraph's lines on their own side, measured on
the PNG's pixels."""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

INK = 80  # luminance below this is text: every category colour is far lighter (contrast ≥ 7:1)


def shot(
    tmp_path: Path, *args: str, name: str = "shot.png"
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path / name
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "policylens", "shot", *args, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    return run, out


@dataclass
class Line:
    top: int
    bottom: int
    left: int
    right: int


def text_lines(image: QImage) -> list[Line]:
    """Rows with ink, grouped into lines of text, each with its leftmost and rightmost ink."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows: list[tuple[int, int] | None] = []
    for y in range(height):
        row = data[y * stride : y * stride + width]
        inked = [x for x in range(width) if row[x] < INK]
        rows.append((inked[0], inked[-1]) if inked else None)
    lines: list[Line] = []
    y = 0
    while y < height:
        if rows[y] is None:
            y += 1
            continue
        top = y
        left, right = width, 0
        while y < height and rows[y] is not None:
            span = rows[y]
            assert span is not None
            left, right = min(left, span[0]), max(right, span[1])
            y += 1
        if y - top >= 4:  # not a stray dot or the caret's tip
            lines.append(Line(top, y, left, right))
    return lines


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines split where the gap between them is larger than a line gap: the paragraph gap."""
    if len(lines) < 2:
        return [lines]
    steps = [b.top - a.top for a, b in itertools.pairwise(lines)]
    usual = statistics.median(steps)
    groups: list[list[Line]] = [[lines[0]]]
    for step, line in zip(steps, lines[1:], strict=False):
        if step > usual * 1.3:
            groups.append([])
        groups[-1].append(line)
    return groups


def test_shot_writes_the_window_at_the_size_asked_for(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    run, out = shot(tmp_path, str(samples["en"]), "--size", "1024x768")
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_shot_explains_a_bad_size_and_writes_nothing(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    run, out = shot(tmp_path, str(samples["en"]), "--size", "wide")
    assert run.returncode == 2
    assert "WIDTHxHEIGHT" in run.stderr
    assert not out.exists()


def test_shot_of_compare_needs_two_files(tmp_path: Path, samples: dict[str, Path]) -> None:
    run, out = shot(tmp_path, str(samples["en"]), "--part", "compare")
    assert run.returncode == 2
    assert "two files" in run.stderr
    assert not out.exists()


def test_shot_of_a_missing_file_fails_at_once(tmp_path: Path) -> None:
    run, out = shot(tmp_path, str(tmp_path / "missing.txt"), "--timeout", "60")
    assert run.returncode == 2
    assert "missing.txt: no such file" in run.stderr
    assert not out.exists()


@pytest.mark.parametrize("size", ["800x600", "1024x768", "1600x1000"])
@pytest.mark.parametrize(("key", "lang"), [("en", "en"), ("fa1", "fa")])
def test_reader_keeps_most_of_the_window(
    tmp_path: Path, samples: dict[str, Path], size: str, key: str, lang: str
) -> None:
    run, out = shot(tmp_path, str(samples[key]), "--size", size, "--lang", lang, "--part", "reader")
    assert run.returncode == 0, run.stderr
    window_width = int(size.split("x")[0])
    # The text area only: the reader's ≥ 60 % less its scroll bar and frame (~24 px) and the
    # category margin beside the text.
    from policylens.ui.reader.category_margin import BAND, GAP, MAX_BANDS, NOTE_MARK, PADDING

    margin = 2 * PADDING + MAX_BANDS * (BAND + GAP) + NOTE_MARK
    assert QImage(str(out)).width() >= 0.6 * window_width - 24 - margin


@pytest.mark.parametrize(("key", "lang", "side"), [("fa1", "fa", "right"), ("en", "en", "left")])
def test_lines_end_on_their_paragraphs_side_with_a_ragged_other_edge(
    tmp_path: Path, samples: dict[str, Path], key: str, lang: str, side: str
) -> None:
    from policylens.ui.reader.reader import Reader

    if not hasattr(Reader, "set_justified"):
        pytest.skip("needs the ragged reader layout of main's 64c148a, not merged here yet")
    run, out = shot(
        tmp_path, str(samples[key]), "--size", "800x600", "--lang", lang, "--part", "reader"
    )
    assert run.returncode == 0, run.stderr
    lines = text_lines(QImage(str(out)))
    assert len(lines) >= 10, "too few lines of text in the picture to judge"
    groups = [g for g in paragraphs(lines) if len(g) >= 2]
    flush = [line.right if side == "right" else line.left for line in lines]
    edge = max(flush) if side == "right" else min(flush)
    # Every line, full or not, ends at the paragraph's own edge (the caret may add a pixel).
    assert all(abs(x - edge) <= 3 for x in flush)
    # The full lines (all but each paragraph's last) are not stretched: their other edge varies.
    free = [(line.left if side == "right" else line.right) for g in groups for line in g[:-1]]
    assert free, "no paragraph of two lines or more in the picture"
    spread = max(free) - min(free)
    assert spread > 8, f"full lines all reach the other edge too (spread {spread} px): justified?"
    # A page margin on every side: the first line sat 4–5 px under the frame, a paragraph's
    # edge 4 px from the scroll bar. The one above is about the one beside the text.
    width = QImage(str(out)).width()
    beside = width - 1 - edge if side == "right" else edge
    assert 10 <= beside <= 24, f"{beside} px beside the text"
    assert 10 <= lines[0].top <= beside + 12, f"{lines[0].top} px above the first line"


def test_compare_shot_names_each_pane_by_its_title_as_the_library_does(
    qtbot: object, samples: dict[str, Path]
) -> None:
    """A bundled sample is named by its title (resources/samples/titles.json) in the library
    and the app's compare window; the shot's compare panes used to show its file name."""
    from policylens.core.samples import sample_titles
    from policylens.ui.app import create_application
    from policylens.ui.shot import compare_window

    create_application()
    files = [str(samples["fa1"]), str(samples["en"])]
    with compare_window(files, (1024, 768), "en", 60) as window:
        headers = window.view.header_a.text(), window.view.header_b.text()
    titles = sample_titles()
    assert titles[samples["fa1"].name] in headers[0]
    assert titles[samples["en"].name] in headers[1]
    assert not any(samples[k].stem in h for k, h in zip(("fa1", "en"), headers, strict=True))


def test_text_after_blank_lines_keeps_the_page_margin_above_it(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    """The second Persian sample opens with blank lines (hidden in the reader): its first
    line touched the frame, Qt's margin going above the document's first block only."""
    run, out = shot(tmp_path, str(samples["fa2"]), "--size", "800x600", "--part", "reader")
    assert run.returncode == 0, run.stderr
    assert samples["fa2"].read_text("utf-8").startswith("\n")
    lines = text_lines(QImage(str(out)))
    assert 10 <= lines[0].top <= 30, f"{lines[0].top} px above the first line"
