"""Speakers, fourteenth pass (issue 16, x16u): the name as the article gives it, from
round 15's misses (fitted). A name written family name first and referred to by its
first word keeps all its parts; a body referred to by its kind ("the union") is the body
named just before. Every text here is invented, with precision cases beside the rules."""

from __future__ import annotations

from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. A three-part name referred to by its first word (attribution/name_run.py).
def test_singapore_minister_family_name_first() -> None:
    text = (
        "Finance Minister Goh Kian Seng, speaking on the sidelines of a forum on Friday, "
        "declined to give a date.\n\n"
        '"We will move when the numbers are ready," Mr Goh said.'
    )
    assert _who(text) == ["Goh Kian Seng"]


def test_vietnamese_deputy_without_a_title() -> None:
    text = (
        "Deputy Nguyen Thi Hoa led the provincial delegation to the assembly session.\n\n"
        '"Farmers cannot wait another season," Nguyen told reporters in Hanoi.'
    )
    assert _who(text) == ["Nguyen Thi Hoa"]


def test_korean_name_with_a_hyphenated_given_name() -> None:
    text = (
        "South Korea's trade envoy, Park Seo-yeon, arrived in Ottawa on Monday.\n\n"
        '"Both sides want a deal before the summer," Ms Park said.'
    )
    assert _who(text) == ["Park Seo-yeon"]


def test_us_wire_three_part_name_by_first_word_in_a_feature() -> None:
    text = (
        "Campaign volunteer Marisol Vega Ortiz has knocked on doors in the district since "
        "March.\n\n"
        '"People want to be asked," Marisol said.'
    )
    assert _who(text) == ["Marisol Vega Ortiz"]


def test_headline_in_title_case_does_not_lengthen_the_name() -> None:
    text = (
        "Minister Lim Boon Keat Says Budget Is Fair To Families\n\n"
        "Minister Lim Boon Keat, speaking in parliament on Tuesday, defended the budget.\n\n"
        '"No household will pay more," Mr Lim said.'
    )
    assert _who(text) == ["Lim Boon Keat"]


def test_two_people_with_one_first_word_stay_unresolved_apart() -> None:
    # precision: "Tan" opens two different names; the lone word never picks one
    text = (
        "Opposition MP Tan Hui Min and Transport Minister Tan Boon Hock clashed in the "
        "chamber on Monday.\n\n"
        '"The fares are too high," Tan Hui Min said.'
    )
    assert _who(text) == ["Tan Hui Min"]


# 2. A body named as the subject just before, then called by its kind
# (attribution/kind_opener.py).
def test_za_union_named_then_called_the_union() -> None:
    text = (
        "The Coastal Transport Workers' Federation blamed the shortage on late payments. "
        '"Drivers are not charities," the union said.'
    )
    assert _who(text) == ["Coastal Transport Workers' Federation"]


def test_ng_party_named_then_called_the_party() -> None:
    text = (
        "The Democratic Renewal Congress rejected the declared result on Sunday. "
        '"We will pursue our mandate in the tribunal," the party said in a statement.'
    )
    assert _who(text) == ["Democratic Renewal Congress"]


def test_us_wire_advocacy_alliance_called_the_group() -> None:
    text = (
        "WASHINGTON (AP) — The Clean Rivers Alliance sued the agency on Monday over the "
        'rule. "This rule ignores a decade of science," the group said.'
    )
    assert _who(text) == ["Clean Rivers Alliance"]


def test_uk_teachers_association_called_the_union_at_the_paragraph_start() -> None:
    text = (
        "The Secondary Teachers' Association said it would ballot members. Talks broke "
        'down on Thursday. "Nobody wants a strike," the union added.'
    )
    assert _who(text) == ["Secondary Teachers' Association"]


def test_kind_that_does_not_fit_the_name_stays_a_description() -> None:
    # precision: a Ministry is no union, and a union named earlier wins over the opener
    text = (
        "The Ministry of Labour declined to comment on the ballot. "
        '"Members are angry," the union said.'
    )
    assert _who(text) == ["union"]


