"""Figures: values, units, qualifiers, nouns, hypotheticals, and what is not a figure.

Every sentence here is invented; none is taken from the seed articles.
"""

from __future__ import annotations

import pytest

from claimdesk.extract.number_words import parse_number_words
from claimdesk.extract.numbers import find_numbers
from claimdesk.extract.pipeline import extract_text


def nums(text: str):
    found = find_numbers(text, [(0, len(text))])
    for n in found:
        assert text[n.start : n.end] == n.text
    return found


def one(text: str):
    found = nums(text)
    assert len(found) == 1, [(n.text, n.value) for n in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The ferry carried 1,240 passengers across the strait.", 1240, None),
        ("Rainfall reached 2,500.75 millimetres in the hills.", 2500.75, "mm"),
        ("Turnout was 61.5 percent, the board said.", 61.5, "%"),
        ("Support fell to 38 per cent among farmers.", 38, "%"),
        ("Prices rose 4% in March.", 4, "%"),
        ("Unemployment dropped 2 percentage points.", 2, "pp"),
        ("The council approved $2 billion for the tunnel.", 2_000_000_000, "USD"),
        ("The club paid £40m for the striker.", 40_000_000, "GBP"),
        ("Orvande Bank lost €3.5 million on the deal.", 3_500_000, "EUR"),
        ("The startup raised US$12.5 million in January.", 12_500_000, "USD"),
        ("The budget is 3bn euros this year.", 3_000_000_000, "EUR"),
        ("A fine of 500,000 dollars was imposed.", 500_000, "USD"),
        ("Exports were worth ¥80 billion.", 80_000_000_000, "JPY"),
        ("The pipeline runs 300 km under the sea.", 300, "km"),
        ("Pilgrims walked 5 miles to the shrine.", 5, "mi"),
        ("Customs seized 12 kilograms of saffron.", 12, "kg"),
        ("The mill produced 3 tonnes of flour a day.", 3, "t"),
        ("The quake struck 40 km south of Palvik.", 40, "km"),
        ("The fleet burned 1.5 million barrels of fuel.", 1_500_000, "bbl"),
    ],
)
def test_value_and_unit(text, value, unit):
    n = one(text)
    assert n.value == value
    assert n.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("At least 14 fishermen were rescued.", "at least"),
        ("No fewer than 14 fishermen were rescued.", "at least"),
        ("About 200 volunteers joined the search.", "about"),
        ("Around 200 volunteers joined the search.", "about"),
        ("Roughly 200 volunteers joined the search.", "about"),
        ("Some 200 volunteers joined the search.", "about"),
        ("An estimated 200 volunteers joined the search.", "about"),
        ("More than 3,000 homes lost power.", "more than"),
        ("Over 3,000 homes lost power.", "more than"),
        ("Upwards of 3,000 homes lost power.", "more than"),
        ("In excess of 3,000 homes lost power.", "more than"),
        ("Up to 80 lorries cross daily.", "up to"),
        ("As many as 80 lorries cross daily.", "up to"),
        ("Nearly 90 teachers signed the letter.", "nearly"),
        ("Almost 90 teachers signed the letter.", "nearly"),
        ("Fewer than 20 shops remain open.", "fewer than"),
        ("Under 20 shops remain open.", "less than"),
        ("Less than 20% of the grant was spent.", "less than"),
        ("At most 6 boats may dock at once.", "at most"),
        ("The strike drew 400 workers.", None),
        ("Only 400 workers turned up.", None),
        ("The search found 30 or more survivors.", "at least"),
    ],
)
def test_qualifiers(text, qualifier):
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Rebels freed at least 30 Norvish hostages on the border.", "hostages"),
        ("The army moved 11,000 troops to the coast.", "troops"),
        ("Only 1,000 of them came home.", "them"),
        ("The storm destroyed 420 newly built homes.", "homes"),
        ("The clinic treated 85 children and 40 adults.", "children"),
        ("Officials said 2,300 would be enough.", None),
        ("Police arrested 37 Velmorans after the match.", "Velmorans"),
        ("Half of the 600 delegates left early.", "delegates"),
    ],
)
def test_counted_noun(text, noun):
    assert nums(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two dozen protesters gathered outside the mill.", 24),
        ("A dozen ambulances waited at the gate.", 12),
        ("Three soldiers were wounded in the blast.", 3),
        ("The town lost twenty-five buses in the flood.", 25),
        ("Organisers expect three hundred and fifty runners.", 350),
        ("The region has half a million residents.", 500_000),
        ("The charity raised two million pounds sterling.", 2_000_000),
        ("Forty percent of voters stayed at home.", 40),
    ],
)
def test_number_words(text, value):
    assert one(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in 2019 and ended in 2021.",
        "The vote is set for August 6 in the capital.",
        "She was born on 14 March 1981.",
        "The meeting starts at 10:30 a.m. sharp.",
        "He finished 21st in the race, the first time in years.",
        "A Covid-19 ward, an F-16 jet and the G7 summit.",
        "Section 230 of the act and a Boeing 737 were discussed.",
        "Call 0161 496 0000 for details.",
        "A 45-year-old man was arrested after a 10-day search.",
        "One expert said one of the reasons was unclear.",
        "The two sides met again; both leaders spoke.",
        "Thousands of miles away, hundreds of fans and dozens of reporters waited.",
        "The case was settled two weeks ago; he was 45 years old.",
        "Windows 11 and iPhone 15 sales were discussed in the 1990s style.",
        "See page 12 and chapter 4 for flight 370.",
        "The score was 3-1 at half time, 24/7 coverage followed.",
        "The Big Three and the Group of Seven met.",
    ],
)
def test_not_figures(text):
    assert nums(text) == []


