"""Load-dependent drive and pack losses: what a payload costs beyond hover power (issue 12).

The efficiency a machine is credited with (figure of merit x drive efficiency x usable
fraction, fitted or drawn) holds at its **reference** load, hovering at its take-off mass
without payload (``empty_mass + battery_mass``). A payload raises the thrust, the motor
current and the pack's C-rate; two sourced mechanisms then change the drive efficiency and
the usable energy. Both are written relative to the reference, so a machine flying without
payload is exactly as before, and both are **off** by default (coefficients 0): see
docs/validation.md, "load-dependent losses", for the measurement that decides it.

1. Motor losses (Drela 2007, first-order DC motor model): electrical input = shaft power +
   copper loss i^2 R + no-load loss i_0 v. With shaft torque Q = (i - i_0) / K_Q (K_Q from
   Kv), Q proportional to thrust and rotor speed Omega to sqrt(thrust) (a fixed-pitch rotor at
   constant C_T and C_Q; Leishman 2006 ch. 2), at a weight ratio x = W / W_ref in hover:
   copper loss / shaft power = a sqrt(x), no-load loss / shaft power = b / x, with a and b
   their shares at the reference hover. The drive efficiency becomes
   ``eta_d (1 + a + b) / (1 + a sqrt(x) + b / x)``.

2. Pack voltage sag at a loaded-voltage cut-off (Chen & Rincon-Mora 2006): the terminal
   voltage is V_oc(SOC) - I R. A machine that lands at a terminal-voltage threshold reaches
   it at a higher state of charge when the current is higher. With the open-circuit curve of
   Chen & Rincon-Mora (their fitted polymer Li-ion cell, normalised to 3.7 V nominal), the
   cut-off open-circuit voltage at the reference is the one that leaves the usable fraction u;
   at the C-rate c it is higher by ``w (c - c_ref) d`` (d the 1C drop of
   ``battery.CHEMISTRIES``, as a fraction of nominal), and the usable fraction is the energy
   above the new end point. ``w`` weighs the mechanism: 1 = landing on loaded voltage, 0 =
   landing on counted charge (smart packs estimate the charge; then the sag moves no end point).
   Hover C-rates: c_ref from the ideal hover power at W_ref over FM x eta_d, c = c_ref x^1.5.

Both factors are speed-independent (evaluated in hover at the flight's weight), so neither
moves a best-endurance or best-range speed: a monotone loss on the shaft power cannot move
the speed of minimum power.

References
----------
.. [Drela2007] Drela, M. (2007). First-Order DC Electric Motor Model. MIT Aero & Astro,
   http://web.mit.edu/drela/Public/web/qprop/motor1_theory.pdf (i = (v - Omega/Kv) / R,
   Q = (i - i_0) / K_Q, efficiency (1 - i_0 / i)(1 - i R / v)).
.. [Chen2006] Chen, M. & Rincon-Mora, G. A. (2006). Accurate electrical battery model capable
   of predicting runtime and I-V performance. IEEE Trans. Energy Conversion 21(2), 504-511.
   doi:10.1109/TEC.2006.874229. Open-circuit voltage of their polymer Li-ion cell
   V_oc = -1.031 e^(-35 SOC) + 3.685 + 0.2156 SOC - 0.1178 SOC^2 + 0.3201 SOC^3 [V]
   (coefficients as restated in the GitHub file dhollenbeck1/CBMS
   simulate_chenRinconMoraModel.m, search-index; the paper itself was not read).
"""
from __future__ import annotations

import numpy as np

from .atmosphere import ISA_CONSTANTS

_G = ISA_CONSTANTS["gravity"]        # standard gravity g0 [m/s^2]
_WH = 3600.0

