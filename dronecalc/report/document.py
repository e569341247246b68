r"""Shareable report files: one Markdown or HTML document per checked case.

Entry point (what ``dronecalc check CASE.toml --report out.md|out.html`` calls)::

    from dronecalc.document import write_report
    result = dronecalc.checks.check(case, samples=samples, seed=seed)
    written = write_report(result, "out.md", case=case, seed=seed)   # -> list[Path]

``write_report(result, path, *, case=None, seed=None, plots=None) -> list[pathlib.Path]``

* ``result`` is the :class:`dronecalc.checks.CheckResult` that ``check`` returned;
* ``path`` ends in ``.md`` (figures written as PNG files in ``<stem>_files/`` beside it and
  linked relatively) or ``.html``/``.htm`` (one self-contained file, PNGs embedded as base64
  ``data:`` URIs);
* ``case`` is the :class:`~dronecalc.case.Case` checked (default: loaded again from
  ``result.case["path"]``);
* ``seed`` is the seed of the run (default ``result.run.seed``; a different value is an
  error: the figures show the run's own Monte Carlo samples, ``result.samples``);
* ``plots``: True to require the figures (matplotlib, the ``plot`` extra), False for none,
  None (default) to include them when matplotlib is installed and say so when it is not.

It returns the files written, the report first. The same result and seed give
byte-identical files: no dates, absolute paths or versions of other software in the text,
and PNGs saved without metadata (:func:`dronecalc.plots.save`).

Contents, in order: the case (title, source, vehicle class, Monte Carlo run), the verdict
table, each finding (its sentence, the claimed value, the estimate, the generous bound, the
share of machines, the condition, the drivers, what would overturn it, notes), the flagged
figures with their reinterpretations, the assumptions with their origin and reason, and the
figures (:mod:`dronecalc.plots`): the power bucket, payload trade-offs, the distribution of
each endurance, range and leg result, and the sensitivity of each finding.

No physics is computed here: the numbers come from ``result``, the figures from the run's
own Monte Carlo samples (:class:`dronecalc.checks.Samples`, ``result.samples``: the machines
and each finding's per-sample values) through the library's vectorised functions.
"""
from __future__ import annotations

import base64
import html
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import InputValueError
from .files import check_target, write_atomically

#: Report formats by file suffix.
FORMATS = {".md": "markdown", ".html": "html", ".htm": "html"}


# --------------------------------------------------------------------------- document model

@dataclass(frozen=True)
class _Heading:
    level: int
    text: str


@dataclass(frozen=True)
class _Para:
    text: str


@dataclass(frozen=True)
class _List:
    items: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Image:
    name: str          # file name, e.g. "power_curve.png"
    alt: str
    png: bytes


# --------------------------------------------------------------------------- entry point

def write_report(result, path, *, case=None, seed: int | None = None,
                 plots: bool | None = None) -> list[Path]:
    """Write the report of a checked case as Markdown (+ PNG files) or one HTML file.

    Parameters
    ----------
    result : dronecalc.checks.CheckResult
        What :func:`dronecalc.checks.check` returned.
    path : str or Path
        The report file: ``.md`` or ``.html``/``.htm``. Figures of a Markdown report go to
        ``<stem>_files/`` beside it.
    case : Case, optional
        The case that was checked; default ``load_case(result.case["path"])``.
    seed : int, optional
        The run's seed (default ``result.run.seed``); must equal it.
    plots : bool or None
        True: figures required (raises :class:`MissingDependencyError` without matplotlib);
        False: no figures; None: figures when matplotlib is installed.

    Returns
    -------
    list of Path
        The report, then each figure file written (Markdown only).

    Raises
    ------
    InputValueError
        Unknown suffix, a seed other than the run's, or a result without its samples (one
        not returned by :func:`dronecalc.checks.check`).
    MissingDependencyError
        ``plots=True`` without matplotlib.
    OutputError
        An empty path or one that cannot be written (refused before the report is built);
        a failure while writing (full disk...) leaves nothing partial behind.
    """
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
    blocks = build(result, case=case, seed=int(seed), plots=plots)
    files: list[tuple[Path, bytes]] = []
    if fmt == "markdown":
        folder = path.parent / f"{path.stem}_files"
        files = [(folder / b.name, b.png) for b in blocks if isinstance(b, _Image)]
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


