r"""Take-off mass inferred from a stated payload or warhead, and a piston engine's power from
the take-off mass (issue #13, seventh review: news stories state neither).

A news story about a one-way attack drone or a loitering munition often states its warhead
and its range but not its take-off mass; a fixed-wing claim is judged at the take-off mass
(wing loading, fuel or battery as a share of it), so such a case was "not judged". This module
fits, on the aircraft of ``data/fixed_wing.toml`` that state both a take-off mass and a payload
(or warhead, where no payload is stated: the same rows as the payload-fraction law of
:func:`dronecalc.priors.fixed_wing.fitted_relations`),

.. math:: \ln m = a + b \ln m_p + \varepsilon, \qquad \varepsilon \sim N(0, s^2),

by least squares (the regression of the quantity to be predicted on the one stated, not the
inverse of the payload-fraction law), and gives the prediction interval for one new aircraft,

.. math:: \ln m_{new} = a + b x + t_{n-2}(p)\, s \sqrt{1 + 1/n + (x - \bar x)^2 / S_{xx}},

Student t with n - 2 degrees of freedom and the leverage of x (the standard regression
prediction interval: Hahn, G. J. & Meeker, W. Q. (1991), *Statistical Intervals*, Wiley; Draper
& Smith (1998), *Applied Regression Analysis*, 3rd ed., sec. 3.1). A case that states its
payload but no take-off mass draws its take-off mass uniformly between the interval's
:data:`MASS_PERCENTILES` (the convention of the span law where no span is stated), labelled
"inferred" in its assumptions and findings: every result then rests on it.

Which payload: the data's payloads are makers' maximum payloads (and the two warheads,
Shahed-136 and Lancet-3, a munition's whole load), so the law gives the mass of an aircraft
whose *maximum* payload is the stated one; a case's payload smaller than its machine's maximum
gives too light a machine (said in the note). The class (one-way attack or not) was tried as a
second term and not kept: the data hold two warhead rows, and the term raised the
leave-one-aircraft-out error (docs/validation.md, *Fixed wings*, seventh review). Nor is the
span kept as a second predictor where a case states one: it lowered the in-sample scatter
(0.47 -> 0.38) and raised the leave-one-out error (0.50 -> 0.52, on the 20 rows with both).
The aircraft's name is never used.

The same regression of ln P on ln m over the combustion rows that state both
(:func:`power_law`, 5 rows) gives a piston case with no stated engine power its rated power
(:func:`inferred_power`), for the top speed and the ceiling only; it is weak beyond the fitted
masses (the heaviest row held out is 5.9 predictive sd off), which its note says.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..errors import DroneCalcError, InputValueError

#: Percentiles [%] of the prediction interval the inferred take-off mass is drawn between
#: (uniformly in mass, as the span law's p5-p95 where no span is stated): a convention.
MASS_PERCENTILES = (5.0, 95.0)
#: The first words of an inferred take-off mass's note (how the checks know it is inferred).
INFERRED = "inferred, not stated"


@dataclass(frozen=True)
class LogLaw:
    """ln y = ln(coefficient) + exponent ln x, with its scatter and leverage terms (y the
    take-off mass and x the payload, or y the engine power and x the take-off mass)."""

    coefficient: float
    exponent: float
    sigma_ln: float          # s, residual standard deviation (n - 2 degrees of freedom)
    names: tuple[str, ...]
    x_range: tuple[float, float]   # smallest and largest x fitted
    mean_ln: float           # mean of ln x
    sxx: float               # sum of (ln x - mean)^2

    @property
    def n(self) -> int:
        return len(self.names)

    def median(self, payload) -> np.ndarray:
        """The law's median take-off mass [kg] at ``payload`` [kg]."""
        return self.coefficient * np.asarray(payload, dtype=float) ** self.exponent

    def predictive_sd(self, payload) -> np.ndarray:
        """s sqrt(1 + 1/n + (x - xbar)^2 / Sxx) at ``payload`` [kg]."""
        x = np.log(np.asarray(payload, dtype=float))
        return self.sigma_ln * np.sqrt(1.0 + 1.0 / self.n + (x - self.mean_ln) ** 2 / self.sxx)

    def at(self, payload, percentile) -> np.ndarray:
        """The take-off mass [kg] at ``percentile`` [%] of the prediction interval."""
        from scipy.special import stdtrit        # Student t quantile; imported on first use
        t = stdtrit(self.n - 2, np.asarray(percentile, dtype=float) / 100.0)
        return self.median(payload) * np.exp(t * self.predictive_sd(payload))

    def interval(self, low: float, high: float) -> tuple[float, float]:
        """The take-off mass band [kg] for a payload stated as ``low``-``high`` [kg]: the
        :data:`MASS_PERCENTILES` ends at the payload's ends (a draw lighter than its payload
        and fuel or battery is rejected by the empty-mass constraint, as any other)."""
        return (float(self.at(low, MASS_PERCENTILES[0])),
                float(self.at(high, MASS_PERCENTILES[1])))

    #: How :meth:`describe` names the law: (y, x, y unit, x unit).
    words: tuple[str, str, str, str] = ("m", "m_p", "kg", "payloads")

    def describe(self) -> str:
        y, x, unit, xs = self.words
        return (f"{y} = {self.coefficient:.3g} {x}^{self.exponent:.3f} [{unit}], scatter "
                f"x{math.exp(self.sigma_ln):.2f} (sigma_ln {self.sigma_ln:.2f}), n = {self.n}, "
                f"{xs} {self.x_range[0]:.3g}-{self.x_range[1]:.3g} kg")


