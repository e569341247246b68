"""The nesting depth of a TOML text, checked before :mod:`tomllib` reads it.

Kept apart from :mod:`dronecalc.intake.case` for its line count.
"""
from __future__ import annotations

import re

__all__ = ["nesting_depth"]

#: What can hold brackets that do not nest: strings (escapes included) and comments; then the
#: brackets themselves. Quantifiers are possessive (``*+``: Python 3.11) and each string's
#: closing quote optional, so a token that starts always matches without backtracking (an
#: unterminated string just ends where its body does): the scan is linear, at regex speed.
_TOML_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*+(?:""")?'         # multi-line basic string
    r"|'''(?:[^']|'(?!''))*+(?:''')?"              # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*+"?'                      # basic string
    r"|'[^'\n]*+'?"                                # literal string
    r"|#[^\n]*+|[\[\]{}]", re.DOTALL)


def nesting_depth(text: str) -> int:
    """An upper bound on the nesting of ``[`` and ``{`` outside strings and comments.

    Checked before tomllib, whose recursive parser would otherwise meet Python's recursion
    limit on a file of ``[[[[...``. Table headers (``[figures.F1]``) count 1 or 2, which is
    harmless.
    """
    depth = deepest = 0
    for token in _TOML_TOKENS.finditer(text):
        c = token.group()
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(depth - 1, 0)
    return deepest
