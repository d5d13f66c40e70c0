"""Learning from the annotators in the real main window: train from the menu, the F1 table,
suggestions that change at once, the Use Learned Model switch, and Next to Label.

The labelled set is made up here: "glimmerwax" sentences labelled as data security (a word no
cue lexicon knows), neutral sentences around them. The lexicon alone finds nothing in them;
after training the model does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from policylens.core.document import Document
from policylens.store.annotations import NewAnnotation
from policylens.ui.features.learn.controller import LearningController

CATEGORY = "data_security"
ANNOTATOR = "Tester"
POSITIVES = [
    "The glimmerwax routine runs on every ledger at night.",
    "Each glimmerwax pass covers the old ledgers too.",
    "Staff apply glimmerwax to each archive box weekly.",
    "A fresh layer of glimmerwax goes on the shelves in March.",
    "Glimmerwax is brushed over the cabinets after lunch.",
    "The cellar cabinets get their glimmerwax once a month.",
    "Our glimmerwax crew visits the north wing on Fridays.",
    "Glimmerwax keeps the drawers sealed and quiet.",
]
NEUTRAL = [
    "Our office is open on weekdays.",
    "The weather in spring is mild here.",
    "The garden has tall trees and a pond.",
    "Lunch is served in the main hall at noon.",
    "The north wing was built long ago.",
    "Visitors like the old paintings in the lobby.",
    "The cabinets are painted green.",
    "A small cafe sits next to the library.",
    "Music plays softly in the hallway.",
    "The staff team meets on Mondays.",
]
HELD_OUT = "Every archive box gets a glimmerwax coat before winter."
UNSEEN_TEXT = (
    "Opening hours\n"
    f"{HELD_OUT}\n"
    "The lobby has a big window.\n"
    "A glimmerwax tin may sit near the garden door.\n"
    "Some rooms have wooden floors and a glimmerwax shine.\n"
)


def _document(text: str, title: str) -> Document:
    return Document.from_text(text, title=title, format="txt")


def _build_library(store: Any) -> tuple[str, str]:
    """A labelled training policy and an unlabelled one; their sha256s."""
    labelled = _document("\n".join(POSITIVES + NEUTRAL) + "\n", "Glimmerwax house rules")
    unseen = _document(UNSEEN_TEXT, "Glimmerwax visitor notes")
    store.documents.add(labelled)
    store.documents.add(unseen)
    items = []
    for sentence in POSITIVES:
        start = labelled.text.index(sentence)
        items.append(
            NewAnnotation(labelled.sha256, start, start + len(sentence), CATEGORY, ANNOTATOR)
        )
    store.annotations.add_many(items)
    return labelled.sha256, unseen.sha256


def wait_idle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.runner.running() == 0, timeout=30000)


def show(qtbot: Any, window: Any, sha: str) -> None:
    with qtbot.waitSignal(window.session.analysis_applied, timeout=30000):
        window.open_document(sha)
    wait_idle(qtbot, window)


def reanalyse(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.session.analysis_applied, timeout=30000):
        window.start_analysis(window.reader.document_model)
    wait_idle(qtbot, window)


def clause_at(window: Any, sentence: str) -> Any:
    text = window.reader.document_model.text
    start = text.index(sentence)
    return next(c for c in window.clauses if c.start <= start < c.end)


@pytest.fixture
def notified(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: Any, _title: str, message: str, details: str = "") -> None:
        shown.append(message + details)

    monkeypatch.setattr("policylens.ui.shell.main_window.show_error", record)
    return shown


@pytest.fixture
def window(qtbot: Any, notified: list[str]) -> Iterator[Any]:
    from policylens.store import open_store
    from policylens.ui.app import create_application
    from policylens.ui.shell.main_window import MainWindow

    create_application()
    store = open_store()
    window = MainWindow(store, language="en", import_samples=False)
    window.library_shas = _build_library(store)
    window.refresh_library()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.start([])
    wait_idle(qtbot, window)
    yield window
    window.runner.cancel_all()
    window.runner.wait(10000)
    store.close()


def train(qtbot: Any, window: Any) -> Any:
    learning = window.features.get(LearningController)
    with qtbot.waitSignal(learning.model_trained, timeout=60000):
        learning.train_action.trigger()
    wait_idle(qtbot, window)
    return learning.report_dialog


def test_training_from_the_menu_saves_a_model_and_shows_the_f1_table(
    window: Any, qtbot: Any, notified: list[str]
) -> None:
    from policylens.core.learn import model_dir
    from policylens.core.learn.storage import MANIFEST_FILE, MODEL_FILE

    assert window.features.get(LearningController).train_action.shortcut().toString() == "Ctrl+T"
    dialog = train(qtbot, window)
    assert (model_dir() / MODEL_FILE).exists() and (model_dir() / MANIFEST_FILE).exists()
    assert notified == []
    model = dialog.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "Category",
        "Positives",
        "Negatives",
        "Precision",
        "Recall",
        "F1",
        "Shipped model F1",
        "Yours on top F1",
    ]
    rows = {
        model.category_at(r): [model.index(r, c).data() for c in range(8)]
        for r in range(model.rowCount())
    }
    # Beside your model's F1, the shipped model's on the same labels, and yours on top of it.
    assert 0.0 <= float(rows[CATEGORY][6]) <= 1.0
    assert 0.0 <= float(rows[CATEGORY][7]) <= 1.0
    assert rows[CATEGORY][0] == "Data security"  # the name in the UI language, not the id
    assert rows[CATEGORY][1] == str(len(POSITIVES))
    # Cross-validated on 8 positives in 5 folds: one clause more or less moves it by ~0.1.
    assert float(rows[CATEGORY][5]) >= 0.6
    assert window.features.get(LearningController).progress_dialog is None  # closed when done

    # Tools ▸ Model Info…: the manifest (date, counts per category and language, versions).
    window.features.get(LearningController).info_action.trigger()
    info = window.features.get(LearningController).report_dialog
    assert info is not dialog
    summary = info.summary.text()
    assert f"Data security\u2069: {len(POSITIVES)} / 0 / " in summary
    assert "en\u2069: " in summary and "scikit-learn" in summary
    QAbstractItemModelTester(info.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert info.model.rowCount() == model.rowCount()
    assert info.model.index(0, 6).data() == model.index(0, 6).data()


def test_after_training_the_model_suggests_where_the_lexicon_had_nothing(
    window: Any, qtbot: Any
) -> None:
    from policylens.ui.reader.clause_model import reasons_text

    _, unseen = window.library_shas
    show(qtbot, window, unseen)
    before = clause_at(window, HELD_OUT)
    assert CATEGORY not in before.category_ids
    assert all(s.source != "model" for c in window.clauses for s in c.categories)

    with qtbot.waitSignal(window.session.analysis_applied, timeout=60000):  # re-analysed at once
        train(qtbot, window)
    wait_idle(qtbot, window)
    after = clause_at(window, HELD_OUT)
    score = next(s for s in after.categories if s.id == CATEGORY)
    assert score.source == "model" and not score.cues
    assert reasons_text(score).startswith("learned model, 0.")
    assert "learned model, 0." in window.navigator.tooltip(after)
    # The clause panel lists it under its category with the model's note as the reason.
    panel = window.clause_panel.model
    group = next(
        panel.index(r, 0)
        for r in range(panel.rowCount())
        if "Data security" in panel.index(r, 0).data()
    )
    reasons = [panel.index(r, 2, group).data() for r in range(panel.rowCount(group))]
    assert any(r.startswith("learned model, 0.") for r in reasons)

    # Use Learned Model off: the lexicon alone again (and the setting is kept).
    with qtbot.waitSignal(window.session.analysis_applied, timeout=30000):
        window.features.get(LearningController).use_model_action.trigger()
    wait_idle(qtbot, window)
    assert CATEGORY not in clause_at(window, HELD_OUT).category_ids
    assert all(s.source != "model" for c in window.clauses for s in c.categories)
    from policylens.ui.infra import settings as prefs

    assert prefs.use_learned_model(window.settings) is False
    with qtbot.waitSignal(window.session.analysis_applied, timeout=30000):
        window.features.get(LearningController).use_model_action.trigger()
    wait_idle(qtbot, window)
    assert CATEGORY in clause_at(window, HELD_OUT).category_ids


def test_next_to_label_opens_the_document_and_selects_an_unlabelled_clause(
    window: Any, qtbot: Any
) -> None:
    learning = window.features.get(LearningController)
    labelled, _unseen = window.library_shas
    train(qtbot, window).close()  # the report is window-modal: it would take the keys
    show(qtbot, window, labelled)
    assert learning.next_action.shortcut().toString() == "Ctrl+L"
    learning.next_action.trigger()
    qtbot.waitUntil(lambda: learning.current is not None, timeout=30000)
    candidate = learning.current
    if candidate.document != window.reader.document_model.sha256:
        qtbot.waitUntil(
            lambda: window.reader.document_model.sha256 == candidate.document, timeout=30000
        )
    wait_idle(qtbot, window)
    cursor = window.reader.textCursor()
    selected = window.reader.document_model.text[candidate.start : candidate.end]
    assert cursor.hasSelection()
    assert cursor.selectedText().replace("\u2029", "\n") == selected
    assert selected not in POSITIVES  # already labelled clauses are never proposed
    assert learning.left_label.isVisible()
    assert learning.left_label.text() == f"{len(learning.candidates)} candidates left"

    # Labelling it with a key (the Annotate menu's "6": data security) moves on to the next.
    from policylens.ui.features.annotate.controller import ANNOTATOR_KEY

    window.settings.setValue(ANNOTATOR_KEY, ANNOTATOR)
    left = len(learning.candidates)
    window.activateWindow()  # the closed report dialog had it; the keys need the reader's
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.setFocus()
    qtbot.keyClicks(window.reader, "6")
    qtbot.waitUntil(lambda: learning.current is not candidate, timeout=30000)
    wait_idle(qtbot, window)
    with window.store_jobs.locked():
        labels = window.store.annotations.for_document(candidate.document)
    assert any((a.start, a.end) == (candidate.start, candidate.end) for a in labels)
    assert len(learning.candidates) == max(0, left - 1)


def test_training_without_enough_labels_says_so_plainly(
    window: Any, qtbot: Any, notified: list[str]
) -> None:
    with window.store_jobs.locked():
        for annotation in window.store.annotations.all()[3:]:
            window.store.annotations.delete(annotation.id)
    window.features.get(LearningController).train_action.trigger()
    qtbot.waitUntil(lambda: not window.features.get(LearningController).training(), timeout=60000)
    wait_idle(qtbot, window)
    assert len(notified) == 1
    assert notified[0].startswith("Not enough confirmed labels yet: at least 5 per category")
    assert "\u2068Data security\u2069: 3 confirmed" in notified[0]
    assert "Traceback" not in notified[0]


def test_next_to_label_without_a_model_explains_what_to_do(
    window: Any, qtbot: Any, notified: list[str]
) -> None:
    window.features.get(LearningController).next_action.trigger()
    qtbot.waitUntil(lambda: bool(notified), timeout=30000)
    assert "Train one first" in notified[0]


def test_model_file_path_matches_core_storage() -> None:
    from policylens.core.learn import model_dir
    from policylens.core.learn.location import model_path
    from policylens.core.learn.storage import MODEL_FILE

    assert model_path() == model_dir() / MODEL_FILE


def test_reasons_say_when_the_learned_model_spoke(qtbot: Any) -> None:
    from policylens.core.clause import CategoryScore, Cue
    from policylens.ui.reader.clause_model import reasons_text

    alone = CategoryScore(CATEGORY, 0.7, (), "model", "learned model, 0.83")
    assert reasons_text(alone) == "learned model, 0.83"
    cue = (Cue(10, 15, "until"),)
    outscored = CategoryScore("data_retention", 0.77, cue, "model", "learned model, 0.75")
    assert reasons_text(outscored) == "\u2068until\u2069; learned model, 0.75"
    assert reasons_text(CategoryScore("data_retention", 0.6, cue)) == "\u2068until\u2069"


def test_training_on_a_sample_says_so(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import policylens.core.learn.sampling as sampling

    monkeypatch.setattr(sampling, "MAX_POSITIVES", 4)  # very many examples, in miniature
    dialog = train(qtbot, window)
    assert "a sample of them was used" in dialog.summary.text()
    assert "fixed seed" in dialog.summary.text()
