"""The local SQLite store (sqlite-utils). No Qt here."""

from policylens.store.database import SCHEMA_VERSION, Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
