"""The library's exceptions: one base type, a subclass per kind of bad input.

Every message names the field, the value received and what was expected, so that a
user reading a case file can fix it without a traceback.
"""
from __future__ import annotations

from typing import Any


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
        parts = [f"{field}: {message}" if field else message]
        if value is not None:
            parts.append(f"got {value!r}")
        if expected:
            parts.append(f"expected {expected}")
        super().__init__("; ".join(parts))


class ParseError(DroneCalcError, ValueError):
    """A figure's text could not be read (empty, no number, unknown unit word)."""


class UnitError(DroneCalcError, ValueError):
    """Unknown unit, or a quantity whose dimension does not fit the field."""


class InputValueError(DroneCalcError, ValueError):
    """A number outside its domain: NaN, infinite, negative where it cannot be."""


class ModelError(DroneCalcError, ValueError):
    """An unknown model or parameter-set name (``method=...``)."""


class CaseError(DroneCalcError):
    """A case file with problems; ``problems`` lists every one of them at once."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.problems = list(problems)
        listing = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in case file {path}:\n{listing}")


class MissingDependencyError(DroneCalcError, ImportError):
    """An optional dependency (e.g. matplotlib for plots) is not installed."""
