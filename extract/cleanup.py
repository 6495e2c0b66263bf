"""Plain text to a clean Document: the body every offset points into, and its metadata.

News text arrives damaged in a few typical ways: a republishing site wraps it in its
own boilerplate ("Read More / Disclaimer / Publisher: ..."), copy-paste glues sentences
("U.S.official.Air Force Maj."), paragraphs break after an abbreviation ("Maj." /
"Gen. Pat Ryder ..."), section headings sit between paragraphs, and odd spaces creep in.
The rules here are general (they name no outlet) so they carry over to unseen articles.

The body is rebuilt from the repaired paragraphs, joined by a blank line; every span in
the Document indexes that final body.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from claimdesk.extract.case_twin import case_twin
from claimdesk.extract.document import Document
from claimdesk.extract.glue import repair_glue
from claimdesk.extract.header_values import clean_name, dateline_day, parse_date
from claimdesk.extract.outlets import detect_publisher
from claimdesk.extract.sanitize import sanitize

PARA_SEP = "\n\n"


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


# ---------------------------------------------------------------------------
# word lists

# Abbreviations that stand before a name: a paragraph ending in one always continues.
TITLE_ABBR = _wordset(
    "Mr. Mrs. Ms. Mx. Dr. Prof. Gen. Lt. Col. Maj. Capt. Cmdr. Cmdt. Adm. Sgt. Cpl. Pvt. "
    "Brig. Gens. Sen. Sens. Rep. Reps. Gov. Govs. Lt.Gov. Pres. Rev. Fr. Msgr. Amb. Atty. "
    "Supt. Insp. Det. Hon. Sec. Secs. Gen.Lt. Maj.Gen. Lt.Gen. Lt.Col. Brig.Gen. "
    "Spc. PFC. Sr.Lt. Cdr. Ald. Assemblyman. Insp.Gen. Pfc."
)
# Abbreviations that may end a sentence: join only when the next paragraph starts
# lowercase or with a digit ("U.S." / "officials said.", "Dec." / "17").
OTHER_ABBR = _wordset(
    "Inc. Corp. Co. Ltd. Jr. Sr. St. Ave. Blvd. Rd. Bros. No. Nos. vs. etc. approx. "
    "est. dept. Dept. Univ. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. "
    "a.m. p.m. Mt. Ft. Gov't. e.g. i.e. cf. al."
)
_FUNCTION_WORDS = _wordset(
    "the a an of in on at to for with by from and or but that which who whose as than into"
)
_MONTH_NAMES = _wordset(
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec."
)
_GLUED_TAIL = re.compile(r"(?<=[a-z])\.(?=[A-Z])")
_ACRONYM_END = re.compile(r"(?:^|[^\w.])(?:[A-Za-z]\.){2,}$")
_INITIAL_END = re.compile(r"[A-Z](?<!\w.)[a-z]+\s+[A-Z]\.$")  # \b as a lookbehind: skips ahead

# Section headings used by many outlets (compared lower-case, without a trailing colon).
KNOWN_HEADINGS = frozenset(
    """what's new|why it matters|what to know|what people are saying|what happens next
    |what we know|what we don't know|what's next|what comes next|the big picture|big picture
    |background|context|key points|key takeaways|takeaways|zoom in|zoom out|between the lines
    |the bottom line|bottom line|what they're saying|what they are saying|go deeper
    |by the numbers|yes, but|driving the news|the latest|latest|catch up quick|state of play
    |flashback|the backstory|backstory|the other side|reality check|the intrigue|editor's note
    |analysis|related|timeline|what's happening|what happened|why it's important
    |in other news|the details|details|how we got here|what it means|reaction|reactions
    |fast facts|quick facts|at a glance|what you need to know|here's what to know
    |further reading|see also|update|updates|summary|overview|key facts|the story so far
    |what's at stake|the stakes|the response|what others are saying|our take|the context
    |how it happened|what experts say|what the experts say|why this matters|what's driving it
    |the fine print|the numbers|what to watch|what to watch for|the takeaway|first look
    |what's been said|what officials say|the reaction|looking ahead|the backdrop
    |story at a glance|in short|in brief|highlights|the gist|tl;dr|what you should know
    |at issue|top line|the news|key developments|what's been happening|what's changing
    |why now|how it works|what's in it|what's inside|the bigger picture|read next""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)

_TERMINAL = ".!?…"
_CLOSERS = "\"”’')]»"
_NOT_CONTINUED = frozenset(_TERMINAL + _CLOSERS + ":;") - {"."}  # see _continues
_BULLET_GLYPH = re.compile(r"^(?:[•·▪◦‣●■►–]|[-*](?=\s))\s*")
_BULLET_FIRST = frozenset("•·▪◦‣●■►–-*")  # a line _BULLET_GLYPH can match opens on one
_BULLET = re.compile(r"^(?:[-*•·▪–]\s+|\d{1,2}[.)]\s+)")

