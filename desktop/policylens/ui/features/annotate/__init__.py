"""Labelling and review in the main window: `install(host)` adds it all.

What it adds: the Annotate menu (label keys 1–9/0, confirm Enter/Y, reject N, delete,
comment Ctrl+M, search Ctrl+Shift+F, agreement report, annotator name), Undo/Redo in Edit,
Import/Export annotations in File, View ▸ Annotators (all / one / two compared), the
Annotations dock, the annotator's name in the status bar, the annotation layer in the reader
and the reader's context menu: the `Annotate` feature.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from policylens.store.annotations import Annotation
from policylens.ui.features.annotate.actions import Labeller
from policylens.ui.features.annotate.controller import AnnotationController, ViewMode
from policylens.ui.features.annotate.layer import show_annotations
from policylens.ui.features.annotate.panel import AnnotationsPanel
from policylens.ui.features.annotate.transfer import Transfers
from policylens.ui.features.annotate.undo_messages import UndoMessages
from policylens.ui.infra.i18n import shortcut

if TYPE_CHECKING:
    from policylens.store.agreement import AgreementReport
    from policylens.store.database import Store
    from policylens.ui.features.annotate.search import SearchDialog
    from policylens.ui.host import Host

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

MAX_PAIRS_LISTED = 10


class Annotate:
    def __init__(self, window: Host) -> None:
        self.window = window
        self.controller = AnnotationController(window)
        self.labeller = Labeller(window, self.controller)
        self.panel = AnnotationsPanel(window.session.categories, window.language, window.widget())
        self.panel.setObjectName("annotationsPanel")
        self.dock = window.add_panel(
            "annotations",
            translate("Annotate", "Annotations"),
            self.panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._search: SearchDialog | None = None
        self.transfers = Transfers(self.controller)
        self.annotator_label = QLabel(window.widget())
        self.annotator_label.setObjectName("statusAnnotator")
        self.annotator_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is user text
        window.add_status_widget(self.annotator_label)
        self._show_annotator(self.controller.annotator)
        self._build_menus()
        self._connect()
        reason = self.controller.read_only_reason
        if reason:
            self.labeller.set_read_only(reason)
            for action in (self.import_action, self.undo_action, self.redo_action):
                action.setEnabled(False)
            window.status.message(
                translate("Annotate", "Labelling is off: the library is read-only ({})").format(
                    reason
                )
            )

    @property
    def search(self) -> SearchDialog:
        """The library-search dialog, built when first opened: it and its rich-text delegate
        are no part of the window a user first sees."""
        if self._search is None:
            from policylens.ui.features.annotate.search import SearchDialog

            self._search = SearchDialog(self.window)
        return self._search

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        w, menus, stack = self.window.widget(), self.window.menus, self.controller.undo_stack
        self.undo_action = stack.createUndoAction(w, translate("Annotate", "&Undo"))
        self.undo_action.setShortcuts([shortcut("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(w, translate("Annotate", "&Redo"))
        self.redo_action.setShortcuts([shortcut("Ctrl+Shift+Z"), shortcut("Ctrl+Y")])
        self.undo_messages = UndoMessages(stack, self.window.status.message)
        edit = menus.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [self.undo_action, self.redo_action])  # type: ignore[arg-type]
        edit.insertSeparator(first)  # type: ignore[arg-type]

        file_menu = menus.file_menu
        self.import_action = QAction(translate("Annotate", "&Import Annotations…"), w)
        self.import_action.triggered.connect(self.transfers.import_dialog)
        self.export_action = QAction(translate("Annotate", "&Export Annotations…"), w)
        self.export_action.triggered.connect(self.transfers.export_dialog)
        quit_action = menus.quit_action
        file_menu.insertActions(quit_action, [self.import_action, self.export_action])
        file_menu.insertSeparator(quit_action)

        self.menu = QMenu(translate("Annotate", "&Annotate"), w)
        self.menu.setObjectName("annotateMenu")
        label_menu = self.menu.addMenu(translate("Annotate", "&Label as"))
        for action in self.labeller.category_actions:
            label_menu.addAction(action)
        lab = self.labeller
        for action in (lab.confirm_action, lab.reject_action, lab.delete_action):
            self.menu.addAction(action)
        self.menu.addAction(lab.comment_action)
        self.menu.addSeparator()
        self.search_action = self.menu.addAction(translate("Annotate", "&Search the Library…"))
        self.search_action.setShortcut(shortcut("Ctrl+Shift+F"))
        self.search_action.triggered.connect(lambda: self.search.open_search())
        report = self.menu.addAction(translate("Annotate", "&Agreement Report…"))
        report.triggered.connect(lambda _checked=False: self.agreement_report())
        rename = self.menu.addAction(translate("Annotate", "Set Annotator &Name…"))
        rename.triggered.connect(self.change_annotator)
        menus.insert_menu(self.menu)

        self.view_menu = menus.view_menu.addMenu(translate("Annotate", "A&nnotators"))
        self.view_menu.setObjectName("annotatorViewMenu")
        self.view_group = QActionGroup(w)
        self._rebuild_view_menu([])

    def _rebuild_view_menu(self, names: list[str]) -> None:
        menu, group = self.view_menu, self.view_group
        for action in group.actions():
            group.removeAction(action)
        menu.clear()
        modes = [ViewMode()] + [ViewMode((n,)) for n in names]
        pairs = list(combinations(names, 2))
        if len(pairs) <= MAX_PAIRS_LISTED:
            modes += [ViewMode(pair) for pair in pairs]
        for number, mode in enumerate(modes):
            if number in (1, len(names) + 1):
                menu.addSeparator()  # all | each annotator | pairs
            text = mode.label
            if len(mode.annotators) == 2:
                text += translate("Annotate", "  (side by side: solid / wavy underline)")
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(mode == self.controller.view)
            action.triggered.connect(lambda _c=False, m=mode: self.controller.set_view(m))
            group.addAction(action)
            menu.addAction(action)

    def _connect(self) -> None:
        c = self.controller
        c.annotations_changed.connect(self._annotations_changed)
        c.view_changed.connect(self._view_changed)
        c.annotators_known.connect(self._annotators_known)
        c.annotator_changed.connect(self._show_annotator)
        c.write_failed.connect(lambda message: self.window.show_error("PolicyLens", message))
        self.panel.annotation_chosen.connect(self.jump_to)
        self.panel.delete_requested.connect(self.labeller.delete)
        self.window.session.changed_elsewhere.connect(self._changed_elsewhere)

    # -- reactions --------------------------------------------------------------------------
    def _changed_elsewhere(self, document: str | None) -> None:
        """Someone else's labels: re-read (the reader, this panel, the per-annotator views
        follow), and recompute an open agreement report."""
        if document is not None and document != self.controller.document:
            return
        self.controller.refresh()
        dialog = getattr(self, "agreement_dialog", None)
        if dialog is not None and dialog.isVisible():
            self.agreement_report(replacing=dialog)

    def _annotations_changed(self) -> None:
        self.panel.set_annotations(self.controller.annotations)
        self.redraw()

    def redraw(self) -> int:
        view = self.controller.view
        second = view.annotators[1] if len(view.annotators) == 2 else None
        visible = self.controller.visible_annotations()
        self.window.reader.margin.set_notes([a.start for a in visible if a.note])
        return show_annotations(self.window.reader, visible, self.window.session.colors, second)

    def _view_changed(self) -> None:
        view = self.controller.view
        self.panel.proxy.set_view_annotators(view.annotators)
        self.redraw()
        self.window.status.message(
            translate("Annotate", "Showing labels of: {}").format(view.label)
        )
        for action in self.view_group.actions():
            action.setChecked(action.text().startswith(view.label))

    def _annotators_known(self, names: list[str]) -> None:
        self.panel.set_annotators(names)
        self._rebuild_view_menu(names)

    def _show_annotator(self, name: str) -> None:
        self.annotator_label.setText(
            translate("Annotate", "Annotator: {}").format(name)
            if name
            else translate("Annotate", "Annotator: (not set)")
        )
        self.annotator_label.setToolTip(
            translate("Annotate", "Annotate ▸ Set Annotator Name… changes it")
        )

    def jump_to(self, annotation: Annotation) -> None:
        self.window.reader.select_range(annotation.start, annotation.end)
        self.window.reader.setFocus()

    def change_annotator(self) -> None:
        from policylens.ui.dialogs import annotate_dialogs as dialogs

        name = dialogs.ask_annotator_name(self.window.widget(), self.controller.annotator)
        if name:
            self.controller.set_annotator(name)

    def agreement_report(self, replacing: QDialog | None = None) -> None:
        """Compute and show the agreement on the shown document (`replacing`: an open report
        to update in place, when the labels changed)."""
        document = self.window.reader.document_model
        if document is None:
            self.window.status.message(translate("Annotate", "Open a policy first"))
            return
        units = [(c.start, c.end) for c in self.window.session.clauses]
        if not units:
            self.window.status.message(
                translate("Annotate", "Wait for the clause analysis: agreement is over clauses")
            )
            return

        def work(store: Store) -> AgreementReport:
            from policylens.store.agreement import agreement

            return agreement(store, document.sha256, units)

        def done(report: AgreementReport) -> None:
            self.last_report = report
            names = self.window.session.names
            from policylens.ui.dialogs import annotate_dialogs as dialogs

            dialog = dialogs.AgreementDialog(report, names, document.title, self.window.widget())
            if replacing is not None:
                dialog.setGeometry(replacing.geometry())
                replacing.close()
            self.agreement_dialog = dialog
            dialog.open()

        self.controller.submit(work, "computing agreement", done)


def install(host: Host) -> Annotate:
    """Add labelling, review, search and annotation import/export to the main window."""
    return Annotate(host)
