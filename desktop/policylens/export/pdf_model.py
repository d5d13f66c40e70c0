"""What the PDF export takes in: options, reviewer annotations, category names and colours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from policylens.core.errors import PolicyLensError

PageSize = Literal["A4", "Letter"]


class ExportCancelled(PolicyLensError):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class PdfOptions:
    auto_highlights: bool = True  # the automatic suggestions
    confirmed_only: bool = False  # of the reviewer's labels, only the confirmed ones
    categories: frozenset[str] | None = None  # None: every category
    page_size: PageSize = "A4"
    ui_language: str = "en"  # category names and the labels of cover, notes, page numbers
    notes: bool = True  # numbered margin markers and the "Reviewer notes" appendix
    document_language_cover: bool = False  # cover and notes in the document's language

    def shows(self, category_id: str) -> bool:
        return self.categories is None or category_id in self.categories

    def language_for(self, document_language: str, available: Iterable[str]) -> str:
        """The language of the cover, the notes and the category names."""
        if self.document_language_cover and document_language in set(available):
            return document_language
        return self.ui_language


@dataclass(frozen=True)
class PdfAnnotation:
    """A reviewer's label on `text[start:end]`; the caller maps store rows to this."""

    start: int
    end: int
    category: str
    note: str = ""
    annotator: str = ""
    status: str = ""  # the reviewer's: ok / concern / question
    confirmed: bool = False
    rejected: bool = False  # a suggestion turned down: never highlighted

    @property
    def state(self) -> str:
        """As the store says it (view.reviewed counts with it): an unconfirmed label counts."""
        return "rejected" if self.rejected else "confirmed"


@dataclass(frozen=True)
class CategoryStyle:
    id: str
    name: str
    colour: tuple[float, float, float]  # 0..1 RGB


def hex_to_rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


# Used only while the taxonomy data files are missing (a checkout in the making).
# A category the taxonomy does not know (imported labels, an old model's): neutral grey, as in
# the window's clause panel, rather than a made-up colour of its own.
UNKNOWN_COLOUR = "#e0e0e0"


@dataclass
class CategoryTable:
    """Category id → name and colour, in taxonomy order."""

    styles: dict[str, CategoryStyle] = field(default_factory=dict)

    def get(self, category_id: str) -> CategoryStyle:
        style = self.styles.get(category_id)
        if style is None:
            style = CategoryStyle(
                category_id, category_id.replace("_", " ").capitalize(), hex_to_rgb(UNKNOWN_COLOUR)
            )
            self.styles[category_id] = style
        return style

    def ordered(self, ids: Iterable[str]) -> list[CategoryStyle]:
        wanted = set(ids)
        known = [s for s in self.styles.values() if s.id in wanted]
        extra = [self.get(i) for i in sorted(wanted - set(self.styles))]
        return known + extra

    @classmethod
    def from_mapping(cls, entries: Mapping[str, tuple[str, str]]) -> CategoryTable:
        """{id: (name, "#rrggbb")}"""
        return cls({i: CategoryStyle(i, n, hex_to_rgb(c)) for i, (n, c) in entries.items()})


def load_category_table(language: str) -> CategoryTable:
    """Names (in `language`) and colours from the taxonomy data files."""
    from policylens.core.taxonomy import load_taxonomy

    table = CategoryTable()
    for category in load_taxonomy().categories:
        table.styles[category.id] = CategoryStyle(
            category.id, category.name(language), hex_to_rgb(category.color)
        )
    return table