#: The coefficients and what they mean; all default to 0 (off).
LOAD_LOSS_FIELDS = {
    "drive_copper_loss": "copper loss i^2 R / shaft power in hover at the reference mass [-]",
    "drive_idle_loss": "no-load loss i_0 v / shaft power in hover at the reference mass [-]",
    "cutoff_sag_weight": "weight of the loaded-voltage cut-off (1) against a charge-counted "
                         "cut-off (0) [-]",
}

_CHEN = (-1.031, -35.0, 3.685, 0.2156, -0.1178, 0.3201)
_SOC = np.linspace(0.0, 1.0, 401)


def _chen_ocv(soc):
    """Open-circuit voltage [V] of Chen & Rincon-Mora's cell at state of charge ``soc``."""
    a, b, c0, c1, c2, c3 = _CHEN
    s = np.asarray(soc, dtype=float)
    return a * np.exp(b * s) + c0 + c1 * s + c2 * s * s + c3 * s ** 3


_V = _chen_ocv(_SOC) / 3.7                       # per unit of nominal, rising in SOC
_STEP = np.diff(_SOC)
_ABOVE = np.concatenate([np.cumsum((0.5 * (_V[1:] + _V[:-1]) * _STEP)[::-1])[::-1], [0.0]])
_ABOVE = _ABOVE / _ABOVE[0]                      # share of the energy above each SOC


def _cutoff_factor(usable, c_rate, c_ref, drop_1c, weight):
    """Usable fraction at C-rate ``c_rate`` over the one at ``c_ref`` [-] (array).

    ``usable`` is the usable share of energy at ``c_ref``; its end SOC s_ref solves
    share-above(s) = u; the end point at ``c_rate`` has V_oc(s) = V_oc(s_ref) + w (c - c_ref) d.
    """
    u = np.clip(np.asarray(usable, dtype=float), 1e-6, 1.0)
    s_ref = np.interp(-u, -_ABOVE, _SOC)                 # _ABOVE falls with SOC
    v_end = np.interp(s_ref, _SOC, _V) + weight * (c_rate - c_ref) * drop_1c
    s_end = np.interp(v_end, _V, _SOC)                   # clipped to [0, 1]
    return np.interp(s_end, _SOC, _ABOVE) / u


def _drive_factor(x, copper, idle):
    """Drive efficiency at weight ratio ``x`` over the one at the reference (x = 1) [-]."""
    return (1.0 + copper + idle) / (1.0 + copper * np.sqrt(x) + idle / x)


def active(a) -> bool:
    """True when any load-loss coefficient in ``a`` is non-zero."""
    return any(np.any(np.asarray(a.get(k, 0.0)) != 0.0) for k in LOAD_LOSS_FIELDS)


def _load_adjusted(a):
    """``a`` (Vehicle arrays with ``weight``) with ``drive_efficiency`` and ``usable_fraction``
    replaced by their values at the flight's weight; ``a`` itself when the losses are off."""
    if not active(a):
        return a
    a = dict(a)
    ref = (np.asarray(a["empty_mass"], dtype=float) + a["battery_mass"]) * _G
    x = np.asarray(a["weight"], dtype=float) / ref
    eta = np.asarray(a["drive_efficiency"], dtype=float)
    area = 0.25 * np.pi * np.square(a["rotor_diameter"]) * a["rotors"]
    hover = (ref ** 1.5 / np.sqrt(2.0 * a["air_density"] * area) * a.get("overlap_factor", 1.0)
             / (a["figure_of_merit"] * eta) + a.get("avionics_power", 0.0))
    c_ref = hover * _WH / a["battery_energy"]
    a["drive_efficiency"] = eta * _drive_factor(x, a.get("drive_copper_loss", 0.0),
                                                a.get("drive_idle_loss", 0.0))
    w = a.get("cutoff_sag_weight", 0.0)
    if np.any(np.asarray(w) != 0.0):
        a["usable_fraction"] = a["usable_fraction"] * _cutoff_factor(
            a["usable_fraction"], c_ref * x ** 1.5, c_ref, a["battery_voltage_drop_1c"], w)
    return a
