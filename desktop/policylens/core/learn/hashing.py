"""Hashed n-gram features in NumPy alone: no fitted vocabulary, nothing to unpickle, fast.

Texts are read as `normalize_key` sees them (Arabic ي/ك, joiners, diacritics, digits, case
folded), then every digit becomes 0 ("5 years" and "30 days" share features) and every run of
non-word characters one space. Features, all hashed into `2**bits` buckets:
- character n-grams (3–5 by default), across word boundaries: they carry Persian without ZWNJ,
  Kazakh and Russian suffixes, German compounds, with no tokenizer or stemmer per language;
- word uni- and bigrams.

The hash of every span is computed at once from prefix sums (a polynomial hash mod 2**64, with
the inverse of the base so any span's hash is two lookups and a product), so featurising a 1 MB
policy costs some tens of milliseconds and no Python loop per character. The bucket is the top
`bits` bits of a multiplicative mix; each feature family has its own salt, and with per-language
weights the language code is mixed in too (the same n-gram in two languages, two buckets).

A text's features are tf-idf, L2-normalised per family (characters, words): each occurrence of
bucket b counts idf[b], and the family's vector is divided by sqrt(Σ idf[b]²) over its
occurrences — the exact L2 norm when no n-gram repeats in the clause, close to it otherwise, and
computable without counting per bucket. A linear model's score is then a sum over the text's
occurrences of (weight × idf)[b] divided by that norm, which `bucket_sums` computes without
building a sparse matrix (scipy costs a second to import; inference needs NumPy only).
"""

from __future__ import annotations

import itertools
import unicodedata
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

import numpy as np
import numpy.typing as npt

from policylens.core.normalize import NormalizedText, normalize_key

LanguageMode = Literal["shared", "per_language", "both"]
LANGUAGE_MODES: tuple[str, ...] = ("shared", "per_language", "both")

_BASE = np.uint64(0x100000001B3)  # odd, so it has an inverse mod 2**64
_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 2**64))
_MIX = np.uint64(0x9E3779B97F4A7C15)
_CHAR_SALT = 0x51ED270B27F5A3C1
_WORD_SALT = 0x2545F4914F6CDD1D
_NEWLINE = 10
_SPACE = 32

Int64Array = npt.NDArray[np.int64]
UInt64Array = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """How texts become hashed features (stored in the model's manifest)."""

    bits: int = 18
    char_sizes: tuple[int, ...] = (3, 4, 5)
    word_max: int = 2
    languages: LanguageMode = "shared"

    @property
    def buckets(self) -> int:
        return 1 << self.bits

    def to_json(self) -> dict[str, Any]:
        return {
            "bits": self.bits,
            "char_ngrams": list(self.char_sizes),
            "word_ngrams": self.word_max,
            "languages": self.languages,
        }


@dataclass(frozen=True, slots=True)
class Occurrences:
    """Every hashed feature occurrence of a batch of texts, per family (chars, words):
    `rows[k]` is the text, `buckets[k]` the bucket of the k-th occurrence."""

    rows: tuple[Int64Array, ...]
    buckets: tuple[Int64Array, ...]
    texts: int
    # Per family, where its runs begin and the last ends: a run is one n-gram size (and
    # language mode), its rows in text order.
    runs: tuple[tuple[int, ...], ...] = ()

    def norms(self, idf: npt.NDArray[np.float32]) -> list[npt.NDArray[np.float64]]:
        """Per family, 1 / sqrt(Σ idf[b]²) of each text's occurrences (0 for none)."""
        result = []
        squares = _squares(idf)
        for rows, buckets in zip(self.rows, self.buckets, strict=True):
            # mode="clip": see `bucket_sums`.
            total = np.bincount(
                rows, weights=np.take(squares, buckets, mode="clip"), minlength=self.texts
            )
            scale = np.zeros(self.texts, dtype=np.float64)
            np.divide(1.0, np.sqrt(total), out=scale, where=total > 0)
            result.append(scale)
        return result


def joined_keys(texts: Sequence[str]) -> str:
    """Texts normalised and joined as `occurrences` reads them (one newline between texts)."""
    return normalize_key("\n".join(t.replace("\r", " ").replace("\n", " ") for t in texts))


