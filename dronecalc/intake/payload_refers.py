"""A claim flown with payload that refers to a payload figure carries that figure's mass
(review 23 #14; docs/case-format.md, *A claim's own conditions*). No physics here.

``with_payload = true`` flies a claim with the case's payload input; with none, the claim had
been flown with no payload at all, even when its ``refers`` named the figure that states the
payload ("deliver ... within a total range of 20 kilometers", ``refers = ["F1"]``, F1 "up to 2
kilograms" a ``max_payload`` claim): Wing's 20 km came out consistent at 37 % on an empty
machine, 11 % with the 2 kg. A claim is judged as the source states it, so such a claim
gets that figure's mass as its own ``payload``, a :class:`ReferredPayload` naming the figure:

* the referred figure is a ``max_payload``, ``payload_mass`` or ``warhead_mass`` claim, or a
  ``max_payload`` input (a ``payload_mass`` or ``warhead_mass`` input is the case's payload,
  which ``with_payload = true`` flies already; a context figure describes no load of this
  machine);
* a point or a range is flown as written; a bound ("up to 2 kg", "at least 2 kg") at its stated
  end, the one figure it gives (a maximum payload is the load the machine is said to carry);
* only on claims that take a ``payload`` (:data:`.conditions.CONDITION_FIELDS`), only when
  the claim states no payload of its own (its own wins), and two payload figures of different
  mass in one ``refers`` list are refused (which one the claim was flown with is the
  analyst's call: its own ``payload`` key says it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

from ..wording import num
from .conditions import CONDITION_FIELDS
from .figures import Figure

#: (path, message, value, expected) -> None: the case reader's way to record a problem.
Add = Callable[[str, str, Any, str], None]

#: Fields whose figures state a load the machine carries (a warhead is a payload carried to the
#: end of a one-way flight, intake.fields).
PAYLOAD_FIELDS = ("max_payload", "payload_mass", "warhead_mass")


@dataclass(frozen=True)
class ReferredPayload(Figure):
    """A claim's payload taken from the payload figure ``source`` (its id) that it refers to;
    a :class:`~dronecalc.intake.figures.Figure` like any claim's own payload."""

    source: str = ""


def payload_figure(value: Figure) -> Figure | None:
    """The payload a referred figure's ``value`` gives to fly: a point or range as written,
    a bound at its stated end; None without a mass."""
    if not isinstance(value, Figure) or (value.low is None and value.high is None):
        return None
    if value.kind in ("point", "range"):
        low, high, kind = value.low, value.high, value.kind
    else:
        low = high = value.low if value.low is not None else value.high
        kind = "point"
    kg = low.m_as("kg"), high.m_as("kg")
    text = f"{num(kg[0])} kg" if kind == "point" else f"{num(kg[0])}-{num(kg[1])} kg"
    return Figure(text, low.to("kg"), high.to("kg"), kind, value.approximate)


def _referred(fig, figures: dict) -> list:
    """The payload figures ``fig``'s refers list names, that a with-payload claim flies."""
    out = []
    for ident in fig.refers:
        ref = figures.get(ident)
        if ref is None or ref.field not in PAYLOAD_FIELDS or ref.role == "context":
            continue
        if ref.role == "input" and ref.field != "max_payload":
            continue                           # the case's payload: with_payload flies it
        if payload_figure(ref.value) is not None:
            out.append(ref)
    return out


def referred_payloads(figures: dict, add: Add) -> dict:
    """``figures`` (id -> CaseFigure) with each with-payload claim that refers to a payload
    figure carrying it as its own ``payload`` (a :class:`ReferredPayload`); problems to
    ``add``."""
    out = {}
    for ident, fig in figures.items():
        if fig.role == "claim" and fig.with_payload is True and fig.payload is None \
                and fig.field in CONDITION_FIELDS["payload"] and fig.refers:
            refs = _referred(fig, figures)
            loads = {payload_figure(r.value).text for r in refs}
            if len(loads) > 1:
                add(f"figures.{ident}.refers", "refers to payload figures of different masses "
                    f"({', '.join(r.id for r in refs)}) on a claim stated with payload, so "
                    "which load it was flown with is not said", list(fig.refers),
                    f'the claim\'s own payload, e.g. payload = "{sorted(loads)[0]}"')
            elif refs:
                load = payload_figure(refs[0].value)
                fig = replace(fig, payload=ReferredPayload(*(getattr(load, k) for k in (
                    "text", "low", "high", "kind", "approximate")), source=refs[0].id))
        out[ident] = fig
    return out


def referred_from(fig) -> str | None:
    """The id of the figure a claim's payload was taken from, None for its own or none."""
    return fig.payload.source if isinstance(fig.payload, ReferredPayload) else None


def from_text(fig, figures: dict) -> str:
    """How a claim's payload taken from a referred figure reads: ``"F1's 2 kg payload (up to 2
    kilograms, flown at its stated 2 kg; F3 refers to it)"``; "" for any other claim."""
    ref = figures.get(referred_from(fig) or "")
    if ref is None:
        return ""
    bound = isinstance(ref.value, Figure) and ref.value.kind not in ("point", "range")
    how = f", flown at its stated {fig.payload.text}" if bound else ""
    return (f"{ref.id}'s {fig.payload.text} payload ({ref.text}{how}; {fig.id} refers to it "
            "with with_payload = true)")


__all__ = ["PAYLOAD_FIELDS", "ReferredPayload", "from_text", "payload_figure", "referred_from",
           "referred_payloads"]
