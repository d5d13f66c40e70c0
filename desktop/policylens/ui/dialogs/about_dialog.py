"""About PolicyLens: version, what it is, and every licence it ships under or with — our MIT
licence, the fonts' SIL OFL 1.1 texts, and the libraries with the versions actually running."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from policylens import __version__
from policylens.paths import resource, resource_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Library:
    name: str  # as users know it
    distributions: tuple[str, ...]  # package names to read the version from, first found wins
    licence: str


LIBRARIES = (
    Library("PySide6 (Qt for Python)", ("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
    Library("python-bidi", ("python-bidi",), "LGPL-3.0"),
    Library("arabic-reshaper", ("arabic-reshaper",), "MIT"),
    Library("sqlite-utils", ("sqlite-utils",), "Apache-2.0"),
    Library("fpdf2", ("fpdf2",), "LGPL-3.0"),
    Library("uharfbuzz (HarfBuzz)", ("uharfbuzz",), "Apache-2.0 (HarfBuzz: MIT)"),
    Library("fontTools", ("fonttools",), "MIT"),
    Library("charset-normalizer", ("charset-normalizer",), "MIT"),
    Library("trafilatura", ("trafilatura",), "Apache-2.0"),
    Library("pypdf", ("pypdf",), "BSD-3-Clause"),
    Library("python-docx", ("python-docx",), "MIT"),
    Library("lxml", ("lxml",), "BSD-3-Clause"),
    Library("platformdirs", ("platformdirs",), "MIT"),
    Library("scikit-learn", ("scikit-learn",), "BSD-3-Clause"),
    Library("psycopg 3 (team library)", ("psycopg",), "LGPL-3.0"),
    Library("psycopg_pool", ("psycopg-pool",), "LGPL-3.0"),
)
FONT_LICENCES = (("Vazirmatn", "OFL-Vazirmatn.txt"), ("Noto Sans", "OFL-NotoSans.txt"))


def library_version(library: Library) -> str | None:
    for name in library.distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def licence_text() -> str:
    """PolicyLens's own LICENSE: the checkout's, else the installed distribution's."""
    candidates: list[Path] = []
    try:
        candidates.append(resource_dir().parent / "LICENSE")
        candidates.append(resource_dir() / "LICENSE")
    except FileNotFoundError:
        pass
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        files = metadata.files("policylens") or []
        for file in files:
            if file.name == "LICENSE":
                return file.read_text(encoding="utf-8")
    except metadata.PackageNotFoundError:
        pass
    return "MIT License — Copyright (c) PolicyLens developers"


def font_licence_text(filename: str) -> str:
    try:
        return resource("fonts", filename).read_text(encoding="utf-8")
    except OSError as error:
        log.warning("font licence %s not found: %s", filename, error)
        return QCoreApplication.translate(
            "AboutDialog",
            "The licence text is missing from this installation: SIL Open Font "
            "License 1.1, https://openfontlicense.org",
        )


def _licence_view(text: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setPlainText(text)
    # Licence texts are English, left-to-right, whatever the interface language.
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    font = QFont(view.font())
    font.setStyleHint(QFont.StyleHint.Monospace)
    view.setFont(font)
    return view


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About PolicyLens"))
        self.resize(640, 520)

        heading = QLabel(f"PolicyLens {__version__}", self)
        heading.setObjectName("aboutHeading")
        # A Latin-only label aligns by its text's direction (left); the heading belongs on the
        # reading side of the dialog, right in Persian.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        heading.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        description = QLabel(
            self.tr(
                "Read, classify, annotate and compare privacy policies in any language, "
                "right-to-left included. Everything works offline, on this computer."
            ),
            self,
        )
        description.setObjectName("aboutDescription")
        description.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aboutTabs")
        licence = QWidget(self.tabs)
        licence_layout = QVBoxLayout(licence)
        licence_layout.addWidget(
            QLabel(self.tr("PolicyLens is free software under the MIT licence."), licence)
        )
        licence_layout.addWidget(_licence_view(licence_text(), licence))
        self.tabs.addTab(licence, self.tr("Licence"))
        self.tabs.addTab(self._libraries_tab(), self.tr("Libraries"))
        for family, filename in FONT_LICENCES:
            page = QWidget(self.tabs)
            page_layout = QVBoxLayout(page)
            note = self.tr(
                "The {0} font, shipped with PolicyLens, under the SIL Open Font License 1.1."
            )
            page_layout.addWidget(QLabel(note.format(family), page))
            page_layout.addWidget(_licence_view(font_licence_text(filename), page))
            self.tabs.addTab(page, self.tr("Font: {0}").format(family))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _libraries_tab(self) -> QTableWidget:
        table = QTableWidget(len(LIBRARIES), 3, self.tabs)
        table.setObjectName("librariesTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, library in enumerate(LIBRARIES):
            version = library_version(library) or self.tr("not installed")
            for column, text in enumerate((library.name, version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table
