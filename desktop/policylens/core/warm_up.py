"""An analysis's first-time costs, paid while the program waits for a document.

A process's first analysis compiles the cue lexicons of the document's languages and, word by
word, the patterns of the cues those words may start (each on first use: compiling every
pattern up front costs ~0.8 s of CPU per process, for cues most documents never reach). A
1 MB Persian policy's first analysis took 0.39 s of CPU against 0.27 s the next time. So the
analysis processes and the window analyse the bundled samples (Persian, English, Swedish,
Kazakh) while they wait, and a policy opened next finds most of that done: its languages'
lexicons, and the patterns of the words policies share. A policy in the samples' own words
gains the most (the bench's 1 MB Persian policy is sample 000 repeated); a policy in other
words or in other languages still compiles its own words' patterns on first use.

It stops as soon as a document is wanted (`stop`): it analyses a few lines at a time, so that
it delays an open by one such step at most (~30 ms: compiling a language's lexicon; a few ms
otherwise).
"""

from __future__ import annotations

from collections.abc import Callable

CHUNK_LINES = 8


def warm_up(stop: Callable[[], bool]) -> int:
    """Analyse the bundled samples in order, `CHUNK_LINES` lines at a time, until `stop()`
    says a document is wanted; how many lines were analysed."""
    from policylens.core.document import Document
    from policylens.core.learn.apply import analyze_with_model
    from policylens.paths import sample_files

    done = 0
    for path in sample_files():
        try:
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        except (OSError, UnicodeDecodeError):
            continue  # a bundle without its samples warms nothing
        for begin in range(0, len(lines), CHUNK_LINES):
            if stop():
                return done
            chunk = "\n".join(lines[begin : begin + CHUNK_LINES])
            document = Document.from_text(chunk, title="", format="txt")
            analyze_with_model(document, use_model=False, use_shipped=True, cancelled=stop)
            done += len(lines[begin : begin + CHUNK_LINES])
    return done