# ---------------------------------------------------------------------------
# aggregator wrappers and metadata lines

_FOOTER_MARKER = re.compile(
    r"^(?:read more\b|read the (?:full|original|rest)\b|continue reading\b|keep reading\b"
    r"|click here to read\b|disclaimer\b|publisher\s*:|source\s*:|published by\s*:"
    r"|original(?:ly)? (?:published|posted|appeared)\b"
    r"|this (?:story|article|post|report) (?:was )?(?:originally |first )?"
    r"(?:published|appeared|posted)\b"
    r"|recent (?:articles|posts|stories|news)\b|related (?:articles|stories|posts|news|coverage)\b"
    r"|related\s*:?$|more (?:stories|news|articles) from\b|more from\b|you may also like\b"
    r"|recommended(?: for you| stories| articles)?\s*:?$|share this\b|copyright\b|©"
    r"|all rights reserved\b|view comments\b|sign up for\b|subscribe\b|trending\b"
    r"|most (?:read|popular)\b|tags\s*:|topics\s*:|filed under\b"
    r"|\(?(?:additional )?reporting by\b|editing by\b|writing by\b|compiled by\b|our standards\b"
    r"|explore more on these topics\b|reuse this content\b|more on this story\b"
    r"|follow\b.{0,100}(?:https?://|www\.|coverage\b)"
    r"|do you have a (?:story|tip|question)|have a (?:news )?tip\b|got a tip\b"
    r"|the post .{1,200} appeared first on\b|source link$"
    r"|this (?:story|article|report|post) (?:has been|was) (?:updated|amended|corrected)\b"
    r"|correction\s*:|clarification\s*:)",
    re.IGNORECASE,
)
# "... contributed to this report" anywhere in a line's first 100 characters: tried at
# each of them, so only on a line that holds "buted" (a match's lower-case form does).
_FOOTER_CREDIT = re.compile(
    r".{0,100}\bcontributed (?:reporting )?to this (?:report|story|article)\b", re.IGNORECASE
)


_FOOTER_MARKER_LOW = case_twin(_FOOTER_MARKER)  # for ASCII lines, lower-cased once


def _footer_marker(line: str) -> bool:
    """Whether a line opens or belongs to a footer (_FOOTER_MARKER or _FOOTER_CREDIT)."""
    low = line.lower()  # once: the twin's text and the "buted" test's
    if line.isascii():
        if _FOOTER_MARKER_LOW.match(low) is not None:
            return True
    elif _FOOTER_MARKER.match(line) is not None:
        return True
    return "buted" in low and _FOOTER_CREDIT.match(line) is not None


