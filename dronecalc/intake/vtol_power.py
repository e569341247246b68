"""The power plant of a VTOL fixed wing: which kind a quadplane or tailsitter with a
combustion engine is (docs/case-format.md, *Vehicle kinds*, step 3).

The electric quadplane and tailsitter (``vtol-quadplane``, ``tailsitter``) fly on a battery.
A quadplane whose case also states a piston engine (an ``engine_type`` or airframe word
"petrol", "two-stroke", "heavy fuel" ..., or fuel figures, which name combustion as for a
fixed wing) is the *hybrid* quadplane ``vtol-quadplane-piston``: battery lift rotors for
take-off and landing, a piston engine on fuel for the cruise (the class of the Latitude/
Textron HQ series: four lift rotors on booms and a pusher propeller, c4isrnet.com 2019-01-26).
Refused, never run as another kind:

* a tailsitter with a combustion engine: it hovers on its engine-driven cruise propeller
  (Aerovel's Flexrotor, a 19.2 kg "tailsitter" on gasoline that flew 32 h 8 min on 7.5 kg of
  fuel: aerovelco.com/Flexrotor.html, uas.noaa.gov news 706), which no kind models;
* a quadplane with a jet: no kind models it.

So an airframe that could be either ("VTOL fixed-wing") stays ambiguous when it states a
piston engine: piston tailsitters exist in the very class of the hybrid quadplanes, so the
engine does not tell them apart (:func:`choices` names the hybrid kind among the choices).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .fields import Flag

#: The hybrid quadplane kind (physics.kinds; engine.fixed_wing_vtol.HYBRID).
HYBRID = "vtol-quadplane-piston"
#: Stated fuel figures: combustion, as for a fixed wing (an engine power is a motor's too).
FUEL_NAMES = frozenset({"fuel_volume", "fuel_mass", "fuel_type"})
#: Airframe words that name the hybrid quadplane (rows of ``airframes.AIRFRAME_WORDS``, power
#: "piston"; review 17, finding 4): dronecalc's own label for ``vtol-quadplane-piston`` is
#: "hybrid quadplane", and "hybrid VTOL" is the trade's word for the class (Textron's Aerosonde
#: HQ, "hybrid quadrotor", a gasoline cruise engine and electric lift rotors, c4isrnet.com
#: 2019-01-26; Latitude Engineering's HQ "Hybrid Quadrotor" line). A flag says so each time
#: (:func:`plant_flags`): makers also call a battery quadplane or tailsitter a "hybrid VTOL",
#: a hybrid of a multirotor and a fixed wing rather than of two power plants.
HYBRID_WORDS = ("hybrid vtol", "hybrid quadplane", "hybrid quad-plane", "hybrid quad plane",
                "gas-electric hybrid vtol", "gas-electric hybrid quadplane",
                "petrol-electric hybrid vtol", "gasoline-electric hybrid vtol")
#: The table rows' source (:attr:`~dronecalc.intake.type_names.Word.source`).
HYBRID_SOURCE = ("dronecalc's label for vtol-quadplane-piston ('hybrid quadplane') and the "
                 "trade's for the class: Textron's Aerosonde HQ, a gasoline cruise engine and "
                 "electric lift rotors (c4isrnet.com 2019-01-26); flagged: a battery quadplane "
                 "is also called a 'hybrid VTOL' (of a multirotor and a fixed wing)")
#: The same words in a text (their "electric hybrid" is not the unmodelled plant word of
#: ``refusals._AIRFRAME_PLANT``: :func:`without_hybrid_words`).
_HYBRID_RE = re.compile(r"(?i)(?<![a-z0-9])(?:(?:gas|petrol|gasoline)[\s_-]+electric[\s_-]+)?"
                        r"hybrid[\s_-]+(?:vtol|quad[\s_-]*plane)(?![a-z0-9])")


class VtolReading(NamedTuple):
    """A VTOL layout's kind (``kind``, with ``note`` to add to how it was found), or no kind
    and what a refusal says: ``what`` the plant, ``reason`` why no kind models it."""

    kind: str | None
    note: str = ""
    what: str = ""
    reason: str = ""


def read(layout: str, powers: set, stated_names: set) -> VtolReading:
    """The kind of a case whose airframe words name the VTOL ``layout`` (``vtol-quadplane``
    or ``tailsitter``), given the power plants its words and engine_type name (``powers``)
    and the parameter names it states."""
    fuel = powers - {"electric"} or ({"piston"} if stated_names & FUEL_NAMES else set())
    if not fuel or layout not in ("vtol-quadplane", "tailsitter"):
        return VtolReading(layout)
    what = " / ".join(sorted(fuel))
    if layout == "vtol-quadplane" and fuel == {"piston"}:
        return VtolReading(HYBRID, " and the piston engine (a hybrid quadplane: battery lift "
                                   "rotors, piston cruise on fuel)")
    if layout == "tailsitter":
        return VtolReading(None, what=what, reason="a tailsitter with a combustion engine "
                           "hovers on its engine-driven propeller (Aerovel Flexrotor), which "
                           "no kind models")
    return VtolReading(None, what=what, reason=f"no kind models a quadplane with a {what} "
                       "cruise engine (the hybrid quadplane, vtol-quadplane-piston, has a "
                       "piston engine)")


def choices(layouts) -> list[str]:
    """The VTOL kinds a choice among ``layouts`` offers: the hybrid beside the quadplane."""
    return [HYBRID] if "vtol-quadplane" in layouts else []


def engine_says(layouts, powers: set, stated_names: set) -> str:
    """What a stated combustion engine adds to an airframe that could be a quadplane or a
    tailsitter: it does not choose (piston tailsitters exist: Aerovel Flexrotor), but it rules
    out both battery kinds; "" where no engine is stated."""
    if set(layouts) != {"vtol-quadplane", "tailsitter"} or read(
            "vtol-quadplane", powers, stated_names).kind != HYBRID:
        return ""
    return ("; with its piston engine a hybrid quadplane (vtol-quadplane-piston: battery lift "
            "rotors, piston cruise) or a piston tailsitter hovering on its engine (Aerovel "
            "Flexrotor), which no kind models")


def hybrid_rows(word) -> dict:
    """The airframe table's rows of :data:`HYBRID_WORDS` (``word``: the row class,
    :class:`~dronecalc.intake.type_names.Word`): a quadplane layout, a piston power plant."""
    return {w: word(("vtol-quadplane",), power="piston", source=HYBRID_SOURCE)
            for w in HYBRID_WORDS}


def without_hybrid_words(text: str) -> str:
    """``text`` with each of :data:`HYBRID_WORDS` read as "quadplane", so that the refusal of an
    unmodelled plant in an airframe text ("gas-electric hybrid" of a fixed wing) does not
    refuse the hybrid quadplane they name; "a hybrid VTOL powered by a hydrogen fuel cell"
    keeps its fuel cell, and "hydrogen hybrid VTOL" its hydrogen before a layout word."""
    return _HYBRID_RE.sub("quadplane", text)


#: The kinds a quadplane whose power plant no figure states is judged as, each claim under each
#: (:mod:`dronecalc.claims.plants`): the battery quadplane and the hybrid. A tailsitter of no
#: stated plant has one reading only: its combustion form is not modelled.
OPEN_KINDS = ("vtol-quadplane", HYBRID)


class OpenPlant(str):
    """``Case.kind_note`` of a quadplane whose power plant no figure states: the note (a
    ``str``, as before: how the kind was found) and ``reason``, one sentence saying why the
    plant is open. The case keeps the kind ``vtol-quadplane`` (its figures are read with the
    wing ranges, as every kind of :data:`OPEN_KINDS` reads them); ``check`` judges each claim
    as each of :data:`OPEN_KINDS` and folds the readings (:mod:`dronecalc.claims.plants`)."""

    reason: str

    def __new__(cls, text: str, reason: str) -> "OpenPlant":
        out = super().__new__(cls, text)
        out.reason = reason
        return out

    def __reduce__(self):               # copy and pickle keep the reason
        return OpenPlant, (str(self), self.reason)


def open_plant(kind: str, powers: set, battery: set) -> bool:
    """Whether the quadplane ``kind`` was read with no power plant stated: no airframe word or
    engine_type names one (``powers``), no battery figure (``battery``) and no fuel figure (a
    fuel makes the kind the hybrid, :func:`read`)."""
    return kind == "vtol-quadplane" and not powers and not battery


def resolved(vtol: VtolReading, note: str, powers: set, battery: set, where: list, text: str,
             problems: list, flags: list) -> tuple[str, str, list, list[Flag]]:
    """``(kind, kind_note, problems, flags)`` of ``airframes.case_kind`` for a VTOL layout read
    as ``vtol`` (a kind) from the airframe words ``text`` at ``where``, found as ``note``, with
    the ``problems`` and ``flags`` so far: an :class:`OpenPlant` note when no figure states the
    plant, and the flag of :func:`plant_flags` added."""
    note += vtol.note
    if open_plant(vtol.kind, powers, battery):
        note = OpenPlant(note, f"the case does not say what powers the quadplane {text!r} (no "
                         "engine_type, battery or fuel figure)")
    return vtol.kind, note, problems, flags + plant_flags(vtol.kind, powers, battery, where, text)


def plant_flags(kind: str, powers: set, battery: set, where: list, text: str) -> list[Flag]:
    """The flag of a VTOL fixed wing whose power plant only a guess or a hybrid word gives
    (review 17, finding 4: it had been read silently): ``kind`` from the airframe words of
    ``text`` (at the key paths ``where``), ``powers`` the plants the words and engine_type
    name, ``battery`` the battery parameters stated. [] when a figure states the plant."""
    path = where[0] if where else "airframe"
    ident = path.split(".")[1] if path.startswith("figures.") else path
    if kind == HYBRID and _HYBRID_RE.search(text or "") and powers == {"piston"}:
        message = (f"{text!r} is read as the hybrid quadplane (vtol-quadplane-piston: battery "
                   "lift rotors, a piston engine on fuel for the cruise), dronecalc's own "
                   "label for it; makers also call a battery quadplane a 'hybrid VTOL' (a "
                   "hybrid of a multirotor and a fixed wing): if this one has no engine, [case] "
                   "vehicle_kind = 'vtol-quadplane'; an engine_type or fuel figure removes "
                   "this flag")
    elif open_plant(kind, powers, battery):
        message = (f"no figure says what powers the quadplane {text!r}: check judges each "
                   "claim as the battery-electric quadplane (vtol-quadplane) and as the hybrid "
                   "(vtol-quadplane-piston: battery lift rotors, a piston engine on fuel for "
                   "the cruise), and a claim whose readings disagree needs checking; an "
                   "engine_type ('electric', 'two-stroke piston' ...), a battery or fuel "
                   "figure, or [case] vehicle_kind = 'vtol-quadplane' or "
                   "'vtol-quadplane-piston', settles it and removes this flag")
    elif kind == "tailsitter" and not powers and not battery:
        message = (f"no figure says what powers the tailsitter {text!r}: it is read as "
                   "battery-electric only, the plant of the tailsitter model (a tailsitter "
                   "with a combustion engine hovers on its engine-driven propeller, Aerovel "
                   "Flexrotor, which no kind models, so there is no second reading to judge "
                   "it under); a battery, engine_type or fuel figure, or [case] vehicle_kind, "
                   "removes this flag")
    else:
        return []
    return [Flag(ident, "airframe", text, "inferred", message)]
