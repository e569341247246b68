"""Power-plant words -> power plant: the documented table of every word an ``engine_type`` (or
an airframe text) may name a power plant by, and how each is read (issue #13, vehicle kinds).

Every word of :data:`ENGINE_WORDS` maps to exactly one power plant: one a vehicle kind models
(``"electric"``, ``"piston"``, ``"jet"``: :data:`MODELLED`) or one no kind models (a pulsejet,
ramjet or ducted fan, :data:`~dronecalc.intake.refusals.UNMODELLED_PLANTS`: refused by name).
A word that names the modelled plant itself ("two-stroke", "electric", "turbojet") is read as
it; a word that names something else the model stands in for (a fuel, a Wankel rotary, "jet")
carries :attr:`EngineWord.read`, the sentence the check prints on the figure (an ``inferred``
flag, :func:`reading`), with its source or labelled a judgement. Words no entry matches
("rocket", "steam turbine", "JP-8", a model name alone) name no plant: the case is never run as
another kind; a fixed wing with nothing else that says what powers it is "not judged", and the
flag lists :func:`accepted_text`. The unmodelled plants matched by pattern (turboprop,
turbofan, turboshaft, fuel cell, hydrogen, hybrid, solar) are
:data:`~dronecalc.intake.refusals.UNMODELLED_POWER`. docs/case-format.md, *Engine words*,
lists every word; a test keeps both lists equal. No physics here.
"""
from __future__ import annotations

from dataclasses import dataclass

from .refusals import UNMODELLED_PLANTS

#: Power plants a vehicle kind models, as the kinds name them (``fixed-wing-<power>``).
MODELLED = ("electric", "piston", "jet")
#: Each modelled plant as a sentence names it.
PLANT_NOUNS = {"electric": "a battery-electric motor", "piston": "a piston engine",
               "jet": "a small turbojet"}


@dataclass(frozen=True)
class EngineWord:
    """One power-plant word.

    Attributes
    ----------
    power : str
        The plant it names: one of :data:`MODELLED`, or an unmodelled plant's name.
    read : str or None
        How a word that does not name the modelled plant itself is read, and on what grounds
        (a source, or a judgement said as one); None: the word names that plant.
    """

    power: str
    read: str | None = None


_FUEL = ("a fuel, not an engine; a drone's petrol engine is a two- or four-stroke piston, and a "
         "petrol Wankel rotary is read the same way (judgement)")
_HEAVY = ("a UAV diesel is a heavy-fuel piston engine (the Heron's 'diesel engine ... the 180hp "
          "(135kW) powerplant', flightglobal.com/iai-to-test-heavy-fuel-heron-uav/57644.article), "
          "flown on the petrol engines' efficiencies (judgement: a diesel's lower fuel use is not "
          "modelled)")
_WANKEL = ("a Wankel rotary is no piston engine but burns fuel for shaft power as one does, so it "
           "is flown on the piston engines' fuel use (BSFC) for its power (judgement); UAV "
           "Wankels quote one inside the piston class of their size (above 7 kW: 256-409 g/kWh): "
           "310-350 g/kWh for the 30 kW AIE 225CS (Unmanned Systems Technology 007, 'AIE 225CS "
           "UAV rotary', p. 58), 0.46 lb/hp/h (280 g/kWh) for the Mistral G-190 "
           "(rotarynews.com, 2005); the RQ-7 Shadow's UEL AR-741 rotary is read the same way "
           "(dronecalc/data/fixed_wing.toml)")
_COMBUSTION = ("a gas turbine is an internal combustion engine too, but a drone's is a piston "
               "engine unless a turbine word says otherwise (judgement)")
_JET = ("the one jet the jet kind models: its fuel use (TSFC) prior is fitted on turbojets only "
        "(dronecalc/data/fixed_wing_jet.toml; judgement: a drone's 'jet' mostly is one); a "
        "turbofan, pulsejet, ramjet or ducted fan is not modelled, and an engine_type naming one "
        "is refused")

