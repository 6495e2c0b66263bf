# ruff: noqa: E501  (article text keeps its real line lengths)
"""Plain-text cleanup: wrappers, glue, broken paragraphs, headings, title, publisher."""

import pytest

from claimdesk.extract.cleanup import clean_text
from claimdesk.extract.glue import repair_glue
from claimdesk.extract.outlets import detect_publisher


def paragraphs(doc):
    return [doc.body[s:e] for s, e in doc.paragraphs]


def headings(doc):
    return [doc.body[s:e] for s, e in doc.headings]


WRAPPED = """Harbour Bridge Closed After Cracks Found in Main Span

Engineers found cracks in the main span of the Old Harbour Bridge on Tuesday, according to a city official.Transport Commissioner Lt.

Col.Dana Whitlock said the bridge would stay closed for at least 12 days.“We will not take chances,” she said.

“Safety comes first.”On Wednesday, the council said repairs could cost $4.5 million, U.S.

officials said.Inspectors were sent by the U.S.government in mid-March.

Read More
NewsHeap
Disclaimer: This story is auto-aggregated by a computer program and has not been created or edited by NewsHeap.
Publisher: The Lakeside Courier

Recent Articles"""


def test_aggregator_wrapper_is_stripped_and_publisher_kept():
    doc = clean_text(WRAPPED, "a.txt")
    assert doc.publisher == "The Lakeside Courier"
    assert doc.aggregator == "NewsHeap"
    for junk in ("Read More", "Disclaimer", "Publisher:", "Recent Articles", "NewsHeap"):
        assert junk not in doc.body


def test_title_is_the_headline_and_not_in_body():
    doc = clean_text(WRAPPED, "a.txt")
    assert doc.title == "Harbour Bridge Closed After Cracks Found in Main Span"
    assert not doc.body.startswith("Harbour Bridge")


def test_glue_and_broken_paragraphs_repaired():
    doc = clean_text(WRAPPED, "a.txt")
    paras = paragraphs(doc)
    assert (
        "according to a city official. Transport Commissioner Lt. Col. Dana Whitlock said"
        in (paras[0])
    )
    assert "12 days. “We will not" in paras[0]
    assert "“Safety comes first.” On Wednesday" in paras[1]
    assert "$4.5 million, U.S. officials said. Inspectors" in paras[1]
    assert "by the U.S. government" in paras[1]
    assert len(paras) == 2


def test_paragraph_spans_and_separator():
    doc = clean_text(WRAPPED, "a.txt")
    assert doc.body == "\n\n".join(paragraphs(doc))
    for s, e in doc.paragraphs:
        assert 0 <= s < e <= len(doc.body)
        assert "\n" not in doc.body[s:e]


def test_repair_glue_keeps_abbreviations_numbers_and_urls():
    assert repair_glue("President Maria T.Okafor met") == "President Maria T. Okafor met"
    assert repair_glue("Gen.Ada Lind") == "Gen. Ada Lind"
    assert repair_glue("grew 1.5 percent") == "grew 1.5 percent"
    assert repair_glue("the U.S. and U.K. said") == "the U.S. and U.K. said"
    assert repair_glue("see www.Example.Com/News.Today now") == "see www.Example.Com/News.Today now"
    assert repair_glue("mail ann.Lee@Example.org") == "mail ann.Lee@Example.org"
    assert repair_glue("the vote.The count") == "the vote. The count"
    assert repair_glue('it ended."We won," she said."Now rest."') == (
        'it ended. "We won," she said. "Now rest."'
    )
    assert repair_glue('"We won."Then she left') == '"We won." Then she left'
    assert repair_glue("Why?Because") == "Why? Because"


HEADED = """What's New
Flooding closed three schools in Riverton on Monday, officials said.
Why it matters
The district serves 4,000 pupils.
Storm Damage Across the Valley
Roads were cut in two places.
The Riverton Herald has contacted the district for comment.
"""


