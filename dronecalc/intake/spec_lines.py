"""Spec-sheet lines ``extract`` reads as what they say of the machine (``restated.refine``'s
passes): a temperature envelope is the machine's rating, not the flight's air; a pack's own
energy ("Each TB60 battery ... stores 274 Wh") is written as all packs', which
``battery_energy`` is.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .numbers import normalise
from .pack_masses import pack_total, per_pack_masses
from .restated import _to_context

if TYPE_CHECKING:                      # pragma: no cover
    from .extract import Item


#: A temperature envelope the machine is rated for: "fly in high and low temperatures (from -40
#: degrees to +50 degrees Celsius)" (ux7's Penguin passage), "operating temperature", "a
#: temperature range of": the machine's rating, not the air of the flights a claim states
#: (``extract`` had drafted its upper end as a 50 degC air_temperature input, so every claim
#: would have been flown at 50 degC and the -40 dropped).
_ENVELOPE = re.compile(r"(?i)\b(?:operat\w*|working|storage|service|rated)\s+temperatures?\b"
                       r"|\btemperatures?\s+range\b|\brange\s+of\s+temperatures?\b"
                       r"|\btemperatures?\s*\(?\s*(?:from|between|of\s+between)\s+[-\u2212\u2013+]?\s?\d")


def temperature_envelopes(items: list["Item"]) -> None:
    """An air temperature in a sentence stating the machine's temperature envelope is
    context: the machine's rating, not the flight's air."""
    for item in items:
        if item.kind == "figure" and item.field == "air_temperature" \
                and item.role == "input" and _ENVELOPE.search(item.quote or ""):
            _to_context(item, "a temperature envelope the machine is rated for, not the air "
                        "of the flights the claims state: context (state air_temperature as "
                        "an input only for the day's own air)", "the machine's rated range")


#: A pack's own energy, not all packs': "Each TB60 battery ... stores 274 Wh", "274 Wh per
#: battery" (the lead's trial on a DJI spec passage, stop 25: with two packs drafted, 274 Wh
#: had been drafted as the energy of all packs, which ``battery_energy`` is, and DJI's own
#: 55 min came out implausible on half the energy).
_EACH_PACK = re.compile(r"(?i)\b(?:each|every|per)\s+(?:[\w-]+\s+){0,2}?(?:batter(?:y|ies)|packs?)"
                        r"\b|\b(?:each|one)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:batter(?:y|ies)|"
                        r"packs?)\s+(?:stores|holds|has|carries|contains)\b")


def per_pack_figures(items: list["Item"]) -> None:
    """A pack's own energy and its own weight written as all packs' (``battery_energy`` and
    ``battery_mass`` are their sums; :mod:`~dronecalc.intake.pack_masses` for the weight)."""
    per_pack_energies(items)
    per_pack_masses(items)


def per_pack_energies(items: list["Item"]) -> None:
    """A pack energy the article states per pack is written as all packs' (``battery_energy``
    is their sum), when the draft has one whole pack count of two or more; said in a note."""
    counts = [i for i in items if i.kind == "count" and i.field == "pack_count"
              and i.role == "input"]
    written = normalise(counts[0].text).strip() if len(counts) == 1 else ""
    if not written.isdigit() or int(written) < 2:
        return
    n = int(written)
    for item in items:
        if item.kind != "figure" or item.field != "battery_energy" \
                or item.role != "input" or not _EACH_PACK.search(item.quote or ""):
            continue
        total = pack_total(item, n)
        if total is None:
            continue
        item.text = total
        item.notes.append(f"{item.written!r} is one pack's energy ('each'); battery_energy is "
                          f"all packs': {n} x {item.written} = {item.text} "
                          f"(pack_count {counts[0].text!r})")
