"""Plain-language wording of findings: one headline per finding, a summary, labelled numbers.

The claims layer writes one careful sentence per finding (``Finding.statement``) for a
specialist. A reader who has not seen the case needs less: what the source says, whether it
holds, and the one number that decides it. This module builds those sentences from the
findings' fields (never by parsing their prose) and the case's figure key, for every output
format alike; numbers go through :mod:`dronecalc.wording`.
"""
from __future__ import annotations

import math
import re

from ..wording import num, percent, span
from .glossary import QUANTITIES, check_name, verdict_badge
from . import plain


def thresholds(result):
    """:func:`dronecalc.claims.curves.thresholds`, imported on first use (a check's text and
    JSON never ask; the module and its dataclasses cost ~2 ms of every start)."""
    from ..claims.curves import thresholds as lines
    return lines(result)


#: Fields whose figures state a speed, a time, a distance (for the kinematic headline).
_SPEED, _TIME, _DISTANCE = ("speed",), ("flight_time", "endurance"), ("range", "distance")


def figure_map(result) -> dict:
    """Figure id -> :class:`~dronecalc.claims.sources.FigureRef` of the result's case."""
    return {f.id: f for f in getattr(result, "figures", None) or ()}


def _refs(finding, figures, fields):
    return [figures[i] for i in finding.claims if i in figures and figures[i].field in fields]


def _claim_text(ref) -> str:
    """A figure as the source writes it, or its reading if garbled ("320 Kv")."""
    return ref.reading or ref.text


def _payload(result) -> str:
    for a in result.assumptions:
        if a.name == "payload" and a.high > 0:
            return f"{span(a.low, a.high)} kg"
    return ""


#: How a claim's own condition (case-file key) reads in a short phrase.
_OWN = {"mode": lambda t: "hovering" if t == "hover" else "",
        "payload": lambda t: f"with {t}",
        "at_speed": lambda t: f"at {t}",
        "altitude": lambda t: f"at {t} altitude",
        "headwind": lambda t: f"into a {t} headwind",
        "reserve": lambda t: f"with a {percent(float(t))} reserve",
        "with_payload": lambda t: "with payload" if t == "true" else "without payload"}


def _own_ref(finding, result):
    """The figure of a finding's first claim, if the result carries the figures."""
    return figure_map(result).get(finding.claims[0]) if finding.claims else None


def own_conditions(finding, result, payload_word: bool = True) -> str:
    """A claim's own conditions from the case file, short: 'hovering with 5 kg', 'into a
    40 m/s headwind', 'with a 99 % reserve' ('' for none). ``payload_word`` False leaves
    out ``with_payload`` (a headline words the payload flown on its own)."""
    ref = _own_ref(finding, result)
    if ref is None:
        return ""
    load = _payload(result)          # 'with payload' says nothing when the case states none
    words = [_OWN[k](t) for k, t in getattr(ref, "conditions", ())
             if k in _OWN and (k != "with_payload" or (payload_word and (load or t != "true")))]
    return " ".join(w for w in words if w)


def named(finding, result, payload_word: bool = True) -> str:
    """' hovering with 5 kg (F5)': a verdict finding's own conditions and claim ids, with a
    leading space ('' for a cross-check or a finding naming no claim)."""
    from ..claims.contract import CROSS_CHECKS
    if finding.check in CROSS_CHECKS or not finding.claims:     # no claim's verdict
        return ""
    own = own_conditions(finding, result, payload_word)
    ids = finding.claims[:1] if finding.check == "statement" else finding.claims
    return f"{' ' + own if own else ''} ({', '.join(ids)})"


def _condition(finding, result) -> str:
    """'with the 3 kg payload' / 'without payload' / '' (the case's payload; '' when the
    claim states its own, which :func:`named` words)."""
    ref = _own_ref(finding, result)
    if ref is not None and any(k == "payload" for k, _ in getattr(ref, "conditions", ())):
        return ""
    load = _payload(result)
    if finding.with_payload is True and load:
        return f"with the {load} payload"
    if finding.with_payload is False and load:
        return "without payload"
    return ""


