"""The features that plug into the main window, each `install(host) -> Feature`.

The window installs `INSTALLERS` in this order and keeps what they return in its `Features`
registry, found by type: `window.features.get(Annotate)`. A feature talks to the window only
through `ui.host.Host` and to other features only through the host's `DocumentSession`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from policylens.ui.features import annotate, compare, learn, live, pdf_export
from policylens.ui.host import Host

F = TypeVar("F")


# Labelling and review; side-by-side comparison and the coverage matrix; training and "next to
# label"; the annotated PDF; live changes of a team library. Each adds its own menus, panels
# and shortcuts.
INSTALLERS: tuple[Callable[[Host], object], ...] = (
    annotate.install,
    compare.install,
    learn.install,
    pdf_export.install,
    live.install,  # a team library: others' labels as they are made
)


class Features:
    """The installed features, one per type."""

    def __init__(self) -> None:
        self._installed: dict[type, object] = {}

    def add(self, feature: object) -> None:
        self._installed[type(feature)] = feature

    def get(self, kind: type[F]) -> F:
        feature = self._installed.get(kind)
        if not isinstance(feature, kind):
            raise LookupError(f"no {kind.__name__} feature installed")
        return feature

    def __iter__(self) -> Iterator[object]:
        return iter(self._installed.values())
