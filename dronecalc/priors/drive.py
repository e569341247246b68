"""What the drive can give when no motor Kv is stated: the full-throttle thrust-to-weight prior.

The top-speed and payload-capacity claim kinds need the full-throttle static thrust of the
motors. With a stated Kv it comes from the propulsion "kv" ceiling; without one, from this
prior: the full-throttle thrust over the weight at the stated take-off mass, uniform between
the least and the most of the sourced figures of ``data/thrust_to_weight.toml`` (makers'
propulsion-system and aircraft sheets, design guides for camera, survey, delivery and
agricultural multirotors; racing machines recorded but left out). A machine flown at its
stated take-off mass has at least the thrust margin it needs for control there, so each draw
starts at the larger of the table's least figure and that sample's ``control_thrust_ratio``
(:func:`draw`).

A stated motor Kv, or a measured full-throttle thrust, overturns this prior.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

import numpy as np

from ..errors import ModelError


#: The sentence a finding judged on this prior adds to what would overturn it.
OVERTURN = ("The drive's full-throttle thrust and power are from the thrust-to-weight prior, "
            "not a stated motor Kv: a stated Kv (with the pack's voltage) or a measured "
            "full-throttle thrust would replace it.")


@dataclass(frozen=True)
class ThrustToWeight:
    """The prior: uniform between ``low`` and ``high`` [-], from ``rows`` (name, value, kind,
    source, used)."""
    low: float
    high: float
    rows: tuple[tuple[str, float, str, str, bool], ...]

    @property
    def middle(self) -> float:
        return 0.5 * (self.low + self.high)

    def describe(self) -> str:
        used = [r for r in self.rows if r[4]]
        kinds = sorted({r[2] for r in used})
        return (f"full-throttle thrust-to-weight {self.low:g}-{self.high:g} at the stated "
                f"take-off mass, the range of {len(used)} sourced figures ({', '.join(kinds)}; "
                "data/thrust_to_weight.toml)")


@functools.cache
def thrust_to_weight() -> ThrustToWeight:
    """Load ``data/thrust_to_weight.toml`` (every figure with its source)."""
    text = resources.files("dronecalc").joinpath("data/thrust_to_weight.toml").read_text()
    rows = []
    for entry in tomllib.loads(text)["ratio"]:
        value = float(entry["value"])
        if not (1.0 < value < 20.0) or not entry.get("source"):
            raise ModelError(f"data/thrust_to_weight.toml: {entry.get('name')!r} has value "
                             f"{value!r} or no source; expected a ratio above 1 with its "
                             "source")
        rows.append((entry["name"], value, entry["kind"], entry["source"],
                     bool(entry.get("use", True))))
    used = [r[1] for r in rows if r[4]]
    return ThrustToWeight(min(used), max(used), tuple(rows))


def draw(rng: np.random.Generator, control_ratio) -> np.ndarray:
    """Samples of the full-throttle thrust-to-weight at the take-off mass, one per entry of
    ``control_ratio`` (the thrust-to-weight each machine needs for control): uniform from the
    larger of the prior's least figure and that ratio, to the prior's most."""
    prior = thrust_to_weight()
    low = np.clip(np.asarray(control_ratio, dtype=float), prior.low, prior.high)
    return low + rng.random(low.shape) * (prior.high - low)
