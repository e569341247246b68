"""A case's vehicle kind, from what it states: :func:`case_kind` (docs/case-format.md, *Vehicle
kinds*). The words are looked up in the tables of :mod:`dronecalc.intake.airframes` (airframe
words, :func:`~dronecalc.intake.airframes.resolve`) and :mod:`dronecalc.intake.engine_words`
(power-plant words); this module combines them with the case's figures into one kind, or
into the refusal (:class:`~dronecalc.intake.refusals.Refusal`) that says why there is none.
Split from ``airframes`` (issue #13, wordfix), which had reached the 700-line limit. No physics
here.
"""
from __future__ import annotations

import functools

from ..errors import DroneCalcError
from .airframes import (AIRFRAME_WORDS, BATTERY_PARAMETERS, FUEL_PARAMETERS, KINDS, LAYOUTS,
                        LAYOUT_NOUNS, MULTIROTOR_CLASSES, ROTOR_PARAMETERS, _choose, _combine,
                        _named, airframe_plant, engine_power, expected_engine_text, kinds_text,
                        resolve)
from .fields import FIELDS, Flag
from .refusals import (PLANT_FIX, UNMODELLED_FUEL, UNMODELLED_POWER, KindNote, Refusal,
                       context_only, flag_field, fuel_multirotor, fuel_signal, fuel_word,
                       named_wing, no_kind, plant_name, plant_refusal, unknown_class)
from .wing_inference import (HORSEPOWER_NOTE as HP_NOTE, horsepower_engine as _horsepower,
                             infer as _wing, stated_parameters as _stated_parameters)
from . import engine_words, stated_kind_words, stated_plant, vtol_kinds, vtol_power


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
    # a plant read from a word that does not name it ("rotary wankel": piston) says so
    flags += [Flag(_named(w), "engine_type", t, "inferred", f"{t!r} is {note}")
              for w, t in engine if (note := engine_words.reading(resolve(t).words))]
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
    basis = "the airframe words" if powers else "the fuel figures" if stated_names & set(
        FUEL_PARAMETERS) - {"engine_power"} else "the battery figures"
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
                              "fixed wing", settle + "; the engine_type words read are "
                              "(docs/case-format.md, Engine words) "
                              + engine_words.accepted_text()))
    if len(powers) == 1:                # "DLE-35RA", "rocket": the plant read from the rest
        flags += [Flag(_named(w), "engine_type", t, "inferred", engine_words.unread(
            t, next(iter(powers)), basis)) for w, t in unknown_engine]
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
