"""The fast chain's fused power against the rotor module, and the forked second process."""
import os
import time

import numpy as np
import pytest

from dronecalc.physics import chain, fused, workers
from dronecalc.physics.multirotor import _inputs, performance
from dronecalc.physics.vehicle import Vehicle


def _machines(n, seed=5):
    rng = np.random.default_rng(seed)
    return Vehicle(rotors=rng.choice([4.0, 6.0, 8.0], n), rotor_diameter=rng.uniform(0.2, 1.0, n),
                   empty_mass=rng.uniform(0.5, 20.0, n), battery_mass=rng.uniform(0.2, 6.0, n),
                   battery_energy=rng.uniform(50.0, 1500.0, n) * 3600.0,
                   drag_area=rng.uniform(0.005, 0.3, n), figure_of_merit=rng.uniform(0.45, 0.8, n),
                   drive_efficiency=rng.uniform(0.6, 0.9, n),
                   rotor_drag_coefficient=rng.uniform(0.0, 0.03, n),
                   avionics_power=rng.uniform(0.0, 50.0, n), overlap_factor=rng.uniform(1.0, 1.3, n))


def test_fused_power_is_the_rotor_modules_power():
    # the same equations, rearranged: float64 agreement to rounding at every speed
    a, shape = _inputs(_machines(500))
    flat, n = chain._flat_inputs(a, shape)
    c = chain._constants(flat)
    c["w2"] = np.broadcast_to(c["w2"], (n,))
    speeds = np.linspace(0.0, 45.0, 10)[:, None]
    expected, ok = chain._power(c, speeds, steps=3)
    got = np.empty((10, n))
    f = chain._fast_constants(c, np.dtype(float))
    converged = chain._fast_power(f, speeds, 3, chain._scratch(np.dtype(float), 10 * n), got,
                                  check=True)
    assert np.allclose(got, expected, rtol=1e-13, atol=0)
    assert np.array_equal(converged, ok)


def test_the_power_in_blocks_is_the_power_at_once(monkeypatch):
    a, shape = _inputs(_machines(500))
    flat, n = chain._flat_inputs(a, shape)
    c = chain._constants(flat)
    c["w2"] = np.broadcast_to(c["w2"], (n,))
    f = chain._fast_constants(c, np.dtype(float))
    speeds = np.linspace(0.0, 45.0, 10)[:, None] + np.zeros(n)
    bufs = chain._scratch(np.dtype(float), 10 * n)
    whole, parts = np.empty((10, n)), np.empty((10, n))
    ok_whole = chain._fast_power(f, speeds, 3, bufs, whole, check=True)
    monkeypatch.setattr(fused, "POWER_BLOCK", 96)
    ok_parts = chain._fast_power(f, speeds, 3, bufs, parts, check=True)
    assert np.array_equal(whole, parts) and np.array_equal(ok_whole, ok_parts)


def test_the_forked_run_is_the_in_process_run(monkeypatch):
    v = _machines(3000)
    wind = np.random.default_rng(1).uniform(-5.0, 20.0, 3000)
    monkeypatch.setattr(chain, "CHUNK", 256)                 # 25 chunks shared by 2 processes,
    monkeypatch.setattr(chain, "FINE_CHUNK", 64)             # 15 short ones in the middle
    monkeypatch.setattr(fused, "POWER_BLOCK", 100)           # power in blocks
    monkeypatch.setattr(workers, "FORK_MIN", 10**9)
    alone = performance(v, headwind=wind)
    monkeypatch.setattr(workers, "FORK_MIN", 1)
    forked = performance(v, headwind=wind)
    for key in alone:
        assert np.array_equal(alone[key], forked[key], equal_nan=key not in chain.FLAGS), key


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_child_that_dies_leaves_its_chunks_to_the_parent(monkeypatch):
    parent = os.getpid()
    out = {"x": np.zeros(1000)}

    def work(start, stop):
        if os.getpid() != parent:
            os._exit(3)                                      # the child dies at once
        out["x"][start:stop] = np.arange(start, stop)

    monkeypatch.setattr(workers, "FORK_MIN", 1)
    workers.run_chunks(work, 1000, 100, shared=out)
    assert np.array_equal(out["x"], np.arange(1000))