def _share(p: float | None, kept: int) -> str:
    if p is None:
        return ""
    if p == 0:
        return f"none of {kept:,} simulated drones"
    if p == 1:
        return f"all {kept:,} simulated drones"
    return f"{percent(p)} of {kept:,} simulated drones"


def _count(finding, result) -> int:
    """How many machines a finding's share is taken over (lift and motor count the drawn
    machines that meet the other constraints, not only the kept ones)."""
    if result.samples is not None and finding.estimate is not None:
        try:
            return int(result.samples.values(finding).size)
        except Exception:                          # a finding without samples
            pass
    return result.run.kept


def _band(finding, unit: str | None = None) -> str:
    e = finding.estimate
    if e is None:
        return ""
    u = e.unit if unit is None else unit
    return f"{span(e.p5, e.p95)}{' ' + u if u else ''}"


def estimate_text(finding) -> str:
    """The estimate labelled with what it is and its unit: 'thrust-to-weight 1.11-5.16
    (median 2.57)', '20.6-53.2 min (median 32.9)'."""
    e = finding.estimate
    if e is None:
        return ""
    left = finding.check in ("leg", "statement") and e.unit == "%"    # energy left
    if num(e.p5) == num(e.p95):
        body = (plain.energy_value(e.p50) if left and e.p50 < 0 else
                f"{num(e.p50)}{' ' + e.unit if e.unit else ''}")
    elif left and e.p5 < 0:     # a shortfall worded as one, not "-0.977 to 48.8 %"
        body = f"{plain.energy_band(e.p5, e.p95)} (median {plain.energy_value(e.p50)})"
    else:
        body = f"{_band(finding)} (median {num(e.p50)})"
    if finding.check == "lift":
        return f"thrust-to-weight ratio {body}"
    if finding.check == "motor":
        return f"tip speed Mach {body}"
    return body


#: What a report says when the optimiser found no buildable best case (value NaN).
NO_BOUND = ("not found: no combination of assumptions the search tried was buildable; the "
            "verdict rests on the sampled machines")


def bound_text(finding) -> str:
    """The best case for the claim, labelled so that it reads the right way round."""
    b = finding.generous_bound
    if b is None:
        return ""
    if b.value is None or not math.isfinite(b.value):
        return NO_BOUND
    u = f" {b.unit}" if b.unit else ""
    if finding.check == "motor":
        return (f"lowest tip speed any combination allows: Mach {num(b.value)} (lower is "
                "better for the claim, so it lies below the middle 90 %)")
    if finding.check == "lift":
        return f"highest thrust-to-weight ratio the assumptions allow: {num(b.value)}"
    if finding.check == "statement":
        # the claims layer's bound: the least capable machine for an "infeasible" assertion
        # (Claimed kind "at-most"), else the most capable one (claims.kinds.statement)
        infeasible = finding.claimed is not None and finding.claimed.kind == "at-most"
        if infeasible:
            if b.value < 0:
                return (f"the least capable drone the assumptions allow runs {num(-b.value)} % "
                        "short of the energy the flight needs")
            return (f"even the least capable drone the assumptions allow has {num(b.value)} % "
                    "of its usable energy left")
        if b.value < 0:
            return (f"even the most capable drone the assumptions allow runs {num(-b.value)} % "
                    "short of the energy the flight needs")
        return (f"the most capable drone the assumptions allow has {num(b.value)} % of its "
                "usable energy left")
    if finding.check == "kinematics":
        return f"fastest average speed the claimed range and time allow: {num(b.value)}{u}"
    if finding.check == "radio":
        return f"range the radio's maker advertises: {num(b.value)}{u}"
    if finding.check == "leg":
        return f"most energy left with every assumption at its favourable end: {num(b.value)}{u}"
    return f"every assumption at its favourable end: {num(b.value)}{u}"