_SURE_FOOTER = re.compile(
    r"^\(?(?:read more\b|disclaimer\b|publisher\s*:|original(?:ly)? (?:published|posted|appeared)"
    r"|this (?:story|article|post|report) (?:was )?(?:originally |first )?"
    r"|(?:additional )?reporting by\b|editing by\b|do you have a|.{0,100}\bcontributed "
    r"|copyright \d{4}\b|© ?\d{4}\b|the post .{1,200} appeared first on\b"
    r"|this (?:story|article|report|post) (?:has been|was) (?:updated|amended|corrected)\b)",
    re.IGNORECASE,
)
_FOOTERISH_WORDS = re.compile(
    r"disclaimer|aggregat|copyright|rights reserved|publisher|not been (?:created|edited)"
    r"|newsletter|subscribe|cookie|privacy policy|terms of (?:use|service)|advertis",
    re.IGNORECASE,
)
_FOOTERISH_WORDS_LOW = case_twin(_FOOTERISH_WORDS)
_PUBLISHER_LINE = re.compile(
    r"^(?:publisher|published by|source|originally published (?:by|in|on|at)"
    r"|read (?:more|the full (?:story|article)|the original(?: story| article)?) (?:at|on)"
    r"|continue reading (?:at|on)|the post .{1,200}? appeared first on"
    r"|this (?:story|article|post|report) (?:was )?(?:originally |first )?"
    r"(?:published|appeared|posted) (?:by|in|on|at))\s*[:\-–—]?\s*(?P<name>.+?)\s*\.?$",
    re.IGNORECASE,
)
_COPYRIGHT_LINE = re.compile(  # case-sensitive name: "© 2024 all rights reserved" is none
    r"^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
_COMPANY_SUFFIX = re.compile(r"\s+(?:Ltd|Limited|Inc|LLC|plc|Co|Corp)\.?$")
_AGENCIES_CREDIT = re.compile(
    r"^(?:source|sources)\s*:\s*(?P<name>[A-Z][\w&'’. -]{1,40}?)\s+(?:and|with|&|\+)\s+"
    r"(?:news\s+|wire\s+)?agenc(?:y|ies)\.?$",
    re.IGNORECASE,
)
_BY_NAME = re.compile(r"\bby (?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"  # capitals, Latin-1 and Latin Extended-A ("Østby", "Łukasz")
_BYLINE = re.compile(
    rf"^By\s+(?P<name>[{_UP}][\w'’.-]+(?:\s+(?:[{_UP}][\w'’.-]+|de|van|von|al|bin|and|&))"
    r"{0,8})\s*(?P<rest>[,|–—-].*)?$"
)
# "Helena Marchetti Environment correspondent": a byline without "By" (Guardian style).
_NAME_ROLE = re.compile(
    rf"^(?P<name>[{_UP}][\w'’-]+(?: [{_UP}][\w'’-]+){{1,2}}?)"
    r"(?: [A-Z][a-z]+){0,3} (?:correspondent|editor|reporter|writer|columnist|journalist"
    r"|producer)$"
)
# "Jonah Pell/Reuters", "Kit Morrow/Getty Images": a photo credit (the line above it,
# when it runs straight on, is the caption).
_PHOTO_CREDIT = re.compile(
    rf"^[{_UP}][\w'’.-]+(?: [{_UP}][\w'’.-]+){{0,3}}\s*/\s*"
    r"(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})$"
)
_RELATED_LABEL = re.compile(
    r"^(?:related|recommended|also read|see also|watch video)(?: (?:article|content"
    r"|video|story|stories|coverage|links?|reading)s?)?\s*:?$",
    re.IGNORECASE,
)
# "Ana Ruiz, Coast News": a byline without "By", told apart from a headline by the
# outlet's last word (a generic word for an outlet, or an acronym such as BBC).
_NAME_OUTLET = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}), "
    r"(?P<outlet>(?:[A-Z][\w&]*\s){0,3}(?:[A-Z][\w&]*))$"
)
_OUTLET_WORDS = _wordset(
    "News Times Post Press Journal Herald Tribune Guardian Telegraph Radio TV Television Wire "
    "Daily Weekly Gazette Review Magazine Chronicle Star Sun Mail Express Independent Observer "
    "Monitor Network Media Agency Courier Ledger Record Standard Dispatch Bulletin Digital "
    "Examiner Inquirer Sentinel Register Today Online Insider"
)
_OUTLET_PUBLISHED = re.compile(
    r"^(?P<outlet>(?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\s*[—–|,-]\s*"
    r"(?:first )?(?:published|posted)(?: on)?\s*:?\s*(?P<date>[^.;|]{4,40}\d{4})"
)
_REPORTING_FROM = re.compile(r"^reporting from [A-Z][\w .,'’-]{1,60}$", re.IGNORECASE)
_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:is|was) (?:an? |the )?(?:\w+ ){0,4}"
    r"(?:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer)\b"
)
_BYLINE_ROLES = _wordset(
    "writer writers reporter reporters correspondent correspondents editor editors staff "
    "contributor contributors columnist special senior chief associate bureau desk "
    "democracy freelance photographer producer analyst"
)
# Labelled header fields of saved or scraped articles ("Title: ...", "URL: ...").
_FIELD_LINE = re.compile(
    r"^(?P<key>title|headline|url|link|source url|author|byline|date|published|posted"
    r"|publication date|publisher|source|outlet|publication)\s*:\s*(?P<value>\S.{0,200})$",
    re.IGNORECASE,
)
_FIELD_KEYS = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source url": "url",
    "author": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "posted": "published",
    "publication date": "published",
    "publisher": "publisher",
    "source": "publisher",
    "outlet": "publisher",
    "publication": "publisher",
}
_DATE_WORDS = _wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun at on am pm a m p "
    "et est edt gmt utc bst cet cest pt pst pdt ct cst cdt mt mst mdt z t updated published "
    "posted last first date modified"
)
# Page furniture that survives a copy from a browser: never article text.
_UI_JUNK = re.compile(
    r"^(?:advertisement|skip advertisement|advert|sponsored(?: content)?|share|save|print|email"
    r"|copy link|comments?|share this (?:article|story|page)|share on \w+|enlarge this image"
    r"|toggle caption|hide caption|caption|listen to this article.{0,30}|listen \(\d+ min\)"
    r"|\d+ min(?:ute)? read|image source, .{0,80}|image caption, .{0,200}|media caption, .{0,200}"
    r"|getty images|follow (?:us|@\w+).{0,60}|(?:photograph|photo|image|credit)\s*: .{0,80}"
    r"|\(photo(?:graph)? by .{0,80}\)|supported by|leer en español"
    r"|(?:sign up|subscribe)\b.{0,80}newsletter.{0,40}|click here\b.{0,80}"
    r"|request reprint(?: & | and )licensing|submit (?:a )?correction|view editorial guidelines"
    r"|gift (?:this )?article|link copied|add topic|show more|read full article|opens in new window"
    r"|story continues (?:below|after) (?:this )?advertisement|source link"
    r"|advertisement\s*[·•|-]\s*scroll to continue|sign up to .{1,60}"
    r"|free (?:daily|weekly|monthly) newsletter|privacy notice: .{0,300}"
    r"|after newsletter promotion|skip past newsletter promotion"
    r"|[\W_]{3,})$",
    re.IGNORECASE,
)
_UI_JUNK_LOW = case_twin(_UI_JUNK)  # for ASCII lines, lower-cased once (case_twin.py)
# Wire-service slugs in front of a headline: "UPDATE 2-", "EXCLUSIVE-", "RPT-".
_WIRE_TAG = re.compile(r"^[A-Z]{3,}(?: \d{1,2})?-(?=[A-Z][a-z]|[“\"‘'$])")
# A kicker above the headline ("EXCLUSIVE", "World news"): section furniture.
_KICKERS = _phrases(
    "exclusive|analysis|opinion|breaking|live|world|news|politics|business|sport|sports"
    "|breaking news|world news|latest|update|updated|commentary|explainer|investigation"
    "|live updates|us news|uk news|europe|asia|africa|middle east|americas|economy"
)
_CREDIT = re.compile(
    r"^(?:image source|photograph|photo|image|credit|picture)\s*[,:]\s*(?P<name>[^/|]{2,60})$",
    re.IGNORECASE,
)
_INLINE_BOILERPLATE = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen)"
    r"(?:\s*[:|»>]|\s+[-–—])\s*\S",
    re.IGNORECASE,
)
# The same without IGNORECASE, for ASCII text lower-cased once (case_twin.py); _CREDIT's
# words open on "i", "p" or "c", so an ASCII line opening on none is not lower-cased
_CREDIT_LOW = case_twin(_CREDIT)
_INLINE_BOILERPLATE_LOW = case_twin(_INLINE_BOILERPLATE)
_BOILERPLATE_FIRST = frozenset("RrAaSsMmWwLl")


