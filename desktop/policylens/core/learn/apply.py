"""`analyze` with the models: what the CLI, the window and the PDF export call.

The shipped model (`shipped`, trained on the project's corpus) blends with the lexicon's
evidence first. The user's saved model then joins as an extra scorer (it can add categories),
and `refine` lets it overrule categories it is sure are wrong, in languages it was trained on.
`use_model=False` (`analyze --no-model`, POLICYLENS_NO_MODEL) gives the lexicon alone.

The saved model is read once per process and again only when its files change (the window
retrains in place); why it is not used (an old pickled model, a damaged file) is kept for the
caller to tell the user (`model_notices`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.learn.location import (
    LEGACY_MODEL_FILE,
    MANIFEST_FILE,
    MODEL_FILE,
    STACKED_FILES,
    model_dir,
    model_enabled,
    shipped_enabled,
)
from policylens.core.learn.model import LearnedModel

if TYPE_CHECKING:
    from policylens.core.analysis import Blender
    from policylens.core.learn.scoring import LearnedScorer
    from policylens.core.learn.shipped import ShippedModel

_lock = threading.Lock()
_cached: tuple[tuple[object, ...], LearnedModel | None, str | None] | None = None


def _state(directory: Path) -> tuple[object, ...]:
    def stamp(name: str) -> tuple[int, int] | None:
        try:
            status = (directory / name).stat()
        except OSError:
            return None
        return status.st_mtime_ns, status.st_size

    names = (MODEL_FILE, MANIFEST_FILE, LEGACY_MODEL_FILE, *STACKED_FILES)
    return (str(directory), *(stamp(n) for n in names))


def user_model() -> tuple[LearnedModel | None, str | None]:
    """(the user's saved model or None, why it is not used when there is something to say)."""
    global _cached
    directory = model_dir()
    state = _state(directory)
    with _lock:
        if _cached is not None and _cached[0] == state:
            return _cached[1], _cached[2]
    if state[1:4] == (None, None, None):
        model, notice = None, None
    else:
        from policylens.core.learn.storage import check_model

        model, notice = check_model(directory)
    with _lock:
        _cached = (state, model, notice)
    return model, notice


def model_notices() -> list[str]:
    """What the user should be told about the models (e.g. "train again"), if anything."""
    if not model_enabled():
        return []
    _, notice = user_model()
    return [notice] if notice else []


def prepare_models() -> None:
    """Read the shipped model (and import NumPy) now. The window calls this on a worker as
    soon as it is idle: importing NumPy's extension modules holds the GIL for ~0.1–0.2 s, and
    done during the first analysis it froze the window while a document was being shown."""
    if shipped_enabled():
        from policylens.core.learn.shipped import load_shipped

        load_shipped()


def analyze_with_model(
    document: Document,
    *,
    use_model: bool = True,
    use_shipped: bool | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Clause]:
    """`analysis.analyze` blended with the shipped model and combined with the user's saved
    model. `use_model` switches the user's model, `use_shipped` the shipped one (by default
    the same as `use_model`: the CLI's --no-model means the lexicon alone; the window's "Use
    Learned Model" switch is about the user's model only); POLICYLENS_NO_MODEL turns both off."""
    if use_shipped is None:
        use_shipped = use_model
    shipped = shipped_model() if use_shipped else None
    model = user_model()[0] if use_model and model_enabled() else None
    return analyze_with(document, shipped, model, progress=progress, cancelled=cancelled)


def shipped_model() -> ShippedModel | None:
    """The shipped model, or None when it is switched off (POLICYLENS_NO_MODEL, or a build
    without it)."""
    if not (model_enabled() and shipped_enabled()):
        return None
    from policylens.core.learn.shipped import load_shipped

    return load_shipped()


def analyze_with(
    document: Document,
    shipped: ShippedModel | None,
    model: LearnedModel | None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Clause]:
    """`analyze` with these models (None: without it). The user's model stacked on this
    shipped model (`stacked`) decides the categories it took over; in the others the user's
    model adds suggestions and vetoes the lexicon's (`scoring`); a model of paragraph labels
    vetoes only where `paragraph_unit` lets it."""
    from policylens.core.analysis import analyze

    blenders: list[Blender] = [shipped] if shipped is not None else []
    if model is None:
        return analyze(document, progress=progress, cancelled=cancelled, blenders=blenders)
    if model.stacked is None or model.stacked.unit != "paragraph":
        return _analyze_with_user_model(document, shipped, model, progress, cancelled)[0]
    # A paragraph model's vetoes stand unless it disagrees with the document wholesale
    # (`paragraph_unit.wholesale`), which takes the analysis without them to tell.
    from policylens.core.learn.paragraph_unit import wholesale

    halves = _halves(progress)
    vetoed, it_vetoed = _analyze_with_user_model(document, shipped, model, halves[0], cancelled)
    if not it_vetoed or (cancelled is not None and cancelled()):
        return vetoed
    plain, _ = _analyze_with_user_model(
        document, shipped, model, halves[1], cancelled, vetoes=False
    )
    return plain if wholesale(plain, vetoed) else vetoed


def _halves(
    progress: Callable[[float], None] | None,
) -> tuple[Callable[[float], None] | None, Callable[[float], None] | None]:
    """`progress` split over two analyses of one document."""
    if progress is None:
        return None, None
    report = progress
    return (lambda done: report(done / 2)), (lambda done: report(0.5 + done / 2))


def _analyze_with_user_model(
    document: Document,
    shipped: ShippedModel | None,
    model: LearnedModel,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    vetoes: bool = True,
) -> tuple[list[Clause], bool]:
    """The analysis, and whether the model's vetoes applied (`paragraph_unit.overrules`)."""
    from policylens.core.analysis import analyze
    from policylens.core.learn.scoring import LearnedScorer, refine
    from policylens.core.learn.stacked_blender import StackedBlender, usable_on

    blenders: list[Blender] = [shipped] if shipped is not None else []
    stacked = usable_on(model, shipped)
    if stacked is not None and shipped is not None:
        # It runs the shipped blend itself (see StackedBlender).
        blenders = [StackedBlender(model, stacked, shipped, vetoes=vetoes)]
    excluded = stacked.takeover if stacked is not None else frozenset()
    scorer = LearnedScorer(model, excluded, vetoes=vetoes)
    clauses = analyze(
        document,
        progress=progress,
        cancelled=cancelled,
        extra_scorers=[scorer],
        blenders=blenders,
    )
    return refine(scorer, document.text, clauses), scorer.vetoes


def default_scorers() -> list[LearnedScorer]:
    """The extra scorers `analyze` applies: the saved learned model, unless switched off."""
    if not model_enabled():
        return []
    from policylens.core.learn.scoring import LearnedScorer
    from policylens.core.learn.storage import load_model

    model = load_model()
    return [] if model is None else [LearnedScorer(model)]