# --------------------------------------------------------------------------- numbers

def _num(x: Any) -> str:
    """About three significant figures, no exponent for everyday sizes."""
    if x is None:
        return "-"
    x = float(x)
    if not math.isfinite(x):
        return "n/a"
    ax = abs(x)
    if ax >= 1000:
        return f"{x:,.0f}"
    if ax >= 10:
        return f"{x:.0f}"
    if ax >= 1:
        return f"{x:.2g}"
    if ax == 0:
        return "0"
    return f"{x:.2g}"


def _unit(unit: str) -> str:
    return f" {unit}" if unit else ""


def _interval(low, high, unit: str) -> str:
    if low is None and high is None:
        return "-"
    if low is None:
        return f"at most {_num(high)}{_unit(unit)}"
    if high is None:
        return f"at least {_num(low)}{_unit(unit)}"
    if low == high:
        return f"{_num(low)}{_unit(unit)}"
    return f"{_num(low)}-{_num(high)}{_unit(unit)}"


def _estimate(est) -> str:
    if est is None or not math.isfinite(est.p50):
        return "-"
    if _num(est.p5) == _num(est.p95):
        return f"{_num(est.p50)}{_unit(est.unit)} (no spread)"
    return f"{_num(est.p5)}-{_num(est.p95)}{_unit(est.unit)} (median {_num(est.p50)})"


def _claimed(c) -> str:
    if c is None:
        return "-"
    return c.text


def _share(p) -> str:
    return "-" if p is None or not math.isfinite(p) else f"{100 * p:.3g} %"


def _bound(v) -> str:
    return "-" if v is None else f"{_num(v.value)}{_unit(v.unit)}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------- building

