r"""Pictures of an estimate: power bucket, payload trade-offs, distributions, sensitivity.

matplotlib is the optional ``plot`` extra (``pip install 'dronecalc[plot]'``). This module
imports without it; each function imports matplotlib when called and raises
:class:`~dronecalc.errors.MissingDependencyError` if it is missing.

Every function builds a bare :class:`matplotlib.figure.Figure` (no pyplot, no global state,
no window: rendering goes through the Agg canvas whatever the display), returns it, and
saves it when given ``path`` (see :func:`save`). The figures use matplotlib's default style
plus the settings of :data:`STYLE`, whatever the user's ``matplotlibrc``, so that a saved
file depends only on its inputs.

Inputs are what the engine produces, never raw physics: a
:class:`~dronecalc.vehicle.Vehicle` whose fields are arrays of Monte Carlo samples (build it
with :func:`dronecalc.uncertainty.vehicle`), arrays of sampled results as Quantities, the
drivers of a finding. The only computation here is calls to the library's vectorised
functions (:func:`dronecalc.mission.power_curve`, :func:`~dronecalc.mission.performance`,
:func:`~dronecalc.mission.payload_curve`) and percentiles across samples.

Claimed values may be given as a figure string (``"60-70 km/h"``, ``"more than 120 min"``),
a :class:`~dronecalc.figures.Figure`, a Quantity, a pair of Quantities, or a
:class:`dronecalc.checks.Claimed`; ranges are shaded, open bounds drawn with an arrow.

Greyscale: lines differ by style (solid, dashed, dotted, dash-dot) and markers, bands by grey
level, the claimed region by hatching, so that a printout keeps every distinction.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from ..errors import InputValueError, MissingDependencyError
from ..intake.units import Q_, to_si

#: rcParams applied on top of matplotlib's defaults for every figure and every save.
STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 9,
    "axes.grid": True,
    "grid.color": "0.85",
    "grid.linewidth": 0.6,
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
                 "[mass]": "kg", "[length] ** 2 * [mass] / [time] ** 3": "W"}

_INK, _MID, _LIGHT, _BAND = "0.0", "0.35", "0.6", "0.82"
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


def _new_figure(width=6.4, height=4.0, *, left=0.8, right=0.2, top=0.65, bottom=0.55,
                **kwargs):
    """A Figure with fixed margins in inches (a layout engine costs more than the drawing)."""
    _, Figure, _ = _matplotlib()
    fig = Figure(figsize=(width, height), **kwargs)
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                        bottom=bottom / height)
    return fig


def _finish(fig, path):
    if path is not None:
        save(fig, path)
    return fig


# --------------------------------------------------------------------------- inputs

def _display_unit(quantity, unit: str | None) -> str:
    if unit:
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
    if hasattr(value, "kind") and hasattr(value, "unit") and isinstance(value.unit, str):
        # checks.Claimed: ends already in a display unit
        conv = [None if e is None else Q_(e, value.unit).m_as(unit) for e in (value.low, value.high)]
        return conv[0], conv[1], value.text
    text = ""
    if isinstance(value, str):
        text, value = value, parse(value)
    if isinstance(value, Figure):
        text = text or value.text
        low = None if value.low is None else float(value.low.m_as(unit))
        high = None if value.high is None else float(value.high.m_as(unit))
        return low, high, text
    if isinstance(value, (tuple, list)) and len(value) == 2:
        low, high = (float(to_si(v, unit, field, minimum=None)) for v in value)
        return low, high, f"{low:g}-{high:g} {unit}"
    arr = np.atleast_1d(to_si(value, unit, field, minimum=None))
    return float(arr.min()), float(arr.max()), (f"{arr.min():g} {unit}" if arr.size == 1
                                                 else f"{arr.min():g}-{arr.max():g} {unit}")


def _subsample(vehicle, max_samples: int):
    """The first ``max_samples`` samples of a Vehicle of arrays (samples are i.i.d.)."""
    from ..physics.vehicle import Vehicle
    if not isinstance(vehicle, Vehicle):
        raise InputValueError("not a Vehicle", field="vehicle", value=type(vehicle).__name__,
                              expected="a Vehicle of sample arrays (uncertainty.vehicle)")
    arrays = vehicle.as_arrays()
    shape = next(iter(arrays.values())).shape
    if len(shape) > 1:
        raise InputValueError("vehicle arrays must be 1-D (one entry per sample)",
                              field="vehicle", value=shape, expected="shape (n,) or ()")
    if len(shape) == 1 and shape[0] > max_samples:
        arrays = {k: v[:max_samples] for k, v in arrays.items()}
    return Vehicle(**arrays)


def _band_of(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """p5, p50, p95 across samples (axis 0) of the finite entries; NaN where none are."""
    v = np.where(np.isfinite(values), values, np.nan)
    v = np.atleast_2d(v)
    with np.errstate(all="ignore"):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            p = np.nanpercentile(v, [5.0, 50.0, 95.0], axis=0)
    return p[0], p[1], p[2]


def _claim_span(ax, low, high, *, label, vertical=True):
    """Shade a claimed interval (hatched) or draw a claimed point or open bound."""
    line = ax.axvline if vertical else ax.axhline
    span = ax.axvspan if vertical else ax.axhspan
    if low is not None and high is not None and high > low:
        span(low, high, facecolor="none", edgecolor=_MID, hatch="///", linewidth=0.0,
             label=label)
        line(low, color=_INK, linestyle="-", linewidth=1.2)
        line(high, color=_INK, linestyle="-", linewidth=1.2)
    elif low is not None or high is not None:
        end = low if low is not None else high
        line(end, color=_INK, linestyle="-", linewidth=1.8, label=label)
        if low is None or high is None:
            direction = 1.0 if high is None else -1.0
            lo_lim, hi_lim = ax.get_xlim() if vertical else ax.get_ylim()
            length = 0.08 * (max(hi_lim, end) - min(lo_lim, end)) * direction
            new = (min(lo_lim, end + 1.6 * length), max(hi_lim, end + 1.6 * length))
            (ax.set_xlim if vertical else ax.set_ylim)(*new)
            trans = ax.get_xaxis_transform() if vertical else ax.get_yaxis_transform()
            xy_from, xy_to = ((end, 0.6), (end + length, 0.6)) if vertical else \
                ((0.6, end), (0.6, end + length))
            ax.annotate("", xy=xy_to, xytext=xy_from, xycoords=trans, textcoords=trans,
                        arrowprops={"arrowstyle": "->", "color": _INK, "linewidth": 1.5})


def _title(fig, title, what):
    """Case title over what the plot shows, wrapped so a long title is never clipped."""
    width = max(40, int(fig.get_figwidth() * 10))      # ~10 characters per inch at 10 pt
    lines = textwrap.wrap(title, width) if title else []
    fig.suptitle("\n".join([*lines, what]), fontsize=10)


# --------------------------------------------------------------------------- power curve

def plot_power_curve(vehicle, *, claimed_speed=None, speeds=None, title: str | None = None,
                     max_samples: int = 2000, path=None):
    r"""Electrical power against airspeed (the power bucket) with its p5-p95 band.

    Parameters
    ----------
    vehicle : Vehicle
        Fields are arrays of Monte Carlo samples (shape ``(n,)``) or floats (one machine,
        no band); e.g. ``uncertainty.vehicle(mc.values, with_payload=True)``.
    claimed_speed : str, Figure, Quantity or Claimed, optional
        The claimed airspeed [km/h or any speed unit], shaded (a range) or drawn as a line.
    speeds : Quantity or str, optional
        Airspeed grid [speed]; default 0 to 45 m/s (162 km/h) every 0.5 m/s, or up to the
        claimed speed + 20 % if that is higher.
    title : str, optional
        The case title, shown above the plot.
    max_samples : int
        The first ``max_samples`` samples are plotted (samples are independent draws).
    path : str or Path, optional
        Save there as well (:func:`save`).

    Returns
    -------
    matplotlib.figure.Figure
        One axes: median power (solid), p5-p95 band (grey), median best-endurance
        (dashed) and best-range (dash-dot) speeds, the claimed speed (hatched).

    Notes
    -----
    Power from :func:`dronecalc.mission.power_curve`, best speeds from
    :func:`dronecalc.mission.performance`; the band is the 5th-95th percentile across
    samples at each speed, not a curve of any one machine.
    """
    from ..physics import multirotor as mission
    sub = _subsample(vehicle, max_samples)
    c_low, c_high, c_text = _ends(claimed_speed, "km/h", "claimed_speed")
    if speeds is None:
        top = max(45.0, 1.2 * max((c for c in (c_low, c_high) if c is not None), default=0) / 3.6)
        grid = np.arange(0.0, top + 0.25, 0.5)
    else:
        grid = np.atleast_1d(to_si(speeds, "m/s", "speeds"))
    power = np.atleast_2d(mission.power_curve(sub, grid))          # (n, k) in W
    perf = mission.performance(sub)
    lo, mid, hi = _band_of(power)
    kmh = grid * 3.6
    with _Context():
        fig = _new_figure()
        ax = fig.add_subplot()
        if power.shape[0] > 1:
            ax.fill_between(kmh, lo, hi, facecolor=_BAND, edgecolor="none",
                            label=f"p5-p95 across {power.shape[0]:,} sampled machines")
        ax.plot(kmh, mid, color=_INK, linestyle="-", linewidth=1.8, label="median power")
        ok = np.asarray(perf["feasible"], dtype=bool)
        for key, style, name in (("best_endurance_speed", "--", "best-endurance speed"),
                                 ("best_range_speed", "-.", "best-range speed")):
            v = np.asarray(perf[key], dtype=float)[ok.reshape(np.shape(perf[key]))] * 3.6
            if v.size:
                m = float(np.median(v))
                ax.axvline(m, color=_MID, linestyle=style, linewidth=1.4,
                           label=f"{name} (median {m:.0f} km/h)")
        top = float(np.nanmax(hi)) if np.isfinite(np.nanmax(hi)) else 1.0
        ax.set_xlim(0.0, kmh[-1])
        ax.set_ylim(0.0, 1.05 * top)
        if c_text:
            _claim_span(ax, c_low, c_high, label=f"claimed speed {c_text}")
        ax.set_xlabel("Airspeed [km/h]")
        ax.set_ylabel("Electrical power [W]")
        ax.legend(loc="upper left", fontsize=8)
        _title(fig, title, "Power required in level flight")
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


def plot_payload_curves(vehicle, *, claims: Sequence[ClaimPoint] = (), payloads=None,
                        title: str | None = None, max_samples: int = 500, path=None):
    r"""Maximum endurance and maximum range against payload, with the claims placed on them.

    Parameters
    ----------
    vehicle : Vehicle
        Sample arrays (or floats); its own ``payload_mass`` is replaced along the curve.
    claims : sequence of ClaimPoint
        Claimed endurance or range with the payload they are made with. A range of values
        is drawn as a bar, an open bound ("more than") as a marker with an arrow.
    payloads : Quantity or str, optional
        Payload grid [mass]; default 0 to the larger of 1 kg, twice the median payload and
        1.25 x the largest claimed payload, in 13 steps.
    title : str, optional
        The case title.
    max_samples : int
        Samples used (the curves run the full optimisation for each payload).
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
        Two axes: endurance [min] and range [km] against payload [kg]; median (solid) and
        p5-p95 band (grey).

    Notes
    -----
    :func:`dronecalc.mission.payload_curve`: best speed at each payload; payload drag area
    held as in ``vehicle``.
    """
    from ..physics import multirotor as mission
    sub = _subsample(vehicle, max_samples)
    points = []
    for claim in claims:
        if claim.quantity not in ("endurance", "range"):
            raise InputValueError("unknown claim quantity", field="claims", value=claim.quantity,
                                  expected="'endurance' or 'range'")
        payload = float(to_si(claim.payload, "kg", "payload"))
        unit = "min" if claim.quantity == "endurance" else "km"
        low, high, text = _ends(claim.value, unit, claim.label)
        points.append((claim, payload, low, high, text))
    if payloads is None:
        stated = float(np.median(np.asarray(sub.payload_mass, dtype=float)))
        top = max(1.0, 2.0 * stated, 1.25 * max((p[1] for p in points), default=0.0))
        grid = np.linspace(0.0, top, 13)
    else:
        grid = np.atleast_1d(to_si(payloads, "kg", "payloads"))
    curves = mission.payload_curve(sub, grid)
    panels = (("endurance", curves["max_endurance"] / 60.0, "Maximum endurance [min]"),
              ("range", curves["max_range"] / 1000.0, "Maximum range [km]"))
    markers = iter(["o", "s", "^", "D", "v", "P", "X", "*"])
    with _Context():
        fig = _new_figure(9.0, 4.0)
        fig.subplots_adjust(wspace=0.25)
        axes = fig.subplots(1, 2)
        n = np.atleast_2d(curves["max_endurance"]).shape[0]
        for ax, (name, values, ylabel) in zip(axes, panels):
            lo, mid, hi = _band_of(np.atleast_2d(values))
            if n > 1:
                ax.fill_between(grid, lo, hi, facecolor=_BAND, edgecolor="none",
                                label=f"p5-p95 ({n:,} machines)")
            ax.plot(grid, mid, color=_INK, linestyle="-", linewidth=1.8, label="median")
            top = np.nanmax(hi)
            for claim, payload, low, high, text in points:
                if claim.quantity != name:
                    continue
                marker = next(markers, "o")
                end = low if low is not None else high
                top = max(top, end * 1.15)
                ax.plot([payload], [end], marker=marker, markersize=8, color=_INK,
                        markerfacecolor="white", linestyle="none",
                        label=f"{claim.label}: {text}")
                if low is not None and high is not None and high > low:
                    ax.plot([payload, payload], [low, high], color=_INK, linewidth=2.0)
                    top = max(top, high * 1.15)
                elif low is None or high is None:
                    sign = 1.0 if high is None else -1.0
                    ax.annotate("", xy=(payload, end * (1 + 0.12 * sign)), xytext=(payload, end),
                                arrowprops={"arrowstyle": "->", "color": _INK, "linewidth": 1.5})
            ax.set_xlim(grid[0] - 0.03 * (grid[-1] - grid[0]), grid[-1])
            ax.set_ylim(0.0, 1.05 * top if np.isfinite(top) and top > 0 else 1.0)
            ax.set_xlabel("Payload [kg]")
            ax.set_ylabel(ylabel)
            ax.legend(loc="upper right", fontsize=7)
        _title(fig, title, "Payload trade-off at the best speed for each payload")
    return _finish(fig, path)


# --------------------------------------------------------------------------- distribution

def plot_distribution(samples, *, claimed=None, bound=None, label: str = "estimate",
                      unit: str | None = None, title: str | None = None, bins: int = 50,
                      claim_label: str | None = None, path=None):
    r"""Histogram of a sampled result, with the claimed value and the generous bound.

    Parameters
    ----------
    samples : Quantity
        Array of sampled results (e.g. ``Q_(perf["max_endurance"], "s")``); non-finite
        entries are dropped.
    claimed : str, Figure, Quantity or Claimed, optional
        The claimed value, drawn as a solid line (a range shaded, an open bound with an
        arrow pointing the way the claim goes).
    bound : Quantity, optional
        The generous bound: the most favourable value inside the assumptions (dashed).
    label : str
        What the samples are, for the x axis ("maximum endurance").
    unit : str, optional
        Display unit; default min for times, km for lengths, km/h for speeds, W for power.
    title : str, optional
        The case title.
    bins : int
        Histogram bins.
    claim_label : str, optional
        Legend text of the claim (default ``"claimed <text>"``).
    path : str or Path, optional
        Save there as well.

    Returns
    -------
    matplotlib.figure.Figure
        One axes: hatched histogram, p5 and p95 (dotted), claim (solid), bound (dashed).
    """
    if not hasattr(samples, "units"):
        raise InputValueError("samples need a unit", field="samples",
                              value=type(samples).__name__, expected="a pint Quantity array")
    display = _display_unit(samples, unit)
    values = np.atleast_1d(np.asarray(samples.m_as(display), dtype=float))
    values = values[np.isfinite(values)]
    if values.size == 0:
        raise InputValueError("no finite samples", field="samples", value=samples.size,
                              expected="at least one finite value")
    c_low, c_high, c_text = _ends(claimed, display, "claimed")
    b = None if bound is None else float(np.asarray(to_si(bound, display, "bound",
                                                          minimum=None)).max())
    p5, p50, p95 = np.percentile(values, [5.0, 50.0, 95.0])
    ends = [values.min(), values.max()] + [x for x in (c_low, c_high, b) if x is not None]
    lo, hi = min(ends), max(ends)
    pad = 0.05 * (hi - lo) if hi > lo else max(abs(hi), 1.0) * 0.05
    with _Context():
        fig = _new_figure()
        ax = fig.add_subplot()
        counts, edges = np.histogram(values, bins=bins)
        ax.stairs(counts, edges, fill=True, facecolor=_BAND, edgecolor=_MID, linewidth=0.5,
                  label=f"{values.size:,} sampled machines")
        ax.stairs(counts, edges, color=_MID, linewidth=0.8, linestyle="-")
        ax.set_ylim(0.0, 1.5 * float(np.max(counts)))          # room for the legend
        ax.set_xlim(lo - pad, hi + pad)
        ax.axvline(p5, color=_MID, linestyle=":", linewidth=1.4,
                   label=f"p5 {p5:.3g} / p95 {p95:.3g} {display}")
        ax.axvline(p95, color=_MID, linestyle=":", linewidth=1.4)
        ax.axvline(p50, color=_MID, linestyle="-", linewidth=0.8,
                   label=f"median {p50:.3g} {display}")
        if b is not None:
            ax.axvline(b, color=_INK, linestyle="--", linewidth=1.6,
                       label=f"generous bound {b:.3g} {display}")
        if c_text:
            _claim_span(ax, c_low, c_high, label=claim_label or f"claimed {c_text}")
        ax.set_xlabel(f"{label[:1].upper()}{label[1:]} [{display}]")
        ax.set_ylabel("Sampled machines [count]")
        ax.legend(loc="upper right", fontsize=8)
        _title(fig, title, f"Distribution of {label}")
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


def _fmt(x: float) -> str:
    return f"{x:.3g}" if abs(x) < 1e4 else f"{x:,.0f}"


def plot_sensitivity(panels, *, title: str | None = None, path=None):
    r"""Which assumptions move a result most: one row per assumption, low end to high end.

    Parameters
    ----------
    panels : sequence of (str, drivers, claimed) or a single list of drivers
        One panel per result: a heading (e.g. ``"F11 flight time"``), its drivers
        (:class:`dronecalc.checks.Effect` in display units, or
        :class:`dronecalc.uncertainty.Driver` in SI), largest swing first, and the claimed
        value (anything :func:`plot_distribution` accepts, in the drivers' result unit, or
        None).
    title : str, optional
        The case title.
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
    height = 1.35 + 0.4 * rows + 0.75 * len(panels)
    with _Context():
        fig = _new_figure(6.4, height, left=1.5, top=0.65, bottom=0.75)
        gap = 0.8                                   # inches between panels
        axes_height = (height - 0.65 - 0.75 - gap * (len(panels) - 1)) / len(panels)
        fig.subplots_adjust(hspace=gap / axes_height)
        axes = fig.subplots(len(panels), 1, squeeze=False,
                            height_ratios=[len(p[1]) + 0.5 for p in panels])[:, 0]
        for ax, (heading, drivers, claimed) in zip(axes, panels):
            effects = [_effect(d) for d in drivers]
            unit = effects[0][6]
            y = np.arange(len(effects))[::-1]
            labels = []
            for yi, (name, low, high, in_unit, r_low, r_high, _) in zip(y, effects):
                ax.plot([r_low, r_high], [yi, yi], color=_LIGHT, linewidth=7.0,
                        linestyle="-", solid_capstyle="butt")
                ax.plot([r_low], [yi], marker="o", markersize=7, color=_INK,
                        markerfacecolor="white", linestyle="none")
                ax.plot([r_high], [yi], marker="s", markersize=6, color=_INK,
                        linestyle="none")
                labels.append(f"{name.replace('_', ' ')}\n{_fmt(low)}-{_fmt(high)}"
                              f"{' ' + in_unit if in_unit else ''}")
            ax.set_yticks(y, labels, fontsize=8)
            ax.set_ylim(-0.6, len(effects) - 0.4)
            ax.grid(axis="y", visible=False)
            if claimed is not None and unit not in ("-", "SI"):
                c_low, c_high, c_text = _ends(claimed, unit, "claimed")
                _claim_span(ax, c_low, c_high, label=f"claimed {c_text}")
                ax.legend(loc="lower right", fontsize=7)
            ax.set_xlabel(f"{heading or 'Result'} [{'SI units' if unit == 'SI' else unit}]")
        handles = [axes[0].plot([], [], marker="o", markerfacecolor="white", color=_INK,
                                linestyle="none")[0],
                   axes[0].plot([], [], marker="s", color=_INK, linestyle="none")[0]]
        fig.legend(handles, ["result with the assumption at its low end",
                             "result with the assumption at its high end"],
                   loc="lower center", ncol=2, fontsize=7, frameon=False)
        _title(fig, title, "Sensitivity: one assumption at a time, others at mid-range")
    return _finish(fig, path)