#: How a statement's quote may start for "that the drone ..." to read before it.
_VERB_START = re.compile(
    r"(?i)(would|could|can|cannot|can't|couldn't|wouldn't|was|wasn't|were|is|isn't|did|"
    r"didn't|had|has|needed|needs|need|must|might|may|will|won't|should|flew|fly|carried|"
    r"carry|managed|failed|lacked|lacks)\b")


def _quote_words(ref, claimed: str) -> str:
    return (ref.quote if ref is not None and ref.quote else claimed).lstrip(" \u201c\"'")


def headline(finding, result) -> str:
    """One plain sentence a reader can quote: what is claimed, whether it holds, and why."""
    figures = figure_map(result)
    kept = result.run.kept
    check, verdict = finding.check, finding.verdict
    holds = verdict == "consistent"
    cond = _condition(finding, result)
    cond_s = f" {cond}" if cond else ""
    claimed = finding.claimed.text if finding.claimed is not None else ""
    if check == "conflict" and finding.claims:
        return (f"The stated figures leave no buildable machine together: {finding.claims[0]} "
                "is set aside, and the claims are judged without it.")
    if check == "kinematics":
        speeds, times, dists = (_refs(finding, figures, f) for f in (_SPEED, _TIME, _DISTANCE))
        if speeds and times and dists and speeds[0].low is not None \
                and times[0].low is not None and dists[0].low is not None:
            v, t, d = speeds[0], times[0], dists[0]
            v_hi = v.high if v.high is not None else v.low
            covers = span(v.low * t.low / 60.0, v_hi * t.low / 60.0)
            if not holds:
                return (f"The {_claim_text(d)} range and a flight time of {_claim_text(t)} "
                        f"cannot describe one flight at {_claim_text(v)}: at that speed "
                        f"{num(t.low)} min covers {covers} km, not {num(d.low)} km.")
            return (f"The {_claim_text(d)} range, a flight time of {_claim_text(t)} and a "
                    f"speed of {_claim_text(v)} fit together.")
    elif check in ("endurance", "range", "top_speed") and finding.estimate is not None:
        noun = {"endurance": "flight time", "range": "range", "top_speed": "top speed"}[check]
        est = _band(finding)
        share = _share(finding.probability, kept)
        claimed += named(finding, result, payload_word=False)
        if verdict == "implausible":
            even = f" even {cond}" if cond == "without payload" else cond_s
            return (f"A {noun} of {claimed} is out of reach{even}: the simulated drones "
                    f"manage {est} (middle 90 %); {share} reach it.")
        if verdict == "needs-checking":
            return (f"A {noun} of {claimed}{cond_s} is possible only at the favourable edge "
                    f"of the assumptions: {share} reach it.")
        return (f"A {noun} of {claimed}{cond_s} is within reach: {share} manage it "
                f"(median {num(finding.estimate.p50)} {finding.estimate.unit}).")
    elif check == "leg":
        what = (claimed.split(" (")[0] if claimed else "the stated flight") + \
            named(finding, result, payload_word=False)
        share = _share(finding.probability, kept)
        e = finding.estimate
        if holds and e is not None and e.unit == "%" and e.p5 < 0:
            # a band that crosses zero, worded the right way round (review 18)
            return (f"Flying {what}{cond_s} is within reach: {share} can; the middle 90 % end "
                    f"{plain.energy_band(e.p5, e.p95)} of their usable battery energy.")
        left = _band(finding)
        if holds:
            return (f"Flying {what}{cond_s} is within reach: {share} can, with {left} of "
                    "their usable battery energy left.")
        return f"Flying {what}{cond_s} is {verdict_badge(verdict)[0].lower()}: {share} can."
    elif check == "statement":
        ref = figures.get(finding.claims[0])
        words = (f"\u201c{ref.quote}\u201d" if ref is not None and ref.quote else
                 f"\u201c{claimed}\u201d") + named(finding, result)
        p = finding.probability
        fly = None if finding.estimate is None else _share(1 - p if p is not None else None,
                                                            kept)
        # "that the drone would not be able to ..." reads only before a verb phrase; a quote
        # that is its own sentence ("it could not ...") is quoted as the conclusion itself
        lead = ("that the drone " if re.match(_VERB_START, _quote_words(ref, claimed))
                else "")
        if verdict == "implausible":
            return (f"The source's conclusion {lead}{words} is not supported: "
                    f"{fly} fly that leg unmodified." if fly else
                    f"The source's conclusion {words} is not supported.")
        if verdict == "consistent":
            return f"The source's conclusion {words} is supported by the physics."
        return f"The source's conclusion {words} needs checking."
    elif check == "lift":
        need = finding.claimed.text if finding.claimed is not None else ""
        control = thresholds(result).get("lift", (1.5, 2.0))
        control = span(control[0], control[-1])
        counted = _count(finding, result)
        share = _share(finding.probability, counted).replace(
            "simulated drones", "simulated combinations")
        if counted != kept:      # not the summary's machines: say which these are (issue 10)
            share += (f" (every drone drawn but those other checks rule out; the {kept:,} "
                      "of the other findings also leave out those short of thrust, which this "
                      "check tests)")
        return (f"With {need} aboard, the motors give a full-throttle thrust-to-weight ratio of "
                f"{_band(finding, '')}: {share} reach the {control} needed to stay controllable."
                if holds else
                f"With {need} aboard, the motors give a thrust-to-weight ratio of "
                f"{_band(finding, '')}, too little to stay controllable for most "
                f"combinations ({share} reach it).")
    elif check == "motor":
        ref = next((figures[i] for i in finding.claims if i in figures), None)
        if ref is not None and ref.reading:
            reading = f"read as {ref.reading} (the source writes \u201c{ref.text}\u201d)"
        else:
            reading = finding.claimed.text if finding.claimed is not None else "as stated"
        limit = num(thresholds(result)["motor"][0])
        share = percent(finding.probability) if finding.probability is not None else ""
        return (f"The motor rating, {reading}, turns the propellers at tip speeds of Mach "
                f"{_band(finding, '')}; {share} of the combinations stay at or below Mach "
                f"{limit}, the usual limit." if holds else
                f"The motor rating, {reading}, would spin the propellers at Mach "
                f"{_band(finding, '')}: {share} of combinations stay at or below Mach {limit}.")
    elif check == "radio":
        radio = next((figures[i] for i in finding.claims if i in figures
                      and figures[i].field == "radio"), None)
        name = f" ({radio.text})" if radio is not None else ""
        return (f"The {claimed} range equals the range the radio's maker advertises{name}: "
                "the figure may describe the radio, not the drone.")
    # Any other check kind: its own sentence, first clause.
    return " ".join(finding.statement.split())


