r"""Shareable report files: one Markdown or HTML document per checked case.

Entry point (what ``dronecalc check CASE.toml --report out.md|out.html`` calls)::

    from dronecalc.report.document import write_report
    result = dronecalc.check(case, samples=samples, seed=seed)
    written = write_report(result, "out.html")          # -> list[Path]

``write_report(result, path, *, seed=None, plots=None) -> list[pathlib.Path]``

* ``result`` is the :class:`~dronecalc.claims.checks.CheckResult` that ``check`` returned
  (it carries the run's samples, the curves computed from them and the case's figure key:
  nothing is loaded again from disk);
* ``path`` ends in ``.md`` (pictures written as SVG files in ``<stem>_files/`` beside it and
  linked relatively) or ``.html``/``.htm`` (one self-contained file that works offline,
  pictures embedded as ``data:`` URIs);
* ``seed`` is the seed of the run (default ``result.run.seed``; a different value is an
  error);
* ``plots``: True to require the pictures (matplotlib, the ``plot`` extra), False for none,
  None (default) to include them when matplotlib is installed and say so when it is not.

It returns the files written, the report first. The same result and seed give
byte-identical files: no dates, absolute paths or versions of other software in the text,
and pictures saved without metadata (:func:`dronecalc.report.plots.save`).

Contents, in order (a reader who stops after the first screen knows which claims fail and
why): the case title and source; *In short*, three to five plain sentences generated from
the findings (:func:`dronecalc.report.verdicts.summary`); the claims judged, counted once
each by their one verdict, and the verdict table (a badge with word, icon and colour; the
source's own words; one plain sentence); the cross-checks of the source's figures against
each other, and the checks of its stated inputs on the physics (lift, motor), each in a
table of their own (never a claim's verdict); each finding with the
source's quotes, its picture, its numbers with units, what moves it and what would overturn
it; the key to every figure id with its quote; flagged figures; pictures of the machine's
performance and of the sensitivities; the assumptions in plain names
(:mod:`dronecalc.report.glossary`); the words used; how the run was made.

No physics is computed here (issue 9): the numbers come from ``result``, the pictures from
the run's own samples (``result.samples``) and curves (``result.curves``, computed in
:mod:`dronecalc.claims.curves`), every number through :mod:`dronecalc.wording`.
"""
from __future__ import annotations

import io
import math
from pathlib import Path

from ..errors import InputValueError
from ..wording import measured, num, percent, span
from . import glossary, plain, shared_notes, verdicts
from .blocks import (_Badge, _Heading, _Image, _List, _Para, _Quote, _Summary, _Table,
                     _Verdict, render_html, render_markdown)
from .files import check_target, write_atomically
from .quotes import language_note
from .text import require_result, stated_rotors, thin_run

#: Report formats by file suffix.
FORMATS = {".md": "markdown", ".html": "html", ".htm": "html"}
#: Picture format of the reports (vector: sharp at any zoom and in print).
IMAGE_FORMAT = "svg"


# --------------------------------------------------------------------------- entry point

def write_report(result, path, *, case=None, seed: int | None = None,
                 plots: bool | None = None) -> list[Path]:
    """Write the report of a checked case as Markdown (+ SVG files) or one HTML file.

    Parameters
    ----------
    result : dronecalc.claims.checks.CheckResult
        What :func:`dronecalc.check` returned.
    path : str or Path
        The report file: ``.md`` or ``.html``/``.htm``. Pictures of a Markdown report go to
        ``<stem>_files/`` beside it.
    case : Case, optional
        Ignored (kept so that older calls still work): everything the report needs is in
        ``result``.
    seed : int, optional
        The run's seed (default ``result.run.seed``); must equal it.
    plots : bool or None
        True: pictures required (raises :class:`MissingDependencyError` without
        matplotlib); False: no pictures; None: pictures when matplotlib is installed.

    Returns
    -------
    list of Path
        The report, then each picture file written (Markdown only).

    Raises
    ------
    InputValueError
        Not a check result (an estimate, None), an unknown suffix, a seed other than the
        run's, or a result without its samples (one not returned by :func:`dronecalc.check`).
    MissingDependencyError
        ``plots=True`` without matplotlib.
    OutputError
        An empty path or one that cannot be written (refused before the report is built);
        a failure while writing (full disk...) leaves nothing partial behind.
    """
    require_result(result, "check")
    if not str(path).strip():
        check_target(path)                                  # OutputError: an empty path
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputValueError("unknown report format", field="path", value=str(path),
                              expected="a file ending in .md or .html")
    path = check_target(path, report_names(path))
    if seed is None:
        seed = result.run.seed
    elif int(seed) != result.run.seed:
        raise InputValueError("the seed differs from the run's", field="seed", value=seed,
                              expected=f"{result.run.seed} (the seed the check ran with)")
    blocks = build(result, seed=int(seed), plots=plots)
    files: list[tuple[Path, bytes]] = []
    if fmt == "markdown":
        folder = path.parent / f"{path.stem}_files"
        files = [(folder / b.name, b.data) for b in blocks if isinstance(b, _Image)]
        text = render_markdown(blocks, folder.name)
    else:
        text = render_html(blocks, result.case.get("title") or "dronecalc report")
    files.append((path, text.encode("utf-8")))         # the report last: all or nothing
    written = write_atomically(files)
    return [written[-1], *written[:-1]]


