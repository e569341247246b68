"""The reach of the wing-borne models: a stated input far past every aircraft they cover.

The multirotor model's inputs have limits (:data:`dronecalc.priors.variables.VARIABLES`, those
of its ``REACH`` the model's own), and a stated machine past them gives each claim "not
judged" (:func:`dronecalc.claims.unmodelled.beyond`). The wing-borne kinds had none: a
1e-300 m wingspan or wing area was flagged out of range, kept, and flown (fuzz leads, ux9:
divide-by-zero warnings, then "no sampled machine can fly it at all", a verdict on no
aircraft).

Each input field already has a plausible range for the wing-borne kinds, with its source
(:func:`dronecalc.intake.fields.spec_for`: the Bayraktar TB2's 12 m span, the Heron TP's
4.6 t, ...), and a ``far`` factor (10) past which a figure is *far* out of range, a slip a
known garbling must explain. The reach here is that range widened by that factor (a
judgement, the one the field table already makes): a stated input beyond it is ten times
past every aircraft the sourced range covers, so a verdict on it would be an extrapolation
the model does not make. A field whose range is already the physical extreme (``far`` None)
reaches its plausible range. Claims have no reach: judging them is what the checks are for.
"""
from __future__ import annotations

from ..errors import BeyondModelError
from ..intake.case import PARAMETERS, Case
from ..intake.fields import WING_KINDS, spec_for
from ..intake.figures import Figure


def reach(field: str, kind: str) -> tuple[float, float, str] | None:
    """``(low, high, unit)`` a stated input of ``field`` may take on ``kind``, or None (a
    text or count field, or one with no plausible range)."""
    spec = spec_for(field, kind)
    if spec.kind != "quantity" or spec.low is None or spec.high is None:
        return None
    far = spec.far or 1.0
    return spec.low / far, spec.high * far, spec.unit


def check_inputs(case: Case) -> None:
    """Raise :class:`~dronecalc.errors.BeyondModelError` for the first stated input of a
    wing-borne ``case`` past :func:`reach` (nothing for other kinds)."""
    if case.kind not in WING_KINDS:
        return
    for name, stated in case.described().items():
        if not isinstance(stated.value, Figure):
            continue
        ident = stated.source.split(" ", 1)[1] if stated.source.startswith("figure ") else None
        field = case.figures[ident].field if ident else PARAMETERS.get(name, (None,))[0]
        ends = reach(field, case.kind) if field else None
        if ends is None:
            continue
        low, high, unit = ends
        try:
            values = [e.m_as(unit) for e in (stated.value.low, stated.value.high)
                      if e is not None]
        except Exception:                  # noqa: BLE001 - another dimension: intake's to say
            continue
        if values and (min(values) < low or max(values) > high):
            where = f"figure {ident}" if ident else (
                stated.source if stated.source == "assumption" else f"{stated.source}.{name}")
            raise BeyondModelError(
                f"outside the {case.kind} model's reach ({where})", field=field,
                value=stated.value.text,
                expected=f"{low:g}-{high:g} {unit}, ten times past the plausible "
                         f"{spec_for(field, case.kind).low:g}-"
                         f"{spec_for(field, case.kind).high:g} {unit} (a machine past it is "
                         "beyond what dronecalc can judge); if the source means another "
                         "quantity, give the figure its field (or role \"context\"), or "
                         "correct a misprint",
                reach=(low, high, unit, field.replace("_", " "), min(values),
                       max(values), where))
