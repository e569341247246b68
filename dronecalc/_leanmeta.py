"""The ``dronecalc`` command's stand-in for :mod:`importlib.metadata` at start (issue 14).

pint, flexcache and flexparser each call ``importlib.metadata.version()`` on themselves when
they are imported, and importing :mod:`importlib.metadata` loads ``email``, ``zipfile``,
``csv``, ``socket`` and more (37 modules) that a check uses for nothing else; with the three
``version()`` calls (each parses its ``METADATA`` file with ``email``) that is ~15-20 ms
of a fresh check's CPU time (measured: fresh processes importing numpy, then the metadata
module and the three versions, 2026-12-02).

:func:`install` puts a finder first on ``sys.meta_path`` that answers ``import
importlib.metadata`` (while the real module is not loaded) with a small module whose
:func:`version` finds the distribution's ``METADATA`` file as ``importlib.metadata`` does
(the first ``sys.path`` entry holding a ``NAME-*.dist-info`` folder of the normalised name)
and reads its ``Version`` header. Anything it does not handle plainly goes to the real
module, loaded then: another attribute (``PackageNotFoundError``, ``entry_points`` ...), an
``.egg-info``, two candidates in one folder, a zip file on the path, another finder that
finds distributions, a folded or missing header, any error. So the answers are the real
module's (``tests/test_leanmeta.py`` compares every installed distribution). Only the
command installs it (:func:`dronecalc._codecache.install`); library use is left alone.

The same start also defers pint's ``import scipy`` (:class:`_LazyScipy`): ``pint.compat``
imports the scipy package only to note that it exists (and, for ``to_preferred``, to call
``scipy.optimize`` later), which runs scipy's ``__init__`` and its ``_lib`` helpers: 10-17
ms of CPU in fresh processes after numpy, ~47 M instructions (docs/performance.md, eighth
round). For that one import (``importlib.util.LazyLoader`` does not serve: the import
statement's own check of ``__spec__`` runs the module), ``sys.modules["scipy"]`` becomes a
stand-in with scipy's spec and file but no ``__path__``; the first submodule import or
other attribute loads the real package in its place, so every later use sees scipy as
before.
"""
from __future__ import annotations

import os
import re
import sys

_NAME = "importlib.metadata"


def _real():
    """The real :mod:`importlib.metadata` (imported now if need be)."""
    module = sys.modules.get(_NAME)
    if module is not None and not getattr(module, "_dronecalc_stand_in", False):
        return module
    sys.modules.pop(_NAME, None)
    _Finder.active = False
    try:
        import importlib
        importlib.__dict__.pop("metadata", None)
        import importlib.metadata as real
    finally:
        _Finder.active = True
    return real


def _plain_version(name: str) -> str | None:
    """``importlib.metadata.version(name)`` where the lookup is plain, else None."""
    import importlib.machinery
    for finder in sys.meta_path:
        if finder is not importlib.machinery.PathFinder and finder is not _Finder \
                and hasattr(finder, "find_distributions"):
            return None                         # another finder may know distributions
    wanted = re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")
    for entry in sys.path:
        root = entry or "."
        if root.lower().endswith(".egg"):
            return None                         # eggs: the real module's rules
        if not os.path.isdir(root):
            if os.path.exists(root):
                return None                     # a zip file: the real module looks inside
            continue
        try:
            children = os.listdir(root)
        except OSError:
            continue
        found = []
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                stem = low.rpartition(".")[0].partition("-")[0]
                if re.sub(r"[-_.]+", "-", stem).lower().replace("-", "_") == wanted:
                    found.append(child)
        if not found:
            continue
        if len(found) != 1 or not found[0].lower().endswith(".dist-info"):
            return None
        with open(os.path.join(root, found[0], "METADATA"), encoding="utf-8") as handle:
            lines = []
            for line in handle:
                if line in ("\n", "\r\n"):
                    break
                lines.append(line)
        values = [i for i, line in enumerate(lines) if line.lower().startswith("version:")]
        if len(values) != 1:
            return None
        i = values[0]
        if i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t"):
            return None                         # a folded header
        return lines[i][len("Version:"):].lstrip(" \t").rstrip("\r\n")
    return None


def version(distribution_name: str) -> str:
    """The installed version of ``distribution_name`` (as ``importlib.metadata.version``)."""
    try:
        found = _plain_version(distribution_name)
    except Exception:
        found = None
    return found if found is not None else _real().version(distribution_name)


def __getattr__(name: str):
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)              # the import system's own probes
    return getattr(_real(), name)


class _Finder:
    """Answers ``import importlib.metadata`` with this module while the real one is not
    loaded (and :attr:`active`)."""

    active = True

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != _NAME or not cls.active or _NAME in sys.modules:
            return None
        import importlib.machinery
        return importlib.machinery.ModuleSpec(fullname, cls)

    @staticmethod
    def create_module(spec):
        module = type(sys)(_NAME)
        module.__dict__.update(version=version, __getattr__=__getattr__,
                               _dronecalc_stand_in=True, __doc__=__doc__)
        return module

    @staticmethod
    def exec_module(module):
        pass


def _importer() -> str | None:
    """The name of the module whose code is running the import being resolved."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    return frame.f_globals.get("__name__") if frame is not None else None


def _real_scipy():
    """The real scipy package (imported now if need be), in place of the stand-in."""
    module = sys.modules.get("scipy")
    if module is None or getattr(module, "_dronecalc_stand_in", False):
        sys.modules.pop("scipy", None)
        import importlib
        module = importlib.import_module("scipy")
    return module


def _scipy_getattr(name: str):
    return getattr(_real_scipy(), name)


class _LazyScipy:
    """Answers ``pint.compat``'s ``import scipy`` (only that importer, and only while scipy
    is not loaded) with a stand-in module: it has scipy's spec (``importlib.util.find_spec``
    still finds scipy's folder, as :mod:`dronecalc.engine.slsqp` needs), name and file but
    no ``__path__`` or anything else, so the first use of either (any ``import scipy.x``,
    any attribute) imports the real package in its place and hands the rest to it."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "scipy" or fullname in sys.modules or _importer() != "pint.compat":
            return None
        import importlib.machinery
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.submodule_search_locations:
            return None                         # not found the plain way: as usual
        spec.loader = cls                       # scipy's own spec (its folder, origin)
        return spec

    @staticmethod
    def create_module(spec):
        module = type(sys)("scipy")
        # None where the import system reads an attribute before it sets it from the spec;
        # exec_module then removes __path__, so that its first use imports scipy
        module.__dict__.update(__getattr__=_scipy_getattr, _dronecalc_stand_in=True,
                               __path__=None, __file__=None, __cached__=None)
        return module

    @staticmethod
    def exec_module(module):
        module.__dict__.pop("__path__", None)


def install() -> bool:
    """Answer ``import importlib.metadata`` with the stand-in from now on (once; True if in
    use; not where the real module is already loaded), and defer pint's ``import scipy``."""
    if ("scipy" not in sys.modules and "pint.compat" not in sys.modules
            and _LazyScipy not in sys.meta_path):
        sys.meta_path.insert(0, _LazyScipy)
    if _NAME in sys.modules:
        return False
    if _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
    return True
