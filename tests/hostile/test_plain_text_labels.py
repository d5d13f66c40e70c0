"""Issue 17 item 12: user text (a quote with `<a href=…>`) is shown as plain text in labels,
never as rich text with a live link."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HOSTILE = '<a href="https://example.invalid/">click</a><img src="x">'


def test_note_dialog_shows_the_quote_as_written(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QWidget

    from policylens.store.annotations import Annotation
    from policylens.ui.dialogs.annotate_dialogs import NoteDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    annotation = Annotation(
        1,
        "d" * 64,
        0,
        len(HOSTILE),
        HOSTILE,
        "",
        "",
        "other",
        (),
        "",
        "",
        "manual",
        "confirmed",
        "a",
        "",
        "",
    )
    dialog = NoteDialog(annotation, "Other", parent)
    label = dialog.findChild(QLabel, "noteQuote")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in label.text()
    assert not label.openExternalLinks()
