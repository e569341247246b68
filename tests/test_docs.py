"""Every code block in docs/ runs, the API reference matches the docstrings, the glossary names
every public argument, and the CLI reference names every command and option.

Code blocks, by info string:

* ``python``            run, in order, in one namespace per page, in a scratch directory that
                        has ``examples/`` (a link to the repository's) beside it;
* ``bash``              every line starting with ``dronecalc`` runs in-process through
                        :func:`dronecalc.cli.main` (``--samples`` capped at :data:`MAX_SAMPLES`);
                        other lines are an error (mark such blocks ``bash install`` or ``bash norun``);
* ``bash install``      not run (installs packages); ``bash norun`` likewise (repository
                        scripts and other commands that are not dronecalc's);
* ``text``              output of the block before: its verdict lines (CONSISTENT ...,
                        IMPLAUSIBLE ..., NEEDS CHECKING ...) must be those of that run;
* ``toml``              a complete case file: loaded with :func:`dronecalc.load_case`;
* ``toml file=NAME``    the same, and written to NAME in the scratch directory for later blocks;
* ``toml fragment``     part of a file: not run.

Any other info string fails, so nothing is skipped by accident.

Regenerate the API reference after changing a public name or docstring::

    python tests/test_docs.py --write-api
"""
from __future__ import annotations

import contextlib
import inspect
import io
import os
import re
import shlex
import sys
from pathlib import Path

import pytest

import dronecalc

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
OWN_PAGES = ("index.md", "quickstart.md", "tutorial.md", "cli.md", "api.md", "glossary.md")
PAGES = sorted(DOCS.glob("*.md"))
#: Samples for commands in the docs: at 2,000 (about 940 kept) one machine is 0.1 %, the
#: "one in a thousand" rule itself, so a borderline verdict could differ from the documented
#: 100,000-sample output; 5,000 keeps the reference case's verdicts.
MAX_SAMPLES = 5000
_BLOCK = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_VERDICT = re.compile(r"^(CONSISTENT|NEEDS CHECKING|IMPLAUSIBLE)\s+\S+\s+.*$")
API_BEGIN, API_END = "<!-- api:begin (generated: python tests/test_docs.py --write-api) -->", \
    "<!-- api:end -->"


def blocks(page: Path) -> list[tuple[str, str]]:
    return [(m.group(1).strip(), m.group(2)) for m in _BLOCK.finditer(page.read_text())]


def verdict_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if _VERDICT.match(line)]


def run_cli(line: str) -> str:
    from dronecalc import cli
    args = shlex.split(line)[1:]
    if "--samples" in args:
        i = args.index("--samples") + 1
        args[i] = str(min(int(args[i]), MAX_SAMPLES))
    elif args and args[0] in ("check", "estimate"):
        args += ["--samples", str(MAX_SAMPLES)]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as exc:          # --help exits
            code = exc.code
    assert code == 0, f"{line!r} exited {code}: {err.getvalue()}"
    return out.getvalue()


