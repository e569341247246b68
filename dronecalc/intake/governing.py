"""The clause that governs a figure (issue 10, ctx9): which of a sentence's words speak to it.

A cue that makes a figure context (a possibility, a later development, a class of machines,
an operator's limit) must be in the clause the figure belongs to, not merely near it:

* an aside closed before the figure is another clause's ("The drone, which will eventually
  be sold abroad, can fly 40 km": the range is the drone's now);
* a clause with a new subject after a class ends the class's reach ("Consumer drones
  typically fly 30 minutes, while the new X9 quadcopter stays up for 2 hours": the 2 hours are
  the X9's);
* a maker's name is no class ("Zipline drones typically fly 80 km": its own machines);
* reported speech names no rule ("..., the pilot said" is who said it, not a pilot's limit);
* "does not exceed 25 minutes" is an upper bound of the machine, drafted as "at most".

Kept apart from :mod:`dronecalc.intake.restated` and :mod:`dronecalc.intake.cross_figures`
for their line counts (the 700-line cap); those modules call the helpers here.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import DroneCalcError

if TYPE_CHECKING:
    from .extract import Item

__all__ = ["class_of_make", "clause_before", "new_subject", "named_make", "record_governs",
           "unattributed", "upper_bounds", "OPTION_WHY"]

#: An aside closed before the figure: ", which ... ,", ", who ... ,", "(...)", "— ... —".
#: (a relative clause opened by "which/that/who" after a comma, or a parenthesis/dash pair)
_ASIDE = re.compile(r"(?i),\s*(?:which|who|whose|that)\b[^,;()]*,|\([^()]*\)|"
                    r"\s[—–-]{1,2}\s[^—–]*?\s[—–-]{1,2}\s")
#: A clause break with a new subject: "..., while the new X9", "; its", "but the drone".
#: ("they", "their" are left out: "Most drones fly 20 minutes, but they typically carry 2 kg"
#: goes on about the class)
_SUBJECT = (r"(?:the|this|that|its|it|our|we|(?-i:[A-Z])[\w'’-]*)\b")
_BREAK = re.compile(r"(?i)(?:;|,\s*(?:and|but|while|whereas|yet)\s+|\s(?:while|whereas)\s+|"
                    r"\bbut\s+)(?=" + _SUBJECT + ")")


def clause_before(quote: str, at: int) -> str:
    """The words of ``quote`` before position ``at`` that belong to the figure's own clause:
    asides closed before it removed (:data:`_ASIDE`), and only what follows the last clause
    break with a new subject (:data:`_BREAK`). The result keeps its end (it ends right before
    the figure), so that patterns anchored with ``$`` read it as the text before the figure.

    >>> clause_before("The drone, which will eventually be sold abroad, can fly 40 km.", 57)
    'The drone can fly '
    """
    before = quote[:at]
    while True:
        cut = _ASIDE.sub(" ", before)
        if cut == before:
            break
        before = cut
    breaks = [m.end() for m in _BREAK.finditer(before)]
    before = before[breaks[-1]:] if breaks else before
    # an open non-restrictive relative clause holding the figure is about its noun as it is
    # ("The company plans to use the drone, which can fly 30 km"), unless it is itself of
    # what may come ("plans a drone, which will fly 60 km")
    relative = list(_RELATIVE.finditer(before))
    if relative and not _MODAL.search(before, relative[-1].end()) and not (
            _PRODUCT.search(before, 0, relative[-1].start())
            and _MODAL.search(before, 0, relative[-1].start())):
        before = before[relative[-1].end():]
    return re.sub(r"\s{2,}", " ", before)


_RELATIVE = re.compile(r"(?i),\s*(?:which|who|whose)\b")
#: A product still to come right before the relative clause: "will eventually offer a bigger
#: model, whose range is 100 km", "plans a cargo version, which carries 5 kg" (review 14) are
#: about what may come, not the machine as it is.
_PRODUCT = re.compile(r"(?i)\b(?:models?|versions?|variants?|successors?|generations?|"
                      r"iterations?|derivatives?|editions?|concepts?)\s*$")
_MODAL = re.compile(r"(?i)\b(?:will|would|could|may|might|plan\w*|eventually|future)\b")


def new_subject(between: str) -> bool:
    """Whether the words between a class of machines and a figure start a clause with a new
    subject ("fly 30 minutes, while the new X9 quadcopter stays up for "): then the class is
    not the figure's subject."""
    return _BREAK.search(between) is not None


