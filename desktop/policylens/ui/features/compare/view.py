"""The split view: two panes, the connector gutter between them, the mode and colour choices,
next/previous difference, and scrolling that follows the alignment.

Scroll sync: when one pane scrolls, the clause at its top is looked up in the alignment and
the other pane scrolls so that the counterpart sits at its top (at the same fraction into the
clause) — not by the same proportion of the document, which drifts as soon as one side has
a passage the other lacks.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from policylens.core.clause import Clause
from policylens.core.compare import Comparison, Pair, suggest_mode
from policylens.core.document import Document
from policylens.ui.features.compare.gutter import ConnectorGutter
from policylens.ui.features.compare.pane import RELATION_NAMES, ComparePane
from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, format_number, isolate
from policylens.ui.infra.workers import Task, TaskContext, TaskRunner
from policylens.view.clauses import ClauseLayer
from policylens.view.compare_job import CompareRequest, CompareResult, run_compare
from policylens.view.compare_marks import ColourBy, Side
from policylens.view.spans import BlockSpans

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

MODE_LABELS = {
    # English here, translated where shown: translate("Compare", MODE_LABELS[...]).
    "versions": QT_TRANSLATE_NOOP("Compare", "Versions of one policy"),
    "policies": QT_TRANSLATE_NOOP("Compare", "Two different policies"),
    "translation": QT_TRANSLATE_NOOP("Compare", "A policy and its translation"),
}
COLOUR_LABELS: dict[ColourBy, str] = {
    "changes": QT_TRANSLATE_NOOP("Compare", "Changes"),
    "categories": QT_TRANSLATE_NOOP("Compare", "Categories"),
}


class CompareView(QWidget):
    computed = Signal()  # a comparison was applied to the panes
    status_message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        colors: dict[str, str],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.runner = runner
        self.colors = dict(colors)
        self.names = dict(names)
        self.hidden: set[str] = {"other"}
        self.document_a: Document | None = None
        self.document_b: Document | None = None
        self.comparison: Comparison | None = None
        self.result: CompareResult | None = None
        self.current: Pair | None = None
        self._annotations_a: Sequence[Any] = ()
        self._task: Task | None = None
        self._syncing = False
        self._diff_position = -1
        self._sorted: dict[Side, list[Pair]] = {"a": [], "b": []}
        self._starts: dict[Side, list[int]] = {"a": [], "b": []}

        self.pane_a = ComparePane("a", self)
        self.pane_b = ComparePane("b", self)
        self.header_a = QLabel(self)
        self.header_b = QLabel(self)
        self.gutter = ConnectorGutter(self.pane_a, self.pane_b, self)
        self.gutter.category_colors = self.colors
        for pane in (self.pane_a, self.pane_b):
            pane.category_names = self.names
            pane.tooltip_provider = self._clause_tooltip
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._column(self.header_a, self.pane_a))
        self.splitter.addWidget(self.gutter)
        self.splitter.addWidget(self._column(self.header_b, self.pane_b))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([10000, self.gutter.sizeHint().width(), 10000])  # halves

        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("compareMode")
        for mode, label in MODE_LABELS.items():
            self.mode_combo.addItem(translate("Compare", label), mode)
        self.mode_combo.setToolTip(
            translate("Compare", "How the two documents relate (the likely one is suggested)")
        )
        self.colour_combo = QComboBox(self)
        self.colour_combo.setObjectName("compareColourBy")
        for key, label in COLOUR_LABELS.items():
            self.colour_combo.addItem(translate("Compare", label), key)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(translate("Compare", "◀ Previous"))
        self.previous_button.setToolTip(
            translate("Compare", "Previous difference (Shift+F7, Alt+P)")
        )
        self.next_button = QToolButton(self)
        self.next_button.setText(translate("Compare", "Next ▶"))
        self.next_button.setToolTip(translate("Compare", "Next difference (F7, Alt+N)"))
        self.position_label = QLabel(self)
        self.position_label.setObjectName("differencePosition")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("compareSummary")
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        mode_label = QLabel(translate("Compare", "&Mode:"), self)
        mode_label.setBuddy(self.mode_combo)
        colour_label = QLabel(translate("Compare", "&Colour by:"), self)
        colour_label.setBuddy(self.colour_combo)
        for widget in (
            mode_label,
            self.mode_combo,
            colour_label,
            self.colour_combo,
            self.previous_button,
            self.position_label,
            self.next_button,
            self.progress,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

        self.mode_combo.activated.connect(lambda _i: self.recompute())
        self.colour_combo.activated.connect(lambda _i: self.recompute(keep_colour=True))
        self.next_button.clicked.connect(self.next_difference)
        self.previous_button.clicked.connect(self.previous_difference)
        for pane, side in ((self.pane_a, "a"), (self.pane_b, "b")):
            pane.verticalScrollBar().valueChanged.connect(
                lambda _v, s=side: self._scrolled(s)  # type: ignore[misc]
            )
            pane.clause_clicked.connect(lambda index, s=side: self.select_counterpart(s, index))
            pane.zoom_changed.connect(lambda _size: self.gutter.update())
        self._update_position()

    @staticmethod
    def _column(header: QLabel, pane: ComparePane) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(header)
        layout.addWidget(pane, 1)
        return column

    # -- content ---------------------------------------------------------------------------
    def set_documents(
        self,
        a: Document,
        b: Document,
        *,
        clauses_a: Sequence[Clause] | None = None,
        clauses_b: Sequence[Clause] | None = None,
        annotations_a: Sequence[Any] = (),
        mode: str | None = None,
    ) -> None:
        """Show A and B and start comparing them (mode None: the suggested one)."""
        self.document_a, self.document_b = a, b
        self._annotations_a = annotations_a
        self.comparison = None
        self.result = None
        self.current = None
        for pane, header, document, side in (
            (self.pane_a, self.header_a, a, "A"),
            (self.pane_b, self.header_b, b, "B"),
        ):
            pane.pairs = []
            pane.carried = []
            pane.set_document(document)
            header.setText(
                translate("Compare", "{0}: {1}  ·  {2}").format(
                    side, isolate(document.title), document.language
                )
            )
            header.setToolTip(document.source_path or document.sha256)
        suggested = suggest_mode(a, b)
        for index in range(self.mode_combo.count()):
            mode_id = self.mode_combo.itemData(index)
            label = translate("Compare", MODE_LABELS[mode_id])
            if mode_id == suggested:
                label = translate("Compare", "{} (suggested)").format(label)
            self.mode_combo.setItemText(index, label)
        chosen = mode or suggested
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(chosen)))
        self._start(chosen, None, clauses_a, clauses_b)

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def colour_by(self) -> ColourBy:
        return "categories" if self.colour_combo.currentData() == "categories" else "changes"

    def recompute(self, *, keep_colour: bool = False) -> None:
        if self.document_a is None or self.document_b is None:
            return
        result = self.result
        self._start(
            self.mode(),
            self.colour_by() if keep_colour else None,
            result.clauses_a if result else None,
            result.clauses_b if result else None,
        )

    def computing(self) -> bool:
        return self._task is not None

    def _start(
        self,
        mode: str,
        colour_by: ColourBy | None,
        clauses_a: Sequence[Clause] | None,
        clauses_b: Sequence[Clause] | None,
    ) -> None:
        assert self.document_a is not None and self.document_b is not None
        if self._task is not None:
            self._task.cancel()
        request = CompareRequest(
            self.document_a,
            self.document_b,
            mode,
            dict(self.colors),
            set(self.hidden),
            colour_by,
            clauses_a,
            clauses_b,
            tuple(self._annotations_a),
            self.pane_a.offsets,
            self.pane_b.offsets,
        )

        def work(context: TaskContext) -> CompareResult | None:
            return run_compare(request, context.progress, context.cancelled)

        task = Task(work, "comparing the documents")
        self._task = task
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda result, t=task: self._finished(t, result))
        task.signals.failed.connect(lambda message, _details, t=task: self._failed(t, message))
        task.signals.cancelled.connect(lambda t=task: self._forget(t))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status_message.emit(translate("Compare", "Comparing…"))
        self.runner.start(task)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _forget(self, task: Task) -> None:
        if self._task is task:
            self._task = None
            self.progress.hide()

    def _failed(self, task: Task, message: str) -> None:
        if self._task is task:
            self._forget(task)
            self.summary_label.setText(
                translate("Compare", "The comparison failed: {}").format(message)
            )
            self.status_message.emit(message)

    def _finished(self, task: Task, result: CompareResult | None) -> None:
        if self._task is not task:
            return  # superseded by a newer request
        self._forget(task)
        if result is not None:
            self.apply(result)

    def apply(self, result: CompareResult) -> None:
        self.result = result
        self.comparison = comparison = result.comparison
        self.current = None
        self._diff_position = -1
        with QSignalBlocker(self.mode_combo):
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(comparison.mode)))
        with QSignalBlocker(self.colour_combo):
            self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(result.colour_by)))
        sides: tuple[tuple[ComparePane, ClauseLayer, BlockSpans, Side], ...] = (
            (self.pane_a, result.layer_a, result.spans_a, "a"),
            (self.pane_b, result.layer_b, result.spans_b, "b"),
        )
        for pane, layer, spans, side in sides:
            pane.pairs = comparison.pairs
            pane.layer = layer
            pane.highlighter.set_spans(spans, pane.firstVisibleBlock().blockNumber())
            pane.mark_current(None)
            with_span = sorted(
                (p for p in comparison.pairs if (p.a if side == "a" else p.b) is not None),
                key=partial(_span_of, side=side),
            )
            self._sorted[side] = with_span
            self._starts[side] = [_span_of(p, side)[0] for p in with_span]
        self.pane_b.carried = list(result.carried)
        self.gutter.pairs = comparison.pairs
        self.gutter.current = None
        self.gutter.colour_by_category = result.colour_by == "categories"
        self.summary_label.setText(self._summary(result))
        self._update_position()
        self.gutter.update()
        self.computed.emit()
        self.status_message.emit(
            translate("Compare", "{0}: {1}").format(
                translate("Compare", MODE_LABELS[comparison.mode]), self._counts_text()
            )
        )

    # -- texts -----------------------------------------------------------------------------
    def _counts_text(self) -> str:
        if self.comparison is None:
            return ""
        counts: dict[str, int] = {}
        for pair in self.comparison.pairs:
            counts[pair.relation] = counts.get(pair.relation, 0) + 1
        return translate("Compare", ", ").join(
            translate("Compare", "{0} {1}").format(
                format_number(n), translate("Compare", RELATION_NAMES.get(relation, relation))
            )
            for relation, n in counts.items()
        )

    def _summary(self, result: CompareResult) -> str:
        parts = [self._counts_text()]
        comparison = result.comparison
        if comparison.mode == "policies":
            silent = comparison.silent_categories()
            for side in ("a", "b"):
                names = [self.names.get(c, c) for c, s in silent.items() if s == side]
                if names:
                    parts.append(
                        translate("Compare", "{0} says nothing about: {1}").format(
                            side.upper(), translate("Compare", ", ").join(names)
                        )
                    )
        if result.carried or result.unplaced:
            text = translate("Compare", "{} annotation(s) of A shown on B").format(
                format_number(len(result.carried))
            )
            if result.unplaced:
                text += translate(
                    "Compare", ", {} not placed (their clause was removed or rewritten)"
                ).format(format_number(result.unplaced))
            parts.append(text)
        return "  ·  ".join(p for p in parts if p)

    def _clause_tooltip(self, clause: Clause) -> str:
        return ", ".join(self.names.get(c.id, c.id) for c in clause.categories)

    # -- scrolling -------------------------------------------------------------------------
    def _pane(self, side: Side) -> ComparePane:
        return self.pane_a if side == "a" else self.pane_b

    def _scrolled(self, side: Side) -> None:
        if not self._syncing and self.comparison is not None:
            self._syncing = True
            try:
                self._follow(side)
            finally:
                self._syncing = False
        self.gutter.update()

    def counterpart_index(self, side: Side, index: int) -> int | None:
        """Where in the other document the text at `index` of `side` is (alignment-wise)."""
        pairs, starts = self._sorted[side], self._starts[side]
        other: Side = "b" if side == "a" else "a"
        position = bisect_right(starts, index) - 1
        # The clause holding `index`, scanning back over overlapping spans (policies mode may
        # list a clause under several categories).
        for candidate in range(position, max(-1, position - 4), -1):
            if candidate < 0:
                break
            pair = pairs[candidate]
            mine, theirs = _span(pair, side), _span(pair, other)
            if mine and theirs and mine[0] <= index < mine[1]:
                fraction = (index - mine[0]) / max(1, mine[1] - mine[0])
                return theirs[0] + int(fraction * (theirs[1] - theirs[0]))
        # Between clauses or in one without counterpart: the next clause that has one.
        for pair in pairs[position + 1 :]:
            theirs = _span(pair, other)
            if theirs is not None:
                return theirs[0]
        for pair in reversed(pairs[: position + 1]):
            theirs = _span(pair, other)
            if theirs is not None:
                return theirs[1]
        return None

    def _follow(self, side: Side) -> None:
        source = self._pane(side)
        target = self._pane("b" if side == "a" else "a")
        if source.verticalScrollBar().value() == 0:
            target.verticalScrollBar().setValue(0)
            return
        index = self.counterpart_index(side, source.top_index())
        if index is not None:
            target.scroll_to_index(index)

    # -- clause selection and navigation ---------------------------------------------------
    def select_counterpart(self, side: Side, index: int) -> Pair | None:
        """A click on a clause of `side`: select its counterpart in the other pane, lined up
        with the clicked clause."""
        source = self._pane(side)
        pair = source.pair_at(index)
        if pair is None:
            return None
        self._make_current(pair, focus=side, select=True)
        other: Side = "b" if side == "a" else "a"
        theirs = _span(pair, other)
        if theirs is None:
            what = (
                translate("Compare", "This clause is added in B")
                if pair.b is not None
                else translate("Compare", "This clause is removed from A")
            )
            if pair.relation == "aligned":
                what = translate("Compare", "This clause is without counterpart")
            self.status_message.emit(what)
        else:
            self._pane(other).setFocus()
        return pair

    def _make_current(self, pair: Pair, focus: Side, *, select: bool = False) -> None:
        """Make `pair` the current one: outline it, select the side not `focus`ed, and line
        the two up at the focused side's height."""
        self.current = pair
        self.gutter.current = pair
        self._syncing = True
        try:
            mine = _span(pair, focus)
            other: Side = "b" if focus == "a" else "a"
            theirs = _span(pair, other)
            source, target = self._pane(focus), self._pane(other)
            if mine is not None:
                top, _bottom = source.span_y(*mine)
                if not 0 <= top < source.viewport().height():
                    source.scroll_to_index(mine[0], source.viewport().height() // 3)
                    top, _bottom = source.span_y(*mine)
                y = max(0, top)
            else:
                y = target.viewport().height() // 3
            if theirs is not None and select:
                cursor = target.textCursor()
                cursor.setPosition(target.offsets.to_qt(theirs[0]))
                cursor.setPosition(target.offsets.to_qt(theirs[1]), cursor.MoveMode.KeepAnchor)
                target.setTextCursor(cursor)
            if theirs is not None:
                target.scroll_to_index(theirs[0], y)
            elif mine is not None:
                index = self.counterpart_index(focus, mine[0])
                if index is not None:
                    target.scroll_to_index(index, y)
            source.mark_current(mine)
            target.mark_current(theirs)
        finally:
            self._syncing = False
        try:
            self._diff_position = self.differences().index(self.comparison.pairs.index(pair))  # type: ignore[union-attr]
        except ValueError:
            pass
        self._update_position()
        self.gutter.update()

    def differences(self) -> list[int]:
        return self.comparison.differences() if self.comparison is not None else []

    def next_difference(self) -> Pair | None:
        return self._step(+1)

    def previous_difference(self) -> Pair | None:
        return self._step(-1)

    def _step(self, direction: int) -> Pair | None:
        differences = self.differences()
        if not differences or self.comparison is None:
            self.status_message.emit(translate("Compare", "No differences"))
            return None
        if self._diff_position < 0:
            position = 0 if direction > 0 else len(differences) - 1
        else:
            position = (self._diff_position + direction) % len(differences)
        pair = self.comparison.pairs[differences[position]]
        # The side that has the text leads: B for added/changed/moved, A for removed.
        self._make_current(pair, "a" if pair.b is None else "b")
        self._diff_position = position
        self._update_position()
        return pair

    def position_text(self) -> str:
        total = len(self.differences())
        if self.comparison is None:
            return ""
        if total == 0:
            return translate("Compare", "no differences")
        if self._diff_position < 0:
            return translate("Compare", "– of {}").format(format_number(total))
        return translate("Compare", "{0} of {1}").format(
            format_number(self._diff_position + 1), format_number(total)
        )

    def _update_position(self) -> None:
        self.position_label.setText(self.position_text())
        has = bool(self.differences())
        self.next_button.setEnabled(has)
        self.previous_button.setEnabled(has)

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()


def _span(pair: Pair, side: Side) -> tuple[int, int] | None:
    return pair.a if side == "a" else pair.b


def _span_of(pair: Pair, side: Side) -> tuple[int, int]:
    return (pair.a if side == "a" else pair.b) or (0, 0)
