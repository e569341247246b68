"""Do the transcripts in README.md and docs/*.md still say what their commands print?

Run (from the repository root): ``PYTHONPATH=$PWD python benchmarks/docs_figures.py [--full]
[PAGE ...]``. Run it after any change to what a command prints, and before quoting a figure.

A *transcript* is a ```` ```text ```` block that follows a shown ``dronecalc`` command:

* a command in backticks in the paragraph just before the block (README's "Actual output of
  `dronecalc check examples/cases/green-zone-2021.toml`:"), else
* the ``dronecalc`` lines of the fenced ``bash`` block before it (any prose between), as
  tests/test_docs.py pairs them.

Each command is re-run as shown (its own ``--samples``; no cap) with this tree's code
(``python -m dronecalc``, PYTHONPATH = the repository root), in a scratch directory that has
``examples/`` (a link to the repository's) and every ```` ```toml file=NAME ```` block of the
page written to NAME (the tutorial's ``courier.toml``): so relative paths read as from the
repository root and ``--report`` writes nothing into the tree. Pipes and ``&&`` run in bash.
What is compared is standard output, then standard error, trailing blanks dropped.

A block is a *whole* transcript when its first line is the output's first line and it has no
``...`` line; it must then equal the output line for line. Otherwise it is an *excerpt* (the
verdict lines of theory.md §12, cli.md's finding with ``...`` for what it leaves out): every
line of it but ``...`` must appear in the output, in order. Per block it prints ``identical``
or ``differs``, with each changed stretch as the words that changed (``629 -> 549``;
``--full`` prints the unified diff instead). Text blocks with no command shown before them
(a JSON fragment, the tutorial's first-try error) are listed as not checked. Exits 1 if any
block differs. This is a script, not a test: a whole run re-runs every command at its
documented sample count (about 10 s).
"""
from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
#: A command shown in backticks in prose: `dronecalc SUBCOMMAND ARG ...` (one argument at
#: least: "`dronecalc case` refuses it" names the command, it shows no run of it).
_PROSE_COMMAND = re.compile(r"`(dronecalc [a-z]+ [^`]+)`")
_ELISION = {"...", "…", "[...]"}


@dataclass
class Transcript:
    page: Path
    line: int                 # 1-based line of the block's first text line
    commands: list[str]
    text: str


@dataclass
class Block:
    info: str
    body: str
    start: int                # 1-based line of the opening fence
    before: str               # the prose between the previous fence and this one


def blocks(text: str) -> list[Block]:
    out, last_end = [], 0
    for m in _FENCE.finditer(text):
        out.append(Block(m.group(1).strip(), m.group(2), text.count("\n", 0, m.start()) + 1,
                         text[last_end:m.start()]))
        last_end = m.end()
    return out


def transcripts(page: Path) -> tuple[list[Transcript], list[int], dict[str, str]]:
    """(transcripts, lines of text blocks with no command, files of ``toml file=`` blocks)."""
    found, unpaired, files = [], [], {}
    previous: Block | None = None
    for block in blocks(page.read_text()):
        words = block.info.split()
        if words[:1] == ["toml"]:
            for word in words[1:]:
                if word.startswith("file="):
                    files[word[5:]] = block.body
        if words[:1] == ["text"]:
            paragraph = block.before.strip().split("\n\n")[-1]
            prose = _PROSE_COMMAND.findall(paragraph)
            if prose:
                commands = [prose[-1]]
            elif previous is not None and previous.info == "bash":
                commands = [line.strip() for line in previous.body.splitlines()
                            if line.strip().startswith("dronecalc ")]
            else:
                commands = []
            if commands:
                found.append(Transcript(page, block.start + 1, commands, block.body))
            else:
                unpaired.append(block.start + 1)
        previous = block
    return found, unpaired, files