def payload_rows(rows) -> list[tuple[float, float, str]]:
    """(payload or warhead [kg], take-off mass [kg], name) of the rows that state both: the
    payload where stated, else the warhead (the rows of the payload-fraction law)."""
    out = []
    for r in rows:
        if "takeoff_mass" not in r:
            continue
        p = r.get("payload") or r.get("warhead")
        if p is not None:
            out.append((p.mid, r["takeoff_mass"].mid, r["name"]))
    return out


def fit_mass_law(pairs, words=LogLaw.words) -> LogLaw:
    """Least squares of ln y on ln x over ``pairs`` of (x, y, name), e.g. (payload, mass,
    name); n >= 4 (a prediction interval on n - 2 degrees of freedom)."""
    if len(pairs) < 4:
        raise DroneCalcError(f"too few rows to fit {words[0]} on {words[1]}",
                             value=len(pairs), expected=">= 4")
    p, m, names = zip(*pairs)
    x, y = np.log(np.asarray(p, dtype=float)), np.log(np.asarray(m, dtype=float))
    slope, intercept = np.polyfit(x, y, 1)
    resid = y - (intercept + slope * x)
    sigma = float(np.sqrt(np.sum(resid ** 2) / (x.size - 2)))
    return LogLaw(float(math.exp(intercept)), float(slope), sigma, tuple(names),
                  (float(min(p)), float(max(p))), float(np.mean(x)),
                  float(np.sum((x - np.mean(x)) ** 2)), tuple(words))


@lru_cache(maxsize=64)
def mass_law(without: str | None = None) -> LogLaw:
    """The shipped law, fitted on every payload row of the data (``without``: except that
    aircraft, for the leave-one-out check)."""
    from .fixed_wing import _load       # the data set (its loader validates it)
    return fit_mass_law([r for r in payload_rows(_load()) if r[2] != without])


def leave_one_out(which: str = "mass") -> list[tuple[str, float, float, float]]:
    """Per row of the ``which`` law (``"mass"``: :func:`mass_law`, ``"power"``:
    :func:`power_law`): (name, stated y, the fold's median, z = ln error / the fold's
    predictive sd), each predicted by the law refitted without it."""
    from .fixed_wing import _load
    if which == "mass":
        pairs, words = payload_rows(_load()), LogLaw.words
    else:
        pairs, words = _power_rows(), power_law().words
    out = []
    for x, y, name in pairs:
        law = fit_mass_law([p for p in pairs if p[2] != name], words)
        med = float(law.median(x))
        out.append((name, y, med, math.log(y / med) / float(law.predictive_sd(x))))
    return out


