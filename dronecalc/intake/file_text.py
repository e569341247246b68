"""What a file's bytes are when they are not the UTF-8 text a reader wants, and why TOML refused it.

Both readers of files (a case file, :func:`dronecalc.intake.case.load_toml`; an article,
:func:`dronecalc.intake.article.decode`) ask :func:`not_text` first: UTF-16 or UTF-32 text
without its byte-order mark is valid UTF-8 when it is ASCII (every second byte NUL), and was
read as text full of NULs (a case file: "invalid character '\\x00'"; an article: no figure, or
with one accented letter a Windows-1252 warning naming the wrong cause), and a PNG, a PDF or a
Word file given as an article was drafted into a case from its bytes read as Windows-1252
(fuzz8). :func:`toml_hint` names the invisible or typographic character at the place tomllib
stopped (a no-break space, a zero-width space, a byte-order mark inside the file, curly
quotes from a word processor, old Mac CR line breaks), where tomllib says only "Invalid
statement" or "Expected '=' after a key".
"""
from __future__ import annotations

import re
import unicodedata

#: The first bytes of the binary formats most often given by mistake, with their names.
SIGNATURES = ((b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"),
              (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
              (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .odt document is one)"),
              (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc, .xls)"),
              (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"),
              (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
              (b"\x7fELF", "a program (ELF)"), (b"SQLite format 3\x00", "an SQLite database"),
              (b"RIFF", "a RIFF file (audio or video)"))
#: Bytes looked at: enough to tell, and the same cost for a file of any size.
SAMPLE = 65_536
#: C0 control bytes that no text holds (tab, line breaks and form feed are text).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _wide(sample: bytes) -> str | None:
    """"UTF-16 (little-endian)" etc. when NUL bytes stand where ASCII text in that encoding has
    them: at least 60 % of the high bytes NUL and at most 10 % of the low bytes."""
    def share(offset: int, step: int) -> float:
        part = sample[offset::step]
        return part.count(0) / len(part) if part else 0.0
    if len(sample) >= 8:
        if min(share(1, 4), share(2, 4), share(3, 4)) >= 0.9 and share(0, 4) <= 0.1:
            return "UTF-32 (little-endian)"
        if min(share(0, 4), share(1, 4), share(2, 4)) >= 0.9 and share(3, 4) <= 0.1:
            return "UTF-32 (big-endian)"
    if len(sample) >= 4:
        if share(1, 2) >= 0.6 and share(0, 2) <= 0.1:
            return "UTF-16 (little-endian)"
        if share(0, 2) >= 0.6 and share(1, 2) <= 0.1:
            return "UTF-16 (big-endian)"
    return None


def not_text(raw: bytes, boms: bool = True) -> str | None:
    """Why ``raw`` is not UTF-8 text, in words ("UTF-16 (little-endian) text without its
    byte-order mark", "a PDF document", "binary data"), or None when it may be text.

    ``boms``: also name UTF-16/32 that opens on its byte-order mark (a case file must be
    UTF-8; the article reader reads those itself). Binary data is a file whose first 64 KB
    are more than 1 % NUL bytes or more than 5 % other control bytes (random bytes: ~11 %; a
    text with a stray NUL pasted in stays text).
    """
    if boms:
        for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
                          (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
                          (b"\xff\xfe", "UTF-16 (little-endian)"),
                          (b"\xfe\xff", "UTF-16 (big-endian)")):
            if raw.startswith(bom):
                return f"{name} text (with its byte-order mark)"
    for signature, name in SIGNATURES:
        if raw.startswith(signature):
            return name
    sample = raw[:SAMPLE]
    wide = _wide(sample)
    if wide:
        return f"{wide} text without its byte-order mark"
    if sample and (sample.count(0) > 0.01 * len(sample)
                   or len(_CONTROL_BYTES.findall(sample)) > 0.05 * len(sample)):
        return "binary data (control bytes no text holds)"
    return None


#: Characters a TOML file should not hold outside its strings, and what to write instead.
_ODD = {"\u00a0": "a plain space", "\u202f": "a plain space", "\u2007": "a plain space",
        "\u3000": "a plain space", "\u200b": "nothing (delete it)",
        "\u200c": "nothing (delete it)", "\u200d": "nothing (delete it)",
        "\u2060": "nothing (delete it)", "\ufeff": "nothing (delete it)",
        "\u00ad": "nothing (delete it)", "\u201c": 'a straight quote "',
        "\u201d": 'a straight quote "', "\u201e": 'a straight quote "',
        "\u2018": "a straight quote '", "\u2019": "a straight quote '",
        "\u00ab": 'a straight quote "', "\u00bb": 'a straight quote "',
        "\uff1d": "a plain =", "\u2028": "a line break", "\u2029": "a line break"}
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_hint(text: str, message: str) -> str:
    """"; ..." naming the character that most likely made tomllib stop with ``message``, or
    "" (an ordinary syntax error keeps tomllib's own words)."""
    at = _AT.search(message)
    lines = text.split("\n")
    number, column = (int(at.group(1)), int(at.group(2))) if at else (0, 0)
    line = lines[number - 1] if 1 <= number <= len(lines) else ""
    char = line[column - 1:column]                   # the character tomllib stopped at
    if (char == "\r" or "'\\r'" in message) and re.search(r"\r(?!\n)", text):
        return ("; the file has old Mac line breaks (CR alone): save it with LF (Unix) or "
                "CRLF (Windows) line breaks")
    if char in _ODD and char:
        return (f"; line {number}, column {column} holds U+{ord(char):04X} "
                f"{unicodedata.name(char, '')}: write {_ODD[char]} there")
    return ""


#: A case file's own tables: "[case]", "[figures.F1]" on a line of their own.
_CASE_TABLE = re.compile(r"^\[(?:case|vehicle|battery|assumptions|figures\.[\w.-]+)\][ \t]*$",
                         re.MULTILINE)


def case_file_warning(text: str) -> str | None:
    """A draft warning when the "article" is a case file (``dronecalc extract case.toml``
    drafted its quotes and notes into a second case, with no word; fuzz8)."""
    if len(_CASE_TABLE.findall(text[:200_000])) < 2:
        return None
    return ("the article looks like a dronecalc case file (it has [case] / [figures...] "
            "tables), not an article's text: check it with `dronecalc check` as it is; this "
            "draft re-reads its quotes as if they were an article")