def _boilerplate(text: str) -> bool:
    """_INLINE_BOILERPLATE.match(text) is not None (its words open on "r", "a", "s",
    "m", "w" or "l": an ASCII text opening on another character is not lower-cased)."""
    if text.isascii():
        if text[:1] not in _BOILERPLATE_FIRST:
            return False
        return _INLINE_BOILERPLATE_LOW.match(text.lower()) is not None
    return _INLINE_BOILERPLATE.match(text) is not None


_WS = re.compile(r"(?: {2,}|\t)[ \t]*")


@dataclass(slots=True)
class _Para:
    text: str
    forced_heading: bool = False
    bullet: bool = False


# ---------------------------------------------------------------------------
# the entry point


def word_count(text: str, limit: int) -> int:
    """How many words `text` has, counting no further than `limit` + 1: a test of a line's
    length in words that does not split a 5 MB line into a million strings to make it."""
    return len(text.split(None, limit))


def clean_text(
    text: str,
    path: str,
    *,
    forced_headings: Collection[str] = (),
    title: str | None = None,
    detect_title: bool = True,
    site_name: str | None = None,
    soft_breaks: bool = False,
) -> Document:
    """Clean one article's plain text into a Document.

    `forced_headings` are lines already known to be headings (Markdown `#`, HTML <h2>);
    `title` is a headline known from metadata (then a first line repeating it is dropped);
    `site_name` is the site that served the page: the publisher unless the text names
    another one explicitly ("Publisher: ..."), and then it is the aggregator;
    `soft_breaks` says a single line break never ends a paragraph (Markdown).
    """
    text = unicodedata.normalize("NFC", sanitize(text))
    if "  " in text or "\t" in text:  # _WS needs one of them; its scan alone costs 2%
        text = _WS.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    del text  # the lines hold it now (a copy, when sanitizing changed anything)
    # Blank lines mark paragraphs only if the author used them (stripping adds more).
    blank_separated = "" in lines[_first_text(lines) : _last_text(lines)]
    # Photo credits go, but an outlet crediting its own photos names itself.
    credits = [
        m.group("name")
        for line in lines
        if line
        and (not line.isascii() or (line[0] in "IiPpCc" and _CREDIT_LOW.match(line.lower())))
        and (m := _CREDIT.match(line))
    ]
    lines = _drop_furniture(lines)
    forced = {_key(h) for h in forced_headings if h.strip()}

    lines, publisher, aggregator = _strip_footer(lines)
    lines, meta = _strip_header(lines, from_page=site_name is not None)
    publisher = publisher or meta.get("publisher")
    if publisher and site_name and _key(site_name) != _key(publisher):
        aggregator = aggregator or site_name
    publisher = publisher or site_name

    paras = _paragraphs(lines, forced, unwrap=blank_separated, soft_breaks=soft_breaks)
    paras = [p for p in paras if len(p.text) > 160 or not _boilerplate(p.text)]
    paras = _join_broken(paras)
    # One pass over all paragraphs (a line each): far fewer regex calls than one per
    # paragraph, and no repair crosses a line break.
    fixed = repair_glue("\n".join(p.text for p in paras)).split("\n") if paras else []
    for p, text_ in zip(paras, fixed, strict=True):
        p.text = text_

    title = title or meta.get("title")
    if title:
        if paras and _key(paras[0].text) == _key(title):
            paras.pop(0)
    elif detect_title and len(paras) >= 2:
        if _is_kicker(paras[0].text) and (
            (len(paras) >= 3 and _is_title(paras[1])) or _key(paras[0].text) in _KICKERS
        ):
            paras.pop(0)
        if len(paras) >= 2 and _is_title(paras[0]):
            title = paras.pop(0).text

    if title:
        title = _WIRE_TAG.sub("", title) or title

    author = meta.get("author")
    if author and len(paras) > 1:
        bio = _BIO.match(paras[-1].text)
        if bio and _key(bio.group("name")) == _key(author):
            paras.pop()

    heading_flags = _heading_flags(paras)

    body_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    pos = 0
    for p, is_heading in zip(paras, heading_flags, strict=True):
        if body_parts:
            pos += len(PARA_SEP)
        span = (pos, pos + len(p.text))
        body_parts.append(p.text)
        spans.append(span)
        if is_heading:
            headings.append(span)
        pos = span[1]
    body = PARA_SEP.join(body_parts)

    return Document(
        path=path,
        body=body,
        title=title,
        publisher=publisher or meta.get("byline_outlet") or detect_publisher(body, credits=credits),
        aggregator=aggregator,
        published=meta.get("published") or dateline_day(body) or meta.get("updated"),
        url=meta.get("url"),
        author=author,
        paragraphs=spans,
        headings=headings,
    )


