"""The size check before PDFium reads a file: no compressed stream may unpack to more than
`MAX_PDF_STREAM_BYTES` (a 1 MB "stream bomb" can hold gigabytes of page content, and PDFium
would unpack and parse all of it). Each Flate stream is inflated in steps and dropped; only
the count is kept, so the check itself needs little memory (~20 ms for a 100-page policy)."""

from __future__ import annotations

import re
import zlib

from policylens.core.errors import LoadError
from policylens.core.limits import MAX_PDF_STREAM_BYTES, megabytes

_STREAM = re.compile(rb"stream\r?\n")
_STEP = 4 * 1024 * 1024


def check_stream_sizes(data: bytes, name: str) -> None:
    position = 0
    while True:
        found = _STREAM.search(data, position)
        if found is None:
            return
        start = found.end()
        end = data.find(b"endstream", start)
        if end < 0:
            return
        position = end + len(b"endstream")
        if found.start() >= 3 and data[found.start() - 3 : found.start()] == b"end":
            continue  # "endstream" itself
        size = _inflated_size(data[start:end])
        if size > MAX_PDF_STREAM_BYTES:
            raise LoadError(
                f"{name} has a part that unpacks to more than {megabytes(MAX_PDF_STREAM_BYTES)}; "
                "PolicyLens does not read it. Print it to a new PDF, or save its text, and "
                "open that."
            )


def _inflated_size(raw: bytes) -> int:
    """Bytes the stream inflates to (counted up to just over the limit); 0 if not Flate."""
    inflater = zlib.decompressobj()
    total = 0
    pending = raw
    try:
        while pending and total <= MAX_PDF_STREAM_BYTES:
            total += len(inflater.decompress(pending, _STEP))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return total
    return total
