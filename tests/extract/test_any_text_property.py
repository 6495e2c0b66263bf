"""Property tests: any text extracts without raising, and every offset lies in the body."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.extract import ExtractError, extract_text
from claimdesk.extract.reading import load_bytes
from claimdesk.extract.sanitize import sanitize

SPECIAL = list(
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\x9d\u00a0\u2009\u202f\u200b\ufeff\u00ad"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
    "\"'“”‘’«».,;:!?…-—–()[]/\\$€£%#*_`<>&0123456789 \n\n\n\r\t"
)
FRAGMENTS = [
    "U.S.",
    "U.S.official.Air Force Maj.",
    "Gen.Pat Ryder",
    "Vladimir V.Putin",
    " said ",
    " told Newsweek",
    "Newsweek has contacted the ministry for comment.",
    "at least ",
    "10,000 troops",
    "1.5 million",
    "$2 billion",
    "40%",
    "nearly two dozen",
    "on Monday",
    "last week",
    "January 20",
    "mid-October",
    "in 2025",
    "could not be independently verified",
    "purports to show",
    "What's New\n",
    "Why it matters\n",
    "\n\nRead More\nPaprClips\nDisclaimer: auto-aggregated.\nPublisher: The Times\n",
    "“We do assess that,” General Ryder said.",
    '"Let\'s say only 1,000 survive," he told Newsweek, "200,000 would"',
    "[@click=app.quit]",
    "[/]",
    "\x1b]52;c;SGVsbG8=\x07",
    "\x1b[31m",
    "# Heading\n",
    "\n\n",
    "\n",
]

text_strategy = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet=st.sampled_from(SPECIAL), max_size=8),
        st.text(max_size=12),
        st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
    ),
    max_size=40,
).map("".join)

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_record(rec):
    body = rec.body
    assert not CONTROL.search(body)
    for kind in ("quotes", "statements", "numbers", "dates", "hedges"):
        for item in getattr(rec, kind):
            assert 0 <= item.start <= item.end <= len(body), (kind, item)
            assert body[item.start : item.end] == item.text, (kind, item)
    for field in (rec.title, rec.publisher, rec.aggregator, rec.author, rec.url):
        assert field is None or not CONTROL.search(field)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy, st.sampled_from([None, "2024-12-17"]))
def test_any_text_extracts_with_offsets_inside_the_body(text, published):
    check_record(extract_text(text, published=published))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_extracts(text):
    check_record(extract_text(text))


@settings(max_examples=200, deadline=None)
@given(text_strategy)
def test_paragraph_and_heading_spans_are_consistent(text):
    from claimdesk.extract.cleanup import clean_text

    doc = clean_text(text, "x")
    last_end = -2
    for s, e in doc.paragraphs:
        assert last_end + 2 <= s < e <= len(doc.body)
        assert doc.body[s:e] == doc.body[s:e].strip()
        last_end = e
    assert set(doc.headings) <= set(doc.paragraphs)
    assert "\r" not in doc.body and "\t" not in doc.body


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(SPECIAL + list("abcXYZ")), max_size=60))
def test_sanitize_is_idempotent_and_complete(text):
    once = sanitize(text)
    assert sanitize(once) == once
    assert not CONTROL.search(once)
    assert "\r" not in once


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(st.binary(max_size=600), text_strategy.map(lambda t: t.encode("utf-8"))),
    st.sampled_from(["a.txt", "a.md", "a.html", "-"]),
)
def test_any_bytes_either_read_or_refused_with_one_line(data, name):
    try:
        doc = load_bytes(data, name, max_bytes=400)
    except ExtractError as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith(name)
    else:
        assert doc.body.strip()
        assert not CONTROL.search(doc.body)


ADVERSARIAL = {
    "weekdays": "on Monday " * 20_000,
    "ones": "1 " * 60_000,
    "numeric dates": "12/17/2024 " * 15_000,
    "year ranges": "in 2019-2021 " * 15_000,
    "broken paragraphs": "x\n\n" * 40_000,
    "quotes": '"a" ' * 40_000,
    "money": "Rs 900 and US$2.4 bn " * 8_000,
    "capitals": "A B C D " * 40_000,
    "8-bit OSC introducers": "\x9d" * 200_000,  # quadratic (2 min) before the fix
    "8-bit string introducers": "\x90ab\x9e" * 40_000,
    "signs and shares": "-1 minus 3 a third of voters 1/2 cup " * 8_000,
    "ranges and moves": "eight or nine euros slowed from 4.8% to 4.7%; he said " * 6_000,
    "year phrases": "this September the 2026 budget April 24 and 25 " * 8_000,
    "transcript turns": "Q: Why?\n\nA: Yes.\n\nAda Brandt: No, the chair said.\n\n" * 8_000,
}


def test_adversarial_inputs_finish():
    """Pathological repetition must not blow up (each stage is linear-ish and bounded).

    No timing assert: the alarm only catches a hang (a quadratic stage took 10+ s here).
    """
    import signal

    def hang(signum, frame):
        raise TimeoutError("extraction hung on adversarial input")

    old = signal.signal(signal.SIGALRM, hang)
    try:
        for name, text in ADVERSARIAL.items():
            signal.alarm(60)
            rec = extract_text(text, path=name, published="2024-12-17")
            for item in (*rec.numbers, *rec.dates):
                assert rec.body[item.start : item.end] == item.text, name
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
