"""The ten category colours, the white page and the selection stay apart for readers with
deuteranopia or protanopia, measured: each colour simulated with Machado, Oliveira & Fernandes
(2009) at full severity, then CIEDE2000 distances between every pair."""

from __future__ import annotations

import itertools

import pytest

from policylens.core.taxonomy import load_taxonomy
from policylens.view.palette import selection_colors

coloraide = pytest.importorskip("coloraide", reason="coloraide (dev dependency) simulates CVD")
Color = coloraide.Color

# ΔE2000 ≈ 2 is a just-noticeable difference; 10 is "clearly a different colour" side by side.
MIN_DISTANCE = 10.0


def palette() -> dict[str, str]:
    colors = {c.id: c.color for c in load_taxonomy().categories}
    colors["(page)"] = "#ffffff"
    colors["(selection)"] = selection_colors().background
    return colors


def seen(color: str, vision: str) -> object:
    c = Color(color)
    return c if vision == "normal" else c.filter(vision, method="machado").clip()


@pytest.mark.parametrize("vision", ["normal", "deutan", "protan"])
def test_every_pair_of_colours_stays_distinguishable(vision: str) -> None:
    colors = palette()
    too_close = []
    for (a, ca), (b, cb) in itertools.combinations(colors.items(), 2):
        distance = seen(ca, vision).delta_e(seen(cb, vision), method="2000")  # type: ignore[attr-defined]
        if distance < MIN_DISTANCE:
            too_close.append(f"{a} {ca} / {b} {cb}: ΔE00 {distance:.1f}")
    assert not too_close, f"{vision}: " + "; ".join(too_close)


def test_the_pairs_that_collided_are_now_apart() -> None:
    colors = palette()
    for a, b in (
        ("(selection)", "data_security"),
        ("first_party_collection_use", "data_security"),  # light blue / blue
        ("policy_change", "do_not_track"),  # pear / olive
        ("first_party_collection_use", "international_specific_audiences"),
    ):
        for vision in ("normal", "deutan", "protan"):
            distance = seen(colors[a], vision).delta_e(seen(colors[b], vision), method="2000")  # type: ignore[attr-defined]
            assert distance >= MIN_DISTANCE, (a, b, vision, distance)


def test_the_selection_is_dark_with_light_text() -> None:
    selection = selection_colors()
    background, text = Color(selection.background), Color(selection.text)
    assert background.contrast(text) >= 7  # white text on it reads
    assert all(
        Color(c.color).luminance() > background.luminance() * 3 for c in load_taxonomy().categories
    )
