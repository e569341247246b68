"""Airframe words -> vehicle kind: the documented table, and how a case's words are resolved.

A report says "quadcopter", "flying wing", "fixed-wing VTOL quadplane" or names a type
("Shahed-136", "Skywalker X8"). :data:`AIRFRAME_WORDS` says, for each word or phrase, which
vehicle *layouts* it is compatible with, the power plant it implies (if any) and the rotor
count it implies (multirotors only). :func:`resolve` combines the words of a text:

1. Phrases are matched longest first on word boundaries, and a matched phrase consumes its
   words: "Skywalker X8 flying wing" matches ``skywalker x8`` and ``flying wing``, never the
   octocopter layout word ``x8``. A type name is matched loosely (each letter once or twice,
   separators optional: "Sammad 3" is ``samad-3``; :func:`_loose`).
2. The layouts of all matched words are intersected, where a VTOL layout counts as a
   refinement of ``fixed-wing`` (a quadplane *is* a fixed wing that also hovers): "fixed-wing"
   + "quadplane" -> quadplane; "fixed-wing" + "VTOL" -> quadplane or tailsitter (ambiguous).
3. More than one layout left, or conflicting power plants, or no layout at all: the text is
   *ambiguous* or *conflicting*. It is reported as such with the candidates, never guessed.

The vehicle *kind* (:data:`KINDS`) is the layout plus, for a conventional fixed wing, its power
plant (``fixed-wing-electric``, ``fixed-wing-piston``, ``fixed-wing-jet``). The power plant comes
from a word ("Shahed-136": piston), from ``engine_type`` (``"two-stroke piston"``), or from what
the case states (a battery -> electric; fuel figures -> combustion, never an engine power
alone, which an electric motor has too). The physics models
behind each kind are registered in :mod:`dronecalc.physics.kinds`; a test keeps both lists equal.

Type names are matched as what public sources say the type *is*; each entry names its source.
No physics here.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..errors import DroneCalcError
from .fields import FIELDS, Flag
from .suggest import airframe_hint
from .type_names import TYPE_NAMES, Word  # noqa: F401
from .refusals import (_AIRFRAME_PLANT, _AS_POWER, PLANT_FIX, UNMODELLED_FUEL,  # noqa: F401
                       UNMODELLED_NAMES, UNMODELLED_PLANTS, UNMODELLED_POWER, KindNote, Refusal,
                       context_only, fuel_multirotor, flag_field, fuel_signal, fuel_word, no_kind,
                       named_wing, plant_name, plant_refusal, unknown_class)
from .wing_inference import (HORSEPOWER_NOTE as HP_NOTE, horsepower_engine as _horsepower,
                             infer as _wing, stated_parameters as _stated_parameters)
from . import rotor_words, stated_kind_words, stated_plant, vtol_kinds, vtol_power, vtol_words

#: Every vehicle kind, with what it is (the registry of models is ``physics.kinds``).
KINDS: dict[str, str] = {
    "multirotor": "battery-electric multirotor, flat or coaxial (lift and thrust from rotors)",
    "fixed-wing-electric": "fixed wing, battery-electric propeller(s)",
    "fixed-wing-piston": "fixed wing, piston engine (two- or four-stroke) and propeller",
    "fixed-wing-jet": "fixed wing, small turbojet",
    "vtol-quadplane": "fixed wing with separate electric lift rotors for take-off and landing "
                      "(quadplane); tilt-rotors are treated as quadplanes",
    "vtol-quadplane-piston": "hybrid quadplane: battery-electric lift rotors for take-off and "
                             "landing, a piston engine on fuel for the cruise",
    "tailsitter": "fixed wing that takes off and lands on its tail, hovering on its cruise "
                  "propellers",
}
#: Layouts a word can name. ``fixed-wing`` splits into kinds by power plant.
LAYOUTS = ("multirotor", "fixed-wing", "vtol-quadplane", "tailsitter")
#: Layouts that refine ``fixed-wing`` (a VTOL fixed wing is a fixed wing).
REFINES = {"vtol-quadplane": "fixed-wing", "tailsitter": "fixed-wing"}
#: Power plants of a fixed wing.
POWERS = ("electric", "piston", "jet")
#: Multirotor prior classes (``engine`` PRIOR_SETS keys); a test keeps them equal.
MULTIROTOR_CLASSES = ("small-camera-quad", "large-lift-quad", "large-lift-hexa",
                      "heavy-agricultural")


_MR, _FW = ("multirotor",), ("fixed-wing",)
_VTOL = ("multirotor", "vtol-quadplane", "tailsitter")
#: The airframe table (docs/case-format.md): lower-case words/phrases -> Word.
AIRFRAME_WORDS: dict[str, Word] = {
    # multirotor layout words (rotor count)
    "tricopter": Word(_MR, rotors=3), "quadcopter": Word(_MR, rotors=4),
    "quadrotor": Word(_MR, rotors=4), "quad": Word(_MR, rotors=4),
    "quadricopter": Word(_MR, rotors=4, source="Parrot's word for the AR.Drone and Bebop "
                         "(\"a quadricopter (helicopter with four rotors)\"; French "
                         "quadricoptère)"),
    "quadrocopter": Word(_MR, rotors=4, source="the German spelling (Quadrocopter), also in "
                         "English texts"),
    "hexacopter": Word(_MR, rotors=6), "hexarotor": Word(_MR, rotors=6),
    "hexa": Word(_MR, rotors=6),
    "y6": Word(_MR, rotors=6, source="coaxial tricopter: 6 rotors as 3 stacked pairs",
               rotor_layout="coaxial"),
    "octocopter": Word(_MR, rotors=8), "octorotor": Word(_MR, rotors=8),
    "octo": Word(_MR, rotors=8), "octa": Word(_MR, rotors=8),   # "ThunderFly Octa Multicopter"
    "octo-quad": Word(_MR, rotors=8, source="coaxial quadcopter: 8 rotors as 4 stacked pairs",
                      rotor_layout="coaxial"),
    "octoquad": Word(_MR, rotors=8, source="as octo-quad", rotor_layout="coaxial"),
    "x8": Word(("multirotor", "fixed-wing"), rotors=8,
               source="AMBIGUOUS: the coaxial octocopter layout 'X8' (8 rotors as 4 stacked "
                      "pairs), or the Skywalker X8 flying wing; the case must say which",
               rotor_layout="coaxial"),
    "multirotor": Word(_MR), "multicopter": Word(_MR), "copter": Word(_MR),
    # the hyphenated spelling ("The multi-rotor drone ... can carry payloads of up to 30kg",
    # aerospacetestinginternational.com, SkyDrive's cargo drone) had named no kind
    "multi-rotor": Word(_MR), "multi rotor": Word(_MR), "multi-copter": Word(_MR),
    # multirotor prior classes, so that [case] vehicle_class names its kind
    "small-camera-quad": Word(_MR, rotors=4), "large-lift-quad": Word(_MR, rotors=4),
    "large-lift-hexa": Word(_MR, rotors=6), "heavy-agricultural": Word(_MR),
    # fixed-wing layout words
    "fixed-wing": Word(_FW), "fixed wing": Word(_FW), "fixedwing": Word(_FW),
    "flying wing": Word(_FW), "flying-wing": Word(_FW), "delta": Word(_FW),
    "delta-wing": Word(_FW), "delta wing": Word(_FW), "airplane": Word(_FW),
    "aeroplane": Word(_FW), "glider": Word(_FW), "twin-boom": Word(_FW),
    # a drone made from a light aeroplane ("it may be a modified civilian sport plane",
    # "propeller-driven Aeroprakt A-22 sport planes", ndtv.com 7608983): a fixed wing
    "plane": Word(_FW), "sport plane": Word(_FW), "light aircraft": Word(_FW),
    "propeller-driven aircraft": Word(_FW), "light plane": Word(_FW),
    "ultralight plane": Word(_FW), "propeller-driven plane": Word(_FW),
    "twin boom": Word(_FW), "v-tail": Word(_FW), "cruise missile": Word(_FW),
    "loitering munition": Word(("multirotor", "fixed-wing"),
                               source="AMBIGUOUS: Lancet and Switchblade are fixed wings; "
                                      "many FPV loitering munitions are quadcopters"),
    "one-way attack": Word(("multirotor", "fixed-wing"),
                           source="AMBIGUOUS: Shahed-class OWA drones are fixed wings; "
                                  "FPV one-way attack drones are quadcopters"),
    "kamikaze": Word(("multirotor", "fixed-wing"),
                     source="AMBIGUOUS: used for fixed-wing OWA drones and FPV quadcopters"),
    # VTOL layout words
    **{w: Word(("vtol-quadplane",)) for w in ("quadplane", "quad-plane", "quad plane",
                                               "tilt-rotor", "tiltrotor")},
    **vtol_power.hybrid_rows(Word), **vtol_words.rows(Word),   # "hybrid VTOL", "eVTOL"
    **{w: Word(("tailsitter",)) for w in ("tailsitter", "tail-sitter", "tail sitter")},
    "vtol": Word(_VTOL, source="AMBIGUOUS alone: every multirotor is VTOL; with a fixed-wing "
                               "word it still leaves quadplane or tailsitter"),
    **{f"vertical {t} and landing": Word(_VTOL) for t in ("take-off", "takeoff", "take off")},
    # power-plant words (no layout of their own: they only set the power): POWER_WORDS below
    **TYPE_NAMES,
}
#: Rotor-layout words: they set a multirotor's rotor layout (flat or coaxial), never the
#: vehicle kind (a coaxial helicopter is not a multirotor; the rotor count words say that).
LAYOUT_WORDS: dict[str, str] = {"coaxial": "coaxial", "coax": "coaxial", "stacked": "coaxial"}
#: Words a ``rotor_layout`` figure may be (besides :data:`LAYOUT_WORDS` and the layout words of
#: :data:`AIRFRAME_WORDS`): the layout names themselves.
LAYOUT_NAMES: dict[str, str] = {"flat": "flat", "coplanar": "flat", "coaxial": "coaxial"}
#: Power-plant words: they set the power of a fixed wing, never its layout.
POWER_WORDS: dict[str, str] = {
    "electric": "electric", "battery": "electric", "battery-powered": "electric",
    "batteries": "electric", "electrical": "electric", "heavy fuel": "piston", "wankel": "piston",
    "piston": "piston", "two-stroke": "piston", "2-stroke": "piston", "four-stroke": "piston",
    "4-stroke": "piston", "gasoline": "piston", "petrol": "piston", "heavy-fuel": "piston",
    # American usage: "the gas engine (in this case, a 220 HP motor)" (mikeshouts.com, SKYF)
    "gas engine": "piston", "gas engines": "piston", "gas-powered": "piston",
    # a UAV diesel is a heavy-fuel piston engine ("a diesel engine ... the 180hp (135kW)
    # powerplant" of the Heron, flightglobal.com/iai-to-test-heavy-fuel-heron-uav/57644.article);
    # Rotax aero engines (912/914/915) are piston engines ("100hp Rotax gasoline engine", ibid.)
    "diesel": "piston", "rotax": "piston", "rotary engine": "piston",
    "internal combustion": "piston", "internal-combustion": "piston",
    "turbojet": "jet", "jet engine": "jet", "jet-powered": "jet", "jet": "jet", **UNMODELLED_PLANTS,
}
#: Layout names as a sentence says them.
LAYOUT_NOUNS = {"multirotor": "a multirotor", "fixed-wing": "a fixed wing",
                "vtol-quadplane": "a quadplane", "tailsitter": "a tailsitter"}


def _named(path: str) -> str:
    """A key path as a reason names it: ``figures.F2.text`` -> ``F2``."""
    parts = path.split(".")
    return parts[1] if parts[0] == "figures" and len(parts) > 1 else path


def _choose(layouts, powers=()) -> str:
    """What to state to choose among ``layouts`` (of the plant ``powers`` names): kinds."""
    kinds = vtol_words.choices(KINDS, layouts, vtol_power.choices(layouts), powers)
    return ("[case] vehicle_kind = " + " or ".join(repr(k) for k in kinds)
            + " (or an airframe figure whose words name one kind), to choose")


@dataclass(frozen=True)
class Resolved:
    """What the words of one text say about the vehicle.

    Attributes
    ----------
    layouts : tuple of str
        Candidate layouts left after combining the words ((): no airframe word).
    power : str or None
        Power plant named by the words (None: not named).
    rotors : int or None
        Rotor count named by multirotor words.
    words : tuple of str
        The table entries matched, in text order.
    problem : str or None
        ``"ambiguous"`` (more than one layout left), ``"conflicting"`` (words that exclude each
        other, or two power plants), or None.
    rotor_layout : {"flat", "coaxial"} or None
        The rotor layout the words name (multirotors only; None: not named, or words that
        name both).
    """

    layouts: tuple[str, ...]
    power: str | None
    rotors: int | None
    words: tuple[str, ...]
    problem: str | None = None
    rotor_layout: str | None = None

    @property
    def layout(self) -> str | None:
        """The one layout, when exactly one is left and nothing conflicts."""
        return self.layouts[0] if len(self.layouts) == 1 and self.problem is None else None

    def kind(self, power: str | None = None) -> str | None:
        """The vehicle kind, given the power plant from elsewhere when the words name none."""
        layout = self.layout
        if layout is None:
            return None
        if layout != "fixed-wing":      # a quadplane with a piston engine: the hybrid
            return vtol_power.HYBRID if (layout, self.power) == ("vtol-quadplane", "piston") \
                else layout
        power = self.power or power
        return f"fixed-wing-{power}" if power in POWERS else None


def _phrases() -> list[tuple[str, tuple[str, ...], str]]:
    """Every word, longest first, with the literal pieces its pattern needs (:func:`_pattern`)."""
    out = [(w, "layout") for w in AIRFRAME_WORDS] + [(w, "power") for w in POWER_WORDS] + [
        (w, "rotor_layout") for w in LAYOUT_WORDS]
    out.sort(key=lambda item: -len(item[0]))
    return [(w, tuple(piece for piece in re.split(r"[ -]+", w) if piece), what)
            for w, what in out]


@functools.lru_cache(maxsize=None)
def _pattern(word: str) -> re.Pattern:
    """The word on its own, any run of spaces, hyphens or underscores between its pieces; a
    type name (:data:`TYPE_NAMES`) spelled loosely too (:func:`_loose`).

    Compiled on first use: compiling all ~100 at import took ~5 ms of every start, and a
    text is matched only against the words whose pieces it contains."""
    body = _loose(word) if word in TYPE_NAMES else re.sub(r"(?:\\?[ -])+", r"[\\s_-]+",
                                                          re.escape(word))
    return re.compile(r"(?<![a-z0-9])" + body + r"(?![a-z0-9])")


def _squeeze(text: str) -> str:
    """``text`` without spaces, hyphens or underscores, each run of a doubled letter once:
    ``"Sammad 3"`` and ``"samad-3"`` -> ``"samad3"`` (what :func:`_loose` tolerates)."""
    return re.sub(r"([a-z])\1+", r"\1", re.sub(r"[\s_-]+", "", text.lower()))


def _loose(word: str) -> str:
    """A type name's pattern: each letter once or twice, and any run of spaces, hyphens or
    underscores, or none, where the name has one (a hyphen or none between its letters and
    digits), so that news spellings match ("Sammad 3", "Samad3" -> ``samad-3``; "Shahed136" ->
    ``shahed-136``; "TB-2" -> ``tb2``). A test keeps every entry's spellings off the others."""
    out, prev = [], ""
    for ch in re.sub(r"([a-z])\1+", r"\1", word):
        if ch in " -":
            out.append(r"[\s_-]*")
        else:
            if prev and prev not in " -" and prev.isdigit() != ch.isdigit():
                out.append(r"[_-]?")        # "TB-2", never "2 TB 2.5-inch"
            out.append(re.escape(ch) + ("{1,2}" if ch.isalpha() else ""))
        prev = ch
    return "".join(out)


