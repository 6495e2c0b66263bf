"""Speakers, fourteenth pass (issue 16, x16p): the speaker's name as the article gives
it. "As one aide put it: "..."" credits the aide; bodies keep their whole name; anonymous
sources keep their description; a group noun that says nothing is no source. Every text
here is invented, with precision cases beside the rules."""

from __future__ import annotations

from tests.support.speech_cases import quotes, source_names


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. "put it" frames a quotation like "said" (attribution/put_it.py).
def test_as_an_aide_put_it_with_a_colon() -> None:
    text = (
        "The filibuster survived another week.\n\n"
        'As one veteran Senate aide put it to me: "Nobody wants to be the one who ends it."'
    )
    assert _who(text) == ["one veteran Senate aide"]


def test_as_a_named_minister_put_it_with_a_comma() -> None:
    text = (
        "Finance Minister Aurelia Dumont defended the budget on Tuesday.\n\n"
        'As Dumont put it to reporters, "A deficit is a choice, and we chose schools."'
    )
    assert _who(text) == ["Aurelia Dumont"]


def test_put_it_after_the_quotation() -> None:
    text = (
        "The campaign spent the final week in the suburbs.\n\n"
        '"Turnout is the whole game now," as one Democratic strategist put it.'
    )
    assert _who(text) == ["one Democratic strategist"]


def test_put_it_bluntly_and_put_it_in_an_interview() -> None:
    text = (
        "Opposition leader Tomasz Wierzbicki rejected the offer.\n\n"
        'Wierzbicki put it more bluntly: "This is a bribe with a ribbon on it."\n\n'
        "Or, as the speaker of the assembly put it in a radio interview on Sunday, "
        '"a deal is only a deal when both sides sign."'
    )
    assert _who(text) == ["Tomasz Wierzbicki", "the speaker of the assembly"]


def test_put_without_it_or_a_frame_credits_nobody_else() -> None:
    # precision: "put pressure on", "put the cost at" and "put it in a drawer" say nothing
    text = (
        "The vote was delayed again.\n\n"
        "The governor put pressure on lawmakers to settle the matter before the recess. "
        '"We need a vote," a spokesman for the governor said.\n\n'
        "Clerks put it in a drawer and left it there. "
        '"Nobody read it," the report concluded.\n\n'
        'As one clerk put it: "Paper is patient."'
    )
    assert _who(text) == ["a spokesman for the governor", "report", "one clerk"]
    assert "Clerks" not in source_names(text)


# 2. A body's name runs on through "of" (sources._classify) and keeps its level
# (attribution/body_modifier.py).
def test_a_bodys_name_keeps_its_words_after_of() -> None:
    text = (
        "Unions reacted coolly to the plan.\n\n"
        'In a statement, the National Association of Head Teachers said: "Schools heard '
        'about this from a press release."\n\n'
        '"The figures are misleading," said the Federation of Retail Chemists.'
    )
    assert _who(text) == [
        "National Association of Head Teachers",
        "Federation of Retail Chemists",
    ]


def test_a_titled_person_still_splits_from_the_title() -> None:
    # precision: "Secretary of State" is a title, the person after it speaks
    text = (
        "The talks ended late.\n\n"
        'Secretary of State Anya Morel said: "We made progress on the harder issues."'
    )
    assert _who(text) == ["Anya Morel"]


def test_the_state_party_keeps_its_level() -> None:
    text = (
        "The feud spilled into public view on Sunday.\n\n"
        "In a separate statement, the state Republican Party said it "
        '"does not comment on disagreements between members."\n\n'
        '"We will appeal the ruling," the county Democratic Committee said.\n\n'
        'The provincial Liberal Party said: "This is a sad day for the province."'
    )
    assert _who(text) == [
        "state Republican Party",
        "county Democratic Committee",
        "provincial Liberal Party",
    ]