#: Every power-plant word (matched longest first, on word boundaries, any run of spaces or
#: hyphens between its pieces: ``airframes.resolve``) -> the plant it names and how it is read.
ENGINE_WORDS: dict[str, EngineWord] = {
    # battery-electric: the words name the plant
    "electric": EngineWord("electric"), "electrical": EngineWord("electric"),
    "battery": EngineWord("electric"), "batteries": EngineWord("electric"),
    "battery-powered": EngineWord("electric"),
    # piston: the words name the plant
    "piston": EngineWord("piston"), "two-stroke": EngineWord("piston"),
    "2-stroke": EngineWord("piston"), "four-stroke": EngineWord("piston"),
    "4-stroke": EngineWord("piston"),
    # Rotax aero engines (912/914/915) are piston engines ("100hp Rotax gasoline engine",
    # flightglobal.com/iai-to-test-heavy-fuel-heron-uav/57644.article; "a sole 100hp Rotax
    # 912", armyrecognition.com): the maker's name names the plant
    "rotax": EngineWord("piston"),
    # piston, read from a fuel or another combustion engine: said on the figure
    "gasoline": EngineWord("piston", _FUEL), "petrol": EngineWord("piston", _FUEL),
    # American usage: "the gas engine (in this case, a 220 HP motor)" (mikeshouts.com, SKYF)
    "gas engine": EngineWord("piston", _FUEL), "gas engines": EngineWord("piston", _FUEL),
    "gas-powered": EngineWord("piston", _FUEL),
    "diesel": EngineWord("piston", _HEAVY), "heavy fuel": EngineWord("piston", _HEAVY),
    "heavy-fuel": EngineWord("piston", _HEAVY),
    "wankel": EngineWord("piston", _WANKEL), "rotary engine": EngineWord("piston", _WANKEL),
    "internal combustion": EngineWord("piston", _COMBUSTION),
    "internal-combustion": EngineWord("piston", _COMBUSTION),
    # jet: "turbojet" names the plant; the other jet words are read as one
    "turbojet": EngineWord("jet"), "jet engine": EngineWord("jet", _JET),
    "jet-powered": EngineWord("jet", _JET), "jet": EngineWord("jet", _JET),
    # plants no kind models, refused by name (refusals.plant_refusal); "electric ducted fan"
    # whole, so that its "electric" does not make it two plants
    **{w: EngineWord(p) for w, p in UNMODELLED_PLANTS.items()},
}
#: The table as ``word -> plant`` (``airframes.POWER_WORDS``).
POWER_WORDS: dict[str, str] = {w: e.power for w, e in ENGINE_WORDS.items()}


def reading(words) -> str | None:
    """How the power-plant words ``words`` (the table entries a text matched, as
    ``airframes.resolve(text).words``) are read, when the plant is read from a word that does
    not name it: ``("rotary engine",)`` -> ``"read as a piston engine ('rotary engine': a
    Wankel rotary is no piston engine ..."``. None when a word names the plant itself ("petrol two-stroke"), when the
    words name no modelled plant or more than one plant, or name none loosely.

    >>> reading(("petrol", "two-stroke")) is None
    True
    >>> reading(("wankel",)).startswith("read as a piston engine ('wankel': a Wankel")
    True
    """
    entries = [(w, ENGINE_WORDS[w]) for w in words if w in ENGINE_WORDS]
    powers = {e.power for _, e in entries}
    if len(powers) != 1 or next(iter(powers)) not in MODELLED or any(
            e.read is None for _, e in entries):
        return None
    why = "; ".join(dict.fromkeys(f"{w!r}: {e.read}" for w, e in entries))
    return (f"read as {PLANT_NOUNS[powers.pop()]} ({why}); [case] vehicle_kind, or an "
            "engine_type that names the plant itself, removes this flag")


def unread(text: str, power: str, basis: str) -> str:
    """The flag of an ``engine_type`` whose words name no plant (an engine's model name,
    "rocket") on a case whose plant ``power`` was read from ``basis`` instead ("the fuel
    figures"): never silently flown as that plant."""
    return (f"{text!r} names no power plant dronecalc reads (the engine_type words read: "
            f"docs/case-format.md, Engine words); the plant is read from {basis} instead, as "
            f"{PLANT_NOUNS[power]}: if the engine is none, no kind models the machine; an "
            "engine_type that names the plant, or [case] vehicle_kind, removes this flag")


def accepted_text() -> str:
    """Every word of the table that names a modelled plant, by plant, for messages:
    ``"battery-electric: 'electric', ...; piston: ...; jet: ..."``."""
    names = {"electric": "battery-electric", "piston": "piston", "jet": "turbojet"}
    return "; ".join(f"{names[p]}: " + ", ".join(repr(w) for w, e in ENGINE_WORDS.items()
                                                 if e.power == p) for p in MODELLED)


def expected_engine_text(kinds: str) -> str:
    """What an ``engine_type`` may say, for error messages (``kinds``: the kinds, as
    ``airframes.kinds_text`` gives them)."""
    return ("an engine_type of 'electric' (battery), 'two-stroke piston', 'four-stroke "
            "piston', 'diesel' or 'turbojet' (the words read, docs/case-format.md, Engine "
            f"words: {accepted_text()}), or set [case] vehicle_kind; kinds: {kinds}")
