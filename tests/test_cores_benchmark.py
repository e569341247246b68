"""benchmarks/cores.py's ``others_busy``: the share of the CPUs other processes took.

benchmarks/speed.py prints it beside its timings so that a figure taken while other work
held the cores is visible as such (issue 14); the measurement itself is the benchmark's.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import cores                                                        # noqa: E402

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/stat")


def _spin(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        np.sqrt(np.arange(2000.0))


@linux
def test_this_process_tree_own_cpu_is_not_counted_as_others():
    # this process and a forked child each busy for 0.3 s CPU: the machine's busy time less
    # theirs is the others'; with their own CPU left in, the share would be near 1 on an
    # otherwise idle machine, and above 1 - own / (CPUs x wall) on any machine
    wall = time.perf_counter()
    with cores.others_busy() as busy:
        pid = os.fork()
        if pid == 0:
            try:
                _spin(0.3)
            finally:
                os._exit(0)
        _spin(0.3)
        os.waitpid(pid, 0)
    wall = time.perf_counter() - wall
    own = 0.6 / ((os.cpu_count() or 1) * wall)
    assert 0.0 <= busy.share <= 1.0 - own + 0.1            # 0.1: jiffies, the bookkeeping


@linux
def test_an_idle_block_gives_a_share_in_range():
    with cores.others_busy() as busy:
        time.sleep(0.05)
    assert 0.0 <= busy.share <= 1.0
