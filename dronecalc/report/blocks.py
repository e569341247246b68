"""The report's document model and its two renderings: Markdown and one offline HTML page.

:mod:`dronecalc.report.document` builds a list of blocks (headings, paragraphs, the summary,
quotes, tables with captions, pictures with alt text and captions); this module turns them
into Markdown (pictures linked to files beside it) or into one self-contained HTML page
(pictures embedded as ``data:`` URIs) that is responsive (viewport meta tag, tables that
fit or scroll inside their box, verdict and key tables stacked as cards on a phone) and
prints well (tables, figures and quotes never split across pages).
"""
from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass
from urllib.parse import quote

from ..errors import InputValueError
from . import glossary

_MIME = {"svg": "image/svg+xml", "png": "image/png"}


def _one_line(text) -> str:
    """One line of reader text: no kind code name, temperatures in °C
    (:func:`glossary.reader_text`)."""
    return " ".join(glossary.reader_text(text).split())


# --------------------------------------------------------------------------- document model

@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    anchor: str = ""


@dataclass(frozen=True)
class _Para:
    text: str
    kind: str = ""          # "", "lead" (bold headline), "note" (small)


@dataclass(frozen=True)
class _Summary:
    items: tuple[tuple[str, str | None], ...]     # (sentence, verdict it reports or None)


@dataclass(frozen=True)
class _Badge:
    verdict: str


@dataclass(frozen=True)
class _Verdict:
    verdict: str
    text: str               # what the verdict is about, after the badge


@dataclass(frozen=True)
class _Quote:
    ident: str
    quote: str
    source: str             # "F10, range claim, written 40 km"


@dataclass(frozen=True)
class _List:
    items: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    header: tuple[str, ...]
    rows: tuple[tuple, ...]  # cells: str, _Badge, or tuple of str (lines)
    caption: str
    kind: str = ""           # "stack": rows become cards on a narrow screen


@dataclass(frozen=True)
class _Image:
    name: str                # file name, e.g. "kinematics.svg"
    alt: str                 # states the finding
    caption: str
    data: bytes
    kind: str = ""           # "detail": left out of the printout (a table holds its numbers)

    @property
    def mime(self) -> str:
        return _MIME[self.name.rsplit(".", 1)[-1]]

    @property
    def png(self) -> bytes:      # kept for callers of the PNG era
        return self.data



# --------------------------------------------------------------------------- rendering

# Characters that make Markdown (CommonMark/GFM) markup anywhere in a line, and those that do
# at its start, are escaped with a backslash, so text from a case file (title, source, url,
# quotes) is shown, never run: no raw HTML (<script>), no [x](javascript:...) link. GFM still
# autolinks a bare http(s):// or www. address, and only those. The report's own markup (bold,
# the <br> between quotes in a cell) is added around the escaped text.
_MD_ACTIVE = re.compile(r"([\\`*\[\]<>|~&]|(?<![^\W_])_|_(?![^\W_]))")  # "motor_kv" is inert
_MD_LINE_START = re.compile(r"^(?:([#+\-=])(?=[\s#+\-=]|$)|(\d+)([.)])(?=\s|$))")


def _md(text: str) -> str:
    """Text made inert inside a line or a table cell (see :data:`_MD_ACTIVE`), each figure
    held together by a no-break space (:func:`hold_figures`)."""
    return _MD_ACTIVE.sub(r"\\\1", hold_figures(_one_line(text)))


def _md_text(text: str) -> str:
    """One line of plain text made inert in Markdown, also at the start of a line."""
    return _MD_LINE_START.sub(lambda m: "\\" + m[1] if m[1] else f"{m[2]}\\{m[3]}", _md(text))


def _md_cell(cell) -> str:
    if isinstance(cell, _Badge):
        word, icon, _, _ = glossary.verdict_badge(cell.verdict)
        return f"**{icon} {word}**"
    if isinstance(cell, tuple):
        return "<br>".join(_md(c) for c in cell)
    return _md(cell)


