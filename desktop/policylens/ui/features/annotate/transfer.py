"""Annotations in and out (File ▸ Import/Export annotations…) and carry-over to new versions.

All store and file work runs on the store thread; the user gets one clear message of what
happened. Carry-over: after files are imported, each new document without annotations is
compared with the library's annotated documents of the same language; one that looks like an
earlier version of it (same title, or `suggest_mode(...) == "versions"`) is offered; what the
anchoring could not place is listed in a dialog, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, isolate
from policylens.ui.infra.workers import Task

if TYPE_CHECKING:
    from policylens.export.labels import ImportSummary
    from policylens.store.carry_over import CarryOverResult
    from policylens.store.database import Store
    from policylens.store.documents import DocumentSummary
    from policylens.ui.features.annotate.controller import AnnotationController

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "Annotate", "JSON Lines, for training (*.jsonl);;CSV, one label per row (*.csv)"
)
IMPORT_FILTERS = QT_TRANSLATE_NOOP("Annotate", "JSON Lines (*.jsonl *.json);;All files (*)")


def export_to(store: Store, path: Path, *, document: str | None = None) -> int:
    """Write the library's (or one document's) annotations; rows or lines written."""
    from policylens.export.labels import export_csv, export_jsonl

    if path.suffix.lower() == ".csv":
        # BOM so that spreadsheets read Persian as Persian (see export/labels.py).
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            return export_csv(store, out, document=document)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        return export_jsonl(store, out, document=document)


@dataclass(frozen=True)
class VersionMatch:
    new: str
    new_title: str
    old: str
    old_title: str
    annotations: int


def find_earlier_versions(store: Store, sha: str) -> list[VersionMatch]:
    """Annotated library documents that `sha` looks like a new version of (best first)."""
    if store.annotations.count(sha) > 0:
        return []  # already labelled: nothing to carry over onto it
    summaries = store.documents.all()
    this = next((s for s in summaries if s.sha256 == sha), None)
    if this is None:
        return []
    # Only annotated documents of the same language can hand labels over; most imports (and
    # every first run) have none, and then the new text is never read back or compared.
    candidates: list[tuple[DocumentSummary, int]] = []
    for summary in summaries:
        if summary.sha256 != sha and summary.language == this.language:
            count = store.annotations.count(summary.sha256)
            if count > 0:
                candidates.append((summary, count))
    if not candidates:
        return []
    from policylens.core.compare import suggest_mode

    new = store.documents.get(sha)
    if new is None:
        return []
    matches: list[VersionMatch] = []
    for summary, count in candidates:
        same_title = summary.title.strip().casefold() == new.title.strip().casefold()
        old = store.documents.get(summary.sha256)
        if old is not None and (same_title or suggest_mode(old, new) == "versions"):
            matches.append(VersionMatch(sha, new.title, old.sha256, old.title, count))
    return sorted(matches, key=lambda m: -m.annotations)


class Transfers(QObject):
    finished = Signal(str)  # a message for the user about what was done

    def __init__(self, controller: AnnotationController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.last_message = ""
        self.last_carry_over: CarryOverResult | None = None
        # Tests replace these to answer without a modal dialog.
        self.ask_carry_over = self._ask_carry_over
        self.show_message = self._show_message
        self.show_summary = self._show_summary
        self.last_details = ""
        self.show_unplaced = self._show_unplaced
        self.window.imported.connect(self.check_versions)

    def _done(self, message: str) -> None:
        self.last_message = message
        self.window.status.message(message)
        self.finished.emit(message)

    # -- export / import --------------------------------------------------------------------
    def export_dialog(self) -> None:
        start = str(self.window.settings.value("session/export_dir", "") or Path.home())
        path, chosen = QFileDialog.getSaveFileName(
            self.window.widget(), translate("Annotate", "Export annotations"),
            str(Path(start) / "annotations.jsonl"), translate("Annotate", EXPORT_FILTERS),
        )  # fmt: skip
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".jsonl")
        self.window.settings.setValue("session/export_dir", str(target.parent))
        self.export(target, notify=True)

    def export(self, path: Path, *, notify: bool = False) -> Task:
        def work(store: Store) -> int:
            return export_to(store, path)

        def done(count: object) -> None:
            text = (
                translate("Annotate", "Exported annotations ({0} rows) to {1}")
                if path.suffix.lower() == ".csv"
                else translate("Annotate", "Exported annotations ({0} documents) to {1}")
            )
            message = text.format(count, isolate(str(path)))
            self._done(message)
            if notify:
                self.show_message(translate("Annotate", "Export annotations"), message)

        return self.controller.submit(work, "exporting annotations", done)

    def import_dialog(self) -> None:
        reason = self.controller.read_only_reason
        if reason:
            self.show_message(
                translate("Annotate", "Import annotations"),
                translate("Annotate", "The library is read-only: {}").format(reason),
            )
            return
        start = str(self.window.settings.value("session/export_dir", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window.widget(),
            translate("Annotate", "Import annotations"),
            start,
            translate("Annotate", IMPORT_FILTERS),
        )
        if path:
            self.import_file(Path(path), notify=True)

    def import_file(self, path: Path, *, notify: bool = False) -> Task:
        from policylens.core.errors import LoadError
        from policylens.export.labels import DEFAULT_IMPORT_ANNOTATOR, import_jsonl

        annotator = self.controller.annotator or DEFAULT_IMPORT_ANNOTATOR

        def work(store: Store) -> ImportSummary | str:
            try:
                return import_jsonl(store, path, annotator=annotator)
            except LoadError as error:  # the file refused, nothing written: said in the summary
                return str(error)

        def done(outcome: ImportSummary | str) -> None:
            message, details = import_summary(path.name, outcome)
            if not isinstance(outcome, str):
                self.window.refresh_library()
            self.last_details = details
            self._done(message)
            if notify:
                self.show_summary(translate("Annotate", "Import annotations"), message, details)

        return self.controller.submit(work, "importing annotations", done)

    def _show_summary(self, title: str, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self.window.widget())
        box.setDetailedText(details)  # the "Show Details…" button
        box.exec()

    def _show_message(self, title: str, message: str) -> None:
        QMessageBox.information(self.window.widget(), title, message)

    # -- versions ---------------------------------------------------------------------------
    def check_versions(self, shas: list[str]) -> Task | None:
        if self.controller.read_only_reason or not shas:
            return None
        new = list(shas)

        def work(store: Store) -> list[VersionMatch]:
            found: list[VersionMatch] = []
            for sha in new:
                found.extend(find_earlier_versions(store, sha)[:1])
            return found

        return self.controller.submit(work, "looking for earlier versions", self._offer)

    def _offer(self, matches: list[VersionMatch]) -> None:
        for match in matches:
            if self.ask_carry_over(match):
                self.carry_over(match)

    def _ask_carry_over(self, match: VersionMatch) -> bool:
        answer = QMessageBox.question(
            self.window.widget(),
            translate("Annotate", "New version of a policy?"),
            translate(
                "Annotate",
                "{0} looks like a new version of {1}, which has {2} annotation(s).\n\n"
                "Carry them over to the new version? "
                "Labels whose text cannot be found again are listed afterwards.",
            ).format(isolate(match.new_title), isolate(match.old_title), match.annotations),
        )
        return answer == QMessageBox.StandardButton.Yes

    def carry_over(self, match: VersionMatch) -> Task:
        from policylens.store.carry_over import apply_carry_over, carry_over

        def work(store: Store) -> CarryOverResult | None:
            new = store.documents.get(match.new)
            if new is None:
                return None
            result = carry_over(store, match.old, new)
            apply_carry_over(store, result, new)
            return result

        def done(result: CarryOverResult | None) -> None:
            if result is None:
                return
            self.last_carry_over = result
            self.show_unplaced(match, result)

        return self.controller.submit(work, "carrying annotations over", done)

    def _show_unplaced(self, match: VersionMatch, result: CarryOverResult) -> None:
        message = carry_over_message(match, result)
        self._done(message)
        from policylens.ui.dialogs import annotate_dialogs as dialogs

        dialogs.CarryOverDialog(
            message, result, self.window.session.names, self.window.widget()
        ).exec()


def import_summary(name: str, outcome: ImportSummary | str) -> tuple[str, str]:
    """The message after importing labels from the file `name`, and its details (one line per
    annotation added, updated, conflicting or duplicate; the reason when the file was refused)."""
    if isinstance(outcome, str):
        message = translate(
            "Annotate", "Nothing was imported from {0}: 1 rejected, 0 added. {1}"
        ).format(isolate(name), outcome)
        return message, outcome
    s = outcome
    message = translate(
        "Annotate",
        "Imported {0}: {1} new document(s) ({2} already in the library), "
        "{3} annotation(s) added ({4} were already there), {5} updated, "
        "{6} conflicting (the library's newer version kept), {7} duplicate in the file, "
        "{8} rejected.",
    ).format(
        isolate(name),
        s.documents_added,
        s.documents_known,
        s.annotations_added,
        s.annotations_known,
        s.annotations_updated,
        s.conflicts,
        s.duplicates_in_file,
        0,
    )
    headings = {
        "added": (translate("Annotate", "Added"), s.annotations_added),
        "updated": (translate("Annotate", "Updated (the file's newer note, status or tags)"),
                    s.annotations_updated),
        "conflict": (translate("Annotate", "Conflicting (the library's newer version kept)"),
                     s.conflicts),
        "duplicate": (translate("Annotate", "Duplicate in the file (added once)"),
                      s.duplicates_in_file),
    }  # fmt: skip
    lines: list[str] = []
    for kind, (heading, count) in headings.items():
        listed = [d for d in s.details if d.kind == kind]
        if not count:
            continue
        lines.append(f"{heading}: {count}")
        lines += [
            f"  {isolate(d.document)} {d.start}–{d.end} {d.category} ({isolate(d.annotator)})"
            for d in listed
        ]
        if count > len(listed):
            lines.append("  " + translate("Annotate", "… and {0} more").format(count - len(listed)))
    return message, "\n".join(lines)


def carry_over_message(match: VersionMatch, result: CarryOverResult) -> str:
    how = Counter(p.how for p in result.placed)
    kinds = {
        "exact": translate("Annotate", "exact"),
        "context": translate("Annotate", "by context"),
        "fuzzy": translate("Annotate", "fuzzy"),
    }
    detail = translate("Annotate", ", ").join(
        translate("Annotate", "{0} {1}").format(n, kinds.get(kind, kind))
        for kind, n in sorted(how.items())
    )
    text = translate("Annotate", "Carried {0} annotation(s) from {1} over to {2}").format(
        len(result.placed), isolate(match.old_title), isolate(match.new_title)
    )
    text += (translate("Annotate", " ({})").format(detail) if detail else "") + translate(
        "Annotate", "."
    )
    if result.unplaced:
        text += translate("Annotate", " {} could not be placed in the new text.").format(
            len(result.unplaced)
        )
    return text
