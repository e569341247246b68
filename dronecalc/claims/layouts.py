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
  ``rotor_layout``;
* arms and a layout but no rotor count: the rotors from them ("coaxial, 4 arms": 8);
* a coaxial layout for fewer than 6 rotors (no arms stated): a finding (needs checking),
  as stacked pairs need 3 arms or more; the model uses what is stated.
"""
from __future__ import annotations

from typing import Mapping

from ..intake import airframes
from ..intake.case import Case, Described
from ..intake.figures import Figure
from ..intake.units import Q_
from ..priors.layout import MIN_COAXIAL_ROTORS, from_counts, point_count
from .results import Finding
from .set_aside import ident_of


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
    if "rotors" not in d and "arms" in d and stated is not None:
        _rotors_from_arms(d, stated)
        return
    if "rotors" not in d or "arms" not in d:
        _too_few_to_stack(d, stated, out)
        return
    ids = [ident_of(d["rotors"], "rotors"), ident_of(d["arms"], "arms")]
    layout, how = from_counts(d["rotors"].value, d["arms"].value)
    if layout is None:
        if "fit no known layout" in how:
            kept = f"the model uses the {stated.value} layout stated in " \
                   f"{ident_of(stated, 'rotor_layout')}" if stated else \
                "the model takes the rotors as flat (the layout is not stated)"
            out.append(_finding(ids, "needs-checking", f"The report's figures fit no rotor "
                                f"layout: {how}.", kept))
        return
    counted = Described(layout, f"{how} in {' and '.join(ids)}")
    if stated is None:
        d["rotor_layout"] = counted
        return
    where = ident_of(stated, "rotor_layout")
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


def _rotors_from_arms(d: dict[str, Described], stated: Described) -> None:
    """No rotor count, but arms and a layout: "coaxial, 4 arms" states 8 rotors."""
    arms = point_count(d["arms"].value)
    if arms is None:
        return
    n = arms * (2 if stated.value == "coaxial" else 1)
    ids = f"{ident_of(d['arms'], 'arms')} and {ident_of(stated, 'rotor_layout')}"
    d["rotors"] = Described(Figure(str(n), Q_(n, ""), Q_(n, ""), "point"),
                            f"{arms} arms, {stated.value}: {ids}")


def _too_few_to_stack(d: dict[str, Described], stated: Described | None,
                      out: list[Finding]) -> None:
    """A coaxial layout stated for fewer than 6 rotors (stacked pairs need 3 arms or more)."""
    rotors = point_count(d["rotors"].value) if "rotors" in d else None
    if stated is None or stated.value != "coaxial" or rotors is None \
            or rotors >= MIN_COAXIAL_ROTORS:
        return
    where, ids = ident_of(stated, "rotor_layout"), ident_of(d["rotors"], "rotors")
    out.append(_finding([ids, where], "needs-checking",
                        f"The report's figures fit no rotor layout: coaxial ({where}) with "
                        f"{rotors} rotors ({ids}), but stacked pairs on 3 or more arms need "
                        f"{MIN_COAXIAL_ROTORS} rotors or more; if {rotors} counts the arms, the "
                        f"machine has {2 * rotors} rotors.",
                        f"the model uses {rotors} rotors, coaxial, as stated"))


def _word_against_stated(case: Case, stated: Described | None, out: list[Finding]) -> None:
    """A stated ``rotor_layout`` against a layout word of an input airframe figure."""
    if stated is None or not stated.source.startswith(("vehicle", "figure ", "assumption")):
        return
    where = ident_of(stated, "rotor_layout")
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
