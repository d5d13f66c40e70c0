"""The compare window's words: mode and colouring names, the relation counts and the summary
line above the panes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from policylens.core.compare import Comparison
from policylens.ui.features.compare.pane import RELATION_NAMES
from policylens.ui.infra.i18n import QT_TRANSLATE_NOOP, format_number
from policylens.view.compare_job import CompareResult
from policylens.view.compare_marks import ColourBy

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "…")

MODE_LABELS = {
    # English here, translated where shown: translate("Compare", MODE_LABELS[...]).
    "versions": QT_TRANSLATE_NOOP("Compare", "Versions of one policy"),
    "policies": QT_TRANSLATE_NOOP("Compare", "Two different policies"),
    "translation": QT_TRANSLATE_NOOP("Compare", "A policy and its translation"),
}
COLOUR_LABELS: dict[ColourBy, str] = {
    "changes": QT_TRANSLATE_NOOP("Compare", "Changes"),
    "categories": QT_TRANSLATE_NOOP("Compare", "Categories"),
}


def counts_text(comparison: Comparison | None) -> str:
    if comparison is None:
        return ""
    counts: dict[str, int] = {}
    for pair in comparison.pairs:
        counts[pair.relation] = counts.get(pair.relation, 0) + 1
    return translate("Compare", ", ").join(
        translate("Compare", "{0} {1}").format(
            format_number(n), translate("Compare", RELATION_NAMES.get(relation, relation))
        )
        for relation, n in counts.items()
    )


def summary_text(result: CompareResult, names: dict[str, str]) -> str:
    comparison = result.comparison
    parts = [counts_text(comparison)]
    if comparison.mode == "policies":
        silent = comparison.silent_categories()
        for side in ("a", "b"):
            silent_names = [names.get(c, c) for c, s in silent.items() if s == side]
            if silent_names:
                parts.append(
                    translate("Compare", "{0} says nothing about: {1}").format(
                        side.upper(), translate("Compare", ", ").join(silent_names)
                    )
                )
    if result.carried or result.unplaced:
        text = translate("Compare", "{} annotation(s) of A shown on B").format(
            format_number(len(result.carried))
        )
        if result.unplaced:
            text += translate(
                "Compare", ", {} not placed (their clause was removed or rewritten)"
            ).format(format_number(result.unplaced))
        parts.append(text)
    return "  ·  ".join(p for p in parts if p)


def position_text(comparison: Comparison | None, position: int) -> str:
    """ "3 of 12" differences (position -1: none chosen yet)."""
    if comparison is None:
        return ""
    total = len(comparison.differences())
    if total == 0:
        return translate("Compare", "no differences")
    if position < 0:
        return translate("Compare", "– of {}").format(format_number(total))
    return translate("Compare", "{0} of {1}").format(
        format_number(position + 1), format_number(total)
    )