def run_page(page: Path, scratch: Path) -> None:
    (scratch / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    namespace: dict = {"__name__": f"docs_{page.stem}"}
    last_output = None
    cwd = os.getcwd()
    os.chdir(scratch)
    try:
        for n, (info, code) in enumerate(blocks(page), 1):
            where = f"{page.name} block {n} ({info or 'no info string'})"
            words = info.split()
            kind = words[0] if words else ""
            if kind == "python":
                exec(compile(code, where, "exec"), namespace)
                last_output = None
            elif info == "bash":
                outputs = []
                for line in code.strip().splitlines():
                    assert line.startswith("dronecalc "), f"{where}: not a dronecalc command: " \
                        f"{line!r} (mark such blocks 'bash install' or 'bash norun')"
                    outputs.append(run_cli(line))
                last_output = "".join(outputs)
            elif info in ("bash install", "bash norun", "toml fragment"):
                last_output = None
            elif kind == "text":
                expected = verdict_lines(code)
                if expected:
                    assert last_output is not None, f"{where}: output with no command before it"
                    assert verdict_lines(last_output) == expected, where
            elif kind == "toml":
                name = next((w[5:] for w in words[1:] if w.startswith("file=")), None)
                assert len(words) == 1 or name, f"{where}: unknown toml info {info!r}"
                target = scratch / (name or f"_block{n}.toml")
                target.write_text(code)
                dronecalc.load_case(target)
                last_output = None
            else:
                pytest.fail(f"{where}: unknown info string {info!r}")
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("page", [p for p in PAGES if p.name in OWN_PAGES],
                         ids=lambda p: p.name)
def test_code_blocks_run(page: Path, tmp_path: Path):
    assert blocks(page) or page.name not in ("quickstart.md", "tutorial.md", "cli.md"), \
        f"{page.name} has no code block"
    run_page(page, tmp_path)


def test_readme_first_transcript_is_what_its_command_prints(monkeypatch):
    """README's "Actual output of `dronecalc check ...`" block, line for line, at the command's
    own 100,000 samples (about 1 s; the other transcripts: ``benchmarks/docs_figures.py``)."""
    from dronecalc import cli
    readme = (ROOT / "README.md").read_text()
    command = re.search(r"Actual output of `(dronecalc [^`]+)`:\n\n```text\n(.*?)^```", readme,
                        re.MULTILINE | re.DOTALL)
    assert command, "README.md: no 'Actual output of `dronecalc ...`:' block"
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(shlex.split(command.group(1))[1:]) == 0
    shown = [line.rstrip() for line in command.group(2).rstrip().splitlines()]
    printed = [line.rstrip() for line in out.getvalue().rstrip().splitlines()]
    assert shown == printed, ("README.md's transcript differs from what "
                              f"`{command.group(1)}` prints now: PYTHONPATH=$PWD python "
                              "benchmarks/docs_figures.py README.md names the changes")


def test_own_pages_exist_and_index_links_every_page():
    index = (DOCS / "index.md").read_text()
    for name in OWN_PAGES:
        assert (DOCS / name).exists(), name
    for page in PAGES:
        if page.name != "index.md":
            assert f"({page.name})" in index, f"index.md does not link {page.name}"


def test_relative_links_resolve():
    for page in PAGES:
        if page.name not in OWN_PAGES:
            continue
        for target in re.findall(r"\]\((?!https?://|#)([^)#\s]+)", page.read_text()):
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


# --------------------------------------------------------------------------- API reference

def _sections(doc: str) -> dict[str, list[str]]:
    """numpydoc sections of a docstring: title -> lines (the summary under '')."""
    out: dict[str, list[str]] = {"": []}
    lines = doc.splitlines()
    title, i = "", 0
    while i < len(lines):
        if i + 1 < len(lines) and lines[i].strip() and set(lines[i + 1].strip()) == {"-"} \
                and len(lines[i + 1].strip()) >= 3:
            title, i = lines[i].strip(), i + 2
            out[title] = []
            continue
        out[title].append(lines[i])
        i += 1
    return out


def _entries(lines: list[str]) -> list[tuple[str, str]]:
    """'name : type' entries with their indented descriptions, joined to one line each."""
    entries: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        if not line.startswith(" "):
            entries.append([line.strip(), ""])
        elif entries:
            entries[-1][1] += " " + line.strip()
    return [(head, " ".join(desc.split())) for head, desc in entries]


def _summary(doc: str) -> str:
    paragraph = []
    for line in _sections(doc)[""]:
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    return " ".join(paragraph)


def _signature(name: str, obj) -> str:
    try:
        sig = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return name
    sig = re.sub(r"<Quantity\(([^)]*)\)>", r"Q_(\1)", sig)
    return f"{name}{sig}"


def api_reference() -> str:
    """The generated part of docs/api.md: every name of ``dronecalc._EXPORTS``, by module."""
    modules: dict[str, list[str]] = {}
    for name, module in dronecalc._EXPORTS.items():
        modules.setdefault(module, []).append(name)
    out = []
    for module, names in modules.items():
        out.append(f"## dronecalc.{module}\n")
        for name in names:
            obj = getattr(dronecalc, name)
            if inspect.isclass(obj) or callable(obj):
                kind = "class" if inspect.isclass(obj) else "function"
                doc = inspect.getdoc(obj) or ""
                out.append(f"### {name}\n\n{kind} `{_signature(name, obj)}`\n")
                if _summary(doc):
                    out.append(_summary(doc) + "\n")
                sections = _sections(doc)
                for title in ("Parameters", "Returns", "Attributes", "Raises"):
                    entries = _entries(sections.get(title, []))
                    if entries:
                        out.append(f"*{title}*\n")
                        out += [f"- `{head}`{': ' + desc if desc else ''}"
                                for head, desc in entries]
                        out.append("")
            else:
                keys = ", ".join(f"`{k}`" for k in list(obj)[:12])
                more = f" and {len(obj) - 12} more" if len(obj) > 12 else ""
                out.append(f"### {name}\n\n{type(obj).__name__} of {len(obj)} entries: "
                           f"{keys}{more}.\n")
    return "\n".join(out).rstrip() + "\n"


def _api_page_with(reference: str) -> str:
    text = (DOCS / "api.md").read_text()
    head, rest = text.split(API_BEGIN, 1)
    _, tail = rest.split(API_END, 1)
    return f"{head}{API_BEGIN}\n\n{reference}\n{API_END}{tail}"


def test_api_reference_is_generated_from_the_docstrings():
    """The headings and signatures of the page are the generator's (descriptions may lag a
    docstring edit until the page is regenerated; names and signatures may not)."""
    def skeleton(text: str) -> list[str]:
        return [line for line in text.splitlines()
                if line.startswith(("## ", "### ", "class `", "function `"))]
    assert skeleton((DOCS / "api.md").read_text()) == skeleton(api_reference()), (
        "docs/api.md is out of date: run  python tests/test_docs.py --write-api")


def test_every_export_is_in_the_api_reference_with_its_signature():
    text = (DOCS / "api.md").read_text()
    for name in dronecalc._EXPORTS:
        obj = getattr(dronecalc, name)
        assert f"### {name}\n" in text, name
        if callable(obj):
            assert _signature(name, obj) in text, name


# --------------------------------------------------------------------------- glossary, CLI

def public_arguments() -> dict[str, list[str]]:
    """Argument names of every exported function and of Vehicle -> where they are used."""
    out: dict[str, list[str]] = {}
    for name in dronecalc._EXPORTS:
        obj = getattr(dronecalc, name)
        if not callable(obj) or (inspect.isclass(obj) and name != "Vehicle"):
            continue
        for p in inspect.signature(obj).parameters.values():
            if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                out.setdefault(p.name, []).append(name)
    return out


def test_glossary_names_every_public_argument():
    rows = set(re.findall(r"^\| `([a-z_0-9]+)` \|", (DOCS / "glossary.md").read_text(),
                          re.MULTILINE))
    missing = sorted(set(public_arguments()) - rows)
    assert not missing, f"docs/glossary.md lacks rows for: {missing}"


def test_cli_reference_names_every_command_and_option():
    from dronecalc import cli
    text = (DOCS / "cli.md").read_text()
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for command, subparser in sub.choices.items():
        assert f"dronecalc {command}" in text, command
        for action in subparser._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in text, f"{command} {option}"


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-api"]:
        (DOCS / "api.md").write_text(_api_page_with(api_reference()))
        print("wrote", DOCS / "api.md")
    else:
        print(__doc__)