def test_a_level_before_a_person_stays_out() -> None:
    # precision: a level word before a titled person, or with no "the", is not a body's
    text = (
        "The hearing ran late.\n\n"
        'The state Senator Ada Lind said: "No."\n\n'
        "Several county Republican Party members said the vote was rigged.\n\n"
        '"We stand by the count," the city Green Party said.'
    )
    # the person without the title, as the gold writes names (x16w, level_title.py)
    assert _who(text) == ["Ada Lind", "city Green Party"]
    assert "county Republican Party" not in source_names(text)


# 3. "Name, the role ..., who VERB": the person, not the role (attribution/role_then_who.py).
def test_the_mp_introduced_before_who_is_the_person() -> None:
    text = (
        "The rebellion grew on Tuesday.\n\n"
        "It was led by Ottilie Brandreth, the Conservative MP for a rural border seat, who "
        'put it simply: "You cannot measure a pupil with a stopwatch."\n\n'
        "The bill was opposed by Marek Szulc, a Labour councillor, who told the chamber: "
        '"We are out of time."\n\n'
        "Ines Carvalho, the deputy mayor of Portvale, who chairs the transport board, said: "
        '"The buses run late because the roads are full."'
    )
    assert _who(text) == ["Ottilie Brandreth", "Marek Szulc", "Ines Carvalho"]
    assert not any("MP" in n or "councillor" in n for n in source_names(text))


# 4. '"...," it said' after a paragraph that opens with a body (attribution/it_opener.py).
def test_it_said_is_the_body_the_paragraph_opens_with() -> None:
    text = (
        "Two trawlers were seized off the northern coast.\n\n"
        "A spokesperson for the Harbour Pilots' Union welcomed the seizures.\n\n"
        'The union was unmoved by the protests. "Enforce the law and the boats will stay '
        'away," it said.\n\n'
        "The Treasury declined to comment on the leaked memo. "
        '"We do not discuss internal papers," it said in a statement.'
    )
    assert _who(text) == ["Harbour Pilots' Union", "Treasury"]


def test_it_said_after_a_thing_stays_unresolved() -> None:
    # precision: a plan or a bill opening the paragraph is no speaker; the union of
    # something is not where the subject ends
    text = (
        "The budget vote was delayed.\n\n"
        'The union of three councils was dissolved in May. "We will merge the depots '
        'within a year," it said.\n\n'
        'The Treasury was asked about the memo. "We never discuss papers," it said.'
    )
    assert _who(text) == [None, "Treasury"]


# 5. A sentence that gives a voice's stance, then its bare quote (attribution/stance_lead.py).
def test_a_stance_sentence_hands_on_to_the_bare_quote() -> None:
    text = (
        "Negotiators met again in Lisbon on Thursday.\n\n"
        "A senior EU diplomat said the mood had improved. But the diplomat was far less "
        'optimistic about the deadline. "Nobody here thinks Friday is real."\n\n'
        "Finance Minister Orla Brennan defended the plan. Opposition leader Teodor Vasic "
        'was blunter. "This budget is a confession of failure."\n\n'
        'Vasic took a darker view. "We will be back here in a month."'
    )
    assert _who(text) == ["a senior EU diplomat", "Teodor Vasic", "Teodor Vasic"]


def test_a_claim_about_someone_is_no_stance() -> None:
    # precision: "was sure to win" is a claim about her; a sentence between the stance
    # and the quote breaks the hand-on
    text = (
        "The count began at ten.\n\n"
        'The mayor was sure to lose the vote. "Nobody doubted it for a moment."\n\n'
        "A senior party official said the count was slow. The count had stalled twice. "
        '"Nobody knows what the rural boxes hold."\n\n'
        'The official was less sure. "Ask me at midnight."'
    )
    assert _who(text) == [None, None, "a senior party official"]


# 6. An unnamed source keeps an -ing participle's phrase (subjects._POSTMOD).
def test_a_diplomat_following_the_talks() -> None:
    text = (
        "Tariff talks resumed in Vienna.\n\n"
        "A Western diplomat following the talks described the mood as "
        '"tense but professional."\n\n'
        '"They still eat lunch together, which is always a good sign," the diplomat added.\n\n'
        'A lawyer representing the growers said: "Nobody asked the farmers."'
    )
    assert _who(text) == [
        "a Western diplomat following the talks",
        "a Western diplomat following the talks",
        "a lawyer representing the growers",
    ]


