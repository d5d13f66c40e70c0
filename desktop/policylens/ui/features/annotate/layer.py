"""Annotations drawn over the reader, distinct from the automatic suggestions.

Suggestions are light backgrounds from the clause highlighter (a QSyntaxHighlighter). People's
labels are the reader's extra selections, painted on top: a stronger shade of the category's
colour, a solid underline in a dark shade of it and a line above (a band around the label;
some suggestion colours are as strong as a label's, the band is what tells them apart). A
rejected suggestion gets no background, a grey strike-through and a dotted underline, so
"looked at, said no" is visible too. With two annotators compared, the first one's underline
is solid and the second's wavy; where both labelled the same text, the second is on top.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from policylens.store.annotations import Annotation
from policylens.ui.reader.reader import Reader

REJECTED_COLOR = "#6b6b6b"
FALLBACK_COLOR = "#cccccc"


def annotation_format(
    annotation: Annotation, colors: dict[str, str], second: bool = False
) -> QTextCharFormat:
    base = QColor(colors.get(annotation.category, FALLBACK_COLOR))
    fmt = QTextCharFormat()
    if annotation.state == "rejected":
        fmt.setFontStrikeOut(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(REJECTED_COLOR))
        fmt.setForeground(QColor(REJECTED_COLOR))
        return fmt
    fmt.setBackground(base.darker(118))
    fmt.setForeground(QColor("#000000"))
    fmt.setUnderlineStyle(
        QTextCharFormat.UnderlineStyle.WaveUnderline
        if second
        else QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    fmt.setUnderlineColor(base.darker(260))
    fmt.setFontOverline(True)  # with the underline: a band around the label, unlike suggestions
    return fmt


def show_annotations(
    reader: Reader,
    annotations: Sequence[Annotation],
    colors: dict[str, str],
    second_annotator: str | None = None,
) -> int:
    """Replace the reader's annotation layer; the number of spans drawn."""
    document = reader.document()
    to_qt = reader.offsets.to_qt
    length = document.characterCount() - 1
    selections: list[QTextEdit.ExtraSelection] = []
    # Longer spans first so that shorter (nested) labels are painted on top of them.
    for annotation in sorted(annotations, key=lambda a: (a.start, -(a.end - a.start))):
        start, end = to_qt(annotation.start), to_qt(annotation.end)
        if end > length:
            continue  # a stale list from another document; the next refresh replaces it
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = annotation_format(  # type: ignore[misc]
            annotation, colors, second=annotation.annotator == second_annotator
        )
        selections.append(selection)
    reader.setExtraSelections(selections)
    return len(selections)