def build(result, *, case=None, seed: int | None = None, plots: bool | None = None) -> list:
    """The report as a list of blocks (headings, paragraphs, tables, images), format-free."""
    info = result.case
    run = result.run
    blocks: list = [_Heading(1, f"dronecalc report: {info.get('title')}")]
    meta = [f"Source: {_one_line(info.get('source') or '-')}"]
    if info.get("url"):
        meta.append(f"URL: {info['url']}")
    if info.get("path"):
        meta.append(f"Case file: {Path(info['path']).name}")
    meta.append(f"Vehicle class: {info.get('vehicle_class')}")
    meta.append(f"Monte Carlo: {run.drawn:,} machines drawn, {run.kept:,} buildable and kept, "
                f"seed {run.seed}" + (
                    "; rejected: " + ", ".join(f"{k} {v:,}" for k, v in run.rejected.items()
                                              if v) if any(run.rejected.values()) else ""))
    from .. import __version__
    meta.append(f"dronecalc {__version__}")
    blocks.append(_List(tuple(meta)))
    blocks.append(_Para(
        "Verdicts: consistent (the claim lies inside the model's 5-95 % band or on its "
        "favourable side), needs-checking (only machines near the favourable edge of the "
        "assumptions make it true), implausible (even the most generous assumptions, or "
        "fewer than one machine in a thousand, reach it). The physics, priors and thresholds "
        "are in dronecalc's documentation (docs/theory.md)."))

    blocks.append(_Heading(2, "Verdicts"))
    blocks.append(_Table(
        ("Claims", "Check", "Verdict", "Claimed", "Estimate (p5-p95)", "Generous bound",
         "Machines meeting it"),
        tuple((", ".join(f.claims), f.check, f.verdict, _claimed(f.claimed),
               _estimate(f.estimate), _bound(f.generous_bound), _share(f.probability))
              for f in result.findings)))

    blocks.append(_Heading(2, "Findings"))
    for i, f in enumerate(result.findings, 1):
        blocks.append(_Heading(3, f"{i}. {', '.join(f.claims)}: {f.check}, {f.verdict}"))
        blocks.append(_Para(_one_line(f.statement)))
        facts = []
        if f.claimed is not None:
            facts.append(f"Claimed: {f.claimed.text} (tested as "
                         f"{_interval(f.claimed.low, f.claimed.high, f.claimed.unit)})")
        if f.estimate is not None:
            facts.append(f"Estimate: {_estimate(f.estimate)}")
        if f.generous_bound is not None:
            facts.append(f"Generous bound: {_bound(f.generous_bound)}")
        if f.probability is not None:
            facts.append(f"Sampled machines meeting the claim: {_share(f.probability)}")
        if f.condition:
            facts.append(f"Condition: {_one_line(f.condition)}")
        if f.overturn:
            facts.append(f"What would overturn it: {_one_line(f.overturn)}")
        facts += [f"Note: {_one_line(n)}" for n in f.notes]
        if facts:
            blocks.append(_List(tuple(facts)))
        if f.drivers:
            blocks.append(_Table(
                ("Assumption", "Range", "Result at low end", "Result at high end"),
                tuple((d.assumption.replace("_", " "), _interval(d.low, d.high, d.unit),
                       f"{_num(d.result_at_low)}{_unit(d.result_unit)}",
                       f"{_num(d.result_at_high)}{_unit(d.result_unit)}")
                      for d in f.drivers)))

    blocks.append(_Heading(2, "Flagged figures"))
    if result.flags:
        for flag in result.flags:
            blocks.append(_Para(f"{flag.id} ({flag.field}), written {flag.text!r}: "
                                f"{flag.problem}. {_one_line(flag.message)}"))
            if flag.reinterpretations:
                blocks.append(_Table(
                    ("Read as", "Score", "Reason"),
                    tuple((_figure_text(r.figure), f"{r.score:.2f}", _one_line(r.reason))
                          for r in flag.reinterpretations)))
            else:
                blocks.append(_Para("No reinterpretation: the assumptions below supply what "
                                    "the figure leaves open."))
    else:
        blocks.append(_Para("None: every stated figure reads as written."))

    blocks.append(_Heading(2, "Assumptions"))
    blocks.append(_Para("Every model input, as used: stated by the source, supplied by the "
                        "analyst in the case file (assumption), or a documented default of the "
                        "vehicle class (prior) or battery chemistry. A range is sampled "
                        "uniformly between its ends."))
    blocks.append(_Table(
        ("Input", "Value", "Origin", "Reason or source"),
        tuple((a.name.replace("_", " "), _interval(a.low, a.high, a.unit), a.origin,
               _one_line(a.note)) for a in result.assumptions)))

    blocks.append(_Heading(2, "Figures"))
    blocks += _figures(result, case, seed, plots)
    return blocks


def _figure_text(figure) -> str:
    ends = [e for e in (figure.low, figure.high) if e is not None]
    if figure.kind == "range":
        return f"{_num(ends[0].magnitude)}-{_num(ends[1].m_as(ends[0].units))} {ends[0].units:~P}"
    return f"{_num(ends[0].magnitude)} {ends[0].units:~P}"


# --------------------------------------------------------------------------- figures

def _matplotlib_available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _figures(result, case, seed: int, plots: bool | None) -> list:
    if plots is False:
        return [_Para("Figures not requested.")]
    if not _matplotlib_available():
        if plots:
            from .plots import _matplotlib
            _matplotlib()                          # raises MissingDependencyError
        return [_Para("Figures omitted: matplotlib is not installed "
                      "(pip install 'dronecalc[plot]').")]
    samples = _Samples.build(result, case, seed)
    return [_image(name, alt, fig) for name, alt, fig in samples.figures(result)]