# 7. "Surname expects the court ..." opens with the person, not "Surname expects the
# court" as a description (subjects.fwd_subject): "she said" after it is hers.
def test_she_after_a_surname_with_a_verb_is_that_person() -> None:
    text = (
        "The map fight goes to court.\n\n"
        '"The design was wrong from the start," says Mirela Dobrescu, a professor of law.\n\n'
        "Ines Okoro, a lawyer for a voting group, argues that both sides are wrong. "
        '"Every map splits the east side," she said.\n\n'
        'Dobrescu expects the court to move quickly. "Judges hate these cases," she said.\n\n'
        'Dobrescu thinks the ruling will come early. "By spring, I would say," she said.'
    )
    assert _who(text) == ["Mirela Dobrescu", "Ines Okoro", "Mirela Dobrescu", "Mirela Dobrescu"]


# 8. A document from an office named in lowercase: the office issued it
# (document_owner.py, statement_owner.py, Registry.document).
def test_a_memo_from_the_governors_office() -> None:
    text = (
        "The veto fight moved to the House.\n\n"
        "Rep. Dalia Ferrante, D-Millbrook, said she would not vote to override. "
        '"Not on a budget question," Ferrante said.\n\n'
        "A memo from the governor's office, distributed to lawmakers, projected a "
        'shortfall. "The proposal is unfunded beyond its second year," according to the '
        "memo.\n\n"
        "A report by the senator's staff found the fund short. "
        '"The money runs out in 2029," the report said.'
    )
    assert _who(text) == [
        "Dalia Ferrante",
        "the governor's office",
        "the senator's staff",
    ]


# 9. No source from a comparison or a coined name (attribution/not_a_source.py).
def test_than_either_campaign_predicted_is_no_source() -> None:
    text = (
        "Lena Marsh was elected mayor on Tuesday, by a wider margin than either campaign "
        "had predicted. Turnout was higher than pollsters expected.\n\n"
        'The plan spends what officials have called a "reading recovery premium". '
        "The fund is smaller than the minister claimed.\n\n"
        '"We knocked on every door," Marsh said.'
    )
    assert _who(text) == ["Lena Marsh"]
    assert source_names(text) == ["Lena Marsh"]


# 10. A state's relation before its name, and "Its foreign ministry" after a quote that
# ends the sentence before (lexicon.LEAD_ADJECTIVES, speakers._sentence_start).
def test_neighbouring_state_and_its_ministry() -> None:
    text = (
        "Varessa banned grain exports on Monday.\n\n"
        "The opposition Civic Dawn party said the ban showed the government had "
        '"lost control of prices" and demanded a debate.\n\n'
        "Neighbouring Kestria, which buys a third of Varessa's wheat, said it was "
        '"deeply concerned." Its foreign ministry said in a brief statement: "We expect '
        'our partners to respect their commitments."'
    )
    who = _who(text)
    assert who[1] == "Kestria"
    assert who[2] is not None and "Kestria" in who[2]
    assert "Neighbouring Kestria" not in source_names(text)


# 11. A postmodified source never reaches back over its own speech verb
# (subjects._postmodified): "one of them said" is the two people, not a phrase of
# "... said the sticking".
def test_one_of_them_after_people_familiar_with_the_talks() -> None:
    text = (
        "Tariff talks dragged on.\n\n"
        "Two people familiar with the negotiations said the sticking point was a list of "
        'tools. "Everyone agrees on the principle," one of them said.'
    )
    assert _who(text) == ["two people familiar with the negotiations"]
    assert source_names(text) == ["two people familiar with the negotiations"]


# 12. "Asked about X, the president smiled." then a bare quote: the president the article
# named (attribution/role_gesture.py, through gesture_lead.py).
def test_the_president_smiled_then_a_bare_quote() -> None:
    text = (
        "The state visit opened with a banquet.\n\n"
        'President Aino Virtanen arrived on Monday. "We came to talk," Virtanen said.\n\n'
        'Asked about the protest, the president smiled. "At home they would be arrested. '
        'Here they are on television."'
    )
    assert _who(text) == ["Aino Virtanen", "Aino Virtanen"]


