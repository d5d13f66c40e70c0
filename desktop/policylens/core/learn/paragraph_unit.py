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

Written in paragraphs is not enough, though: a model of 2015 US web policies also vetoed most
of what the shipped model found in modern policies written in paragraphs (a GDPR app's
"You have the right to access your data (Art. 15 GDPR)…" has few of the words OPP-115's access
paragraphs use). So where its vetoes would strike out more than MAX_VETOED_SHARE of the
categories found without them, it disagrees with the document wholesale, a sign of text unlike
what it learned from rather than of the shipped model's mistakes, and it only adds there
(`wholesale`). Trained on all 29 OPP-115 dev policies, its vetoes struck out 0.44 to 0.72 of the
categories of the five team policies written most in paragraphs, which they cost 0.25 to 0.53
macro-F1 each (a mood-diary app 0.971 -> 0.444); on OPP-115's own policies, held out in three
folds, 0.14 to 0.38 (where they gain: the folds' vetoes are most of the model's lift).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from policylens.core.clause import Clause
from policylens.core.learn.model import LearnedModel
from policylens.core.segment import Segment
from policylens.core.taxonomy import OTHER

# A document is written in paragraphs when this share of its body text (its clauses but the
# headings, by characters) lies in lines of two clauses or more. OPP-115's policies: 0.74 to
# 1.0 but one (0.29); the team's English dev policies 0.0 to 0.76 (two above 0.7), the English
# sample 0.27. At 0.75 the AOL policy (0.74) lost its vetoes and OPP-115's first fold 0.039.
PARAGRAPH_SHARE = 0.7
# See the module's docstring. Under MIN_FOUND categories found, a share says too little (one
# short paragraph, a pasted excerpt): there the vetoes stand.
MAX_VETOED_SHARE = 0.4
MIN_FOUND = 20


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


def found(clauses: Sequence[Clause]) -> set[tuple[int, str]]:
    """The categories of each clause (by its start), `other` aside."""
    return {
        (c.start, category) for c in clauses for category in c.category_ids if category != OTHER
    }


def wholesale(without_vetoes: Sequence[Clause], with_vetoes: Sequence[Clause]) -> bool:
    """Whether a model's vetoes strike out so much of what was found without them that it
    disagrees with the document as a whole (see the module's docstring)."""
    before = found(without_vetoes)
    struck = before - found(with_vetoes)
    return len(before) >= MIN_FOUND and len(struck) > MAX_VETOED_SHARE * len(before)
