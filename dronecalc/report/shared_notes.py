"""Notes that several findings carry, said once beside the inputs and referred to elsewhere.

A note about an input all of a case's findings rest on (the DeltaQuad sheet states no motor
power: the note saying it is inferred from the take-off mass, twelve lines, stood under every
finding; issue 10 review, stop 36) is the report's statement of an assumption: the report says
it once, after the inputs it is about, and each finding names it in a line. A note only one
finding carries stays under that finding. This module words nothing new: it only orders the
claims layer's notes.
"""
from __future__ import annotations

import re

#: Heading of the block that holds the shared notes (text, Markdown and HTML alike).
TITLE = "Notes shared by several findings"


def shared(findings) -> list[str]:
    """The notes that two or more ``findings`` carry word for word, in order first seen."""
    count: dict[str, int] = {}
    for f in findings:
        for note in dict.fromkeys(f.notes):
            count[note] = count.get(note, 0) + 1
    return [note for note, n in count.items() if n > 1]


def _lead(note: str) -> str:
    """The note's opening clause: up to its first aside, "; " or sentence end."""
    text = " ".join(str(note).split())
    cut = re.search(r" \(|; |\.(?:\s|$)", text)
    return (text[:cut.start()] if cut else text).rstrip(" .,:;")


def reference(note: str, notes: list[str]) -> str:
    """A finding's line for a shared ``note``: its opening clause and where it is said in full.

    >>> reference("The source states no motor power: it is inferred (p5-p95 ...). More.",
    ...           ["x", "The source states no motor power: it is inferred (p5-p95 ...). More."])
    "The source states no motor power: it is inferred (in full under 'Notes shared by several findings', shared note 2)"
    """
    return f"{_lead(note)} (in full under '{TITLE}', shared note {notes.index(note) + 1})"


def numbered(notes: list[str]) -> list[str]:
    """The shared notes as the block lists them: "Shared note 1: ..."."""
    return [f"Shared note {k}: {note}" for k, note in enumerate(notes, 1)]


__all__ = ["TITLE", "shared", "reference", "numbered"]
