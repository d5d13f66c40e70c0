"""The one interface of a library, whichever database holds it (SQLite file or PostgreSQL).

Everything above `store/` types its library as `Store` (this protocol) and gets one from
`open_store()`; which backend answers is decided there, from the location alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from policylens.core.document import Document
    from policylens.store.annotations import Annotation, NewAnnotation
    from policylens.store.documents import DocumentSummary
    from policylens.store.history import HistoryEntry
    from policylens.store.search import SearchHit


@dataclass(frozen=True, slots=True)
class Change:
    """Someone (maybe another window, maybe another person) changed the library.

    `document` is the document whose annotations changed; None means "anything may have
    changed" (sent after a lost connection to the server came back).
    """

    document: str | None
    action: str = ""
    annotation: int | None = None


ChangeCallback = Callable[[Change], None]
StatusCallback = Callable[[bool, str], None]  # (connected, message for a person)


class Watch(Protocol):
    """A subscription to changes; `close()` ends it."""

    def close(self) -> None: ...


class DocumentStore(Protocol):
    def add(self, document: Document, *, index: bool = True) -> bool:
        """False when the text is already stored; `index=False` leaves it out of the search
        index until `index_pending()` (or the next search) puts it there."""
        ...

    def index_pending(self) -> int:
        """Index the documents stored with `index=False`, or left unindexed by a crash."""
        ...

    def exists(self, sha256: str) -> bool: ...
    def get(self, sha256: str) -> Document | None: ...
    def all(self) -> list[DocumentSummary]: ...
    def find_by_prefix(self, prefix: str) -> list[DocumentSummary]: ...
    def rename(self, sha256: str, title: str) -> None: ...
    def remove(self, sha256: str) -> None: ...
    def count(self) -> int: ...


class AnnotatorStore(Protocol):
    def ensure(self, name: str) -> int: ...
    def find(self, name: str) -> int | None: ...
    def name(self, annotator_id: int) -> str | None: ...
    def all(self) -> list[str]: ...


class AnnotationStore(Protocol):
    def add(
        self,
        document: str,
        start: int,
        end: int,
        category: str,
        *,
        annotator: str,
        note: str = "",
        status: str = "",
        tags: Sequence[str] = (),
        origin: str = "manual",
        state: str = "confirmed",
    ) -> Annotation: ...
    def add_many(self, items: Iterable[NewAnnotation]) -> list[Annotation]: ...
    def update(
        self,
        annotation_id: int,
        *,
        actor: str | None = None,
        expected: Annotation | None = None,
        **changes: Any,
    ) -> Annotation: ...
    def delete(
        self, annotation_id: int, *, actor: str | None = None, expected: Annotation | None = None
    ) -> Annotation: ...
    def restore(self, annotation: Annotation, *, actor: str | None = None) -> Annotation: ...
    def get(self, annotation_id: int) -> Annotation | None: ...
    def for_document(self, sha256: str, annotator: str | None = None) -> list[Annotation]: ...
    def all(
        self, *, document: str | None = None, annotator: str | None = None
    ) -> list[Annotation]: ...
    def counts(
        self, *, document: str | None = None, annotator: str | None = None
    ) -> dict[str, int]: ...
    def count(self, document: str | None = None) -> int: ...
    def history(self, annotation_id: int | None = None) -> list[HistoryEntry]: ...


class Store(Protocol):
    """A library: documents, annotators, annotations with their history, search, changes."""

    @property
    def documents(self) -> DocumentStore: ...
    @property
    def annotators(self) -> AnnotatorStore: ...
    @property
    def annotations(self) -> AnnotationStore: ...
    @property
    def location(self) -> str:
        """Where it is, for a person: a file path or a URL without its password."""
        ...

    @property
    def identity(self) -> str | None:
        """The annotator the library itself says this user is (a team library's database
        role); None where the user chooses their own name."""
        ...

    @property
    def read_only(self) -> bool: ...
    @property
    def read_only_reason(self) -> str: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]: ...
    def integrity_ok(self) -> bool: ...
    def watch(
        self, on_change: ChangeCallback, on_status: StatusCallback | None = None
    ) -> Watch | None:
        """Call `on_change` (on a background thread) when another connection changes the
        library; None where the library cannot tell (a local file has one writer)."""
        ...

    def close(self) -> None: ...
