"""A tolerance written after the unit, read as the range it states: "5 kg ± 1" = 4-6 kg.

:func:`dronecalc.intake.figures.parse` reads "5 ± 1 kg" as the range 4-6 kg; written with the
tolerance after the unit ("5 kg ± 1", "5 kg ± 1 kg", "5 kg +/- 500 g", "30 min ± 10 %") it was
refused with the hint "text = '5 kg'", a fix that drops the tolerance (fuzz leads, ux9). It is
the same figure: the range centre ± tolerance, in the centre's unit, the text kept as written.
A tolerance with no unit is in the centre's unit; a percentage is of the centre. A tolerance of
another dimension, or a centre that is itself a range or a bound, is no such figure (the parser's
hint stands).

A tolerance written with a decimal comma ("50 kg ± 1,5") is refused as the parser refuses any
decimal comma ("21,6 km/h": :func:`dronecalc.intake.figures.parse`), with the point to write:
the thousands-comma reading had made it 15, so "50 kg ± 1,5" was silently 35-65 kg (review 16),
and a point is never guessed for the case file either. "1,500 g" (three digits) stays a
thousands comma.
"""
from __future__ import annotations

import re
from typing import Callable

from .numbers import DECIMAL_COMMA

_PLUS_MINUS = re.compile(r"^(?P<head>.*?\d.*?)\s*(?:±|\+/-|\+-)\s*(?P<tol>\d[\d.,]*)\s*"
                         r"(?P<unit>%|[^\d\s%][^%]*?)?\s*$")