def report_names(path) -> tuple[str, ...]:
    """Names a report creates beside ``path`` besides itself (a Markdown report's folder)."""
    path = Path(path)
    return (f"{path.stem}_files",) if FORMATS.get(path.suffix.lower()) == "markdown" else ()


# --------------------------------------------------------------------------- small texts

def _one_line(text) -> str:
    return " ".join(str(text).split())


def _with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}" if unit and value not in ("-", "") else value


def _interval(low, high, unit: str, name: str = "") -> str:
    if low is None and high is None:
        return "-"
    if low is None:
        return f"at most {measured(high, high, unit, name)}"
    if high is None:
        return f"at least {measured(low, low, unit, name)}"
    return measured(low, high, unit, name)


def _share(p) -> str:
    return "-" if p is None or not math.isfinite(p) else percent(p)


_FIELDS = {"payload_mass": "payload", "flight_time": "flight time", "motor_kv": "motor rating",
           "battery_charge": "battery charge", "statement": "conclusion",
           "airframe": "airframe", "radio": "radio", "context": "context",
           "distance": "distance", "range": "range", "speed": "speed"}
_ROLES = {"claim": "claim, tested", "input": "input, builds the drone",
          "context": "context, not used"}


def _field(ref) -> str:
    return _FIELDS.get(ref.field, ref.field.replace("_", " "))


def _quote_of(ref) -> str:
    """The source's words, or the figure as written when the case quotes none."""
    return ref.quote or ref.text


def _keys(ids) -> tuple[str, ...]:
    """Key paths a finding names instead of figure ids (``battery.voltage``): where the case
    file states them, so that a cross-check of [vehicle]/[battery] values shows more than a
    dash under "The figures"."""
    return tuple(f"{k} (stated in the case file's [{k.split('.', 1)[0]}] table; no quote)"
                 for k in ids if "." in k)


def _quoted(ref) -> str:
    mark = "" if ref.quote else " (as written; no quote in the case file)"
    return f"\u201c{_quote_of(ref)}\u201d ({ref.id}){mark}"


# --------------------------------------------------------------------------- building

