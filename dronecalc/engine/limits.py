"""Bounds on a Monte Carlo run's arguments: how many samples, which seeds.

One validation for the command line and the Python API (:func:`dronecalc.check`,
:func:`dronecalc.estimate`), so ``samples=1.5``, ``"abc"``, ``None`` or NaN and ``seed=-1``,
``"abc"`` or ``None`` all give the same :class:`~dronecalc.errors.InputValueError`, naming
the argument, the value and what is accepted.

The sample cap comes from measured memory. Peak resident memory of ``dronecalc check`` at
1,000,000 samples (``/usr/bin/time -f %M``, numpy 2.4, Linux x86-64, 1 December 2026) was
0.59 GB for ``examples/cases/green-zone-2021.toml`` and 0.65 GB for
``examples/cases/dji-matrice-600.toml``, against 58 MB at 1,000 samples: 0.53-0.60 KB per
sample, more with more claims (each finding keeps its per-sample values).
:data:`BYTES_PER_SAMPLE` rounds that up to 1 KB, leaving room for cases with several times
as many claims, and :data:`MAX_SAMPLES` keeps a run under :data:`MEMORY_BUDGET` (2 GB).
"""
from __future__ import annotations

import math
import numbers

from ..errors import InputValueError

#: Measured peak memory per Monte Carlo sample of a check, rounded up [bytes] (see above).
BYTES_PER_SAMPLE = 1_000
#: Memory a run may take [bytes]: 2 GB, a laptop's spare memory.
MEMORY_BUDGET = 2_000_000_000
#: Most samples a run draws: ``MEMORY_BUDGET // BYTES_PER_SAMPLE``.
MAX_SAMPLES = MEMORY_BUDGET // BYTES_PER_SAMPLE
#: Fewest kept machines that can support the verdict rule "implausible when fewer than one
#: machine in a thousand meets the claim" (``1 / claims.checks.THRESHOLDS["negligible"]``):
#: with fewer, one machine is already more than a thousandth and the rule cannot be applied.
MIN_VERDICT_SAMPLES = 1_000
#: Seeds are whole numbers in [0, 2**128): numpy's SeedSequence takes any of them.
MAX_SEED = 2 ** 128 - 1


def _whole(value, name: str, expected: str) -> int:
    """``value`` as an int when it is a whole number (an int, or a float such as 2000.0)."""
    if value is None:
        raise InputValueError("missing (None)", field=name, expected=expected)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InputValueError("not a whole number", field=name, value=value, expected=expected)
    if isinstance(value, numbers.Integral):
        return int(value)
    number = float(value)
    if not math.isfinite(number) or not number.is_integer():
        raise InputValueError("not a whole number", field=name, value=value, expected=expected)
    return int(number)


def check_samples(samples, name: str = "samples") -> int:
    """``samples`` as an int in [1, :data:`MAX_SAMPLES`], or :class:`InputValueError`."""
    expected = f"a whole number from 1 to {MAX_SAMPLES:,} (about 1 KB of memory per sample)"
    n = _whole(samples, name, expected)
    if n < 1:
        raise InputValueError("must be at least 1", field=name, value=samples,
                              expected=expected)
    if n > MAX_SAMPLES:
        raise InputValueError(f"more samples than fit in {MEMORY_BUDGET / 1e9:g} GB of memory",
                              field=name, value=samples, expected=expected)
    return n


def check_seed(seed, name: str = "seed") -> int:
    """``seed`` as an int in [0, :data:`MAX_SEED`], or :class:`InputValueError`.

    ``None`` is refused: it would make the run unseeded, and its output unrepeatable.
    """
    expected = "a whole number from 0 to 2**128 - 1 (the same seed gives the same result)"
    s = _whole(seed, name, expected)
    if not 0 <= s <= MAX_SEED:
        raise InputValueError("out of range", field=name, value=seed, expected=expected)
    return s


def thin_run_warning(kept: int, drawn: int) -> str | None:
    """A sentence when too few machines were kept to apply the one-in-a-thousand rule."""
    if kept >= MIN_VERDICT_SAMPLES:
        return None
    return (f"the verdicts rest on {kept:,} buildable machine{'s' if kept != 1 else ''} "
            f"(of {drawn:,} drawn); the rule 'implausible when fewer than one machine in a "
            f"thousand meets the claim' needs at least {MIN_VERDICT_SAMPLES:,}: rerun with "
            f"more samples")


__all__ = ["BYTES_PER_SAMPLE", "MEMORY_BUDGET", "MAX_SAMPLES", "MIN_VERDICT_SAMPLES",
           "MAX_SEED", "check_samples", "check_seed", "thin_run_warning"]
