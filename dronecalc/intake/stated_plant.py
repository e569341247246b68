"""A stated vehicle kind beside a stated power plant that kind does not model (review 17).

``[case] vehicle_kind`` settles the kind, so :func:`dronecalc.intake.airframes.case_kind`
skips the refusal by name that an unmodelled plant gets when the words choose the kind
(docs/case-format.md, *Vehicle kinds*, step 3). Without this module a case stating
``vehicle_kind = "fixed-wing-electric"`` and ``engine_type = "fuel cell"`` (or ``fuel_type =
"hydrogen"``) was flown on a battery, silently: the AeroVironment Puma's 9-hour fuel-cell
record (hydrogencarsnow.com) came out implausible against a battery's 0.69-4.2 h, and nothing
said a fuel cell had been replaced.

Here the plant is found (:func:`find`) and flagged (:func:`flags`); the claims that rest on the
energy on board are then "not judged" with why (:mod:`dronecalc.claims.stated_plant`), as the
range, distance and flight-time claims of a piston kind burning a fuel it has no BSFC for are
(:func:`dronecalc.claims.values.no_bsfc`). The kind stands for the rest: its speed, ceiling,
payload and stall claims are judged on the stated kind's model as usual.
"""
from __future__ import annotations

from .fields import Flag
from .refusals import PLANT_FIX, UNMODELLED_FUEL, UNMODELLED_POWER, plant_name

#: What each kind flies an energy claim on, as a reason says it.
FLOWN_ON = {
    "multirotor": "a battery", "fixed-wing-electric": "a battery",
    "vtol-quadplane": "a battery", "tailsitter": "a battery",
    "fixed-wing-piston": "a piston engine's petrol or heavy-fuel burn",
    "vtol-quadplane-piston": "a piston engine's petrol or heavy-fuel burn",
    "fixed-wing-jet": "a small turbojet's or turbofan's fuel burn",
}
#: Plant names (:func:`~dronecalc.intake.refusals.plant_name`) a kind does model although
#: :data:`~dronecalc.intake.refusals.UNMODELLED_POWER` names them: the hybrid quadplane is the
#: hybrid (battery lift, piston cruise), and the jet priors hold turbofans
#: (``priors.fixed_wing_jet.ENGINE_KINDS``).
MODELLED = {"vtol-quadplane-piston": ("hybrid (engine and battery)",),
            "fixed-wing-jet": ("turbofan",)}
#: Kinds whose methanol, ethanol or hydrogen *fuel* :func:`dronecalc.claims.values.no_bsfc`
#: already sets aside (its reason names the missing BSFC): left to it.
PISTON = ("fixed-wing-piston", "vtol-quadplane-piston")
#: The engine_type that says a kind's own plant.
OWN_ENGINE = {"fixed-wing-piston": "'two-stroke piston'", "vtol-quadplane-piston":
              "'two-stroke piston'", "fixed-wing-jet": "'turbojet'"}


def fix(kind: str, field: str) -> str:
    """What to state instead of the ``field`` that named the plant, when the aircraft does
    fly on ``kind``'s plant after all."""
    if field == "airframe":
        return PLANT_FIX["airframe"]
    if field == "fuel_type":
        return "the case without that fuel_type" + (
            " (or one the kind burns: petrol, AVGAS, diesel or jet fuel)"
            if kind in OWN_ENGINE else "")
    return f"an engine_type saying so ({OWN_ENGINE.get(kind, repr('electric'))})"


def _stated(data: dict) -> list[tuple[str, str, str]]:
    """``(where, field, text)`` of every engine_type, fuel_type and airframe text a raw case
    states of its machine (never a context figure), figures first."""
    out = []
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    for ident, entry in figures.items():
        if isinstance(entry, dict) and entry.get("role") != "context" and entry.get(
                "field") in ("engine_type", "fuel_type", "airframe"):
            out.append((ident, entry["field"], entry.get("text")))
    vehicle = data.get("vehicle") if isinstance(data.get("vehicle"), dict) else {}
    out += [(f"vehicle.{k}", k, vehicle.get(k)) for k in ("engine_type", "fuel_type")]
    return [item for item in out if isinstance(item[2], str)]


def find(kind: str, stated) -> tuple[str, str, str, str] | None:
    """The first of ``stated`` ``(where, field, text)`` that names a power plant ``kind``
    does not model: ``(where, field, text, plant name)``, or None.

    An engine_type names one by a word of ``UNMODELLED_POWER`` ("fuel cell", "turboprop",
    "solar", "hybrid") or ``UNMODELLED_FUEL`` ("hydrogen"); a fuel_type by
    ``UNMODELLED_FUEL``; an airframe where the refusal path reads its words as the machine's
    plant (:func:`~dronecalc.intake.airframes.airframe_plant`: "hydrogen-powered", never "a
    hydrogen sensor"). A kind's own plant (:data:`MODELLED`) and a piston kind's fuel
    (:data:`PISTON`) are not returned."""
    from .airframes import airframe_plant
    for where, field, text in stated:
        if field == "airframe":
            hit = airframe_plant(text)
        else:
            hit = bool(UNMODELLED_FUEL.search(text) or (
                field == "engine_type" and UNMODELLED_POWER.search(text)))
        name = plant_name(text)
        if not hit or name in MODELLED.get(kind, ()) or (
                kind in PISTON and UNMODELLED_FUEL.search(text)
                and not UNMODELLED_POWER.search(text.replace("hydrogen", ""))):
            continue
        return where, field, text, name
    return None


def message(kind: str, found) -> str:
    """The flag's message: the stated kind, the plant it does not model, what follows."""
    where, field, text, name = found
    return (f"[case] vehicle_kind = {kind!r} flies on {FLOWN_ON.get(kind, 'another plant')}, "
            f"but the {field} ({where}: {text!r}) names a {name} power plant, which dronecalc "
            "does not model: the kind stands for the claims that do not rest on the energy on "
            "board (speeds, ceiling, payload, stall), and the range, distance and flight-time "
            f"claims are not judged; if it flies on {FLOWN_ON.get(kind, 'that kind')} after "
            f"all, {fix(kind, field)}")


def flags(kind: str, data: dict) -> list[Flag]:
    """The flag of a raw case whose ``[case] vehicle_kind`` (``kind``) does not model a power
    plant it states ([] when none)."""
    found = find(kind, _stated(data))
    if found is None:
        return []
    where, field, text, _ = found
    return [Flag(where, field, text, "ambiguous", message(kind, found))]
