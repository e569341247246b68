"""Did-you-mean: the known name closest to a mistyped one (commands, fields, keys)."""
from __future__ import annotations

import difflib
from typing import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The first of ``choices`` that starts with ``word`` ('payload' -> 'payload_mass'), else
    the closest by difflib's ratio >= 0.6 ('chek' -> 'check'), else None."""
    known = list(choices)
    starts = [k for k in known if k.startswith(word)]
    if starts:
        return starts[0]
    found = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return found[0] if found else None


def unknown(what: str, word: str, choices: Iterable[str]) -> str:
    """ "unknown field 'payload'; did you mean 'payload_mass'? (known: ...)"."""
    known = list(choices)
    best = closest(word, known)
    hint = f"; did you mean {best!r}?" if best else ""
    return f"unknown {what} {word!r}{hint} (known: {', '.join(known)})"