# ---------------------------------------------------------------------------
# wrappers and metadata lines


def _strip_footer(lines: list[str]) -> tuple[list[str], str | None, str | None]:
    """Cut a trailing republishing/boilerplate block; keep the publisher it names."""
    idx = [i for i, line in enumerate(lines) if line]
    if not idx:
        return lines, None, None
    # The first of the last 25 lines that opens a footer (a marker line) with only
    # footer-ish lines after it: found walking back from the end, which stops at the
    # first line that is not footer-ish (no line above it can open a footer), so an
    # article ending on prose asks one or two lines, not 25.
    start = None
    for k in range(len(idx) - 1, max(0, len(idx) - 25) - 1, -1):
        line = lines[idx[k]]
        marker = _footer_marker(line)
        if not (marker or _footerish_unmarked(line)):
            break
        if not marker:
            continue
        # "Copyright lawyers say ..." is a sentence: only the sure markers may open
        # a footer with a full sentence.
        sentence = word_count(line, 12) > 12 and line[-1] in _TERMINAL
        if sentence and not _SURE_FOOTER.match(line):
            continue
        start = k
    if start is None:
        return lines, None, None
    footer = [lines[j] for j in idx[start:]]
    # Keep a body: a "footer" that is the whole text is not one.
    if start == 0:
        return lines, None, None
    publisher = aggregator = None
    wrapper = any(re.search(r"disclaimer|aggregat|publisher\s*:", f, re.I) for f in footer)
    for line in footer:
        m = _AGENCIES_CREDIT.match(line)
        if m and not publisher:
            publisher = clean_name(m.group("name"))  # "Source: Al Jazeera and news agencies"
            continue
        m = _PUBLISHER_LINE.match(line)
        # "Source: Census Bureau" under a chart is no publisher; in a wrapper it is.
        if m and not publisher and (wrapper or not line.lower().startswith("source")):
            publisher = clean_name(m.group("name"))
    if not publisher and not wrapper:
        for line in footer:
            m = _COPYRIGHT_LINE.match(line)
            if m:  # "© 2024 Reuters. All rights reserved." (a wrapper's © is the aggregator's)
                publisher = clean_name(_COMPANY_SUFFIX.sub("", m.group("name")))
                break
    if wrapper:
        # The site's own name: a short capitalised line right after the first marker,
        # else the last "by X" of its disclaimer.
        for line in footer[1:3]:
            if _footer_marker(line) or not re.match(r"^\w[\w.&' -]{1,40}$", line):
                continue
            if word_count(line, 4) <= 4:
                aggregator = line.strip()
                break
        if not aggregator:
            for line in footer:
                if re.match(r"disclaimer", line, re.I):
                    names = _BY_NAME.findall(line)
                    if names:
                        aggregator = names[-1].rstrip(".")
    if aggregator and publisher and _key(aggregator) == _key(publisher):
        aggregator = None
    return lines[: idx[start]], publisher, aggregator


