"""From article to case: draft a case file from a report's text (``dronecalc extract``).

:func:`extract` reads an article (plain text or HTML, never fetched) and returns a
:class:`Draft`: every figure with a unit as the article writes it, with its sentence as the
quote, a guessed field with a confidence and the cue words that led to it, a guessed role, the
vehicle kind words, named parts, counts of drones, and statement claims where the text asserts
that something could or could not be done. :meth:`Draft.to_toml` writes it as a case file that
:func:`~dronecalc.intake.case.load_case` accepts, headed by a comment that it is a draft for a
person to check.

How each guess is made (all rules are tables in :mod:`dronecalc.intake.spotting`; the
article is read by :mod:`dronecalc.intake.article`; nothing is learnt):

* **Figures**: a number (digits with thousands separators, or number words through
  :mod:`dronecalc.intake.numbers`) followed by a unit from ``spotting.UNITS``; a range
  ("60-70", "60 to 70", "between 60 and 70"), an open bound or hedge before it
  (``spotting.QUALIFIERS``) or after it ("or more", "at the most"). Each figure is read with
  :func:`dronecalc.intake.fields.read_figure`, so a garbled one ("320 kilovolts") is flagged
  by the field rules, never by this module. A conversion in brackets ("2,000 km (1,250 miles)")
  is kept in a note, not counted twice. Numbers glued to names ("Shahed-136", "RFD868x"),
  dates, times, money and percentages are not figures.
* **Field**: the unit's dimension gives the candidate fields (``spotting.CUES``); each cue
  word within 200 characters scores ``weight * exp(-distance / 40 characters)`` for its field,
  and the best single cue of each field counts. Confidence is the winner's share of all
  fields' scores (0.9 when the unit allows only one field).
* **Role**: build facts (masses, battery, motors, parts) are inputs; performance (speed, range,
  distance, flight time) is a claim; a payload or an altitude after a capability word ("can",
  "capable of", "up to", "maximum", "designed to") is a claim; a figure whose field is
  ``context`` is context. The same machine parameter stated twice as an input keeps the first
  as input and the others as context, with a note, so that the case stays loadable.
* **Conditions**: a speed written "at ..." right after a flight time or range is its
  ``at_speed``; a plain payload in a flight time's or range's sentence is the nearest such
  claim's own ``payload`` (a maximum payload only when "with" joins it to the claim before
  it); "with no payload" right after a claim is ``with_payload = false``; a time a distance
  was flown "in" refers to it (the leg check's distance / time); an altitude it "can fly at"
  is a ``service_ceiling`` claim.
* **Statements**: a sentence saying the machine could not fly/travel/carry something (or only
  "unless modified") becomes a ``statement`` claim asserting ``infeasible``; one saying it was
  able to, with no figure of its own, ``feasible``. It refers to the latest distance, speed and
  payload figures its words point back to ("this distance", "at this speed", "the missile").
* **Several drones**: type names ("Shahed-136", "Bayraktar TB2", a quoted name before "drone")
  are found, with a designation's short name ("RQ-7B Shadows ... the Shadow") and a name given
  its size ("63 grams the Mambo": intake.name_mentions, whose clause owns the figures before it);
  each figure is attributed to the latest name before it, in a comment; with more than one name
  the header warns that the figures may belong to different machines. A name that is the object
  of a target or comparison word ("shot down dozens of Shahed-136s") is another machine: no claim
  is attributed to it (the figures of its own "which ..." clause are context) and its airframe is
  not used. A table of several models is drafted for its first model (``tables.table_models``).

Every regular expression here is a flat alternation or a bounded class, without nested
quantifiers; each pass is linear in the length of the text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field as dc_field

from ..errors import DroneCalcError
from .airframes import resolve
_CHEMISTRY = re.compile(r"(?i)\b(?:li-?ion|lithium[- ]ion|li-?po|lithium polymer|li-?hv)\b")
from . import file_text
from .article import (Article, article_bytes, cut_words, decode, is_html, read_article,
                      sentences, short_headline)
from .case import AIRFRAMES, FIGURE_KEYS, MAX_FIGURES, chemistry_name
from .bracket_rates import rates_across_brackets
from .tolerance import tolerances_after
from .draft_reads import check_items as _check_items
from .cues import RADIUS_AFTER
from .fields import FIELDS
from .spotting import (BACKREF_REACH, CUE_WINDOW, RADIUS, RADIUS_NOTE, _BACKREFS, _FEASIBLE,
                       _INFEASIBLE, _KIND_RE, _PART_RE, _WITH_PAYLOAD, PART_NOTE,
                       find_figures, guess_field, guess_role, written_field)
from .name_mentions import own_postposed
from .names import (_RIVAL_BEFORE, NAME_LIMIT, _drone_at, _drone_names, _name_key,  # noqa: F401
                    is_target, named_kind, not_this_machine)
from .leg_loads import link_leg_loads
from .links import (check_payloads, link_legs, link_payloads as _link_payloads,
                    link_speeds as _link_speeds, no_payload_before)
from .restated import refine
from .figure_nouns import reread
from .cross_figures import after_links, restated_later
from .kind_words import name_bare_multirotor, names_no_plant, title_kinds
from .draft_vtol import inferred_warning, join_vtol
from .draft_kind_hints import (NO_MULTIROTOR, counts_rotors, no_size_warning, span_warning,
                               span_wing)
from .rotor_counts import fix_rotor_counts, pair_counts
from .by_pairs import by_pairs
from .same_flight import same_flights
from .vague import note_typical
from .language import language_warning
from .tables import models_warning, other_models, table_models
from .widths import check_heights, check_lengths, check_widths

__all__ = ["Article", "Draft", "Item", "extract", "extract_file", "guess_field", "is_html",
           "read_article", "sentences"]

# --------------------------------------------------------------------------- results

@dataclass
class Item:
    """One entry of the draft: a figure, a count, a vehicle kind, a part or a statement.

    Attributes
    ----------
    kind : {"figure", "count", "airframe", "part", "statement"}
    start : int
        Position in the article's text; ids follow it.
    written : str
        The text as the article writes it ("more than 120 minutes").
    text : str
        The case file's ``text`` (``written`` when the field rules read it as is).
    field : str
        The field written to the case file (a key of FIELDS).
    guess : str
        The field guessed (may be one the field table does not have yet, e.g. ``wingspan``).
    role : str
    confidence : float
        Of the field guess, in [0, 1].
    cues : tuple of str
        The words that decided the field.
    why_role : str
    quote : str
        The sentence, verbatim.
    notes : list of str
    flag : str or None
        The field rules' flag (``"garbled: ..."``).
    drone : str or None
        The type name the figure is attributed to.
    with_payload, refers, asserts, mode, at_speed, payload, reserve : as in the case format
    vague : bool
    counted : str or None
        For a count: "drones", "rotors" or "engines".
    runner_up : (str, str) or None
        The next best field and its cue word.
    refers_to : list of Item
        A statement's figures (``refers`` holds their ids once they are numbered).
    id : str
        ``F1``, ``F2``... in text order.
    """

    kind: str
    start: int
    written: str
    text: str
    field: str
    guess: str
    role: str
    quote: str
    confidence: float = 1.0
    cues: tuple[str, ...] = ()
    why_role: str = ""
    notes: list[str] = dc_field(default_factory=list)
    flag: str | None = None
    drone: str | None = None
    with_payload: bool | None = None
    refers: tuple[str, ...] = ()
    asserts: str | None = None
    vague: bool = False
    counted: str | None = None
    runner_up: tuple[str, str] | None = None
    mode: str | None = None
    at_speed: str | None = None
    payload: str | None = None
    reserve: str | None = None
    refers_to: list["Item"] = dc_field(default_factory=list, repr=False)
    id: str = ""


@dataclass
class Draft:
    """A drafted case: the article's metadata and its items in text order."""

    title: str
    source: str
    url: str | None
    date: str | None
    name: str
    items: list[Item]
    kinds: list[str]
    drones: list[str]
    drone_counts: list[str]
    warnings: list[str]

    @property
    def figures(self) -> list[Item]:
        """Figures with a unit and counts (the items the benchmark scores)."""
        return [i for i in self.items if i.kind in ("figure", "count")]

    @property
    def several_drones(self) -> bool:
        return len(self.drones) > 1

    def to_toml(self) -> str:
        """The draft as a case file (TOML) with its comments."""
        from .draft_toml import to_toml
        return to_toml(self)


