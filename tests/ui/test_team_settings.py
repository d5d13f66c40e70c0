"""Choosing a library in the window: Settings ▸ Library never keeps a password, and a team
library that cannot be reached at start offers the local one instead of failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def test_settings_keep_the_library_but_never_its_password(qtbot: Any) -> None:
    from policylens.ui.app import create_application
    from policylens.ui.dialogs.settings_dialog import SettingsDialog
    from policylens.ui.infra import settings as prefs

    create_application()
    settings = prefs.app_settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.library.setText("postgresql://sara:hunter2@db.example.org:5433/policylens")
    dialog.accept()
    saved = prefs.library_location(prefs.app_settings())
    assert saved == "postgresql://sara@db.example.org:5433/policylens"
    ini = Path(os.environ["POLICYLENS_CONFIG_DIR"]) / "policylens.ini"
    assert "hunter2" not in ini.read_text(encoding="utf-8")
    assert prefs.without_password("/home/sara/lib.sqlite3") == "/home/sara/lib.sqlite3"


def test_the_settings_choice_is_used_when_no_flag_names_a_library(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from policylens.ui.app import choose_library
    from policylens.ui.infra import settings as prefs

    monkeypatch.setenv("POLICYLENS_LIBRARY", "")  # (recorded: restored unset afterwards)
    prefs.set_library_location(prefs.app_settings(), str(tmp_path / "team-copy.sqlite3"))
    assert choose_library().endswith("team-copy.sqlite3")
    assert os.environ["POLICYLENS_LIBRARY"].endswith("team-copy.sqlite3")
    monkeypatch.setenv("POLICYLENS_LIBRARY", "postgresql://flag@host/db")  # --library wins
    assert choose_library() == "postgresql://flag@host/db"


OFFER_LOCAL = """
import argparse, sys
from policylens.ui import app
def accept_local(message):
    print("OFFERED:", message, flush=True)
    return True
app.offer_local_library = accept_local
sys.exit(app.run_gui(argparse.Namespace(lang="en", no_samples=True, files=[])))
"""


def test_an_unreachable_team_library_offers_the_local_one() -> None:
    """In its own process: the whole start-up, with the dialog's answer "Open the Local
    Library" (the window quits as soon as it is ready)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POLICYLENS_LIBRARY": "postgresql://sara@127.0.0.1:9/policylens",
        "POLICYLENS_BENCH_EXIT_WHEN_READY": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", OFFER_LOCAL], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "OFFERED:" in done.stdout and "cannot be reached" in done.stdout
    assert (Path(env["POLICYLENS_DATA_DIR"]) / "policylens.sqlite3").exists()