def test_headings_without_blank_lines_and_no_title_when_first_line_is_a_heading():
    doc = clean_text(HEADED, "b.txt")
    assert doc.title is None
    assert headings(doc) == ["What's New", "Why it matters", "Storm Damage Across the Valley"]
    assert len(doc.paragraphs) == 7
    assert doc.publisher == "The Riverton Herald"


def test_nbsp_and_odd_spaces_become_spaces():
    doc = clean_text("Prices rose\u00a05%\u2009in May\u202fand June.\r\nSecond\tline here.", "c")
    assert doc.body == "Prices rose 5% in May and June.\n\nSecond line here."


def test_lowercase_continuation_joins_paragraphs():
    doc = clean_text("The mayor, who took office in\n\nJanuary, said no.\n\nNext one.", "d")
    assert paragraphs(doc) == ["The mayor, who took office in January, said no.", "Next one."]


def test_hard_wrapped_paragraphs_are_unwrapped():
    text = (
        "The committee met on Thursday to review the budget for the coming\n"
        "year and agreed to cut spending on roads by 8 percent, a member\n"
        "said.\n\n"
        "A second paragraph follows here.\n"
    )
    doc = clean_text(text, "e")
    assert paragraphs(doc)[0].startswith("The committee met")
    assert paragraphs(doc)[0].endswith("a member said.")


def test_publisher_detection_is_general():
    assert detect_publisher("KYIV, Ukraine (AP) — Shelling hit the city.") == (
        "The Associated Press"
    )
    assert detect_publisher("LONDON (Reuters) - Prices fell.") == "Reuters"
    assert (
        detect_publisher("The ministry did not respond to Fenwick Daily’s request for comment.")
        == "Fenwick Daily"
    )
    assert detect_publisher("On Monday, Coast Radio reached out to the mayor for comment.") == (
        "Coast Radio"
    )
    # "the" written lower-case is not part of the name; "The" mid-sentence is
    assert (
        detect_publisher("She told the Harbor Ledger. He told the Harbor Ledger later.")
        == "Harbor Ledger"
    )
    assert detect_publisher("She told The Harbor Ledger. He told The Harbor Ledger.") == (
        "The Harbor Ledger"
    )
    assert detect_publisher("He told the BBC. Later he told the BBC again.") == "BBC"
    assert detect_publisher("He told Coast Radio.", credits=["Coast Radio"]) == "Coast Radio"
    # one "told X" is not enough: X may be a person
    assert detect_publisher("The minister told Okafor the plan was dead.") is None
    assert detect_publisher("Officials contacted the firm for comment.") is None


def test_header_byline_and_date_become_metadata():
    text = "Dam Repairs Begin\nBy Ana Ruiz\nPublished: March 3, 2025\n\nWork began today.\n"
    doc = clean_text(text, "f")
    assert doc.title == "Dam Repairs Begin"
    assert doc.author == "Ana Ruiz"
    assert doc.published == "2025-03-03"
    assert doc.body == "Work began today."


def test_explicit_publisher_line_wins_over_text():
    text = "Publisher: Valley Times\n\nA spokesperson told the Coast Gazette it was fine. " * 1
    doc = clean_text(text + "She told the Coast Gazette again.", "g")
    assert doc.publisher == "Valley Times"


def test_empty_and_whitespace_text():
    doc = clean_text("  \n\n \t ", "h")
    assert doc.body == ""
    assert doc.paragraphs == []


def test_wire_dateline_and_credit_footer():
    text = (
        "Grain Talks Resume in Carrow\n\n"
        "CARROW, Verland, March 4 (Reuters) - Grain talks resumed on Tuesday, "
        "two officials said.\n\n"
        "The talks had stalled for 12 days.\n\n"
        "Reporting by Ana Ruiz; Editing by Tom Reyes\n"
    )
    doc = clean_text(text, "r")
    assert doc.publisher == "Reuters"
    assert "Reporting by" not in doc.body
    assert doc.body.endswith("The talks had stalled for 12 days.")