# --------------------------------------------------------------------------- the draft

#: Control characters a case file refuses (terminal escapes and the like): spaces instead.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Claims that a payload carried during them conditions (``with_payload``).
PAYLOAD_CONDITIONED = {"speed", "distance", "range", "flight_time"}
#: Kind labels of wing-borne airframe words (a plural is read as its singular).
WING_LABELS = {"fixed-wing", "quadplane", "tailsitter", "lift-and-cruise"}
#: Kind labels of multirotors (what this version's physics models).
MULTIROTOR_KINDS = {"quadcopter", "hexacopter", "octocopter", "tricopter", "multirotor"}


def extract(text: str, name: str = "article", html: bool | None = None) -> Draft:
    """Draft a case from an article's text.

    Parameters
    ----------
    text : str
        The article: plain text (optionally headed by ``Title:``, ``URL:``, ``Date:``,
        ``Outlet:`` lines) or HTML.
    name : str
        What to call the article in the draft's header (its file name).
    html : bool, optional
        Force HTML stripping on or off; by default it is detected.

    Returns
    -------
    Draft

    Examples
    --------
    >>> draft = extract("The drone carried a bomb weighing three kilograms.")
    >>> [(f.text, f.field, f.role) for f in draft.figures]
    [('three kilograms', 'payload_mass', 'input')]
    """
    if not isinstance(text, str):
        raise DroneCalcError("an article must be text", field="ARTICLE", value=type(text).__name__,
                             expected="a .txt or .html file's text")
    article = read_article(_UNPRINTABLE.sub(" ", text), html)
    body, headed, models = table_models(article.body)   # "Weight (g)" over "3,000": 3,000 g
    spans = sentences(body)
    items: list[Item] = []
    drones = _drone_names(body)
    kinds: list[str] = []
    drone_counts: list[str] = []
    parts_seen: set[str] = set()
    for s, e in spans:
        sentence = body[s:e]
        # in text order: "18 meters (59 ft) per second" one speed, "15 by 18 ft" two sizes
        found = by_pairs(sentence, tolerances_after(sentence, rates_across_brackets(
            sentence, find_figures(sentence, s))))              # "50 kg ± 1.5": 48.5-51.5 kg
        for fig, others in zip(found, _neighbours(found)):
            items.append(_figure_item(fig, sentence, others))
        items += _kind_items(sentence, s, kinds)
        items += _part_items(sentence, s, parts_seen)
        items += pair_counts(sentence, s, Item, _quote)   # "four pairs of coaxial rotors": 8
    if not kinds and article.title:   # "e-volo makes manned electric multicopter first flight"
        items += title_kinds(article.title, kinds, _kind_items, MULTIROTOR_KINDS)
    items.sort(key=lambda i: i.start)
    figures = [i for i in items if i.kind == "figure"]
    starts = [i.start for i in figures]
    statements = []
    for s, e in spans:
        statements += _statement_items(body[s:e], s, figures, starts)
    items = sorted(items + statements, key=lambda i: i.start)
    # "has shot down dozens of Shahed-136s": a target or a comparison, never the figures' owner
    targets = [(at, d) for at, d in drones if is_target(body, at)]
    owners = [(at, d) for at, d in drones if (at, d) not in targets]
    drones, all_drones = owners, drones
    drone_starts = [s for s, _ in drones]
    # "the main competitor to Norinco drone is the ... Switchblade 600": the first name is
    # another machine, so the figures before it are not its
    first = drones[0][0] if drones else 0
    rival = bool(drones) and _RIVAL_BEFORE.search(body, max(0, first - 100), first)
    for item in items:
        item.drone = None if rival and item.start < drones[0][0] else \
            _drone_at(drones, drone_starts, item.start)
        if item.kind == "count" and item.counted == "drones":
            drone_counts.append(item.written)
    own_postposed(items, body, drones)     # "63 grams the Mambo": the clause's own name
    named = None if rival else named_kind(drones, kinds, body)
    if named is not None:                  # "Shahed 136s" and no kind word: the table's kind
        at, text, layout = named
        s, e = next((a, b) for a, b in spans if a <= at < b)
        items.append(Item("airframe", at, text, text, "airframe", "airframe", "input",
                          _quote(body[s:e], at - s, at - s + len(text)), 0.9, (text,),
                          f"the vehicle kind ({layout}: the type name, in the airframe table)",
                          drone=_drone_at(drones, drone_starts, at)))
        kinds.append(text)
        items.sort(key=lambda i: i.start)
    fix_rotor_counts(items, kinds, MULTIROTOR_KINDS, body)   # intake.rotor_counts
    name_bare_multirotor(items, kinds)      # "the multi-rotor drone": the kind, if alone
    join_vtol(items, kinds)                # "VTOL fixed-wing", "eVTOL" (intake.draft_vtol)
    check_widths(items, bool(set(kinds) & MULTIROTOR_KINDS))   # "a road 8 metres wide"
    check_heights(items)                   # "1.3m long, 1.7 wide and 1m high": a size
    check_lengths(items)                   # "1.3m long": the machine's; "a road 2 km long": no
    wing = None if set(kinds) & MULTIROTOR_KINDS else next(
        (layout for layout in (resolve(k).layout for k in kinds)
         if layout not in (None, "multirotor")), None)
    spanned = span_wing(items, bool(set(kinds) & MULTIROTOR_KINDS)) if wing is None else None
    wing = wing or spanned                  # a stated wingspan: a wing (draft_kind_hints)
    for item in items if set(kinds) & MULTIROTOR_KINDS else ():   # a multirotor's cruise:
        if item.field == "cruise_speed":
            item.field = item.guess = "speed"          # its speed, for the leg checks
        elif item.field == "engine_type" and (chem := _CHEMISTRY.search(item.text)) and (
                chemistry := chemistry_name(chem.group()) or chemistry_name(
                    chem.group().replace("-", " "))):
            # "- Li-Ion battery" of a multirotor is its pack's chemistry (the priors'
            # specific energy), no fixed wing's power plant (trials_new5, octa-diydrones)
            item.field, item.guess, item.text = "chemistry", "chemistry", chemistry
    total, items = len(items), items[:MAX_FIGURES + 100]   # read no more than can be drafted
    # a wing-borne kind word ("fixed-wing"): the field rules judge with the wing-borne ranges
    _check_items(items, None if wing is None else "fixed-wing-piston")
    other_models(items, models)            # a table's second model: not this case's machine
    not_this_machine(items, body, targets, spans)   # "the TB2, which ...", "For instance, an"
    refined = refine(items, body, article.title or _title_line(body))   # intake.restated
    _link_payloads(items)                  # before the dedupe rewrites a second load's role
    after_links(items)                     # intake.cross_figures: a load flown, a restatement
    _dedupe_inputs(items)
    restated_later(items)                  # intake.cross_figures: "The 70-minute flight was ..."
    same_flights(items, body)              # intake.same_flight: "That flight", quotes, units
    items = _link_speeds(items, body)
    link_legs(items, body)                 # "5 km in 10 minutes": the time refers to the 5 km
    link_leg_loads(items)                  # "carried a 3 kg missile 7 km": the leg's payload
    check_payloads(items, "fixed-wing-piston" if any(        # the kind the case reader reads
        i.kind == "airframe" and i.role == "input" and resolve(i.text).layout not in (
            None, "multirotor") for i in items) else None)
    note_typical(items)                    # "flies on average 25 minutes": the note says so
    warnings = refined                     # intake.restated's warnings first
    language = language_warning(body)
    if language:
        warnings.insert(0, language)
    if not any(i.kind in ("figure", "count") for i in items):
        warnings.append("no figure with a unit was found in the article, so check has nothing "
                        "to judge: is it the right file (the article's text, .txt or .html)?")
    if headed:
        more = f" and {len(headed) - 5:,} more" if len(headed) > 5 else ""
        warnings.append("the units of bare numbers in table columns were taken from the "
                        f"column headers ({', '.join(repr(h) for h in headed[:5])}{more}): "
                        "check each figure against its table")
    warnings += models_warning(models)     # a table's models: the draft is the first's
    if len(items) > MAX_FIGURES:         # a case file holds at most MAX_FIGURES figures
        warnings.append(f"the article gives {max(total, len(items)):,} entries and a case file "
                        f"holds at most {MAX_FIGURES}: only the first {MAX_FIGURES} are drafted; "
                        "split the article and draft each part")
        items = items[:MAX_FIGURES]
    for n, item in enumerate(items, 1):
        item.id = f"F{n}"
    _finish_refs(items)
    names = list(dict.fromkeys(d for _, d in all_drones))
    aimed = [d for d in dict.fromkeys(d for _, d in targets) if d not in {o for _, o in owners}]
    if aimed:
        warnings.append(f"{', '.join(repr(d) for d in aimed)}: named only as a target or for "
                        "comparison ('shot down', 'counter', 'like', 'than'...), another machine "
                        "than the one the figures describe: no claim is attributed to it (a figure "
                        "in its own 'which ...' clause is context) and "
                        "its airframe is not used")
    if not set(kinds) & MULTIROTOR_KINDS and wing is None and not counts_rotors(items) and \
            not any(i.field == "airframe" and resolve(i.text).layout == "multirotor"
                    for i in items):                # "DJI Matrice 600", "six-rotor"
        warnings.append(NO_MULTIROTOR)
    stated = {FIELDS[i.field].maps_to or (i.field if wing and i.field == "max_takeoff_mass"
                                          else None)        # a wing is flown at its MTOW
              for i in items if i.role == "input" and i.field in FIELDS}
    if unsized := no_size_warning(items, stated, wing):   # draft_kind_hints: a fuel's words
        warnings.append(unsized)
    if set(kinds) & MULTIROTOR_KINDS and stated & {"fuel_volume", "fuel_mass"}:
        warnings.append("the article names a multirotor and gives a fuel figure: dronecalc "
                        "models battery multirotors only, so check judges none of its claims "
                        "(each 'not judged', fuel-multirotor); a tank of liquid payload (spray, "
                        "fertiliser) is no fuel: write it as max_payload or context")
    if inferred := inferred_warning(items, names_no_plant(items, stated, wing)):
        warnings.append(inferred)          # "The VTOL drone has a wingspan of 3 m" (draft_vtol)
    elif spanned and names_no_plant(items, stated, wing):   # no airframe word to fold on
        warnings.append(span_warning(items))
    elif names_no_plant(items, stated, wing):                  # kind_words
        # claims.plants reads a plain fixed wing as each plant; a VTOL word leaves the kind open
        vtol = any(set(resolve(k).layouts) & {"vtol-quadplane", "tailsitter"} for k in kinds)
        warnings.append("the article names a fixed wing but no power plant: check " + (
            "needs an" if vtol else "judges each claim as battery-electric and as "
            "piston-engined, 'needs checking' where the two disagree; an") + " engine_type "
            "figure ('two-stroke piston', 'electric', 'turbojet'), a fuel or battery figure, "
            "or [case] vehicle_kind (\"fixed-wing-piston\", \"fixed-wing-electric\"...)"
            + ("" if vtol else " settles it"))
    if rival:
        warnings.append(f"the first type name, {drones[0][1]!r}, is introduced as another "
                        f"machine ({rival.group().strip()!r}): the figures before it are not "
                        "attributed to it; split the draft into one case per machine")
    if len(names) > 1:
        warnings.append(f"the article names {len(names)} drone types ({', '.join(names)}): "
                        "each figure's comment says which one it is attributed to; split the "
                        "draft into one case per machine before checking it")
    title = _cut(article.title or _title_line(body) or name, HEADER_LIMIT)
    source_bits = [_cut(b, HEADER_LIMIT) for b in (article.outlet,
                                                   article.date and f"date {article.date}") if b]
    source = ", ".join(source_bits) if source_bits else f"the article in {_cut(name, 200)}"
    url = article.url and _cut(article.url, HEADER_LIMIT)
    if url and url not in source:
        source += f" ({url})"
    return Draft(title, source, url, article.date and _cut(article.date, HEADER_LIMIT), name,
                 items, kinds, names, drone_counts, warnings)