def _footerish(line: str) -> bool:
    return not line or _footer_marker(line) or _footerish_unmarked(line)


def _footerish_unmarked(line: str) -> bool:
    """_footerish of a line that is not empty and no footer marker: the cheap tests
    first, the word scan last and on ASCII through its case twin (an IGNORECASE search
    of a prose paragraph cost several microseconds)."""
    if line[0].islower():  # the wrapped tail of the footer line above
        return True
    if line[-1] not in _TERMINAL and word_count(line, 15) <= 15:
        return True
    if line.isascii():
        return _FOOTERISH_WORDS_LOW.search(line.lower()) is not None
    return _FOOTERISH_WORDS.search(line) is not None


def _strip_header(lines: list[str], *, from_page: bool = False) -> tuple[list[str], dict[str, str]]:
    """Take labelled fields, byline and date lines out of the first few lines."""
    meta: dict[str, str] = {}
    out = list(lines)
    seen = 0
    fields_only = True  # every line so far was a "Label: value" field
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > 8:
            break
        field = _FIELD_LINE.match(line)
        if field:
            key = _FIELD_KEYS[field.group("key").lower()]
            value = field.group("value").strip()
            if key == "published":
                value = parse_date(value) or ""
            elif key == "publisher":
                value = clean_name(value) or ""
                # "Source: City Election Commission" over a chart is not the outlet: a
                # bare "Source:" names it only at the very top of a plain-text dump.
                label = field.group("key").lower()
                if label == "source" and (from_page or (seen > 3 and not fields_only)):
                    value = ""
            if value:
                meta.setdefault(key, value)
                out[i] = ""
                continue
        fields_only = False
        # (A byline follows the headline: a first line "By Air and Sea, Aid Arrives" is one.)
        m = _BYLINE.match(line) if seen > 1 else None
        if m and len(line) <= 120 and line[-1] not in _TERMINAL:
            name = m.group("name").strip()
            if name.split()[0].lower().rstrip(".") not in _DATE_WORDS:
                meta.setdefault("author", name)
                outlet = _byline_outlet(m.group("rest"))
                if outlet:
                    meta.setdefault("byline_outlet", outlet)
                out[i] = ""
                continue
        m = _NAME_OUTLET.match(line) if 1 < seen <= 4 else None  # (no match read for naught)
        if m and _outlet_like(m.group("outlet")):
            meta.setdefault("author", m.group("name"))
            meta.setdefault("byline_outlet", m.group("outlet"))
            out[i] = ""
            continue
        m = _OUTLET_PUBLISHED.match(line) if seen <= 4 else None
        if m:
            # "Coast Desk — published 23 May 2025." names the outlet and the day.
            meta.setdefault("byline_outlet", m.group("outlet"))
            day = parse_date(m.group("date"))
            if day:
                meta.setdefault("published", day)
            if word_count(line, 12) <= 12:
                out[i] = ""
                continue
        m = _NAME_ROLE.match(line) if 1 < seen <= 5 else None
        if m:
            meta.setdefault("author", m.group("name"))
            out[i] = ""
            continue
        if _REPORTING_FROM.match(line):
            out[i] = ""
            continue
        if _is_date_line(line):
            day = parse_date(line)
            updated = line.lower().startswith(("updated", "last", "modified"))
            if day:
                # An "Updated ..." stamp dates the article only when nothing else does.
                meta.setdefault("updated" if updated else "published", day)
            if not (day and seen == 2 and _is_dateline(line)):
                out[i] = ""
            # A bare date printed right under the headline ("11 October 2025") stays in
            # the body: the article's dateline, a date of the text. Stamps with a time or
            # a label, and dates among byline furniture, are page metadata and go.
    meta = {k: v for k, v in meta.items() if v}
    return out, meta


