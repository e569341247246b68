"""Plain words for what an editor reads: a flag's message and a band of energy left.

Review 18 (the HTML an editor reads): the "Flagged figures" section printed a flag's message
as the library's error text ("figures.F1.text: cannot tell the power plant of the fixed wing;
got 'fixed-wing'; expected an engine_type figure ...; kinds: multirotor (battery-electric
multirotor, ...); ..."), about twenty lines at 390 px; and a leg's band of energy left that
crosses zero read "-0.977 to 48.8 % of their usable battery energy left". This module only
words what the intake and the claims computed; it computes nothing.
"""
from __future__ import annotations

import re

from ..wording import num, span

#: A message in :class:`dronecalc.errors.DroneCalcError`'s form: "PATH: what; got X;
#: expected Y" (PATH a key path such as ``figures.F1.text`` or ``vehicle.rotors``, possibly
#: several joined by " and ").
_ERROR_FORM = re.compile(r"^(?P<path>[A-Za-z_][\w.]*(?: and [A-Za-z_][\w.]*)*): (?P<rest>.+)$",
                         re.S)


def _without_asides(text: str) -> str:
    """``text`` with every parenthesised aside removed (nested ones too)."""
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return re.sub(r"\s+([,;.])", r"\1", re.sub(r"\s{2,}", " ", "".join(out))).strip()


def _settle(expected: str) -> str:
    """What would settle a flag, with a list of kinds cut to their names ("kinds:
    multirotor (battery-electric multirotor, ...); fixed-wing-electric (...)" -> "one of
    multirotor, fixed-wing-electric")."""
    head, sep, kinds = expected.partition("; kinds: ")
    if not sep:
        head, sep, kinds = expected.partition("kinds: ")
    head = head.strip().rstrip(";,")
    if not sep:
        return head
    names = [k.strip() for k in _without_asides(kinds).split(";") if k.strip()]
    listed = f"(vehicle kinds: {', '.join(names)})"
    return f"{head} {listed}" if head else f"a vehicle kind: {', '.join(names)}"


def flag_sentence(message: str) -> str:
    """A flag's message as plain sentences: what was flagged, and what would settle it.

    A message in the error form ("figures.F1.text: cannot tell ...; got 'x'; expected ...")
    loses its key path (the report names the figure already) and the value it got (shown as
    written), and its "expected" becomes "What would settle it: ..." with a list of vehicle
    kinds cut to their names; any other message is returned as it is.

    >>> flag_sentence("figures.F1.text: cannot tell the power plant; got 'fixed-wing'; "
    ...               "expected an engine_type figure, or set [case] vehicle_kind; kinds: "
    ...               "multirotor (battery-electric multirotor, flat (lift)); tailsitter (x)")
    'Cannot tell the power plant. What would settle it: an engine_type figure, or set [case] vehicle_kind (vehicle kinds: multirotor, tailsitter).'
    """
    text = " ".join(message.split())
    m = _ERROR_FORM.match(text)
    if m is None or "." not in m.group("path"):
        return text
    rest = m.group("rest")
    what, _, expected = rest.partition("; expected ")
    what = re.sub(r"; got .*$", "", what).strip().rstrip(".;")
    out = what[:1].upper() + what[1:] + "."
    if expected:
        out += f" What would settle it: {_settle(expected).rstrip('.')}."
    return out


def energy_band(low: float, high: float, unit: str = "%") -> str:
    """A band of energy left, worded the right way round when it crosses zero: "12-48.8 %
    left", "from 0.977 % short to 48.8 % left", "from 52.6 to 11.6 % short" (a negative
    share left is a shortfall, review 18)."""
    if low >= 0:
        return f"{span(low, high)} {unit} left"
    if high < 0:
        return f"from {num(-low)} to {num(-high)} {unit} short"
    return f"from {num(-low)} {unit} short to {num(high)} {unit} left"


def energy_value(value: float, unit: str = "%") -> str:
    """One share of energy left: "26.6 % left", "11.6 % short"."""
    return f"{num(abs(value))} {unit} {'left' if value >= 0 else 'short'}"


def energy_words(value: float) -> str:
    """A best case of energy left said as what it is: "87.8 % of the usable energy left",
    "63.3 % short of the energy the flight needs" (a bound of "-63.3 %" read as nonsense: the
    issue 10 review, stop 36)."""
    if value >= 0:
        return f"{num(value)} % of the usable energy left"
    return f"{num(-value)} % short of the energy the flight needs"


__all__ = ["flag_sentence", "energy_band", "energy_value", "energy_words"]
