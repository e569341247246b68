"""The library's exceptions: one base type, a subclass per kind of bad input.

Every message names the field, the value received and what was expected, so that a
user reading a case file can fix it without a traceback.
"""
from __future__ import annotations

from typing import Any

#: Longest ``repr`` of a received value quoted in a message; longer ones are cut short, so a
#: 100 KB figure or a 5,000-digit number gives a one-line error, not a page of text.
MAX_SHOWN = 80
#: Most problems a CaseError lists in its message (``problems`` keeps them all).
MAX_LISTED = 50


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` itself, or its first ``limit`` characters ending in an ellipsis and its length."""
    if len(text) <= limit:
        return text
    return f"{text[:limit - 1]}… ({len(text):,} characters)"


class DroneCalcError(Exception):
    """Base of every error dronecalc raises on purpose.

    Parameters
    ----------
    message : str
        What went wrong, in one sentence.
    field : str, optional
        The input field or key path concerned (``"battery.capacity"``).
    value : Any, optional
        The value received, shown with ``repr``.
    expected : str, optional
        What would have been accepted.
    """

    def __init__(self, message: str, *, field: str | None = None, value: Any = None,
                 expected: str | None = None) -> None:
        self.field, self.value, self.expected = field, value, expected
        parts = [f"{shorten(field, 200)}: {message}" if field else message]
        if value is not None:
            parts.append(f"got {_shown(value)}")
        if expected:
            parts.append(f"expected {expected}")
        super().__init__("; ".join(parts))


def _shown(value: Any) -> str:
    """``repr(value)`` cut short; never raises (an int of 5,000 digits has no ``repr``)."""
    if isinstance(value, int) and value.bit_length() > 256:
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    try:
        text = repr(value)
    except Exception:       # ValueError for huge ints, anything from a foreign __repr__
        text = f"<{type(value).__name__} that cannot be shown>"
    return shorten(text)


class ParseError(DroneCalcError, ValueError):
    """A figure's text could not be read (empty, no number, unknown unit word)."""


class UnitError(DroneCalcError, ValueError):
    """Unknown unit, or a quantity whose dimension does not fit the field."""


class AmbiguousUnitError(UnitError):
    """A unit spelling whose letter case decides its meaning but was lost ("MAH": mAh or MAh?).

    ``readings`` lists the units it may mean (pint names), most common first.
    """

    def __init__(self, message: str, *, readings: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.readings = tuple(readings)
        super().__init__(message, **kwargs)


class AmbiguousNumberError(ParseError):
    """A number with two readings that differ a thousandfold ("1.200 km": 1.2 or 1200 km?).

    ``readings`` holds the number written each way, each with one reading (decimal first).
    """

    def __init__(self, message: str, *, readings: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.readings = tuple(readings)
        super().__init__(message, **kwargs)


class InputValueError(DroneCalcError, ValueError):
    """A number outside its domain: NaN, infinite, negative where it cannot be."""


class BeyondModelError(InputValueError):
    """A stated figure that reads well but lies past the range the model is built on (a
    339 kg multirotor against its 0.01-300 kg take-off mass without payload): the machine is
    beyond what dronecalc can judge, not a bad input. :func:`dronecalc.check` gives each claim
    "not judged" with it (:mod:`dronecalc.claims.unmodelled`); :func:`dronecalc.estimate`,
    which has no claim to say it in, raises it.

    ``reach`` is ``(low, high, unit, meaning, stated_low, stated_high, where)``: the model's
    range of the quantity, the stated value's ends in that (SI) unit, and where the value
    came from ("figure F3", "vehicle").
    """

    def __init__(self, message: str, *, reach: tuple = (), **kwargs: Any) -> None:
        self.reach = tuple(reach)
        super().__init__(message, **kwargs)


class ModelError(DroneCalcError, ValueError):
    """An unknown model or parameter-set name (``method=...``)."""


class CaseError(DroneCalcError):
    """A case file with problems; ``problems`` lists every one of them at once."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = list(problems)
        shown = self.problems[:MAX_LISTED]
        listing = "\n".join(f"  - {p}" for p in shown)
        if len(self.problems) > MAX_LISTED:
            listing += f"\n  - ... and {len(self.problems) - MAX_LISTED:,} more"
        super().__init__(f"{len(self.problems)} problem(s) in case file {path}:\n{listing}")


class OutputError(DroneCalcError):
    """An output file cannot be written: a bad path, permissions, a full disk."""


class MissingDependencyError(DroneCalcError, ImportError):
    """An optional dependency (e.g. matplotlib for plots) is not installed."""