#: Drone makers and operators whose name may open a sentence: "Zipline drones typically fly
#: 80 km" is a maker's figure for its own machines, no class (a list of names, not a
#: constant: the makers and services named in the project's fixture passages).
_MAKERS = {"dji", "zipline", "wing", "matternet", "skydio", "autel", "parrot", "flytrex",
           "manna", "amazon", "ehang", "joby", "volocopter", "freefly", "yuneec", "baykar",
           "flirtey", "swoop", "elroy", "draganfly", "wingcopter", "skyports", "teal",
           "quantum", "insitu", "aerovironment", "textron", "schiebel", "shahed", "lancet",
           "switchblade", "bayraktar", "mavic", "phantom", "matrice", "agras"}


#: Capitalised words that name a kind or a place, no make: "FPV drones", "VTOL drones",
#: "Chinese drones", "Western drones".
_GENERIC = {"fpv", "vtol", "evtol", "uav", "uas", "rc", "gps", "lidar", "ai", "hd", "us", "uk",
            "eu", "nato", "military", "western", "eastern", "soviet", "commercial", "consumer"}


#: The words that make a "Wing" a kind of aircraft, not the maker Wing.
_WING_KINDS = {"fixed", "flying", "delta"}


def named_make(words: str) -> bool:
    """Whether the modifiers before a plural machine noun ("Zipline", "DJI Agras", "Consumer")
    name a make or type, not a class: a known maker (:data:`_MAKERS`) or a brand's camel case
    ("EHang", "DeltaQuad"). Capitals alone make none (review 14: "MALE drones typically stay
    aloft for 24 hours", "ISR drones", "German drones", "Heavy-Lift Drones" are classes; the
    acronym or capitalised word had made each the article's machine's claim); nor is the
    "Wing" of a kind ("Fixed Wing drones", "Flying Wing", "Delta Wing": review 15)."""
    last = ""
    for word in words.split():
        bare = re.sub(r"[^\w-]", "", word)
        kind_wing, last = bare.lower() == "wing" and last in _WING_KINDS, bare.lower()
        if not bare or not bare[0].isupper() or bare.lower() in _GENERIC or kind_wing:
            continue            # "flying wing drones", "FPV drones"
        if bare.lower() in _MAKERS or re.search(r"[a-z][A-Z]", bare):
            return True
    return False


#: The machine noun of a class match, and the quantifiers that make it a class whatever
#: follows ("most DJI drones" is still most of them).
_NOUN = re.compile(r"(?i)\b(?:drones|UAVs|UASs?|quad-?copters|multi-?copters|multi-?rotors|"
                   r"(?:air)?planes|machines)\b")
_QUANTIFIER = {"most", "many", "typical", "average", "conventional", "ordinary", "traditional",
               "standard", "the", "a", "an", "normal"}


def class_of_make(match: "re.Match") -> bool:
    """Whether a class match of ``restated.class_figures`` ("Zipline drones typically") names
    a make (:func:`named_make` of the words before its machine noun), not a class; never
    when it opens with a quantifier ("most sprayer drones")."""
    noun = _NOUN.search(match.group())
    words = match.group()[:noun.start()] if noun else ""
    if not words.split() or words.split()[0].lower() in _QUANTIFIER:
        return False
    return named_make(words)


#: A verb whose object is an earlier record: "broke the previous record", "beat its previous
#: best", "surpassing the old mark".
_BEATEN = re.compile(r"(?i)\b(?:br(?:eak|eaks|oke|oken|eaking)|beat(?:s|en|ing)?|smash\w*|"
                     r"shatter\w*|crush\w*|surpass\w*|exceed\w*|top(?:s|ped|ping)?|eclips\w*|"
                     r"better(?:s|ed|ing)?|outdid|outdo(?:es|ing)?|improv\w*(?: on| upon)?)\s+"
                     r"(?:(?:the|its|their|his|her|a|an)\s+)?$")
#: The figure right after the record noun, which it names: "previous record of 26 hours",
#: "previous best: 10 hours", "the old mark, 30 hours", "the previous record stood at 8 h".
_NAMED = re.compile(r"(?i)\s*(?:of|at|[:,(—–-]|(?:was|is|stood|stands)(?: at)?)\s*(?:(?:just|about|"
                    r"around|some|nearly|almost|roughly|over|under|only|more than|less than)\s+)?$")