_PHRASES = _phrases()
_SQUEEZED = {w: _squeeze(w) for w in TYPE_NAMES}


def _combine(a: set[str], b: set[str]) -> set[str]:
    """Layouts compatible with both sets, a VTOL layout refining ``fixed-wing``."""
    out = a & b
    out |= {x for x in b if REFINES.get(x) in a}
    out |= {x for x in a if REFINES.get(x) in b}
    return out


def resolve(text: str) -> Resolved:
    """The layouts, power plant and rotor count that the words of ``text`` name.

    Parameters
    ----------
    text : str
        An airframe description ("delta-wing fixed-wing", "Skywalker X8 flying wing"), a
        ``vehicle_class`` or a kind name.

    Returns
    -------
    Resolved

    Examples
    --------
    >>> resolve("Skywalker X8 flying wing").kind()
    'fixed-wing-electric'
    >>> resolve("fixed-wing VTOL quadplane").layout
    'vtol-quadplane'
    >>> resolve("VTOL").problem
    'ambiguous'
    """
    low = " " + text.lower().strip() + " "
    if low.strip() in KINDS:                       # a kind name: exact
        kind = low.strip()
        split = kind.startswith("fixed-wing-") or kind == vtol_power.HYBRID   # layout-power
        layout, _, power = kind.rpartition("-") if split else (kind, "", None)
        return Resolved((layout,), power, None, (kind,))
    found: list[tuple[int, str, str]] = []
    squeezed = _squeeze(low)
    for word, pieces, what in _PHRASES:
        if not (_SQUEEZED[word] in squeezed if word in TYPE_NAMES else
                all(piece in low for piece in pieces)):     # the pattern could not match
            continue
        for match in _pattern(word).finditer(low):
            found.append((match.start(), word, what))
            low = low[:match.start()] + " " * (match.end() - match.start()) + low[match.end():]
    found = sorted(found + rotor_words.found(low))     # "six-rotor drone": 6 rotors
    layouts: set[str] | None = None
    powers, rotors, problem, stacked, counted = set(), set(), None, set(), set()
    for _, word, what in found:
        if what == "power":
            powers.add(POWER_WORDS[word])
            continue
        if what == "rotor_layout":
            stacked.add(LAYOUT_WORDS[word])
            continue
        entry = AIRFRAME_WORDS.get(word) or rotor_words.entry(word)
        if entry.power:
            powers.add(entry.power)
        if entry.rotor_layout:
            stacked.add(entry.rotor_layout)
        elif entry.rotors:
            counted.add(entry.rotors)             # a count word that names no layout
        if entry.rotors:
            rotors.add(entry.rotors)
        layouts = set(entry.layouts) if layouts is None else _combine(layouts, set(entry.layouts))
        if not layouts:
            problem = "conflicting"
    left = tuple(x for x in LAYOUTS if layouts and x in layouts)
    if problem is None and len(left) > 1:
        problem = "ambiguous"
    if stacked == {"coaxial"}:
        # "coaxial quadcopter": fewer than 6 rotors cannot be stacked pairs on 3 or more
        # arms, so such a count word counts arms (the X8 of hobby usage: 8 rotors on 4 arms)
        rotors = {2 * r if r in counted and r < 6 else r for r in rotors}
    if len(powers) > 1 or len(rotors) > 1:
        problem = "conflicting"
    if "multirotor" not in left:
        rotors = set()
        if left:                                  # a wing's words name no rotor layout
            stacked = set()
    return Resolved(left, powers.pop() if len(powers) == 1 else None,
                    rotors.pop() if len(rotors) == 1 else None,
                    tuple(w for _, w, _ in found), problem,
                    stacked.pop() if len(stacked) == 1 else None)