# 3. One member of a counted unnamed group, picked out by an ordinal
# (attribution/ordinal_member.py).
def test_sg_second_official_is_the_group_cited_before() -> None:
    text = (
        "The two sides are close to a deal, according to two officials familiar with the "
        'talks.\n\n"Most of it is done," one of the officials said.\n\n'
        '"It can be closed in a day," the second official said.'
    )
    assert _who(text) == ["two officials familiar with the talks"] * 2


def test_us_wire_second_diplomat() -> None:
    text = (
        "Two diplomats briefed on the summit said the communique was agreed overnight.\n\n"
        '"We only need signatures," the second diplomat said.'
    )
    assert _who(text) == ["two diplomats briefed on the summit"]


def test_uk_third_official_of_three() -> None:
    text = (
        "The department is split over the levy, three officials said on condition of "
        'anonymity.\n\n"It will not survive the autumn," the third official said.'
    )
    assert _who(text) == ["three officials"]


def test_ordinal_without_a_counted_group_and_former_stay_apart() -> None:
    # precision: no counted group before; "the former official" is an ex-official
    text = (
        "Senator Ada Lind opened the hearing.\n\n"
        '"We need this," the second witness said.\n\n'
        "A former official said the plan was doomed. "
        '"It never had money," the former official said.'
    )
    assert _who(text) == ["second witness", "a former official"]


# 4. "assembly", "municipality" and "metro" are bodies' nouns (lexicon.ORG_NOUNS), and a
# kind may point back to a described opener ("The metro said ... the municipality said").
def test_ca_first_nations_assembly_called_the_assembly() -> None:
    text = (
        "The Assembly of Northshore Nations said in a statement that it had not been "
        'consulted on the route. "A phone call is not consultation," the assembly said.'
    )
    assert _who(text) == ["Assembly of Northshore Nations"]


def test_za_metro_then_the_municipality() -> None:
    text = (
        "Taps in the Kwelera Metro have been dry for nine days.\n\n"
        'The metro said it was doing what it could. "Tankers are in every ward," the '
        "municipality said in a media release."
    )
    assert _who(text) == ["Kwelera Metro"]


def test_uk_municipality_named_in_full() -> None:
    text = (
        "Officials from the Municipality of Port Ardan defended the closure. "
        '"The pier is not safe," the municipality said on Friday.'
    )
    assert _who(text) == ["Municipality of Port Ardan"]


def test_assembly_speaker_stays_a_person() -> None:
    # precision: "the assembly speaker" is a person's role, never the assembly
    text = (
        "Lawmakers in the state assembly passed the bill on Tuesday. "
        '"This is a good day," the assembly speaker said.'
    )
    assert _who(text) == ["assembly speaker"]


# 5. Members of state, provincial and devolved legislatures by their initials
# (lexicon.ROLE_NOUNS: MLA, MPP, MSP, TD, MNA, MHA), and "put it to me this way:".
def test_in_opinion_veteran_mla_put_it_this_way() -> None:
    text = (
        "The real danger is drift. One veteran MLA from the ruling party, who did not want "
        'to be named, put it to me this way: "Nobody will topple the government."'
    )
    assert _who(text) == ["one veteran MLA from the ruling party"]


def test_ca_wire_veteran_mpp_before_the_quote() -> None:
    text = 'A veteran MPP told reporters: "The bill is dead in committee."'
    assert _who(text) == ["a veteran MPP"]


def test_qc_senior_mna_after_the_quote() -> None:
    text = '"It is over for the reform," a senior MNA said on Thursday.'
    assert _who(text) == ["a senior MNA"]


def test_ie_backbench_td_before_the_quote() -> None:
    text = 'A backbench TD told reporters: "The parliamentary party is not happy."'
    assert _who(text) == ["a backbench TD"]


def test_scotland_msp_who_asked_not_to_be_named_put_it_this_way() -> None:
    text = (
        "The vote was closer than expected. One MSP, who asked not to be named, put it to "
        'me this way: "We won the argument and lost the count."'
    )
    assert _who(text) == ["one MSP"]


