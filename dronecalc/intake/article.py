"""Articles as dronecalc extract reads them: plain text with an optional header, or HTML.

:func:`read_article` strips HTML with the standard library's :class:`html.parser.HTMLParser`
(scripts, styles and page furniture dropped; nothing is ever fetched) and reads a plain-text
header of ``Title:``, ``Outlet:``, ``URL:``, ``Date:`` lines; :func:`sentences` cuts the text
into sentences. Both are one pass over the text.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import DroneCalcError
from .file_text import not_text
from .numbers import INCHES_AFTER

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "brig", "lt", "col", "maj", "capt",
                  "sgt", "no", "approx", "ca", "vs", "jr", "sr", "prof", "sen", "rep", "gov",
                  "inc", "ltd", "co", "corp", "fig", "e.g", "i.e", "u.s", "u.k", "etc", "al",
                  "min", "max"}
#: (a wiki's citation marker after the stop ends it too: "in many countries.[2] Designed")
_SENTENCE_END = re.compile(r"[.!?]+(?:\[(?:\d{1,3}|[a-z]|citation needed)\])*[\"'”’)\]]*\s+")
_HEADER = re.compile(r"^(Title|Outlet|URL|Date|Note|Source|Author):[ \t]*(.*)$")



class _Text(HTMLParser):
    """Text of an HTML page with the standard library: blocks become lines; scripts, styles
    and page furniture (nav, header, footer, aside, forms) are dropped."""

    SKIP = {"script", "style", "noscript", "svg", "template", "iframe", "nav", "header",
            "footer", "aside", "form", "button", "select"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "section", "article", "blockquote", "figcaption", "table", "hr", "dd", "dl",
             "pre", "main", "figure"}
    #: A spec table's cells and a definition list's terms stay on their row's line, the
    #: label first: "<tr><td>Max Flight Time</td><td>41 min</td></tr>" reads
    #: "Max Flight Time: 41 min", so that the label's words are the value's cue words.
    CELLS = {"td", "th", "dt"}

    def __init__(self, skip: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip, self.parts, self.depth, self.in_title = skip, [], 0, False
        self.title, self.meta, self.cell = "", {}, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.skip:
            self.depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if attrs.get("content"):
                self.meta.setdefault(key.lower(), attrs["content"].strip())
        elif tag == "link" and (attrs.get("rel") or "").lower() == "canonical":
            self.meta.setdefault("canonical", (attrs.get("href") or "").strip())
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in ("tr", "dl", "table"):
            self.cell = 0
        elif tag in self.CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in self.skip:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in self.skip:
            self.depth = max(0, self.depth - 1)
        elif tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.CELLS and self.depth == 0:
            self.cell += 1
            self.parts.append(": " if self.cell == 1 or tag == "dt" else "; ")
        elif tag == "dd":
            self.cell = 0

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.depth == 0:
            self.parts.append(data)


@dataclass(frozen=True)
class Article:
    """An article's text and what its header or markup says about it."""

    body: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def is_html(text: str) -> bool:
    """True when ``text`` looks like an HTML page or fragment."""
    head = text[:4000].lower()
    return head.lstrip().startswith("<") and any(
        tag in head for tag in ("<html", "<body", "<p", "<div", "<article", "<!doctype"))


def read_article(text: str, html: bool | None = None) -> Article:
    """Plain text (with an optional ``Title:``/``URL:``/``Date:`` header) or HTML -> Article.

    HTML is stripped with :class:`html.parser.HTMLParser`; nothing is fetched. Control
    characters other than tab and line breaks (terminal escapes, DEL) are dropped first: the
    case reader refuses them in any text a reader is shown.
    """
    text = _CONTROL.sub("", text)
    if html is None:
        html = is_html(text)
    if html:
        parser = _Text(_Text.SKIP)
        parser.feed(text)
        parser.close()
        body = "".join(parser.parts)
        if not body.strip():                        # an unclosed <nav> swallowed the page
            parser = _Text({"script", "style", "noscript", "svg", "template"})
            parser.feed(text)
            parser.close()
            body = "".join(parser.parts)
        meta = parser.meta
        lines = [" ".join(line.split()) for line in body.splitlines()]
        return Article("\n".join(line for line in lines if line),
                       " ".join(parser.title.split()) or meta.get("og:title"),
                       meta.get("og:url") or meta.get("canonical") or None,
                       meta.get("article:published_time") or meta.get("date") or None,
                       meta.get("og:site_name"))
    header, lines = {}, text.splitlines()
    n = 0
    while n < len(lines) and (m := _HEADER.match(lines[n])):
        header[m.group(1).lower()] = m.group(2).strip()
        n += 1
    body = "\n".join(lines[n:]) if header else text
    return Article(body, header.get("title"), header.get("url"), header.get("date"),
                   header.get("outlet") or header.get("source"))