def airframe_plant(text: str) -> bool:
    """Whether an airframe or vehicle_class text names such a plant as the machine's own."""
    text = vtol_power.without_hybrid_words(text)     # the hybrid quadplane's own words
    for match in _AIRFRAME_PLANT.finditer(text):
        rest = text[match.end():]
        low = rest.lstrip(" \t_-").lower()
        if match.group(2) is None or match.group(1) or _AS_POWER.match(rest) or any(
                low.startswith(pieces[0]) and _pattern(w).match(low) for w, pieces, _ in _PHRASES):
            return True
    return False


def planform(text: str) -> str | None:
    """The planform (``"delta"``, ``"flying-wing"``) the type names of ``text`` carry
    (:attr:`Word.planform`, from their sources), or None: ``"Shahed 136"`` -> ``"delta"``,
    whichever spelling of the type a report uses; names of two planforms give None."""
    forms = {AIRFRAME_WORDS[w].planform for w in resolve(text).words if w in AIRFRAME_WORDS}
    forms.discard(None)
    return forms.pop() if len(forms) == 1 else None


def kinds_text() -> str:
    """The kinds, for error messages: ``"multirotor (battery-electric ...), ..."``."""
    return "; ".join(f"{name} ({what})" for name, what in KINDS.items())


def layout_name(text: str) -> str | None:
    """The rotor layout (``"flat"`` | ``"coaxial"``) a ``rotor_layout`` text names, or None.

    ``"flat"``, ``"coplanar"``, ``"coaxial"``, ``"coax"``, ``"stacked"`` and the layout words of
    the airframe table (``"Y6"``, ``"X8"``, ``"octo-quad"``) in any case; in this field "X8" is
    the rotor layout, never the flying wing. Words that name both layouts give None.
    """
    if not isinstance(text, str):
        return None
    found = {LAYOUT_NAMES[w] for w in re.findall(r"[a-z]+", text.lower()) if w in LAYOUT_NAMES}
    named = resolve(text).rotor_layout
    if named is not None:
        found.add(named)
    return found.pop() if len(found) == 1 else None