def run(commands: list[str], scratch: Path) -> str:
    """Output of the commands, run in bash in ``scratch`` with this tree's dronecalc."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PATH=f"{scratch / 'bin'}{os.pathsep}"
               f"{os.environ.get('PATH', '')}")
    out = []
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=scratch, env=env,
                              capture_output=True, text=True, timeout=600)
        out.append(done.stdout + done.stderr)
    return "".join(out)


def scratch_dir(where: Path, files: dict[str, str]) -> Path:
    (where / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    (where / "bin").mkdir()
    shim = where / "bin" / "dronecalc"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m dronecalc "$@"\n')
    shim.chmod(0o755)
    for name, body in files.items():
        (where / name).write_text(body)
    return where


def _lines(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def words_changed(old: list[str], new: list[str]) -> str:
    """The words that differ between two stretches of lines: 'a -> b; -c; +d'."""
    a, b = " ".join(old).split(), " ".join(new).split()
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace":
            parts.append(f"{' '.join(a[i1:i2])} -> {' '.join(b[j1:j2])}")
        elif tag == "delete":
            parts.append(f"-{' '.join(a[i1:i2])}")
        elif tag == "insert":
            parts.append(f"+{' '.join(b[j1:j2])}")
    return "; ".join(parts) if parts else "(spacing only)"


def compare(shown: str, output: str) -> tuple[str, list[str]]:
    """('whole' or 'excerpt', the differences: one line per changed stretch)."""
    block, out = _lines(shown), _lines(output)
    whole = bool(block and out) and block[0] == out[0] and \
        not any(line.strip() in _ELISION for line in block)
    kept = [(n, line) for n, line in enumerate(block) if line.strip() not in _ELISION]
    a = [line for _, line in kept]
    matcher = difflib.SequenceMatcher(None, a, out, autojunk=False)
    diffs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "insert" and not whole):
            continue
        at = kept[i1][0] + 1 if i1 < len(kept) else len(block) + 1
        if tag == "insert":
            diffs.append(f"after block line {at - 1}, {j2 - j1} more output line(s): "
                         f"{' / '.join(out[j1:min(j2, j1 + 2)])[:160]}")
        elif tag == "delete" and not whole:
            diffs.append(f"block line {at}: not in the output: {a[i1][:160]}")
        elif whole:
            diffs.append(f"block line {at}: {words_changed(a[i1:i2], out[j1:j2])[:400]}")
        else:       # an excerpt's line against the output line most like it in the stretch
            for i in range(i1, i2):
                near = max(out[j1:j2], key=lambda line: difflib.SequenceMatcher(
                    None, a[i], line, autojunk=False).ratio())
                diffs.append(f"block line {kept[i][0] + 1}: {words_changed([a[i]], [near])[:400]}")
    return ("whole" if whole else "excerpt"), diffs


def pages(names: list[str]) -> list[Path]:
    if names:
        return [Path(name).resolve() for name in names]
    return [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))


def main(argv: list[str]) -> int:
    full = "--full" in argv
    names = [a for a in argv if a != "--full"]
    differing = checked = 0
    for page in pages(names):
        found, unpaired, files = transcripts(page)
        name = page.relative_to(ROOT) if page.is_relative_to(ROOT) else page
        with tempfile.TemporaryDirectory() as tmp:
            scratch = scratch_dir(Path(tmp), files)
            for t in found:
                output = run(t.commands, scratch)
                kind, diffs = compare(t.text, output)
                checked += 1
                where = f"{name}:{t.line} ({kind}, {len(_lines(t.text))} lines) " \
                        f"{' && '.join(t.commands)}"
                if not diffs:
                    print(f"identical  {where}")
                    continue
                differing += 1
                print(f"differs    {where}")
                if full:
                    sys.stdout.writelines(difflib.unified_diff(
                        [line + "\n" for line in _lines(t.text)],
                        [line + "\n" for line in _lines(output)],
                        f"{name}:{t.line}", "now", n=1))
                else:
                    for d in diffs[:12]:
                        print(f"    {d}")
                    if len(diffs) > 12:
                        print(f"    ... {len(diffs) - 12} more (--full for the diff)")
        if unpaired:
            lines = ", ".join(map(str, unpaired[:6])) + (", ..." if len(unpaired) > 6 else "")
            print(f"not checked {name}: {len(unpaired)} text block(s) with no dronecalc command "
                  f"shown before them (lines {lines})")
    print(f"{checked} transcripts, {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
