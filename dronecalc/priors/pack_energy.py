"""The pack specific energy of a small camera machine, from its makers' packs (review 20).

With no chemistry stated, the packs' specific energy was LiPo's 130-200 Wh/kg
(``battery.CHEMISTRIES``) at every mass, while the camera machines' own packs run 148-287
Wh/kg (Mavic 3 230, EVO Max 4T V2 257, Mavic 4 Pro 287: energy over pack mass, each sourced
in ``data/multirotors.toml`` and ``data/multirotors_priors.toml``). The pack models of the data
(one row each) split at the class line ``conditioned.CLASS_MASSES[0]`` (2 kg): the nine
below it average 215 Wh/kg (ln scatter 0.21), the six of 2-9.1 kg 182 Wh/kg (0.089); the
difference is 2.1 standard errors (Welch), past the two the relations keep a term at
(``conditioned.TREND_T``). No trend with mass within either group (the pooled fit's slope is
within 2 s.e. of zero: ``conditioned.relations()["specific_energy"]``).

So a machine whose stated take-off mass (without payload) puts it below 2 kg, with no
chemistry stated, draws its packs' specific energy over the lowest to the highest of the
small machines' packs (a distribution-free interval of coverage (n - 1)/(n + 1), Wilks 1941,
as the pooled relations of :mod:`.conditioned`). Heavier machines keep the chemistry's range:
their six pack models, 165-203 Wh/kg, lie within LiPo's sourced 130-200 but for the
Matrice 300's 203, and six rows give an interval of coverage 5/7 only, narrower than the
hobby packs LiPo's range covers.
"""
from __future__ import annotations

import math

from .conditioned import CLASS_MASSES, _span, rows_in_use
from .tables import Prior


def small_machine_packs() -> list[dict]:
    """The pack models (one row each) of the machines lighter than ``CLASS_MASSES[0]``
    that source a specific energy, the machines held out excepted."""
    rows = [r for r in rows_in_use() if "specific_energy" in r and r["mass"] < CLASS_MASSES[0]]
    return list({r["pack"]: r for r in rows}.values())


def specific_energy_prior(mass: tuple[float, float] | None) -> Prior | None:
    """The specific-energy prior [Wh/kg] at take-off mass ``mass`` [kg] (without payload, low
    and high end): the small machines' observed range when the whole of ``mass`` lies below
    ``CLASS_MASSES[0]``, else None (the chemistry's range stands; also when no mass is
    stated, ``mass`` None: the class priors then size the machine)."""
    if mass is None:
        return None
    if math.sqrt(mass[0] * mass[1]) >= CLASS_MASSES[0] or mass[1] >= CLASS_MASSES[0]:
        return None
    rows = small_machine_packs()
    if len(rows) < 4:
        return None
    values = sorted(r["specific_energy"] for r in rows)
    n = len(values)
    return Prior(values[0], values[-1], (
        f"no chemistry stated; take-off mass {_span(mass)} kg without payload, "
        f"below {CLASS_MASSES[0]:g} kg: the lowest to the highest specific energy of the {n} "
        f"pack models of real machines of that size ({values[0]:.3g}-{values[-1]:.3g} Wh/kg, "
        f"a distribution-free interval of coverage {n - 1}/{n + 1}; data/multirotors.toml, "
        "data/multirotors_priors.toml; priors.pack_energy)"), judgement=False)


def energy_per_mass_limit(mass: tuple[float, float] | None) -> Prior | None:
    """The highest battery energy per kg of take-off mass (without payload) [Wh/kg] of the
    real machines below ``CLASS_MASSES[0]``, as an exact prior, where
    :func:`specific_energy_prior` applies (else None).

    Drawn as battery share x specific energy, independently, the energy per kg reaches
    0.429 x 287 = 123 Wh/kg, where the 26 small machines that source an energy
    (``conditioned.prior_rows``, key ``energy``: all packs / mass) carry 30-90 Wh/kg: a pack
    of the best cells is not also the largest share of the machine. The highest observed is
    the bound (a new machine exceeds it with probability 1/(n + 1), distribution-free).
    """
    if specific_energy_prior(mass) is None:
        return None
    rows = [r for r in rows_in_use() if "energy" in r and r["mass"] < CLASS_MASSES[0]]
    best = max(rows, key=lambda r: r["energy"] / r["mass"])
    value = best["energy"] / best["mass"]
    return Prior(value, value, (
        f"the highest battery energy per kg of take-off mass of the {len(rows)} real machines "
        f"under {CLASS_MASSES[0]:g} kg that source their packs' energy ({value:.3g} Wh/kg, "
        f"{best['name']}; data/multirotors.toml; priors.pack_energy)"), judgement=False)
