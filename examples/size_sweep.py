"""How big would a quadcopter have to be to carry 3 kg for 120 minutes?

The Green Zone report (examples/cases/green-zone-2021.toml) claims more than 120 minutes in the
air for a "cheap model" quadcopter that carried a 3 kg missile. Instead of testing one machine,
this example asks the question the other way round: sweep rotor diameter and battery mass over
thousands of quadcopters at once (one vectorised call of ``dronecalc.performance`` per set of
assumptions, no loop over machines) and report the smallest machine that stays up for 120 min
at its best-endurance speed with the 3 kg aboard.

Assumptions (printed with the answer):

* empty mass (frame, motors, ESCs, avionics) as a fraction of take-off mass: the range of
  empty / maximum take-off mass in dronecalc's calibration set of real multirotors
  (``dronecalc.load_multirotors()``, makers' figures with sources): its lowest value for the
  generous case, its median for the central case;
* battery specific energy, figure of merit, drive efficiency, usable fraction, drag area and
  payload drag from the library's documented tables and class priors (``battery.CHEMISTRIES``,
  ``uncertainty.PRIOR_SETS["large-lift-quad"]``, ``airframe.DRAG_AREA_PARAMETERS``): the
  favourable end of each range for the generous case, the middle for the central case;
* sea-level standard air, level flight at the best-endurance speed, no wind, no climb;
* rotor size: momentum theory alone rewards ever larger rotors, while the empty-mass fraction
  above does not grow with them. So the answer keeps to rotors no larger than real machines of
  the same take-off mass carry: disk loading (mass / total disk area) at least the 5th
  percentile of the calibrated disk-loading law (``calibration.effective_disk_loading``,
  fitted on the makers' figures of real multirotors of about 1-15 kg; an extrapolation above).
  What unlimited rotors would give is printed too.

    python examples/size_sweep.py
"""
import numpy as np

import dronecalc
from dronecalc.physics.airframe import DRAG_AREA_PARAMETERS
from dronecalc.physics.battery import CHEMISTRIES, USABLE_FRACTION
from dronecalc.priors.calibration import effective_disk_loading
from dronecalc.engine.uncertainty import PRIOR_SETS

PAYLOAD_KG = 3.0
TARGET_MIN = 120.0
ROTORS = 4
DIAMETERS_IN = np.arange(10.0, 61.0, 1.0)          # rotor diameter grid [in]
BATTERY_KG = np.arange(0.5, 60.01, 0.5)             # battery mass grid (all packs) [kg]
TABLE_IN = (15, 20, 24, 30, 40, 50, 60)             # diameters shown in the table [in]


def empty_fractions() -> np.ndarray:
    """Empty mass / maximum take-off mass of every calibration drone that states both."""
    out = []
    for drone in dronecalc.load_multirotors():
        if "empty_mass" in drone and "max_takeoff_mass" in drone:
            out.append((drone["empty_mass"] / drone["max_takeoff_mass"]).m_as(""))
    return np.array(sorted(out))


def scenarios() -> dict[str, dict]:
    """Generous (every assumption at its favourable end) and central (middle) values."""
    priors = PRIOR_SETS["large-lift-quad"]
    fractions = empty_fractions()

    def ends(prior):
        return prior.low, prior.high

    fm, eta = ends(priors["figure_of_merit"]), ends(priors["drive_efficiency"])
    usable = USABLE_FRACTION["range"]
    drag = DRAG_AREA_PARAMETERS["scaling"]["range"]
    payload_drag = ends(priors["payload_drag_area"])
    avionics = ends(priors["avionics_power"])
    out = {}
    for chem in ("lipo", "liion"):
        energy = CHEMISTRIES[chem]["specific_energy_range"]
        out[f"generous, {chem}"] = {
            "empty_fraction": fractions.min(), "specific_energy": energy[1],
            "figure_of_merit": fm[1], "drive_efficiency": eta[1], "usable_fraction": usable[1],
            "drag_coefficient": drag[0], "payload_drag_area": payload_drag[0],
            "avionics_power": avionics[0]}
    energy = CHEMISTRIES["lipo"]["specific_energy_range"]
    out["central, lipo"] = {
        "empty_fraction": float(np.median(fractions)), "specific_energy": np.mean(energy),
        "figure_of_merit": np.mean(fm), "drive_efficiency": np.mean(eta),
        "usable_fraction": np.mean(usable), "drag_coefficient": np.mean(drag),
        "payload_drag_area": np.mean(payload_drag), "avionics_power": np.mean(avionics)}
    return out


