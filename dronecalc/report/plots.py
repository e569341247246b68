r"""Pictures of a check: each one makes one finding's point, from the run's own numbers.

matplotlib is the optional ``plot`` extra (``pip install 'dronecalc[plot]'``). This module
imports without it; each function imports matplotlib when called and raises
:class:`~dronecalc.errors.MissingDependencyError` if it is missing.

No physics here (issue 9): every number drawn is handed in, computed elsewhere from the run's
Monte Carlo machines: a finding's per-sample values
(:meth:`dronecalc.claims.checks.Samples.values`), the curves of
:mod:`dronecalc.claims.curves` (power bucket, payload trade-off, thresholds), a finding's
drivers, or the claimed figures themselves (the kinematic picture only multiplies the claimed
speeds by the claimed time: that is the claim's own arithmetic). Numbers on the pictures go
through :mod:`dronecalc.wording`, the formatter of the text, so a picture and its sentence
read alike.

Every function builds a bare :class:`matplotlib.figure.Figure` (no pyplot, no global state),
returns it, and saves it when given ``path`` (see :func:`save`; SVG is vector, PNG is saved
at :data:`STYLE` ``savefig.dpi`` = 200, twice the usual screen resolution). Legends sit
below the axes, never over the data. Lines differ by style and markers as well as colour, and
the claimed region is hatched, so a greyscale printout keeps every distinction.

Claimed values may be given as a figure string (``"60-70 km/h"``, ``"more than 120 min"``),
a :class:`~dronecalc.intake.figures.Figure`, a Quantity, a pair of Quantities, or a
:class:`dronecalc.claims.checks.Claimed`; ranges are shaded, open bounds drawn with an arrow.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import InputValueError, MissingDependencyError
from ..intake.units import Q_, to_si
from ..wording import measured, num, span
from .glossary import input_name

#: rcParams applied on top of matplotlib's defaults for every figure and every save.
STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "font.size": 10,
    "axes.grid": True,
    "grid.color": "0.88",
    "grid.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": None,            # replaced below by a black/grey cycle
    "svg.hashsalt": "dronecalc",
    "svg.fonttype": "path",
    "pdf.compression": 6,
    "path.simplify": True,
}
#: Save metadata that would otherwise carry a date or a version into the file.
SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
#: Display unit per dimensionality for plotted Quantities.
DISPLAY_UNITS = {"[time]": "min", "[length]": "km", "[length] / [time]": "km/h",
                 "[mass]": "kg", "[length] ** 2 * [mass] / [time] ** 3": "W",
                 "dimensionless": ""}

_INK, _MID, _LIGHT = "0.0", "0.35", "0.6"
#: The model's colour (band and median); claims are black, thresholds grey.
_MODEL, _BAND = "#1f5f99", "#bcd3ea"
_INSTALL = "pip install 'dronecalc[plot]'"


def _matplotlib():
    """The matplotlib modules this module uses, imported on first use."""
    try:
        import matplotlib
        import matplotlib.style
        from matplotlib.figure import Figure
        from cycler import cycler
    except ImportError as exc:
        raise MissingDependencyError(
            f"plots need matplotlib, which is not installed: {_INSTALL}",
            field="matplotlib", expected="the optional 'plot' extra") from exc
    return matplotlib, Figure, cycler


class _Context:
    """matplotlib defaults + :data:`STYLE`, active while a figure is built or saved."""

    def __enter__(self):
        mpl, _, cycler = _matplotlib()
        rc = dict(STYLE)
        rc["axes.prop_cycle"] = (cycler(color=[_INK, _MID, _INK, _MID])
                                 + cycler(linestyle=["-", "--", ":", "-."]))
        self._style = mpl.style.context("default")
        self._rc = mpl.rc_context(rc)
        self._style.__enter__()
        self._rc.__enter__()
        return self

    def __exit__(self, *exc):
        self._rc.__exit__(*exc)
        self._style.__exit__(*exc)
        return False


def save(figure, path, *, format: str | None = None) -> Path:
    """Save a figure with no date, version or random id in the file: same input, same bytes.

    Parameters
    ----------
    figure : matplotlib.figure.Figure
    path : str or Path
        Where to write; the suffix (``.png``, ``.svg``, ``.pdf``) chooses the format unless
        ``format`` is given. A file-like object needs ``format``.
    format : str, optional

    Returns
    -------
    Path or the file object
        What was written to.
    """
    fmt = (format or Path(str(path)).suffix.lstrip(".") or "png").lower()
    if fmt not in SAVE_METADATA:
        raise InputValueError("unsupported figure format", field="path", value=str(path),
                              expected="a .png, .svg or .pdf file")
    with _Context():
        figure.savefig(path, format=fmt, metadata=SAVE_METADATA[fmt])
    return Path(path) if isinstance(path, (str, Path)) else path


def _new_figure(width=5.0, height=3.6, *, left=0.75, right=0.25, top=0.75, bottom=0.55,
                **kwargs):
    """A Figure with fixed margins in inches (the legend and title make their own room)."""
    _, Figure, _ = _matplotlib()
    fig = Figure(figsize=(width, height), **kwargs)
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                        bottom=bottom / height)
    return fig


def _legend_below(fig, axes, ncol=2):
    """One legend for ``axes`` under the plot area, outside every axes: the figure grows at
    the bottom by as many rows as the legend needs, the axes keep their size in inches."""
    handles, labels = [], []
    for ax in np.atleast_1d(axes):
        for h, lab in zip(*ax.get_legend_handles_labels()):
            if lab not in labels and not lab.startswith("_"):
                handles.append(h)
                labels.append(lab)
    if not handles:
        return labels
    if ncol > 1 and max(len(lab) for lab in labels) * 0.075 * ncol > fig.get_figwidth() - 0.8:
        ncol = 1                                   # two columns would run past the edge
    rows = _rows(len(handles), ncol)
    height = fig.get_figheight()
    p = fig.subplotpars
    top_in, bottom_in = (1 - p.top) * height, p.bottom * height
    extra = 0.22 * rows + 0.15
    new = height + extra
    fig.set_figheight(new)
    fig.subplots_adjust(top=1 - top_in / new, bottom=(bottom_in + extra) / new)
    fig.legend(handles, labels, loc="lower center", ncol=ncol, fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, 0.06 / new), handlelength=2.4, columnspacing=1.5)
    return labels


def _rows(n_items: int, ncol: int = 2) -> int:
    return -(-n_items // ncol)


def _finish(fig, path):
    if path is not None:
        save(fig, path)
    return fig


def _title(fig, title, what):
    """What the picture shows (bold) over the case title (grey), wrapped to the figure's
    width; the axes are moved down so that neither text ever touches them."""
    height = fig.get_figheight()
    width = max(36, int(fig.get_figwidth() * 9))       # characters per line at 11 pt bold
    head = textwrap.wrap(what, width)
    sub = textwrap.wrap(title, int(width * 1.15)) if title else []
    y = 1.0 - 0.08 / height
    fig.text(0.012, y, "\n".join(head), ha="left", va="top", fontsize=11,
             fontweight="bold", linespacing=1.25)
    y -= 0.2 * len(head) / height
    if sub:
        fig.text(0.012, y, "\n".join(sub), ha="left", va="top", fontsize=9, color=_MID,
                 linespacing=1.25)
        y -= 0.17 * len(sub) / height
    fig.subplots_adjust(top=min(fig.subplotpars.top, y - 0.22 / height))
    fig._dronecalc_title = " ".join([what, *sub])


# --------------------------------------------------------------------------- inputs

def _display_unit(quantity, unit: str | None) -> str:
    if unit is not None:
        return unit
    dim = str(quantity.dimensionality)
    if dim not in DISPLAY_UNITS:
        raise InputValueError("no display unit for this quantity", field="unit",
                              value=f"{quantity.units:~P}", expected="an explicit unit=...")
    return DISPLAY_UNITS[dim]


def _ends(value, unit: str, field: str) -> tuple[float | None, float | None, str]:
    """A claimed value as (low, high) in ``unit``: None for an open end; and its text."""
    from ..intake.figures import Figure, parse
    if value is None:
        return None, None, ""
    qunit = unit or "dimensionless"
    if hasattr(value, "kind") and hasattr(value, "unit") and isinstance(value.unit, str):
        # checks.Claimed: ends already in a display unit
        conv = [None if e is None else Q_(e, value.unit or "dimensionless").m_as(qunit)
                for e in (value.low, value.high)]
        return conv[0], conv[1], value.text
    text = ""
    if isinstance(value, str):
        text, value = value, parse(value)
    if isinstance(value, Figure):
        text = text or value.text
        low = None if value.low is None else float(value.low.m_as(qunit))
        high = None if value.high is None else float(value.high.m_as(qunit))
        return low, high, text
    if isinstance(value, (tuple, list)) and len(value) == 2:
        low, high = (float(to_si(v, qunit, field, minimum=None)) for v in value)
        return low, high, f"{span(low, high)} {unit}".strip()
    arr = np.atleast_1d(to_si(value, qunit, field, minimum=None))
    return float(arr.min()), float(arr.max()), f"{span(arr.min(), arr.max())} {unit}".strip()


def _claim_span(ax, low, high, *, label, vertical=True):
    """Shade a claimed interval (hatched) or draw a claimed point or open bound."""
    line = ax.axvline if vertical else ax.axhline
    band = ax.axvspan if vertical else ax.axhspan
    if low is not None and high is not None and high > low:
        band(low, high, facecolor="none", edgecolor=_INK, hatch="///", linewidth=0.0,
             label=label, zorder=3)
        line(low, color=_INK, linestyle="-", linewidth=1.2, zorder=3)
        line(high, color=_INK, linestyle="-", linewidth=1.2, zorder=3)
    elif low is not None or high is not None:
        end = low if low is not None else high
        line(end, color=_INK, linestyle="-", linewidth=1.8, label=label, zorder=3)
        if low is None or high is None:
            direction = 1.0 if high is None else -1.0
            lo_lim, hi_lim = ax.get_xlim() if vertical else ax.get_ylim()
            length = 0.08 * (max(hi_lim, end) - min(lo_lim, end)) * direction
            new = (min(lo_lim, end + 1.6 * length), max(hi_lim, end + 1.6 * length))
            (ax.set_xlim if vertical else ax.set_ylim)(*new)
            trans = ax.get_xaxis_transform() if vertical else ax.get_yaxis_transform()
            xy_from, xy_to = ((end, 0.85), (end + length, 0.85)) if vertical else \
                ((0.85, end), (0.85, end + length))
            ax.annotate("", xy=xy_to, xytext=xy_from, xycoords=trans, textcoords=trans,
                        arrowprops={"arrowstyle": "->", "color": _INK, "linewidth": 1.5})


def _unit_label(text: str, unit: str) -> str:
    return f"{text} [{unit}]" if unit else text


# --------------------------------------------------------------------------- kinematics

def plot_kinematics(*, speed, time, distance, implied_speed=None, labels=("", "", ""),
                    title: str | None = None, path=None):
    r"""Distance against time: the claimed speeds as lines, the claimed range and time as a point.

    Parameters
    ----------
    speed : str, Figure, Quantity or pair
        The claimed speed(s) [km/h]: a range is drawn as the wedge between its two lines.
    time : str, Figure or Quantity
        The claimed flight time [min] ("more than 120 min" draws an arrow to the right).
    distance : str, Figure or Quantity
        The claimed range [km].
    implied_speed : float, optional
        The highest average speed the claimed range and time allow [km/h], drawn dotted.
    labels : (str, str, str)
        Figure ids of speed, time and distance, for the legend ("F3", "F11", "F10").
    title : str, optional
        The case title.
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: distance [km] against time [min].

    Notes
    -----
    Distance = speed x time: no physics, only the claims' own arithmetic.
    """
    v_low, v_high, v_text = _ends(speed, "km/h", "speed")
    t_low, t_high, t_text = _ends(time, "min", "time")
    d_low, d_high, d_text = _ends(distance, "km", "distance")
    v_low = v_low if v_low is not None else v_high
    v_high = v_high if v_high is not None else v_low
    t_claim = t_low if t_low is not None else t_high
    d_claim = d_low if d_low is not None else d_high
    if None in (v_low, t_claim, d_claim):
        raise InputValueError("the kinematic picture needs a speed, a time and a distance",
                              field="speed/time/distance", value=(v_text, t_text, d_text),
                              expected="three figures with numbers")
    sid, tid, did = (f" ({x})" if x else "" for x in labels)
    t_max = 1.3 * max(t_high or t_claim, t_claim, 60.0 * d_claim / max(v_low, 1e-9))
    t = np.array([0.0, t_max])
    with _Context():
        fig = _new_figure(5.0, 4.2)
        ax = fig.add_subplot()
        ax.fill_between(t, v_low * t / 60.0, v_high * t / 60.0, facecolor="none",
                        edgecolor=_INK, hatch="///", linewidth=0.0,
                        label=f"claimed speed {v_text}{sid}")
        ax.plot(t, v_low * t / 60.0, color=_INK, linestyle="-", linewidth=1.4)
        ax.plot(t, v_high * t / 60.0, color=_INK, linestyle="-", linewidth=1.4)
        if implied_speed is not None and math.isfinite(implied_speed):
            ax.plot(t, implied_speed * t / 60.0, color=_MODEL, linestyle=":", linewidth=1.8,
                    label=f"{num(implied_speed)} km/h: fastest average the claimed range and "
                          "time allow")
        ax.plot([t_claim], [d_claim], marker="o", markersize=9, color=_INK,
                markerfacecolor="white", markeredgewidth=2, linestyle="none", zorder=5,
                label=f"claimed: {d_text}{did} in {t_text}{tid}")
        if t_high is None:
            ax.annotate("", xy=(t_claim + 0.1 * t_max, d_claim), xytext=(t_claim, d_claim),
                        arrowprops={"arrowstyle": "->", "color": _INK, "linewidth": 1.6})
        # What the claimed speed would give at the claimed time, and the claimed distance.
        at_t = (v_low * t_claim / 60.0, v_high * t_claim / 60.0)
        ax.plot([t_claim, t_claim], at_t, color=_INK, linestyle="-", linewidth=3.5,
                solid_capstyle="butt")
        ax.annotate(f"{num(t_claim)} min at {v_text}\n= {span(*at_t)} km",
                    xy=(t_claim, at_t[1]), xytext=(-8, 4), textcoords="offset points",
                    ha="right", va="bottom", fontsize=9)
        at_d = (60.0 * d_claim / v_high, 60.0 * d_claim / v_low)
        ax.plot(at_d, [d_claim, d_claim], color=_INK, linestyle="-", linewidth=3.5,
                solid_capstyle="butt")
        y_top = 1.08 * max(v_high * t_max / 60.0, d_claim)
        ax.annotate(f"{num(d_claim)} km at {v_text}\ntakes {span(*at_d)} min",
                    xy=(at_d[0], d_claim), xytext=(0.04 * t_max, 0.8 * y_top),
                    textcoords="data", ha="left", va="top", fontsize=9,
                    arrowprops={"arrowstyle": "->", "color": _MID, "linewidth": 1.0})
        ax.set_xlim(0.0, t_max)
        ax.set_ylim(0.0, 1.08 * max(v_high * t_max / 60.0, d_claim))
        ax.set_xlabel("Time in the air [min]")
        ax.set_ylabel("Distance flown [km]")
        _legend_below(fig, ax, ncol=1)
        _title(fig, title, "Speed, range and flight time cannot all be true of one flight")
    return _finish(fig, path)


# --------------------------------------------------------------------------- power curve

def plot_power_curve(band, *, best_endurance_speed=None, best_range_speed=None,
                     claimed_speed=None, claim_label: str | None = None,
                     title: str | None = None, path=None):
    r"""Electrical power against airspeed (the power bucket), the run's machines' band.

    Parameters
    ----------
    band : dronecalc.claims.curves.Band
        Power [W] against airspeed [km/h]: p5, p50, p95 across ``band.machines`` machines
        (``result.curves.power``).
    best_endurance_speed, best_range_speed : float, optional
        Median best speeds [km/h], drawn as dashed and dash-dot lines.
    claimed_speed : str, Figure, Quantity or Claimed, optional
        The claimed airspeed, shaded (a range) or drawn as a line.
    claim_label : str, optional
        Legend text of the claim (default ``"claimed speed <text>"``).
    title : str, optional
        The case title.
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
    """
    c_low, c_high, c_text = _ends(claimed_speed, "km/h", "claimed_speed")
    kmh = np.asarray(band.x, dtype=float)
    with _Context():
        fig = _new_figure(5.0, 4.0, left=0.85)
        ax = fig.add_subplot()
        if band.machines > 1:
            ax.fill_between(kmh, band.p5, band.p95, facecolor=_BAND, edgecolor="none",
                            label=f"middle 90 % of {band.machines:,} simulated drones")
        ax.plot(kmh, band.p50, color=_MODEL, linestyle="-", linewidth=2.0,
                label="median drone")
        for value, style, name in ((best_endurance_speed, "--", "longest flight time"),
                                   (best_range_speed, "-.", "longest range")):
            if value is not None and math.isfinite(value):
                ax.axvline(value, color=_INK, linestyle=style, linewidth=1.6, zorder=4,
                           label=f"speed for the {name}: {num(value)} km/h (median)")
        finite = np.asarray(band.p95, dtype=float)
        top = float(np.nanmax(finite)) if np.isfinite(finite).any() else 1.0
        ax.set_xlim(0.0, kmh[-1])
        ax.set_ylim(0.0, 1.08 * top)
        if c_text:
            _claim_span(ax, c_low, c_high, label=claim_label or f"claimed speed {c_text}")
        ax.set_xlabel("Airspeed [km/h]")
        ax.set_ylabel("Electrical power drawn [W]")
        _legend_below(fig, ax, ncol=1)
        _title(fig, title, "Power needed to fly level at each speed, with the payload")
    return _finish(fig, path)


# --------------------------------------------------------------------------- payload curves

@dataclass(frozen=True)
class ClaimPoint:
    """A claim placed on the payload curves.

    Attributes
    ----------
    label : str
        Shown in the legend, e.g. ``"F11 flight time"``.
    quantity : {"endurance", "range"}
        Which panel.
    payload : Quantity or str
        The payload the claim is made with [mass] (``"0 kg"`` for "without payload").
    value : str, Figure, Quantity or Claimed
        The claimed value [time or length].
    """

    label: str
    quantity: str
    payload: Any
    value: Any


def plot_payload_curves(endurance, range, *, claims: Sequence[ClaimPoint] = (),
                        stated_payload: float | None = None, note: str = "",
                        title: str | None = None, path=None):
    r"""Maximum endurance and maximum range against payload, with the claims placed on them.

    Parameters
    ----------
    endurance, range : dronecalc.claims.curves.Band
        Maximum endurance [min] and maximum range [km] against payload [kg]
        (``result.curves.endurance`` / ``.range``).
    claims : sequence of ClaimPoint
        Claimed endurance or range with the payload they are made with. A range of values
        is drawn as a bar, an open bound ("more than") as a marker with an arrow.
    stated_payload : float, optional
        The payload the source states [kg], marked on both panels.
    note : str
        A line under the title (e.g. whether the payload's drag is counted).
    title : str, optional
        The case title.
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes: endurance [min] and range [km] against payload [kg].
    """
    points = []
    for claim in claims:
        if claim.quantity not in ("endurance", "range"):
            raise InputValueError("unknown claim quantity", field="claims", value=claim.quantity,
                                  expected="'endurance' or 'range'")
        payload = float(to_si(claim.payload, "kg", "payload"))
        unit = "min" if claim.quantity == "endurance" else "km"
        low, high, text = _ends(claim.value, unit, claim.label)
        points.append((claim, payload, low, high, text))
    panels = (("endurance", endurance, "Longest flight time [min]"),
              ("range", range, "Longest range [km]"))
    markers = iter(["o", "s", "^", "D", "v", "P", "X", "*"])
    with _Context():
        fig = _new_figure(5.0, 3.6)
        fig.subplots_adjust(wspace=0.35)
        axes = fig.subplots(1, 2)
        for ax, (name, band, ylabel) in zip(axes, panels):
            grid = np.asarray(band.x, dtype=float)
            if band.machines > 1:
                ax.fill_between(grid, band.p5, band.p95, facecolor=_BAND, edgecolor="none",
                                label=f"middle 90 % of {band.machines:,} simulated drones")
            ax.plot(grid, band.p50, color=_MODEL, linestyle="-", linewidth=2.0,
                    label="median drone")
            finite = np.asarray(band.p95, dtype=float)
            top = float(np.nanmax(finite)) if np.isfinite(finite).any() else 1.0
            if stated_payload:
                ax.axvline(stated_payload, color=_MID, linestyle="--", linewidth=1.2,
                           label=f"stated payload {num(stated_payload)} kg")
            for claim, payload, low, high, text in points:
                if claim.quantity != name:
                    continue
                marker = next(markers, "o")
                end = low if low is not None else high
                top = max(top, end * 1.15)
                ax.plot([payload], [end], marker=marker, markersize=8, color=_INK,
                        markerfacecolor="white", markeredgewidth=1.8, linestyle="none",
                        label=f"{claim.label}: {text}", zorder=5)
                if low is not None and high is not None and high > low:
                    ax.plot([payload, payload], [low, high], color=_INK, linewidth=2.0)
                    top = max(top, high * 1.15)
                elif low is None or high is None:
                    sign = 1.0 if high is None else -1.0
                    ax.annotate("", xy=(payload, end * (1 + 0.12 * sign)), xytext=(payload, end),
                                arrowprops={"arrowstyle": "->", "color": _INK, "linewidth": 1.5})
            ax.set_xlim(grid[0] - 0.03 * (grid[-1] - grid[0]), grid[-1])
            ax.set_ylim(0.0, 1.08 * top if np.isfinite(top) and top > 0 else 1.0)
            ax.set_xlabel("Payload [kg]")
            ax.set_ylabel(ylabel)
        _legend_below(fig, axes, ncol=1)
        _title(fig, title, "What the payload costs in flight time and range"
               + (f" ({note})" if note else ""))
    return _finish(fig, path)


# --------------------------------------------------------------------------- distribution

def plot_distribution(samples, *, claimed=None, bound=None, label: str = "estimate",
                      unit: str | None = None, title: str | None = None, bins: int = 50,
                      claim_label: str | None = None, bound_label: str | None = None,
                      thresholds: Sequence[float] = (), threshold_label: str | None = None,
                      headline: str | None = None, path=None):
    r"""Histogram of a sampled result, with the claim, the best case and any threshold.

    Parameters
    ----------
    samples : Quantity
        Array of sampled results (e.g. ``Q_(perf["max_endurance"], "s")``); non-finite
        entries are dropped and the count drawn says how many remain.
    claimed : str, Figure, Quantity or Claimed, optional
        The claimed value, drawn as a solid line (a range shaded, an open bound with an
        arrow pointing the way the claim goes).
    bound : Quantity or float, optional
        The best case for the claim inside the assumptions (dashed).
    label : str
        What the samples are, for the x axis ("longest flight time").
    unit : str, optional
        Display unit ("" for a ratio); default min for times, km for lengths, km/h for
        speeds, W for power.
    title : str, optional
        The case title.
    bins : int
        Histogram bins.
    claim_label, bound_label : str, optional
        Legend texts (defaults ``"claimed <text>"``, ``"best case for the claim <value>"``).
    thresholds : sequence of float
        Lines the verdict is judged against (one value drawn as a line, two as a band).
    threshold_label : str, optional
        Their legend text.
    headline : str, optional
        What the picture shows, in bold on top (default ``"Distribution of <label>"``).
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
    """
    if not hasattr(samples, "units"):
        raise InputValueError("samples need a unit", field="samples",
                              value=type(samples).__name__, expected="a pint Quantity array")
    display = _display_unit(samples, unit)
    values = np.atleast_1d(np.asarray(samples.m_as(display or "dimensionless"), dtype=float))
    values = values[np.isfinite(values)]
    if values.size == 0:
        raise InputValueError("no finite samples", field="samples", value=samples.size,
                              expected="at least one finite value")
    c_low, c_high, c_text = _ends(claimed, display, "claimed")
    if bound is None:
        b = None
    elif hasattr(bound, "units"):
        b = float(np.asarray(to_si(bound, display or "dimensionless", "bound",
                                   minimum=None)).max())
    else:
        b = float(bound)
    p5, p50, p95 = np.percentile(values, [5.0, 50.0, 95.0])
    ends = [values.min(), values.max()] + [x for x in (c_low, c_high, b, *thresholds)
                                            if x is not None]
    lo, hi = min(ends), max(ends)
    pad = 0.05 * (hi - lo) if hi > lo else max(abs(hi), 1.0) * 0.05
    u = f" {display}" if display else ""
    with _Context():
        fig = _new_figure(5.0, 3.6)
        ax = fig.add_subplot()
        spread = float(values.max() - values.min())
        if spread <= 1e-9 * float(np.abs(values).max()):   # one number but rounding: one bar
            counts, edges = np.histogram(values, bins=1, range=(values.min() - 0.1 * pad,
                                                                values.max() + 0.1 * pad))
        else:
            counts, edges = np.histogram(values, bins=bins)
        ax.stairs(counts, edges, fill=True, facecolor=_BAND, edgecolor=_MODEL, linewidth=0.6,
                  label=f"{values.size:,} simulated drones")
        ax.set_ylim(0.0, 1.12 * float(np.max(counts)))
        ax.set_xlim(lo - pad, hi + pad)
        if len(thresholds) == 2 and thresholds[1] > thresholds[0]:
            ax.axvspan(thresholds[0], thresholds[1], facecolor="0.85", edgecolor="none",
                       zorder=0, label=threshold_label or f"threshold {span(*thresholds)}{u}")
        elif thresholds:
            ax.axvline(thresholds[0], color=_MID, linestyle="-.", linewidth=1.6,
                       label=threshold_label or f"threshold {num(thresholds[0])}{u}")
        ax.axvline(p5, color=_MODEL, linestyle=":", linewidth=1.4,
                   label=f"middle 90 %: {span(p5, p95)}{u}")
        ax.axvline(p95, color=_MODEL, linestyle=":", linewidth=1.4)
        ax.axvline(p50, color=_MODEL, linestyle="-", linewidth=1.0,
                   label=f"median {num(p50)}{u}")
        if b is not None:
            ax.axvline(b, color=_INK, linestyle="--", linewidth=1.6,
                       label=bound_label or f"best case for the claim {num(b)}{u}")
        if c_text:
            _claim_span(ax, c_low, c_high, label=claim_label or f"claimed {c_text}")
        ax.set_xlabel(_unit_label(f"{label[:1].upper()}{label[1:]}", display))
        ax.set_ylabel("Simulated drones")
        _legend_below(fig, ax)
        _title(fig, title, headline or f"Distribution of the {label}")
    return _finish(fig, path)


# --------------------------------------------------------------------------- sensitivity

def _effect(d) -> tuple[str, float, float, str, float, float, str]:
    """A checks.Effect or an uncertainty.Driver as plain numbers (display units)."""
    if hasattr(d, "assumption"):
        return (d.assumption, d.low, d.high, d.unit, d.result_at_low, d.result_at_high,
                d.result_unit or "-")
    if hasattr(d, "output_low"):
        return d.name, d.low, d.high, d.unit, d.output_low, d.output_high, "SI"
    raise InputValueError("not a driver", field="drivers", value=type(d).__name__,
                          expected="checks.Effect or uncertainty.Driver")


def plot_sensitivity(panels, *, title: str | None = None, headline: str | None = None,
                     path=None):
    r"""Which assumptions move a result most: one row per assumption, low end to high end.

    Parameters
    ----------
    panels : sequence of (str, drivers, claimed) or a single list of drivers
        One panel per result: a heading (e.g. ``"F11 flight time"``), its drivers
        (:class:`dronecalc.claims.checks.Effect` in display units, or an engine ``Driver``
        in SI), largest swing first, and the claimed value (in the drivers' result unit,
        or None).
    title : str, optional
        The case title.
    headline : str, optional
        What the picture shows, in bold on top.
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
        One axes per panel: for each assumption a bar from the result with that assumption
        at its low end (open circle) to its high end (filled square), all others at the
        middle of their ranges; the claim as a solid line.
    """
    if panels and not isinstance(panels[0], tuple):
        panels = [("", panels, None)]
    panels = [p for p in panels if p[1]]
    if not panels:
        raise InputValueError("no drivers to plot", field="panels", value=0,
                              expected="at least one result with drivers")
    rows = sum(len(p[1]) for p in panels)
    claims = any(p[2] is not None for p in panels)
    top, bottom, gap = 0.9, 0.65, 0.8                  # inches
    height = top + bottom + 0.5 * rows + gap * len(panels) + 0.25 * (1 + claims)
    with _Context():
        fig = _new_figure(5.0, height, left=1.95, top=top, bottom=bottom)
        axes_height = (height - top - bottom - gap * (len(panels) - 1)) / len(panels)
        fig.subplots_adjust(hspace=gap / axes_height)
        axes = fig.subplots(len(panels), 1, squeeze=False,
                            height_ratios=[len(p[1]) + 0.5 for p in panels])[:, 0]
        for ax, (heading, drivers, claimed) in zip(axes, panels):
            effects = [_effect(d) for d in drivers]
            unit = effects[0][6]
            y = np.arange(len(effects))[::-1]
            labels = []
            for yi, (name, low, high, in_unit, r_low, r_high, _) in zip(y, effects):
                ax.plot([r_low, r_high], [yi, yi], color=_BAND, linewidth=7.0,
                        linestyle="-", solid_capstyle="butt")
                ax.plot([r_low], [yi], marker="o", markersize=7, color=_MODEL,
                        markerfacecolor="white", linestyle="none",
                        label="result with the assumption at its low end")
                ax.plot([r_high], [yi], marker="s", markersize=6, color=_MODEL,
                        linestyle="none", label="result with the assumption at its high end")
                labels.append("\n".join(textwrap.wrap(input_name(name), 22))
                              + f"\n{measured(low, high, in_unit, name)}")
            ax.set_yticks(y, labels, fontsize=9)
            ax.set_ylim(-0.6, len(effects) - 0.4)
            ax.grid(axis="y", visible=False)
            if claimed is not None and unit not in ("-", "SI"):
                c_low, c_high, c_text = _ends(claimed, unit, "claimed")
                _claim_span(ax, c_low, c_high, label="the claim")
            name = heading or "Result"
            ax.set_xlabel(name if unit in ("-", "") else
                          f"{name} [{'SI units' if unit == 'SI' else unit}]")
        _legend_below(fig, axes, ncol=1)
        _title(fig, title, headline or "Which assumptions move each result most "
                                       "(one at a time, the others at mid-range)")
    return _finish(fig, path)


__all__ = ["plot_kinematics", "plot_power_curve", "plot_payload_curves", "plot_distribution",
           "plot_sensitivity", "ClaimPoint", "save", "STYLE"]
