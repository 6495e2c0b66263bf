"""Speakers, fourteenth pass (issue 16, x16r): the wrong noun phrase as speaker. A
party-state tag or a second appositive is no speaker, the name before them is; a
dateline is never the lead person; "the Democratic Senate candidate" is the person just
named. Every text here is invented, with precision cases beside the rules."""

from __future__ import annotations

from tests.support.speech_cases import quotes, source_names


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. A party-state tag, then a relative clause or a role (attribution/appositive_chain.py).
def test_party_tag_then_relative_clause_us_wire() -> None:
    text = (
        "The committee advanced the measure on a party-line vote.\n\n"
        "Sen. Wilhelmina Stroud, D-Ore., who wrote the first draft, called the deal "
        '"the least exciting thing I have ever signed."\n\n'
        "Rep. Anselm Quarry, R-Texas, who chairs the subcommittee, said the cuts were "
        '"overdue by a decade."'
    )
    assert _who(text) == ["Wilhelmina Stroud", "Anselm Quarry"]


def test_party_tag_with_state_abbreviation_stops() -> None:
    text = (
        "Sen. Ofelia Marchetti, D-N.M., who sponsored the amendment, said it was "
        '"a modest fix for a modest problem."'
    )
    assert _who(text) == ["Ofelia Marchetti"]


# 2. A name, its description, and that description's gloss.
def test_name_then_two_descriptions() -> None:
    text = (
        "Analysts were divided over the plan.\n\n"
        "Corentin Ashby, a policy director at the Harrow Lane Institute, a nonpartisan "
        'research group, said the wording was "about as tight as a rushed bill gets."\n\n'
        "Tamsin Orrell-Vick, the chief economist at Fairbank Partners, a consultancy in "
        'Leeds, said the forecast was "optimistic at best."'
    )
    assert _who(text) == ["Corentin Ashby", "Tamsin Orrell-Vick"]


def test_description_without_a_name_before_stays() -> None:
    # precision: no person's name before the description, so the description speaks
    text = (
        "A policy director at the Harrow Lane Institute, a nonpartisan research group, "
        'said the wording was "about as tight as a rushed bill gets."'
    )
    assert _who(text) != ["Harrow Lane Institute"]
    assert _who(text)[0] is not None and "Corentin" not in (_who(text)[0] or "")


# 3. A capitalised dateline is never the piece's lead (attribution/lead_person.py).
def test_dateline_is_not_the_lead_person() -> None:
    text = (
        "MARLOW SPRINGS — The hall was cold and the microphone kept failing. Nobody "
        "noticed it less than the woman at the lectern.\n\n"
        "Her opponent has spent the autumn attacking her record.\n\n"
        '"I balanced four budgets in a row," she said.'
    )
    assert "MARLOW SPRINGS" not in _who(text)


# 4. "the <party> <office>" is the one person just named (attribution/party_described.py).
def test_party_office_points_back_us_campaign() -> None:
    text = (
        "ELDON FORKS — The stage was a hay wagon. None of it bothered Marisela Ortband.\n\n"
        '"I have given speeches in worse places," the Democratic Senate candidate told a '
        "crowd of a few hundred on Saturday."
    )
    assert _who(text) == ["Marisela Ortband"]


def test_party_office_across_a_quoted_nickname() -> None:
    text = (
        'The rally ran late. Nobody minded less than Philippa "Pip" Castellane.\n\n'
        '"We have done this in the rain before," the Labour candidate told supporters.'
    )
    assert _who(text) == ["Philippa Castellane"]


def test_party_office_uk_register() -> None:
    text = (
        "Opposition benches filled early for the debate. Rosalind Achterberg rose first.\n\n"
        '"This is a tax on the young," the Conservative MP said.'
    )
    assert _who(text) == ["Rosalind Achterberg"]


def test_party_office_with_two_people_before_stays_unsure() -> None:
    # precision: two people named in the sentence before, so no one
    text = (
        "Marisela Ortband and Desmond Hale shared the stage on Saturday.\n\n"
        '"I have given speeches in worse places," the Democratic candidate said.'
    )
    assert _who(text)[0] not in ("Marisela Ortband", "Desmond Hale")


