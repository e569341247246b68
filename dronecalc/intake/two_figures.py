"""A hint for two battery figures written as one value ("10000 mAh @ 22.2V"): the error of
:func:`dronecalc.intake.figures.parse` names each figure in its own field (issue 10)."""
from __future__ import annotations

import re


#: A battery figure's field by its dimension, for a hint to split two of them written as one.
_BATTERY_FIELDS = {"[current] * [time]": ("battery_charge", "capacity"),
                   "[mass] * [length] ** 2 / [current] / [time] ** 3": ("battery_voltage",
                                                                       "voltage"),
                   "[mass] * [length] ** 2 / [time] ** 2": ("battery_energy", "energy")}


def two_figures(head: str, tail: str) -> tuple[str, str] | None:
    """A hint for two battery figures of different fields written as one ("10000 mAh @
    22.2V", "22.2 V, 10000 mAh", "5000 mAh / 77 Wh"; issue 10): each as its own figure, in
    its field (a ``[battery]`` table's key in brackets); None for anything else."""
    rest = re.sub(r"^(?:@|at|/|,|;|&|and|with|x)\s*", "", tail.strip(), flags=re.I)
    head = head.strip()
    from .figures import _parse          # here: figures imports this module
    try:
        a, b = _parse(head.rstrip(",;/"), None), _parse(rest, None)
    except Exception:                      # noqa: BLE001 - not two figures
        return None
    names = [next((f for d, f in _BATTERY_FIELDS.items() if fig.nominal.check(d)), None)
             for fig in (a, b)]
    if None in names or names[0] == names[1]:
        return None
    (fa, ka), (fb, kb) = names
    return (f"two figures in one ('{head.rstrip(',;/')}' and '{rest}')",
            f"each as its own figure: field = '{fa}' with text = '{head.rstrip(',;/')}', and "
            f"field = '{fb}' with text = '{rest}' (in [battery]: {ka} and {kb})" + (
                "; the model takes the energy as their product" if {fa, fb} == {
                    "battery_charge", "battery_voltage"} else ""))