#: A header value (title, outlet, date, URL) longer than this is cut with "...".
HEADER_LIMIT = 400


def _cut(text: str, limit: int) -> str:
    return cut_words(text, limit)               # at a word's end: intake.article


def _neighbours(found: list[dict]) -> list[tuple]:
    """For each figure of a sentence (in text order), the nearest figures of its dimension
    before and after it, as (start, end, dim): the only ones that can take a cue word from it
    (:func:`~dronecalc.intake.spotting.guess_field`); found in one pass each way, so that a
    sentence of thousands of figures stays linear."""
    before: list[list] = [[] for _ in found]
    last: dict[str, tuple] = {}
    for k, f in enumerate(found):
        if f["dim"] in last:
            before[k].append(last[f["dim"]])
        last[f["dim"]] = (f["start"], f["end"], f["dim"])
    last = {}
    for k in range(len(found) - 1, -1, -1):
        f = found[k]
        if f["dim"] in last:
            before[k].append(last[f["dim"]])
        last[f["dim"]] = (f["start"], f["end"], f["dim"])
    return [tuple(b) for b in before]


def extract_file(path: str) -> Draft:
    """Draft a case from a .txt/.html file, or standard input for ``"-"``: its bytes decoded
    by :func:`intake.article.article_bytes`, whose warning (not UTF-8) comes first."""
    raw, name, html = article_bytes(path)
    text, warning = decode(raw) if isinstance(raw, bytes) else (raw, None)
    draft = extract(text, name, html)
    draft.warnings[:0] = [w for w in (warning, file_text.case_file_warning(text)) if w]
    return draft