def test_only_a_named_role_that_smiles_is_credited() -> None:
    # precision: no president named, no one credited; "the crowd laughed" is no role
    text = (
        "The summit closed on Friday.\n\n"
        'Asked about the protest, the crowd laughed. "Nobody listens to us."\n\n'
        'Asked about the vote, the chairwoman smiled. "Ask me tomorrow."\n\n'
        "President Aino Virtanen left early.\n\n"
        'Asked why, the president smiled. "Lunch is the only honest part of a summit."'
    )
    assert _who(text) == [None, None, "Aino Virtanen"]


# More registers of the same constructions: wire copy, broadsheet, a statements piece.
def test_wire_and_broadsheet_variants() -> None:
    text = (
        "BRANDT CITY (Tidewire) - The state budget stalled on Wednesday.\n\n"
        "The teachers' federation rejected the offer on Tuesday. "
        '"This is a pay cut dressed as a rise," it said in a statement.\n\n'
        "Senator Orrin Vell of the finance committee backed the plan. Senator Rhoda "
        'Amsel was unconvinced. "The numbers do not add up, and everyone in this '
        'building knows it."\n\n'
        'As one lobbyist put it, "Nobody votes against schools in an election year."'
    )
    assert _who(text) == ["teachers' federation", "Rhoda Amsel", "one lobbyist"]


def test_another_voice_and_an_office_opening_the_paragraph() -> None:
    text = (
        "Coalition talks collapsed on Friday.\n\n"
        "A senior Green negotiator, speaking on condition of anonymity, said the talks had "
        '"never been serious." Another negotiator was blunter. "They wanted our votes, '
        'not our ideas."\n\n'
        'The federal Free Voters Association said it would "consider every option."\n\n'
        "The chancellor's office declined to comment. "
        '"The chancellor is focused on the budget," it said.'
    )
    assert _who(text) == [
        "a senior Green negotiator",
        "another negotiator",
        "federal Free Voters Association",
        "chancellor's office",
    ]


def test_the_sentence_before_it_said_opens_with_the_body() -> None:
    # "it" is the body the sentence right before opens with, not the one the paragraph
    # opened with; "One senior aide ... the aide said" keeps the whole description
    text = (
        "The Senate passed a stopgap bill late Thursday.\n\n"
        'The Democratic National Committee called the vote "a win for working families." '
        "The Republican National Committee was less charitable. "
        '"Washington kicked the can down the road again," it said.\n\n'
        "One senior Senate aide was more skeptical about the next deadline. "
        '"December will be worse," the aide said.\n\n'
        "A Western diplomat in Aldmoor, who spoke on condition of anonymity, said the "
        'talks had stalled. "Nobody wants this to grow," the diplomat said.'
    )
    assert _who(text) == [
        "Democratic National Committee",
        "Republican National Committee",
        "one senior Senate aide",
        "a Western diplomat in Aldmoor",
    ]


def test_a_party_state_tag_before_the_role_and_who() -> None:
    text = (
        "The stopgap bill cleared the Senate.\n\n"
        "Sen. Lorna Ashby, R-Okla., the ranking member of the budget committee, who voted "
        'against the bill, said: "We are borrowing from our grandchildren."\n\n'
        "Rep. Tomas Ibarra, D-Texas, a member of the appropriations panel, who backed it, "
        'said: "A shutdown helps nobody."'
    )
    assert _who(text) == ["Lorna Ashby", "Tomas Ibarra"]


def test_a_body_in_a_place_speaks() -> None:
    # precision: "Small bakeries across Marden" stays no speaker
    text = (
        "The vote split the party.\n\n"
        'The county Republican Party in Tulsa said Ashby had "stood on principle all year."'
        '\n\nSmall bakeries across Marden say the tax is "the last straw for the trade."'
    )
    assert _who(text)[0] == "county Republican Party in Tulsa"
    assert "Marden" not in source_names(text)
