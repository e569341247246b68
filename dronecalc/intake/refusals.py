"""Why a readable case has no vehicle kind that dronecalc models (the claim contract, issues
#10 and #13): the :class:`Refusal` a case's ``kind_note`` carries and :func:`no_kind`, the
note of a case that names no kind at all. :func:`dronecalc.intake.airframes.case_kind` makes
them; :mod:`dronecalc.claims.unmodelled` turns them into "not judged" entries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fields import Flag

#: Power plants no vehicle kind models: an ``engine_type`` naming one is refused by name, never
#: run as the battery or piston aircraft its other figures suggest.
UNMODELLED_POWER = re.compile(r"(?i)\b(?:turbo-?props?|turbo-?fans?|turbo-?shafts?|"
                              r"fuel[- ]cells?|hydrogen|hybrid|solar)\b")


#: Names of the power plants :data:`UNMODELLED_POWER` matches, for "dronecalc has no model for
#: a ... power plant": (pattern, name), the first that matches naming the plant.
UNMODELLED_NAMES = (
    (re.compile(r"(?i)hydrogen.*fuel[- ]cell|fuel[- ]cell.*hydrogen"), "hydrogen fuel-cell"),
    (re.compile(r"(?i)fuel[- ]cell"), "fuel-cell"), (re.compile(r"(?i)hydrogen"), "hydrogen"),
    (re.compile(r"(?i)turbo-?prop"), "turboprop"), (re.compile(r"(?i)turbo-?fan"), "turbofan"),
    (re.compile(r"(?i)turbo-?shaft"), "turboshaft"),
    (re.compile(r"(?i)hybrid"), "hybrid (engine and battery)"),
    (re.compile(r"(?i)solar"), "solar"), (re.compile(r"(?i)\bl?h2\b"), "hydrogen"),
    (re.compile(r"(?i)methanol|glow|nitro"), "methanol-fuelled engine"),
    (re.compile(r"(?i)ethanol|e85"), "ethanol-fuelled engine"))


def plant_name(text: str) -> str:
    """The unmodelled power plant an ``engine_type`` text names ("hydrogen fuel cell" ->
    ``"hydrogen fuel-cell"``), or the text itself."""
    return next((name for pattern, name in UNMODELLED_NAMES if pattern.search(text)), text)


#: An unmodelled power plant in an airframe text (docs/case-format.md, *Vehicle kinds*, step 3):
#: a turbine or fuel-cell word; "hydrogen"/"solar" before "-powered", "-electric", "fuel cell" or
#: a word of the table ("solar quadplane"), or after "powered by"; never a part ("a solar panel
#: for the camera"); "hybrid" only beside a power word ("gas-electric hybrid", "hybrid-electric"):
#: alone it is a layout word there ("hybrid VTOL": a quadplane; a hybrid multirotor: step 5).
_AIRFRAME_PLANT = re.compile(r"(?i)\b(?:turbo-?(?:props?|fans?|shafts?)|fuel[\s_-]*cells?|"
                             r"(?:gas|petrol|gasoline|diesel|electric)[\s_-]+hybrid|"
                             r"hybrid[\s_-]+(?:gas|petrol|gasoline|diesel|electric|power))\b|"
                             r"(powered[\s_-]+by[\s_-]+(?:an?[\s_-]+|the[\s_-]+)?)?"
                             r"\b(hydrogen|solar)\b")
_AS_POWER = re.compile(r"(?i)[\s_-]*(?:powered|power|electric|fuel[\s_-]*cells?)\b")
#: Fuels whose engines the piston model (its gasoline / heavy-fuel BSFC prior) does not
#: describe: hydrogen (a fuel-cell or hydrogen engine), methanol and ethanol, whose energy per
#: mass (8,637 and 11,585 BTU/lb against petrol's 18,676, American Petroleum Institute figures as
#: tabulated at btu-from-a-blt.blogspot.com/2010/10/flexible-fuel-vehicles-fuel.html; methanol
#: 19.9 MJ/kg, liquisearch.com/fuel_efficiency/energy_content_of_fuel) needs ~2.2x and ~1.6x
#: petrol's fuel mass per kWh at equal efficiency: a fuel_type naming one is refused by name,
#: never flown on petrol's density and consumption.
UNMODELLED_FUEL = re.compile(r"(?i)\b(?:hydrogen|h2|lh2|methanol|ethanol|e85|glow[\s_-]*fuel|"
                             r"nitro(?:methane)?)\b")
#: What to state instead of the word that named the plant, by the field that named it.
PLANT_FIX = {"engine_type": "an engine_type saying so",
             "airframe": "the airframe without that word (and an engine_type saying so)",
             "fuel_type": "a fuel_type it models (petrol, AVGAS, diesel or jet fuel)"}


@dataclass(frozen=True)
class Refusal:
    """Why a readable case has no vehicle kind that dronecalc models, for the claim
    contract's "not judged" entries (docs/case-format.md, *Vehicle kinds*).

    Attributes
    ----------
    cause : {"no-model", "ambiguous", "not-enough", "no-plant", "no-kind", "fuel-multirotor",
             "beyond-model"}
        No kind models the machine; its words could mean more than one kind (or exclude each
        other); the case does not state enough to tell the kind; a fixed wing (named by its
        airframe) whose power plant nothing states (:mod:`dronecalc.claims.plants` then
        judges each claim under each plant);
        nothing in the case names a kind at all (:func:`no_kind`); a multirotor that states
        a fuel or a combustion or hybrid power plant (:func:`fuel_multirotor`).
    reason : str
        One sentence: what dronecalc cannot tell or model, naming the figure and its words.
    needs : str
        What would let the claims be judged (a phrase completing "needs ...").
    """

    cause: str
    reason: str
    needs: str


class KindNote(str):
    """``Case.kind_note`` of a case whose kind is left unknown: the message (a ``str``, as
    before) and the :class:`Refusal` behind it (``.refusal``)."""

    refusal: Refusal
    #: The kind whose plausible ranges read the figures (``fields.spec_for``): a wing-borne
    #: kind when every candidate layout is wing-borne, else None (the multirotor rows).
    ranges: str | None

    def __new__(cls, text: str, refusal: Refusal, ranges: str | None = None) -> "KindNote":
        out = super().__new__(cls, text)
        out.refusal, out.ranges = refusal, ranges
        return out


def no_kind(powers: set[str], kinds: str) -> KindNote:
    """A readable case that names no kind at all (no airframe word, vehicle class, vehicle
    kind or rotor figure; at most a power plant, ``powers``): its claims are "not judged"
    with what would name the kind and the ``kinds`` (:func:`~dronecalc.intake.airframes.
    kinds_text`), the claim contract; never judged as a guessed kind."""
    plant = (f" (its engine_type names a {' / '.join(sorted(powers))} power plant, which "
             "more than one kind could have)" if powers else "")
    reason = ("the case names no vehicle kind: no airframe figure, [case] vehicle_class or "
              f"vehicle_kind, and no rotor figure{plant}")
    needs = ("an airframe figure ('quadcopter', 'flying wing', 'quadplane' ...), rotors = N "
             "(a multirotor), or [case] vehicle_kind; the kinds are: " + kinds)
    return KindNote(f"{reason}; state {needs}", Refusal("no-kind", reason, needs),
                    "any-kind")                  # fields.ANY_KIND: every kind's ranges


def unknown_class(vehicle_class: str, classes, words) -> tuple[str, str, str]:
    """``(message, value, expected)`` of a ``[case] vehicle_class`` in which no word of the
    airframe table is found, with the closest prior ``classes`` or airframe ``words``
    ('small-camera-quadd' -> "did you mean 'small-camera-quad'?"): an error, as an unknown
    vehicle_kind is, where it had read as "the case names no vehicle kind" (review 9)."""
    from .suggest import closest
    near = closest(vehicle_class.strip().lower(), list(classes) + list(words))
    return ("unknown vehicle class" + (f"; did you mean {near!r}?" if near else ""),
            vehicle_class, f"a multirotor prior class, one of {', '.join(classes)}; an "
            "airframe word ('quadcopter', 'hexacopter', 'fixed-wing', 'flying wing', "
            "'quadplane', 'tailsitter' ...); or leave vehicle_class out")


#: What burns fuel, as a multirotor's refusal names it: a power plant (``plant`` of
#: :func:`fuel_signal`) or a fuel field (docs/case-format.md, *Vehicle kinds*, step 5).
FUEL_SIGNS = {"piston": "combustion engine", "jet": "jet engine", "turbine": "turbine engine",
              "hybrid": "hybrid (engine and battery) power plant",
              "fuel_type": "fuel type", "fuel_mass": "fuel mass", "fuel_volume": "fuel volume"}
#: Combustion and turbine words of a multirotor's power description (airframe or
#: engine_type text) beyond :data:`dronecalc.intake.airframes.POWER_WORDS` (review round 2,
#: finding 7), as (pattern, plant): the plant is a sign of :data:`FUEL_SIGNS`. Never a
#: fixed wing's power (a "nitro" or "turbine" wing is no petrol piston or turbojet), and never
#: a part or a task: "gas" only as "gas-powered" / "gas engine" ("a gas sensor" is none),
#: "turbine" only as a power ("turbine-powered", "gas turbine"; "wind turbine inspection" is
#: none), "ICE" (internal combustion engine) only upper-case, as a whole word.
FUEL_WORDS = (
    (re.compile(r"(?i)\b(?:gas|gasoline|petrol|glow|nitro)[\s_-]*(?:powered|engined?|motor)\b|"
                r"\b(?:nitro(?:methane)?|kerosene|jet[\s_-]*fuel|fuel[\s_-]*injected|"
                r"internal[\s_-]+combustion|combustion[\s_-]*(?:engined?|powered))\b"),
     "piston"),
    (re.compile(r"\bICE\b"), "piston"),
    (re.compile(r"(?i)\bturbine[\s_-]*(?:powered|engined?|driven)\b|\bgas[\s_-]+turbines?\b"),
     "turbine"))


def fuel_word(text: str) -> str | None:
    """The plant (a key of :data:`FUEL_SIGNS`) a :data:`FUEL_WORDS` word of ``text`` names,
    or None: ``"gas-powered quadcopter"`` -> ``"piston"``, ``"gas sensor quadcopter"`` -> None."""
    return next((plant for pattern, plant in FUEL_WORDS if pattern.search(text)), None)


#: Fields whose text names a power plant, most telling first (then the fuel fields).
_PLANT_FIELDS = ("engine_type", "airframe")


def fuel_signal(data: dict, section_keys: dict, plant, maps_to) -> tuple | None:
    """The most telling unambiguous sign in a raw case that its machine burns fuel, for a
    multirotor (battery-electric, ``physics.kinds``): ``(sign, where, text)`` or None.

    A sign is what the source states of the machine, never a ``context`` figure: an
    ``engine_type`` or airframe text whose words name a combustion, jet or hybrid plant
    (``plant(text)`` -> ``"piston"``, ``"jet"``, ``"hybrid"``; "electric motor", a bare model
    name or "brushless" are none); a ``fuel_type`` that names no battery; a ``fuel_mass`` or
    ``fuel_volume``. ``engine_power`` is no sign (reports also call a motor's power "engine
    power"), nor is a liquid payload's volume (payload_mass / max_payload, or context).
    ``maps_to(field)`` is the parameter a figure field states (``fields.FIELDS``).
    """
    found = []
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    for ident, entry in figures.items():
        if isinstance(entry, dict) and entry.get("role") != "context" and (
                entry.get("role") == "input" or entry.get("field") == "airframe"):
            field = entry.get("field")
            found.append((field if field in _PLANT_FIELDS else maps_to(field), ident,
                          entry.get("text")))
    for section in ("vehicle", "assumptions"):
        table = data.get(section)
        if isinstance(table, dict):
            keys = section_keys.get(section, {})
            found += [(keys.get(k, k), f"{section}.{k}", v) for k, v in table.items()]
    signs = []
    for name, where, text in found:
        named = plant(text) if isinstance(text, str) else None
        if name in _PLANT_FIELDS and named in FUEL_SIGNS:
            signs.append((_PLANT_FIELDS.index(name), named, where, text))
        elif name == "fuel_type" and isinstance(text, str) and named != "electric":
            signs.append((2, name, where, text))
        elif name in ("fuel_mass", "fuel_volume"):
            signs.append((3, name, where, str(text)))
    return min(signs)[1:] if signs else None


def fuel_multirotor(sign: str, where: str, text: str) -> Refusal:
    """Why a multirotor that states a fuel sign (:func:`fuel_signal`) is not judged: dronecalc
    models battery multirotors only, and never runs a fuel-burning one as a battery one."""
    return Refusal("fuel-multirotor", "dronecalc models battery multirotors only; this case "
                   f"states a {FUEL_SIGNS[sign]} ({where}: {text!r})",
                   "the case without that figure (and any other fuel or engine figure) if the "
                   "machine is battery-powered; a fuel-burning or hybrid multirotor has no "
                   "model yet")


def flag_field(data: dict, path: str) -> str:
    """The field a refusal flag names: a figure's own ``field`` (``figures.F6.text`` of a
    ``fuel_type`` figure -> ``"fuel_type"``), else the key path's last key (review round 2,
    finding 8: every such flag said ``airframe``)."""
    parts = path.split(".")
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    entry = figures.get(parts[1]) if parts[0] == "figures" and len(parts) > 1 else None
    if isinstance(entry, dict) and isinstance(entry.get("field"), str):
        return entry["field"]
    return parts[-1] if parts[0] != "figures" else "airframe"


def context_only(result: tuple, background: list, unresolved, flags: list, nouns: dict,
                 choose) -> tuple:
    """``result`` of a case whose only airframe words are ``context`` figures (review 3): they
    add nothing to a kind the other figures name (rotor figures, a wing), and a kind those
    name against them is refused (the report may set the machine beside another kind, or the
    role is wrong); a case they leave with no kind says why they were not used. Only when
    nothing else names a kind does ``case_kind`` read them, flagged ``inferred``.

    ``background``: ``(path, text, figure id, layouts, power)`` of each context airframe word;
    ``unresolved`` is ``case_kind``'s; ``nouns`` and ``choose``: ``airframes.LAYOUT_NOUNS``
    and ``airframes._choose``."""
    if not background:
        return result
    path, text, ident, layouts = background[0][:4]
    kind = result[0]
    layout = "fixed-wing" if kind and kind.startswith("fixed-wing-") else kind
    if kind is not None and all(layout in b[3] for b in background):
        return result
    what = " or ".join(nouns[x] for x in layouts)
    word = f"its only airframe word, {ident} ({text!r}: {what})"
    aside = f"{word}, is a context figure (the report's background), so it names no kind"
    fix = f"; if {ident} describes this machine, role = \"input\""
    if kind is None:
        flags.append(Flag(ident, "airframe", text, "ambiguous", f"{text!r}: {aside}{fix}"))
        note, refusal = result[1], getattr(result[1], "refusal", None)
        if refusal is not None:
            note = KindNote(f"{note}; {aside}{fix}", Refusal(
                refusal.cause, f"{refusal.reason}; {aside}", refusal.needs + fix), note.ranges)
        return (None, note) + tuple(result[2:])
    every = choose(tuple(nouns))                  # every layout: the kinds to choose from
    return unresolved(path, "a context airframe word names another kind than the figures",
                      text, every, Refusal(
                          "ambiguous", f"the case's figures read as {kind} ({result[1]}), but "
                          f"{word}, a context figure (the report's background), names another "
                          "kind", "an input airframe figure, or "
                          + every))


#: Jets the turbojet model is not (review 10: "pulse jet" and "EDF jet" had flown on a
#: turbojet's TSFC): power-plant words (``engine_words.ENGINE_WORDS``) that no kind models.
#: "electric ducted fan" whole: its "electric" had made it two plants, "names no plant".
UNMODELLED_PLANTS = {"pulse jet": "pulsejet", "ramjet": "ramjet", "ducted fan": "ducted fan",
                     "electric ducted fan": "ducted fan", "edf": "ducted fan"}


def plant_refusal(powers: set, words: str) -> Refusal | None:
    """The refusal of a fixed wing whose one power plant is a pulsejet, ramjet or ducted fan
    (:data:`UNMODELLED_PLANTS`), else None."""
    if len(powers) != 1 or next(iter(powers)) not in set(UNMODELLED_PLANTS.values()):
        return None
    plant = next(iter(powers))
    return Refusal("no-model", f"the case names a {plant} power plant for the fixed wing "
                   f"{words!r}, which no kind models (the jet kind is a turbojet's; a ducted "
                   "fan is electric and unmodelled)", "a kind that models the machine (none yet)")


def named_wing(words: str) -> str:
    """`` 'Skywalker X8'``: the airframe words quoted after "the fixed wing", or nothing when
    they are only the kind word itself ("the fixed wing 'fixed-wing'", review 18)."""
    if not words or re.sub(r"[\s_-]+", "", words.lower()) in ("fixedwing", "fixedwings"):
        return ""
    return f" {words!r}"
