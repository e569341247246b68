"""The key to a case's figure ids: what F1..Fn say, in the source's own words.

A finding names the figures it tested by id ("F10, F11, F3"); a reader needs to see what each
id is and where it comes from. :func:`figure_key` keeps, for every figure of the case in file
order, its id, field, role, text as written, the source's quote, the analyst's note and the
numbers it is computed with in a display unit, so that the report (text, JSON, Markdown,
HTML) can quote the source beside every verdict without loading the case file again.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..intake.case import Case
from ..intake.figures import Figure
from ..wording import num

#: Display unit per dimensionality of a figure's value.
DISPLAY_UNITS = {"[time]": "min", "[length]": "km", "[length] / [time]": "km/h",
                 "[mass]": "kg"}


@dataclass(frozen=True)
class FigureRef:
    """One figure of the case as the source states it.

    Attributes
    ----------
    id, field, role, text : str
        As in the case file (``text`` is the figure as written).
    quote : str or None
        The source's own words, if the case file quotes them.
    note : str or None
        The analyst's note on the figure.
    reading : str or None
        How a flagged figure is read ("320 Kv"), None if it reads as written.
    low, high : float or None
        The figure's ends in ``unit`` (None for an open end or a text figure).
    unit : str
        Display unit of ``low``/``high`` ("" for text figures).
    conditions : tuple of (str, str)
        A claim's own conditions as written, in a fixed order (mode, with_payload, payload,
        at_speed, altitude, headwind, reserve): ``("mode", "hover")``,
        ``("payload", "5 kg")``, ``("reserve", "0.2")`` (a share), ``("with_payload",
        "false")``...; empty for inputs and plain claims.
    """

    id: str
    field: str
    role: str
    text: str
    quote: str | None = None
    note: str | None = None
    reading: str | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    conditions: tuple = ()


def _conditions(fig) -> tuple:
    mode = getattr(fig, "mode", None)
    out = [("mode", mode)] if mode is not None else []
    if fig.with_payload is not None:
        out.append(("with_payload", "true" if fig.with_payload else "false"))
    for key in ("payload", "at_speed", "altitude", "headwind", "reserve"):
        value = getattr(fig, key, None)
        if value is not None:
            out.append((key, value if isinstance(value, str) else
                        repr(float(value)) if isinstance(value, (int, float)) else value.text))
    return tuple(out)


def _ends(value) -> tuple[float | None, float | None, str]:
    if not isinstance(value, Figure):
        return None, None, ""
    ref = value.low if value.low is not None else value.high
    unit = DISPLAY_UNITS.get(str(ref.dimensionality), f"{ref.units:~P}")
    ends = [None if e is None else float(e.m_as(unit)) for e in (value.low, value.high)]
    return ends[0], ends[1], unit


def _as_written(fig) -> bool:
    """Whether the figure computed with is the figure as written (no reinterpretation)."""
    if fig.value is fig.figure:
        return True
    try:
        return bool(fig.value == fig.figure)
    except Exception:                    # Quantities of other dimensions: not the same
        return False


def figure_key(case: Case) -> list[FigureRef]:
    """Every figure of ``case`` in file order, with its quote and its numbers."""
    out = []
    for fig in case.figures.values():
        low, high, unit = _ends(fig.value)
        reading = None
        # only a reinterpretation the model computes with: a claim kept as written (an
        # out-of-range "35 h", whose slip reading is only an alternative) reads as written
        if fig.flag is not None and fig.flag.best is not None and low is not None \
                and not _as_written(fig):
            reading = f"{num(low)} {unit}" if low == high else f"{fig.value.text}"
        out.append(FigureRef(fig.id, fig.field, fig.role, fig.text, fig.quote, fig.note,
                             reading, low, high, unit, _conditions(fig)))
    return out


__all__ = ["FigureRef", "figure_key"]