# 5. A body named by a relative clause (attribution/body_relative.py).
def test_body_that_represents_us_wire() -> None:
    text = (
        "Staffing at the prison has fallen for three years.\n\n"
        "The union that represents prison nurses said in a written statement that its "
        'members were "held together by overtime."'
    )
    assert _who(text) == ["union that represents prison nurses"]


def test_body_which_speaks_for_uk_register() -> None:
    text = (
        "The consultation closes on Friday.\n\n"
        "The association which speaks for village pharmacists said the cuts would "
        '"close shops before Christmas."'
    )
    assert _who(text) == ["association which speaks for village pharmacists"]


def test_that_as_a_complement_is_no_relative_clause() -> None:
    # precision: "the claim that the union said" is a complement, no body's clause
    text = 'Ministers rejected the claim that the union said was "a matter of public record."'
    assert "claim that the union" not in " ".join(w or "" for w in _who(text))


# 6. "the member" after "A member of X, who asked not to be named, ..." (introduced_source.py).
def test_the_member_after_an_unnamed_member() -> None:
    text = (
        "The calendar fight has dragged on for months.\n\n"
        "A member of the ethics panel, who asked not to be named because the talks are "
        "private, put it to me more bluntly than either of them.\n\n"
        '"Nobody on that panel will vote to shrink its own power," the member said.'
    )
    assert _who(text) == ["a member of the ethics panel"]


def test_the_mp_after_an_unnamed_backbencher_uk() -> None:
    text = (
        "The whips had a long evening.\n\n"
        "A backbench Labour MP, who did not want to be identified, was blunter still.\n\n"
        '"He has lost the room," the MP said.'
    )
    assert _who(text) == ["a backbench Labour MP"]


def test_the_member_with_two_unnamed_members_before_stays_unsure() -> None:
    # precision: two members introduced, so "the member" is neither
    text = (
        "A member of the ethics panel spoke first. A member of the audit panel followed.\n\n"
        '"We were not consulted," the member said.'
    )
    assert _who(text)[0] not in ("a member of the ethics panel", "a member of the audit panel")


# 7. A plural possessive inside a body's name (attribution/plural_possessive.py).
def test_plural_possessive_body_with_a_second_verb() -> None:
    text = (
        "Passenger groups were scathing. In a statement, the Bus Riders' Federation said "
        'the change would "strand a generation of night workers" and called on '
        "councillors to vote against it."
    )
    assert _who(text) == ["Bus Riders' Federation"]


def test_plural_possessive_teachers_union() -> None:
    text = (
        "The offer was rejected within hours. The Supply Teachers' Union said it was "
        '"an insult to every classroom" and urged members to reject it.'
    )
    assert _who(text) == ["Supply Teachers' Union"]


# 8. "The Prime Minister, NAME, ..." then "he said" (attribution/title_then_name.py).
def test_office_then_name_in_commas_then_pronoun() -> None:
    text = (
        "Question time was rowdy.\n\n"
        "The Prime Minister, Osric Penhallow, did not give a number. "
        '"What I can tell the House is that we built more than they did," he said.\n\n'
        "The Foreign Secretary, Delphine Arkwright, did not look up. "
        '"We will set out our position in the autumn," she said.'
    )
    assert _who(text) == ["Osric Penhallow", "Delphine Arkwright"]


# 9. "declined to comment on what it called '...'" (attribution/what_called.py).
def test_what_it_called_after_an_unnamed_spokesperson() -> None:
    text = (
        "Defence officials are weighing the contract's future.\n\n"
        "A spokesperson for the Admiralty declined to comment on what it called "
        '"routine budget planning."\n\n'
        "A spokeswoman for the ministry dismissed what she called "
        '"speculation about a private meeting."'
    )
    assert _who(text) == [
        "a spokesperson for the Admiralty",
        "a spokeswoman for the ministry",
    ]


def test_what_it_called_never_a_persons_name() -> None:
    # precision: "it" does not stand for the person who opens the sentence
    text = 'Sen. Harold Beame read aloud from the report, citing what it called "waste."'
    assert _who(text) != ["Harold Beame"]