def layout_words_text() -> str:
    """The words a ``rotor_layout`` figure may be, for error messages."""
    words = sorted((set(LAYOUT_NAMES) | set(LAYOUT_WORDS) | {
        w for w, e in AIRFRAME_WORDS.items() if e.rotor_layout}) - {"flat", "coaxial"})
    return "flat or coaxial (or one of: " + ", ".join(words) + ")"


def engine_power(text: str) -> str | None:
    """The power plant an ``engine_type`` text names ("50 hp two-stroke" -> ``"piston"``)."""
    return resolve(text).power


#: Fixed-wing machine parameters of a case's ``[vehicle]`` (intake.case.PARAMETERS).
WING_PARAMETERS = ("wingspan", "wing_area", "length", "engine_power", "engine_type",
                   "fuel_volume", "fuel_mass", "fuel_type")
#: Text fields whose text is kept as the figure's value.
TEXT_VALUES = ("engine_type", "fuel_type")
#: Parameters only a multirotor has: stating one, with no airframe word, names the kind.
ROTOR_PARAMETERS = ("rotors", "rotor_diameter", "motor_kv", "arms", "rotor_layout", "frame_size")
FUEL_PARAMETERS = ("fuel_volume", "fuel_mass", "fuel_type", "engine_power")
BATTERY_PARAMETERS = ("energy", "capacity", "voltage", "cells", "battery_mass", "chemistry")
#: Multirotor words -> rotor count (the old ``intake.case.AIRFRAMES``).
ROTOR_COUNTS = {w: e.rotors for w, e in AIRFRAME_WORDS.items()
                if e.rotors and e.layouts == ("multirotor",) and "-" not in w}


