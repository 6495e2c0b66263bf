"""Bytes to Document: size cap, encoding, control characters, HTML, Markdown or text.

Every refusal is an ExtractError with one line naming the file, so the CLI can print it
and go on with the next file.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys

from claimdesk.extract.cleanup import clean_text
from claimdesk.extract.document import Document, ExtractError
from claimdesk.extract.sanitize import sanitize_meta

DEFAULT_MAX_BYTES = 5_000_000
_SNIFF = 8192  # a NUL byte in this much of the head means binary

_BOMS = (  # UTF-32 first: its little-endian BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"BZh", "bzip2-compressed"),
    (b"\xfd7zXZ\x00", "xz-compressed"),
)
_SIGNATURE_FIRST = frozenset(sig[:1] for sig, _ in _BOMS + _MAGIC)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.-]{1,40})", re.I)
# Browsers read these labels as windows-1252, and so do we.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii"}
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def load(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file (or "-" for stdin) into a clean Document. Raises ExtractError."""
    # The bytes go straight into load_bytes, which lets them go once decoded: a local
    # here would hold them through the cleaning (a 50 MB file: 50 MB more at the peak).
    return load_bytes(_read(path, max_bytes), path, max_bytes=max_bytes)


def _read(path: str, max_bytes: int) -> bytes:
    try:
        if path == "-":
            return sys.stdin.buffer.read(max_bytes + 1)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            return _read_fd(fd, path, max_bytes)
        finally:
            os.close(fd)
    except ExtractError:
        raise
    except FileNotFoundError:
        raise ExtractError(f"{display_path(path)}: no such file") from None
    except PermissionError:
        raise ExtractError(f"{display_path(path)}: permission denied") from None
    except IsADirectoryError:
        raise ExtractError(f"{display_path(path)}: is a directory") from None
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise ExtractError(f"{display_path(path)}: cannot read ({why})") from None


