"""A payload claim on a machine sized from a stated payload is circular (review 19 #4,
review 23 #3).

With no mass, battery, maximum take-off mass or Kv stated, a stated payload (an input, or a
claim's own ``payload``) sizes a multirotor: its mass becomes that of real machines whose
maximum payload it is (:func:`dronecalc.priors.describe._size_for_payload`). A maximum-payload
claim of the same figure judged on that machine was "consistent" by construction (SkyDrive:
a 30 kg payload input sized the machine to 19.6-109 kg, then "up to 30 kg" held at 84 %), and
so is every claim of a lighter payload: the machine was drawn to carry the sizing payload, so
"up to 20 kg" (the CEO's, on the same machines) held at 94 % for the same reason (review 23
#3). Such a claim, at or below the sizing payload (within the cross-checks' 10 %), is not
judged; the entry says why and compares it with the sizing figure, as a cross-check would:
the source's figures agree (a payload carried is at least the claimed one). That comparison is
no verdict (:mod:`dronecalc.claims.contract`: a cross-check never judges a claim), so the claim
stays "not judged". A claim above the sizing payload is judged: it asks more than the machine
was sized to carry, a test of the two figures against the physics of that machine.
"""
from __future__ import annotations

from ..intake.payload_refers import referred_from
from ..priors.describe import PAYLOAD_SIZED
from ..wording import num
from .context import Context, carried, threshold
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


def sizing_figure(ctx: Context, payload: float) -> str:
    """The id of the figure that states the sizing ``payload`` [kg]: the payload input, else
    the claim whose own payload it is, or the figure that claim took it from ("" when none
    names it, e.g. ``[vehicle] payload``)."""
    for fig in ctx.case.figures.values():
        if fig.role == "input" and fig.field == "payload_mass" and fig.value is not None:
            high = fig.value.high if fig.value.high is not None else fig.value.low
            if high is not None and abs(high.m_as("kg") - payload) <= 1e-9 * payload:
                return fig.id
    for fig in ctx.case.claims.values():
        own = fig.payload
        if own is not None and own.high is not None \
                and abs(own.high.m_as("kg") - payload) <= 1e-9 * payload:
            # a payload taken from a figure the claim refers to (intake.payload_refers)
            source = referred_from(fig)
            return f"{source}, flown with {fig.id}" if source else fig.id
    return ""


def circular(ctx: Context, fig) -> bool:
    """True when ``fig`` (a payload claim) claims at most the payload that sized the machine
    (its threshold, the least it asserts, within the cross-checks' agreement tolerance, 10 %,
    above that payload): judged on that machine it would hold by construction."""
    payload = sizing_payload(ctx)
    if payload is None or fig.field not in PAYLOAD_FIELDS:
        return False
    return threshold(fig, "kg") * (1.0 - TOLERANCE["consistent"]) <= payload


def refine(entries: list, ctx: Context) -> list:
    """The not-judged entries, with the reason for a payload claim that :func:`circular`."""
    payload = sizing_payload(ctx)
    if payload is None:
        return entries
    mass = ctx.inputs["mass"]
    source = sizing_figure(ctx, payload)
    where = f" ({source})" if source else ""
    out = []
    for entry in entries:
        fig = ctx.case.figures.get(entry.claim)
        if entry.field in PAYLOAD_FIELDS and fig is not None and circular(ctx, fig):
            claim = threshold(fig, "kg")
            same = claim * (1.0 + TOLERANCE["consistent"]) >= payload
            what = ("this claim of the same payload" if same else
                    f"this claim of {num(claim)} kg, less than that payload,")
            agree = ("" if same else
                     f". The source's own figures agree: {num(claim)} kg is within the "
                     f"{num(payload)} kg it states{where}, a comparison of its figures and "
                     "no verdict on the physics")
            entry = NotJudged(
                entry.claim, entry.field, entry.text,
                f"the case states no mass, battery, maximum take-off mass or motor Kv; the "
                f"machine was sized from the {payload:.3g} kg payload the source says it "
                f"carries ({source + '; ' if source else ''}real machines whose maximum payload "
                f"that is weigh "
                f"{mass.low:.3g}-{mass.high:.3g} kg without payload), so judging {what} on "
                "it would pass by construction (circular: every payload up to the sizing one "
                f"does){agree}",
                "a take-off mass (a takeoff_mass figure with role = \"input\", or [vehicle] "
                "mass), an empty mass with the battery mass, a battery (energy, or capacity "
                "with voltage or cells), a max_takeoff_mass input or a motor Kv")
        out.append(entry)
    return out