def read(text: str, parse_one: Callable) -> object | None:
    """The range :class:`~dronecalc.intake.figures.Figure` of ``text`` (a figure, then ±
    and a tolerance), its text as written; None when ``text`` has no tolerance after a
    figure. ``parse_one`` reads one plain figure string.

    Raises
    ------
    ParseError
        A tolerance that cannot be read with its figure (on a bound or a range, in another
        dimension, or as large as the figure): never its figure alone, which would drop it.
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    m = _PLUS_MINUS.match(text)
    if m is None or "±" in m.group("head"):
        return None
    head = m.group("head")
    try:
        centre = parse_one(head)
    except Exception:                      # noqa: BLE001 - no figure before the ±
        return None
    if centre.kind != "point" or centre.low is None:
        _refuse(text, "a tolerance on " + {"at-most": "an upper bound", "at-least": "a lower "
                "bound"}.get(centre.kind, f"a {centre.kind}"))
    comma = DECIMAL_COMMA.fullmatch(m.group("tol"))
    if comma:          # "± 1,5": 1.5 or 15? never guessed, as the parser's own decimal comma
        from ..errors import ParseError
        point = text.strip().replace(comma.group(), comma.group().replace(",", "."))
        raise ParseError(f"a decimal comma in the tolerance ('{comma.group()}')", value=text,
                         expected=f"a decimal point: write '{point}' (a comma is read only as a thousands separator before "
                                  "three digits, as in '1,200 g')")
    size = float(m.group("tol").replace(",", ""))
    unit = (m.group("unit") or "").strip()
    value = centre.low
    offset = not getattr(value, "_is_multiplicative", True)   # °C, °F: a scale with an offset
    try:
        if unit == "%":
            tol = value.magnitude * (size / 100.0)
        elif unit:
            other = parse_one(f"{m.group('tol')} {unit}").low
            if offset and other.units != value.units:
                raise ValueError("an offset unit's tolerance in another unit")
            tol = other.to(value.units).magnitude
        else:
            tol = size
    except Exception:                      # noqa: BLE001 - an unknown or another unit
        _refuse(text, f"a tolerance in '{unit}', not the unit of '{head.strip()}'")
    if tol == 0:
        # "5 kg ± 0" is the figure itself (review 15: it was refused as "as large as the figure")
        return type(centre)(text, centre.low, centre.high, centre.kind, centre.approximate)
    # the ends in the centre's own unit, built from the numbers (review 15: re-parsing a text
    # with the first digits replaced read "3e1 min ± 5" as 25-350 min), offset units too
    # ("25 °C ± 5" = 20-30 °C: the tolerance is a difference, in magnitudes of the same unit)
    low, high = value.magnitude - tol, value.magnitude + tol
    if not (low < high if offset else 0 <= low < high):
        _refuse(text, "a tolerance as large as the figure or larger")
    q = type(value)
    return type(centre)(text, q(low, value.units), q(high, value.units), "range",
                        centre.approximate)


def _refuse(text: str, why: str) -> None:
    from ..errors import ParseError
    raise ParseError(f"{why} ('{text.strip()}')", value=text,
                     expected="the range the source means, as one figure ('4-6 kg' for "
                              "'5 kg ± 1'), or the figure and its tolerance in the note; "
                              "never the figure alone, which drops the tolerance")


# --------------------------------------------------------------------------- in an article

#: A tolerance right after a spotted figure's unit: "50 kg ± 1.5", "50 kg ± 1,5 of cargo",
#: "50 kg +/- 500 g", "30 min ± 10 %" (the unit word after it is tried, then none).
_AFTER = re.compile(r"[ \t\u00a0]{0,2}(?:±|\+/-|\+-)[ \t\u00a0]{0,2}(?P<tol>\d[\d,.]{0,12})"
                    r"(?P<unit>[ \t\u00a0]?(?:%|[^\W\d_][\w°]*))?")


def tolerances_after(sentence: str, figures: list[dict]) -> list[dict]:
    """``figures`` (of :func:`~dronecalc.intake.spotting.find_figures`, for ``sentence``)
    with a tolerance written after a figure's unit read with it, as :func:`read` reads it:
    "The drone carries 50 kg ± 1.5 kg of cargo" had been drafted as two payloads, 50 kg and
    1.5 kg, and "50 kg ± 1,5" as 50 kg, the tolerance dropped (review 16). A decimal comma is
    read as a point with a note, as every number of a draft is (``numbers.written_note``); a
    tolerance that cannot be read is noted on the figure, never dropped silently. The
    tolerance's own figure ("1.5 kg", "500 g") is no figure of its own."""
    from ..errors import DroneCalcError
    from .figures import parse
    from .numbers import plain_digits
    out, used_until = [], -1
    for fig in figures:
        if fig.get("start", 0) < used_until:
            continue                             # "± 1.5 kg": the tolerance's own number
        out.append(fig)
        m = _AFTER.match(sentence, fig.get("end", 0))
        if fig.get("kind") != "figure" or fig.get("dim") in (None, "dimensions") or m is None:
            continue
        tol = m.group("tol").rstrip(".,")
        ends = [m.start("tol") + len(tol)]
        if m.group("unit") and len(tol) == len(m.group("tol")):
            ends.insert(0, m.end())
        base, why, read_as = fig.get("canonical") or fig["written"], None, None
        for end in ends:                         # with the word after it, then without
            text = f"{base} ± {plain_digits(tol)}{sentence[m.start('tol') + len(tol):end]}"
            try:
                if parse(text).kind == "range":
                    read_as = text
                    break
            except DroneCalcError as exc:
                why = why or str(exc).split("; got ")[0]
        used_until = max(ends)
        written = sentence[fig["start"]:end if read_as else max(ends)]
        if read_as is None:
            fig["note"] = "; ".join(x for x in (fig.get("note"), (
                f"a tolerance follows it, not read ({why}): written {written!r}; give the "
                "range the source means")) if x)
            continue
        comma = DECIMAL_COMMA.fullmatch(tol)
        fig.update(canonical=read_as, end=end, written=written, note="; ".join(x for x in (
            fig.get("note"), comma and f"a decimal comma, read as a point ({tol})",
            "a tolerance after the unit, read with it: the range it spans") if x))
    return out