def test_contributed_to_this_report_footer_is_dropped():
    text = (
        "KELLORAN, Verland (AP) — The dam gates were opened on Saturday, the operator said.\n\n"
        "Associated Press writer Ina Berg in Dunmere contributed to this report.\n"
    )
    doc = clean_text(text, "ap")
    assert doc.publisher == "The Associated Press"
    assert "contributed" not in doc.body


def test_page_furniture_lines_are_dropped():
    text = (
        "Port Reopens After Fire\n\nShare\n\nSave\n\nImage source, Getty Images\n\n"
        "Image caption, Firefighters at the port on Monday\n\n"
        "The port reopened on Wednesday, the authority said.\n\nAdvertisement\n\n"
        "Ships queued for 3 days.\n"
    )
    doc = clean_text(text, "bbc")
    assert paragraphs(doc) == [
        "The port reopened on Wednesday, the authority said.",
        "Ships queued for 3 days.",
    ]


def test_bullets_are_items_not_headings_and_not_joined():
    text = "Key points\n• ferries resume on Friday\n• 300 passengers a day\n- fares unchanged\n"
    doc = clean_text(text, "b")
    assert paragraphs(doc) == [
        "Key points",
        "ferries resume on Friday",
        "300 passengers a day",
        "fares unchanged",
    ]
    assert headings(doc) == ["Key points"]


def test_sentence_starting_with_by_is_not_a_byline():
    text = "Flood Recedes\n\nBy Monday, the water had receded from 40 homes.\n\nMore later.\n"
    doc = clean_text(text, "x")
    assert doc.author is None
    assert paragraphs(doc)[0] == "By Monday, the water had receded from 40 homes."


def test_a_sentence_with_a_date_is_not_a_date_line():
    text = "On December 17, 2024, the council met.\n\nIt voted 7-2.\n"
    doc = clean_text(text, "x")
    assert doc.published is None
    assert paragraphs(doc)[0] == "On December 17, 2024, the council met."


def test_labelled_header_fields():
    text = (
        "Title: Ferry Fares Frozen\nURL: https://coast.example/fares\nAuthor: Ina Berg\n"
        "Date: 2025-02-01\nSource: Coast Radio\n\nFares will not rise this year, the operator said.\n"
    )
    doc = clean_text(text, "x")
    assert doc.title == "Ferry Fares Frozen"
    assert doc.url == "https://coast.example/fares"
    assert doc.author == "Ina Berg"
    assert doc.published == "2025-02-01"
    assert doc.publisher == "Coast Radio"
    assert doc.body == "Fares will not rise this year, the operator said."


def test_byline_with_outlet_and_date_line():
    text = (
        "Tram Strike Called Off\nBy Ana Ruiz, Coast Radio\nTue 4 Mar 2025 10.15 GMT\n\n"
        "The strike was called off late on Monday, the union said.\n"
    )
    doc = clean_text(text, "x")
    assert doc.author == "Ana Ruiz"
    assert doc.publisher == "Coast Radio"
    assert doc.published == "2025-03-04"
    assert doc.body == "The strike was called off late on Monday, the union said."


def test_outlet_that_understands_or_has_learned():
    body = "Coast Radio understands that two ships were diverted. The operator did not confirm it."
    assert detect_publisher(body) == "Coast Radio"


def test_byline_outlet_after_a_job_title():
    text = (
        "Clinic Vote Delayed\n\nBy Ana Ruiz, Local Democracy Reporter, The Dunmere Echo\n\n"
        "The vote was delayed on Tuesday, the board said.\n"
    )
    doc = clean_text(text, "x")
    assert doc.author == "Ana Ruiz"
    assert doc.publisher == "The Dunmere Echo"


def test_publisher_line_is_cut_at_the_name():
    text = (
        "Rates rose again on Thursday, the bank said.\n\n"
        "This article was originally published by The Aldwick Post. © 2025 The Aldwick Post. "
        "Republished under licence.\n"
    )
    doc = clean_text(text, "x", site_name="Skimr")
    assert doc.publisher == "The Aldwick Post"
    assert doc.aggregator == "Skimr"
    assert "originally published" not in doc.body


