"""Learning from the annotators in the main window (issue 8): Tools ▸ Train from Annotations…
(Ctrl+T), Use Learned Model, Model Info…, Next to Label (Ctrl+L), and the analysis call that
adds the saved model (`analysis.analyze_with_model`). Nothing here imports scikit-learn until a
model is trained or used."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policylens.ui.features.learn.controller import LearningController
    from policylens.ui.host import Host

__all__ = ["install"]


def install(host: Host) -> LearningController:
    """Add the learning actions to the Tools menu."""
    from policylens.ui.features.learn.controller import LearningController

    return LearningController(host)