def build(result, *, case=None, seed: int | None = None, plots: bool | None = None) -> list:
    """The report as a list of blocks (headings, paragraphs, tables, pictures), format-free.

    ``case`` is ignored (see :func:`write_report`).
    """
    info, run = result.case, result.run
    figures = verdicts.figure_map(result)
    pictures = _Pictures(result, plots)
    blocks: list = [_Heading(1, info.get("title") or "dronecalc report")]
    blocks.append(_Para(f"Source: {_one_line(info.get('source') or '-')}"
                        + (f" ({info['url']})" if info.get("url") else "")
                        + ". Checked with dronecalc, which tests a source's figures against "
                          "the physics of drones.", "note"))
    thin = thin_run(run)
    if thin:
        blocks.append(_Para(thin))
    language = language_note(result)
    if language:
        blocks.append(_Para(language, "note"))
    blocks.append(_Summary(tuple(verdicts.summary_items(result))))

    blocks.append(_Heading(2, "Verdicts", "verdicts"))
    blocks.append(_List(tuple(f"{glossary.verdict_badge(v)[1]} {glossary.verdict_badge(v)[0]}: "
                              f"{glossary.verdict_badge(v)[3]}."
                              for v in ("consistent", "needs-checking", "implausible"))))
    # the claims' verdicts (one per claim, the claim contract), then the cross-checks of the
    # source's figures against each other and the checks of its stated inputs, never counted
    # as verdicts
    judged, cross = verdicts.split(result)
    counts = verdicts.claim_counts(judged)
    unjudged = list(getattr(result, "not_judged", []))
    blocks.append(_Para("Claims judged: " + (", ".join(counts) if counts else "none")
                        + (f"; {len(unjudged)} not judged" if unjudged else "") + "."))
    compared, tested = verdicts.input_checks(cross)
    rows, cross_rows, input_rows = [], [], []
    sort = {**{id(f): cross_rows for f in compared}, **{id(f): input_rows for f in tested}}
    for i, f in enumerate(result.findings, 1):
        refs = [figures[c] for c in f.claims if c in figures]
        claims = [r for r in refs if r.role == "claim"] or refs
        if f.check == "statement":
            claims = refs[:1]
        said = tuple(_quoted(r) for r in claims) or _keys(f.claims) or ("-",)
        sort.get(id(f), rows).append(
            (_Badge(f.verdict), said, f"{verdicts.headline(f, result)} (finding {i})"))
    if rows:
        blocks.append(_Table(("Verdict", "The source says", "What the physics says"),
                             tuple(rows), "Each claim checked: the verdict, the source's own "
                             "words, and why", "stack verdicts"))
    if cross_rows:
        blocks.append(_Heading(3, "Cross-checks of the source's figures", "cross-checks"))
        blocks.append(_Para(f"{verdicts.cross_counts(compared).capitalize()}. These compare "
                            "the source's figures with each other; they are no claim's "
                            "verdict."))
        blocks.append(_Table(("Result", "The figures", "What the comparison says"),
                             tuple(cross_rows), "The source's figures checked against each "
                             "other", "stack verdicts"))
    if input_rows:
        blocks.append(_Heading(3, "Checks of the stated inputs", "input-checks"))
        blocks.append(_Para(f"{verdicts.cross_counts(tested).capitalize()}. These test the "
                            "figures the source states about the drone on the physics of the "
                            "simulated machines (can they lift the stated payload; does the "
                            "stated motor rating give a plausible tip speed); they compare no "
                            "two figures and are no claim's verdict."))
        blocks.append(_Table(("Result", "The figures", "What the check says"),
                             tuple(input_rows), "The stated inputs tested on the physics",
                             "stack verdicts"))

    if unjudged:                           # the claim contract: each claim judged or said not
        blocks.append(_Heading(2, "Claims not judged", "not-judged"))
        blocks.append(_List(tuple(
            f"{n.claim} ({_field(n)}, \u201c{n.text}\u201d): {why}"
            for n, why in zip(unjudged, verdicts.not_judged_texts(unjudged, _one_line)))))

    blocks.append(_Heading(2, "Findings", "findings"))
    shown: dict[tuple, int] = {}
    for i, f in enumerate(result.findings, 1):
        blocks += _finding(i, f, result, figures, pictures, shown)

    blocks.append(_Heading(2, "The source's figures", "figures"))
    blocks.append(_Para("Every figure the case takes from the source, with the source's own "
                        "words. Claims are tested; inputs describe the drone; context is "
                        "recorded but not used."))
    blocks.append(_Table(
        ("Id", "What", "As written", "The source's words", "Used as"),
        tuple((r.id, _field(r), r.text + (f" (read as {r.reading})" if r.reading else ""),
               f"\u201c{r.quote}\u201d" if r.quote else "(not quoted in the case file)",
               "claim, not judged" if r.id in {n.claim for n in unjudged}
               else _ROLES.get(r.role, r.role)) for r in figures.values()),
        "Key to the figure ids F1 to F" + str(len(figures)) if figures else "Figures",
        "stack"))

    blocks.append(_Heading(2, "Flagged figures", "flags"))
    if result.flags:
        for flag in result.flags:
            blocks.append(_Para(f"{flag.id} ({_field(figures[flag.id]) if flag.id in figures else flag.field}),"
                                f" written \u201c{flag.text}\u201d: {flag.problem}. "
                                f"{plain.flag_sentence(flag.message)}"))
            if flag.reinterpretations:
                blocks.append(_Table(
                    ("Read as", "Score (0-1)", "Reason"),
                    tuple((_figure_text(r.figure), num(r.score), _one_line(r.reason))
                          for r in flag.reinterpretations),
                    f"Possible readings of {flag.id}, most likely first"))
    else:
        blocks.append(_Para("None: every stated figure reads as written."))

    more = pictures.performance()
    if more:
        blocks.append(_Heading(2, "How the simulated drones perform", "performance"))
        blocks += more

    blocks.append(_Heading(2, "Assumptions", "assumptions"))
    blocks.append(_Para("Every input of the model as used: stated by the source, assumed by "
                        "the analyst in the case file, or a typical value for this kind of "
                        "drone or battery. A range is sampled evenly between its ends."))
    blocks.append(_Table(("Input", "Value", "Where it comes from", "Reason or source"),
                         tuple(_assumption_rows(result)),
                         "Inputs of the model, in plain names", "stack"))
    common = shared_notes.shared(result.findings)
    if common:
        blocks.append(_Heading(3, shared_notes.TITLE, "shared-notes"))
        blocks.append(_List(tuple(shared_notes.numbered(common))))

    blocks.append(_Heading(2, "Words used in this report", "glossary"))
    blocks.append(_List(tuple(f"{term}: {meaning}" for term, meaning in glossary.TERMS)))

    blocks.append(_Heading(2, "How this report was made", "run"))
    rejected = ", ".join(f"{glossary.input_name(k) if k in glossary.INPUTS else k.replace('_', ' ')}"
                         f" {v:,}" for k, v in run.rejected.items() if v)
    from .. import __version__
    rotors = stated_rotors(result.assumptions)
    meta = [f"Simulation: {run.drawn:,} drones drawn at random within the assumptions, "
            f"{run.kept:,} kept as buildable (could take off and be controlled)"
            + (f"; rejected for {rejected}" if rejected else "") + f"; seed {run.seed}, so "
            "the same seed gives the same report.",
            f"Vehicle class: {glossary.class_label(info.get('vehicle_class'), rotors)}."]
    if info.get("path"):
        meta.append(f"Case file: {Path(info['path']).name}.")
    meta.append(f"dronecalc {__version__}; the physics, priors and verdict thresholds are "
                "documented in docs/theory.md.")
    blocks.append(_List(tuple(meta)))
    return blocks