def subject(finding, result) -> str:
    """A short noun phrase naming what a finding is about: "the 40 km range (F5)", with a
    claim's own conditions ("the flight time of 20 min hovering with 5 kg (F5)"), so that two
    claims of one field and figure read apart."""
    phrase = _subject(finding, result)
    return phrase + named(finding, result) if finding.check != "leg" else phrase


def _subject(finding, result) -> str:
    claimed = finding.claimed.text if finding.claimed is not None else ""
    check = finding.check
    if check == "kinematics":
        return "the claimed range, flight time and speed taken together"
    if check == "endurance":
        return f"the flight time of {claimed}"
    if check == "range":
        return _the(claimed, "range")
    if check == "top_speed":
        return f"the top speed of {claimed}"
    own_speed = any(k == "at_speed" for k, _ in getattr(_own_ref(finding, result),
                                                         "conditions", ()))
    at = "" if own_speed else " at the stated speed"      # else named() gives the speed
    if check == "range-at-speed":
        return _the(claimed, "range") + at
    if check == "endurance-at-speed":
        return f"the flight time of {claimed}{at}"
    if check == "cross-check" and claimed:
        return f"the {claimed} against the other figures"
    if check == "speed" and claimed:
        return f"the speed of {claimed}"
    if check == "payload" and claimed:
        return _the(claimed, "payload")
    if check == "leg":
        what = claimed.split(" (")[0] if claimed else "the stated flight"
        cond = _condition(finding, result)
        return (f"the flight of {what}" + named(finding, result, payload_word=False)
                + (f" {cond}" if cond else ""))
    if check == "statement":
        figures = figure_map(result)
        legs = [i for i in finding.claims[1:] if getattr(figures.get(i), "field", "") ==
                "distance"]
        if len(legs) > 1:                # a mission (claims.mission): the legs it summed
            return f"the source's statement about the legs {', then '.join(legs)} on one charge"
        if finding.claimed is not None and finding.claimed.kind == "at-least":
            return "the source's statement that the flight was possible"
        return "the source's conclusion that the flight was impossible unmodified"
    if check == "lift":
        return "the lift with the payload"
    if check == "motor":
        return "the motor rating"
    if check == "radio":
        return _the(claimed, "range") + " as the drone's own"
    if check == "ceiling" and claimed:
        return f"the service ceiling of {claimed}"
    name = check_name(check).lower()
    return f"the {name} of {claimed}" if claimed else name


