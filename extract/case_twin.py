"""A case-sensitive twin of an IGNORECASE pattern, for ASCII text lower-cased once.

Why: a line or a lead-in of a few dozen characters tested against a big IGNORECASE
alternation (page furniture, footer markers, "so-called") costs the regex engine a
case fold of every character of every branch it tries; the same pattern without the flag,
over the text lower-cased once, costs about half (benchmarks/RESULTS.md, "Extraction
1.5x, ninth round"). On ASCII text the two agree: the only characters that IGNORECASE
lets stand for an ASCII letter are other ASCII letters and a few non-ASCII ones ("ſ" for
s, the Kelvin sign for k), which ASCII text never holds. So a caller writes
`TWIN.match(text.lower()) if text.isascii() else PATTERN.match(text)`, and uses the
twin's matches for their offsets only, never for their text (that is lower-cased).
"""

from __future__ import annotations

import re

_NOT_LETTERS = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes, group names


def case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled without IGNORECASE. Refuses a pattern that is not IGNORECASE
    or that names an upper-case letter outside an escape (`\\W`, `\\S` and `\\D` are
    fine): lower-cased text could never match that letter where the original did."""
    if not pattern.flags & re.IGNORECASE:
        raise ValueError(f"not an IGNORECASE pattern: {pattern.pattern[:40]!r}")
    bare = _NOT_LETTERS.sub("", pattern.pattern)
    if any("A" <= c <= "Z" for c in bare):
        raise ValueError(f"an upper-case letter in {pattern.pattern[:40]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