#: The last break between words: where a cut text may end.
_LAST_BREAK = re.compile(r"\s+\S*$")


def cut_words(text: str, limit: int) -> str:
    """``text``, or its first whole words that fit in ``limit`` characters with "..." after
    them: a title or header value is never cut inside a word ("... with a 6S 4000 mAh" is not
    "... with a 6"). A first word longer than half the room (a URL) is cut where the room ends.

    >>> cut_words("built on a 7-inch frame with a 6S 4000 mAh battery", 34)
    'built on a 7-inch frame with a...'
    """
    if len(text) <= limit:
        return text
    room = max(0, limit - 3)
    head = text[:room + 1]                           # the char after the room: a break there
    m = _LAST_BREAK.search(head)                     # keeps the word before it whole
    cut = head[:m.start()] if m and m.start() >= room // 2 else text[:room]
    return (cut.rstrip(" \t,;:-–—") or text[:room]) + "..."


#: A short headline: two or three words, each capitalised (a colon after a kicker allowed:
#: "Warplanes: ScanEagle Soars", strategypage's headline, review 19, whose draft had taken the
#: first body sentence as the title), with no sentence's end; not a byline or a credit ("By
#: Erdal Ozkan": trials_new5's sprayers-ocj).
_SHORT_HEADLINE = re.compile(r"^(?!(?:By|From|Photo|Image|Source|Updated|Posted)\b)"
                             r"(?:[A-Z0-9][\w'’&-]*:?\s+){1,2}[A-Z0-9][\w'’&-]*[!?]?$")


def short_headline(line: str) -> bool:
    """Whether ``line`` (a body's first line) is a short headline of capitalised words.

    >>> short_headline("Warplanes: ScanEagle Soars"), short_headline("Specifications")
    (True, False)
    """
    return bool(_SHORT_HEADLINE.match(line.strip()))