# 10. "of the" inside a body's name (attribution/of_the_body.py).
def test_ministry_of_the_interior_with_a_relative_clause() -> None:
    text = (
        "The Ministry of the Interior of Castrova, which closed the crossing on Monday, "
        'said it would reopen the bridge "once the guarantees are in writing."\n\n'
        "The Department of the Treasury said the payments were "
        '"on schedule and fully funded."\n\n'
        'The Office of the Prime Minister said the visit was "postponed, not cancelled."'
    )
    assert _who(text) == [
        "Ministry of the Interior of Castrova",
        "Department of the Treasury",
        "Office of the Prime Minister",
    ]


def test_a_person_of_the_institute_stays_a_person() -> None:
    # precision: "of the" after a person's name is a role, never part of the name
    text = 'Priya Sandoval of the Velmora Institute said the figures were "badly out of date."'
    assert _who(text) == ["Priya Sandoval"]


# 11. A participle opener is never the subject (attribution/participle_opener.py).
def test_participle_opener_then_a_second_verb() -> None:
    text = (
        "Standing beside him, the foreign minister, Odile Varga, said the talks had been "
        '"frank and useful" and insisted an agreement was close.'
    )
    assert _who(text) == ["Odile Varga"]
    assert "Standing" not in source_names(text)


def test_two_descriptions_after_an_age_or_a_role_before_the_name() -> None:
    text = (
        "Josie Kwarteng-Hall, 42, a nurse from Leeds, a mother of three, said the strike "
        'was "the last resort."\n\n'
        "Veteran campaigner Joan Pettifer, a founder of the group, a lifelong Labour "
        'member, said: "We will not go quietly."'
    )
    assert _who(text) == ["Josie Kwarteng-Hall", "Joan Pettifer"]


def test_party_office_of_another_party_stays_unsure() -> None:
    # precision: the one person named is a Republican, so "the Democratic candidate" is
    # someone else
    text = (
        "The race has tightened. The only person on stage was Garrett Lusk, a Republican.\n\n"
        '"I will win this county," the Democratic candidate said.'
    )
    assert "Garrett Lusk" not in _who(text)


def test_second_verb_after_an_office_and_its_holder() -> None:
    # two prime ministers in the piece: the one named beside this office speaks
    text = (
        "The prime minister of Ostravia, Pavel Orlinski, pressed his host on visas.\n\n"
        '"Our students feel unwelcome," Mr Orlinski said.\n\n'
        "Standing beside him, the prime minister, Harriet Colquhoun, said the talks had "
        'been "frank and useful" and insisted a deal was close.'
    )
    assert _who(text) == ["Pavel Orlinski", "Harriet Colquhoun"]


def test_a_bodys_gloss_then_a_relative_clause() -> None:
    text = (
        "The Hollin Trust, a charity, which wrote the report, said the cuts were "
        '"overdue by a decade."\n\n'
        "Maeve Ostrander, a researcher at the Calder Foundation, a think tank, who "
        'co-wrote the study, said it was "the clearest evidence yet."'
    )
    assert _who(text) == ["Hollin Trust", "Maeve Ostrander"]


def test_party_tag_before_who_and_a_statement() -> None:
    # the statement of "who wrote ..." is the senator's, never the tag's
    text = (
        "Sen. Doreen Kagawa-Li, D-Ohio, who wrote the original bill, called the "
        'compromise "the least glamorous thing I have done all year."'
    )
    assert "D-Ohio" not in source_names(text)


def test_body_named_with_to_and_a_verb() -> None:
    text = (
        "The Committee to Shield Reporters said the arrest was "
        '"an outrage against a free press."\n\n'
        '"The plan is a developer\'s charter," said the Campaign to Protect Rural Wessex.\n\n'
        "The bill went to Committee Chair Ada Voss-Lindqvist, who said it was "
        '"dead on arrival."'
    )
    assert _who(text) == [
        "Committee to Shield Reporters",
        "Campaign to Protect Rural Wessex",
        "Ada Voss-Lindqvist",
    ]


def test_capitalised_office_then_a_description_uk() -> None:
    text = (
        "Sadie Okorafor-Bell has pressed the trust for months.\n\n"
        "Ms Okorafor-Bell, the Labour MP for Bristol Harbourside, a former nurse, said the "
        'figures were "damning for every manager involved."'
    )
    assert _who(text) == ["Sadie Okorafor-Bell"]


