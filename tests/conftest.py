"""Every test gets its own data and config folders: nothing touches the real user dirs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(data))
    monkeypatch.setenv("POLICYLENS_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield tmp_path


@pytest.fixture
def samples() -> dict[str, Path]:
    """The five bundled samples by short name."""
    names = {"000": "fa1", "001": "en", "002": "fa2", "003": "sv", "004": "kk"}
    return {names[p.name[:3]]: p for p in sorted(SAMPLES.glob("*.txt"))}
