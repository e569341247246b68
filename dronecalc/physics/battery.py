"""Battery packs: stored energy, usable fraction, rate-dependent losses, pack mass.

Private functions work on SI floats and numpy arrays (energy in J, charge in C, power in W);
public functions take Quantities (or figure strings) and return Quantities.

Rate losses
-----------
The default rate-loss model is an **internal resistance** (a Thevenin source without the RC
branch): the pack's terminal voltage sags by ``I R`` and the energy lost as heat grows with
power. It is chosen over Peukert's law because (a) Peukert's exponent was fitted to
lead-acid cells at constant current and lithium cells show little capacity loss with
current, their losses being resistive (voltage sag and heat), and (b) the resistive model is
what multicopter studies validate against flight data (Bauersfeld & Scaramuzza 2022 use a
one-time-constant Thevenin model). Peukert is available as ``method="peukert"``.

References
----------
.. [Bauersfeld2022] Bauersfeld, L. & Scaramuzza, D. (2022). Range, Endurance, and Optimal
   Speed Estimates for Multicopters. IEEE RA-L 7(2), 2953-2960.
   doi:10.1109/LRA.2022.3145063, arXiv:2109.04741.
.. [Plett2015] Plett, G. L. (2015). *Battery Management Systems, Vol. 1: Battery Modeling*.
   Artech House. Ch. 2 (equivalent-circuit models, internal resistance).
.. [Peukert1897] Peukert, W. (1897). Über die Abhängigkeit der Kapazität von der
   Entladestromstärke bei Bleiakkumulatoren. Elektrotechnische Zeitschrift 20.
.. [Prior2018] Prior, S. D. (2018). *Optimal Design of Multirotor UAVs*, ch. 2 "Lithium
   polymer battery power supply". CRC Press. doi:10.1201/9780429428364-2 (LiPo specific
   energy 150-200 Wh/kg).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputValueError, ModelError
from ..intake.units import Q_, to_si

_WH = 3600.0   # J per Wh

#: Battery chemistries: nominal cell voltage [V], pack-level specific energy [Wh/kg]
#: (typical value and range, including case, wiring and BMS), internal-resistance voltage
#: drop at a 1C discharge as a fraction of nominal voltage [-], and sources.
CHEMISTRIES = {
    "lipo": {
        "cell_voltage": 3.7,
        "specific_energy": 165.0, "specific_energy_range": (130.0, 200.0),
        "voltage_drop_1c": 0.005, "voltage_drop_1c_range": (0.002, 0.02),
        "source": "Cell voltage: industry convention (3.0-4.2 V window). Specific energy: "
                  "Prior 2018 gives 150-200 Wh/kg for LiPo; pack-level maker figures: DJI "
                  "TB47S 99.9 Wh / 0.595 kg = 168 Wh/kg, DJI TB48S 129.96 Wh / 0.68 kg = "
                  "191 Wh/kg (Matrice 600 Pro spec sheet, https://www.dji.com/matrice600-pro/"
                  "info). Range edges widened for hobby packs with heavy leads: judgement. "
                  "Not raised to DJI's newer LiPo smart packs (Mavic 3 'LiPo 4S' 77 Wh / "
                  "335.5 g = 230 Wh/kg, Matrice 300 TB60 'LiPo 12S' 274 Wh / 1.35 kg = 203 Wh/kg, "
                  "data/multirotors.toml): LiPo is also the range drawn when no chemistry is "
                  "stated on a machine of 2 kg or more (lighter machines draw over their own "
                  "makers' packs, 148-287 Wh/kg: docs/theory.md section 9.2), and raising it "
                  "to 230 costs doubled claims (measured: benchmarks/pack_energy.py --widen "
                  "lipo). "
                  "Voltage drop 0.5 % at 1C: a pack datasheet bounds it, Grepow GRP9743150 "
                  "(6S 9750 mAh, 23.1 V, 'Internal Impedance <= 15.0 mOhm', Airvolute Stribog "
                  "UAS manual, https://docs.airvolute.com/uas-platforms/nexus-stribog-uas/"
                  "stribog-uas-user-manual/batteries-and-charging/uav-battery-grp9743150/"
                  "battery-grpb048102-5c-23.1v-8200-mah): 9.75 A x 15 mOhm / 23.1 V <= 0.63 % at "
                  "1C; consistent with a pack rated 25C giving ~3.2-3.4 V/cell at 25C (~0.5 %/C "
                  "of 3.7 V). Range 0.2-2 %: judgement around it (cell size, age, cold).",
    },
    "lihv": {
        "cell_voltage": 3.8,
        "specific_energy": 180.0, "specific_energy_range": (150.0, 210.0),
        "voltage_drop_1c": 0.005, "voltage_drop_1c_range": (0.002, 0.02),
        "source": "Cell voltage 3.8 V nominal, 4.35 V full (LiHV convention). Specific energy: "
                  "DJI Phantom 4 battery, 4S LiPo 15.2 V (3.8 V/cell) 81.3 Wh, 0.462 kg = "
                  "176 Wh/kg (DJI Phantom 4 spec sheet); range: judgement around LiPo +5 %. "
                  "Voltage drop 0.5 % at 1C: as LiPo; the Grepow GRP9743150 datasheet quoted "
                  "there is itself a LiHV pack (3.85 V/cell, 4.35-4.40 V open circuit).",
    },
    "liion": {
        "cell_voltage": 3.6,
        "specific_energy": 200.0, "specific_energy_range": (150.0, 290.0),
        "voltage_drop_1c": 0.03, "voltage_drop_1c_range": (0.015, 0.05),
        "source": "Cell voltage 3.6 V (NCA/NMC 18650/21700 convention). Specific energy: "
                  "21700 cells reach 250-270 Wh/kg at cell level (e.g. Samsung INR21700-50E "
                  "datasheet: 5.0 Ah, 3.6 V, 69 g -> 261 Wh/kg); packs keep about 75-90 % of "
                  "that; the low edge covers older 18650 packs. Upper end: the highest "
                  "pack-level figure of a Li-ion pack in data/multirotors.toml, the DJI Mavic 4 "
                  "Pro's '4S Li-ion (LiNiMnCoO2) 6654 mAh / 95.3 Wh / 332 g' = 287 Wh/kg, "
                  "rounded up to 290 (DJI specs as restated in GitHub Dkor-1/sionna2 "
                  "docs/drone_specs_2026.json; the Matrice 4E's Li-ion 4S 99.5 Wh / 401 g = 248 Wh/kg beside it); it was 260, "
                  "below that sourced pack (issue 10, benchmarks/pack_energy.py). Voltage "
                  "drop: estimate from "
                  "cell DC resistance 20-40 mOhm at 1C (5 A); no single source.",
    },
}

#: Full-charge voltage of one lithium cell [V], low and high: 4.2 V for LiPo and Li-ion (the
#: top of LiPo's 3.0-4.2 V window above), 4.35-4.40 V for LiHV (its entry's source: the Grepow
#: pack's 4.35-4.40 V open circuit); the window's 0.05 V slack each side for a maker's
#: rounding is a judgement. No chemistry's nominal voltage (3.6-3.85 V) comes near it.
FULL_CHARGE_CELL = (4.15, 4.45)
#: Above this per-cell voltage a full-charge voltage is LiHV's, below it LiPo's or Li-ion's:
#: the midpoint of 4.2 and 4.35 V (judgement).
LIHV_CHARGE_ABOVE = 4.275


def full_charge_nominal(pack_volts: float, cells: float, chemistry: str | None = None
                        ) -> float | None:
    """The nominal cell voltage [V] to fly a pack stated by its full-charge voltage, or None.

    ``pack_volts`` / ``cells`` within :data:`FULL_CHARGE_CELL` is a full-charge voltage (a
    maker's "6S 25.2V"): a pack's energy is its charge times its *nominal* voltage, so the pack
    is flown at ``cells`` x the nominal cell voltage of ``chemistry`` (a key of
    :data:`CHEMISTRIES`), or, with none stated, of LiHV above :data:`LIHV_CHARGE_ABOVE` per
    cell and of LiPo below. None for any other voltage (taken as stated).
    """
    if not cells >= 1 or not FULL_CHARGE_CELL[0] <= pack_volts / cells <= FULL_CHARGE_CELL[1]:
        return None
    if chemistry in CHEMISTRIES:
        return float(CHEMISTRIES[chemistry]["cell_voltage"])
    key = "lihv" if pack_volts / cells > LIHV_CHARGE_ABOVE else "lipo"
    return float(CHEMISTRIES[key]["cell_voltage"])


#: Rate-loss models selectable with ``method=``.
RATE_LOSS_MODELS = {
    "internal_resistance": "Terminal voltage V_oc - I R; efficiency (1 + sqrt(1 - 4 c d))/2 "
                           "with power C-rate c and 1C voltage-drop fraction d. Valid while "
                           "4 c d < 1 (beyond: the pack cannot deliver the power). Default.",
    "peukert": "Usable charge scaled by (I_1C / I)^(k-1), capped at 1 below 1C; k = 1.05 "
               "for lithium is a guess (Peukert's law was fitted to lead-acid).",
    "none": "No rate losses: efficiency 1.",
}

#: Usable share of nominal energy before landing [-]; 0.8 = the common "80 % rule" of RC
#: practice (a rule of thumb, no formal source); 0.85 is the Vehicle default.
USABLE_FRACTION = {"value": 0.85, "range": (0.7, 0.95),
                   "source": "Rule of thumb: RC practice drains LiPos to 80 % (3.5-3.7 V/cell "
                             "rest); smart packs allow ~90 %; reserve for landing. No formal "
                             "source."}

PEUKERT_EXPONENT = {"value": 1.05, "range": (1.0, 1.1),
                    "source": "Guess for lithium cells; no source fitted to drone packs."}


# ---------------------------------------------------------------- SI core

def _cell_voltage(chemistry):
    try:
        return CHEMISTRIES[chemistry]["cell_voltage"]
    except KeyError:
        raise ModelError("unknown battery chemistry", field="chemistry", value=chemistry,
                         expected=f"one of {sorted(CHEMISTRIES)}") from None


def _specific_energy(chemistry):
    """Typical pack-level specific energy [J/kg] of a chemistry."""
    if chemistry not in CHEMISTRIES:
        _cell_voltage(chemistry)        # raises ModelError
    return CHEMISTRIES[chemistry]["specific_energy"] * _WH


def _pack_energy(charge, voltage, packs=1.0):
    """Nominal energy [J] of ``packs`` packs of ``charge`` [C] at ``voltage`` [V]."""
    return np.asarray(charge, dtype=float) * voltage * packs


def _pack_mass(energy, specific_energy):
    """Pack mass [kg] from energy [J] and specific energy [J/kg]."""
    return np.asarray(energy, dtype=float) / specific_energy


def _rate_efficiency(power, energy, voltage_drop_1c=0.005, method="internal_resistance",
                     peukert_exponent=1.05):
    """Share of drawn chemical energy delivered to the load at constant ``power`` [W].

    ``energy`` [J] is the nominal pack energy (sets the C-rate). ``voltage_drop_1c`` [-] is
    ``I_1C R / V`` for the internal-resistance model. Returns an array in [0, 1]; 0 where
    the pack cannot deliver the power at all (beyond its maximum-power point).
    """
    c_rate = np.asarray(power, dtype=float) * _WH / np.asarray(energy, dtype=float)
    if method == "internal_resistance":
        disc = 1.0 - 4.0 * c_rate * voltage_drop_1c
        return np.where(disc >= 0.0, 0.5 * (1.0 + np.sqrt(np.maximum(disc, 0.0))), 0.0)
    elif method == "peukert":
        with np.errstate(divide="ignore"):
            factor = np.where(c_rate > 1.0, np.maximum(c_rate, 1.0) ** (1.0 - peukert_exponent),
                              1.0)
        return factor
    elif method == "none":
        return np.ones_like(c_rate)
    else:
        raise ModelError("unknown rate-loss model", field="method", value=method,
                         expected=f"one of {sorted(RATE_LOSS_MODELS)}")


def _usable_energy(energy, usable_fraction, power, voltage_drop_1c=0.005,
                   method="internal_resistance"):
    """Energy [J] delivered to the load before landing, at constant ``power`` [W]."""
    return energy * usable_fraction * _rate_efficiency(power, energy, voltage_drop_1c, method)


# ---------------------------------------------------------------- public Quantity API

def pack_voltage(cells, chemistry="lipo"):
    r"""Nominal voltage of a series string of cells.

    Parameters
    ----------
    cells : int, Quantity or str
        Cells in series [-] (``6`` or ``"6S"`` / ``Q_(6, "cell")``).
    chemistry : str
        ``"lipo"`` (3.7 V), ``"lihv"`` (3.8 V) or ``"liion"`` (3.6 V); see ``CHEMISTRIES``.

    Returns
    -------
    Quantity
        Nominal pack voltage :math:`V = N_s V_{cell}` [V].
    """
    n = _cells(cells)
    return Q_(n * _cell_voltage(chemistry), "V")


def _cells(cells):
    if isinstance(cells, (int, float, np.integer, np.floating, list, tuple, np.ndarray)):
        return to_si(cells, "", "cells", positive=True)
    return to_si(cells, "cell", "cells", positive=True)


def pack_energy(capacity, voltage=None, cells=None, chemistry="lipo", packs=1):
    r"""Nominal stored energy of one or several identical packs.

    Parameters
    ----------
    capacity : Quantity or str
        Rated charge of one pack [A h], e.g. ``"18500 mAh"``.
    voltage : Quantity or str, optional
        Nominal pack voltage [V]. Give this or ``cells``.
    cells : int, Quantity or str, optional
        Cells in series [-]; the voltage is then ``cells`` x the chemistry's nominal cell
        voltage.
    chemistry : str
        Used with ``cells``: ``"lipo"``, ``"lihv"`` or ``"liion"``.
    packs : int
        Number of identical packs carried [-].

    Returns
    -------
    Quantity
        Nominal energy :math:`E = n_{packs} Q V` [J] (use ``.to("Wh")`` for watt-hours).

    Notes
    -----
    Nominal energy uses the nominal (mid-discharge) voltage; the energy actually available
    is lower, see :func:`usable_energy`.

    Examples
    --------
    >>> from dronecalc.units import Q_
    >>> round(float(pack_energy(Q_(18500, "mAh"), cells=6).to("Wh").m), 1)
    410.7
    """
    q = to_si(capacity, "C", "capacity", positive=True)
    if voltage is not None and cells is not None:
        raise InputValueError("give voltage or cells, not both", field="voltage", value=voltage,
                              expected="one of voltage, cells")
    elif voltage is not None:
        v = to_si(voltage, "V", "voltage", positive=True)
    elif cells is not None:
        v = _cells(cells) * _cell_voltage(chemistry)
    else:
        raise InputValueError("pack voltage unknown", field="voltage", value=None,
                              expected="voltage or cells")
    n = to_si(packs, "", "packs", positive=True)
    return Q_(_pack_energy(q, v, n), "J")


def pack_mass(energy, chemistry="lipo", specific_energy=None):
    r"""Pack mass from energy and a pack-level specific energy.

    Parameters
    ----------
    energy : Quantity or str
        Nominal pack energy [J or Wh].
    chemistry : str
        Chemistry whose typical specific energy is used (``CHEMISTRIES``).
    specific_energy : Quantity or str, optional
        Pack-level specific energy [J/kg or Wh/kg]; overrides the chemistry's value.

    Returns
    -------
    Quantity
        Pack mass :math:`m = E / e` [kg].
    """
    e = to_si(energy, "J", "energy")
    spec = (_specific_energy(chemistry) if specific_energy is None
            else to_si(specific_energy, "J/kg", "specific_energy", positive=True))
    return Q_(_pack_mass(e, spec), "kg")


def rate_efficiency(power, energy, voltage_drop_1c=0.005, method="internal_resistance"):
    r"""Share of the pack's energy that reaches the load at a constant power draw.

    Parameters
    ----------
    power : Quantity or str
        Electrical power drawn by the load [W].
    energy : Quantity or str
        Nominal energy of the packs [J or Wh]; sets the C-rate.
    voltage_drop_1c : float
        Internal-resistance voltage drop at 1C as a fraction of nominal voltage [-]
        (``CHEMISTRIES[...]["voltage_drop_1c"]``).
    method : str
        ``"internal_resistance"`` (default), ``"peukert"`` or ``"none"``
        (``RATE_LOSS_MODELS``).

    Returns
    -------
    Quantity
        Efficiency [-] in [0, 1]; 0 where the pack cannot supply the power.

    Notes
    -----
    Internal resistance (Plett 2015, ch. 2): :math:`P = V_{oc} I - I^2 R` gives a terminal
    to open-circuit voltage ratio
    :math:`\eta = \tfrac12\left(1 + \sqrt{1 - 4 P R / V_{oc}^2}\right)`. With the power
    C-rate :math:`c = P / (E/1\,h)` and :math:`d = I_{1C} R / V_{oc}`,
    :math:`P R / V_{oc}^2 = c\,d`, so no voltage is needed. Resistance taken constant over
    the discharge; temperature and state of charge effects ignored.
    Peukert: :math:`\eta = c^{-(k-1)}` for :math:`c > 1`.
    """
    p = to_si(power, "W", "power")
    e = to_si(energy, "J", "energy", positive=True)
    d = to_si(voltage_drop_1c, "", "voltage_drop_1c")
    return Q_(_rate_efficiency(p, e, d, method), "")


def usable_energy(energy, usable_fraction=0.85, power=Q_(0.0, "W"), voltage_drop_1c=0.005,
                  method="internal_resistance"):
    r"""Energy delivered to the load before the machine must land.

    Parameters
    ----------
    energy : Quantity or str
        Nominal pack energy [J or Wh].
    usable_fraction : float
        Share of nominal energy drawn (depth of discharge minus landing reserve) [-]
        (``USABLE_FRACTION``).
    power : Quantity or str
        Constant electrical power drawn [W] (for rate losses).
    voltage_drop_1c : float
        See :func:`rate_efficiency` [-].
    method : str
        Rate-loss model, see :func:`rate_efficiency`.

    Returns
    -------
    Quantity
        :math:`E_{use} = E\,u\,\eta(P)` [J].
    """
    e = to_si(energy, "J", "energy", positive=True)
    u = to_si(usable_fraction, "", "usable_fraction")
    if np.any(np.asarray(u) > 1.0):
        raise InputValueError("usable fraction above 1", field="usable_fraction",
                              value=usable_fraction, expected="0 <= fraction <= 1")
    p = to_si(power, "W", "power")
    d = to_si(voltage_drop_1c, "", "voltage_drop_1c")
    return Q_(_usable_energy(e, u, p, d, method), "J")
