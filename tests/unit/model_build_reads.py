"""What `make model` reads and trains on, for the tests that keep measured texts out of it: the
build runs up to its fit, which checks the training records and stops it."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from policylens.core.learn import build_shipped


class _Fitting(Exception):
    """Raised where `make model` starts fitting: everything it trains on is read by then."""


def files_read_before_fitting(
    monkeypatch: pytest.MonkeyPatch,
    argv: Sequence[str],
    check_training: Callable[[list[Any]], None],
) -> list[Path]:
    """Run `build_shipped.main(argv)` until it fits (`check_training` sees the records it would
    fit on); the files it opened until then."""
    opened: list[Path] = []

    def recording(real: Any) -> Any:
        def read(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | Path):
                opened.append(Path(file).resolve())
            return real(file, *args, **kwargs)

        return read

    def fit(train: list[Any], *args: Any) -> Any:
        check_training(train)
        raise _Fitting

    monkeypatch.setattr(builtins, "open", recording(builtins.open))
    for method in ("open", "read_text", "read_bytes"):
        monkeypatch.setattr(Path, method, recording(getattr(Path, method)))
    monkeypatch.setattr(build_shipped, "dev_report", lambda model: {})
    monkeypatch.setattr(build_shipped, "fit", fit)
    with pytest.raises(_Fitting):
        build_shipped.main(["--no-write", *argv])
    return opened
