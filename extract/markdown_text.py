"""Markdown to plain text: the words a reader sees, with headings marked.

Only the syntax goes (`#`, emphasis markers, link targets, list bullets, quote marks
of block quotes, fences); the cleanup then builds the body, so every offset refers to
the text without Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?)?[ \t]*$")

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<\"'])")
_PUA = 0xE000  # escaped punctuation is parked here while emphasis is stripped
_PARKED = re.compile("[\ue000-\ue07f]")
_TARGET = r"\((?:[^()\s]|\([^)]{0,300}\)){0,500}(?:\s+\"[^\"]{0,300}\")?\)"  # (url "title")
# Every repeat is bounded: an unclosed "**" or "[" must not make a long line quadratic.
_INLINE: list[tuple[re.Pattern[str], str, str]] = [  # (pattern, replacement, needs)
    (re.compile(r"!\[([^\]]{0,300})\]" + _TARGET), "", "]("),
    (re.compile(r"!\[([^\]]{0,300})\]\[[^\]]{0,100}\]"), "", "]["),
    (re.compile(r"\[([^\]]{1,300})\]" + _TARGET), r"\1", "]("),
    (re.compile(r"\[([^\]]{1,300})\]\[[^\]]{0,100}\]"), r"\1", "]["),
    (re.compile(r"<((?:https?|mailto):[^>\s]{1,500})>"), r"\1", "<"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,300})?/?>"), "", "<"),
    (re.compile(r"(`{1,3})(.{1,300}?)\1"), r"\2", "`"),
    (re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1"), r"\2", ""),
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), r"\1", "*"),
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])"), r"\1", "_"),
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), r"\1", "~~"),
]
_SYNTAX = set("<![`*_~\\")


@dataclass(slots=True)
class MarkdownText:
    text: str
    headings: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # front matter: title, date, author


def markdown_to_text(source: str) -> MarkdownText:
    """Strip Markdown syntax; paragraphs and list items come out separated by blank lines."""
    out = MarkdownText("")
    source = _PARKED.sub("", source)
    m = _FRONT_MATTER.match(source)
    if m:
        out.meta = _front_matter(m.group("yaml"))
        source = source[m.end() :]
    lines = _drop_comments(source).split("\n")
    result: list[str] = []
    in_fence: str | None = None
    for i, raw in enumerate(lines):
        fence = _FENCE.match(raw)
        if fence:
            marker = fence.group(1)[0]
            in_fence = None if in_fence == marker else (in_fence or marker)
            result.append("")
            continue
        if in_fence:
            result.append(raw)
            continue
        if not raw.strip():
            result.append("")
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if _REF_DEF.match(line) or _TABLE_SEP.match(line):
            continue
        underline = _SETEXT.match(line) and result and result[-1].strip() and i > 0
        if underline and not _LIST.match(lines[i - 1]):
            out.headings.append(result[-1].strip())
            result.append("")
            continue
        if _RULE.match(line):
            result.append("")
            continue
        atx = _ATX.match(line)
        if atx:
            text = _inline(atx.group(2) or "")
            if text:
                out.headings.append(text)
                result.extend(["", text, ""])
            continue
        listed = _LIST.match(line)
        if listed:
            result.extend(["", _inline(line[listed.end() :])])
            continue
        if "|" in line and line.strip().startswith("|"):
            line = "  ".join(c.strip() for c in line.strip().strip("|").split("|"))
        result.append(_inline(line))
    out.text = "\n".join(result)
    return out


def _inline(text: str) -> str:
    if not _SYNTAX.intersection(text):
        return text.strip()
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: chr(_PUA + ord(m.group(1))), text)
    for pattern, repl, needs in _INLINE:
        if needs in text and (needs or "**" in text or "__" in text):
            text = pattern.sub(repl, text)
    text = _PARKED.sub(lambda m: chr(ord(m.group(0)) - _PUA), text)
    return text.strip()


def _drop_comments(text: str) -> str:
    """HTML comments out, in one linear pass (an unclosed "<!--" keeps the rest)."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _front_matter(yaml: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in yaml.split("\n"):
        m = re.match(r"^(\w+)\s*:\s*(.+?)\s*$", line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip("\"'")
    return meta
