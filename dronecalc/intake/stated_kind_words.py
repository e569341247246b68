"""A stated ``[case] vehicle_kind`` beside airframe words that name another kind (review 21).

``vehicle_kind`` settles the kind (docs/case-format.md, *Vehicle kinds*), so the airframe's
words are not read for it. Without this module a case stating ``vehicle_kind = "multirotor"``
and an airframe "flying wing" was flown as a quadcopter, and ``fixed-wing-electric`` with
"quadcopter" as a wing, with no word, while a ``vehicle_class`` that contradicted the airframe
was refused. The stated kind still stands (it is the user's explicit choice, and the
airframe figure may describe another machine of the report), but the contradiction is
flagged on the airframe figure, so ``dronecalc case`` and every verdict say it.
"""
from __future__ import annotations

from .fields import Flag


def _stated_airframes(data: dict) -> list[tuple[str, str]]:
    """``(figure id, text)`` of every airframe figure the source states as its machine's
    (role input or claim; the report's background, role context, never decides a kind)."""
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    return [(ident, entry["text"]) for ident, entry in figures.items()
            if isinstance(entry, dict) and entry.get("field") == "airframe"
            and entry.get("role") != "context" and isinstance(entry.get("text"), str)]


def flags(kind: str, data: dict) -> list[Flag]:
    """A flag on each stated airframe figure whose words name a layout or power plant that
    ``kind`` (a key of :data:`~dronecalc.intake.airframes.KINDS`) is not ([] when none)."""
    from .airframes import _combine, resolve
    own = resolve(kind)
    out = []
    for ident, text in _stated_airframes(data):
        words = resolve(text)
        layout_clash = bool(words.layouts) and not _combine(set(own.layouts), set(words.layouts))
        power_clash = bool(words.power and own.power and words.power != own.power)
        if not (layout_clash or power_clash):
            continue
        named = " or ".join(words.layouts) if layout_clash else f"a {words.power} power plant"
        out.append(Flag(ident, "airframe", text, "ambiguous", (
            f"the airframe {text!r} names {named}, but [case] vehicle_kind = {kind!r}: the "
            "case is judged as the stated kind; if the airframe describes this machine, set "
            "vehicle_kind to its kind (or remove vehicle_kind and let the airframe words "
            "choose)")))
    return out
