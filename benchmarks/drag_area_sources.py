"""The multirotor drag area: the sourced figures found, against the checks' prior and the makers'
top speeds (issue 10, drag10; measured, not shipped).

Issue 10 asked for measured drag areas (C_D A) of >= 6 real multirotors to condition the
drag-area prior on a stated mass, because doubled top-speed claims still pass. Found (see
docs/validation.md, drag10 section): three measured bare airframes of one size (NASA 2016, below),
four makers' pitch limits (upper bounds), and one published regression said to be fitted on the
NASA Ames wind-tunnel multicopters:

    f [ft^2] = 0.0327 (W / 1 lb)^0.8903

Kadhiresan & Duffy (2019), "Conceptual Design and Mission Analysis for eVTOL Urban Air Mobility
Flight Vehicle Configurations", AIAA Aviation 2019, doi:10.2514/6.2019-2873, citing Russell et
al. (2018), "Wind Tunnel and Hover Performance Test Results for Multicopter UAS Vehicles", NASA
TM-2018-219758. The coefficient and exponent are read from the code of the eVTOL sizing tool
alfiyandyhr/MCEVS (its OpenMDAO component ``MultirotorParasiteDragViaWeightBasedRegression``,
which cites both; the primary papers were not readable in the corpora). Its data points and
scatter are not given there, so no leave-one-out scatter can be computed; it lies 2.4-2.7x below
the NASA 2016 bare airframes printed last.

This prints, for every machine of ``data/multirotors.toml`` with a top speed and a take-off
mass: that relation's f, the checks' prior f = c m^(2/3) with c = 0.01-0.05
(``airframe.DRAG_AREA_PARAMETERS``), and the largest f at which the maker's top speed can be
flown at the checks' 45 deg tilt limit (f <= W tan 45 / (1/2 rho V^2), sea level; a maker's
top speed is a lower bound of the airframe's, so this bounds f from above only).

Then the four machines of the data whose maker states a maximum pitch angle beside its top
speed (DJI specifications as restated in the GitHub file "BlueSky PRO - Official UAV TTX Dataset
001", search-index file id 69469203988, the same restatement data/multirotors.toml cites for
their masses and speeds): if the top speed is flown at that pitch, the total drag the tilt
balances (airframe and rotors' in-plane force together) is W tan(theta), i.e. an effective
f = W tan(theta) / (1/2 rho V^2); if the speed is capped below the pitch limit, an upper bound.

Then the NASA Ames 2016 entry itself (Russell, Jung, Willink & Glasner 2016, AHS 72nd Forum,
https://rotorcraft.arc.nasa.gov/Publications/files/72-2016-374.pdf): Fig. 30's bare-airframe
Drag/q at 0 deg pitch and Figs. 18/20/22's powered drag at q = 0.48 lb/ft^2 (6.1 m/s), 0 deg, mid
rotor speed, as digitized (low precision, the repository's own label) by SakalioLabs/FPV-Dronecraft
(docs/data/nasa_bare_airframe_drag_digitized_reference.csv,
nasa_powered_full_airframe_drag_digitized_reference.csv), with the nominal flight weights of the
paper's Table 1 as that repository restates them (nasa_powered_lift_digitized_reference.csv); the
PDF itself was not readable here. The bare airframe is what the model's f is (the rotors' in-plane
drag is its own term); the powered drag is compared with f + 2 c L / (rho V), the model's rotor
in-plane force c L V over q at the measured lift L (c = rotor_terms.ROTOR_DRAG).

Run::

    PYTHONPATH=$PWD python benchmarks/drag_area_sources.py
"""
from __future__ import annotations

import numpy as np

from dronecalc.physics.airframe import DRAG_AREA_PARAMETERS
from dronecalc.priors.multirotors import load_multirotors

LB, FT2 = 0.45359237, 0.09290304          # kg per lb, m^2 per ft^2 (exact)
KD_COEFFICIENT, KD_EXPONENT = 0.0327, 0.8903   # Kadhiresan & Duffy 2019, ft^2 at W in lb
RHO, G = 1.225, 9.80665                    # ISA sea level; standard gravity


def kadhiresan_duffy(mass_kg):
    """Equivalent flat-plate area [m^2] of the Kadhiresan & Duffy (2019) fit at a mass [kg]."""
    return KD_COEFFICIENT * (np.asarray(mass_kg, dtype=float) / LB) ** KD_EXPONENT * FT2


