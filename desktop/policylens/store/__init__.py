"""The local SQLite store (sqlite-utils). No Qt here."""

from policylens.store.annotations import Annotation, AnnotationRepository, NewAnnotation
from policylens.store.database import SCHEMA_VERSION, Store, open_store
from policylens.store.search import SearchHit

__all__ = [
    "SCHEMA_VERSION",
    "Annotation",
    "AnnotationRepository",
    "NewAnnotation",
    "SearchHit",
    "Store",
    "open_store",
]
