"""One count everywhere, live: the legend, the Clauses panel and the status bar agree, say what
they count, and change as soon as a suggestion is rejected or a label added."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from tests.ui import test_annotate
from tests.ui.test_annotate import (
    clause_with_suggestion,
    press,
    put_cursor,
)

from policylens.ui.infra.i18n import format_number
from policylens.view.clauses import visible_category

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")

annotating = test_annotate.annotating  # the fixture, shared


def legend_counts(window: Any) -> dict[str, int]:
    items = window.legend.list
    counts = {}
    for row in range(items.count()):
        item = items.item(row)
        found = re.search(r"\((\d+)\)\s*$", item.text().translate(DIGITS))
        counts[str(item.data(Qt.ItemDataRole.UserRole + 1))] = int(found.group(1)) if found else -1
    return counts


def panel_counts(window: Any) -> dict[str, int]:
    model = window.clause_panel.model
    return {
        str(model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)): model.rowCount(
            model.index(row, 0)
        )
        for row in range(model.rowCount())
    }


def agree(window: Any) -> dict[str, int]:
    legend, panel = legend_counts(window), panel_counts(window)
    for category, count in panel.items():
        assert legend[category] == count, (category, legend[category], count)
    assert all(count == 0 for category, count in legend.items() if category not in panel)
    counts = window.live_counts.counts
    assert counts.per_category == {k: v for k, v in legend.items() if v}
    summary = window.live_counts.summary.text()
    assert format_number(counts.clauses) in summary and format_number(counts.categorised) in summary
    assert "categor" in window.live_counts.summary.toolTip()  # says what it counts
    return legend


def test_counts_agree_and_follow_every_label(annotating: Any, qtbot: Any) -> None:
    from policylens.ui.reader.clause_model import CATEGORY_ROLE

    assert CATEGORY_ROLE == Qt.ItemDataRole.UserRole + 2
    window = annotating
    before = agree(window)

    clause = clause_with_suggestion(window)
    category = visible_category(clause) or clause.categories[0].id
    put_cursor(window, clause.start + 1)
    press(qtbot, window, "n")  # reject the suggestion
    qtbot.waitUntil(lambda: legend_counts(window)[category] == before[category] - 1, timeout=5000)
    after_reject = agree(window)

    text = window.reader.document_model.text
    start = text.index("میشود")
    window.reader.select_range(start, start + 5)
    under = [c for c in window.clauses if c.start < start + 5 and start < c.end]
    had = {s.id for c in under for s in c.categories}
    target, key = next(
        (c.id, c.key) for c in window.session.categories if c.key and c.id not in had
    )
    press(qtbot, window, key)  # a label of a category the clause did not have
    qtbot.waitUntil(lambda: legend_counts(window)[target] == after_reject[target] + 1, timeout=5000)
    agree(window)

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: legend_counts(window)[target] == after_reject[target], timeout=5000)
    agree(window)
