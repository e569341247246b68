"""Why a readable case has no vehicle kind that dronecalc models (the claim contract, issues
#10 and #13): the :class:`Refusal` a case's ``kind_note`` carries and :func:`no_kind`, the
note of a case that names no kind at all. :func:`dronecalc.intake.airframes.case_kind` makes
them; :mod:`dronecalc.claims.unmodelled` turns them into "not judged" entries.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Refusal:
    """Why a readable case has no vehicle kind that dronecalc models, for the claim
    contract's "not judged" entries (docs/case-format.md, *Vehicle kinds*).

    Attributes
    ----------
    cause : {"no-model", "ambiguous", "not-enough", "no-kind"}
        No kind models the machine; its words could mean more than one kind (or exclude each
        other); the case does not state enough to tell the kind (a fixed wing's power plant);
        nothing in the case names a kind at all (:func:`no_kind`).
    reason : str
        One sentence: what dronecalc cannot tell or model, naming the figure and its words.
    needs : str
        What would let the claims be judged (a phrase completing "needs ...").
    """

    cause: str
    reason: str
    needs: str


class KindNote(str):
    """``Case.kind_note`` of a case whose kind is left unknown: the message (a ``str``, as
    before) and the :class:`Refusal` behind it (``.refusal``)."""

    refusal: Refusal
    #: The kind whose plausible ranges read the figures (``fields.spec_for``): a wing-borne
    #: kind when every candidate layout is wing-borne, else None (the multirotor rows).
    ranges: str | None

    def __new__(cls, text: str, refusal: Refusal, ranges: str | None = None) -> "KindNote":
        out = super().__new__(cls, text)
        out.refusal, out.ranges = refusal, ranges
        return out


def no_kind(powers: set[str], kinds: str) -> KindNote:
    """A readable case that names no kind at all (no airframe word, vehicle class, vehicle
    kind or rotor figure; at most a power plant, ``powers``): its claims are "not judged"
    with what would name the kind and the ``kinds`` (:func:`~dronecalc.intake.airframes.
    kinds_text`), the claim contract; never judged as a guessed kind."""
    plant = (f" (its engine_type names a {' / '.join(sorted(powers))} power plant, which "
             "more than one kind could have)" if powers else "")
    reason = ("the case names no vehicle kind: no airframe figure, [case] vehicle_class or "
              f"vehicle_kind, and no rotor figure{plant}")
    needs = ("an airframe figure ('quadcopter', 'flying wing', 'quadplane' ...), rotors = N "
             "(a multirotor), or [case] vehicle_kind; the kinds are: " + kinds)
    return KindNote(f"{reason}; state {needs}", Refusal("no-kind", reason, needs))