def test_year_like_count_with_plural_noun_is_a_figure():
    n = one("Volunteers planted 2000 trees along the river.")
    assert n.value == 2000 and n.noun == "trees"


def test_range_shares_noun_unit_and_scale():
    a, b = nums("Between 10 and 20 people were hurt.")
    assert (a.value, b.value) == (10, 20)
    assert a.noun == b.noun == "people"
    assert (a.qualifier, b.qualifier) == ("at least", "up to")
    a, b = nums("The repairs will cost $5 to $10 million.")
    assert a.value == 5_000_000 and a.unit == "USD"


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("If the dam fails, 40,000 people would have to leave.", True),
        ("Maybe they will send 5,000 more engineers.", True),
        ("Let's say only 300 of them stay; the rest will go.", True),
        ("The toll could reach 1,000, the mayor warned.", True),
        ('"12,000 would overwhelm the camp," she said.', True),
        ("The ministry said 40,000 people had left.", False),
        ("The plant will employ 500 workers, the company said.", False),
        ("The firm said it would cut 250 jobs by June.", False),
        ("The figure of 30 deaths could not be verified.", False),
    ],
)
def test_hypothetical(text, hypothetical):
    assert nums(text)[0].hypothetical is hypothetical


def test_hypothetical_is_per_clause_inside_quotes():
    text = '"We moved 2,000 families last year," the mayor said, "and maybe 3,000 will follow."'
    a, b = nums(text)
    assert a.value == 2000 and not a.hypothetical
    assert b.value == 3000 and b.hypothetical


def test_offsets_and_text_cover_qualifier_and_unit():
    text = "Investors lost more than £1.2bn in the collapse."
    n = one(text)
    assert n.text == "more than £1.2bn"
    assert n.value == 1_200_000_000 and n.unit == "GBP" and n.qualifier == "more than"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two dozen", 24),
        ("a dozen", 12),
        ("three hundred and fifty", 350),
        ("twenty-five", 25),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("five thousand two hundred", 5200),
        ("two three", None),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def test_speaker_left_for_the_pipeline():
    assert one("The agency counted 70 trucks.").speaker is None


def test_figure_at_the_very_start_of_the_text():
    n = one("500 families were moved to the school.")
    assert (n.value, n.noun, n.start) == (500, "families", 0)


def test_of_phrase_gives_the_group_noun():
    n = one("Officials said two of the wounded had died.")
    assert (n.value, n.noun) == (2, "wounded")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The party won 14 of the city's 20 districts.", {14: "districts", 20: "districts"}),
        ("It runs four of the country’s ten largest cities.", {4: "cities", 10: "cities"}),
        ("Two of the company's workers were hurt.", {2: "workers"}),
        ("Forty of the drivers' trucks were stopped.", {40: "trucks"}),
        ("Three of Aldmoor's 12 wards voted no.", {3: "wards", 12: "wards"}),
    ],
)
def test_of_phrase_skips_a_possessive(text, want):
    assert {n.value: n.noun for n in nums(text)} == want


