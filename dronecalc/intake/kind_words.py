"""The drafted airframe of an article whose only kind word is a bare multirotor word.

``extract`` drafts a kind word with a rotor count ("quadcopter", "eight-rotor") as the
airframe input and a bare "multirotor" / "multi-rotor" / "multicopter" as context, since it
gives no rotor count. When that word is the article's only kind word and nothing else names
the kind (no airframe input, no rotor count), the context entry left check with no kind at
all ("the case names no vehicle kind"), though the article says what the machine is:
"The multi-rotor drone ... can carry payloads of up to 30kg" (aerospacetestinginternational.com,
SkyDrive's cargo drone). Check runs a multirotor without a stated rotor count on the priors
(the class from the stated figures), so the word is the airframe input there.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .names import COMPARISON_WORDS

__all__ = ["name_bare_multirotor", "names_no_plant"]

#: Kind labels (``intake.unit_words.KIND_WORDS``) that leave a bare multirotor word the one
#: kind: "FPV" names no layout of its own.
_ALONE = {"multirotor", "fpv"}
#: Words before a kind word that make it another machine's: "Unlike a multirotor, the Tekever
#: AR3 can fly for 16 hours", "best known for its multirotor", "replaces the firm's earlier
#: multicopter" (review 9: each had become a fixed wing's airframe input).
#: The comparison words are :data:`dronecalc.intake.names.COMPARISON_WORDS` (one list where
#: two had drifted apart: "similar to", "a copy of" and plural rivals now count here too).
_OTHER_MACHINE = re.compile(
    rf"(?i)\b(?:{COMPARISON_WORDS}|known for|instead of|rather than|replac\w*|"
    r"earlier|previous|older|former|not|nor)\b[^.;:]{0,30}$")


def name_bare_multirotor(items: list[Any], kinds: list[str]) -> None:
    """Make the first singular bare multirotor word the airframe input, in place.

    Only when ``kinds`` holds no other kind label and no item already names the kind (an
    airframe input or a rotor count input); a plural ("unlike most multicopters") is a class,
    never the machine, and stays context.
    """
    if "multirotor" not in kinds or set(kinds) - _ALONE:
        return
    if any(i.role == "input" and (i.kind == "airframe" or i.field == "rotors") for i in items):
        return
    for item in items:
        at = item.quote.find(item.written)
        if item.kind == "airframe" and item.role == "context" \
                and not item.written.lower().endswith("s") \
                and not _OTHER_MACHINE.search(item.quote[:max(0, at)]):
            item.role = "input"
            item.why_role = "the vehicle kind (a multirotor; the rotor count is not stated)"
            item.notes.append("a multirotor word with no rotor count: check takes the rotor "
                              "count from the priors; add rotors = N if a source states it")
            return


#: A propeller count its clause says lifts the machine: "the 80 kg (176.4 lb) prototype uses
#: 16 propellers to push itself aloft" (specs_heldout's e-volo, whose kind word is only in its
#: title): lift rotors, whatever kind word the article has or lacks (flights9), where a bare
#: "two propellers" of an article naming no multirotor may be a fixed wing's.
_LIFTING = re.compile(r"(?i)^[^.;:,]{0,12}?\b(?:to|that|which)\s+(?:push|lift|hold|keep|carry)"
                      r"\w*\s+(?:it|itself|the (?:machine|aircraft|drone|craft|prototype))\s+"
                      r"(?:aloft|up|in the air|into the air|off the ground)\b")


def lifts_itself(item: Any) -> bool:
    """Whether a rotor-count item's words after it say the rotors lift the machine."""
    at = item.quote.find(item.written)
    return at >= 0 and bool(_LIFTING.match(item.quote[at + len(item.written):]))


def title_kinds(title: str, kinds: list[str], read: Callable, multirotor: set[str]) -> list[Any]:
    """The airframe items of a title's multirotor words, for an article whose body names no
    kind (``read`` is ``extract._kind_items``; the labels go into ``kinds``): "e-volo makes
    manned electric multicopter first flight" (specs_heldout's e-volo, whose body says only
    "prototype" and "16 propellers"). Placed before the body (negative starts). Other kind
    words of a title ("suicide drones", "One-Way Attack") name no layout the draft lacks and
    are left out (flights9)."""
    found: list[str] = []
    got = read(title, -len(title) - 1, found)
    keep = [(item, label) for item, label in zip(got, found) if label in multirotor]
    kinds += [label for _, label in keep]
    return [item for item, _ in keep]


def names_no_plant(items: list[Any], stated: set, wing: str | None) -> bool:
    """Whether a drafted fixed wing is left with no power plant: no fuel or battery figure,
    no engine_type, no engine power in horsepower (a piston: ``case_kind`` reads it; a power
    in kW names no plant, a motor has one too) and no power word in its airframe ("electric
    fixed-wing": nextgov's K1000, whose draft had warned of no plant)."""
    from .airframes import BATTERY_PARAMETERS, FUEL_PARAMETERS, resolve
    from .wing_inference import HORSEPOWER
    return wing == "fixed-wing" and not stated & set(FUEL_PARAMETERS + BATTERY_PARAMETERS) - {
        "engine_power"} and not any(
        i.field == "engine_type" or i.field == "engine_power" and HORSEPOWER.search(i.text)
        or i.field == "airframe" and i.role != "context" and resolve(i.text).power
        for i in items)   # a context kind word is no plant: "For instance, an electric ..."
