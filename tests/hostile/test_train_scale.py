"""`train` at scale (issue 17): 200 documents with 200 000 annotations ran past 600 s at 2.4 GB.

Categories with very many examples are sampled (repeats merged, fixed seed) and fitted by SGD,
features are built in batches, and the labels are read document by document. Here a library of
100 documents and 100 000 annotations trains through the real CLI within a memory bound, and
says what it sampled; `make bench` (`tests/bench/train.py`) measures the full size.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policylens.core.learn import TrainingExample, train
from tests.hostile.cli import measured_run
from tests.hostile.labelled_library import labelled_library
from tests.unit.learn_corpus import split
from tests.unit.test_learn_training import one_vs_rest


def test_a_library_of_100k_annotations_trains_in_bounded_memory(tmp_path: Path) -> None:
    library = tmp_path / "data" / "policylens.sqlite3"
    library.parent.mkdir()
    assert labelled_library(library, documents=100, annotations=100_000) == 100_000
    stdout, cpu, peak = measured_run(tmp_path, "train")
    print(f"train, 100 documents, 100 000 annotations: {cpu:.1f} s CPU, peak RSS {peak} MB")
    # 200k annotations took 2.4 GB before issue 17. Here (100k) the peak follows the cue
    # lexicons, which the analysis of every training clause reads: 431 MB at session 16's end,
    # 448 MB after session 17's cues (459 MB measured by a fresh clone's CI run), 484-502 MB
    # in session 19 (its start measured 492 MB the same day: ±10 MB from run to run). The
    # bound catches a return of unbounded growth, not the lexicons' slow growth, which
    # `make bench` (tests/bench/train.py) follows.
    assert peak < 600
    assert cpu < 120  # ~15 s on the development machine; past 600 s before
    assert "Model saved in" in stdout
    # Stacked on the shipped model too, on the same sample.
    assert "On top of the shipped model" in stdout
    sampled = [line for line in stdout.splitlines() if line.startswith("sampled ")]
    assert len(sampled) == 10, stdout  # every category has over 4 000 negatives
    shape = r"sampled \w+: \d+ of \d+ positives, 4000 of \d+ negatives \(.*fixed seed 0\)"
    assert all(re.fullmatch(shape, line) for line in sampled), sampled


@pytest.fixture
def small_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    import policylens.core.learn.sampling as sampling

    monkeypatch.setattr(sampling, "MAX_POSITIVES", 8)
    monkeypatch.setattr(sampling, "MAX_NEGATIVES", 40)


def _examples() -> list[TrainingExample]:
    examples = one_vs_rest(split()[0])
    # The same clause labelled by three annotators: repeats, merged before sampling.
    return examples + [e for e in examples if e.positive] * 2


def test_sampling_is_reported_repeatable_and_keeps_the_real_counts(small_caps: None) -> None:
    first, second = train(_examples()), train(_examples())
    sampled = first.trained_on["sampled"]
    assert set(sampled) == set(first.categories)
    retention = sampled["data_retention"]
    assert retention["positives"] == 8
    assert retention["positives_of"] == first.cv["data_retention"].positives == 30
    assert retention["negatives"] == 40
    assert retention["seed"] == 0
    assert (first.linear.hashed == second.linear.hashed).all()
    assert first.thresholds == second.thresholds


def test_below_the_caps_nothing_is_sampled() -> None:
    model = train(_examples())
    assert "sampled" not in model.trained_on
    assert model.cv["data_retention"].positives == 30
