"""HTML to a Document: trafilatura finds the article; cleanup builds the body.

trafilatura separates the article from navigation, ads and comments and reads the
metadata (title, author, date, site name, canonical URL). We walk its cleaned tree so
paragraphs stay paragraphs and <h2>-style headings stay headings, then hand the text to
the plain-text cleanup, which repairs what copy-paste broke and computes the spans.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from claimdesk.extract.cleanup import clean_text, word_count
from claimdesk.extract.document import Document, ExtractError
from claimdesk.extract.page_meta import PageMeta, best_title, read_page_meta, visible_date
from claimdesk.extract.sanitize import sanitize, sanitize_meta

# trafilatura and its helpers log "discarding data" and the like at WARNING; with no
# handler configured Python prints those on stderr, which is not ours to show.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    _log = logging.getLogger(_name)
    _log.addHandler(logging.NullHandler())
    _log.propagate = False

# Numeric character references to characters sanitize() would remove ("&#27;" is ESC
# once parsed); lxml also rejects some of them outright, losing the whole page.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_SAFE_SAMPLE = re.compile(r"^[\t\n]$")
_BLOCK_TEXT_MIN_WORDS = 8


def _char_ref(m: re.Match[str]) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""
    ch = chr(code)
    if _SAFE_SAMPLE.match(ch):
        return m.group(0)
    return m.group(0) if sanitize(ch) == ch else ""


def looks_like_html(text: str) -> bool:
    """Sniff a document that is HTML whatever its name says."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return True
    return head.startswith("<") and any(t in head for t in ("<head", "<body", "<article"))


def html_to_document(html: str, path: str, *, url: str | None = None) -> Document:
    """Extract the article of one HTML page; ExtractError when there is none."""
    from claimdesk.extract.page_trafilatura import read_page  # trafilatura: slow to import

    html = _CHAR_REF.sub(_char_ref, sanitize(html))
    try:
        result = read_page(html, _extractor(url), url)
    except RecursionError:
        raise ExtractError(f"{path}: HTML nested too deeply to read") from None
    except Exception as exc:  # a third-party parser: any failure is bad input to us
        raise ExtractError(f"{path}: could not parse HTML ({type(exc).__name__})") from None
    if result is None or getattr(result, "body", None) is None:
        raise ExtractError(f"{path}: no article text found in the HTML")

    blocks, heads = _blocks(result.body)
    if not any(_is_prose(b) for b in blocks):
        raise ExtractError(f"{path}: no article text found in the HTML")

    page, page_text = _page(html, url)
    title, cut_site = best_title(sanitize_meta(result.title), page)
    title = sanitize_meta(title)
    site = sanitize_meta(result.sitename)
    if cut_site and (site is None or ("." in site and " " not in site)):
        site = sanitize_meta(cut_site)  # "Coastal Times - ..." over "coastaltimes.example"
    doc = clean_text(
        "\n\n".join(blocks),
        path,
        forced_headings=heads,
        title=title,
        detect_title=title is None,
        site_name=site,
    )
    doc.format = "html"
    doc.author = sanitize_meta(result.author) or doc.author
    doc.published = (
        page.published
        or visible_date(page_text)
        or _iso_day(sanitize_meta(result.date))
        or doc.published
    )
    doc.url = sanitize_meta(result.url) or url
    return doc


_DATE_PARAMS = (("extensive_search", False), ("original_date", True))


@lru_cache(maxsize=1)
def _shared_extractor():
    """trafilatura's options, built once per process (reading its config file's numbers
    on every page cost as much as a tenth of its metadata pass)."""
    return _new_extractor(None)


def _extractor(url: str | None):
    return _shared_extractor() if url is None else _new_extractor(url)


def _new_extractor(url: str | None):
    """The options bare_extraction(include_comments=False, include_tables=True, ...)
    would build, but output format "txt": the same body without the plain text of the
    body, which we never read (the "python" format's extra xmltotxt pass), and no
    metadata pass (page_trafilatura.read_page runs the parts we read).
    trafilatura copies the options before changing them."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="txt",
        comments=False,
        tables=True,  # results tables hold figures; rows become lines
        images=False,
        links=False,
        url=url,
        with_metadata=False,
        date_params=dict(_DATE_PARAMS),
    )


def _page(html: str, url: str | None) -> tuple[PageMeta, str]:
    """The page's own metadata and, when that gives no date, its visible text (for a
    "Published: ..." line; empty when lxml cannot parse the page). The text is built
    only then: it was a third of our own reading of a page (0.05 of 0.08 ms), and every
    page of the benchmark corpus has its date in its metadata. The tree is let go here,
    as before (a huge page's tree is not held through the cleanup)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # a third-party parser: the page is still read without its markup
        return PageMeta(), ""
    meta = read_page_meta(root, url)
    return meta, "" if meta.published else _visible_text(root)


def _visible_text(root: Any) -> str:
    """The page's visible text, white space squeezed."""
    body = next(root.iter("body"), root)
    return " ".join(" ".join(body.itertext()).split())


def _blocks(root) -> tuple[list[str], list[str]]:
    """Paragraph texts in order, and which of them are headings."""
    for lb in root.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    children = list(root) if root.tag == "body" else [root]
    blocks: list[str] = []
    heads: list[str] = []
    for child in children:
        if not isinstance(child.tag, str):  # comments, processing instructions
            continue
        if child.tag == "table":
            rows, caption = _table_rows(child)
            if caption:
                blocks.append(caption)
                heads.append(caption)
            blocks.extend(rows)
            continue
        if child.tag == "list":
            texts = [_text(i) for i in child.iter("item") if i.find(".//item") is None]
            blocks.extend(t for t in texts if t)
            continue
        text = _text(child)
        if not text:
            continue
        blocks.append(text)
        if child.tag == "head":
            heads.append(text)
    return blocks, heads


_MAX_TABLE_ROWS = 60
_MAX_TABLE_COLS = 10


def _table_rows(table) -> tuple[list[str], str | None]:
    """A data table as one line per row ("Ilona Vásquez; Votes: 212,480; Share: 50.9%"),
    and its caption; layout tables and huge ones are left out."""
    rows = [r for r in table.iter("row")]
    if not rows or len(rows) > _MAX_TABLE_ROWS or table.find(".//table") is not None:
        return [], None
    caption = None
    headers: list[str] = []
    out: list[str] = []
    for row in rows:
        cells = [_text(c) for c in row.iter("cell")]
        if len(cells) > _MAX_TABLE_COLS:
            return [], None
        filled = [c for c in cells if c]
        if not filled:
            continue
        is_head = all(c.get("role") == "head" for c in row.iter("cell") if _text(c))
        if is_head and len(filled) == 1 and not out and caption is None and not headers:
            caption = filled[0]
            continue
        if is_head:
            headers = cells
            continue
        parts = []
        for i, cell in enumerate(cells):
            if not cell or cell in "—–-":
                continue
            head = headers[i] if i < len(headers) and i else ""
            parts.append(f"{head}: {cell}" if head else cell)
        out.append("; ".join(parts))
    return out, caption


def _text(el) -> str:
    return sanitize("".join(el.itertext())).strip()


def _is_prose(block: str) -> bool:
    return word_count(block, _BLOCK_TEXT_MIN_WORDS) >= _BLOCK_TEXT_MIN_WORDS or (
        word_count(block, 3) >= 3 and block.rstrip()[-1:] in '.!?"”'
    )


def _iso_day(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None