def _figure_text(figure) -> str:
    ends = [e for e in (figure.low, figure.high) if e is not None]
    if figure.kind == "range":
        return f"{span(ends[0].magnitude, ends[1].m_as(ends[0].units))} {ends[0].units:~P}"
    return f"{num(ends[0].magnitude)} {ends[0].units:~P}"


def _reading_row(r) -> tuple:
    """One reading of a folded finding: plant, verdict (a badge, which never breaks inside a
    word on a phone), estimate band, share (or why not)."""
    f = r.finding
    if f is None:
        return (f"{r.label} ({r.kind})", "not judged", _one_line(r.reason), "")
    band = "" if f.estimate is None else verdicts.estimate_text(f)
    share = "" if f.probability is None else _share(f.probability)
    return (f"{r.label} ({r.kind})", _Badge(f.verdict), band, share)


def _finding(i, f, result, figures, pictures, shown) -> list:
    badge = glossary.verdict_badge(f.verdict)
    out = [_Heading(3, f"{i}. {glossary.check_name(f.check)}: {badge[0]}", f"finding-{i}"),
           _Verdict(f.verdict, "figures tested: " + ", ".join(
               f"{c} ({_field(figures[c])})" if c in figures else c for c in f.claims)),
           _Para(verdicts.headline(f, result), "lead")]
    for c in f.claims:
        if c in figures:
            r = figures[c]
            written = r.text + (f", read as {r.reading}" if r.reading else "")
            out.append(_Quote(r.id, _quote_of(r), f"{r.id}, {_field(r)} {r.role}, written "
                                                  f"\u201c{written}\u201d"))
    key = (f.check in ("leg", "statement"), tuple(sorted(set(f.claims) - {f.claims[0]}))
           if f.check == "statement" else tuple(f.claims))
    if f.check == "statement" and key in shown:
        out.append(_Para(f"The pictures of finding {shown[key]} show the same flight.", "note"))
    else:
        out += pictures.for_finding(i, f)
        if f.check == "leg":
            shown[(True, tuple(sorted(f.claims)))] = i
    facts = []
    if f.claimed is not None:
        label = "Stated" if f.check in ("lift", "motor") else "Claimed"
        facts.append((label, f.claimed.text))
    if f.estimate is not None:
        facts.append((f"Model: {verdicts.quantity_name(f)} (middle 90 % of simulated drones)",
                      verdicts.estimate_text(f)))
    if f.generous_bound is not None:
        facts.append(("Best case for the claim", verdicts.bound_text(f)))
    if f.probability is not None:
        facts.append(("Simulated drones for which the claim holds", _share(f.probability)))
    if f.condition:
        facts.append(("Tested", _one_line(f.condition)))
    if facts:
        out.append(_Table(("What", "Value"), tuple(facts), f"The numbers of finding {i}"))
    if f.readings:                  # a fixed wing of unstated plant (claims.plants)
        kind = "tailsitter" in {r.kind for r in f.readings}     # a quadplane or a tailsitter
        out.append(_Table(("Kind read" if kind else "Power plant", "Verdict",
                           "Model (middle 90 %)", "Claim holds for"),
                          tuple(_reading_row(r) for r in f.readings),
                          f"Finding {i} under each " + ("kind the ambiguous airframe word could "
                                                        "mean" if kind else "power plant the "
                                                        "source leaves open"), "stack"))
    out.append(_Para(f"In detail: {_one_line(f.statement)}"))
    if f.overturn:
        out.append(_Para("What would overturn it: "
                         + glossary.plain_names(_one_line(f.overturn))))
    common = shared_notes.shared(result.findings)        # said once, after the assumptions
    for n in f.notes:
        said = shared_notes.reference(n, common) if n in common else n
        out.append(_Para(f"Note: {_one_line(said)}", "note"))
    if f.drivers:
        unit = f.drivers[0].result_unit
        what = verdicts.quantity_name(f)
        out.append(_Table(
            ("Assumption", "Range assumed", f"{what.capitalize()} at its low end",
             "At its high end"),
            tuple((glossary.input_name(d.assumption), _interval(d.low, d.high, d.unit,
                                                                  d.assumption),
                   _with_unit(num(d.result_at_low), d.result_unit),
                   _with_unit(num(d.result_at_high), d.result_unit)) for d in f.drivers),
            f"What moves finding {i} most (one assumption at a time, the others at mid-range"
            + (f"; result in {unit}" if unit else "") + ")", "stack"))   # cards on a phone
        if not (f.check == "statement" and key in shown):
            out += pictures.sensitivity(i, f)
    return out