def _title_line(body: str) -> str | None:
    """The first line that reads like a headline (four words or more, not page furniture; or
    a short capitalised first line, :func:`~dronecalc.intake.article.short_headline`)."""
    for k, line in enumerate(line for line in body.splitlines()[:20] if line.strip()):
        line = line.strip()
        if (len(line.split()) >= 4 or not k and short_headline(line)) and not re.match(r"(?i)skip to|menu|sign in|subscribe|"
                                                    r"cookie", line):
            return cut_words(line, 160)          # not inside a word ("with a 6")
    return None


#: A quote longer than this (a sentence the splitter could not cut) is cut around the figure.
QUOTE_LIMIT = 600


def _quote(sentence: str, start: int, end: int) -> str:
    """The sentence, verbatim with spacing folded; only an over-long one is cut, with "..."."""
    if len(sentence) <= QUOTE_LIMIT:
        return " ".join(sentence.split())
    half = (QUOTE_LIMIT - (end - start)) // 2
    a, b = max(0, start - half), min(len(sentence), end + half)
    return ("..." if a else "") + " ".join(sentence[a:b].split()) + ("..." if b < len(sentence)
                                                                     else "")


def _figure_item(fig: dict, sentence: str, others: tuple[tuple[int, int, str], ...] = ()
                 ) -> Item:
    quote = _quote(sentence, fig["start"], fig["end"])
    if fig["kind"] == "count":
        counted = fig["counted"]
        guess = {"rotors": "rotors", "arms": "arms", "packs": "pack_count"}.get(counted, "context")
        build = guess != "context"
        item = Item("count", fig["abs_start"], fig["written"], fig["number"] if build
                    else fig["written"], guess, guess, "input" if build else "context",
                    quote, 0.9, (fig["written"].split()[-1],),
                    "a stated build fact" if build else "a count of "
                    + ("drones" if counted == "drones" else counted), counted=counted)
        if build:
            item.notes.append(f"written {fig['written']!r}")
        return item
    span = (fig["start"], fig["end"])
    guess, confidence, cues, runner_up = guess_field(sentence, span, fig["dim"], others)
    field = written_field(guess)
    role, why = guess_role(field, sentence, fig["start"])
    if why == PART_NOTE:                              # "includes a 1 kg camera": a part
        guess = field = "payload_mass"
    elif field == "payload_mass" and role == "claim" and "max_payload" in FIELDS:
        guess = field = "max_payload"                 # "can carry up to 1.2 kg": a capacity
    elif field == "altitude" and role == "claim" and "service_ceiling" in FIELDS:
        guess = field = "service_ceiling"             # "can fly at an altitude of 5,000 m"
    guess, field, role, why = reread(fig, sentence, guess, field, role, why)   # "a 50 kg warhead"
    item = Item("figure", fig["abs_start"], fig["written"], fig["written"], field, guess,
                role, quote, confidence, cues, why, vague=bool(fig.get("vague")),
                runner_up=runner_up)
    if fig.get("note"):
        item.notes.append(fig["note"])
    if field == "range" and cues and (RADIUS.search(cues[0])
                                      or RADIUS_AFTER.match(sentence, fig["end"])):
        item.notes.append(RADIUS_NOTE)
    if fig.get("canonical"):
        item.text = fig["canonical"]
        item.notes.append(f"written {fig['written']!r}")
    bounded = _BOUND_BEFORE_RANGE.match(item.text)
    if bounded and _RANGE_TEXT.match(bounded.group(2)):
        # "up to 30 to 40 kilograms": the most it does lies in the range; a figure cannot be
        # both an open bound and a range, so the range is written
        item.text = bounded.group(2)
        item.notes.append(f"written {fig['written']!r}: the range is read as the maximum, "
                          f"'{bounded.group(1)}' dropped")
    if guess != field:
        item.notes.append(f"guessed field {guess!r}, which this version's field table does not "
                          f"have: written as {field!r}")
    if item.vague:
        item.notes.append("vague quantity" + (": read as about the number given"
                                              if fig.get("value") is not None else
                                              ": it gives no number to check"))
        if fig.get("value") is None:
            item.notes.append(f"it speaks to {guess}")
            item.field = item.guess = "context"
            item.role, item.why_role = "context", "no number to check"
    # the figure's own clause: up to the next figure of its dimension, and back to the
    # previous one, or to the last clause break after it ("30 minutes with a 2 kg payload, or
    # 45 minutes": the 2 kg is the 30's)
    lo = max([e for a, e, _ in others if e <= fig["start"]], default=0)
    if lo:
        cut = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, lo, fig["start"])]
        lo = cut[-1] if cut else lo
    hi = min([a for a, e, _ in others if a >= fig["end"]], default=len(sentence))
    part = _NEXT_PART.search(sentence, fig["end"], hi)    # "35 minutes; with a 2 kg payload,
    hi = part.start() if part else hi                    # 20 minutes": the 20's load
    near = sentence[max(lo, fig["start"] - CUE_WINDOW):min(hi, fig["end"] + CUE_WINDOW)]
    if role == "claim" and field in PAYLOAD_CONDITIONED:
        if _NO_PAYLOAD_AFTER.match(sentence, fig["end"]) or no_payload_before(sentence,
                                                                               fig["start"]):
            item.with_payload = False                 # "45 minutes with no payload"
            item.notes.append("stated without payload")
        elif _WITH_PAYLOAD.search(near):
            item.with_payload = True
    if guess == "hover_time" and field == "flight_time" and role == "claim" \
            and "mode" in FIGURE_KEYS:
        item.mode = "hover"
    return item