def inferred_mass_source(law: LogLaw, payload_note: str) -> str:
    """The assumption text of an inferred take-off mass."""
    lo, hi = MASS_PERCENTILES
    return (f"{INFERRED}: p{lo:.0f}-p{hi:.0f} of the take-off mass of an aircraft "
            f"whose payload is {payload_note}, {law.describe()}, fitted on the aircraft of "
            "data/fixed_wing.toml that state a payload or warhead (their maximum payloads; "
            "priors.fixed_wing_mass, prediction interval with Student t)")


def inferred_mass(payload) -> tuple[float, float, str, str]:
    """(low, high [kg], origin, note) of the take-off mass a case states only through its
    payload ``payload`` (an input with ``low``, ``high`` [kg] and ``note``).

    A payload of at most 0 kg infers nothing (a log law; every aircraft carries "no payload")
    and is refused, naming the figure; a range from 0 ("0-5 kg") is inferred from its positive
    part, from the smallest payload fitted (or its high end, if below that) up, said in the
    note; a payload outside the fitted payloads is extrapolated, said in the note too, as
    :func:`inferred_power` does."""
    law = mass_law()
    if payload.high <= 0.0:
        raise InputValueError(
            f"a payload of {payload.high:.4g} kg ({payload.note}) gives no take-off mass to "
            "infer from (the law is fitted on aircraft that carry one)", field="payload",
            value=f"{payload.high:.4g} kg",
            expected="a payload above 0 kg, or a stated takeoff_mass (role = \"input\") or "
                     "[vehicle] mass, which the take-off mass is then taken from")
    stated = (f"{payload.low:.4g} kg" if payload.low == payload.high
              else f"{payload.low:.4g}-{payload.high:.4g} kg")
    low, extra = payload.low, ""
    if low <= 0.0:
        low = min(law.x_range[0], payload.high)
        extra = (f"; the payload's low end of {payload.low:.4g} kg infers nothing, so the mass "
                 f"is inferred from {low:.4g}-{payload.high:.4g} kg (the smallest payload "
                 "fitted, or the stated high end)")
    if low < law.x_range[0] or payload.high > law.x_range[1]:
        extra += (f"; extrapolated beyond the fitted payloads of {law.x_range[0]:.3g}-"
                  f"{law.x_range[1]:.3g} kg, where the law has no data and the interval is "
                  "too narrow")
    lo, hi = law.interval(low, payload.high)
    return (lo, hi, "calibration",
            f"{inferred_mass_source(law, stated)}{extra} ({payload.note})")


def is_inferred(inp) -> bool:
    """Whether a take-off mass input was inferred from the payload (:func:`inferred_mass`)."""
    return inp.note.startswith(INFERRED)


#: The words that mark a take-off mass inferred from the wingspan (priors.fixed_wing_span_mass).
FROM_SPAN = "of an aircraft whose wingspan is"


def is_from_span(inp) -> bool:
    """Whether a take-off mass input was inferred from the wingspan
    (priors.fixed_wing_span_mass)."""
    return is_inferred(inp) and FROM_SPAN in inp.note


def inferred_from(inp) -> str:
    """What an inferred take-off mass is inferred from: "the wingspan" or "the payload"."""
    return "the wingspan" if is_from_span(inp) else "the payload"


def inferred_note(inp) -> str:
    """The finding note of a run whose take-off mass is inferred."""
    if is_from_span(inp):
        return (f"The source states no take-off mass: it is inferred from the wingspan, "
                f"{inp.low:.4g}-{inp.high:.4g} kg ({inp.note.removeprefix(INFERRED + ': ')}). "
                "Every result here rests on it, and it is wide: a dense airframe comes out far "
                "too light (a one-way attack drone's: the Shahed-136's 2.5 m give 10 kg for its "
                "200 kg). A stated take-off mass, payload or maximum payload replaces it.")
    return (f"The source states no take-off mass: it is inferred from the payload, "
            f"{inp.low:.4g}-{inp.high:.4g} kg ({inp.note.removeprefix(INFERRED + ': ')}). "
            "Every result here rests on it; a payload below the machine's maximum makes it "
            "too light. A stated take-off mass replaces it.")


