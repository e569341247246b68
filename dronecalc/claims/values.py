"""Claim values no kind can judge, refused before any run, for every vehicle kind."""
from __future__ import annotations

from ..errors import DroneCalcError
from ..intake.case import Case
from ..intake.figures import Figure


def invalid_times(case: Case) -> None:
    """Refuse a flight-time claim of zero (or an open "up to 0 h"): a claim of no flight says
    nothing a check could judge, and a range flown in it would need an infinite speed; it is
    almost always a misread figure."""
    for fig in case.claims.values():
        if fig.field == "flight_time" and isinstance(fig.value, Figure):
            ends = [e.m_as("s") for e in (fig.value.low, fig.value.high) if e is not None]
            if ends and max(ends) <= 0.0:
                raise DroneCalcError("a flight-time claim of no flight cannot be judged",
                                     field=f"figures.{fig.id}.text", value=fig.text,
                                     expected="a flight time above 0 (e.g. \"45 min\"); "
                                              "check the figure as the source writes it, or "
                                              "give it role = \"context\"")