def tilt_bound(mass_kg, speed_ms, tilt_deg=45.0):
    """Largest drag area [m^2] that flies ``speed_ms`` level at ``tilt_deg`` (parasite trim)."""
    return mass_kg * G * np.tan(np.radians(tilt_deg)) / (0.5 * RHO * speed_ms ** 2)


#: (name, take-off mass [kg], top speed [m/s], maximum pitch angle [deg]) as the restatement
#: gives them: M350 RTK "max pitch angle 30" with two TB65, 23 m/s; M300 RTK 30, S mode 23 m/s;
#: M30 35, 23 m/s; Mavic 3E "max pitch angle, Sport 35", Sport forward 21 m/s.
PITCH_ROWS = (("DJI Matrice 350 RTK", 6.47, 23.0, 30.0), ("DJI Matrice 300 RTK", 6.3, 23.0, 30.0),
              ("DJI Matrice 30", 3.77, 23.0, 35.0), ("DJI Mavic 3 Enterprise", 0.915, 21.0, 35.0))


#: NASA 2016 digitized rows: (name, nominal flight weight [lb] (Table 1), bare-airframe Drag/q
#: [ft^2] at 0 deg (Fig. 30; q = 0.48 and 1.90 lb/ft^2 where both were read), powered Drag/q
#: [ft^2] and lift [lb] at q = 0.48 lb/ft^2, 0 deg, mid rotor speed (Figs. 18/20/22, 17/19/21)).
NASA_ROWS = (("3DR Solo", 3.3, (0.225, 0.225), 0.75, 3.75),
             ("DJI Phantom 3", 2.8, (0.218,), 0.854, 3.43),
             ("3DR Iris+", 2.8, (0.23, 0.18), 0.5, 2.92))
NASA_Q = 0.48 * 47.880259                  # lb/ft^2 -> Pa


def main() -> None:
    low, high = DRAG_AREA_PARAMETERS["scaling"]["range"]
    rows = [(d["name"], float(d["takeoff_mass"].m_as("kg")), float(d["max_speed"].m_as("m/s")))
            for d in load_multirotors() if "max_speed" in d and "takeoff_mass" in d]
    rows.sort(key=lambda r: r[1])
    print(f"{'machine':30s} {'mass':>6s} {'V_max':>6s} {'K&D f':>7s} {'prior f':>15s} "
          f"{'f at 45 deg':>11s}  K&D / prior low")
    below = 0
    for name, m, v in rows:
        f = float(kadhiresan_duffy(m))
        lo, hi = low * m ** (2 / 3), high * m ** (2 / 3)
        below += f < lo
        print(f"{name:30s} {m:5.2f}kg {v:5.1f} {f:7.4f} {lo:7.4f}-{hi:7.4f} "
              f"{tilt_bound(m, v):11.4f}  {f / lo:.2f}")
    print(f"\nK&D f below the prior's lower end on {below} of {len(rows)} machines; "
          f"equivalent c = f / m^(2/3) at 0.25 / 1 / 10 / 25 kg: "
          + ", ".join(f"{float(kadhiresan_duffy(m)) / m ** (2 / 3):.4f}"
                      for m in (0.25, 1.0, 10.0, 25.0))
          + f" m^2 (prior {low}-{high})")
    from dronecalc.physics.rotor_terms import ROTOR_DRAG
    v = np.sqrt(2 * NASA_Q / RHO)
    print(f"\nNASA 2016 bare airframe (Fig. 30) and powered drag at {v:.1f} m/s "
          f"(Figs. 18/20/22), digitized:")
    for name, w_lb, bare, powered, lift_lb in NASA_ROWS:
        m = w_lb * LB
        f = float(np.mean(bare)) * FT2
        model = f + 2 * ROTOR_DRAG["coefficient"]["value"] * lift_lb * LB * G / (RHO * v)
        print(f"{name:30s} {m:5.2f}kg  bare f {f:.4f} m^2  c {f / m ** (2 / 3):.4f}  "
              f"K&D f {float(kadhiresan_duffy(m)):.4f}  powered {powered * FT2:.4f} m^2, "
              f"bare + rotor in-plane force {model:.4f}")
    print("\nstated maximum pitch angle at the stated top speed (effective f, rotors included):")
    for name, m, v, pitch in PITCH_ROWS:
        f = float(tilt_bound(m, v, pitch))
        print(f"{name:30s} {m:5.2f}kg {v:5.1f} m/s {pitch:4.0f} deg  f_eff {f:.4f} m^2  "
              f"c_eff {f / m ** (2 / 3):.4f}  K&D f {float(kadhiresan_duffy(m)):.4f}")


if __name__ == "__main__":
    main()