def _image(name: str, alt: str, fig) -> _Image:
    from .plots import save
    buffer = io.BytesIO()
    save(fig, buffer, format="png")
    return _Image(name, alt, buffer.getvalue())


class _Samples:
    """The run's own Monte Carlo samples (``result.samples``) and the case's figures."""

    def __init__(self, case, samples) -> None:
        self.case, self.samples = case, samples

    @classmethod
    def build(cls, result, case, seed: int) -> "_Samples":
        if result.samples is None:
            raise InputValueError("the result carries no samples", field="result",
                                  value=result.case.get("path"),
                                  expected="a CheckResult returned by dronecalc.checks.check")
        if case is None:
            from ..intake.case import load_case
            case = load_case(result.case["path"])
        return cls(case, result.samples)

    def payload_kg(self) -> float:
        p = self.samples.inputs["payload"]
        return 0.5 * (p.low + p.high)

    @staticmethod
    def with_payload(finding) -> bool:
        return finding.with_payload is not False

    def figures(self, result):
        from . import plots
        from ..engine import uncertainty as unc
        from ..intake.units import Q_
        title = result.case.get("title")
        mc = self.samples.monte_carlo
        loaded = self.payload_kg() > 0
        speed = next((f for f in self.case.figures.values()
                      if f.field == "speed" and f.role != "context"), None)
        suffix = f", with the {self.samples.payload_text()} payload" if loaded else ""
        yield ("power_curve.png", "Electrical power against airspeed" + suffix,
               plots.plot_power_curve(unc.vehicle(mc.values, True),
                                      claimed_speed=speed.value if speed else None,
                                      title=title + suffix))
        capability = [f for f in result.findings if f.check in ("endurance", "range")]
        points = [plots.ClaimPoint(f"{', '.join(f.claims)} {f.check}", f.check,
                                   Q_(self.payload_kg() if self.with_payload(f) else 0.0, "kg"),
                                   f.claimed) for f in capability]
        # The curves hold the payload's drag area fixed: include it when a claim is made with
        # the payload (or none is tested), leave it out when all are made without, so that the
        # curve at zero payload is the machine those claims were tested on.
        drag = not capability or any(self.with_payload(f) for f in capability)
        which = "payload drag included" if drag else "payload drag not included"
        yield ("payload_curves.png",
               f"Maximum endurance and range against payload ({which})",
               plots.plot_payload_curves(unc.vehicle(mc.values, drag), claims=points,
                                         title=f"{title} ({which})"))
        labels = {"endurance": "maximum endurance", "range": "maximum range"}
        for i, f in enumerate(result.findings, 1):
            if f.check in labels:
                label = labels[f.check]
                label += " with payload" if self.with_payload(f) and loaded else \
                    " without payload"
            elif f.check == "leg":
                label = "energy left after the leg"
            else:
                continue
            values = self.samples.values(f)
            claim_label = (f"claimed {f.claimed.text}: at least "
                           f"{_num(f.claimed.low)} % left") if f.check == "leg" else None
            bound = None if f.generous_bound is None else Q_(f.generous_bound.value,
                                                             f.generous_bound.unit)
            yield (f"distribution_{i}_{'_'.join(f.claims)}.png",
                   f"Distribution of the {label} ({', '.join(f.claims)})",
                   plots.plot_distribution(values, claimed=f.claimed, bound=bound, label=label,
                                           unit=f.claimed.unit, title=title,
                                           claim_label=claim_label))
        panels, seen = [], set()
        for f in result.findings:
            key = tuple((d.assumption, d.result_at_low, d.result_at_high) for d in f.drivers)
            if not f.drivers or key in seen:
                continue
            seen.add(key)
            same_unit = f.claimed is not None and f.claimed.unit == f.drivers[0].result_unit
            panels.append((f"{', '.join(f.claims)} {f.check}: {_RESULTS.get(f.check, 'result')}",
                           f.drivers, f.claimed if same_unit else None))
        if panels:
            yield ("sensitivity.png", "Which assumptions move each result most",
                   plots.plot_sensitivity(panels, title=title))


