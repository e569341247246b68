"""The field rules' reading of each entry of a ``dronecalc extract`` draft (moved out of
:mod:`dronecalc.intake.extract`, which is at its size limit): what they read is flagged as
they flag it, what they cannot read becomes context with the reason, and an ambiguous number
("1.200 km": 1.2 or 1200?) stays as written with both readings (issue 10).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import DroneCalcError
from .conditions import claim_as_written
from .dot_groups import keep_in_draft
from .fields import FIELDS, read_figure

if TYPE_CHECKING:
    from .extract import Item


def check_items(items: list[Item], kind: str | None = None) -> None:
    """Read every quantity through the field rules (the plausible ranges of vehicle ``kind``,
    default multirotor; every wing-borne kind shares its ranges); what they cannot read
    becomes context."""
    for item in items:
        if item.field not in FIELDS or FIELDS[item.field].kind == "text":
            continue
        try:
            read = read_figure(item.text, item.field, kind)
        except DroneCalcError as exc:
            if not keep_in_draft(item, exc):   # "1.200 km": kept, both readings (issue 10)
                item.notes.append(f"not readable as {item.field}: {exc}")
                item.field, item.role, item.text = "context", "context", item.written
            continue
        if item.role not in FIELDS[item.field].roles:
            item.role = FIELDS[item.field].roles[0]
        if item.role == "claim":            # as check reads it: a claim is judged as written
            read = claim_as_written(read)
        if read.flag is not None:
            best = read.flag.best
            item.flag = read.flag.problem + (
                f", read as {best.figure.nominal.magnitude:g} {best.figure.unit:~P}"
                if best and read.flag.problem in ("garbled", "ambiguous") else
                f", judged as written; alternative reading {best.figure.nominal.magnitude:g} "
                f"{best.figure.unit:~P}" if best and read.flag.problem == "out-of-range" else "")
