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

from .suggest import airframe_hint
from .type_names import TYPE_NAMES, Word  # noqa: F401
from .refusals import (_AIRFRAME_PLANT, _AS_POWER, PLANT_FIX, UNMODELLED_FUEL,  # noqa: F401
                       UNMODELLED_NAMES, UNMODELLED_PLANTS, UNMODELLED_POWER, KindNote, Refusal,
                       context_only, fuel_multirotor, flag_field, fuel_signal, fuel_word, no_kind,
                       named_wing, plant_name, plant_refusal, unknown_class)
from . import engine_words, rotor_words, vtol_power, vtol_words

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
POWERS = engine_words.MODELLED
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
#: Power-plant words: they set the power of a fixed wing, never its layout (the documented
#: table, with how each word is read: :mod:`dronecalc.intake.engine_words`).
POWER_WORDS = engine_words.POWER_WORDS
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
    """The kinds, for error messages: ``"'multirotor' (battery-electric ...); ..."``, each
    name quoted: it is a value to write (``[case] vehicle_kind``), which a report shows as
    written where it says a bare kind name in words (``report.glossary.plain_kinds``)."""
    return "; ".join(f"'{name}' ({what})" for name, what in KINDS.items())


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
    """The vehicle kind of a raw case: :func:`dronecalc.intake.case_kinds.case_kind` (moved
    there so that this module keeps the word tables and :func:`resolve`)."""
    from .case_kinds import case_kind as decide        # that module imports this one
    return decide(head, data, section_keys)


def expected_engine_text() -> str:
    """What an ``engine_type`` may say, for error messages (every word read)."""
    return engine_words.expected_engine_text(kinds_text())