def _assumption_rows(result):
    vehicle_class = result.case.get("vehicle_class")
    seen: dict[str, str] = {}
    for a in result.assumptions:
        note, grade = glossary.clean_note(a.note, vehicle_class, a.name)
        name = glossary.input_name(a.name)
        if note and note in seen:
            note = f"Same source as {seen[note]}."
        elif note:
            seen[note] = name
        origin = glossary.origin_name(a.origin)
        if a.note == "no payload stated":       # flown at zero: neither stated nor typical
            origin = "none stated by the source"
        if grade == "judgement":
            origin += " (judgement)"
        value = _interval(a.low, a.high, a.unit, a.name)
        yield (name.capitalize(), value, origin, note or "-")


# --------------------------------------------------------------------------- pictures

def _matplotlib_available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


class _Pictures:
    """The report's pictures, drawn from the run's samples and curves, or a note saying why
    there are none."""

    def __init__(self, result, plots: bool | None) -> None:
        self.result, self.note = result, None
        if plots is False:
            self.note = "Pictures not requested."
        elif not _matplotlib_available():
            if plots:
                from .plots import _matplotlib
                _matplotlib()                      # raises MissingDependencyError
            self.note = ("Pictures omitted: matplotlib is not installed "
                         "(pip install 'dronecalc[plot]').")
        elif result.samples is None and (not getattr(result, "findings", True)
                                         or getattr(result.run, "drawn", None) == 0):
            self.note = "No pictures: no claim was judged, so no machine was simulated."
        elif result.samples is None:
            raise InputValueError("the result carries no samples", field="result",
                                  value=result.case.get("path"),
                                  expected="a CheckResult returned by dronecalc.check")
        self._noted = False
        self.title = result.case.get("title")

    def _skip(self) -> list:
        if self._noted or self.note is None:
            return []
        self._noted = True
        return [_Para(self.note, "note")]

    @staticmethod
    def _image(name: str, alt: str, caption: str, fig, kind: str = "") -> _Image:
        from .plots import save
        buffer = io.BytesIO()
        save(fig, buffer, format=IMAGE_FORMAT)
        return _Image(f"{name}.{IMAGE_FORMAT}", alt, caption, buffer.getvalue(), kind)

    def sensitivity(self, i: int, f) -> list:
        """The drivers of finding ``i`` as a picture (the table above holds the numbers)."""
        if self.note is not None or not f.drivers:
            return []
        from . import plots
        same_unit = f.claimed is not None and f.claimed.unit == f.drivers[0].result_unit
        what = verdicts.quantity_name(f)
        top = f.drivers[0]
        fig = plots.plot_sensitivity([(what[:1].upper() + what[1:], f.drivers,
                                       f.claimed if same_unit else None)], title=self.title,
                                     headline=f"What moves the {what} most (one assumption at "
                                              "a time, the others at mid-range)")
        return [self._image(
            f"finding{i}_sensitivity",
            f"What moves the {what} most: the {glossary.input_name(top.assumption)} "
            f"({_interval(top.low, top.high, top.unit, top.assumption)}) moves it from "
            f"{_with_unit(num(top.result_at_low), top.result_unit)} to "
            f"{_with_unit(num(top.result_at_high), top.result_unit)}.",
            f"What moves finding {i} most, one assumption at a time", fig, "detail")]

    def for_finding(self, i: int, f) -> list:
        if self.note is not None:
            return self._skip()
        from . import plots
        from ..claims.curves import thresholds
        r = self.result
        headline = verdicts.headline(f, r)
        ids = "_".join(f.claims)
        if f.check == "kinematics":
            refs = verdicts.figure_map(r)
            speed = next((refs[c] for c in f.claims if c in refs and refs[c].field == "speed"),
                         None)
            time = next((refs[c] for c in f.claims if c in refs
                         and refs[c].field in ("flight_time", "endurance")), None)
            dist = next((refs[c] for c in f.claims if c in refs
                         and refs[c].field in ("range", "distance")), None)
            if None in (speed, time, dist):
                return []
            fig = plots.plot_kinematics(
                speed=speed.text, time=time.text,
                distance=dist.text, labels=(speed.id, time.id, dist.id),
                implied_speed=f.estimate.p95 if f.estimate is not None else None,
                title=self.title)
            return [self._image(f"finding{i}_kinematics", "Distance against time. " + headline,
                                f"Distance against time: the claimed speeds as lines, the "
                                f"claimed range and time as the circle ({', '.join(f.claims)})",
                                fig)]
        if f.readings and f.check == "kinematics":    # the figures' own diagram: any reading's
            f = next((x.finding for x in f.readings if x.finding is not None), f)
        elif f.readings:            # judged under each reading: each reading's own machines
            from .reading_plots import for_readings
            return for_readings(self, i, f)
        if f.estimate is None:
            return []
        values = r.samples.values(f)
        claimed, bound = f.claimed, f.generous_bound
        b = None if bound is None else bound.value
        kwargs: dict = {}
        name = verdicts.quantity_name(f)
        if f.check in ("lift", "motor"):
            claimed = None
            kwargs["thresholds"] = thresholds(r).get(f.check, ())
            if f.check == "lift":
                kwargs["threshold_label"] = (f"needed for control: {span(*kwargs['thresholds'])}"
                                             if kwargs["thresholds"] else None)
                kwargs["bound_label"] = f"highest the assumptions allow: {num(b)}"
                kwargs["headline"] = "Thrust-to-weight ratio at full throttle, with the payload"
                unit, label = "", "thrust-to-weight ratio"
            else:
                kwargs["threshold_label"] = (f"usual limit: Mach {num(kwargs['thresholds'][0])}"
                                             if kwargs["thresholds"] else None)
                kwargs["bound_label"] = f"lowest the assumptions allow: Mach {num(b)}"
                kwargs["headline"] = "Propeller tip speed at full throttle (Mach number)"
                unit, label = "", "tip Mach number"
        elif f.check in ("leg", "statement") and f.estimate.unit == "%":  # a lone leg: km
            unit, label = "%", "usable battery energy left"
            kwargs["claim_label"] = "0 % left: the flight just succeeds"
            kwargs["bound_label"] = f"best case: {plain.energy_value(b)}"    # "63.3 % short"
            kwargs["headline"] = "Battery energy left after the stated flight"
        else:
            unit = f.estimate.unit
            label = name
            kwargs["bound_label"] = f"best case for the claim: {_with_unit(num(b), unit)}"
            condition = verdicts._condition(f, r)
            kwargs["headline"] = (f"{name.capitalize()} of the simulated drones"
                                  + (f", {condition}" if condition else ""))
        fig = plots.plot_distribution(values, claimed=claimed, bound=b, label=label, unit=unit,
                                      title=self.title, **kwargs)
        n = int(values.size)
        out = [self._image(f"finding{i}_{f.check}_{ids}",
                           f"Histogram of the {label} of {n:,} simulated drones. {headline}",
                           f"{label.capitalize()} of {n:,} simulated drones, with the claim "
                           f"and the best case for it ({', '.join(f.claims)})", fig)]
        if f.check == "leg" and unit == "%":       # a leg at its speed, not a lone distance
            out.append(self._power(f))
        return out

    def _power(self, f) -> _Image:
        """The power curve of the leg ``f`` tests: its own speed and payload (the claims
        layer's :class:`~dronecalc.claims.curves.LegPower`)."""
        from . import plots
        c = self.result.curves
        leg = c.legs.get(tuple(f.claims[:2]))
        if leg is None:           # a speed derived from a distance over a time: no figure
            leg = next((v for k, v in c.legs.items() if k[0] == f.claims[0]), None)
        if leg is None:           # no leg recorded (a result made elsewhere): the case's
            return self._case_power()
        claimed = leg.speed_text
        text = f"claimed speed {leg.speed_text}" + (f" ({leg.speed_id})" if leg.speed_id else "")
        fig = plots.plot_power_curve(leg.power, best_endurance_speed=leg.best_endurance_speed,
                                     best_range_speed=leg.best_range_speed,
                                     claimed_speed=claimed, claim_label=text, title=self.title)
        where = (f" The claimed {leg.speed_text} lies "
                 + ("above" if leg.speed[0] > leg.best_range_speed else "near")
                 + f" the speed for the longest range ({num(leg.best_range_speed)} km/h).")
        n = leg.power.machines
        return self._image(f"power_curve_{'_'.join(f.claims[:2])}",
                           f"Power against airspeed of {n:,} simulated drones {leg.payload}."
                           f"{where}",
                           f"Power needed at each speed, {leg.payload}: median and middle "
                           f"90 % of all {n:,} simulated drones ({', '.join(f.claims[:2])})",
                           fig)

    def _case_power(self) -> _Image:
        from . import plots
        c = self.result.curves
        fig = plots.plot_power_curve(c.power, best_endurance_speed=c.best_endurance_speed,
                                     best_range_speed=c.best_range_speed, title=self.title)
        return self._image("power_curve",
                           f"Power against airspeed of {c.power.machines:,} simulated drones "
                           "with the case's payload.",
                           f"Power needed at each speed, with the case's payload: median and "
                           f"middle 90 % of all {c.power.machines:,} simulated drones", fig)

    def performance(self) -> list:
        if self.note is not None:
            return self._skip()
        if getattr(self.result.samples, "kind", "multirotor") != "multirotor":
            return []                 # the payload curves are the multirotor chain's
        from . import plots
        r = self.result
        c = r.curves
        out = []
        capability = [f for f in r.findings if f.check in ("endurance", "range")]
        points = [plots.ClaimPoint(f"claimed {verdicts.quantity_name(f)} "
                                   f"({', '.join(f.claims)})", f.check,
                                   f"{c.payload if f.with_payload is not False else 0.0} kg",
                                   f.claimed) for f in capability]
        note = "payload drag counted" if c.payload_drag else "payload drag not counted"
        fig = plots.plot_payload_curves(c.endurance, c.range, claims=points,
                                        stated_payload=c.payload or None, note=note,
                                        title=self.title)
        out.append(_Para(f"The payload curves use the first {c.endurance.machines:,} of the "
                         f"{c.kept:,} simulated drones (each payload needs a full search for "
                         "the best speed; the drones are drawn independently, so these are a "
                         "random subset); every other picture uses all of them.", "note"))
        out.append(self._image(
            "payload_curves",
            f"Longest flight time and range against payload, 0 to {num(c.endurance.x[-1])} kg, "
            f"for {c.endurance.machines:,} simulated drones; the claims are marked at the "
            "payload they are tested with.",
            f"What the payload costs in flight time and range ({note})", fig))
        return out


__all__ = ["write_report", "build", "render_markdown", "render_html", "FORMATS"]