def _the(claimed: str, noun: str) -> str:
    """``"the 40 km range"``; ``"the range of about 180 km"`` when the claim's text opens with
    a word ("about", "up to", "more than": ux7, "the about 180 kilometres range" and "the up to
    4.5 kilograms payload" were unreadable)."""
    return f"the {claimed} {noun}" if claimed[:1].isdigit() else f"the {noun} of {claimed}"


def needs_text(needs: str) -> str:
    """A not-judged entry's ``needs`` as a reader's sentence: "leg: a distance and ..."
    (the claim kind's name, then what it needs) reads "for the leg check, a distance and
    ...", so that "Needs leg: ..." never reaches a reader."""
    from ..claims.registry import CLAIM_KINDS
    from ..claims.checks import check as _loaded       # noqa: F401  (the kinds register)
    names = "|".join(sorted(map(re.escape, CLAIM_KINDS), key=len, reverse=True))
    return re.sub(rf"(^|; or )({names}): ", lambda m: f"{m.group(1)}for the {m.group(2)} "
                  "check, ", needs)


def needs_sentence(needs: str) -> str:
    """A not-judged entry's ``needs`` as one plain sentence without its final stop: "To
    judge it, the fixed-wing check needs an engine power ..." (a kind's code name never
    runs into the sentence, and "Needs for the X check, ..." never reaches a reader, ux6);
    needs that name no claim kind read "To judge it, dronecalc needs ..."."""
    from ..claims.registry import CLAIM_KINDS
    from ..claims.checks import check as _loaded       # noqa: F401  (the kinds register)
    names = "|".join(sorted(map(re.escape, CLAIM_KINDS), key=len, reverse=True))
    text = needs.strip().rstrip(".")
    if not re.match(rf"({names}): ", text):
        return f"To judge it, dronecalc needs {text}"
    return "To judge it, " + re.sub(rf"(^|; or )({names}): ",
                                    lambda m: f"{m.group(1)}the {m.group(2)} check needs ", text)


def not_judged_texts(unjudged, tidy=lambda text: text) -> list[str]:
    """Each not-judged entry's sentence after its id and text: its reason and what would let
    it be judged, or, for an entry with the same reason and needs as an earlier one, "not
    judged, for the same reason as F2" (a case naming no kind had printed its list of eight
    kinds under every claim; lead's trial). ``tidy`` is applied to the reason and needs."""
    said: dict[tuple[str, str], str] = {}
    out = []
    for n in unjudged:
        first = said.setdefault((n.reason, n.needs or ""), n.claim)
        if first != n.claim:
            out.append(f"not judged, for the same reason as {first}.")
            continue
        out.append(f"{tidy(n.reason).rstrip('.')}."
                   + (f" {needs_sentence(tidy(n.needs))}." if n.needs else ""))
    return out


def summary(result) -> list[str]:
    """Three to five plain sentences from the findings, the worst first."""
    return [sentence for sentence, _ in summary_items(result)]


