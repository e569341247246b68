"""A payload claim on a machine sized from that very payload is circular (review 19 #4).

With no mass, battery, maximum take-off mass or Kv stated, a stated payload (an input, or a
claim's own ``payload``) sizes a multirotor: its mass becomes that of real machines whose
maximum payload it is (:func:`dronecalc.priors.describe._size_for_payload`). A maximum-payload
claim of the same figure judged on that machine was "consistent" by construction (SkyDrive:
a 30 kg payload input sized the machine to 19.6-109 kg, then "up to 30 kg" held at 84 %).
Such a claim is not judged, and the entry says why. A claim of another figure is judged: the
machine is then sized by a different stated figure, a cross-check between the two.
"""
from __future__ import annotations

from ..priors.describe import PAYLOAD_SIZED
from .context import Context, carried, ends
from .crosscheck import TOLERANCE
from .results import NotJudged

PAYLOAD_FIELDS = ("max_payload", "payload_mass", "warhead_mass")


def sizing_payload(ctx: Context) -> float | None:
    """The payload [kg] that sized the machine (the case's payload input or the heaviest a
    claim carries, as :func:`dronecalc.priors.describe.describe` takes it), or None when no
    payload sized it."""
    mass = ctx.inputs.get("mass")
    if mass is None or mass.origin != "conditioned" or not mass.note.startswith(PAYLOAD_SIZED):
        return None
    stated = ctx.inputs["payload"].high if "payload" in ctx.inputs else 0.0
    return max(stated, carried(ctx.case) or 0.0)


def circular(ctx: Context, fig) -> bool:
    """True when ``fig`` (a payload claim) states the payload that sized the machine, within
    the cross-checks' agreement tolerance (10 %)."""
    payload = sizing_payload(ctx)
    if payload is None or fig.field not in PAYLOAD_FIELDS:
        return False
    low, high = ends(fig, "kg")
    tol = TOLERANCE["consistent"]
    return low * (1.0 - tol) <= payload <= high * (1.0 + tol)


def refine(entries: list, ctx: Context) -> list:
    """The not-judged entries, with the reason for a payload claim that :func:`circular`."""
    payload = sizing_payload(ctx)
    if payload is None:
        return entries
    mass = ctx.inputs["mass"]
    out = []
    for entry in entries:
        fig = ctx.case.figures.get(entry.claim)
        if entry.field in PAYLOAD_FIELDS and fig is not None and circular(ctx, fig):
            entry = NotJudged(
                entry.claim, entry.field, entry.text,
                f"the case states no mass, battery, maximum take-off mass or motor Kv; the "
                f"machine was sized from the {payload:.3g} kg payload the source says it "
                f"carries (real machines whose maximum payload that is weigh "
                f"{mass.low:.3g}-{mass.high:.3g} kg without payload), so judging this claim of "
                "the same payload on it would judge the figure by itself (circular)",
                "a take-off mass (a takeoff_mass figure with role = \"input\", or [vehicle] "
                "mass), an empty mass with the battery mass, a battery (energy, or capacity "
                "with voltage or cells), a max_takeoff_mass input or a motor Kv")
        out.append(entry)
    return out
