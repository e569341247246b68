"""The pictures of a claim judged under several readings of its case (a fixed wing whose power
plant is not stated, an airframe word that could mean either kind: :mod:`dronecalc.claims.plants`).

Such a claim's own finding folds the readings' verdicts and carries no estimate of its own, so
the report drew nothing for it (the report review of 2026-12-04: a fixed wing of unknown plant
had no picture at all). Each reading is a full run on its own machines; this module draws,
from each reading's own samples (:attr:`dronecalc.claims.results.Reading.samples`), the
distribution of the claimed quantity, one picture per reading, and one picture of what moves
it most with one panel per reading. A reading with no machines says why in a note instead.
Like the rest of the report it draws, never recomputes physics.
"""
from __future__ import annotations

from ..errors import InputValueError
from ..wording import num
from . import glossary, verdicts
from .blocks import _Para

__all__ = ["for_readings"]


def _values(reading):
    """The reading's per-sample values, or None when it has none to draw."""
    f = reading.finding
    if f is None or f.estimate is None or reading.samples is None:
        return None
    try:
        return reading.samples.values(f)
    except InputValueError:                 # a finding with no samples (a statement)
        return None


def for_readings(pictures, i: int, f) -> list:
    """The blocks (pictures, or a note saying why there are none) of folded finding ``i``;
    ``pictures`` is the report's :class:`~dronecalc.report.document._Pictures`."""
    from . import plots
    out, skipped, panels, what = [], [], [], "result"
    for r in f.readings:
        values = _values(r)
        if values is None:
            skipped.append(f"{r.label}: " + (r.reason or "no simulated machines to draw"))
            continue
        g = r.finding
        name = what = verdicts.quantity_name(g)
        unit, b = g.estimate.unit, (None if g.generous_bound is None
                                     else g.generous_bound.value)
        fig = plots.plot_distribution(
            values, claimed=g.claimed, bound=b, label=name, unit=unit, title=pictures.title,
            bound_label=f"best case for the claim: {num(b)} {unit}".rstrip(),
            headline=f"{name.capitalize()} of the simulated drones, read as {r.label}")
        n = int(values.size)
        out.append(pictures._image(
            f"finding{i}_{g.check}_{'_'.join(f.claims)}_{r.kind}",
            f"Histogram of the {name} of {n:,} simulated drones read as {r.label}: "
            f"{verdicts.estimate_text(g)}; the claim is {g.claimed.text if g.claimed else '-'}.",
            f"{name.capitalize()} of {n:,} simulated drones read as {r.label}, with the claim "
            f"and the best case for it ({', '.join(f.claims)})", fig))
        if g.drivers:
            same = g.claimed is not None and g.claimed.unit == g.drivers[0].result_unit
            panels.append((f"{name.capitalize()}, {r.label}", g.drivers,
                           g.claimed if same else None))
    if panels:
        fig = plots.plot_sensitivity(panels, title=pictures.title,
                                     headline=f"What moves the {what} most under each "
                                              "reading (one assumption at a time, the others "
                                              "at mid-range)")
        out.append(pictures._image(
            f"finding{i}_sensitivity", "What moves finding "
            f"{i} most under each reading: " + "; ".join(
                f"{p[0]}: the {glossary.input_name(p[1][0].assumption)}" for p in panels) + ".",
            f"What moves finding {i} most under each reading, one assumption at a time", fig,
            "detail"))
    if skipped:
        which = "this reading" if len(skipped) == 1 else "these readings"
        out.append(_Para(f"No picture for {which} of finding {i}: " + "; ".join(skipped) + ".",
                         "note"))
    return out