#: How a comparison of figures reads: the figures agree, need checking, or disagree (a check
#: of the stated inputs reads by its verdict instead).
AGREEMENT = {"consistent": "agree", "needs-checking": "need checking", "implausible": "disagree"}
_ORDER = ("implausible", "needs-checking", "consistent")


def split(result) -> tuple[dict[str, object], list]:
    """The claim contract's two sorts of findings: claim id -> its one verdict finding
    (``CheckResult.verdicts``), and the cross-checks (:data:`dronecalc.claims.contract.
    CROSS_CHECKS`), which compare the source's figures or test its stated inputs
    (:func:`input_checks` tells them apart) and are never a claim's verdict."""
    from ..claims.contract import CROSS_CHECKS
    cross = [f for f in result.findings if f.check in CROSS_CHECKS]
    if getattr(result, "figures", None):
        judged = dict(result.verdicts)
    else:                                    # a result built without its figures
        judged = {c: f for f in result.findings if f.check not in CROSS_CHECKS
                  for c in (f.claims[:1] if f.check == "statement" else f.claims)}
    return judged, cross


def input_checks(cross: list) -> tuple[list, list]:
    """The cross-checks in two sorts: the comparisons of the source's figures with each other,
    and the checks of the stated inputs on the physics (:data:`dronecalc.claims.contract.
    INPUT_CHECKS`: ``lift``, ``motor``), which compare no two figures."""
    from ..claims.contract import INPUT_CHECKS
    return ([f for f in cross if f.check not in INPUT_CHECKS],
            [f for f in cross if f.check in INPUT_CHECKS])


def cross_counts(cross: list) -> str:
    """``"1 disagrees, 2 agree"``: the figure comparisons by how their figures agree; a check
    of the stated inputs by its verdict (``"2 consistent"``)."""
    from ..claims.contract import INPUT_CHECKS
    def word(f):
        return verdict_badge(f.verdict)[0].lower() if f.check in INPUT_CHECKS else \
            AGREEMENT[f.verdict]
    words = [word(f) for v in _ORDER for f in cross if f.verdict == v]
    return ", ".join(f"{words.count(w)} {_AGREES.get(w, w) if words.count(w) == 1 else w}"
                     for w in dict.fromkeys(words))


#: One comparison takes the singular verb: "1 disagrees, 2 agree", "1 needs checking".
_AGREES = {"agree": "agrees", "need checking": "needs checking", "disagree": "disagrees"}


def cross_phrase(cross: list) -> str:
    """``"the source's figures checked against each other: 1 disagrees; checks of the stated
    inputs: 2 consistent"`` (each part only when it has findings)."""
    figures, inputs = input_checks(cross)
    parts = ([f"the source's figures checked against each other: {cross_counts(figures)}"]
             if figures else []) + \
        ([f"checks of the stated inputs: {cross_counts(inputs)}"] if inputs else [])
    return "; ".join(parts)


def cross_lines(cross: list) -> list[str]:
    """The text output's lines: ``"Cross-checks of the source's figures: 1 disagrees."``,
    ``"Checks of the stated inputs: 2 consistent."`` (each only when it has findings)."""
    figures, inputs = input_checks(cross)
    return ([f"Cross-checks of the source's figures: {cross_counts(figures)}."] if figures
            else []) + ([f"Checks of the stated inputs: {cross_counts(inputs)}."] if inputs
                        else [])


def cross_line(cross: list) -> str:
    return " ".join(cross_lines(cross))


def claim_counts(judged: dict) -> list[str]:
    """``["2 implausible", "1 needs checking"]``: the judged claims by verdict."""
    return [f"{n} {verdict_badge(v)[0].lower()}" for v in _ORDER
            for n in [sum(f.verdict == v for f in judged.values())] if n]