def sweep(a: dict) -> dict[str, np.ndarray]:
    """Every (rotor diameter, battery mass) quadcopter of the grid at once: shape (nD, nB)."""
    diameter = DIAMETERS_IN[:, None] * 0.0254
    battery = BATTERY_KG[None, :]
    takeoff = (PAYLOAD_KG + battery) / (1.0 - a["empty_fraction"])
    machines = dronecalc.Vehicle(
        rotors=ROTORS, rotor_diameter=diameter, empty_mass=a["empty_fraction"] * takeoff,
        battery_mass=battery, battery_energy=battery * a["specific_energy"] * 3600.0,
        payload_mass=PAYLOAD_KG, figure_of_merit=a["figure_of_merit"],
        drive_efficiency=a["drive_efficiency"], usable_fraction=a["usable_fraction"],
        drag_area=a["drag_coefficient"] * takeoff ** (2.0 / 3.0),
        payload_drag_area=a["payload_drag_area"], avionics_power=a["avionics_power"])
    out = dronecalc.performance(machines)
    disk_area = ROTORS * np.pi * diameter ** 2 / 4.0
    lightest = effective_disk_loading(out["takeoff_mass"], quantiles=(0.05,))[0]   # [kg/m^2]
    out["real_size"] = out["takeoff_mass"] / disk_area >= lightest
    return out


def answer(name: str, a: dict) -> None:
    perf = sweep(a)
    minutes = perf["max_endurance"] / 60.0
    ok = minutes >= TARGET_MIN
    print(f"{name}: empty mass {a['empty_fraction']:.0%} of take-off mass, "
          f"{a['specific_energy']:.0f} Wh/kg, FM {a['figure_of_merit']:.2f}, drive "
          f"{a['drive_efficiency']:.2f}, usable {a['usable_fraction']:.2f}, drag "
          f"{a['drag_coefficient']:.3f} m^2/kg^(2/3), payload drag {a['payload_drag_area']:.3f} "
          f"m^2, avionics {a['avionics_power']:.0f} W")
    for label, allowed in (("rotors no larger than real machines of that mass carry",
                            perf["real_size"]),
                           ("rotors of any size (momentum theory unchecked)",
                            np.ones_like(ok))):
        reach = ok & allowed
        longest = np.max(np.where(allowed, minutes, 0.0))
        print(f"  {label}: longest endurance {longest:.0f} min")
        if not reach.any():
            print(f"    no quadcopter of the grid (rotors {DIAMETERS_IN[0]:.0f}-"
                  f"{DIAMETERS_IN[-1]:.0f} in, battery up to {BATTERY_KG[-1]:.0f} kg) reaches "
                  f"{TARGET_MIN:.0f} min with {PAYLOAD_KG:g} kg")
            continue
        mass = np.where(reach, perf["takeoff_mass"], np.inf)
        i, j = np.unravel_index(np.argmin(mass), mass.shape)
        print(f"    smallest reaching {TARGET_MIN:.0f} min: take-off mass "
              f"{perf['takeoff_mass'][i, j]:.1f} kg with {BATTERY_KG[j]:.1f} kg of battery and "
              f"four {DIAMETERS_IN[i]:.0f} in rotors (disk loading "
              f"{perf['disk_loading'][i, j]:.0f} N/m^2, hover power "
              f"{perf['hover_power'][i, j] / 1000:.2f} kW, best-endurance speed "
              f"{perf['best_endurance_speed'][i, j] * 3.6:.0f} km/h)")
    print("  rotor diameter -> lightest battery reaching the target (take-off mass), "
          "real-size rotors only")
    for d in TABLE_IN:
        row = int(np.argmin(np.abs(DIAMETERS_IN - d)))
        allowed = perf["real_size"][row]
        hits = np.nonzero(ok[row] & allowed)[0]
        if hits.size:
            j = hits[0]
            text = f"{BATTERY_KG[j]:.1f} kg ({perf['takeoff_mass'][row, j]:.1f} kg)"
        elif allowed.any():
            text = f"none (at most {np.max(minutes[row][allowed]):.0f} min)"
        else:
            text = "none: too large for any machine of the grid"
        print(f"    {d:>3} in: {text}")
    print()


def main() -> None:
    print(f"A quadcopter carrying {PAYLOAD_KG:g} kg for {TARGET_MIN:.0f} min: "
          f"{DIAMETERS_IN.size * BATTERY_KG.size:,} machines per set of assumptions\n")
    for name, values in scenarios().items():
        answer(name, values)
    fractions = empty_fractions()
    print(f"Empty-mass fractions of the calibration set at maximum take-off mass: "
          f"{', '.join(f'{f:.2f}' for f in fractions)} (dronecalc/data/multirotors.toml).")
    print("The Green Zone report calls its machine 'a cheap model with limited range'.")


if __name__ == "__main__":
    main()