GUARDIAN_STYLE = """World news
Ferry operator suspends Tessel crossings after second engine fire
Passengers evacuated as smoke fills lower deck; union says warnings were ignored
Ana Ruiz in Carrow
Tue 17 Dec 2024 14.02 GMT
Share
The operator of the Carrow–Tessel ferry has suspended all crossings after a second engine fire in a month forced the evacuation of 212 passengers on Monday evening.
Photograph: Jon Hale/Reuters
No one was seriously hurt, the coastguard said, but four people were treated for smoke inhalation.
The Guardian has contacted the company for further comment.
Explore more on these topics
Verland
Shipping
news
Share
Reuse this content
"""


def test_kicker_furniture_and_topic_footer():
    doc = clean_text(GUARDIAN_STYLE, "g")
    assert doc.title == "Ferry operator suspends Tessel crossings after second engine fire"
    assert doc.published == "2024-12-17"
    assert doc.publisher == "The Guardian"
    body = doc.body
    for junk in ("World news", "Share", "Photograph", "Explore more", "Shipping", "Reuse"):
        assert junk not in body
    assert body.endswith("The Guardian has contacted the company for further comment.")


NYT_STYLE = """Advertisement
SKIP ADVERTISEMENT
Supported by
Tessel Ferry Crossings Halted After Second Engine Fire in a Month
Investigators said the vessel had passed an inspection in October.
By Ana Ruiz
Reporting from Carrow, Verland
Dec. 17, 2024
Updated 5:02 p.m. ET
The ferry company halted all crossings on Tuesday, a day after an engine fire.
The company did not respond to a request for comment from The New York Times.
Advertisement
Ana Ruiz is a correspondent covering northern Europe.
"""


def test_header_furniture_and_author_bio():
    doc = clean_text(NYT_STYLE, "n")
    assert doc.title == "Tessel Ferry Crossings Halted After Second Engine Fire in a Month"
    assert doc.author == "Ana Ruiz"
    assert doc.published == "2024-12-17"
    assert doc.publisher == "The New York Times"
    assert paragraphs(doc) == [
        "Investigators said the vessel had passed an inspection in October.",
        "The ferry company halted all crossings on Tuesday, a day after an engine fire.",
        "The company did not respond to a request for comment from The New York Times.",
    ]


def test_dateline_on_its_own_line_joins_the_lead():
    doc = clean_text("Carrow, Verland CNN —\nA ferry caught fire on Monday, officials said.\n", "c")
    assert doc.title is None
    assert paragraphs(doc) == [
        "Carrow, Verland CNN — A ferry caught fire on Monday, officials said."
    ]
    assert doc.publisher == "CNN"


def test_chart_source_line_is_not_the_publisher():
    text = (
        "Rents rose 9% in Carrow last year, the survey found.\n\nSource: Verland Housing Office\n"
    )
    doc = clean_text(text, "x")
    assert doc.publisher is None


def test_byline_without_by():
    text = "Ferry Fares Frozen\nIna Berg, Coast News\n\nFares will not rise this year, the firm said.\n"
    doc = clean_text(text, "x")
    assert doc.author == "Ina Berg"
    assert doc.publisher == "Coast News"
    # a headline with a comma is not a byline
    doc = clean_text("Rates Rise Again, Bank Says\n\nThe bank raised rates on Friday.\n", "y")
    assert doc.title == "Rates Rise Again, Bank Says"
    assert doc.author is None


def test_comma_glue_and_contact_by_email():
    assert repair_glue("in Kyiv,Ukraine on 1,000 days") == "in Kyiv, Ukraine on 1,000 days"
    assert detect_publisher("Coast Radio has reached out to the ministry via email.") == (
        "Coast Radio"
    )


def test_headline_starting_with_by_is_not_a_byline():
    doc = clean_text("By Air and Sea, Aid Arrives\n\nHelp reached Tessel on Monday.\n", "x")
    assert doc.title == "By Air and Sea, Aid Arrives"
    assert doc.author is None