#: Words right after a claim that say it was made with no load: "45 minutes with no payload",
#: "without a payload", "(no payload)", "unloaded", "empty".
_NO_PAYLOAD_AFTER = re.compile(r"(?i)[ \t]*[,(]?[ \t]*(?:with no (?:payload|load|cargo)|"
                               r"without (?:an? |any |its |the )?(?:payload|load|cargo)|"
                               r"no (?:payload|load)|unloaded|empty|unladen)\b")
_CLAUSE_BREAK = re.compile(r"[,;]|\bor\b")
_NEXT_PART = re.compile(r"(?i);|,\s*(?:and|but)\s+with\b")
#: "up to 30 to 40 kilograms": an upper-bound qualifier before a range.
_BOUND_BEFORE_RANGE = re.compile(r"(?i)^(up to|as much as|a maximum of|maximum of|at most)\s+"
                                 r"(.+)$")
_RANGE_TEXT = re.compile(r"^\d[\d,.]*\s?(?:[A-Za-z/]+\s?)?(?:-|–|—|to)\s?\d[\d,.]*\s?\S")


#: A rotor-layout word just before a multirotor kind word ("coaxial octocopter").
_STACKED_BEFORE = re.compile(r"\b(coaxial|coax)[\s-]+$", re.IGNORECASE)


