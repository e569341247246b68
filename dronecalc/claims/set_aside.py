"""What the two conflict rules share: where a stated figure stands, the first one whose
setting aside lets a machine be built, and the conflict finding's shape.

The multirotor's rule (:mod:`dronecalc.claims.conflict`) and the wing-borne kinds'
(:mod:`dronecalc.claims.fixed_wing_conflict`) differ in which constraint broke, which figures
they try and how they word it; the search and the finding's frame are the same (issue 10:
"when stated inputs leave no buildable machine, say which stated figures conflict and by how
much, judge the other claims with the conflicting input set aside, and say so").
"""
from __future__ import annotations

from typing import Callable, Iterable, TypeVar

from ..intake.case import SECTION_KEYS
from .results import Finding

#: ``[vehicle]``/``[battery]`` keys by parameter name (the inverse of
#: :data:`dronecalc.intake.case.SECTION_KEYS`: ``battery_mass`` is ``[battery]`` ``mass``).
_KEY_OF = {section: {name: key for key, name in keys.items()}
           for section, keys in SECTION_KEYS.items()}

T = TypeVar("T")


def stated_where(name: str, source: str) -> str:
    """The id a reader finds a ``Case.described()`` entry by: its figure's id (``F3``), else
    its key path (``vehicle.fuel_volume``, ``battery.mass``, ``assumptions.energy``)."""
    if source.startswith("figure "):
        return source.split(" ", 1)[1]
    if source in _KEY_OF:
        return f"{source}.{_KEY_OF[source].get(name, name)}"
    return f"assumptions.{name}"


def ident_of(described, name: str) -> str:
    """:func:`stated_where` of a ``Case.described()`` entry (``described.source``) of ``name``:
    the one form the cross-checks, the layout and the frame-fit findings name a figure by."""
    return stated_where(name, described.source)


def first_set_aside(names: Iterable[str], stated: Callable[[str], bool],
                    attempt: Callable[[str], T], passes: tuple[type[Exception], ...] = ()
                    ) -> tuple[str, T] | None:
    """``(name, attempt(name))`` of the first of ``names``, in order, that the case
    ``stated`` and whose attempt (the run with it set aside) raises none of ``passes``;
    None when none does. An error not in ``passes`` propagates."""
    for name in names:
        if not stated(name):
            continue
        try:
            return name, attempt(name)
        except passes:
            continue
    return None


def conflict_finding(ident: str, statement: str, overturn: str, condition: str) -> Finding:
    """A ``conflict`` finding (needs checking, no figures of its own) on the figure ``ident``
    set aside: what it says, what would overturn it, what it was checked against."""
    return Finding([ident], "conflict", "needs-checking", statement, None, None, None, None,
                   [], overturn, condition, [])


__all__ = ["conflict_finding", "first_set_aside", "ident_of", "stated_where"]