def joined_spans(normalized: NormalizedText, spans: Sequence[tuple[int, int]]) -> str:
    """`joined_keys` of the document's clauses `spans` (original offsets), read from the
    document's normalised text, which the analysis has computed anyway."""
    if not spans:
        return ""
    text = normalized.text
    bounds = iter(normalized.normalized_indices([offset for span in spans for offset in span]))
    return "\n".join(text[a:b].replace("\n", " ") for a, b in zip(bounds, bounds, strict=True))


# Code point → what the hash sees: itself (a letter, a mark), "0" (a digit), a space (anything
# else), the newline (between texts). Filled for the code points met, as they are met.
_UNKNOWN = np.uint32(0xFFFFFFFF)
_CLASS = np.full(0x10000, _UNKNOWN, dtype=np.uint32)


def _class_of(code: int) -> int:
    char = chr(code)
    if char == "\n":
        return _NEWLINE
    if char.isdigit():
        return ord("0")
    if char.isalnum() or unicodedata.category(char)[0] == "M":
        return code
    return _SPACE


def _codes(joined: str) -> npt.NDArray[np.uint64]:
    """The hash's view of `joined` as code points: digits → 0, runs of non-word characters →
    one space, each text padded with a space on both sides."""
    raw = np.frombuffer((" " + joined.replace("\n", " \n ") + " ").encode("utf-32-le"), np.uint32)
    wide = raw > 0xFFFF
    narrow = np.where(wide, 0, raw)
    present = np.flatnonzero(np.bincount(narrow, minlength=1))
    unknown = present[_CLASS[present] == _UNKNOWN]
    for code in unknown.tolist():
        _CLASS[code] = _class_of(code)
    mapped = _CLASS[narrow]
    if wide.any():
        mapped[wide] = [_class_of(code) for code in raw[wide].tolist()]
    is_space = mapped == _SPACE
    # (Arrays below are made with `np.empty` and only their first or last item set: each is
    # written whole right after, and zeroing ~3 million items first cost as much again.)
    keep = np.empty(len(mapped), dtype=bool)
    keep[:1] = True
    np.logical_not(is_space[1:] & is_space[:-1], out=keep[1:])
    result: npt.NDArray[np.uint64] = mapped[keep].astype(np.uint64)
    if _PREFIX_MI in joined or _SUFFIX_HA in joined:
        result = _joined_persian_affixes(result)
    return result


# Persian writes the verb prefix می/نمی and the plural ها/های with a ZWNJ ("می‌شود"), which
# `normalize_key` drops ("میشود"), or without one (the same word), but much real text (CMS
# translations, forums) puts a space there instead ("می شود", "داده ها"): words and n-grams
# the corpus never shows, so the model read such text as unlike anything it knew (on the dev
# policies with their ZWNJs made spaces, collection's recall fell 0.86 -> 0.84). The model
# reads the spaced spelling as the joined one.
_MEEM, _YEH, _NOON, _HEH, _ALEF = 0x645, 0x6CC, 0x646, 0x647, 0x627
_PREFIX_MI = "\u0645\u06cc "
_SUFFIX_HA = " \u0647\u0627"