#: A power word right before a wing's airframe word ("The electric flying wing").
_POWER_BEFORE = re.compile(r"(?i)\b((?:all[- ])?electric|battery[- ](?:powered|electric)|"
                           r"(?:petrol|gas|gasoline|piston|jet|solar|hydrogen)[- ]powered)"
                           r",?[ \t]+$")   # "a new type of electric, fixed-wing drone" (nextgov)


def _kind_items(sentence: str, offset: int, kinds: list[str]) -> list[Item]:
    out = []
    for regex, label in _KIND_RE:
        m = regex.search(sentence)
        if m and label not in kinds and not any(   # "Hexa multirotor": one word, not two
                i.start - offset < m.end() and m.start() < i.start - offset + len(i.written)
                for i in out):
            kinds.append(label)
            word = m.group()
            rotors = next((AIRFRAMES.get(w, AIRFRAMES.get(w.rstrip("s")))
                           for w in re.findall(r"[a-z0-9]+", word.lower())
                           if w in AIRFRAMES or w.rstrip("s") in AIRFRAMES), None)
            text = word if rotors is None and label not in WING_LABELS else re.sub(r"s$", "", word)
            stacked = _STACKED_BEFORE.search(sentence, 0, m.start())
            if rotors is not None and stacked:    # "coaxial quadcopter": 8 rotors on 4 arms
                text = f"{stacked.group(1)} {text}"
                rotors = resolve(text).rotors
            layout = resolve(text).layout          # "fixed-wing": a kind with no rotor count
            power = _POWER_BEFORE.search(sentence, 0, m.start())
            if power and layout not in (None, "multirotor"):   # "the electric flying wing":
                text = f"{power.group(1)} {text}"             # what powers it decides the kind
            build = bool(rotors) or layout not in (None, "multirotor")
            why = "the vehicle kind" + (f" ({rotors} rotors)" if rotors else
                                        f" ({layout})" if build else ": no rotor count")
            out.append(Item("airframe", offset + m.start(), word, text, "airframe", "airframe",
                            "input" if build else "context",
                            _quote(sentence, m.start(), m.end()), 0.9, (word,), why))
    return out