def test_an_unconverged_inflow_is_solved_again_not_left_flagged(monkeypatch):
    # near V = v_h at a tilt three Newton steps leave ~1e-9 (rotor.GLAUERT_STEPS); the chain
    # re-solves those samples to rounding, so its figures equal a run with 8 steps everywhere
    # (the maxima and the least power, which do not move with the speed to first order; a
    # best speed itself is located to ~1e-7 at a flat optimum)
    v = _machines(4000, seed=9)
    out = performance(v)
    assert not out["inflow_unconverged"].any()
    monkeypatch.setattr(chain, "GLAUERT_STEPS", 8)
    deep = performance(v)
    for key in ("power_at_best_endurance", "max_endurance", "max_range", "hover_power"):
        assert np.allclose(out[key], deep[key], rtol=1e-9, atol=0), key


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_child_that_dies_midway_leaves_a_complete_result(monkeypatch):
    parent = os.getpid()
    out = {"x": np.zeros(5000), "k": np.zeros(5000, dtype=bool)}
    calls = []

    def work(start, stop):
        if os.getpid() != parent:
            calls.append(start)
            if len(calls) == 3:
                os._exit(3)                                  # after sending two chunks
        out["x"][start:stop] = np.arange(start, stop)
        out["k"][start:stop] = True

    monkeypatch.setattr(workers, "FORK_MIN", 1)
    workers.run_chunks(work, 5000, 100, shared=out)
    assert np.array_equal(out["x"], np.arange(5000)) and out["k"].all()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_the_exiting_children_are_collected(monkeypatch):
    out = {"x": np.zeros(1000)}

    def work(start, stop):
        out["x"][start:stop] = 1.0

    forked, fork = [], os.fork

    def recorded():
        pid = fork()
        forked.append(pid)
        return pid

    monkeypatch.setattr(workers, "FORK_MIN", 1)
    monkeypatch.setattr(os, "fork", recorded)
    for _ in range(3):
        workers.run_chunks(work, 1000, 100, shared=out)
    workers.reap()
    assert out["x"].all() and len(forked) == 3 and not workers._EXITING
    for pid in forked:                                   # none left, not even a zombie
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_refused_copy_leaves_the_chunks_to_the_parent(monkeypatch):
    # process_vm_readv refused or cut short (a seccomp filter, a child gone): nothing copied
    # is trusted, the parent computes those chunks itself
    parent = os.getpid()
    out = {"x": np.zeros(3000), "k": np.zeros(3000, dtype=bool)}
    done_here = []

    def work(start, stop):
        if os.getpid() == parent:
            done_here.append(start)
        out["x"][start:stop] = np.arange(start, stop)
        out["k"][start:stop] = True

    monkeypatch.setattr(workers, "FORK_MIN", 1)
    monkeypatch.setattr(workers, "_vm_reader", lambda: (lambda *args: 0))
    workers.run_chunks(work, 3000, 100, shared=out)
    assert np.array_equal(out["x"], np.arange(3000)) and out["k"].all()
    assert sorted(set(done_here)) == list(range(0, 3000, 100))      # every chunk, here


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_copy_refused_by_permission_stops_later_forks(monkeypatch):
    # review: reading this process is allowed, reading the child refused (Yama
    # ptrace_scope 2-3, a container policy): every later call forked and redid the child's
    # chunks; now the first EPERM keeps later calls in one process
    import ctypes
    import errno

    def refused(*args):
        ctypes.set_errno(errno.EPERM)
        return -1

    out = {"x": np.zeros(3000)}

    def work(start, stop):
        time.sleep(0.002)                  # both processes take chunks, the child reports
        out["x"][start:stop] = np.arange(start, stop)

    monkeypatch.setattr(workers, "FORK_MIN", 1)
    monkeypatch.setattr(workers, "_VM_READ", True)
    monkeypatch.setattr(workers, "_vm_reader", lambda: refused)
    workers.run_chunks(work, 3000, 100, shared=out)
    workers.reap()
    assert np.array_equal(out["x"], np.arange(3000)) and workers._VM_READ is False
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked again"))
    workers.run_chunks(work, 3000, 100, shared=out)


def test_no_fork_where_process_vm_readv_does_not_work(monkeypatch):
    monkeypatch.setattr(workers, "FORK_MIN", 1)
    monkeypatch.setattr(workers, "_VM_READ", False)
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked"))
    out = {"x": np.zeros(1000)}

    def work(start, stop):
        out["x"][start:stop] = 1.0

    workers.run_chunks(work, 1000, 100, shared=out)
    assert out["x"].all()


