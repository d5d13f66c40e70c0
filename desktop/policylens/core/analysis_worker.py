"""A warm analysis process: `python -m policylens.core.analysis_worker`, driven by
`analysis_pool.AnalysisPool` over its stdin and stdout.

Frames both ways are an 8-byte big-endian length and a pickle (the two ends are the same
program). The worker reads the shipped model once, says it is ready, then answers each request
`(request_id, document)`: it cuts the clauses into chunks (`analysis_parts.chunk_ranges`) and
finds their evidence from the last chunk back, while the caller does the same from the first
on. Before each chunk it says `(request_id, "taking", index)`, after it
`(request_id, "done", index, begin, end, evidence)` (`encode_evidence`); the caller's
`(CLAIM, request_id, index)` says it has taken the chunks up to `index`, and the worker stops
where they meet: `(request_id, "end")`. An error is `(request_id, "error", message,
traceback)`. A new request arriving meanwhile ends the one being answered (its caller gave up
on it). The worker ends when its stdin closes (the window closed, or the app died: no process
is left behind).
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import struct
import sys
import traceback
from typing import IO, Any

_HEADER = struct.Struct(">Q")
READY = "ready"


def frame(value: Any) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def write_frame(stream: IO[bytes], value: Any) -> None:
    write_bytes(stream, frame(value))


def write_bytes(stream: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:  # an unbuffered pipe may take part of it
        written = stream.write(view)
        view = view[written if written is not None else len(view) :]
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any | None:
    """The next value, or None at the end of the stream."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    data = _read_exactly(stream, _HEADER.unpack(header)[0])
    if data is None:
        return None
    return pickle.loads(data)  # our own parent or child, over a private pipe


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


CLAIM = "claim"


class _Ended(Exception):
    """The input closed: the window went."""


def answer(request: tuple[int, Any], source: IO[bytes], out: IO[bytes]) -> Any | None:
    """Answer `request` chunk by chunk; the next request if one came meanwhile."""
    from policylens.core.analysis_parts import chunk_ranges, encode_evidence, part_evidence
    from policylens.core.gc_pause import cyclic_gc_paused
    from policylens.core.learn.apply import shipped_model
    from policylens.core.normalize import normalize_for_matching
    from policylens.core.segment import segment

    request_id, document = request
    shipped = shipped_model()
    segments = segment(document)
    ranges = chunk_ranges(segments)
    normalized = normalize_for_matching(document.text)
    claimed = -1  # the caller has taken the chunks up to this one
    for index in reversed(range(len(ranges))):
        claimed, following = _claims(source, request_id, claimed)
        if following is not None:
            return following
        if index <= claimed:
            break
        write_frame(out, (request_id, "taking", index))
        begin, end = ranges[index]
        with cyclic_gc_paused():
            evidence = part_evidence(document, segments, normalized, shipped, begin, end)
        write_frame(out, (request_id, "done", index, begin, end, encode_evidence(evidence)))
    write_frame(out, (request_id, "end"))
    return None


def _claims(source: IO[bytes], request_id: int, claimed: int) -> tuple[int, Any | None]:
    """The caller's claims waiting on the input (the highest chunk it has taken), and a new
    request if one came instead."""
    while _asked(source):
        frame = read_frame(source)
        if frame is None:
            raise _Ended
        if frame[0] != CLAIM:
            return claimed, frame
        if frame[1] == request_id:
            claimed = max(claimed, frame[2])
    return claimed, None


def _asked(source: IO[bytes]) -> bool:
    """Whether a frame (or the end of the input) is waiting. The input is unbuffered: what it
    has is what its file descriptor shows."""
    try:
        return bool(select.select([source], [], [], 0)[0])
    except (OSError, ValueError):
        return True


def main() -> int:
    # The protocol owns the real stdout; anything printed goes to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # Unbuffered: a frame read ahead into a buffer would be unseen by `select`.
    source: IO[bytes] = os.fdopen(sys.stdin.fileno(), "rb", buffering=0)
    from policylens.core.learn.apply import prepare_models

    prepare_models()
    gc.freeze()  # the model and modules live as long as the process
    try:
        write_frame(out, READY)
    except BrokenPipeError:
        return 0  # the window went while this started
    from policylens.core.warm_up import warm_up

    # At once, even when a document is likely to come soon (a window just opened with a
    # file): a request waits for the step under way (~10-50 ms), and the worker's first chunk
    # of a 1 MB Persian policy then takes ~25 ms of CPU instead of ~65 (A/B, 6 opens each:
    # median 0.62 s against 0.67 s to the last highlight, waiting 0.5 s for quiet first).
    warm_up(lambda: _asked(source))
    gc.freeze()  # the compiled lexicons and patterns too
    following: Any | None = None
    while True:
        request = following if following is not None else read_frame(source)
        following = None
        if request is None:
            return 0
        if request[0] == CLAIM:
            continue  # for an analysis already answered
        try:
            following = answer(request, source, out)
        except (_Ended, BrokenPipeError):
            return 0
        except Exception as error:
            try:
                write_frame(
                    out,
                    (
                        request[0],
                        "error",
                        f"{type(error).__name__}: {error}",
                        traceback.format_exc(),
                    ),
                )
            except BrokenPipeError:
                return 0


if __name__ == "__main__":
    raise SystemExit(main())