def airframe_rotors(text: str, role: str | None, kind: str | None):
    """``(rotor count or None, problem or None)`` of an airframe figure of a case of ``kind``.

    An input airframe with no word of the table is a problem listing the kinds (and the word
    for a rotor count, "six-rotor"); a multirotor word with a count gives the count; else None.
    """
    words = resolve(text)
    if role == "input" and not words.layouts and words.problem is None and not airframe_plant(text):
        return None, ("unknown airframe: no word of the airframe table (docs/case-format.md) "
                      "names the vehicle kind", text, airframe_hint(text) + "a word such as "
                      "quadcopter, hexacopter, fixed-wing, flying wing, delta, quadplane or "
                      "tailsitter, or [case] vehicle_kind, one of: " + kinds_text())
    if words.rotors is not None and kind == "multirotor":
        return words.rotors, None
    return None, None


def case_kind(head: dict, data: dict, section_keys: dict) -> tuple[str | None, str, list, list]:
    """The vehicle kind of a raw case (a TOML table), from what it says.

    Returns ``(kind, note, problems, flags)``: the kind (None when nothing names it), how it
    was found (or, with no kind, why not), the problems (an unknown ``vehicle_kind``: each a
    message naming the key path) and the flags. Words that conflict or could mean two kinds,
    and a fixed wing with no power plant, are flagged ``ambiguous`` and leave the kind unknown:
    never a guess; check judges each claim under each reading (claims.plants) or none, each
    "not judged" with the note's :class:`Refusal` (docs/case-format.md, *Vehicle kinds*). A case
    that names nothing (no airframe, class or rotor figure) is not flagged but gets such a note
    too (:func:`dronecalc.intake.refusals.no_kind`). Context mentions that are ambiguous or name another kind are flagged
    and not used.
    """
    problems: list[str] = []
    flags: list = []
    layouts: set[str] | None = None

    def add(path, message, value=None, expected=None):
        problems.append(str(DroneCalcError(message, field=path, value=value,
                                           expected=expected)))

    def unresolved(path, message, value=None, expected=None, refusal=None):
        """Words that leave no kind or several: flagged, the kind left unknown (check then
        judges no claim, each "not judged" with ``refusal``, and estimate refuses the case
        with this message); never an error at load, never a guess."""
        text = str(DroneCalcError(message, field=path, value=value, expected=expected))
        last = path.split(" and ")[-1]
        ident = last.split(".")[1] if last.startswith("figures.") else last
        flags.append(Flag(ident, flag_field(data, last), str(value), "ambiguous", text))
        # no kind, but every layout left is a wing: its figures are read with wing ranges
        ranges = "fixed-wing-electric" if layouts and "multirotor" not in layouts else None
        return None, KindNote(text, refusal or Refusal("ambiguous", message, expected or ""),
                              ranges), problems, flags

    def burns_fuel(test=False):
        """A multirotor that states a fuel or a combustion or hybrid plant (step 5): refused
        (``fuel-multirotor``), never run as a battery one; ``test``: only whether it does."""
        sign = fuel_signal(data, section_keys, _plant,
                           lambda f: getattr(FIELDS.get(f) if isinstance(f, str) else None,
                                             "maps_to", None))
        if test or sign is None:
            return sign
        path = sign[1] if "." in sign[1] else f"figures.{sign[1]}.text"
        return unresolved(path, "a multirotor that burns fuel: dronecalc models battery "
                          "multirotors only", sign[2], "a battery multirotor (without the "
                          "fuel or engine figure); kinds: " + kinds_text(), fuel_multirotor(*sign))

    stated = head.get("vehicle_kind")
    if stated is not None:
        if stated not in KINDS:
            word = AIRFRAME_WORDS.get(stated.lower()) if isinstance(stated, str) else None
            hint = (f"; {stated!r} is an airframe word: vehicle_kind = {word.layouts[0]!r} (or "
                    f"an airframe figure {stated!r})" if word and len(word.layouts) == 1
                    and word.layouts[0] in KINDS else "")
            add("case.vehicle_kind", "unknown vehicle kind" + hint, stated,
                "one of: " + kinds_text())
            return None, "", problems, flags
        return burns_fuel() if stated == "multirotor" and burns_fuel(True) else (
            stated, "stated in [case] vehicle_kind", problems, flags + stated_plant.flags(
                stated, data) + stated_kind_words.flags(stated, data))   # plant, words
    texts = [("case.vehicle_class", head.get("vehicle_class"), None)]
    figures = data.get("figures") if isinstance(data.get("figures"), dict) else {}
    vehicle = data.get("vehicle") if isinstance(data.get("vehicle"), dict) else {}
    context = []
    for ident, entry in figures.items():
        if isinstance(entry, dict) and entry.get("field") == "airframe":
            item = (f"figures.{ident}.text", entry.get("text"), ident)
            (context if entry.get("role") == "context" else texts).append(item)
    powers, where, background = set(), [], []
    for path, text, ident in texts + context:     # what the source states, then context
        if not isinstance(text, str):
            continue
        words = resolve(text)
        combined = set(words.layouts) if layouts is None else \
            _combine(layouts, set(words.layouts))
        if ident is not None and path in dict((c[0], c) for c in context) and (
                words.problem is not None or (words.layouts and not combined)):
            # a context mention that is ambiguous or contradicts the rest: flagged, unused
            flags.append(Flag(ident, "airframe", text, "ambiguous",
                                   f"{text!r} could mean {' or '.join(words.layouts)}"
                                   if words.problem == "ambiguous" else
                                   f"{text!r} names another vehicle kind than the case; "
                                   "not used for the kind"))
            continue
        if path in dict((c[0], c) for c in context):
            # the report's background ("unlike a quadcopter, ..."): never decides the kind
            if words.layouts and layouts is None:
                background.append((path, text, ident, words.layouts, words.power))
            continue
        if words.problem == "conflicting":
            return unresolved(path, "airframe words that exclude each other", text,
                              "words of one kind: " + kinds_text(), Refusal(
                                  "ambiguous", f"the airframe words {text!r} ({_named(path)}) "
                                  "exclude each other or name two power plants", _choose(LAYOUTS)))
        if words.power:
            powers.add(words.power)
        if words.layouts:
            where.append(path)
            layouts = combined
            if not layouts:
                return unresolved(" and ".join(where), "airframe words that exclude each "
                                  "other", text, "words of one kind: " + kinds_text(), Refusal(
                                      "ambiguous", f"the airframe words of "
                                      f"{' and '.join(map(_named, where))} exclude each other",
                                      _choose(LAYOUTS)))
    engine = [(f"figures.{k}.text", e.get("text")) for k, e in figures.items()
              if isinstance(e, dict) and e.get("field") == "engine_type"]
    engine.append(("vehicle.engine_type", vehicle.get("engine_type")))
    engine = [(where_, t) for where_, t in engine if isinstance(t, str)]
    powers |= {engine_power(t) for _, t in engine} - {None}
    # an engine_type naming a power plant no kind models ("hydrogen fuel cell", "turboprop")
    # is never replaced by a guess from the fuel or battery figures: it is refused, by name
    unknown_engine = [(where_, t) for where_, t in engine if engine_power(t) is None]
    # "solar-electric", "hybrid gas-electric": a plant no kind models, even when its words
    # also name a modelled one
    unmodelled = [(where_, t) for where_, t in engine if UNMODELLED_POWER.search(t)]
    # ... and so do the airframe's own words ("hydrogen fuel cell hexacopter"): refused alike
    named = [(where_, t) for where_, t, _ in texts if isinstance(t, str) and airframe_plant(t)]
    # ... and a fuel whose engine the piston model does not describe (hydrogen, methanol)
    fuels = [(f"figures.{k}.text", e.get("text")) for k, e in figures.items() if isinstance(
        e, dict) and e.get("field") == "fuel_type" and e.get("role") != "context"]
    fuels = [(w, t) for w, t in fuels + [("vehicle.fuel_type", vehicle.get("fuel_type"))]
             if isinstance(t, str) and UNMODELLED_FUEL.search(t)]
    unmodelled += named + fuels
    stated_names = _stated_parameters(data, section_keys)
    hp = None if engine or powers or stated_names & set(BATTERY_PARAMETERS) else \
        _horsepower(data)                  # a wing's "50 hp engine": a piston's (used below)
    hp = hp and [Flag(hp[0], "engine_power", hp[1], "inferred", HP_NOTE.format(text=hp[1]))]
    no_model = ("a model of that power plant, which dronecalc does not have yet; if the "
                "source's figures are of a battery-electric or piston aircraft after all, an "
                "engine_type saying so, or [case] vehicle_kind")

    def unmodelled_plant():
        """A power plant no kind models: refused by name, never replaced by a guess."""
        (where_, text), name = unmodelled[0], plant_name(unmodelled[0][1])
        what = "airframe" if unmodelled[0] in named else "fuel_type" if unmodelled[0] in \
            fuels else "engine_type"
        return unresolved(where_, f"the {what} names a power plant no vehicle kind models "
                          "(a fuel cell, turboprop, turbofan, turboshaft, hybrid or solar "
                          "power, a hydrogen, methanol or ethanol fuel)", text,
                          expected_engine_text(), Refusal(
                              "no-model", f"dronecalc has no model for a {name} power plant "
                              f"({_named(where_)}: {text!r})", no_model.replace(
                                  "an engine_type saying so", PLANT_FIX[what])))
    other_plant = [u for u in unmodelled if _plant(u[1]) != "hybrid"]

    def unnamed():
        """No stated airframe word: the kind the other figures name, or why none."""
        if other_plant or (unmodelled and not stated_names & set(ROTOR_PARAMETERS)):
            return unmodelled_plant()       # rotor figures do not say what powers them
        wing = _wing(data, stated_names, powers | ({"piston"} if hp else set()), *map(set, (
            FUEL_PARAMETERS, BATTERY_PARAMETERS, ROTOR_PARAMETERS)), _choose(LAYOUTS[1:]))
        if wing is not None and wing.kind:      # a wingspan or wing area: inferred, flagged
            return wing.kind, wing.note, problems, flags + (hp or []) + [wing.flag]
        if wing is not None:
            message, value, expected, cause, reason, needs = wing.refusal
            return unresolved(wing.path, message, value, expected, Refusal(cause, reason,
                                                                           needs))
        if stated_names & set(ROTOR_PARAMETERS):
            if burns_fuel(True):
                return burns_fuel()
            return ("multirotor", "inferred: the case states rotor figures and no airframe",
                    problems, flags)
        named_class = head.get("vehicle_class")
        if isinstance(named_class, str) and not resolve(named_class).words:   # a misspelt
            add("case.vehicle_class", *unknown_class(named_class, MULTIROTOR_CLASSES,  # class
                                                     AIRFRAME_WORDS))
        return None, no_kind(powers, kinds_text()), problems, flags
    if layouts is None:
        result = unnamed()
        if result[0] is not None or getattr(getattr(result[1], "refusal", None), "cause",
                                            None) != "no-kind" or not background:
            return context_only(result, background, unresolved, flags, LAYOUT_NOUNS, _choose)
        # nothing else names a kind: the context words do ("multicopter", which the draft
        # writer makes context when it counts no rotors), flagged as read from the background
        layouts = functools.reduce(_combine, (set(b[3]) for b in background))
        if not layouts:
            return context_only(result, background, unresolved, flags, LAYOUT_NOUNS, _choose)
        where = [b[0] for b in background]
        powers |= {b[4] for b in background} - {None}
        flags.append(Flag(background[0][2], "airframe", background[0][1], "inferred",
                          f"{background[0][1]!r} is a context figure (the report's background) "
                          "and the only thing that names the vehicle kind: read as this "
                          "machine's airframe; if it is another machine, set [case] "
                          "vehicle_kind, or role = \"input\" to remove this flag"))
    left = [x for x in LAYOUTS if x in layouts]
    words_text = " / ".join(t for p, t, _ in texts + context
                            if p in where and isinstance(t, str))
    if len(left) > 1:           # a quadplane or a tailsitter: read as each (intake.vtol_kinds)
        return vtol_kinds.both(left, powers, stated_names, unmodelled + unknown_engine, unresolved(
            " and ".join(where), "the airframe could be more than one vehicle kind",
            " / ".join(left), "set [case] vehicle_kind to one of: " + kinds_text(), Refusal(
                "ambiguous", f"the airframe {words_text!r} could be "
                + " or ".join(LAYOUT_NOUNS[x] for x in left)
                + vtol_power.engine_says(left, powers, stated_names), _choose(left, powers))))
    layout, note = left[0], "from " + " and ".join(where)
    if layout == "multirotor" and not other_plant and burns_fuel(True):
        return burns_fuel()
    if unmodelled:                  # for a VTOL layout too
        return unmodelled_plant()
    if layout != "fixed-wing":          # a VTOL with a combustion engine: intake.vtol_power
        vtol = vtol_power.read(layout, powers, stated_names)
        if vtol.kind is None:                 # never run as a battery one, nor as another kind
            return unresolved(" and ".join(where), f"a {layout} with a {vtol.what} power plant",
                              vtol.what, f"{vtol.reason}; kinds: " + kinds_text(), Refusal(
                                  "no-model", f"dronecalc has no model for {LAYOUT_NOUNS[layout]}"
                                  f" with a {vtol.what} power plant ({vtol.reason})", no_model))
        return vtol_power.resolved(vtol, note, powers, stated_names & set(BATTERY_PARAMETERS),
                                   where, words_text, problems, flags)    # its plant flag
    if not powers:
        if stated_names & set(FUEL_PARAMETERS) - {"engine_power"}:     # a motor has one too
            powers.add("piston")
        if stated_names & set(BATTERY_PARAMETERS):
            powers.add("electric")
        if not powers and hp:                   # intake.wing_inference.HORSEPOWER
            powers.add("piston")
            flags += hp
    settle = ("an engine_type figure ('electric', 'two-stroke piston', 'four-stroke "
              "piston', 'diesel', 'turbojet'), a battery or fuel figure, or [case] "
              "vehicle_kind = 'fixed-wing-electric' or 'fixed-wing-piston'")
    if unknown_engine and not powers:     # a model name ("DLE-35RA") and no fuel or battery
        return unresolved(unknown_engine[0][0], "the engine_type names no power plant "
                          "dronecalc reads", unknown_engine[0][1], expected_engine_text(), Refusal(
                              "not-enough", f"the engine_type {unknown_engine[0][1]!r} "
                              f"({_named(unknown_engine[0][0])}) names no power plant dronecalc "
                              "reads, and no battery or fuel figure says what powers the "
                              "fixed wing", settle))
    if len(powers) != 1:
        both = ", ".join(sorted(powers))
        return unresolved(" and ".join(where), "cannot tell the power plant of the fixed wing",
                          " / ".join(sorted(powers)) or words_text or "fixed-wing",  # ux7
                          "an engine_type figure ('two-stroke piston', 'electric', "
                          "'turbojet'), or set [case] vehicle_kind; kinds: " + kinds_text(),
                          Refusal("ambiguous" if powers else "no-plant",
                                  f"the case names more than one power plant ({both}) for "
                                  f"the fixed wing{named_wing(words_text)}" if powers else
                                  f"the case does not say what powers the fixed wing"
                                  f"{named_wing(words_text)} (" + _POWER_ONLY * ("engine_power" in
                                                                     stated_names)
                                  + "no engine_type, battery or fuel figure)",
                                  settle))
    refused = plant_refusal(powers, words_text)      # a pulsejet, ramjet, ducted fan
    if refused is not None:
        return unresolved(" and ".join(where), refused.reason, None, refused.needs, refused)
    return f"fixed-wing-{powers.pop()}", note + " and the power plant", problems, flags

#: Why a stated engine power alone does not settle the power plant (a motor's power must never
#: be flown on a piston engine's fuel burn): said where the case states one.
_POWER_ONLY = "its engine_power says how much power, not whether a motor or an engine gives it; "


def _plant(text: str) -> str | None:
    """The power plant a text's words name for a multirotor's fuel sign: ``"hybrid"``, a
    :data:`~dronecalc.intake.refusals.FUEL_WORDS` plant ("gas-powered", "ICE"), else as
    :func:`resolve` (``"piston"``, ``"jet"``, ``"electric"`` or None)."""
    hybrid = plant_name(text) == "hybrid (engine and battery)"
    return "hybrid" if hybrid else fuel_word(text) or resolve(text).power


def expected_engine_text() -> str:
    """What an ``engine_type`` may say, for error messages."""
    return ("an engine_type of 'electric' (battery), 'two-stroke piston', 'four-stroke "
            "piston', 'diesel' or 'turbojet', or set [case] vehicle_kind; kinds: "
            + kinds_text())
