"""The split view: two panes, the connector gutter between them, the mode and colour choices,
next/previous difference, and scrolling that follows the alignment.

Scroll sync: when one pane scrolls, the clause at its top is looked up in the alignment and
the other pane scrolls so that the counterpart sits at its top (at the same fraction into the
clause) — not by the same proportion of the document, which drifts as soon as one side has
a passage the other lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from policylens.core.clause import Clause
from policylens.core.compare import Comparison, Pair, suggest_mode
from policylens.core.document import Document
from policylens.ui.features.compare.gutter import ConnectorGutter
from policylens.ui.features.compare.pane import ComparePane
from policylens.ui.features.compare.running import ComparisonRun
from policylens.ui.features.compare.sync import PaneSync
from policylens.ui.features.compare.texts import (
    MODE_LABELS,
    counts_text,
    position_text,
    summary_text,
)
from policylens.ui.features.compare.toolbar import CompareBar, side_by_side
from policylens.ui.infra.i18n import LRM, RLM, isolate
from policylens.ui.infra.workers import TaskRunner
from policylens.view.compare_alignment import Alignment, DifferenceSteps, other_side, span_on
from policylens.view.compare_job import CompareRequest, CompareResult
from policylens.view.compare_marks import ColourBy, Side

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")


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
        self.use_model = True  # as the main window's "Use Learned Model"
        self.document_a: Document | None = None
        self.document_b: Document | None = None
        self.comparison: Comparison | None = None
        self.result: CompareResult | None = None
        self.current: Pair | None = None
        self._annotations_a: Sequence[Any] = ()
        self.steps = DifferenceSteps()

        self.pane_a = ComparePane("a", self)
        self.pane_b = ComparePane("b", self)
        self.header_a = QLabel(self)
        self.header_b = QLabel(self)
        self.gutter = ConnectorGutter(self.pane_a, self.pane_b, self)
        self.gutter.category_colors = self.colors
        for pane in (self.pane_a, self.pane_b):
            pane.category_names = self.names
            pane.tooltip_provider = self._clause_tooltip
        self.splitter = side_by_side(
            self, (self.header_a, self.pane_a), self.gutter, (self.header_b, self.pane_b)
        )

        self.bar = bar = CompareBar(self)
        self.mode_combo, self.colour_combo = bar.mode_combo, bar.colour_combo
        self.previous_button, self.next_button = bar.previous_button, bar.next_button
        self.position_label, self.summary_label = bar.position_label, bar.summary_label
        self.progress = bar.progress
        self.run = ComparisonRun(runner, self.progress, self)
        self.run.finished.connect(self.apply)
        self.run.failed.connect(self._failed)
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
        self.sync = PaneSync(self.pane_a, self.pane_b, self.gutter)
        sides: tuple[tuple[ComparePane, Side], ...] = ((self.pane_a, "a"), (self.pane_b, "b"))
        for pane, side in sides:
            pane.verticalScrollBar().valueChanged.connect(partial(self._scrolled, side))
            pane.clause_clicked.connect(partial(self.select_counterpart, side))
            pane.pair_hovered.connect(self.gutter.set_hovered)
            pane.zoom_changed.connect(lambda _size: self.gutter.update())
        self._update_position()

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
        self.sync.active = False
        self.result = None
        self.current = None
        for pane, header, document, side in (
            (self.pane_a, self.header_a, a, "A"),
            (self.pane_b, self.header_b, b, "B"),
        ):
            pane.pairs = []
            pane.carried = []
            pane.set_document(document)
            # The line reads in the interface's direction whatever the title's: "A: …" began
            # with a Latin letter and sat, left to right, on the left of a Persian window.
            mark = RLM if self.isRightToLeft() else LRM
            header.setText(
                mark
                + translate("Compare", "{0}: {1}  ·  {2}").format(
                    side, isolate(document.title), document.language
                )
            )
            header.setToolTip(document.source_path or document.sha256)
        suggested = suggest_mode(a, b)
        self.bar.mark_suggested(suggested)
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
        return self.run.task is not None

    def _start(
        self,
        mode: str,
        colour_by: ColourBy | None,
        clauses_a: Sequence[Clause] | None,
        clauses_b: Sequence[Clause] | None,
    ) -> None:
        assert self.document_a is not None and self.document_b is not None
        self.run.start(
            CompareRequest(
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
                self.use_model,
            )
        )
        self.status_message.emit(translate("Compare", "Comparing…"))

    def _failed(self, message: str) -> None:
        self.summary_label.setText(
            translate("Compare", "The comparison failed: {}").format(message)
        )
        self.status_message.emit(message)

    def apply(self, result: CompareResult) -> None:
        self.result = result
        self.comparison = comparison = result.comparison
        self.current = None
        self.sync.alignment = Alignment(comparison)
        self.sync.active = True
        self.steps = DifferenceSteps(comparison)
        with QSignalBlocker(self.mode_combo):
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(comparison.mode)))
        with QSignalBlocker(self.colour_combo):
            self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(result.colour_by)))
        for pane, layer, spans, clauses in (
            (self.pane_a, result.layer_a, result.spans_a, result.clauses_a),
            (self.pane_b, result.layer_b, result.spans_b, result.clauses_b),
        ):
            pane.pairs = comparison.pairs
            pane.layer = layer
            pane.show_headings(clauses)
            # Coloured by category, every category of a clause gets its band in the margin, as
            # in the reader (the background shows the first only); by changes, none.
            by_category = result.colour_by == "categories"
            pane.margin.set_style(self.colors if by_category else {}, set(self.hidden))
            pane.highlighter.set_spans(spans, pane.firstVisibleBlock().blockNumber())
            pane.mark_current(None)
        self.pane_b.carried = list(result.carried)
        self.gutter.pairs = comparison.pairs
        self.gutter.current = None
        self.gutter.colour_by_category = result.colour_by == "categories"
        self.summary_label.setText(summary_text(result, self.names))
        self._update_position()
        self.gutter.update()
        self.computed.emit()
        self.status_message.emit(
            translate("Compare", "{0}: {1}").format(
                translate("Compare", MODE_LABELS[comparison.mode]), counts_text(comparison)
            )
        )

    def _clause_tooltip(self, clause: Clause) -> str:
        return ", ".join(self.names.get(c.id, c.id) for c in clause.categories)

    # -- scrolling -------------------------------------------------------------------------
    def _pane(self, side: Side) -> ComparePane:
        return self.pane_a if side == "a" else self.pane_b

    def counterpart_index(self, side: Side, index: int) -> int | None:
        return self.sync.alignment.counterpart_index(side, index)

    def _scrolled(self, side: Side, _value: int) -> None:
        self.sync.scrolled(side)

    # -- clause selection and navigation ---------------------------------------------------
    def select_counterpart(self, side: Side, index: int) -> Pair | None:
        """A click on a clause of `side`: select its counterpart in the other pane, lined up
        with the clicked clause."""
        source = self._pane(side)
        pair = source.pair_at(index)
        if pair is None:
            return None
        self._make_current(pair, focus=side, select=True)
        other = other_side(side)
        theirs = span_on(pair, other)
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
        self.current = pair
        self.sync.line_up(pair, focus, select=select)
        self.steps.reached(pair)
        self._update_position()

    def next_difference(self) -> Pair | None:
        return self._step(+1)

    def previous_difference(self) -> Pair | None:
        return self._step(-1)

    def _step(self, direction: int) -> Pair | None:
        pair = self.steps.step(direction)
        if pair is None:
            self.status_message.emit(translate("Compare", "No differences"))
            return None
        # The side that has the text leads: B for added/changed/moved, A for removed.
        self._make_current(pair, "a" if pair.b is None else "b")
        return pair

    def _update_position(self) -> None:
        self.position_label.setText(position_text(self.comparison, self.steps.position))
        has = bool(self.steps.differences)
        self.next_button.setEnabled(has)
        self.previous_button.setEnabled(has)

    def shutdown(self) -> None:
        self.run.cancel()