#: The record as the subject of its own beating, a passive or "fell": "The previous record of
#: 26 hours was broken when the drone flew for 30 hours", "the old mark fell as the X stayed
#: up for 30 hours" (review 16: the 30 hours were the record's, context, and the machine's
#: claim was lost). A figure after it is the new flight's; one right after "by" is the margin
#: ("was beaten by 4 hours"), the record's.
_BEATEN_PASSIVE = re.compile(r"(?i)\b(?:(?:was|were|is|has been|have been|had been|got|being)\s+"
                             r"(?:\w+ly\s+)?(?:broken|beaten|smashed|shattered|crushed|surpassed|"
                             r"exceeded|topped|eclipsed|bettered|improved(?: on| upon)?)|fell|"
                             r"toppled)\b(?!\s+by\s+(?:just\s+|only\s+|some\s+|about\s+|"
                             r"nearly\s+|almost\s+|over\s+|more than\s+)?$)")


def record_governs(quote: str, record: "re.Match", at: int) -> bool:
    """Whether an earlier record (``record``, a match in ``quote``) is what the figure at
    ``at`` is stated of: the figure names it ("the previous record of 26 hours"), or the
    record is its clause's subject ("The previous mark was set in 1986 by the Voyager and its
    milestone of 216 hours"); not when the record is the object of the machine's verb and
    the figure its own ("broke the previous record by flying for 26 hours", "beat its
    previous best of 10 hours by staying aloft for 12 hours": review 15), nor when the record
    is the subject of its own beating and the figure comes after (:data:`_BEATEN_PASSIVE`:
    "The previous record of 26 hours was broken when the drone flew for 30 hours": review
    16)."""
    if _NAMED.fullmatch(quote, record.end(), at):
        return True
    beaten = _BEATEN_PASSIVE.search(quote, record.end(), at)
    if beaten and not _BEATEN_PASSIVE.fullmatch(quote, beaten.start(), at):
        return False
    return not _BEATEN.search(quote, 0, record.start())


#: Reported speech: who said it ("..., the pilot said", "said the operator", "according to
#: the pilots"), which names a speaker, no rule or operator's limit.
_SAID = re.compile(r"(?i)(?:,\s*)?\b(?:(?:the|a|an|its|one|our)\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:pilots?|operators?)\s+(?:said|says|told|explained|added|noted|"
                   r"reported)\b|\b(?:said|says|told|explained|added|noted)\s+(?:the|a|an|its|"
                   r"one|our)\s+(?:[\w-]+\s+){0,2}?(?:pilots?|operators?)\b|\baccording to "
                   r"(?:the|a|an|its|one|our)\s+(?:[\w-]+\s+){0,2}?(?:pilots?|operators?)\b")


def unattributed(quote: str) -> str:
    """``quote`` with its reported-speech attribution removed (:data:`_SAID`)."""
    return _SAID.sub(" ", quote)


#: "does not exceed 25 minutes", "never exceeds 120 m", "cannot exceed 5 kg", "not exceeding":
#: an upper bound, as "at most" / "up to" are drafted (the bound kept in the case's text).
_NOT_EXCEED = re.compile(r"(?i)\b(?:(?:does|do|did|will|would|can|could|should|must)\s*n[o']t|"
                         r"cannot|won[’']t|never|not)\s+(?:to\s+)?exceed(?:s|ing|ed)?\s+$")

#: Why an "option of" / "possibility of" phrase before the figure's main clause is noted,
#: not made context: the claim is the machine's, with that option (the claim contract: every
#: claim is judged or explicitly not judged, none silently dropped).
OPTION_WHY = ("stated with {words!r}: a claim with that option fitted; check that the case's "
              "figures (battery, payload) describe the machine with it")


def upper_bounds(items: list["Item"]) -> None:
    """A figure right after "does not exceed" (:data:`_NOT_EXCEED`), still a figure of the
    machine (a rule's "not exceed" was made context before this pass), is an upper bound:
    its text is written "at most ..." so that it is judged as one, with a note."""
    from .figures import parse
    for item in items:
        if item.kind != "figure" or item.role == "context":
            continue
        at = item.quote.find(item.written)
        if at <= 0 or not _NOT_EXCEED.search(item.quote, 0, at):
            continue
        try:
            if parse(item.text).kind != "point":
                continue
            parse(f"at most {item.text}")
        except DroneCalcError:
            continue
        item.text = f"at most {item.text}"
        item.notes.append(f"'{_NOT_EXCEED.search(item.quote, 0, at).group().strip()} "
                          f"{item.written}': an upper bound, drafted as {item.text!r}")
