"""Starting the GUI (placeholder until the main window lands)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("PolicyLens")
    label.show()
    return app.exec()