def render_markdown(blocks: list, folder: str) -> str:
    """Markdown text of the blocks; pictures link to ``folder/<name>``."""
    out = []
    for b in blocks:
        if isinstance(b, _Heading):
            out.append(f"{'#' * b.level} {_md(b.text)}")
        elif isinstance(b, _Para):
            text = _md_text(b.text)
            out.append(f"**{text}**" if b.kind == "lead" else
                       f"*{text}*" if b.kind == "note" else text)
        elif isinstance(b, _Summary):
            lines = []
            for sentence, verdict in b.items:
                if verdict is None:
                    lines.append(f"> **In short.** {_md(sentence)}" if not lines else
                                 f"> {_md_text(sentence)}")
                else:
                    word, icon, _, _ = glossary.verdict_badge(verdict)
                    lines.append(f"> - **{icon} {word}:** {_md(sentence)}")
            out.append("\n>\n".join(lines))
        elif isinstance(b, _Verdict):
            out.append(f"{_md_cell(_Badge(b.verdict))} \u00b7 {_md(b.text)}")
        elif isinstance(b, _Quote):
            out.append(f"> \u201c{_md(b.quote)}\u201d\n> \u2014 {_md(b.source)}")
        elif isinstance(b, _List):
            out.append("\n".join(f"- {_md_text(item)}" for item in b.items))
        elif isinstance(b, _Table):
            lines = [f"*Table: {_md(b.caption)}*", "",
                     "| " + " | ".join(_md(h) for h in b.header) + " |",
                     "|" + "|".join("---" for _ in b.header) + "|"]
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b.rows]
            out.append("\n".join(lines))
        elif isinstance(b, _Image):
            out.append(f"![{_md(b.alt)}]({quote(folder)}/{quote(b.name)})\n\n"
                       f"*Picture: {_md(b.caption)}*")
        else:
            raise InputValueError("unknown block", field="blocks", value=type(b).__name__,
                                  expected="heading, paragraph, list, table or picture")
    return "\n\n".join(out) + "\n"


_CSS = """
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
max-width:54rem;margin:0 auto;padding:1rem;line-height:1.5;color:var(--ink);font-size:1rem;
overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.8rem 0 .4rem}
p,li{max-width:46rem}
.note{color:var(--muted);font-size:.9rem}
.lead{font-weight:600;font-size:1.05rem}
.summary{background:var(--soft);border-left:.3rem solid var(--ink);padding:.6rem 1rem;
margin:1rem 0}
.summary h2{border:0;margin:0 0 .3rem;font-size:1.1rem}
.summary p{margin:.45rem 0}
.summary .badge{font-size:.8rem;vertical-align:.08em}
blockquote{margin:.6rem 0;padding:.1rem .8rem;border-left:.25rem solid var(--line)}
blockquote p{margin:.35rem 0;font-style:italic}
blockquote .src{font-style:normal;color:var(--muted);font-size:.85rem}
.table-wrap{overflow-x:auto;margin:.8rem 0;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.92rem}
table.verdicts td:first-child{width:8.5rem}
caption{caption-side:top;text-align:left;font-weight:600;padding:.2rem 0 .4rem;
color:var(--muted)}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:var(--soft)}
td{overflow-wrap:break-word}
.fig{white-space:nowrap}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:.8rem;color:#fff;font-weight:700;
white-space:nowrap;font-size:.9rem}
.v-consistent{background:#1a7f37}.v-needs-checking{background:#9a6700}
.v-implausible{background:#cf222e}
figure{margin:1rem 0;padding:0}
figure img{display:block;width:100%;max-width:38rem;height:auto;border:1px solid var(--line)}
figcaption{font-size:.88rem;color:var(--muted);margin-top:.3rem}
@media (max-width:40rem){
body{padding:.75rem;font-size:.98rem}
h1{font-size:1.35rem}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack thead{display:none}
table.stack caption{display:block}
table.stack tr{border:1px solid var(--line);margin:0 0 .6rem;padding:.2rem 0}
table.stack td{border:0;padding:.25rem .6rem}
table.stack td::before{content:attr(data-label);display:block;font-size:.75rem;
color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
}
@media print{
@page{size:A4;margin:12mm 13mm 14mm}
body{max-width:none;padding:0;font-size:9.5pt;line-height:1.3}
h1{font-size:16pt}h2{font-size:13pt;margin:1.2rem 0 .4rem}h3{font-size:11pt;margin:1rem 0 .3rem}
p{margin:.4rem 0}
table{font-size:8.5pt}
table.verdicts td:first-child{width:7.2rem}
th,td{padding:.2rem .35rem}
h2,h3{break-after:avoid;page-break-after:avoid}
table,figure,blockquote,.summary,tr{break-inside:avoid;page-break-inside:avoid}
.table-wrap{overflow:visible}
figure img{max-width:11.5cm;border:0}
figure.detail{display:none}
.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
"""


#: A figure with a place a line could break: a range ("6-12", "-5 to 5") or a number with its
#: unit after a space ("1,580 km", "0.101-0.237 kg/(N h)", "0.01-0.05 m^2/kg^(2/3)").
_FIGURE = re.compile(
    r"(?<![\w.^/-])-?\d+(?:,\d{3})*(?:\.\d+)?(?:(?:-| to )-?\d+(?:,\d{3})*(?:\.\d+)?)?"
    r"(?: (?:%|[A-Za-z\u00b5\u00b0][A-Za-z0-9\u00b5\u00b0^*]*"
    r"(?:/(?:\([^()\s]+(?: [^()\s]+)?\)|[A-Za-z0-9\u00b5\u00b0^]+(?:\(\d+/\d+\))?))*))?(?![\w-])")


