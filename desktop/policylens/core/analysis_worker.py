"""A warm analysis process: `python -m policylens.core.analysis_worker`, driven by
`analysis_pool.AnalysisPool` over its stdin and stdout.

Frames both ways are an 8-byte big-endian length and a pickle (the two ends are the same
program). The worker reads the shipped model once, says it is ready, then answers each request
`(request_id, document, parts, index)` with the evidence of part `index` of `parts`
(`analysis_parts`): `(request_id, "ok", begin, end, evidence)` (`encode_evidence`), or
`(request_id, "error", message, traceback)`. It ends when its stdin closes (the window closed,
or the app died: no process is left behind).
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
# The analysis's first-time costs (`core.warm_up`) are paid once nothing was asked this long.
WARM_UP_AFTER_S = 0.5


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


def answer(request: tuple[int, Any, int, int]) -> tuple[Any, ...]:
    from policylens.core.analysis_parts import (
        cut_points,
        encode_evidence,
        part_evidence,
        part_ranges,
    )
    from policylens.core.gc_pause import cyclic_gc_paused
    from policylens.core.learn.apply import shipped_model
    from policylens.core.normalize import normalize_for_matching
    from policylens.core.segment import segment

    request_id, document, parts, index = request
    shipped = shipped_model()
    segments = segment(document)
    ranges = part_ranges(len(segments), cut_points(segments, shipped, parts))
    if index >= len(ranges):
        return (request_id, "ok", len(segments), len(segments), [])
    begin, end = ranges[index]
    normalized = normalize_for_matching(document.text)
    with cyclic_gc_paused():
        evidence = part_evidence(document, segments, normalized, shipped, begin, end)
    return (request_id, "ok", begin, end, encode_evidence(evidence))


def _asked(source: IO[bytes], wait_s: float = 0.0) -> bool:
    """Whether a request (or the end of the input) is waiting, or comes within `wait_s`. Asked
    only before anything is read: a buffered reader then holds nothing the file descriptor
    does not show."""
    try:
        return bool(select.select([source], [], [], wait_s)[0])
    except (OSError, ValueError):
        return True


def main() -> int:
    # The protocol owns the real stdout; anything printed goes to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    source = sys.stdin.buffer
    from policylens.core.learn.apply import prepare_models

    prepare_models()
    gc.freeze()  # the model and modules live as long as the process
    try:
        write_frame(out, READY)
    except BrokenPipeError:
        return 0  # the window went while this started
    from policylens.core.warm_up import warm_up

    # Not while a document is likely to come at once (a window just opened with a file):
    # a warm-up step then delays it.
    if not _asked(source, WARM_UP_AFTER_S):
        warm_up(lambda: _asked(source))
        gc.freeze()  # the compiled lexicons and patterns too
    while True:
        request = read_frame(source)
        if request is None:
            return 0
        try:
            reply = answer(request)
        except Exception as error:
            reply = (
                request[0],
                "error",
                f"{type(error).__name__}: {error}",
                traceback.format_exc(),
            )
        try:
            write_frame(out, reply)
        except BrokenPipeError:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
