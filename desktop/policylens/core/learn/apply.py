"""`analyze` with the learned model: what the CLI and the window call.

The model joins `analysis.analyze` as an extra scorer (it can add categories), then `refine`
lets it overrule lexicon categories it is sure are wrong, in languages it was trained on. On
OPP-115 (measured outside the project) the veto brings most of the lift: the lexicon's
weakness is precision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from policylens.core.clause import Clause
from policylens.core.document import Document
from policylens.core.learn.location import model_enabled

if TYPE_CHECKING:
    from policylens.core.learn.scoring import LearnedScorer


def analyze_with_model(
    document: Document,
    *,
    use_model: bool = True,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Clause]:
    """`analysis.analyze`, combined with the saved learned model when there is one and
    `use_model` (and the POLICYLENS_NO_MODEL switch) allow it."""
    from policylens.core.analysis import analyze
    from policylens.core.learn.location import model_path

    if not (use_model and model_enabled() and model_path().exists()):
        # No model to combine: skip importing scikit-learn (~1 s) altogether.
        return analyze(document, progress=progress, cancelled=cancelled)
    from policylens.core.learn.scoring import refine

    scorers = default_scorers()
    clauses = analyze(document, progress=progress, cancelled=cancelled, extra_scorers=scorers)
    for scorer in scorers:
        clauses = refine(scorer, document.text, clauses)
    return clauses


def default_scorers() -> list[LearnedScorer]:
    """The extra scorers `analyze` applies: the saved learned model, unless switched off."""
    if not model_enabled():
        return []
    from policylens.core.learn.scoring import LearnedScorer
    from policylens.core.learn.storage import load_model

    model = load_model()
    return [] if model is None else [LearnedScorer(model)]