def test_party_tag_of_a_lawmaker_inside_an_aides_description() -> None:
    text = (
        "An aide to Rep. Ada Quillfeather, D-Ohio, who asked not to be named, said she "
        'would vote "no, and loudly."'
    )
    assert _who(text) == ["an aide to Rep. Ada Quillfeather"]


def test_uk_department_named_by_a_list() -> None:
    text = (
        "The Department for Environment, Food and Rural Affairs said the ban was "
        '"proportionate and temporary."\n\n'
        "A spokesperson for the Department for Levelling Up, Housing and Communities said "
        'the money was "ringfenced for councils."'
    )
    assert _who(text) == [
        "Department for Environment, Food and Rural Affairs",
        "a spokesperson for the Department for Levelling Up, Housing and Communities",
    ]


def test_a_list_of_bodies_is_no_department() -> None:
    # precision: no "Department for" before the list, so nothing changes
    text = 'The minister met Ofwat, Ofgem and Network Rail, which said the plan was "workable."'
    assert "Ofwat, Ofgem and Network Rail" not in _who(text)


def test_the_spokesman_after_a_spokesman_who_declined_to_comment() -> None:
    text = (
        "A spokesman for the Office of the Director of National Intelligence declined to "
        'comment on the report.\n\n"We do not discuss such matters," the spokesman said.\n\n'
        "A spokeswoman for the ministry did not respond to questions about the deal.\n\n"
        '"The ministry does not comment on contracts," the spokeswoman said later.'
    )
    assert _who(text) == [
        "a spokesman for the Office of the Director of National Intelligence",
        "a spokeswoman for the ministry",
    ]


def test_the_spokesman_with_a_named_spokesman_before_stays() -> None:
    # precision: "A spokesman for the mayor, Ian Cole," is named; the name rules decide
    text = (
        "A spokesman for the mayor, Ian Colebrook, declined to comment.\n\n"
        '"We will not comment," the spokesman said.'
    )
    assert _who(text)[0] != "a spokesman for the mayor"


def test_a_bodys_possessive_with_of_inside() -> None:
    text = (
        "The Bank of Ostravia's Monetary Policy Committee said inflation was "
        '"still too high for comfort."\n\n'
        "The Ministry of Defence's chief scientist said the test was "
        '"a qualified success."\n\n'
        'Russia\'s Defence Ministry said the drills were "routine and long planned."'
    )
    assert _who(text) == [
        "Bank of Ostravia's Monetary Policy Committee",
        "the Ministry of Defence's chief scientist",
        "Russia's Defence Ministry",
    ]


def test_party_office_after_a_titled_name() -> None:
    text = (
        "Sen. Adaline Quillfeather voted against the package on Tuesday.\n\n"
        '"It spends too much and fixes too little," the Democratic senator said.\n\n'
        "Gov. Lorna Whitcombe-Hale signed a second bill later in the day.\n\n"
        '"This one took three sessions," the Republican governor said.'
    )
    assert _who(text) == ["Adaline Quillfeather", "Lorna Whitcombe-Hale"]


def test_party_office_after_a_titled_name_of_another_party_or_two_names() -> None:
    # precision: she is a Republican; then two senators are named
    text = (
        "Sen. Adaline Quillfeather, a Republican, voted against the package.\n\n"
        '"It spends too much," the Democratic senator said.'
    )
    assert "Adaline Quillfeather" not in _who(text)
    text = (
        "Sen. Adaline Quillfeather and Sen. Tomas Brillant voted against the package.\n\n"
        '"It spends too much," the Democratic senator said.'
    )
    assert _who(text)[0] not in ("Adaline Quillfeather", "Tomas Brillant")


def test_official_as_an_adjective_is_no_source() -> None:
    text = (
        'Mr Valcourt smiled. "That is a very polite way of saying no," he said, according '
        "to the official translation, drawing laughter.\n\n"
        '"The economy grew by 2 percent," according to the official figures released on '
        "Friday."
    )
    assert "official" not in source_names(text)
    assert _who(text)[1] != "official"