_DATE_LABEL = re.compile(r"(?:last )?(?:updated|published|posted|modified)\b", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _is_date_line(line: str) -> bool:
    """A line that is only a date (and time), perhaps labelled "Published"."""
    if word_count(line, 12) > 12:
        return False
    if not _DATE_LABEL.match(line) and not _A_YEAR.search(line):
        return False
    return all(w.lower() in _DATE_WORDS for w in _LATIN_WORD.findall(line))


_TIME_OR_LABEL = re.compile(
    r"\d[:.]\d\d|\b(?:[ap]\.?m\b|gmt|utc|[ecmp][sd]?t|bst|cet|updated|published|posted"
    r"|modified|last)\b",
    re.IGNORECASE,
)


def _drop_furniture(lines: list[str]) -> list[str]:
    """Page furniture lines, a photo caption with its credit line, and the headline of a
    "Related article" box."""
    out: list[str] = []
    skip_title = False
    for line in lines:
        if not line:
            out.append(line)
            continue
        if skip_title:
            skip_title = False
            if line[-1] not in _TERMINAL and word_count(line, 15) <= 15:
                continue  # the linked headline under "Related article"
        if _UI_JUNK_LOW.match(line.lower()) if line.isascii() else _UI_JUNK.match(line):
            continue
        if len(line) < 30 and _RELATED_LABEL.match(line):
            skip_title = True
            continue
        if len(line) <= 60 and "/" in line and _PHOTO_CREDIT.match(line):
            if out and out[-1] and len(out[-1]) <= 300 and out[-1][-1] in _TERMINAL:
                out.pop()  # its caption, on the line just above
            continue
        out.append(line)
    return out


def _is_dateline(line: str) -> bool:
    """A date line that is only a date: no time of day, no label."""
    return len(line) <= 40 and not _TIME_OR_LABEL.search(line)


def _outlet_like(name: str) -> bool:
    words = name.split()
    if any(w.lower() in _BYLINE_ROLES for w in words):
        return False
    acronym = len(words) == 1 and name.isupper() and 2 <= len(name) <= 6
    return acronym or words[-1] in _OUTLET_WORDS


def _byline_outlet(rest: str | None) -> str | None:
    """ "By Ana Ruiz, Local Reporter, Coast Radio" -> "Coast Radio" (never a job title)."""
    if not rest:
        return None
    for part in reversed(re.split(r"\s*[,|–—]\s*|\s+-\s+", rest.strip(" ,|–—-"))):
        words = part.split()
        if not words or len(words) > 5:
            continue
        if not all(w[:1].isupper() or w in ("of", "&") for w in words):
            continue
        if any(w.lower() in _BYLINE_ROLES for w in words):
            continue
        return part
    return None


# ---------------------------------------------------------------------------
# paragraphs


def _first_text(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line), 0)


def _last_text(lines: list[str]) -> int:
    return next((len(lines) - i for i, line in enumerate(reversed(lines)) if line), 0)