def test_calls_to_action_and_follow_lines():
    text = (
        "The storm hit Carrow on Monday, officials said.\n\n"
        "CLICK HERE TO GET THE COAST NEWS APP\n\n"
        "Power was cut to 3,000 homes.\n\n"
        "Follow our coverage of the storm at https://coast.example/storm\n"
    )
    doc = clean_text(text, "x")
    assert paragraphs(doc) == [
        "The storm hit Carrow on Monday, officials said.",
        "Power was cut to 3,000 homes.",
    ]


def test_source_line_over_a_chart_is_not_the_publisher():
    text = (
        "Election Map\n\nVotes by district\n\nTurnout was 61 percent.\n\n"
        "Source: Aldwick Election Office\n\nThe new mayor takes office in January.\n"
    )
    assert clean_text(text, "x").publisher is None
    assert clean_text(text, "x", site_name="Coast News").publisher == "Coast News"


def test_wire_slug_is_cut_from_the_title():
    doc = clean_text("UPDATE 2-Quake toll rises to 31\n\nThe toll rose on Sunday.\n", "x")
    assert doc.title == "Quake toll rises to 31"
    doc = clean_text("EXCLUSIVE-Port chief quits\n\nHe quit on Monday.\n", "x")
    assert doc.title == "Port chief quits"
    doc = clean_text("COVID-19 Cases Fall Again\n\nCases fell in May.\n", "x")
    assert doc.title == "COVID-19 Cases Fall Again"


def test_label_value_line_with_a_figure_is_not_a_heading():
    doc = clean_text(
        "Quake Hits Osterby\n\nDeath toll: 31\n\nRescuers dug through the night.\n", "x"
    )
    assert headings(doc) == []


def test_tip_line_and_page_tools_footer():
    text = (
        "Rates Rise Again\n\nThe bank raised rates on Thursday, officials said.\n\n"
        "Coast News has contacted the bank for comment.\n\n"
        "Do you have a story Coast News should be covering? Contact tips@coast.example.\n\n"
        "Request Reprint & Licensing\nSubmit Correction\nView Editorial Guidelines\n"
    )
    doc = clean_text(text, "x")
    assert doc.body.endswith("Coast News has contacted the bank for comment.")
    assert doc.publisher == "Coast News"


def test_known_heading_is_not_joined_to_a_lowercase_paragraph():
    doc = clean_text("Intro line here.\nWhy it matters\niPhone sales fell 8% in May.\n", "x")
    assert headings(doc) == ["Why it matters"]
    assert paragraphs(doc)[-1] == "iPhone sales fell 8% in May."


def test_hard_wrapped_article_reads_like_the_unwrapped_one():
    import textwrap

    paras = [
        "Border Clash in Harrow Pass Leaves 14 Verland Soldiers Dead, Officials Say",
        "The army said on Wednesday that 14 soldiers had been killed in a three-quarters "
        "empty post in mid-October, raising the toll given a day earlier by the ministry.",
        "“We will find out who gave the order,” General Mbeki said on Tuesday in the capital.",
        "(Reporting by Ina Berg in Aldmoor and Tom Reyes in Port Sella; Editing by Mara Lowe)",
    ]
    plain = clean_text("\n\n".join(paras), "p")
    wrapped = clean_text("\n\n".join(textwrap.fill(p, 40) for p in paras), "w")
    assert wrapped.title == plain.title == paras[0]
    assert wrapped.body == plain.body
    assert "three-quarters" in wrapped.body and "mid-October" in wrapped.body
    assert "Reporting by" not in wrapped.body


def test_wrapped_aggregator_footer_and_date_split_across_lines():
    text = (
        "Minister to rule on the clinic on January\n\n14, a spokesperson said.\n\n"
        "Read More\nNewsHeap\nDisclaimer: This story is auto-aggregated by a computer program\n"
        "and has not been created or edited by NewsHeap.\nPublisher: The Dunmere Echo\n"
    )
    doc = clean_text(text, "x")
    assert paragraphs(doc) == ["Minister to rule on the clinic on January 14, a spokesperson said."]
    assert doc.publisher == "The Dunmere Echo"
    assert doc.aggregator == "NewsHeap"