def test_figure_noun_is_not_a_possessive() -> None:
    """'14 of the city's 20 districts': the 14 counts districts (or nothing), never "city's"."""
    ex = extract_text(
        "The mayor said the party won 14 of the city's 20 districts and now runs four of "
        "the country's ten largest cities.\n",
        published="2025-10-28",
    )
    nouns = {n.value: n.noun for n in ex.numbers}
    assert nouns.get(14) in ("districts", None)
    assert nouns.get(4) in ("cities", None)


def test_word_durations_are_measures_but_relative_dates_are_not():
    n = one("Staff had ten minutes to leave the building.")
    assert (n.value, n.unit, n.hypothetical) == (10, "min", False)
    assert nums("The bridge opened three years ago.") == []


def test_half_a_unit_and_counts_out_of_a_group():
    n = one("The bank raised its rate by half a percentage point.")
    assert (n.value, n.unit) == (0.5, "pp")
    n = nums("Seven of the nine board members backed the rise.")[0]
    assert (n.value, n.noun) == (7, "members")
    a, b = nums("Eleven of 18 analysts expected a cut.")
    assert (a.value, a.noun, b.value, b.noun) == (11, "analysts", 18, "analysts")


def test_fold_keeps_offsets():
    from claimdesk.extract.textscan import fold

    text = 'He said:\n"Two dozen—THREE (four) İx é'
    folded = fold(text)
    assert len(folded) == len(text) + 1
    assert folded[1:].index("two dozen three") == text.index("Two dozen")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Floods forced 1.2m people from their homes.", 1_200_000, None),
        ("A 5,000-strong force crossed the river.", 5000, None),
        ("The yacht is 40m long.", 40, "m"),
    ],
)
def test_glued_suffixes(text, value, unit):
    n = one(text)
    assert (n.value, n.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["Talks were held at 10 Downing Street.", "The S&P 500 closed higher.", "Voters aged 18 met."],
)
def test_addresses_indexes_and_ages_are_not_figures(text):
    assert nums(text) == []


def test_qualified_bare_word_count_and_adjectives_before_the_noun():
    n = one("At least three were killed in the crash.")
    assert (n.value, n.qualifier, n.noun) == (3, "at least", None)
    assert one("Two other men were freed.").noun == "men"
    assert one("Then 30 more soldiers arrived.").noun == "soldiers"


def test_indian_scales():
    n = one("The state set aside ₹500 crore for roads.")
    assert (n.value, n.unit) == (5_000_000_000, "INR")


def test_pipeline_gives_figures_their_speaker():
    from claimdesk.extract.pipeline import extract_text

    text = (
        "Flood waters rose overnight in the valley.\n\n"
        "Mayor Lina Voss said 300 homes had been flooded and at least 12 people were missing.\n"
    )
    ex = extract_text(text, published="2025-03-11")
    got = {n.value: n for n in ex.numbers}
    assert got[300].speaker and "Voss" in got[300].speaker
    assert got[12].qualifier == "at least" and got[12].speaker == got[300].speaker


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("The council would release $4 million in aid, she said.", False),
        ("A decision that would leave mothers a 45-kilometre drive from care.", False),
        ('"Closing it would cost 300 jobs," the union said.', True),
        ("Officials warned the toll might reach 90.", True),
    ],
)
def test_would_in_narration_reports_and_in_quotes_imagines(text, hypothetical):
    assert nums(text)[0].hypothetical is hypothetical


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One in three adults smoke; 9 in 10 voters agree.", []),
        ("Gunmen killed 30 in 2 attacks.", [30, 2]),
        ("The top 10 companies paid less.", []),
    ],
)
def test_proportions_and_rankings(text, values):
    assert [n.value for n in nums(text)] == values


def test_vague_scale_words_are_not_figures():
    assert nums("Several hundred people and a few thousand troops waited.") == []
    assert [n.value for n in nums("A hundred boats and two hundred cars.")] == [100, 200]


