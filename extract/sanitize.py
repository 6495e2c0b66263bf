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
)

# Characters that end a line in some other convention.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_HAS_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")

# C0 except tab and newline, DEL, C1, bidi override/isolate, and invisible characters
# (zero-width space, word joiner, BOM, soft hyphen) that only hide or glue text.
_CONTROLS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad\ufff9-\ufffb]"
)

# Odd spaces become a plain space (one for one, so lengths stay the same).
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def sanitize(text: str) -> str:
    """Remove escape sequences and control/bidi characters; LF line ends; plain spaces."""
    if not text:
        return ""
    if "\x1b" in text:
        text = _ESCAPE_SEQ.sub("", text)
    text = _LINE_BREAKS.sub("\n", text) if _HAS_BREAKS.search(text) else text
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text)


def sanitize_meta(value: object) -> str | None:
    """A metadata field (title, author, ...) as one clean line, or None when empty."""
    if value is None:
        return None
    text = " ".join(sanitize(str(value)).split())
    return text or None