def test_last_sentence_starting_like_a_footer_word_is_kept():
    text = (
        "The court ruled on Monday.\n\n"
        "Copyright lawyers said the ruling would change how 40 archives share old photographs.\n"
    )
    doc = clean_text(text, "x")
    assert doc.body.endswith("share old photographs.")


def test_inline_related_links_go_but_sentences_stay():
    text = (
        "Prices rose in May.\n\nREAD MORE: Ferry fares frozen for a year\n\n"
        "More-than-expected inflation hit 7%.\n\nWatch - the vote in full\n\nThe end came.\n"
    )
    assert paragraphs(clean_text(text, "x")) == [
        "Prices rose in May.",
        "More-than-expected inflation hit 7%.",
        "The end came.",
    ]


def test_lone_kicker_is_not_the_title():
    doc = clean_text("Breaking News\n\nA ferry caught fire on Monday, officials said.\n", "x")
    assert doc.title is None
    assert doc.body == "A ferry caught fire on Monday, officials said."


def test_outlet_published_line_and_short_name_votes():
    text = (
        "Has Verland lost 40,000 jobs?\n\n"
        "Coast Fact Desk — published 23 May 2025. Coast Fact Desk is reader-funded.\n\n"
        "Ruth Okafor told the Fact Desk that announcements were a poor guide.\n"
    )
    doc = clean_text(text, "x")
    assert doc.publisher == "Coast Fact Desk"
    assert doc.published == "2025-05-23"
    body = "Coast Fact Desk has contacted the ministry for comment. She told the Fact Desk."
    assert detect_publisher(body) == "Coast Fact Desk"


def test_outlet_names_with_channel_numbers_and_abbreviations_in_the_clause():
    cases = {
        "Channel 9 News has reached out to the state transportation department for comment.": (
            "Channel 9 News"
        ),
        "WXYZ 7 has reached out to the city for comment. A spokesperson told WXYZ 7 it was.": (
            "WXYZ 7"
        ),
        "France 24 could not independently verify the claims.": "France 24",
        "Fox News Digital reached out to the U.S. Attorney's Office for comment.": (
            "Fox News Digital"
        ),
    }
    for sentence, outlet in cases.items():
        assert detect_publisher(f"A story.\n\n{sentence}\n\nMore.") == outlet, sentence
    # A count after an outlet name is not part of it.
    body = "A spokesman told Newsweek 12 people died. Newsweek has contacted police for comment."
    assert detect_publisher(body) == "Newsweek"


def test_date_under_the_headline_is_kept_as_a_dateline():
    doc = clean_text(
        "Quake hits northern Verland\n\n11 October 2025\n\nAt least 23 people died.\n", "q"
    )
    assert doc.title == "Quake hits northern Verland"
    assert doc.published == "2025-10-11"
    assert paragraphs(doc)[0] == "11 October 2025"


def test_updated_stamp_dates_the_article_only_when_nothing_else_does():
    text = (
        "Barrier could fail in a storm\nBy Rhea Castellanos, CNN\n"
        "Updated 3:04 PM EST, Tue December 17, 2024\n\nEngineers warned on Tuesday.\n"
    )
    doc = clean_text(text, "c")
    assert doc.published == "2024-12-17"
    assert "Updated" not in doc.body
    doc = clean_text("Title here now\n\nDec. 2, 2024\nUpdated Dec. 5, 2024\n\nText.\n", "d")
    assert doc.published == "2024-12-02"


def test_many_broken_paragraphs_join_in_linear_time():
    doc = clean_text("x\n\n" * 20_000, "p")  # each lower-case line continues the last
    assert paragraphs(doc) == [" ".join(["x"] * 20_000)]


