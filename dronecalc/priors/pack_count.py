"""One pack for a stated battery mass beside a stated charge and no pack count (issue 10).

A case stating "a single battery pack of 650 g" and its 6000 mAh (``battery_mass`` and
``battery_charge``, no ``pack_count``) describes one battery: its charge and its mass are the
same pack's. The pack count had been drawn from the class table or the fitted relation
(:func:`.conditioned._packs`: 1-2 for a mid-size quadcopter, 1-6 for a hexacopter) while the
battery mass stayed the stated total, so half the machines carried twice the stated charge in
the stated 650 g (the engine's specific-energy constraint then rejected them, and with a stated
voltage at the chemistry's edge the voltage was set aside as "a conflict"). The stated figures
are not contradicted: one pack. A machine that flies several packs of that charge states
their count (``pack_count``), or the energy of all of them (``battery_energy``).
"""
from __future__ import annotations

from dataclasses import replace

#: The note of the one-pack input.
ONE_PACK = ("one pack: the stated battery mass and charge are one battery's (no pack count "
            "stated; several packs of that charge would be pack_count = N)")


def one_pack(out: dict) -> None:
    """Add ``packs`` = 1 to the described inputs ``out`` (name -> Input) when they state a
    ``battery_mass`` and a ``battery_capacity`` and no ``packs``; otherwise leave them."""
    if "packs" in out or "battery_mass" not in out or "battery_capacity" not in out:
        return
    out["packs"] = replace(out["battery_mass"], name="packs", low=1.0, high=1.0,
                           origin="assumption", note=ONE_PACK)
