"""Where a model of paragraph labels may overrule the shipped model and the lexicon.

A user who imports paragraph-level labels (OPP-115's, say) trains a model of paragraphs
(`StackedModel.unit`). In documents written in paragraphs, as the texts it learned from were,
its "no" is worth as much as its "yes": its vetoes are most of its lift (OPP-115, 3 folds:
without them the user's model on top of the shipped one kept little of its edge over the
shipped model alone, 0.699 / 0.708 against 0.688 / 0.701 in the first two folds). In a
document written a clause or a list item a line, its "no" says little: a single line lacks
most of a paragraph's words. There it vetoed what the shipped model had right (trained on all
29 OPP-115 dev policies and scored on the team's English policies, `learn_lift --cross`: the
held-out dev policies 0.861 with the shipped model alone, 0.660 with the user's model on top;
the English sample 0.872 -> 0.559). So there it only adds, and neither its vetoes nor
`scoring.refine`'s apply: 0.860 and 0.872 on those sets; on OPP-115's folds 0.780 / 0.759 /
0.790 (0.780 / 0.759 / 0.784 before: the one policy there written a clause a line gains).
The two paragraph-written English dev policies still lose to it (a hospital's HIPAA notice
0.860 -> 0.699: OPP-115's annotators leave headings and many access rights unlabelled, and
the model learned that; keeping headings from its veto cost OPP-115's first fold 0.027).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from policylens.core.learn.model import LearnedModel
from policylens.core.segment import Segment

# A document is written in paragraphs when this share of its body text (its clauses but the
# headings, by characters) lies in lines of two clauses or more. OPP-115's policies: 0.74 to
# 1.0 but one (0.29); the team's English dev policies 0.0 to 0.76 (two above 0.7), the English
# sample 0.27. At 0.75 the AOL policy (0.74) lost its vetoes and OPP-115's first fold 0.039.
PARAGRAPH_SHARE = 0.7


def written_in_paragraphs(segments: Sequence[Segment]) -> bool:
    """Whether most of the document's body text runs in lines of several clauses."""
    body = [s for s in segments if s.kind != "heading"]
    clauses_per_line = Counter(s.paragraph for s in body)
    total = sum(s.end - s.start for s in body)
    in_paragraphs = sum(s.end - s.start for s in body if clauses_per_line[s.paragraph] >= 2)
    return total > 0 and in_paragraphs >= PARAGRAPH_SHARE * total


def overrules(model: LearnedModel, segments: Sequence[Segment]) -> bool:
    """Whether `model` may veto the categories of this document's clauses."""
    stacked = model.stacked
    return stacked is None or stacked.unit != "paragraph" or written_in_paragraphs(segments)