def test_agency_credits_name_the_publisher():
    doc = clean_text(
        "Floods kill dozens in Karath\n\nAt least 46 people died, officials said.\n\n"
        "Source: Al Jazeera and news agencies\n",
        "a",
    )
    assert doc.publisher == "Al Jazeera"
    assert "Source" not in doc.body
    body = "The metro will cost more.\n\nConstruction is set to begin in March, he said. (PTI)"
    assert detect_publisher(body) == "PTI"
    assert detect_publisher("He spoke to the UN.\n\nThe talks (UN) go on") is None


def test_live_blog_entry_credit_names_the_outlet():
    assert detect_publisher("Storm hits.\n\nFrom CNN's Lena Fisk\n\nMore text.") == "CNN"
    assert detect_publisher("From Monday, the rules change.\n\nMore text.") is None


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("© 2024 Reuters. All rights reserved.", "Reuters"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "The Associated Press"),
        ("© 2025 Ashby Chronicle Ltd", "Ashby Chronicle"),
        ("Read more at Newsweek", "Newsweek"),
        ("The post Ferry halted after fire appeared first on Coast Herald.", "Coast Herald"),
        ("© 2024 all rights reserved", None),
        ("Copyright lawyers say the ruling will matter and they plan to appeal it soon.", None),
    ],
)
def test_footer_credit_lines(footer, publisher):
    body = (
        "Ferry halted after fire\n\nThe ferry company halted all crossings on Tuesday, "
        "officials said. The fire started in the engine room and spread.\n\n"
    )
    doc = clean_text(body + footer + "\n", "f")
    assert doc.publisher == publisher
    assert ("Copyright lawyers" in doc.body) == footer.startswith("Copyright lawyers")


def test_wire_dateline_with_a_year_dates_the_article():
    doc = clean_text(
        "Ferry halted\n\nLONDON, 17 December 2024 (Northgate) - Crossings stop.\n", "w"
    )
    assert (doc.published, doc.publisher) == ("2024-12-17", "Northgate")
    doc = clean_text(
        "Ferry halted\n\nPORT ELLIS, Maine, Dec. 17, 2024 (AP) — Crossings stop.\n", "w"
    )
    assert doc.published == "2024-12-17"
    assert (
        clean_text("Ferry halted\n\nNew rules, March 3 2024 - a review.\n", "w").published is None
    )


def test_copy_paste_furniture_of_big_outlets():
    text = (
        "Barrier could fail in a storm\n"
        "Helena Marchetti Environment correspondent\n\n"
        "Engineers warned on Tuesday that the barrier could fail.\n\n"
        "Workers inspect a gate of the barrier on December 12, 2024.\n"
        "Jonah Pell/Reuters\n\n"
        "Advertisement · Scroll to continue\n\n"
        "Repairs would cost at least $180 million, the report said.\n\n"
        "Related article\n"
        "Coastal cities race to shore up aging defenses\n\n"
        "Sign up to Down to Earth\nFree weekly newsletter\n"
        "Privacy Notice: Newsletters may contain info about charities.\n"
        "after newsletter promotion\n\n"
        "The city council will vote in January.\n\n"
        "This article was amended on 18 December 2024 to correct the name of the regulator.\n"
    )
    doc = clean_text(text, "g")
    assert doc.author == "Helena Marchetti"
    assert paragraphs(doc) == [
        "Engineers warned on Tuesday that the barrier could fail.",
        "Repairs would cost at least $180 million, the report said.",
        "The city council will vote in January.",
    ]


def test_byline_names_with_non_ascii_capitals():
    doc = clean_text(
        "Tariffs rise\n\nBy Mirela Østby and Tomas Quill\n\nTariffs rose today.\n", "b"
    )
    assert doc.author == "Mirela Østby and Tomas Quill"
    assert paragraphs(doc) == ["Tariffs rose today."]


def test_one_told_vote_is_enough_for_an_outlet_shaped_name():
    assert detect_publisher("The minister told POLITICO the deal was fair.") == "POLITICO"
    assert detect_publisher("The minister told Sky News it was fair.") == "Sky News"
    assert detect_publisher("The minister told Reuters it was fair.") == "Reuters"
    assert detect_publisher("He told Anna Smith it was fair.") is None
