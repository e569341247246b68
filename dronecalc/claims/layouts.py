"""The rotor layout of a case, from what it states, checked figure against figure (issue 12).

A case says its layout in three ways: a ``rotor_layout`` figure or ``[vehicle]`` key
("coaxial"), a layout word of its airframe ("Y6", "X8 octocopter", "octo-quad"), and the
rotor and arm counts ("8 rotors on 4 arms": rotors = 2 x arms is coaxial, rotors = arms
flat; :func:`dronecalc.priors.layout.from_counts`). :func:`reconcile_layout` settles the one
the model uses and says, as a ``cross-check`` finding, where the statements disagree:

* counts and no layout stated: the layout from the counts (no finding: nothing to compare);
* counts and a stated layout: a finding, consistent when they agree, implausible when they
  do not (one machine cannot be both); the model uses the counts' layout, two figures
  rather than one word;
* counts that fit no layout (6 rotors on 4 arms): a finding (needs checking); the stated
  layout, if any, is used;
* a ``rotor_layout`` against the airframe's layout word: a finding; the model uses the
  ``rotor_layout``.
"""
from __future__ import annotations

from typing import Mapping

from ..intake import airframes
from ..intake.case import Case, Described
from ..priors.layout import from_counts
from .results import Finding


def _ident(described: Described, name: str) -> str:
    source = described.source
    if source.startswith("figure "):
        return source.split(" ", 1)[1]
    if source in ("vehicle", "battery"):
        return f"{source}.{name}"
    return f"assumptions.{name}" if source == "assumption" else source


def _finding(ids: list[str], verdict: str, statement: str, used: str) -> Finding:
    overturn = ("" if verdict == "consistent" else
                "A reading of the figures under which they describe one machine (the arms "
                "counted as rotor positions, or the rotors as motors of stacked pairs).")
    return Finding(ids, "cross-check", verdict, statement, overturn=overturn,
                   condition=f"figures compared with each other; {used}")


def reconcile_layout(case: Case, d: dict[str, Described], out: list[Finding]) -> None:
    """Set ``d["rotor_layout"]`` to the layout the model uses; add the findings to ``out``."""
    stated = d.get("rotor_layout")
    _word_against_stated(case, stated, out)
    if "rotors" not in d or "arms" not in d:
        return
    ids = [_ident(d["rotors"], "rotors"), _ident(d["arms"], "arms")]
    layout, how = from_counts(d["rotors"].value, d["arms"].value)
    if layout is None:
        if "fit no known layout" in how:
            kept = f"the model uses the {stated.value} layout stated in " \
                   f"{_ident(stated, 'rotor_layout')}" if stated else \
                "the model takes the rotors as flat (the layout is not stated)"
            out.append(_finding(ids, "needs-checking", f"The report's figures fit no rotor "
                                f"layout: {how}.", kept))
        return
    counted = Described(layout, f"{how} in {' and '.join(ids)}")
    if stated is None:
        d["rotor_layout"] = counted
        return
    where = _ident(stated, "rotor_layout")
    if stated.value == layout:
        out.append(_finding(ids + [where], "consistent",
                            f"The report's figures agree: rotor layout {stated.value} "
                            f"({where}) and {how} ({', '.join(ids)}).",
                            f"the model uses the {layout} layout"))
    else:
        out.append(_finding(ids + [where], "implausible",
                            f"The report's figures disagree: rotor layout {stated.value} "
                            f"({where}) against {layout} from {how} ({', '.join(ids)}).",
                            f"the model uses the {layout} layout of the counts"))
    d["rotor_layout"] = counted


def _word_against_stated(case: Case, stated: Described | None, out: list[Finding]) -> None:
    """A stated ``rotor_layout`` against a layout word of an input airframe figure."""
    if stated is None or not stated.source.startswith(("vehicle", "figure ", "assumption")):
        return
    where = _ident(stated, "rotor_layout")
    for fig in case.inputs.values():
        if fig.field != "airframe" or where == fig.id:
            continue
        named = airframes.resolve(fig.text).rotor_layout
        if named is not None and named != stated.value:
            out.append(_finding([where, fig.id], "implausible",
                                f"The report's figures disagree: rotor layout {stated.value} "
                                f"({where}) against the {named} layout the airframe "
                                f"{fig.text!r} names ({fig.id}).",
                                f"the model uses the {stated.value} layout of {where}"))


def layout_of(parameters: Mapping[str, Described]) -> str | None:
    """The layout a set of reconciled parameters states (None: not stated)."""
    d = parameters.get("rotor_layout")
    return None if d is None else str(d.value)