# 6. "the statement said": the body the statement's own sentence cites issued it, not a
# person named nearer before it (attribution/statement_owner.py).
def test_nz_council_statement_after_the_mayor() -> None:
    text = (
        "The Tawhiri District Council voted to close the pool on Thursday. Mayor Rewi "
        'Paora said the decision was hard. "Nobody wanted this," he said.\n\n'
        "The council said in a statement that repairs could not be finished in time. "
        '"We will not open a pool we cannot be sure is safe," the statement said.'
    )
    assert _who(text) == ["Rewi Paora", "Tawhiri District Council"]


def test_ie_department_statement_after_a_td() -> None:
    text = (
        "Students marched on the Department of Rural Transport on Wednesday.\n\n"
        "Deputy Cathal Ó Riain addressed the crowd outside the Dáil. "
        '"They found money for everything else," he said.\n\n'
        "In a statement, the department said no decision had been "
        'made. "The Minister will bring proposals to Cabinet," the statement said.'
    )
    assert _who(text) == ["Cathal Ó Riain", "Department of Rural Transport"]


def test_us_wire_agency_press_release_after_a_senator() -> None:
    text = (
        "The Bureau of Land Allocation has delayed the permits again.\n\n"
        "Sen. Dolores Quint, D-N.M., called the delay unacceptable. "
        '"Families are waiting," Quint said.\n\n'
        "The bureau said in a news release that it would respond "
        'next week. "We take these concerns seriously," the release said.'
    )
    assert _who(text) == ["Dolores Quint", "Bureau of Land Allocation"]


def test_person_who_issued_the_statement_keeps_it() -> None:
    # precision: the statement's sentence cites a person, not a body
    text = (
        "The Harbour Board met on Monday.\n\n"
        "Councillor Ina Ruatapu said in a statement that she would appeal. "
        '"This is not over," the statement said.'
    )
    assert _who(text) == ["Ina Ruatapu"]


def test_a_body_called_by_its_kind_is_not_searched_for_again(monkeypatch) -> None:
    # work, not time: after the first "the union" resolves to the Alliance, a later
    # "the union said" finds it among the cited, never by a scan of the text before it
    from claimdesk.extract import sources

    calls = []
    real = sources.body_with_of
    monkeypatch.setattr(sources, "body_with_of", lambda *a, **k: calls.append(1) or real(*a, **k))
    para = (
        "The Harbour Pilots' Alliance blamed the port. "
        '"We were never asked," the union said.\\n\\n'
        "Talks resumed on Monday and broke down again by the evening.\\n\\n"
        '"Nothing has changed," the union said.\\n\\n'
    )
    assert _who(para * 30) == ["Harbour Pilots' Alliance"] * 60
    assert len(calls) <= 2


# 7. A paper's or plan's name "under the title" is no quotation (quote_terms._TERM_LEAD).
def _texts(text: str) -> list[str]:
    return [q for q, _w in quotes(text)]


def test_eu_paper_circulated_under_the_title() -> None:
    text = (
        "The dispute is set out in a paper circulated by the presidency under the title "
        '"Shared Burdens at the Outer Border," which proposed splitting costs. '
        '"We will not pay twice," the minister said.'
    )
    assert _texts(text) == ["We will not pay twice,"]


def test_uk_plan_under_the_working_title() -> None:
    text = (
        'The plan, drawn up under the working title "Project Northern Lantern", was '
        'shelved in March. "It was never funded," one aide said.'
    )
    assert _texts(text) == ["It was never funded,"]


def test_us_memo_with_the_title_and_a_manifesto_bearing_a_title() -> None:
    text = (
        'Senators received a memo with the title "Options for the Spring Budget" on '
        'Monday. The party issued a manifesto bearing the title "A Fair Start for Every '
        'Child".'
    )
    assert _texts(text) == []


def test_a_title_won_is_no_title_lead() -> None:
    # precision: "defended her title." then a quotation stays a quotation
    text = 'The champion defended her title. "I earned it," she said.'
    assert _texts(text) == ["I earned it,"]