def sentences(body: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``body``: one paragraph per line, split at . ! ? that end a
    sentence (not after an abbreviation, an initial or inside a number)."""
    spans, at, label, label_end = [], 0, None, 0
    for line in body.split("\n"):
        start = at
        at += len(line) + 1
        if not line.strip():
            if label is not None:                    # "The quadcopter specifications:", then a
                spans.append((label, label_end))     # blank line: a heading, read on its own
            label = None
            continue
        if _LABEL_LINE.match(line):
            # a spec table's label on its own line ("Max Flight Time:" then "41 min"): it is
            # read with the line after it, so that its words are the value's cue words
            label = start + len(line) - len(line.lstrip()) if label is None else label
            label_end = start + len(line.rstrip())
            continue
        cut, joined = 0, label
        label = None
        for m in _SENTENCE_END.finditer(line):
            nxt = line[m.end():m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(") or (
                    nxt == "(" and line[m.end() + 1:m.end() + 2].isdigit()):
                continue                             # "Mach 0.74. (570 mph)": one sentence
            word = re.search(r"([A-Za-z][A-Za-z.]{0,6})$", line[max(0, m.start() - 8):m.start()])
            if line[m.start()] == "." and word and (
                    word.group(1).lower() in _ABBREVIATIONS
                    or len(word.group(1)) == 1 and not _UNIT_LETTER.search(line, 0, m.start())
                    or word.group(1).lower() == "ft" and INCHES_AFTER.match(line, m.start())):
                continue                             # "Span: 14 ft. 11 1/2 in.": one length
            spans.append(_joined(joined, _strip_span(line, start, cut, m.end())))
            cut, joined = m.end(), None
        if line[cut:].strip():
            spans.append(_joined(joined, _strip_span(line, start, cut, len(line))))
    if label is not None:
        spans.append((label, label_end))
    return [s for s in spans if s[1] > s[0]]


#: A one-letter unit before a full stop ("100 km/h.", "8 h.", "500 W."): a sentence's end,
#: not an initial ("J. Smith") -- "at 100 km/h. Analysts say ..." had joined two sentences,
#: and the second's payload became the first's (review of 2026-12-05).
_UNIT_LETTER = re.compile(r"(?:/|\d ?)[A-Za-z]$")


#: A line that is only a label: a few words ending in a colon, no digits ("Max Flight Time:",
#: "Max Horizontal Speed (at sea level, no wind):").
_LABEL_LINE = re.compile(r"^\s*[A-Za-z][^\d\n]{0,78}:\s*$")


def _joined(label: int | None, span: tuple[int, int]) -> tuple[int, int]:
    return span if label is None else (label, span[1])


def _strip_span(line: str, offset: int, a: int, b: int) -> tuple[int, int]:
    piece = line[a:b]
    lead = len(piece) - len(piece.lstrip())
    return offset + a + lead, offset + a + len(piece.rstrip())


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """The bytes that are not UTF-8, each read as Windows-1252 (a codecs error handler)."""
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("dronecalc-cp1252", _cp1252_bytes)

#: Byte-order marks of UTF-32 and UTF-16 (Notepad's "Unicode"), longest first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(raw: bytes) -> tuple[str, str | None]:
    """An article's text from its bytes: UTF-8 (a byte-order mark dropped); UTF-16 or UTF-32
    when it opens on their byte-order mark; else UTF-8 where it is valid and each other byte
    as Windows-1252, with a warning naming the first byte that is not UTF-8 (ux7: a Latin-1
    file's accented letters became U+FFFD in the quotes with no word, and the same bytes on
    standard input ended ``extract - -o`` in an internal error; review 11 F13: one stray
    Latin-1 byte had re-read a whole UTF-8 file as Windows-1252, "20–30 km" as mojibake
    and so "30 km", and a UTF-16 file gave no figure)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), None
            except UnicodeDecodeError:
                break
    if (what := not_text(raw, boms=False)) is not None:
        raise DroneCalcError(f"not an article's text: the file is {what}", field="ARTICLE",
                             expected="text: save the article (or copy its text) as a UTF-8 "
                                      ".txt file, or give its .html page")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad, where = raw[exc.start], exc.start
    return raw.decode("utf-8-sig", errors="dronecalc-cp1252"), (
        f"the article is not UTF-8 text (byte 0x{bad:02x} at offset {where:,}): its other "
        "bytes were read as Windows-1252 (Latin-1), so check the accented letters of the "
        "quotes, or save the article as UTF-8 and draft it again")


#: Largest article read (bytes): a news page with its scripts is under 2 MB, its text under
#: 100 KB; drafting reads ~2.3 us a character (5 MB of text: 12 s), and /dev/zero never ends
#: (fuzz8: ``extract /dev/zero`` read until memory ran out).
MAX_ARTICLE_BYTES = 4_000_000


def article_bytes(path: str) -> tuple[bytes | str, str, bool | None]:
    """(content, name, html) of an article file, or of standard input for ``"-"``: bytes, so
    that :func:`decode` reads every file alike (text only from a text stream put in place of
    standard input); html True for a .html/.htm name, else None (detected). At most
    :data:`MAX_ARTICLE_BYTES`."""
    import sys
    from pathlib import Path
    name = "standard input" if path == "-" else Path(path).name
    try:
        if path == "-":
            if sys.stdin is None:            # "extract - <&-": an internal error (fuzz8)
                raise DroneCalcError("standard input is closed: nothing to read",
                                     field="ARTICLE", value=path, expected="an article piped "
                                     "in (dronecalc extract - < article.txt), or its path")
            stdin = getattr(sys.stdin, "buffer", None)
            raw = (sys.stdin if stdin is None else stdin).read(MAX_ARTICLE_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except (OSError, ValueError) as exc:     # ValueError: a NUL in the path, a closed stdin
        raise DroneCalcError("cannot read the article", field="ARTICLE", value=path,
                             expected="a readable .txt or .html file "
                                      f"({getattr(exc, 'strerror', None) or exc})") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise DroneCalcError(f"the article is larger than {MAX_ARTICLE_BYTES:,} bytes",
                             field="ARTICLE", value=path, expected="one article's text or page "
                             "(copy the part to draft into a .txt file)")
    return raw, name, True if Path(path).suffix.lower() in (".html", ".htm") else None