# --------------------------------------------------------------------------- engine power

@lru_cache(maxsize=8)
def power_law() -> LogLaw:
    """Shaft power [W] on take-off mass [kg] of the combustion rows of the data that state
    both (the rows of ``fit_excluding``'s ``engine_power``, which sets the BSFC class of an
    engine whose power is not stated), with its prediction interval."""
    return fit_mass_law(_power_rows(), ("P", "m", "W", "take-off masses"))


def _power_rows() -> list[tuple[float, float, str]]:
    from .fixed_wing import BENCHMARK_KINDS, _load, energy_class
    return [(r["takeoff_mass"].mid, r["engine_power"].mid, r["name"]) for r in _load()
            if energy_class(r["kind"]) == "fuel" and r["kind"] in BENCHMARK_KINDS
            and "takeoff_mass" in r and "engine_power" in r]


def inferred_power(mass) -> tuple[float, float, str, str]:
    """(low, high [W], origin, note) of the rated shaft power of a combustion aircraft whose
    source states none: p5-p95 of :func:`power_law`'s prediction interval at the take-off
    mass input ``mass``'s ends. It sets only what needs a power (top speed, ceiling, the
    kinematic cross-check, and which machines can hold level flight at the speeds range and
    flight time are flown at: engine.fixed_wing.level_flight); the BSFC class keeps
    ``bsfc_for_mass``. This is the band the draws span; each machine's power is drawn at its
    own take-off mass (``engine_power_percentile``, engine.fixed_wing_power)."""
    law = power_law()
    lo, hi = MASS_PERCENTILES
    beyond = ""
    if mass.low < law.x_range[0] or mass.high > law.x_range[1]:
        rows = {r[2]: r[0] for r in _power_rows()}
        name, y, med, z = max(leave_one_out("power"), key=lambda r: rows[r[0]])
        beyond = (f"; extrapolated beyond the fitted {law.x_range[0]:.3g}-"
                  f"{law.x_range[1]:.3g} kg, where the interval is too narrow: the heaviest "
                  f"row held out, {name}, comes out {100 * (y / med - 1):+.0f} %, z {z:+.1f}")
    return (float(law.at(mass.low, lo)), float(law.at(mass.high, hi)), "calibration",
            f"{INFERRED}: p{lo:.0f}-p{hi:.0f} of the rated shaft power of a combustion "
            f"aircraft of {masses_text(mass)}, {law.describe()}, fitted on the "
            "combustion aircraft of data/fixed_wing.toml that state both (priors."
            f"fixed_wing_mass, prediction interval with Student t{beyond})")


def masses_text(mass) -> str:
    """The take-off mass input ``mass`` as a note writes it: ``300 kg`` when it is one value
    (a stated mass), ``200-300 kg`` for a band, never ``300-300 kg``."""
    return (f"{mass.low:.4g} kg" if mass.low == mass.high
            else f"{mass.low:.4g}-{mass.high:.4g} kg")


def inferred_notes(inputs, key: str) -> list[str]:
    """The notes of a finding whose inputs hold an inferred take-off mass (every finding) or
    an inferred engine power (the findings that use it: speed, ceiling, and range and
    flight time, where it decides which machines can hold level flight)."""
    notes = [inferred_note(inputs["takeoff_mass"])] if is_inferred(inputs["takeoff_mass"]) \
        else []
    power = inputs.get("engine_power")
    if power is not None and is_inferred(power) and key.startswith(
            ("top_speed", "ceiling", "max_range", "max_endurance", "range_at", "endurance_at")):
        # an electric wing's motors (priors.fixed_wing_motor's note says so) or an engine
        what = ("motor power" if "of the electric motors" in power.note else "engine power")
        notes.append(f"The source states no {what}: it is inferred from the take-off "
                     f"mass, {power.low / 1e3:.3g}-{power.high / 1e3:.3g} kW "
                     f"({power.note.removeprefix(INFERRED + ': ')}). The speed and ceiling "
                     "rest on it, and so does which machines can hold level flight"
                     + " (each machine's drawn from the law's scatter at its own take-off "
                       "mass)"
                     + "; a stated engine_power replaces it.")
    return notes
