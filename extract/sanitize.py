"""Make untrusted text safe to store and show: the first thing done to any input.

Rich and Textual pass escape sequences through to the terminal (OSC 52 writes the
clipboard, OSC 8 makes hidden links) and bidi overrides reorder what a reviewer sees,
so every string that comes from an article (plain text, text out of HTML, metadata)
goes through `sanitize` before anything else looks at it.
"""

from __future__ import annotations

import re

# Whole terminal escape sequences go first, so their payload (an OSC 52 clipboard
# string, an OSC 8 link target) does not survive as stray text.
_ESCAPE_SEQ = re.compile(
    r"\x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL | ST (within a line)
    r"|\x1b[P_^X][^\x1b\x9c\n]*(?:\x1b\\|\x9c)?"  # DCS / APC / PM / SOS ... ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[ -/]*[0-~]?"  # other two- or three-byte escapes
    # The same in their 8-bit (C1) form: CSI is U+009B, OSC U+009D, DCS U+0090, SOS
    # U+0098, PM U+009E, APC U+009F; "\x9b31m" goes whole, not leaving "31m" behind. A
    # string without its terminator loses only the introducer (a stray C1 byte in a
    # badly decoded page must not take the rest of the paragraph with it).
    r"|\x9b[0-?]*[ -/]*[@-~]"
    # (a payload never runs past another introducer: a run of them stays linear)
    r"|\x9d[^\x07\x1b\x90\x98\x9b-\x9f\n]*(?:\x07|\x1b\\|\x9c)"
    r"|[\x90\x98\x9e\x9f][^\x1b\x90\x98\x9b-\x9f\n]*(?:\x1b\\|\x9c)"
)
_HAS_ESCAPE = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")

# Characters that end a line in some other convention.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_HAS_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")

# C0 except tab and newline, DEL, C1, bidi override/isolate, direction marks (LRM, RLM,
# ALM), and invisible characters (zero-width space, word joiner, invisible operators,
# BOM, soft hyphen, Mongolian vowel separator) that only hide or glue text: "300\u200e
# users" must read as "300 users".
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c"
    "\u2060-\u2064\ufeff\u00ad\u180e\ufff9-\ufffb]"
)
# Zero-width (non-)joiners shape Persian, Indic and emoji sequences: they stay between two
# characters past Latin, and go anywhere else ("300\u200d users").
_JOINERS = re.compile("[\u200c\u200d]")

# Odd spaces become a plain space (one for one, so lengths stay the same).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


# Every character any step below acts on: most texts hold none, and one scan for them
# replaces the four (a step that finds nothing still reads the whole text).
_ANY = re.compile(
    "["
    + "".join(
        p.pattern.removeprefix("[").removesuffix("]")
        for p in (_HAS_ESCAPE, _HAS_BREAKS, _CONTROLS, _JOINERS, _SPACES)
    )
    + "]"
)

# The ASCII characters no step acts on (printable, tab, newline): an ASCII text that is
# all of them is left as it is.
_ASCII_KEPT = bytes(b for b in range(128) if _ANY.match(chr(b)) is None)


def sanitize(text: str) -> str:
    """Remove escape sequences and control/bidi characters; LF line ends; plain spaces."""
    if not text:
        return ""
    if text.isascii():
        if not text.encode("ascii").translate(None, _ASCII_KEPT):
            return text  # as _ANY.search(text) is None: one table pass in C, no regex
    elif _ANY.search(_unkept(text)) is None:
        return text
    if _HAS_ESCAPE.search(text):
        text = _ESCAPE_SEQ.sub("", text)
    text = _LINE_BREAKS.sub("\n", text) if _HAS_BREAKS.search(text) else text
    text = _CONTROLS.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS.sub(lambda m: _joiner(text, m.start()), text)
    return _SPACES.sub(" ", text)


def _unkept(text: str) -> str:
    """The characters of `text` that are not ASCII or not in _ASCII_KEPT, in order: what
    _ANY can match. Its UTF-8 bytes less the kept ASCII ones (no byte of a longer UTF-8
    sequence is ASCII): two passes in C, where the regex read every character of a text
    with one curly quote (13 -> 5.5 us of sanitize an article over the corpus)."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_KEPT)
    return rest.decode("utf-8", "surrogatepass")


def _joiner(text: str, i: int) -> str:
    """Keep a joiner inside a word of a script that needs it, drop it elsewhere."""
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    keep = before > "\u02ff" and after > "\u02ff" and not (before + after).isspace()
    return text[i] if keep else ""


def sanitize_meta(value: object) -> str | None:
    """A metadata field (title, author, ...) as one clean line, or None when empty."""
    if value is None:
        return None
    text = " ".join(sanitize(str(value)).split())
    return text or None
