r"""The calibrated rotor size of a machine whose stated frame bounds its rotors (issues 10/12).

With no rotor diameter stated, the rotor follows from the calibrated effective disk loading
(:func:`dronecalc.priors.tables.calibrated_diameter`): :math:`\ln DL \sim N(\mu(m), sd(m))`
at the take-off mass without payload :math:`m`, :math:`D = \sqrt{4 m / (\pi N\,DL)}`. A stated
frame size caps the rotor at :math:`D_{max}` (:mod:`dronecalc.physics.frame`), i.e. the disk
loading at :math:`DL \ge DL_{min} = 4 m / (\pi N D_{max}^2)`. :func:`fitting_diameter` draws
from the law *conditioned* on that: the lognormal truncated below :math:`DL_{min}`, by the
inverse-CDF method (the percentile :math:`p` mapped to
:math:`\Phi(z_{min}) + p\,(1 - \Phi(z_{min}))`, :math:`z_{min} = (\ln DL_{min} - \mu) / sd`).
A percentile keeps its meaning (its rank among the machines that fit), and a frame the law
would rarely give (:math:`\Phi(z_{min}) \to 1`) gives rotors at the frame's limit, the most
favourable rotor for endurance (a judgement: the law says such a machine is unusual, the
frame says it is this one). Without a frame it is the law unchanged.
"""
from __future__ import annotations

import numpy as np

from .normal import ndtri
from .tables import disk_loading_law

#: Below this upper tail, the truncated law is read as its lower limit (no float left).
_TAIL = 1e-12


def fitting_diameter(mass, rotors, percentile, largest) -> np.ndarray:
    """Rotor diameter [m] from the calibrated disk-loading law at take-off mass without
    payload ``mass`` [kg] and ``rotors`` disks, at ``percentile`` of the law conditioned on
    a diameter at most ``largest`` [m] (inf: unconditioned). Arrays broadcast."""
    from scipy.special import ndtr           # 0.1 s to import: only cases stating a frame
    law = disk_loading_law()
    m = np.asarray(mass, dtype=float)
    n = np.asarray(rotors, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        lm = np.log(m)
        c00, c01, c11 = law.covariance
        sd = np.sqrt(c00 + 2.0 * lm * c01 + lm ** 2 * c11 + law.scatter ** 2)
        mu = law.theta[0] + law.theta[1] * lm
        z_min = (np.log(4.0 * m / (np.pi * n * np.asarray(largest, dtype=float) ** 2)) - mu) / sd
        below = ndtr(z_min)
        tail = 1.0 - below
        z = np.where(tail > _TAIL, ndtri(np.clip(below + np.asarray(percentile) * tail,
                                                 0.0, 1.0 - _TAIL)), z_min)
        z = np.maximum(z, z_min)
        loading = np.exp(mu + z * sd)
        return np.minimum(np.sqrt(4.0 * m / (np.pi * n * loading)), largest)
