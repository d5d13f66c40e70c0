"""Which way `analyze` decides each category once the user's model is stacked on the shipped
one, chosen by cross-validation on the user's own labels (documents kept in one fold).

Three ways are compared on the same out-of-fold rows (`stacked.train_stacked` computes their
F1s from the predictions it already has; no extra fit):

- BLEND, as before: the shipped blend (lexicon + shipped model), plus the user model's
  additions, less its strong vetoes (`scoring`);
- LEXICON: the same with the shipped model's blend undone for the category — the lexicon's
  evidence, plus the user model's additions and vetoes, as `analyze` does without the shipped
  model. Where the user's labels disagree with what the shipped model learned (its corpus is
  not the user's policies), its additions and kept cues cost more than they bring;
- STACKED: the stacked model decides (adds and removes) the category.

BLEND is the default; another way is taken only where its F1 beats BLEND's by `margin` (the
larger of MIN_GAIN and one standard error of its F1: a gain on few labels must be large), and
STACKED only with `MIN_POSITIVES` labels besides (it decides alone, so a noisy fit costs most).
"""

from __future__ import annotations

import math

from policylens.core.taxonomy import OTHER

BLEND = "blend"
LEXICON = "lexicon"
STACKED = "stacked"
# A model saved before LEXICON was a way: its plain model deciding (`stacked.USER_DECIDES`).
USER = "user"
PATHS = (BLEND, LEXICON, STACKED)

MIN_GAIN = 0.02
MIN_POSITIVES = 20


def margin(f1: float, positives: int) -> float:
    """How much a cross-validated F1 must beat another's to count (see the module doc)."""
    return max(MIN_GAIN, math.sqrt(f1 * (1 - f1) / max(1, positives)))


def chosen_path(category: str, positives: int, figures: dict[str, float]) -> str:
    """The way of `figures` (cross-validated F1 by way; BLEND's is required) that decides
    `category`: the best of those that beat BLEND by the margin, else BLEND. Ties go to the
    way that changes less (LEXICON before STACKED)."""
    if category == OTHER:
        return BLEND
    best, best_f1 = BLEND, figures[BLEND]
    for path in (LEXICON, STACKED):
        f1 = figures.get(path)
        if f1 is None or (path == STACKED and positives < MIN_POSITIVES):
            continue
        if f1 - margin(f1, positives) >= figures[BLEND] and f1 > best_f1:
            best, best_f1 = path, f1
    return best
