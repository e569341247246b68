"""Small helpers shared by several test modules (imported as ``helpers``: pytest puts tests/ on
the path, since the folder is not a package)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))      # benchmarks/ is not a package
from _sibling import load  # noqa: E402


def benchmark(name: str):
    """The module ``benchmarks/NAME.py``, loaded afresh from its file (``_sibling.load``, the
    loader the benchmark scripts share)."""
    return load(name)


def run_python(code: str) -> str:
    """Standard output of ``code`` run in a fresh interpreter from the repository root."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout


def check_text(tmp_path, text: str, samples: int = 400):
    """``check`` of the case file ``text`` (seed 0), any numpy RuntimeWarning an error: the
    claim paths the reviews reached are checked to print none."""
    import warnings

    from dronecalc import load_case
    from dronecalc.claims import checks
    path = tmp_path / "c.toml"
    path.write_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        return checks.check(load_case(path), samples, 0)


def assert_sourced_from_passage(path: Path, tmp_path: Path) -> None:
    """A trial case (``path``, beside its passage ``path.txt``) names the passage's URL, each
    figure quotes the passage (its body or its tables' header units, white space folded), and
    the passage's own extract draft loads."""
    import re

    from dronecalc.intake.article import read_article
    from dronecalc.intake.case import load_case
    from dronecalc.intake.extract import extract_file
    from dronecalc.intake.tables import header_units

    def fold(text: str) -> str:
        return " ".join(text.split())

    passage = path.with_suffix(".txt").read_text(encoding="utf-8")
    url = re.search(r"^URL: (\S+)$", passage, re.MULTILINE).group(1)
    case = load_case(path)
    assert case.url == url
    body = read_article(passage).body
    texts = fold(body) + "\n" + fold(header_units(body)[0])
    for fig in case.figures.values():
        assert fig.quote and fold(fig.quote) in texts, (fig.id, fig.quote)
    draft = tmp_path / "draft.toml"
    draft.write_text(extract_file(str(path.with_suffix(".txt"))).to_toml(), encoding="utf-8")
    load_case(draft)