def summary_items(result) -> list[tuple[str, str | None]]:
    """:func:`summary` with the verdict each sentence reports (None for the overview and the
    cross-check count). Claims are counted by their one verdict (the claim contract); the
    cross-checks of the source's figures and the checks of its stated inputs are counted on
    their own (:func:`cross_phrase`), never as verdicts."""
    findings = result.findings
    missing = getattr(result, "not_judged", [])
    judged, cross = split(result)
    if missing and (not findings or result.run.drawn == 0):
        # nothing judged, or no vehicle model ran (dronecalc.claims.unmodelled): say why
        # first, then what the figures checked against each other (no physics) found
        which = ("The case's one claim could not be judged" if len(missing) == 1 else
                 f"None of the case's {len(missing)} claims could be judged")
        reasons = {n.reason for n in missing}
        why = f": {missing[0].reason}" if len(reasons) == 1 else ""
        out = [(f"{which}{why} (each is listed under 'not judged' with what would let it "
                "be judged).", None)]
        if findings:
            out.append((f"The report's figures checked against each other, with no vehicle "
                        f"physics: {cross_counts(findings)}.", None))
            out += [(headline(f, result), f.verdict) for f in findings
                    if f.verdict != "consistent"][:3]
        return out
    if not findings:
        return [("The case states no claim that dronecalc can test.", None)]
    unique = list({id(f): f for f in judged.values()}.values())   # a leg judges 3 claims
    by = {v: [f for f in unique if f.verdict == v] for v in _ORDER}
    names = [subject(f, result) for f in by["consistent"]]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + \
        names[-1] if names else ""
    # the claims' worst verdicts first, then the worst disagreement of the source's own
    # figures (the cross-check count rides on the first sentence): five sentences at most
    # a stated figure set aside (a conflict) changes what every verdict rests on: said first
    tail = ([(headline(f, result), f.verdict) for f in cross if f.check == "conflict"][:1]
            + [(headline(f, result), f.verdict) for f in cross
               if f.verdict == "implausible"][:1])
    room = 4 - len(tail)
    bad = [(headline(f, result), f.verdict) for f in by["implausible"][:3]]
    doubt = [(headline(f, result), f.verdict) for f in by["needs-checking"][:1]]
    told = (bad + doubt)[:room]
    if judged:
        claims = "1 claim" if len(judged) == 1 else f"{len(judged)} claims"
        first = (f"dronecalc judged {claims} of the source against the physics of "
                 f"{result.run.kept:,} simulated drones that fit what the source states: "
                 f"{', '.join(claim_counts(judged))}")
    else:
        first = (f"dronecalc judged none of the source's claims against the physics of "
                 f"{result.run.kept:,} simulated drones")
    if missing:                      # which ones, and where the reader finds why (ux6)
        ids = [n.claim for n in missing]
        first += (f" ({len(missing)} not judged: "
                  + (ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1])
                  + (", listed with what would let it be judged)" if len(ids) == 1 else
                     ", each listed with what would let it be judged)"))
    fits = len(told) + len(tail) < 4
    if names and not fits:
        first += " with physics"
    if cross:
        first += f"; {cross_phrase(cross)}"
    sentences = [(first + ".", None)] + told
    if names and fits:
        sentences.append((f"Consistent with physics: {joined}.", "consistent"))
    return sentences + tail


def quantity_name(finding) -> str:
    """What a finding's estimate measures, in plain words: a hover-time claim's endurance
    finding measures the hover time (ux6: an Agras hover time was labelled "maximum flight
    time" in the report's table and picture)."""
    if finding.check == "endurance" and "hovering" in (finding.condition or ""):
        return "hover time"
    if finding.check == "leg" and finding.claimed.unit != "%":     # a lone distance: a
        return "maximum range at the best-range speed"           # range (claims.leg_alone)
    return QUANTITIES.get(finding.check, "result")


__all__ = ["headline", "summary", "summary_items", "subject", "estimate_text", "bound_text",
           "figure_map", "quantity_name", "split", "claim_counts", "cross_counts", "cross_line",
           "cross_lines", "cross_phrase", "input_checks", "own_conditions", "named", "needs_text",
           "needs_sentence",
           "AGREEMENT"]