def test_chunk_bounds_cover_every_sample_once():
    for size, chunk, fine in ((10**6, 32768, 8192), (3000, 256, 64), (5, 256, 64),
                              (1000, 100, None)):
        bounds = workers.chunk_bounds(size, chunk, fine)
        assert bounds[0][0] == 0 and bounds[-1][1] == size
        assert all(a < b for a, b in bounds)
        assert all(b == a for (_, b), (a, _) in zip(bounds, bounds[1:]))
        assert max(b - a for a, b in bounds) <= chunk


def test_even_bounds_are_equal_chunks_covering_every_sample_once():
    for size, chunk in ((10**5, 65536), (10**6, 65536), (5, 256), (65536, 65536), (1, 1)):
        bounds = workers.even_bounds(size, chunk)
        lengths = [b - a for a, b in bounds]
        assert bounds[0][0] == 0 and bounds[-1][1] == size and min(lengths) > 0
        assert all(b == a for (_, b), (a, _) in zip(bounds, bounds[1:]))
        assert max(lengths) <= chunk and max(lengths) - min(lengths) <= 1
        assert len(bounds) == -(-size // chunk)


def test_the_chunks_constants_are_the_rotor_modules():
    # chain._chunk_constants rearranges rotor._flight_constants (no power function): the
    # same figures to rounding, with the tip speed from C_T, given, or given for some
    rng = np.random.default_rng(3)
    for tip in (np.nan, 180.0, np.where(rng.random(500) < 0.5, np.nan, rng.uniform(120, 220, 500))):
        a, shape = _inputs(_machines(500), derived=True)
        flat, n = chain._flat_inputs(a, shape)
        flat["tip_speed"] = tip
        expected, got = chain._constants(flat), chain._chunk_constants(flat)
        assert set(got) == set(expected)
        for key in expected:
            assert np.allclose(np.broadcast_to(got[key], (n,)), np.broadcast_to(expected[key], (n,)),
                               rtol=1e-14, atol=0), key
    one = {key: (val[0] if isinstance(val, np.ndarray) else val) for key, val in flat.items()}
    one["tip_speed"] = np.nan                     # one machine: floats, not arrays
    for key, val in chain._constants(one).items():
        assert np.allclose(chain._chunk_constants(one)[key], val, rtol=1e-14, atol=0), key


def test_keep_heap_applies_its_settings_once(monkeypatch):
    calls = []
    monkeypatch.setattr(workers, "_HEAP_KEPT", False)
    monkeypatch.setattr(workers, "MALLOC_SETTINGS", None)      # switched off: nothing done
    workers.keep_heap()
    assert workers._HEAP_KEPT is False
    monkeypatch.setattr(workers, "MALLOC_SETTINGS", {-1: 64 << 20})
    real = workers.ctypes.CDLL

    class Libc:
        def __init__(self, *args):
            self.libc = real(*args)

        @property
        def mallopt(self):
            def mallopt(param, value):
                calls.append((param, value))
                return 1
            return mallopt
    monkeypatch.setattr(workers.ctypes, "CDLL", Libc)
    workers.keep_heap()
    workers.keep_heap()
    import platform
    assert calls == ([(-1, 64 << 20)] if platform.libc_ver()[0] == "glibc" else [])


def test_the_grids_parabola_vertex_on_even_and_uneven_grids():
    # the vertex of the parabola through the best grid point and its neighbours, in the
    # grid values' dtype: the even-grid formula and the general one find the same vertex
    rng = np.random.default_rng(4)
    n = 400
    truth = rng.uniform(3.0, 40.0, n)
    for speeds in (np.linspace(0.0, 45.0, 10), np.array([0.0, 4.0, 9.0, 15.0, 22.0, 30.0, 45.0])):
        f = ((speeds[:, None] - truth) ** 2 + 7.0).astype(np.float32)   # a parabola per sample
        i = np.argmin(f, axis=0)
        k = len(speeds)
        low = speeds[np.maximum(i - 1, 0)].astype(np.float32)
        high = speeds[np.minimum(i + 1, k - 1)].astype(np.float32)
        x = chain._vertex(speeds, f, i, low, high)
        assert x.dtype == np.float32
        inside = (truth >= low) & (truth <= high)
        assert np.allclose(x[inside], truth[inside], rtol=1e-4, atol=1e-4)
        assert np.all((x >= low) & (x <= high))


def test_the_centred_power_is_the_rotor_modules_power():
    # a float64 search step: the side points' inflow from their centre's
    # (fused._fast_power_centred), within 1e-12 of a solution to rounding (three steps from
    # the upper bound: 3.8e-7 here)
    a, shape = _inputs(_machines(500))
    flat, n = chain._flat_inputs(a, shape)
    c = chain._constants(flat)
    c["w2"] = np.broadcast_to(c["w2"], (n,))
    centres = np.random.default_rng(3).uniform(0.5, 45.0, (2, n))
    speeds = np.repeat(centres, 3, axis=0) + np.tile([-1e-3, 0.0, 1e-3], 2)[:, None]
    expected, ok = chain._power(c, speeds, steps=8)
    got = np.empty((6, n))
    f = chain._fast_constants(c, np.dtype(float))
    bufs = chain._scratch(np.dtype(float), 10 * n)
    converged = fused._fast_power_centred(f, speeds, 3, 2, bufs, got)
    assert np.allclose(got, expected, rtol=1e-12, atol=0)
    assert converged.shape == (2, n) and converged.all()


def test_the_chain_is_a_converged_search_on_random_machines_with_wind(monkeypatch):
    # flat power curves (machines far heavier than their rotors), tilts to ~70 degrees,
    # headwinds and tailwinds: every optimum within 1e-6 of a float64 search to 1e-9 m/s
    v = _machines(4000, seed=11)
    wind = np.random.default_rng(2).uniform(-5.0, 20.0, 4000)
    out = performance(v, headwind=wind)
    monkeypatch.setattr(chain, "SEARCH_DTYPE", np.float64)
    monkeypatch.setattr(chain, "STEP_TOLERANCE", 1e-9)
    monkeypatch.setattr(chain, "REFINE_STEPS", 12)
    monkeypatch.setattr(chain, "GLAUERT_STEPS", 6)
    exact = performance(v, headwind=wind)
    ok = exact["feasible"]
    for key in ("max_endurance", "power_at_best_endurance", "max_range", "best_range_speed",
                "power_at_best_range", "best_endurance_speed"):
        use = ok & (exact[key] > 1.0) if key.endswith("speed") else ok
        assert np.allclose(out[key][use], exact[key][use], rtol=1e-6, atol=0), key


def test_the_half_step_points_start_the_endurance_search_nearer_its_optimum():
    # heavy machines on small rotors: power falls steeply from hover, so the parabola
    # through three grid points 5 m/s apart misplaces the least power by up to ~2 m/s; the
    # half-step points' parabola starts nearer, and the chain ends at the same optimum
    rng = np.random.default_rng(8)
    n = 3000
    v = Vehicle(rotors=4.0, rotor_diameter=rng.uniform(0.3, 0.5, n),
                empty_mass=rng.uniform(8.0, 15.0, n), battery_mass=rng.uniform(2.0, 5.0, n),
                battery_energy=rng.uniform(400.0, 900.0, n) * 3600.0,
                drag_area=rng.uniform(0.02, 0.1, n))
    exact = performance(v)["best_endurance_speed"]
    a, shape = _inputs(v)
    flat, _ = chain._flat_inputs(a, shape)
    c = chain._chunk_constants(chain._derived(flat))
    c["w2"] = np.broadcast_to(c["w2"], (n,))
    fs = chain._fast_constants(c, np.dtype(np.float32))
    speeds = chain.DEFAULT_SPEEDS
    grid = speeds.astype(np.float32)[:, None]
    p = np.empty((len(speeds), n), dtype=np.float32)
    bufs = chain._scratch(np.dtype(np.float32), len(speeds) * n)
    fused._fast_power(fs, grid, chain.SPEED_GRID_GLAUERT_STEPS, bufs, p)
    i, _ = chain._best_row(p, False)
    k = len(speeds)
    low = speeds[np.maximum(i - 1, 0)].astype(np.float32)
    high = speeds[np.minimum(i + 1, k - 1)].astype(np.float32)
    plain = chain._vertex(speeds, p, i, low, high)
    half = plain.copy()
    chain._half_step_vertex(fs, speeds, p, i, bufs, half, low, high,
                            chain.SPEED_GRID_GLAUERT_STEPS)
    inner = (i > 0) & (i < k - 1)
    assert inner.mean() > 0.9
    assert np.all((half >= low) & (half <= high))
    err_plain, err_half = np.abs(plain - exact)[inner], np.abs(half - exact)[inner]
    assert np.median(err_plain) > 0.3 and np.median(err_half) < 0.3 * np.median(err_plain)
    assert np.array_equal(half[~inner], plain[~inner])
