"""The note a report carries when the source's quotes are not in English.

dronecalc judges each figure as the case writes it (``text = "45 min"``); the quote beside it
is the source's own words, shown so that a reader can check the two agree. A reader of
English cannot check a quote in another language, short or long, so every report whose case
quotes one says so once, naming the figures (the report review of 2026-12-04: a case quoted
in short Cyrillic lines carried no word of it). What counts as not English is
:func:`dronecalc.intake.language.quote_language`: any quote mostly in another script, and a
long Latin-script quote whose function words are another language's.
"""
from __future__ import annotations

from ..intake.language import quote_language

__all__ = ["language_note"]


def _ids(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def language_note(result) -> str | None:
    """One sentence for the reader when some of the result's quotes are not in English,
    else None: which figures, in what script, and what to check."""
    found: dict[str, list[str]] = {}
    for ref in getattr(result, "figures", []):
        why = quote_language(ref.quote) if ref.quote else None
        if why:
            found.setdefault(why, []).append(ref.id)
    if not found:
        return None
    ids = [i for group in found.values() for i in group]
    where = "; ".join(f"{_ids(group)} {why}" for why, group in found.items())
    quotes = "quote is" if len(ids) == 1 else "quotes are"
    return (f"The source's {quotes} not in English ({where}): dronecalc judges each figure "
            "as the case writes it, not the quote, so have someone who reads the language "
            "check that each figure says what its quote says (a translation beside the "
            "original helps the reader).")
