"""Whether an article is written in English, the only language the drafting reads.

``dronecalc extract`` finds figures by their English unit words and the English words near
them ("carried", "flight time", "range"): a passage in another language drafts nothing or
a few stray figures ("480 kilos" of a Spanish sentence), which without a word of warning
looks like an article with no claims. :func:`language_warning` says so in the draft.

Two signs, each cheap and conservative (a spec table in English, with hardly a function
word, must never be flagged):

* the script: most letters outside the Latin alphabets (Cyrillic, Arabic, Chinese ...), at any
  length: a short line in another script is as unreadable to the drafting as a long one (the
  report review of 2026-12-04; before, fewer than 40 letters were never flagged);
* the function words: in running text, function words are about 40-50 % of the tokens of
  any language (Zipf; the most frequent words of the Brown corpus, Francis & Kucera 1982,
  "the", "of", "and", "to", "a", "in" alone make about 20 %). A passage whose function
  words are mostly those of another Latin-script language (Spanish, French, German,
  Portuguese, Italian, Dutch, Polish) and hardly any English ones is not English. The
  word lists are short and chosen so that no word is common to English and the other.
  The thresholds are judgements (guesses), measured on this project's 89 fixture passages:
  none of the English ones flagged, the two French spec pages flagged, a Russian report
  quoted with its English translation not flagged (``tests/test_language.py``).
* a passage in another script with ten or more English function words (an original quoted
  with its translation) is read as English.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["language_warning", "quote_language"]

#: English function words (the most frequent words of English text).
_ENGLISH = frozenset(
    "the of and to a in is it that was for on with as by at from this be are has have "
    "had were its can which or an will would been but not than their they he she we its "
    "up also into about after".split())

#: Function words of other Latin-script languages that are never English words.
_OTHER = frozenset(
    # Spanish / Portuguese / Italian
    "de la el los las que y del una es por con para se su al lo como más pero sus "
    "le les des et est du une dans sur pour qui avec au aux ce sont "          # French
    "der die das und ist mit von zu den nicht sich dem ein eine auf für im "   # German
    "os da em com não uma dos das pelo pela "                               # Portuguese
    "il di che della delle degli nel sono gli "                            # Italian
    "het een en niet voor met zijn "                                    # Dutch
    "się nie jest na oraz przez jak "                                          # Polish
    "och att är av för som med".split())                                       # Swedish

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Fewer letters or words than these: too little text for the function words to tell (a title,
#: a table cell); the script needs no minimum.
MIN_LETTERS = 40
MIN_WORDS = 25
#: Share of letters outside the Latin script above which a text is "in another script".
NON_LATIN_SHARE = 0.3
#: English function words from which a passage in another script still has English to read
#: (a quoted original with its translation, as analysts write them).
MIN_ENGLISH = 10
#: Letters that are unit signs, not another script ("5 µm", "10 Ω").
_UNIT_LETTERS = frozenset("\u00b5\u03bc\u2126\u03a9")


def _is_latin(ch: str) -> bool:
    if ch.isascii():
        return True
    try:
        return unicodedata.name(ch).startswith("LATIN")
    except ValueError:
        return False


def language_warning(text: str) -> str | None:
    """A warning for the draft when ``text`` is not English, else None.

    >>> language_warning("The drone carried a bomb weighing three kilograms over the river "
    ...                  "and flew back to its base in the morning, the army said on Monday.")
    >>> print(language_warning("Этот БПЛА способен нести груз с боевой частью весом до 50 кг "
    ...                        "и имеет дальность полета до 1000 км.")[:60])
    the article is written mostly in another script than the Lat
    """
    letters = [ch for ch in text if ch.isalpha() and ch not in _UNIT_LETTERS]
    if not letters:
        return None
    other_script = sum(1 for ch in letters if not _is_latin(ch)) / len(letters)
    advice = ("dronecalc reads figures and the words around them in English only, so figures "
              "are missed or misread; translate the passage first (keep the original as the "
              "case's source and quote)")
    written = _WORD.findall(text)
    words = [w.lower() for w in written]
    english = sum(1 for w in words if w in _ENGLISH)
    # another language's function words count only as written in lower case: capitals are
    # names and codes ("Mini SE", "Al alloy", "CE, FCC", "AV", "Drones del Sur SA de CV")
    if other_script > NON_LATIN_SHARE and english < MIN_ENGLISH:   # at any length (a line)
        return (f"the article is written mostly in another script than the Latin alphabet "
                f"({other_script:.0%} of its letters): {advice}")
    if len(letters) < MIN_LETTERS or len(words) < MIN_WORDS:
        return None
    other = sum(1 for w in written if w in _OTHER)
    if other >= 5 and other > 2 * english:
        return (f"the article does not look written in English ({other} of its {len(words)} "
                f"words are function words of another language, {english} of English): "
                f"{advice}")
    return None


def _script(ch: str) -> str:
    """The script of a letter in words: "Cyrillic", "Arabic", "Chinese" ..."""
    try:
        word = unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "another"
    return {"CJK": "Chinese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
            "HANGUL": "Korean"}.get(word, word.capitalize())


def quote_language(text: str) -> str | None:
    """Why a source's quote is not English, in words, or None: the same two signs as
    :func:`language_warning`, read for a quote. A quote written mostly in another script is
    flagged however short it is ("летает 45 минут": a figure's words are short,
    and a reader of English cannot check them at any length); a Latin-script quote only when it
    is long enough for its function words to tell (:data:`MIN_WORDS`).

    >>> quote_language("летает 45 минут")
    'in Cyrillic script'
    >>> quote_language("stays in the air for 45 minutes") is None
    True
    """
    letters = [ch for ch in str(text) if ch.isalpha() and ch not in _UNIT_LETTERS]
    if not letters:
        return None
    other = [ch for ch in letters if not _is_latin(ch)]
    if len(other) / len(letters) > NON_LATIN_SHARE:
        scripts = sorted({_script(ch) for ch in other},
                         key=lambda s: -sum(_script(ch) == s for ch in other))
        return f"in {' and '.join(scripts[:2])} script"
    words = _WORD.findall(text)
    english = sum(1 for w in words if w.lower() in _ENGLISH)
    foreign = sum(1 for w in words if w in _OTHER)
    if len(words) >= MIN_WORDS and foreign >= 5 and foreign > 2 * english:
        return "not in English"
    return None
