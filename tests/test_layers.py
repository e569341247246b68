"""The layers never cross: each module imports only from its own package or the ones below.

Ranks (docs/architecture.md): errors and wording < intake < physics < priors < engine < claims
< report < cli. Every import statement counts, module level or inside a function, and so does
a module's dotted path written as a string outside a docstring (``"dronecalc.claims.checks"``,
for ``importlib.import_module``): a lower layer that names a higher one's module knows that
layer as surely as one importing it. The package ``__init__`` (the public facade with its lazy
exports) and ``_compat`` (old paths) stand above the layers and are not checked. A second test
finds import cycles between modules at module level.
"""
from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "dronecalc"

RANKS = {"errors": 0, "wording": 0, "_codecache": 0, "_leanmeta": 0, "intake": 1, "physics": 2, "priors": 3, "engine": 4,
         "claims": 5, "report": 6, "cli": 7, "__main__": 7}
ABOVE_LAYERS = {"__init__", "_compat"}
#: pairs forbidden although the rank would allow them: the report draws from the run's samples
#: and never computes physics itself (issue #9)
FORBIDDEN = {("report", "physics")}


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts)] = path
    return out


def _resolve(module: str, path: Path, node: ast.ImportFrom | ast.Import) -> list[str]:
    """Targets of an import as dotted names inside dronecalc ('' when outside)."""
    names: list[str] = []
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == "dronecalc" or alias.name.startswith("dronecalc."):
                names.append(alias.name.removeprefix("dronecalc").lstrip("."))
        return names
    package = module.split(".")
    is_package = path.name == "__init__.py"
    if node.level:
        base = package if is_package else package[:-1]
        base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
        prefix = ".".join(base)
    elif node.module and (node.module == "dronecalc" or node.module.startswith("dronecalc.")):
        prefix, node_module = "", node.module.removeprefix("dronecalc").lstrip(".")
        return [".".join(p for p in (node_module, a.name) if p) for a in node.names]
    else:
        return []
    target = ".".join(p for p in (prefix, node.module or "") if p)
    return [".".join(p for p in (target, a.name) if p) for a in node.names]


def _layer(dotted: str) -> str:
    head = dotted.split(".")[0]
    return head if head else "__init__"


def _imports(module: str, path: Path, top_level_only: bool = False):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for target in _resolve(module, path, node):
                yield node.lineno, target


#: A module path of the package written out in a string: ``dronecalc.<layer>...``.
_DOTTED = re.compile(r"\bdronecalc((?:\.[A-Za-z_]\w*)+)")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes of ``tree`` (they name other layers to explain, not use)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def _named_modules(path: Path):
    """(line, dotted target) of every ``dronecalc.<layer>...`` a string of the module names,
    outside docstrings (comments are not strings and never count). Only a layer's path
    counts: ``dronecalc.load_case`` in a message is the public facade, named for the reader."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docs:
            for match in _DOTTED.finditer(node.value):
                target = match.group(1).lstrip(".")
                if _layer(target) in RANKS:
                    yield node.lineno, target


@functools.cache
def _tree_violations() -> list[str]:
    """:func:`_violations` of the tree as it is, computed once for every layer's test."""
    return _violations()


def _violations() -> list[str]:
    bad = []
    for module, path in sorted(_modules().items()):
        layer = _layer(module)
        if layer in ABOVE_LAYERS or module in ABOVE_LAYERS:
            continue
        found = [(line, target, "imports") for line, target in _imports(module, path)]
        found += [(line, target, "names in a string") for line, target in _named_modules(path)]
        for line, target, verb in found:
            if target == "__version__":          # the package's version string
                continue
            other = _layer(target)
            if other == layer:
                continue
            if (layer, other) in FORBIDDEN:
                bad.append(f"{path.relative_to(ROOT.parent)}:{line}: {layer} {verb} {target}; "
                           f"{layer} may not use {other}")
                continue
            if other not in RANKS:
                bad.append(f"{path.relative_to(ROOT.parent)}:{line} {verb} {target!r}, which "
                           f"is in no layer (add it to RANKS and docs/architecture.md)")
            elif RANKS[other] > RANKS.get(layer, -1):
                bad.append(f"{path.relative_to(ROOT.parent)}:{line}: {layer} {verb} {target} "
                           f"from the higher layer {other}")
    return bad


def test_every_package_has_a_rank():
    for module in _modules():
        layer = _layer(module)
        assert layer in RANKS or layer in ABOVE_LAYERS, f"{module} is in no layer"




@pytest.mark.parametrize("layer", sorted(set(RANKS) - {"__main__"}))
def test_no_module_imports_from_a_higher_layer(layer):
    found = [v for v in _tree_violations() if v.startswith(f"dronecalc/{layer}")]
    assert found == []


def test_the_check_is_able_to_fail():
    """A physics module that imports the report layer is caught."""
    fake = ROOT / "physics" / "_layering_probe.py"
    fake.write_text("from ..report import text\n", encoding="utf-8")
    try:
        assert any("_layering_probe" in v for v in _violations())
    finally:
        fake.unlink()


def test_a_module_named_in_a_string_is_caught_and_a_docstring_is_not():
    """A physics module naming a claims module for ``importlib`` is caught (the vehicle kinds
    once did: ``physics.kinds`` held ``"dronecalc.claims.fixed_wing"``); a docstring that
    points the reader at a higher layer is documentation, not a dependency."""
    fake = ROOT / "physics" / "_layering_probe.py"
    fake.write_text('"""See :mod:`dronecalc.claims.checks`."""\n'
                    'import importlib\n\n\n'
                    'def f():\n    """Served by dronecalc.report.text."""\n'
                    '    return importlib.import_module("dronecalc.claims.fixed_wing")\n',
                    encoding="utf-8")
    try:
        found = [v for v in _violations() if "_layering_probe" in v]
        assert len(found) == 1 and "claims.fixed_wing" in found[0] and ":7:" in found[0]
    finally:
        fake.unlink()


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        for _, target in _imports(module, path, top_level_only=True):
            # "from .x import name" names a module x.name or a name inside x
            while target and target not in mods:
                target = target.rpartition(".")[0]
            if target and target != module and not mods[target].name == "__init__.py":
                graph[module].add(target)
    return graph


def test_no_import_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


@pytest.mark.parametrize("module", sorted(_modules()))
def test_no_module_over_700_lines(module):
    lines = _modules()[module].read_text(encoding="utf-8").count("\n")
    assert lines <= 700, f"{module} has {lines} lines; split it by responsibility"