#: What each check's drivers move, for the sensitivity panels.
_RESULTS = {"endurance": "maximum endurance", "range": "maximum range",
            "leg": "energy left", "statement": "energy left",
            "lift": "thrust-to-weight", "motor": "tip Mach number"}


# --------------------------------------------------------------------------- rendering

# Characters that make Markdown (CommonMark/GFM) markup anywhere in a line, and those that do
# at its start, are escaped with a backslash, so text from a case file (title, source, url, quotes) is shown, never run: no raw HTML
# (<script>), no [x](javascript:...) link. GFM still autolinks a bare http(s):// or www.
# address, and only those: the only links a report has are http(s).
_MD_ACTIVE = re.compile(r"([\\`*\[\]<>|~&]|(?<![^\W_])_|_(?![^\W_]))")  # "motor_kv" is inert
_MD_LINE_START = re.compile(r"^(?:([#+\-=])(?=[\s#+\-=]|$)|(\d+)([.)])(?=\s|$))")


def _md_text(text: str) -> str:
    """One line of plain text made inert in Markdown (see :data:`_MD_ACTIVE`)."""
    line = _md_cell(text)
    return _MD_LINE_START.sub(lambda m: "\\" + m[1] if m[1] else f"{m[2]}\\{m[3]}", line)


def _md_cell(text: str) -> str:
    """A table cell made inert (a cell cannot start a list or heading)."""
    return _MD_ACTIVE.sub(r"\\\1", _one_line(text))


def render_markdown(blocks: list, folder: str) -> str:
    """Markdown text of the blocks; images link to ``folder/<name>``."""
    out = []
    for b in blocks:
        if isinstance(b, _Heading):
            out.append(f"{'#' * b.level} {_md_text(b.text)}")
        elif isinstance(b, _Para):
            out.append(_md_text(b.text))
        elif isinstance(b, _List):
            out.append("\n".join(f"- {_md_text(item)}" for item in b.items))
        elif isinstance(b, _Table):
            lines = ["| " + " | ".join(_md_cell(h) for h in b.header) + " |",
                     "|" + "|".join("---" for _ in b.header) + "|"]
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b.rows]
            out.append("\n".join(lines))
        elif isinstance(b, _Image):
            out.append(f"![{_md_text(b.alt)}]({quote(folder)}/{quote(b.name)})")
        else:
            raise InputValueError("unknown block", field="blocks", value=type(b).__name__,
                                  expected="heading, paragraph, list, table or image")
    return "\n\n".join(out) + "\n"


_CSS = """body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;
line-height:1.4;color:#111}table{border-collapse:collapse;margin:1em 0;font-size:90%}
th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#eee}img{max-width:100%;border:1px solid #ccc;margin:.5em 0}"""


def render_html(blocks: list, title: str) -> str:
    """One self-contained HTML page of the blocks; images embedded as data URIs."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
    for b in blocks:
        if isinstance(b, _Heading):
            out.append(f"<h{b.level}>{e(b.text)}</h{b.level}>")
        elif isinstance(b, _Para):
            out.append(f"<p>{e(b.text)}</p>")
        elif isinstance(b, _List):
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, _Table):
            head = "".join(f"<th>{e(h)}</th>" for h in b.header)
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                           for row in b.rows)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(b, _Image):
            data = base64.b64encode(b.png).decode("ascii")
            out.append(f'<figure><img alt="{e(b.alt)}" src="data:image/png;base64,{data}">'
                       f"<figcaption>{e(b.alt)}</figcaption></figure>")
        else:
            raise InputValueError("unknown block", field="blocks", value=type(b).__name__,
                                  expected="heading, paragraph, list, table or image")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


__all__ = ["write_report", "build", "render_markdown", "render_html", "FORMATS"]
