"""Errors shown to a person: a dialog with a message; details (a traceback) only on request,
and always in the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from policylens.paths import data_dir
from policylens.ui.infra.i18n import isolate

log = logging.getLogger("policylens")


def log_path() -> str:
    return str(data_dir() / "policylens.log")


def setup_logging() -> None:
    handler = logging.FileHandler(log_path(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setInformativeText(
            QCoreApplication.translate("Errors", "The details were written to {0}.").format(
                isolate(log_path())
            )
        )
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Unexpected errors: logged with their traceback, shown as a dialog, the app keeps going."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if QApplication.instance() is None or showing:
            sys.stderr.write(details)
            return
        showing = True
        try:
            show_error(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "PolicyLens: unexpected error"),
                QCoreApplication.translate(
                    "Errors",
                    "Something went wrong: {0}\n\nYour library is safe; you can keep working.",
                ).format(error),
                details,
            )
        finally:
            showing = False

    sys.excepthook = hook