def _read_fd(fd: int, path: str, max_bytes: int) -> bytes:
    """What the file holds, one byte over the cap at most, in as few system calls as the
    file allows: a regular file in one read of its size (plus the byte that shows it is
    over the cap), where `open()` and a buffered read also asked `isatty` and read once
    more to see the end. On a virtual machine a system call slows the code after it too:
    three fewer made a whole article 6% quicker. Anything else (a pipe, a device) is
    read to its end."""
    st = os.fstat(fd)
    if stat.S_ISDIR(st.st_mode):
        raise ExtractError(f"{display_path(path)}: is a directory")
    # ask for what the file holds, not the cap (a 5 MB file under a 60 MB cap took 60 MB)
    size = st.st_size if stat.S_ISREG(st.st_mode) else 0
    want = min(max_bytes, size) + 1 if size else max_bytes + 1
    chunks: list[bytes] = []
    got = 0
    while got < want:
        chunk = os.read(fd, want - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
        if size and got >= size:
            break  # a regular file read to its size in full: no read just to see the end
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def load_bytes(
    data: bytes, path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, content_type: str | None = None
) -> Document:
    """Bytes already fetched (stdin, an http(s) response) to a Document.

    `content_type` is an HTTP Content-Type header, when there is one: its charset is
    trusted after a BOM, and "text/html" makes the bytes HTML whatever the path says.
    """
    shown = display_path(path)
    if len(data) > max_bytes:
        raise ExtractError(f"{shown}: larger than the size cap of {max_bytes} bytes (--max-bytes)")
    if not data or data.isspace():  # as `not data.strip()`, without a copy of the file
        raise ExtractError(f"{shown}: empty file")
    kind = _kind_from_name(path, content_type)
    text, encoding = decode(data, shown, content_type=content_type, html=kind == "html")
    del data  # the text is all that is read from here on
    if kind == "text" and _looks_like_html(text):
        kind = "html"
    elif kind == "html" and not re.search(r"<[A-Za-z!/]", text[:8192]):
        kind = "text"  # a page saved as text under an .html name
    if kind == "html":
        from claimdesk.extract.html_text import html_to_document

        url = path if path.lower().startswith(("http://", "https://")) else None
        doc = html_to_document(text, path, url=url)
    elif kind == "markdown":
        doc = _markdown_document(text, path)
    else:
        doc = clean_text(text, path)
    doc.encoding = encoding
    if not doc.body or doc.body.isspace():  # as `not doc.body.strip()`, without a copy
        raise ExtractError(f"{shown}: no text left after cleaning")
    return doc


def display_path(path: str) -> str:
    """The path fit for a one-line message: control characters shown as '?'."""
    return _CONTROL.sub("?", path).replace("\n", "?").replace("\t", " ")


# ---------------------------------------------------------------------------
# encodings


def decode(
    data: bytes, shown: str, *, content_type: str | None = None, html: bool = False
) -> tuple[str, str]:
    """Decode: BOM, strict UTF-8, declared charset, then charset-normalizer.

    Refuses binary data (a NUL byte in the head without a UTF-16/32 BOM, a known file
    signature, or no encoding that yields text).
    """
    if data[:1] in _SIGNATURE_FIRST:  # most text opens on no byte a BOM or signature does
        for bom, codec in _BOMS:
            if data.startswith(bom):
                try:
                    return data[len(bom) :].decode(codec), codec
                except UnicodeDecodeError:
                    raise ExtractError(f"{shown}: not valid {codec.upper()} text") from None
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise ExtractError(f"{shown}: binary file ({what}), not text")
    if data.find(b"\x00", 0, _SNIFF) >= 0:
        raise ExtractError(f"{shown}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            declared.append(m.group(1))
    if html or b"<meta" in data[:4096].lower():
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared.append(m.group(1).decode("ascii", "replace"))
    for label in declared:
        codec = _codec(label)
        if codec:
            try:
                return _check_text(data.decode(codec), shown), codec
            except UnicodeDecodeError:
                continue
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_text(mostly, shown), "utf-8"
    western = _western(data)
    if western is not None:
        return _check_text(western, shown), "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ExtractError(f"{shown}: binary file (no text encoding fits)")
    return _check_text(str(best), shown), best.encoding


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad paste, a cut download): keep the UTF-8.

    Reading it as a single-byte code page instead would garble every accented letter
    and curly quote that was fine.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return text if good > 0 and bad <= max(3, len(text) // 1000) and good >= bad else None


def _western(data: bytes) -> str | None:
    """windows-1252 when the bytes read as mostly-ASCII Western text.

    Short cp1252 text ("caf\\xe9 \\x93quoted\\x94") fools statistical detectors; a text
    whose letters are nearly all ASCII, with a few accented letters and typographic
    quotes, is what an English or Western European article saved as cp1252 looks like.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    high = sum(1 for c in letters if ord(c) > 0x7F)
    return text if high / len(letters) <= 0.15 else None


def _check_text(text: str, shown: str) -> str:
    sample = text[:_SNIFF]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ExtractError(f"{shown}: binary file (control bytes), not text")
    return text


# ---------------------------------------------------------------------------
# formats


def _kind_from_name(path: str, content_type: str | None) -> str:
    if content_type:
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime in ("text/html", "application/xhtml+xml"):
            return "html"
        if mime in ("text/markdown", "text/x-markdown"):
            return "markdown"
    low = path.lower().split("?", 1)[0].split("#", 1)[0]
    if low.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return "html"
    if low.endswith((".md", ".markdown", ".mdown", ".mkd")):
        return "markdown"
    return "text"


# Every text looks_like_html takes for a page opens on "<" in its first 2,048 characters
# after white space (str.lstrip's and \s's are the same): the text files that do not
# (most) are told so without its slices and lower-casing (5 us an article).
_OPENS_ON_TAG = re.compile(r"\s*<")


def _looks_like_html(text: str) -> bool:
    if _OPENS_ON_TAG.match(text, 0, 2048) is None:
        return False
    from claimdesk.extract.html_text import looks_like_html

    return looks_like_html(text)


def _markdown_document(text: str, path: str) -> Document:
    from claimdesk.extract.markdown_text import markdown_to_text

    md = markdown_to_text(text)
    title = sanitize_meta(md.meta.get("title"))
    doc = clean_text(md.text, path, forced_headings=md.headings, title=title, soft_breaks=True)
    doc.format = "markdown"
    doc.author = sanitize_meta(md.meta.get("author")) or doc.author
    date = sanitize_meta(md.meta.get("date"))
    if date and re.match(r"^\d{4}-\d{2}-\d{2}", date):
        doc.published = date[:10]
    publisher = sanitize_meta(md.meta.get("publisher") or md.meta.get("source"))
    if publisher:
        doc.publisher = publisher
    return doc