def test_qualifier_reaches_over_another():
    n = one("At least another 30 people were evacuated.")
    assert (n.qualifier, n.text) == ("at least", "At least another 30")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Between 10-15 people were hurt.", [10, 15]),
        ("Support was 20-30% in the polls.", [20, 30]),
        ("The bill passed 52-48 in the Senate.", []),
        ("After a 3-1 win, the 2023-24 season ended.", []),
    ],
)
def test_hyphen_ranges_but_not_scores(text, values):
    assert [n.value for n in nums(text)] == values


def test_money_in_a_hyphen_compound():
    n = one("Ministers backed a $2bn-a-year scheme.")
    assert (n.value, n.unit) == (2_000_000_000, "USD")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two were killed and three more were hurt.", [2, 3]),
        ("It carried 14 districts, including six that had voted for him.", [14, 6]),
        ("The two were friends; he has three.", []),
    ],
)
def test_number_words_standing_for_their_noun(text, values):
    assert [n.value for n in nums(text)] == values


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The club agreed a 2 billion pound deal.", "GBP"),
        ("It cost 50 million pounds last year.", "GBP"),
        ("The bull weighed 300 pounds at sale.", "lb"),
        ("Farms shipped 10 million pounds of beef.", "lb"),
    ],
)
def test_pounds_money_or_weight(text, unit):
    assert one(text).unit == unit


def test_age_in_apposition_is_not_a_figure():
    assert nums("Whitfield, 58, a former senator, was sworn in.") == []


def test_ratio_terms_are_figures_and_proportions_are_not():
    assert [(n.value, n.noun) for n in nums("Some wards have one nurse to seven patients.")] == [
        (7, "patients")
    ]
    assert nums("One in three nurses has left.") == []
    assert nums("One to two people were hurt.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A bag now costs Rs 1,850 in city markets.", 1850, "INR"),
        ("It sold for Rs. 900 in September.", 900, "INR"),
        ("The fare is KSh 500 a day.", 500, "KES"),
        ("The state set aside ₹4.5bn for relief.", 4_500_000_000, "INR"),
    ],
)
def test_currency_abbreviations_before_the_amount(text, value, unit):
    n = one(text)
    assert (n.value, n.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The cut was agreed, according to three people familiar with the talks.",
        "Two senior officials, who spoke on condition of anonymity, confirmed it.",
    ],
)
def test_counts_of_cited_people_are_not_claims(text):
    assert nums(text) == []


def test_count_of_officials_as_a_claim_is_kept():
    assert one("Two officials were killed in the blast.").value == 2


def test_day_lists_after_a_month_are_dates_not_figures():
    assert nums("The drones flew on December 12, 13 and 14.") == []
    assert [n.value for n in nums("He lost 12, 13 and 14 points.")] == [12, 13, 14]


def test_over_before_other_is_a_place_not_a_qualifier():
    assert one("Sightings over two other bases were reported.").qualifier is None
    assert one("Over 200 people were evacuated.").qualifier == "more than"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It expects charges of $210 million to $240 million.", ["at least", "up to"]),
        ("It cut rates by 0.25% to 5%.", [None, None]),  # a move, not a range
        ("Shares rose 2% to 3% on Friday.", [None, None]),
        ("Shares rose 7% to $143.20.", [None, None]),  # a change and a level
    ],
)
def test_x_to_y_ranges_of_one_unit(text, want):
    assert [n.qualifier for n in nums(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Temperatures reached 45C (113F) on Sunday.", [(45, "°C"), (113, "°F")]),
        ("Highs near 30C are forecast.", [(30, "°C")]),
        ("Grade 5C students sat the test.", []),
    ],
)
def test_glued_temperatures(text, want):
    assert [(n.value, n.unit) for n in nums(text)] == want


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Snow fell over 48 hours.", None),  # a period
        ("The siege lasted for over 48 hours.", "more than"),
        ("It took over three years.", "more than"),
        ("Over 200 people died.", "more than"),
    ],
)
def test_over_before_a_duration(text, qualifier):
    assert one(text).qualifier == qualifier


def test_age_after_a_person_noun_is_not_a_figure():
    assert nums("Police said the man, 34, was arrested on Sunday.") == []
    assert nums("The gunman, 19, was shot by officers.") == []