def _part_items(sentence: str, offset: int, seen: set[str]) -> list[Item]:
    out = []
    for regex, field, role in _PART_RE:
        for m in regex.finditer(sentence):
            if m.group().lower() in seen:
                continue
            seen.add(m.group().lower())
            out.append(Item("part", offset + m.start(), m.group(), m.group(), field, field, role,
                            _quote(sentence, m.start(), m.end()), 0.9, (m.group(),),
                            "a named part"))
    return out


def _statement_items(sentence: str, offset: int, figures: list[Item],
                     starts: list[int]) -> list[Item]:
    m = _INFEASIBLE.search(sentence)
    asserts = "infeasible"
    if m is None:
        m = _FEASIBLE.search(sentence)
        asserts = "feasible"
        own = bisect.bisect_left(starts, offset + len(sentence)) > bisect.bisect_left(starts,
                                                                                     offset)
        if m is None or own:
            return []
    text = sentence[m.start():]
    close = re.search(r"[,.]?[\"”](?=\s|$)", text)
    if close and close.start() > 10:
        text = text[:close.start()]
    text = re.sub(r"[\"“”]", "", text).strip().rstrip(".,;: ")
    start = offset + m.start()
    refers = []
    before = figures[:bisect.bisect_left(starts, start + len(text))]
    for regex, fields in _BACKREFS:
        if re.search(rf"\b(?:{regex})\b", sentence[m.start():], re.IGNORECASE):
            earlier = next((i for i in reversed(before[-BACKREF_REACH:]) if i.field in fields),
                           None)
            if earlier is not None:
                refers.append(earlier)
    item = Item("statement", start, text, text, "statement", "statement", "claim",
                _quote(sentence, m.start(), m.end()), 0.6, (m.group(),),
                f"asserts the machine {'could not' if asserts == 'infeasible' else 'could'} "
                "do it", asserts=asserts, refers_to=refers)
    return [item]


def _dedupe_inputs(items: list[Item]) -> None:
    """A machine parameter (or a maximum take-off mass) stated twice as an input: the first
    stays input, the others context."""
    seen: dict[str, Item] = {}
    for item in (i for i in items if i.role == "input" and i.field in FIELDS):
        field = item.field
        parameter = FIELDS[field].maps_to or (field if field == "max_takeoff_mass" else None)
        if parameter is None:
            continue
        if parameter in seen:
            first = seen[parameter]
            other = "" if first.drone == item.drone else f" (for {first.drone})"
            item.role = "context"
            item.why_role = "a second statement of a stated input"
            item.notes.append(f"{parameter} is already stated by {first.written!r}{other}: kept "
                              "as context; make it the input instead if it is the right one")
        else:
            seen[parameter] = item


def _finish_refs(items: list[Item]) -> None:
    for item in items:
        if item.kind == "statement" or item.refers_to:     # a drafted id only (MAX_FIGURES)
            item.refers = tuple(dict.fromkeys(r.id for r in item.refers_to if r.id))