def _paragraphs(
    lines: list[str], forced: set[str], *, unwrap: bool, soft_breaks: bool = False
) -> list[_Para]:
    """Blocks between blank lines; a hard-wrapped block becomes one paragraph."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paras: list[_Para] = []
    add = paras.append
    has_forced = bool(forced)
    for block in blocks:
        if not block:
            continue
        soft = soft_breaks and not (forced and any(_key(line) in forced for line in block))
        if soft or (unwrap and len(block) > 1 and _is_wrapped(block, forced)):
            add(_Para(_unwrap(block)))
            continue
        for line in block:  # one paragraph a line: the usual case, each made positionally
            if line[0] in _BULLET_FIRST and (bullet := _BULLET_GLYPH.match(line)):
                line = line[bullet.end() :]
                if line:
                    add(_Para(line, has_forced and _key(line) in forced, True))
            else:
                add(_Para(line, has_forced and _key(line) in forced, False))
    return paras


def _is_wrapped(block: list[str], forced: set[str]) -> bool:
    """Lines of one paragraph cut at a fixed width (an e-mail or a terminal paste)."""
    if len(block) < 2:
        return False
    widest = max(len(line) for line in block)
    if widest > 100 or widest < 30:
        return False
    if forced and any(_key(line) in forced for line in block):
        return False
    if _BULLET.match(block[0]) or sum(1 for line in block if _BULLET.match(line)) > 1:
        return False  # a list, not a wrapped paragraph
    if len(block) == 2 and _looks_like_headline(block[0]):
        # A headline over two lines, not a headline above its first sentence.
        return _looks_like_headline(block[1]) and block[1][-1] not in _TERMINAL
    return all(len(line) >= 0.6 * widest for line in block[:-1])


def _unwrap(block: list[str]) -> str:
    """Join wrapped lines; after "three-" or "mid-" the next line goes on without a space."""
    parts = [block[0]]
    for line in block[1:]:
        prev = parts[-1]
        if not (prev.endswith("-") and prev[-2:-1].isalpha() and line[:1].isalnum()):
            parts.append(" ")
        parts.append(line)
    return "".join(parts)  # one join: growing a string line by line is quadratic


def _join_broken(paras: list[_Para]) -> list[_Para]:
    """Join a paragraph that was cut after an abbreviation or mid-sentence."""
    out: list[_Para] = []
    parts: list[list[str]] = []  # joined later: growing a string each time is quadratic
    tail = ""  # the end of the last paragraph so far: all that `_continues` reads
    for p in paras:
        joinable = out and not (p.forced_heading or p.bullet or out[-1].forced_heading)
        # _continues first: it is False for most paragraphs, _known_heading's answer then moot
        joinable = joinable and _continues(tail, p.text)
        if joinable and (len(parts[-1]) > 1 or not _known_heading(out[-1].text)):
            parts[-1].append(p.text)
            tail = f"{tail} {p.text}"[-200:]
            continue
        out.append(p)
        parts.append([p.text])
        tail = p.text[-200:]
    for p, ps in zip(out, parts, strict=True):
        if len(ps) > 1:
            p.text = " ".join(ps)
    return out


def _continues(prev: str, nxt: str) -> bool:
    """Whether paragraph `nxt` goes on the sentence that `prev` (its end) leaves open.
    Asked of every paragraph: the usual ends ('."', '!') are answered from the last
    character before the last word is cut out; _INITIAL_END is read only after a
    capital and a full stop, all it can match ("Ana B.")."""
    end = prev[-1]
    if end in _NOT_CONTINUED:
        return False
    if end in "—–-":  # a dateline ("Carrow CNN —") or a cut sentence
        return True
    last = prev[prev.rfind(" ") + 1 :]
    first = nxt[:1]
    lower_next = first.islower() or first.isdigit()
    if end == ".":
        # "Maj." / "Gen.Pat" also arrives glued: "official.Air Force Maj."
        tail = _GLUED_TAIL.split(last)[-1] if "." in last[:-1] else last
        if tail in TITLE_ABBR or last in TITLE_ABBR:
            return first.isupper() or lower_next
        if lower_next and (tail in OTHER_ABBR or _ACRONYM_END.search(last)):
            return True
        if first.isupper() and "A" <= prev[-2:-1] <= "Z" and _INITIAL_END.search(prev[-40:]):
            return not _looks_like_headline(nxt)
        return False
    # No paragraph ends on "in" or "the", or on "January" before "14": a break cut it.
    if first.isdigit() and last in _MONTH_NAMES:
        return True
    return first.islower() or last.lower() in _FUNCTION_WORDS


# ---------------------------------------------------------------------------
# title and headings


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().lower().replace("’", "'").replace("‘", "'")


_KNOWN_MAX = max(map(len, KNOWN_HEADINGS))


def _known_heading(text: str) -> bool:
    """`_key(text) in KNOWN_HEADINGS`, without lower-casing whole paragraphs (lower()
    never shortens a string, so a longer stripped text cannot be a known heading)."""
    if len(text) > _KNOWN_MAX and len(text.strip().rstrip(":").strip()) > _KNOWN_MAX:
        return False
    return _key(text) in KNOWN_HEADINGS


def _looks_like_headline(line: str) -> bool:
    """Title-cased, short, no closing period: how headlines and section heads look."""
    words = line.split()
    if not words or len(words) > 20 or line[-1] in ".,;:":
        return False
    content = [w for w in words if len(w) > 3 and w[0].isalpha()]
    content = content or [w for w in words if w[0].isalpha()]
    if not content:
        return False
    capped = sum(1 for w in content if w[0].isupper())
    return capped / len(content) >= 0.75


def _is_title(p: _Para) -> bool:
    text = p.text
    words = text.split()
    if _known_heading(text) or not words:
        return False
    if len(words) > 30 or len(text) > 250 or text[-1] in ".,;:":
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'"):
        return False
    if words[-1].lower() in _FUNCTION_WORDS:
        return False
    byline = _BYLINE.match(text)  # "By Ana Ruiz" alone on the first line
    return not (byline and not byline.group("rest") and len(words) <= 5)


def _is_kicker(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 3 or text[-1] in _TERMINAL:
        return False
    return text.isupper() or _key(text) in _KICKERS


def _heading_flags(paras: list[_Para]) -> list[bool]:
    """_is_heading of each paragraph. A text over 90 characters is a heading only when
    forced or known (_is_heading's first test; it fails the length test after it), which
    is answered here without the call for each of them, the body's paragraphs."""
    flags = []
    for i, p in enumerate(paras):
        text = p.text
        if len(text) <= 90:
            flags.append(_is_heading(paras, i))
        else:  # _known_heading with its length test (90 > _KNOWN_MAX) inlined
            stripped = len(text.strip().rstrip(":").strip())
            flags.append(p.forced_heading or (stripped <= _KNOWN_MAX and _known_heading(text)))
    return flags


def _is_heading(paras: list[_Para], i: int) -> bool:
    p = paras[i]
    if p.forced_heading or _known_heading(p.text):
        return True
    if p.bullet:
        return False
    text = p.text
    if i == len(paras) - 1 or len(text) > 90 or not 0 < word_count(text, 12) <= 12:
        return False
    if text[-1] in _TERMINAL + _CLOSERS + ",;:" or text[0] in "“\"‘'(":
        return False
    if ": " in text and any(c.isdigit() for c in text.split(": ", 1)[1]):
        return False  # "Death toll: 31" is a fact, not a heading
    return text[0].isupper() or text[0].isdigit()