def hold_figures(text: str) -> str:
    """``text`` with the space inside each figure (:data:`_FIGURE`: "1,580 km", "-5 to 5") a
    no-break space (U+00A0), so that no line break parts a number from its unit: the
    Markdown report's, as the HTML report holds each figure in a ``nowrap`` span and the
    text report wraps around it (issue 13, wordfix: the Markdown held none, the text only a
    "%").

    >>> hold_figures("flies 1,580 km in 6-12 h") == "flies 1,580\u00a0km in 6-12\u00a0h"
    True
    """
    return _FIGURE.sub(lambda m: m.group(0).replace(" ", "\u00a0"), str(text))


def _text(text) -> str:
    """Escaped text whose figures never break across lines: each number with its unit, and
    each range, is held together (``<span class="fig">``, ``white-space:nowrap``) so that a
    narrow screen never shows "1,580" / "km" or "6-" / "12" on two lines (the report review
    of 2026-12-04); a table too wide for the screen then scrolls inside its own box."""
    text, out, last = glossary.reader_text(text), [], 0
    for m in _FIGURE.finditer(text):
        figure = m.group(0)
        if " " not in figure and "-" not in figure[1:]:
            continue                              # one number alone: nothing to hold together
        out += [html.escape(text[last:m.start()]),
                f'<span class="fig">{html.escape(figure)}</span>']
        last = m.end()
    return "".join(out) + html.escape(text[last:])


def _html_cell(cell) -> str:
    e = html.escape
    if isinstance(cell, _Badge):
        word, icon, _, meaning = glossary.verdict_badge(cell.verdict)
        return (f'<span class="badge v-{e(cell.verdict)}" title="{e(meaning)}">'
                f'<span aria-hidden="true">{e(icon)}</span> {e(word)}</span>')
    if isinstance(cell, tuple):
        return "<br>".join(_text(c) for c in cell)
    return _text(cell)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def render_html(blocks: list, title: str) -> str:
    """One self-contained HTML page of the blocks; pictures embedded as data URIs."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(title)}</title>", f"<style>{_CSS.strip()}</style>", "</head>",
           "<body>"]
    for b in blocks:
        if isinstance(b, _Heading):
            anchor = f' id="{e(b.anchor)}"' if b.anchor else ""
            out.append(f"<h{b.level}{anchor}>{e(b.text)}</h{b.level}>")
        elif isinstance(b, _Para):
            cls = f' class="{b.kind}"' if b.kind else ""
            out.append(f"<p{cls}>{_text(b.text)}</p>")
        elif isinstance(b, _Summary):
            parts = []
            for sentence, verdict in b.items:
                if verdict is None:
                    parts.append(f"<p>{_text(sentence)}</p>")
                else:
                    parts.append(f'<p class="point">{_html_cell(_Badge(verdict))} '
                                 f"{_text(sentence)}</p>")
            out.append('<section class="summary" id="summary"><h2>In short</h2>'
                       + "".join(parts) + "</section>")
        elif isinstance(b, _Verdict):
            out.append(f'<p class="verdict">{_html_cell(_Badge(b.verdict))} '
                       f'<span class="note">{_text(b.text)}</span></p>')
        elif isinstance(b, _Quote):
            line = (f"<p>\u201c{e(_one_line(b.quote))}\u201d "
                    f'<span class="src">\u2014 {e(b.source)}</span></p>')
            if out[-1].endswith("</blockquote>") and out[-1].startswith("<blockquote>"):
                out[-1] = out[-1][:-len("</blockquote>")] + line + "</blockquote>"
            else:
                out.append(f"<blockquote>{line}</blockquote>")
        elif isinstance(b, _List):
            out.append("<ul>" + "".join(f"<li>{_text(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, _Table):
            head = "".join(f'<th scope="col">{e(h)}</th>' for h in b.header)
            rows = "".join("<tr>" + "".join(f'<td data-label="{e(h)}">{_html_cell(c)}</td>'
                                            for h, c in zip(b.header, row)) + "</tr>"
                           for row in b.rows)
            cls = f' class="{b.kind}"' if b.kind else ""
            out.append(f'<div class="table-wrap"><table{cls}><caption>{e(b.caption)}'
                       f"</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
                       "</table></div>")
        elif isinstance(b, _Image):
            data = base64.b64encode(b.data).decode("ascii")
            cls = f' class="{b.kind}"' if b.kind else ""
            out.append(f'<figure id="{e(_slug(b.name))}"{cls}><img alt="{e(b.alt)}" '
                       f'src="data:{b.mime};base64,{data}">'
                       f"<figcaption>{e(b.caption)}</figcaption></figure>")
        else:
            raise InputValueError("unknown block", field="blocks", value=type(b).__name__,
                                  expected="heading, paragraph, list, table or picture")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"



__all__ = ["render_markdown", "render_html"]
