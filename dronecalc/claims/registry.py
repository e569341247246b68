"""The claim kinds: one registered object per kind of claim, looked up by name.

A claim kind says which claim fields it judges, which figures it needs to judge them (in
words, for the "not judged" entry when they are missing), and how it evaluates a run
(:class:`~dronecalc.claims.context.Context`) into findings. Adding one is one module in
:mod:`dronecalc.claims.kinds` that calls :func:`register`; :func:`dronecalc.claims.checks.check`
runs every registered kind in ``order``.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from ..errors import DroneCalcError


@dataclass(frozen=True)
class ClaimKind:
    """One kind of claim and how it is judged.

    Attributes
    ----------
    name : str
        The finding's ``check`` name (``"endurance"``, ``"top_speed"``).
    fields : tuple of str
        Claim fields (:data:`dronecalc.intake.fields.FIELDS`) whose figures this kind judges.
        Empty for a kind that tests input figures against each other or against physics
        (``lift``, ``motor``).
    needs : str
        What a claim of these fields needs to be judged, as a phrase completing "needs ...":
        named in the "not judged" entry of a claim that no kind could judge.
    evaluate : callable
        ``evaluate(ctx) -> list of Finding``; returns ``[]`` when the case gives it nothing
        to test.
    order : float
        Position in a result's findings (ascending); ties keep registration order.
    vehicles : tuple of str
        The vehicle kinds (:mod:`dronecalc.physics.kinds`) whose runs it judges.
    why : tuple of (str, str)
        (claim field, reason) pairs: why a claim of that field is not judged when the case
        lacks ``needs``, in plain words, for the "not judged" entry (issue 13: a jet's speed
        claim had read "the case does not give what a top_speed claim is judged with. To
        judge it, the fixed-wing-jet check needs ..."). Fields without one keep that default.
    """

    name: str
    fields: tuple[str, ...]
    needs: str
    evaluate: Callable
    order: float
    vehicles: tuple[str, ...] = ("multirotor",)
    why: tuple[tuple[str, str], ...] = ()


#: Registered claim kinds by name.
CLAIM_KINDS: dict[str, ClaimKind] = {}


def register(kind: ClaimKind) -> ClaimKind:
    """Add a claim kind; a second kind of the same name is a programming error."""
    if kind.name in CLAIM_KINDS:
        raise ValueError(f"claim kind {kind.name!r} registered twice")
    CLAIM_KINDS[kind.name] = kind
    return kind


def lookup(name: str) -> ClaimKind:
    """The registered kind ``name``; :class:`~dronecalc.errors.DroneCalcError` listing the
    known kinds if there is none."""
    load_kinds(None)
    try:
        return CLAIM_KINDS[name]
    except (KeyError, TypeError):
        raise DroneCalcError("unknown claim kind", field="check", value=name,
                             expected="one of " + ", ".join(CLAIM_KINDS)) from None


#: The claims module whose ``check``/``estimate`` serve each vehicle kind
#: (:data:`dronecalc.physics.kinds.KINDS`, the same names; a test keeps them equal); None: a
#: kind known but not modelled end to end yet, whose case is refused with
#: :class:`NotModelledError` and never run as another kind. Held here, not on the physics
#: kind: the physics layer knows nothing of the claims above it (docs/architecture.md).
VEHICLE_CHECKS: dict[str, str | None] = {
    "multirotor": "dronecalc.claims.checks",
    "fixed-wing-electric": "dronecalc.claims.fixed_wing",
    "fixed-wing-piston": "dronecalc.claims.fixed_wing",
    "fixed-wing-jet": "dronecalc.claims.fixed_wing",
    "vtol-quadplane": "dronecalc.claims.fixed_wing",
    "vtol-quadplane-piston": "dronecalc.claims.fixed_wing",
    "tailsitter": "dronecalc.claims.fixed_wing",
}


class NotModelledError(DroneCalcError):
    """A vehicle kind that dronecalc knows but does not model end to end yet."""


def modelled(name: str) -> bool:
    """True when check and estimate cover the registered vehicle kind ``name`` end to end;
    an unknown name raises (:func:`dronecalc.physics.kinds.get_kind`)."""
    from ..physics.kinds import get_kind
    return VEHICLE_CHECKS.get(get_kind(name).name) is not None


def require_modelled(name: str):
    """The vehicle kind ``name`` (a :class:`~dronecalc.physics.kinds.VehicleKind`) if check
    and estimate cover it, else :class:`NotModelledError`."""
    from ..physics.kinds import KINDS, get_kind
    kind = get_kind(name)
    if not modelled(name):
        known = [k for k in KINDS if modelled(k)]
        raise NotModelledError(
            f"vehicle kind {name!r} is not modelled yet ({kind.note}); it is never run as "
            "another kind", field="vehicle_kind", value=name,
            expected="a case of a modelled kind: " + ", ".join(known))
    return kind


def load_kinds(vehicle: str | None = "multirotor") -> list[ClaimKind]:
    """Import every module of :mod:`dronecalc.claims.kinds` (each registers itself) and
    return the kinds that judge ``vehicle`` runs, in ``order`` (``None``: every kind)."""
    from . import kinds
    for module in pkgutil.iter_modules(kinds.__path__):
        importlib.import_module(f"{kinds.__name__}.{module.name}")
    if vehicle != "multirotor":     # fixed wings and VTOL: none of their kinds judges a
        importlib.import_module("dronecalc.claims.fixed_wing")  # multirotor (~6 ms import)
    return sorted((k for k in CLAIM_KINDS.values() if vehicle is None or vehicle in k.vehicles),
                  key=lambda k: k.order)


def kinds_for(field: str, vehicle: str = "multirotor") -> list[ClaimKind]:
    """The kinds that judge claims of ``field`` for ``vehicle``."""
    return [k for k in load_kinds(vehicle) if field in k.fields]