def _joined_persian_affixes(codes: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """`codes` without the space after a word می/نمی before a word, and before ها/های/هایی
    ending a word after a word (`codes` begins and ends with a space)."""
    size = len(codes)

    def at(positions: Int64Array, offset: int) -> npt.NDArray[np.uint64]:
        return codes[np.clip(positions + offset, 0, size - 1)]

    def letter(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
        found: npt.NDArray[np.bool_] = (values != _SPACE) & (values != _NEWLINE)
        return found

    def boundary(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
        found: npt.NDArray[np.bool_] = (values == _SPACE) | (values == _NEWLINE)
        return found

    # "می " / "نمی " as a word, then a word: the space at yeh + 1 goes.
    yeh = np.flatnonzero(codes == _YEH).astype(np.int64)
    yeh = yeh[(yeh >= 2) & (yeh + 2 < size)]
    before = at(yeh, -2)
    prefix = (
        (at(yeh, -1) == _MEEM)
        & (at(yeh, 1) == _SPACE)
        & letter(at(yeh, 2))
        & (boundary(before) | ((before == _NOON) & boundary(at(yeh, -3)) & (yeh >= 3)))
    )
    # A word, then " ها" / " های" / " هایی" ending a word: the space at heh - 1 goes.
    heh = np.flatnonzero(codes == _HEH).astype(np.int64)
    heh = heh[(heh >= 2) & (heh + 2 < size)]
    after = at(heh, 2)
    suffix = (
        (at(heh, 1) == _ALEF)
        & (at(heh, -1) == _SPACE)
        & letter(at(heh, -2))
        & (
            boundary(after)
            | ((after == _YEH) & boundary(at(heh, 3)))
            | ((after == _YEH) & (at(heh, 3) == _YEH) & boundary(at(heh, 4)))
        )
    )
    drop = np.concatenate([yeh[prefix] + 1, heh[suffix] - 1])
    if not len(drop):
        return codes
    joined: npt.NDArray[np.uint64] = np.delete(codes, drop)
    return joined


def _language_salt(language: str) -> np.uint64:
    value = 0xCBF29CE484222325
    for char in language.split("-")[0].lower():
        value = ((value ^ ord(char)) * 0x100000001B3) % 2**64
    return np.uint64(value)


def _mixed(hashes: UInt64Array, salt: Any, bits: int) -> Int64Array:
    with np.errstate(over="ignore"):
        mixed = (hashes ^ salt) * _MIX
    result: Int64Array = (mixed >> np.uint64(64 - bits)).astype(np.int64)
    return result


def _mixed_in_place(hashes: UInt64Array, bits: int) -> Int64Array:
    """`_mixed(hashes, 0, bits)` written over `hashes` (a 1 MB text has some three million
    of them: no temporary copies). The buckets are below 2**bits, so the view as int64 holds
    the same numbers."""
    with np.errstate(over="ignore"):
        np.multiply(hashes, _MIX, out=hashes)
    np.right_shift(hashes, np.uint64(64 - bits), out=hashes)
    result: Int64Array = hashes.view(np.int64)
    return result


# The powers of the base and of its inverse (mod 2**64) from the 0th on, kept for the texts of an
# analysis batch (a batch of ~1,000 clauses is ~200,000 codes): each is the same product
# however far it was computed, and a batch's two products were a twentieth of its hashing.
# A longer text (training) computes its own, so the kept arrays stay small.
_POWERS_KEPT = 1 << 19
_kept_powers: tuple[UInt64Array, UInt64Array] = (
    np.ones(1, dtype=np.uint64),
    np.ones(1, dtype=np.uint64),
)


def _powers(count: int) -> tuple[UInt64Array, UInt64Array]:
    """(base**k, base**-k) mod 2**64 for k < `count`, read-only."""
    global _kept_powers
    powers, inverse = _kept_powers
    if len(powers) >= count:
        return powers[:count], inverse[:count]
    length = min(max(count, 2 * len(powers)), _POWERS_KEPT) if count <= _POWERS_KEPT else count
    made = []
    for factor in (_BASE, _BASE_INVERSE):
        values = np.empty(length, dtype=np.uint64)
        values[0] = 1
        values[1:] = factor
        with np.errstate(over="ignore"):
            np.cumprod(values, out=values)
        values.flags.writeable = False
        made.append(values)
    if length <= _POWERS_KEPT:
        _kept_powers = (made[0], made[1])
    return made[0][:count], made[1][:count]


# What is made from a model's arrays is kept for the last few models scored.
_MODELS_KEPT = 4
T = TypeVar("T")


class _PerArray(Generic[T]):
    """What was made from an array, remembered per array object (by identity, through a weak
    reference: a model dropped or retrained is not kept alive), for the last few arrays. A
    model's arrays are never changed in place, so what was made from one stays right."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: list[tuple[weakref.ref[npt.NDArray[Any]], T]] = []

    def get(self, array: npt.NDArray[Any], make: Callable[[npt.NDArray[Any]], T]) -> T:
        for known, made in self._entries:
            if known() is array:
                return made
        made = make(array)
        self._entries[:] = [entry for entry in self._entries if entry[0]() is not None]
        self._entries.insert(0, (weakref.ref(array), made))
        del self._entries[self._size :]
        return made


# idf² in float64 per idf array (the shipped model's for the life of the process).
_squares_cache: _PerArray[npt.NDArray[np.float64]] = _PerArray(_MODELS_KEPT)


def _squares(idf: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    """`np.square(idf.astype(np.float64))`, made once per idf array: 2**18 values squared per
    batch of an analysis."""
    return _squares_cache.get(idf, _square)


def _square(idf: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    squares = np.square(idf.astype(np.float64))
    squares.flags.writeable = False
    return squares


def occurrences(
    joined: str, count: int, spec: FeatureSpec, languages: Sequence[str] | None = None
) -> Occurrences:
    """The hashed features of `count` texts given as `joined_keys`/`joined_spans` (their
    languages are needed unless the spec is "shared")."""
    codes = _codes(joined) if count else np.zeros(0, dtype=np.uint64)
    size = len(codes)
    powers, inverse_powers = _powers(size + 1)
    with np.errstate(over="ignore"):
        prefix = np.empty(size + 1, dtype=np.uint64)
        prefix[0] = 0
        scaled = np.multiply(codes, inverse_powers[:size])
        np.cumsum(scaled, out=prefix[1:])
    is_newline = codes == _NEWLINE
    newlines = np.empty(size + 1, dtype=np.int64)
    newlines[0] = 0
    np.cumsum(is_newline, out=newlines[1:])

    # Characters: every start position at once, by slices (no gathers), the n-grams that
    # cross into the next text left out; written straight into one array per family (the
    # concatenations of per-size arrays cost as much as the hashing).
    sizes = [n for n in spec.char_sizes if size >= n]
    inside = [newlines[n:] == newlines[: size + 1 - n] for n in sizes]
    kept = [int(np.count_nonzero(mask)) for mask in inside]
    char_runs = tuple(itertools.accumulate(kept, initial=0))
    char_hashes = np.empty(sum(kept), dtype=np.uint64)
    char_rows = np.empty(sum(kept), dtype=np.int64)
    at = 0
    for n, mask, length in zip(sizes, inside, kept, strict=True):
        # The hash of codes[a:a+n] for every a.
        with np.errstate(over="ignore"):
            hashes = np.subtract(prefix[n:], prefix[: size + 1 - n])
            np.multiply(hashes, powers[n - 1 : size], out=hashes)
            np.add(hashes, np.uint64(_CHAR_SALT * n % 2**64), out=hashes)
        # (Boolean indexing, then a copy: `np.compress` with `out` is ten times slower.)
        char_hashes[at : at + length] = hashes[mask]
        char_rows[at : at + length] = newlines[: size + 1 - n][mask]
        at += length

    separator = (codes == _SPACE) | is_newline
    word_start = np.flatnonzero(~separator[1:] & separator[:-1]) + 1
    word_end = np.flatnonzero(~separator[:-1] & separator[1:]) + 1
    word_hashes: list[UInt64Array] = []
    word_rows: list[Int64Array] = []
    word_text = newlines[word_start]
    for n in range(1, spec.word_max + 1):
        if len(word_start) < n:
            continue
        first, last = word_start[: len(word_start) - n + 1], word_end[n - 1 :]
        same = word_text[: len(word_text) - n + 1] == word_text[n - 1 :]
        first, last = first[same], last[same]
        with np.errstate(over="ignore"):
            hashes = (prefix[last] - prefix[first]) * powers[last - 1]
            hashes += np.uint64(_WORD_SALT * n % 2**64)
        word_hashes.append(hashes)
        word_rows.append(newlines[first])

    rows_out: list[Int64Array] = []
    buckets_out: list[Int64Array] = []
    runs_out: list[tuple[int, ...]] = []
    word_runs = tuple(itertools.accumulate((len(h) for h in word_hashes), initial=0))
    for all_hashes, all_rows, family_runs in (
        (char_hashes, char_rows, char_runs),
        (_joined(word_hashes, np.uint64), _joined(word_rows, np.int64), word_runs),
    ):
        # "both" holds the family twice: the shared copy, then the per-language one.
        copies = 2 if spec.languages == "both" else 1
        runs_out.append(
            tuple(
                dict.fromkeys(
                    at + copy * len(all_rows) for copy in range(copies) for at in family_runs
                )
            )
        )
        family_rows: list[Int64Array] = []
        family_buckets: list[Int64Array] = []
        if spec.languages in ("per_language", "both"):
            if languages is None or len(languages) != count:
                raise ValueError("per-language features need the language of every text")
        if spec.languages == "shared":
            rows_out.append(all_rows)
            buckets_out.append(_mixed_in_place(all_hashes, spec.bits))
            continue
        if spec.languages == "both":
            family_rows.append(all_rows)
            family_buckets.append(_mixed(all_hashes, np.uint64(0), spec.bits))
        assert languages is not None
        salts = np.array([_language_salt(lang) for lang in languages], dtype=np.uint64)
        family_rows.append(all_rows)
        family_buckets.append(
            _mixed(all_hashes, salts[all_rows] if count else np.uint64(0), spec.bits)
        )
        rows_out.append(np.concatenate(family_rows))
        buckets_out.append(np.concatenate(family_buckets))
    return Occurrences(tuple(rows_out), tuple(buckets_out), count, tuple(runs_out))


def _joined(parts: list[Any], dtype: Any) -> Any:
    """`parts` as one array (no copy of a single part; an empty one of `dtype` for none)."""
    if not parts:
        return np.zeros(0, dtype=dtype)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def bucket_sums(
    found: Occurrences,
    weights_by_column: npt.NDArray[np.float32],
    idf: npt.NDArray[np.float32],
) -> npt.NDArray[np.float64]:
    """(texts × columns): the hashed part of a linear model's decision function, for weights
    with the idf folded in (weight × idf per bucket). `weights_by_column` is (columns ×
    buckets), C-contiguous: one column's weights (1 MB at 18 bits) stay in the CPU cache while
    its gather runs, about twice as fast as gathering whole rows."""
    columns = weights_by_column.shape[0]
    total = np.zeros((found.texts, columns), dtype=np.float64)
    norms = found.norms(idf)
    grouped = _grouped(weights_by_column)
    alone = sum(width * len(table) for width, table in grouped)
    texts = np.arange(found.texts)
    for family, (rows, buckets, scale) in enumerate(
        zip(found.rows, found.buckets, norms, strict=True)
    ):
        # A family is a few runs, each in text order (one per n-gram size and language mode):
        # per run, `reduceat` sums each text's slice in float32 (bincount would convert every
        # weight to float64 first, twice the time). The runs as `occurrences` made them: found
        # from where the rows go back, two runs of one text (a batch of one) were one.
        breaks = (
            list(found.runs[family])
            if found.runs
            else [0, *(np.flatnonzero(np.diff(rows) < 0) + 1).tolist(), len(rows)]
        )
        for begin, end in itertools.pairwise(breaks):
            if begin == end:
                continue
            run_rows, run_buckets = rows[begin:end], buckets[begin:end]
            first = np.searchsorted(run_rows, texts, side="left")
            after = np.searchsorted(run_rows, texts, side="right")
            empty = after == first
            # Each text's own slice, [first, after): the last text's slice then does not run
            # on to the end (the zero below). A sum over one more element is grouped otherwise
            # (NumPy sums by blocks of 8), and a text's score changed in the 8th digit with the
            # texts after it in its batch; the analysis processes cut a document anywhere.
            bounds = np.empty(2 * found.texts, dtype=np.intp)
            bounds[0::2], bounds[1::2] = first, after
            # Four or two columns per gather (see `_grouped`); each column is then summed from
            # its strided view by the same pairwise summation, to the same bits.
            column = 0
            for width, table in grouped:
                several = np.empty(end - begin + 1, dtype=table.dtype)
                several[-1] = 0
                lanes = several.view(weights_by_column.dtype).reshape(-1, width)
                for group in table:
                    np.take(group, run_buckets, out=several[:-1], mode="clip")
                    for lane in range(width):
                        sums = np.add.reduceat(lanes[:, lane], bounds)[0::2]
                        sums[empty] = 0.0
                        total[:, column] += sums * scale
                        column += 1
            gathered = np.empty(end - begin + 1, dtype=weights_by_column.dtype)
            gathered[-1] = 0.0
            for column in range(alone, columns):
                # One zero past the end: a text after the last occurrence starts there.
                # Buckets are below 2**bits by construction: mode="clip" skips numpy's
                # bounds check and its error path, half the time of the gather.
                np.take(weights_by_column[column], run_buckets, out=gathered[:-1], mode="clip")
                sums = np.add.reduceat(gathered, bounds)[0::2]
                sums[empty] = 0.0
                total[:, column] += sums * scale
    return total


# The weights of the last few models scored, columns side by side (`_grouped`).
_grouped_cache: _PerArray[list[tuple[int, npt.NDArray[Any]]]] = _PerArray(_MODELS_KEPT)
# Columns per gathered item: four float32 as one complex128 (16 bytes, a type NumPy's gather
# copies whole), two as one uint64. (Wider items, NumPy's void types, gather slower.)
_WIDTHS = ((4, np.complex128), (2, np.uint64))


def _grouped(weights_by_column: npt.NDArray[Any]) -> list[tuple[int, npt.NDArray[Any]]]:
    """[(width, (groups × buckets) table)]: the first columns of float32 weights, `width` of
    them side by side as one item, so that one gather fetches them all: the gathers are most
    of the time of `bucket_sums` (a column is about the size of the CPU's L2 cache, and most
    bucket reads miss it), and a group of four costs one miss instead of four (measured:
    1 MB English, 123 → 72 ms with pairs, ~ -60 % of the gathers' time with fours). The
    columns left over are gathered one by one. Remembered per weight array (the shipped
    model's for the life of the process: a model's weights are never changed in place)."""
    if weights_by_column.dtype != np.float32:
        return []
    return _grouped_cache.get(weights_by_column, _group)


def _group(weights_by_column: npt.NDArray[Any]) -> list[tuple[int, npt.NDArray[Any]]]:
    grouped: list[tuple[int, npt.NDArray[Any]]] = []
    first, columns = 0, weights_by_column.shape[0]
    for width, item in _WIDTHS:
        groups = (columns - first) // width
        if groups == 0:
            continue
        block = weights_by_column[first : first + groups * width]
        side_by_side = np.ascontiguousarray(block.reshape(groups, width, -1).transpose(0, 2, 1))
        grouped.append((width, side_by_side.view(item).reshape(groups, -1)))
        first += groups * width
    return grouped


def document_frequency_idf(found: Occurrences, buckets: int) -> npt.NDArray[np.float32]:
    """Smoothed idf per bucket over the texts of `found`: log((1 + n) / (1 + df)) + 1."""
    seen = np.zeros(buckets, dtype=np.int64)
    for rows, family_buckets in zip(found.rows, found.buckets, strict=True):
        pairs = np.unique(rows * buckets + family_buckets)
        seen += np.bincount(pairs % buckets, minlength=buckets)
    idf: npt.NDArray[np.float32] = (np.log((1.0 + found.texts) / (1.0 + seen)) + 1.0).astype(
        np.float32
    )
    return idf


def sparse_matrix(found: Occurrences, buckets: int, idf: npt.NDArray[np.float32]) -> Any:
    """The same features as a scipy CSR matrix, tf-idf values (training only: scipy is slow
    to import). A model fitted on it scores `bucket_sums` with its coefficients × idf."""
    from scipy.sparse import csr_matrix

    norms = found.norms(idf)
    rows = np.concatenate(found.rows)
    columns = np.concatenate(found.buckets)
    values = np.concatenate(
        [
            idf[family_buckets].astype(np.float64) * scale[family_rows]
            for family_rows, family_buckets, scale in zip(
                found.rows, found.buckets, norms, strict=True
            )
        ]
    )
    matrix = csr_matrix((values, (rows, columns)), shape=(found.texts, buckets))
    matrix.sum_duplicates()
    return matrix
