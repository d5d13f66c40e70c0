"""Tools ▸ Train from annotations…, Use learned model, Model info…, Next to label.

Training runs in two steps off the GUI thread: the store's annotations become examples on the
store thread (the sqlite connection is the store pool's), then scikit-learn fits on the compute
pool, so labelling and reading carry on meanwhile. Next to label scores the library's
unlabelled clauses on the store thread and walks the least sure first; labelling the one shown
(any key in the Annotate menu) moves on to the next.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

from policylens.core.errors import PolicyLensError
from policylens.ui.infra import settings as prefs
from policylens.ui.infra.i18n import format_number, isolate, shortcut
from policylens.ui.infra.workers import Task, TaskContext

if TYPE_CHECKING:
    from policylens.core.learn import LabelCandidate
    from policylens.store.database import Store
    from policylens.ui.dialogs.learn_dialogs import TrainingReportDialog
    from policylens.ui.host import Host

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
CANDIDATES = 20  # clauses fetched per "next to label" round; training again refreshes them


@dataclass(frozen=True)
class TrainingOutcome:
    """What the training task reports: a saved model, or why there is none."""

    model: Any = None  # LearnedModel
    skipped: tuple[Any, ...] = ()  # SkippedCategory, when nothing could be trained
    cancelled: bool = False


def not_enough_message(skipped: list[Any], names: dict[str, str], minimum: int) -> str:
    lines = [
        translate(
            "Learning",
            "Not enough confirmed labels yet: at least {0} per category are needed to train "
            "(and a few rejected or unlabelled clauses). Label more clauses (keys 1–9, 0), "
            "then train again.",
        ).format(format_number(minimum))
    ]
    for s in skipped:
        lines.append(
            translate("Learning", "{0}: {1} confirmed").format(
                isolate(names.get(s.category, s.category)), format_number(s.positives)
            )
        )
    return "\n".join(lines)


class LearningController(QObject):
    model_trained = Signal(object)  # the LearnedModel just saved
    candidates_changed = Signal(int)  # how many are left after the one shown

    def __init__(self, window: Host) -> None:
        super().__init__(window.widget())
        self.window = window
        self.candidates: list[LabelCandidate] = []
        self.current: LabelCandidate | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: TrainingReportDialog | None = None
        self._training: Task | None = None
        self._fetching = False
        self._select_after_open: LabelCandidate | None = None
        self._build_actions()
        self.left_label = QLabel(window.widget())
        self.left_label.setObjectName("statusToLabel")
        self.left_label.hide()
        window.add_status_widget(self.left_label)
        window.session.document_shown.connect(self._document_shown)
        window.session.analysis_applied.connect(self._document_shown)
        # Labelling the clause shown moves on to the next one.
        window.session.annotations_changed.connect(self._annotations_changed)

    # -- menu ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window.widget()
        self.train_action = QAction(translate("Learning", "&Train from Annotations…"), w)
        self.train_action.setObjectName("trainAction")
        self.train_action.setShortcut(shortcut("Ctrl+T"))
        self.train_action.triggered.connect(self.train)
        self.use_model_action = QAction(translate("Learning", "&Use Learned Model"), w)
        self.use_model_action.setObjectName("useModelAction")
        self.use_model_action.setCheckable(True)
        self.use_model_action.setChecked(prefs.use_learned_model(self.window.settings))
        self.use_model_action.setToolTip(
            translate("Learning", "Off: only the built-in cue phrases suggest categories")
        )
        self.use_model_action.toggled.connect(self.set_use_model)
        self.info_action = QAction(translate("Learning", "&Model Info…"), w)
        self.info_action.setObjectName("modelInfoAction")
        self.info_action.triggered.connect(self.show_model_info)
        self.next_action = QAction(translate("Learning", "&Next to Label"), w)
        self.next_action.setObjectName("nextToLabelAction")
        self.next_action.setShortcut(shortcut("Ctrl+L"))
        self.next_action.triggered.connect(self.next_to_label)
        menu, before = self.window.menus.tools_menu, self.window.menus.settings_action
        actions = [self.train_action, self.use_model_action, self.info_action, self.next_action]
        menu.insertActions(before, actions)
        menu.insertSeparator(before)

    def notify(self, message: str) -> None:
        self.window.show_error(translate("Learning", "Learn from annotations"), message)

    # -- use the model or not --------------------------------------------------------------
    def set_use_model(self, on: bool) -> None:
        prefs.set_use_learned_model(self.window.settings, on)
        self.reanalyse()
        self.window.status.message(
            translate("Learning", "Suggestions: cue phrases and the learned model")
            if on
            else translate("Learning", "Suggestions: cue phrases only (learned model off)")
        )

    def reanalyse(self) -> None:
        self.window.analyse_again()

    # -- training --------------------------------------------------------------------------
    def training(self) -> bool:
        return self._training is not None

    def train(self) -> None:
        if self._training is not None:
            return
        w = self.window
        dialog = QProgressDialog(
            translate("Learning", "Reading the annotations…"),
            translate("Learning", "Cancel"),
            0,
            0,
            w.widget(),
        )
        dialog.setObjectName("trainingProgress")
        dialog.setWindowTitle(translate("Learning", "Training from annotations"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        self.progress_dialog = dialog

        def collect(store: Store) -> list[Any]:
            from policylens.core.learn import examples_from_store

            return list(examples_from_store(store))

        dialog.show()
        task = w.store_jobs.run_locked(
            collect,
            translate("Learning", "reading the annotations"),
            done=self._examples_ready,
            failed=self._training_failed,
        )
        task.signals.cancelled.connect(self._training_cancelled)
        dialog.canceled.connect(task.cancel)
        self._training = task

    def _examples_ready(self, examples: list[Any]) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            self._training_cancelled()
            return
        if not examples:
            self._end_training()
            self.notify(
                translate(
                    "Learning",
                    "There are no annotations in the library yet. Label clauses (keys 1–9, 0) "
                    "or import annotations (File ▸ Import Annotations…), then train.",
                )
            )
            return

        def fit(context: TaskContext) -> TrainingOutcome:
            from policylens.core.learn import (
                NotEnoughExamples,
                TrainingCancelled,
                save_model,
                train_with_stack,
            )

            try:
                model = train_with_stack(
                    examples,
                    progress=lambda done, total, _what: context.progress(done, total),
                    cancelled=context.cancelled,
                )
            except TrainingCancelled:
                return TrainingOutcome(cancelled=True)
            except NotEnoughExamples as error:
                return TrainingOutcome(skipped=tuple(error.skipped))
            if context.cancelled():
                return TrainingOutcome(cancelled=True)
            try:
                save_model(model)
            except OSError as error:
                raise PolicyLensError(
                    translate("Learning", "The model could not be saved: {0}").format(error)
                ) from error
            return TrainingOutcome(model=model)

        dialog.setLabelText(
            translate("Learning", "Training on {0} examples…").format(format_number(len(examples)))
        )
        task = self.window.jobs.run(
            fit,
            translate("Learning", "training"),
            done=self._trained,
            failed=self._training_failed,
            cancelled=self._training_cancelled,
            on_progress=self._training_progress,
        )
        dialog.canceled.disconnect()
        dialog.canceled.connect(task.cancel)
        self._training = task

    def _training_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(min(done, total))

    def _end_training(self) -> None:
        self._training = None
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _training_cancelled(self) -> None:
        self._end_training()
        self.window.status.message(
            translate("Learning", "Training cancelled; the previous model is kept")
        )

    def _training_failed(self, message: str, details: str) -> None:
        self._end_training()
        if details:
            log.error("training failed: %s\n%s", message, details)
        self.window.show_error(translate("Learning", "Learn from annotations"), message, details)

    def _trained(self, outcome: TrainingOutcome) -> None:
        self._end_training()
        if outcome.cancelled:
            self._training_cancelled()
            return
        names = self.window.session.names
        if outcome.model is None:
            from policylens.core.learn import MIN_POSITIVES

            self.notify(not_enough_message(list(outcome.skipped), names, MIN_POSITIVES))
            return
        model = outcome.model
        languages = ", ".join(
            f"{isolate(code)} {format_number(n)}"
            for code, n in model.trained_on.get("languages", {}).items()
        )
        summary = translate(
            "Learning", "Trained on {0} labelled texts ({1}). The suggestions now use the model."
        ).format(format_number(model.trained_on.get("texts", 0)), languages)
        sampled = model.trained_on.get("sampled") or {}
        if sampled:
            summary += " " + translate(
                "Learning",
                "{0} categories had so many examples that a sample of them was used "
                "(repeats merged, a fixed seed: the same library trains the same model).",
            ).format(format_number(len(sampled)))
        if not self.use_model_action.isChecked():
            summary += " " + translate(
                "Learning", "(Tools ▸ Use Learned Model is off: switch it on to see them.)"
            )
        from policylens.ui.dialogs.learn_dialogs import TrainingReportDialog

        self.report_dialog = TrainingReportDialog(
            list(model.cv.values()),
            list(model.skipped),
            names,
            summary,
            self.window.widget(),
            stacked=model.stacked.reports if model.stacked is not None else None,
        )
        self.report_dialog.open()
        self.candidates, self.current = [], None
        self._show_left()
        self.reanalyse()
        self.model_trained.emit(model)

    # -- model info ------------------------------------------------------------------------
    def show_model_info(self) -> None:
        from policylens.core.learn import read_manifest
        from policylens.ui.dialogs.learn_dialogs import TrainingReportDialog, manifest_text

        manifest = read_manifest()
        if manifest is None:
            QMessageBox.information(
                self.window.widget(),
                translate("Learning", "Learned model"),
                translate(
                    "Learning",
                    "No model has been trained yet: Tools ▸ Train from Annotations… learns "
                    "from the labels in the library.",
                ),
            )
            return
        reports = [
            SimpleNamespace(category=category, **row)
            for category, row in (manifest.get("cv") or {}).items()
        ]
        skipped = [SimpleNamespace(**s) for s in manifest.get("skipped") or []]
        self.report_dialog = TrainingReportDialog(
            reports,
            skipped,
            self.window.session.names,
            manifest_text(manifest, self.window.session.names),
            self.window.widget(),
            title=translate("Learning", "Learned model"),
            stacked={
                category: SimpleNamespace(**row)
                for category, row in (manifest.get("stacked") or {}).items()
            },
        )
        self.report_dialog.resize(640, 600)
        self.report_dialog.open()

    # -- next to label ---------------------------------------------------------------------
    def next_to_label(self) -> None:
        if self.candidates:
            self.go_to(self.candidates.pop(0))
            return
        if self._fetching:
            return
        self._fetching = True
        store_jobs = self.window.store_jobs

        def fetch(context: TaskContext) -> tuple[bool, list[Any]]:
            from policylens.core.learn import load_model, next_to_label

            model = load_model()
            if model is None:
                return False, []
            with store_jobs.locked() as store:
                found = next_to_label(store, CANDIDATES, model=model, cancelled=context.cancelled)
            return True, found

        self.window.status.message(translate("Learning", "Finding the clauses to label next…"))
        task = store_jobs.run(
            fetch,
            translate("Learning", "finding clauses to label"),
            done=self._candidates_found,
            failed=self._fetch_failed,
        )
        task.signals.cancelled.connect(self._fetch_failed)

    def _fetch_failed(self, message: str = "", details: str = "") -> None:
        self._fetching = False
        if message:
            self.window.show_error(
                translate("Learning", "Learn from annotations"), message, details
            )

    def _candidates_found(self, result: tuple[bool, list[Any]]) -> None:
        self._fetching = False
        has_model, found = result
        if not has_model:
            self.notify(
                translate(
                    "Learning",
                    "Next to label needs a learned model: it picks the clauses the model is "
                    "least sure about. Train one first (Tools ▸ Train from Annotations…).",
                )
            )
            return
        if not found:
            self.current = None
            self._show_left()
            self.window.status.message(
                translate("Learning", "No unlabelled clauses left in the library")
            )
            return
        self.candidates = list(found)
        self.go_to(self.candidates.pop(0))

    def go_to(self, candidate: LabelCandidate) -> None:
        """Show the candidate's document and select its clause, ready for a label key."""
        self.current = candidate
        self._show_left()
        shown = self.window.reader.document_model
        if shown is not None and shown.sha256 == candidate.document:
            self._select(candidate)
        else:
            self._select_after_open = candidate
            self.window.open_document(candidate.document)

    def _document_shown(self, sha: str) -> None:
        pending = self._select_after_open
        if pending is not None and pending.document == sha:
            self._select(pending)
            # Selected again once the analysis is applied (re-highlighting may move it).
            if self.window.session.clauses:
                self._select_after_open = None

    def _select(self, candidate: LabelCandidate) -> None:
        self.window.reader.select_range(candidate.start, candidate.end)
        self.window.reader.setFocus()
        name = self.window.session.names.get(candidate.category, candidate.category)
        self.window.status.message(
            translate(
                "Learning", "Label this clause (keys 1–9, 0): the model is unsure about {0} ({1})"
            ).format(isolate(name), format_number(candidate.probability, 2))
        )

    def _show_left(self) -> None:
        if self.current is None and not self.candidates:
            self.left_label.hide()
        else:
            self.left_label.setText(
                translate("Learning", "{0} candidates left").format(
                    format_number(len(self.candidates))
                )
            )
            self.left_label.show()
        self.candidates_changed.emit(len(self.candidates))

    def _annotations_changed(self) -> None:
        current = self.current
        if current is None:
            return
        labelled = any(
            a.document == current.document and a.start < current.end and current.start < a.end
            for a in self.window.session.annotations
        )
        if not labelled:
            return
        if self.candidates:
            self.go_to(self.candidates.pop(0))
        else:
            self.current = None
            self._show_left()
            self.window.status.message(
                translate(
                    "Learning",
                    "All candidates labelled: train again (Ctrl+T), then Ctrl+L for more",
                )
            )
