"""A claimed flight range equal to a radio's advertised range: a coincidence to name."""
from __future__ import annotations

from ...intake.figures import Figure
from ...wording import num
from ..context import Context, claimed, mid, threshold
from ..registry import ClaimKind, register
from ..results import Finding, Value

#: Two figures within this relative difference are "the same figure".
COINCIDENCE = 0.10


def evaluate(ctx: Context) -> list[Finding]:
    """A range claim within :data:`COINCIDENCE` of the advertised radio range."""
    described = ctx.case.described()
    if "radio_range" not in described or not isinstance(described["radio_range"].value, Figure):
        return []
    radio_km = mid(described["radio_range"].value, "km")
    radio_fig = next((f for f in ctx.case.figures.values() if f.field == "radio"), None)
    out = []
    for fig in ctx.claims("range"):
        claim_km = threshold(fig, "km")
        if abs(claim_km - radio_km) > COINCIDENCE * radio_km:
            continue
        ids = [fig.id] + ([radio_fig.id] if radio_fig else [])
        radio = f"the radio in {radio_fig.id} ({radio_fig.text})" if radio_fig else "the radio"
        out.append(Finding(
            ids, "radio", "needs-checking",
            f"The claimed {fig.text} range ({fig.id}) equals the {num(radio_km)} km link range "
            f"that the maker of {radio} advertises: the figure may describe the radio, not the "
            "aircraft - a coincidence worth naming, not proof.",
            claimed(fig, "km"), None, Value(radio_km, "km"), None, [],
            "A source for the range figure that is not the radio's specification.",
            _condition(described["radio_range"])))
    return out


def _condition(stated) -> str:
    """Where the advertised range comes from, and its reason when an assumption gives one."""
    reason = (stated.reason or "").strip()
    return f"advertised radio range ({stated.source})" + (f": {reason}" if reason else "")


KIND = register(ClaimKind("radio", ("range",), "a radio_range figure or assumption",
                          evaluate, 70))
