"""Speakers, fourteenth pass (issue 16, x16o): exchanges in political news. A committee
member questions a witness, a presenter interviews a minister, reporters question a mayor,
two candidates debate: who holds the floor in each turn. Every text here is invented, with
precision cases beside the rules (a wrong name is worse than none)."""

from __future__ import annotations

from claimdesk.extract.speech import analyse_text
from tests.support.speech_cases import quotes


def _who(text: str) -> list[str | None]:
    return [w for _q, w in quotes(text)]


# 1. '"...?" Rep. X, D-Md., the panel's ..., asked.': one sentence, the questioner's.
def test_a_question_then_a_lawmaker_with_party_and_state_is_theirs() -> None:
    text = (
        "The transport secretary, Arlo Kettering, told the committee the rail grants "
        'were on schedule. "Every line will open by spring," Kettering said.\n\n'
        '"Then why has the Fenmoor spur not broken ground?" Rep. Doyle Pettigrew, '
        "R-Tenn., the panel's senior Republican, asked.\n\n"
        '"Because the permits were late," Kettering replied.'
    )
    assert _who(text) == ["Arlo Kettering", "Doyle Pettigrew", "Arlo Kettering"]


def test_a_question_then_a_senator_with_party_and_state_then_more_words() -> None:
    text = (
        'WASHINGTON (AP) — "Nobody has read the final text," said Sen. Hugo Ashdown, '
        "R-Ohio, who chairs the subcommittee.\n\n"
        '"Who decides what an emergency is?" Sen. Marisol Quintero, D-N.M., asked during '
        'the markup. "Today the answer is nobody."'
    )
    assert _who(text) == ["Hugo Ashdown", "Marisol Quintero", "Marisol Quintero"]


def test_a_question_then_a_governor_with_a_short_state() -> None:
    text = (
        "The governors met in Denver on Friday.\n\n"
        '"Is anybody in Washington listening?" Gov. Ruth Lindqvist, D-Minn., asked '
        "reporters afterward."
    )
    assert _who(text) == ["Ruth Lindqvist"]


def test_a_question_then_a_new_sentence_is_not_joined() -> None:
    # precision: a full stop after a long word is a sentence's end, not an abbreviation
    text = (
        '"The vote is final," said Mayor Inez Carrow.\n\n'
        '"Who asked the neighbours?" That question hung over Dunmore Township. '
        "Later, Councillor Basil Ferreira, a critic of the plan, asked for a recount."
    )
    assert _who(text)[0] == "Inez Carrow"
    assert _who(text)[1] != "Basil Ferreira"


# 2. "X shot back", "fired back", "hit back": a reply, credited like "retorted".
def test_shot_back_after_a_quotation_is_the_replier() -> None:
    text = (
        "Nora Belisle, the agency's director, defended the delays before the committee. "
        '"We had no staff," she said.\n\n'
        '"Then hire some," Rep. Iggy Marchetti, R-Ga., shot back. "Not you. The board."'
    )
    assert _who(text) == ["Nora Belisle", "Iggy Marchetti", "Iggy Marchetti"]


def test_fired_back_and_hit_back_in_a_debate() -> None:
    text = (
        "The two candidates for governor met for their only debate on Tuesday.\n\n"
        '"My opponent has never run a business," said Calvin Oduya, the Republican.\n\n'
        '"I ran a state agency with nine thousand staff," Wilhelmina Strand fired back.\n\n'
        '"And lost track of half of them," Oduya hit back.'
    )
    assert _who(text) == ["Calvin Oduya", "Wilhelmina Strand", "Calvin Oduya"]


def test_a_pronoun_shot_back_in_an_interview() -> None:
    text = (
        '"Bills will fall by spring," the energy minister, Tomas Lindgren, told the '
        "programme.\n\n"
        'The presenter, Saoirse Keane, was not convinced. "Families are cold now," Keane '
        "said.\n\n"
        '"And families will be warmer next winter," he shot back.'
    )
    assert _who(text) == ["Tomas Lindgren", "Saoirse Keane", "Tomas Lindgren"]


def test_shot_back_that_reports_a_partial_quotation() -> None:
    text = (
        "Ilse Varga, a two-term congresswoman, shot back that her rival had "
        '"never paid a water bill in his life."'
    )
    assert _who(text) == ["Ilse Varga"]


def test_shooting_is_no_speech() -> None:
    # precision: "shot back" with no quotation beside it reports gunfire, not words
    text = (
        "Police said a man opened fire on officers outside the depot, who shot back. "
        '"It was over in seconds," Sergeant Lena Marsh said.'
    )
    assert _who(text) == ["Lena Marsh"]


# 3. '"...?" Name, role, demanded.': asking aloud, as "asked".
def test_demanded_after_a_name_and_its_role_asks_aloud() -> None:
    text = (
        '"We followed the guidance," said the trust\'s chief executive, Ewan Garroway.\n\n'
        '"Why were parents told by text message?" Councillor Hetty Marchbank, the '
        'opposition leader, demanded. "Is that how you treat families?"'
    )
    assert _who(text) == ["Ewan Garroway", "Hetty Marchbank", "Hetty Marchbank"]


def test_demanded_with_an_object_stays_a_position() -> None:
    # precision: "demanded an inquiry" is what the group wants, not a question asked
    text = (
        '"We were not consulted," said Ruth Abernathy, who runs the tenants\' group.\n\n'
        "Tenants, who marched to the town hall, demanded an inquiry."
    )
    assert _who(text) == ["Ruth Abernathy"]


# 4. "he replied" right after the other party's quotation is not that party's.
def test_he_replied_after_the_presenters_challenge_is_the_ministers() -> None:
    text = (
        "The health secretary, Bram Okonkwo, would not say how many nurses had been "
        "hired, as he defended the budget on Sunday.\n\n"
        "Speaking on the Sunday Desk programme, Mr Okonkwo insisted that head counts were "
        '"the wrong yardstick".\n\n'
        '"You promised the number. It was in your manifesto," the presenter, Orla '
        "Featherstone, said.\n\n"
        '"What I promised was shorter waits, and waits are falling," he replied.\n\n'
        'Featherstone pressed him on the figure. "Is it more or fewer than last year?" '
        "she asked."
    )
    assert _who(text) == [
        "Bram Okonkwo",
        "Orla Featherstone",
        "Bram Okonkwo",
        "Orla Featherstone",
    ]


def test_a_reply_with_no_other_party_cited_is_nobodys() -> None:
    # precision: the minister is only named, never quoted: no voice to give the reply to
    text = (
        "The health secretary, Bram Okonkwo, faced the presenter on Sunday.\n\n"
        '"You promised the number," the presenter, Orla Featherstone, said.\n\n'
        '"What I promised was shorter waits," he replied.'
    )
    assert _who(text)[1] is None


def test_she_responded_after_a_reporters_statement_is_the_mayors() -> None:
    text = (
        "Mayor Delphine Achterberg said the city would not reopen talks with the drivers. "
        '"The offer is final," she said at City Hall on Monday.\n\n'
        '"The drivers say you never called them," said Kwame Osei, a reporter for the '
        "Harbor Ledger.\n\n"
        '"I called their union twice," she responded.'
    )
    assert _who(text) == ["Delphine Achterberg", "Kwame Osei", "Delphine Achterberg"]


def test_a_reply_whose_other_party_does_not_fit_is_nobodys() -> None:
    # precision: the one replying cannot be the one just quoted, and the only other
    # person has the other gender: nobody rather than a guess
    text = (
        "The finance minister, Harriet Soames, said she would not resign. "
        '"I have work to do," she said.\n\n'
        '"Nobody is asking you to," the chairman, Piers Aldous, said.\n\n'
        '"Good, because I am not going," he replied.'
    )
    assert _who(text)[2] is None


# 5. A gesture that opens the answer: 'She paused. "My agency did."'
def test_she_paused_after_the_members_question_is_the_witness() -> None:
    text = (
        "Vera Lindholm, the agency's administrator, told the committee the response had "
        'been too slow. "We failed people," she said.\n\n'
        '"And who chose the contractor?" Rep. Malik Boateng pressed.\n\n'
        'She paused. "My agency did."'
    )
    assert _who(text) == ["Vera Lindholm", "Malik Boateng", "Vera Lindholm"]


def test_he_hesitated_after_a_reporters_question_is_the_ministers() -> None:
    text = (
        "The defence minister, Joachim Brandt, said the contract had been signed "
        'properly. "Every rule was followed," he said.\n\n'
        '"Did you read it before you signed?" asked Inga Solheim of Nordpost.\n\n'
        'He hesitated. "I read the summary."'
    )
    assert _who(text) == ["Joachim Brandt", "Inga Solheim", "Joachim Brandt"]


def test_a_gesture_whose_pronoun_fits_nobody_else_is_nobodys() -> None:
    # precision: the witness is a man, the asker's gender unknown: "She" is no one
    text = (
        "The chief constable, Colin Pardew, defended the overtime bill. "
        '"It was needed," he said.\n\n'
        '"Who signed it off?" Councillor Robin Achebe asked.\n\n'
        'She smiled. "Not me."'
    )
    assert _who(text)[2] is None


# 6. A question nobody answers opens no exchange: the senator goes on speaking.
def test_a_senators_unanswered_question_leaves_her_later_words_hers() -> None:
    text = (
        '"We waited ten years for this," said Sen. Homer Velasquez, R-Utah.\n\n'
        '"Who pays when the pumps fail?" Sen. Dolores Achebe, D-Nev., asked during the '
        'markup. "Right now, nobody knows."\n\n'
        "Achebe backed the bill but said she wanted changes. She called the fund "
        '"a start, not a solution."\n\n'
        '"I will vote yes today. Ask me again in March," she said.'
    )
    assert _who(text) == ["Homer Velasquez"] + ["Dolores Achebe"] * 4


# 7. "X opened by blaming '...'", "closed by promising '...'": a debater's turn.
def test_opened_by_and_closed_by_credit_the_debater() -> None:
    text = (
        "DENVER — The two candidates for the open House seat met on Tuesday night.\n\n"
        "Republican Dale Hutchins, a former rancher, opened by blaming "
        '"reckless spending" for higher prices. Democrat Priya Sandoval, a state senator, '
        'began by thanking the moderators and calling the race "a choice about water."\n\n'
        "Hutchins closed by thanking his family and promising to be "
        '"a voice for the whole valley."'
    )
    assert [w.split()[-1] if w else None for w in _who(text)] == [
        "Hutchins",
        "Sandoval",
        "Hutchins",
    ]


def test_a_witness_opened_by_conceding_in_a_hearing() -> None:
    text = (
        "Marguerite Okafor, the agency's director, opened her testimony by conceding that "
        'the rollout had been "a mess from the first week."'
    )
    assert _who(text) == ["Marguerite Okafor"]


def test_a_session_that_opened_by_playing_a_recording_names_no_one() -> None:
    # precision: the hearing is no speaker; the caller on the recording is not named
    text = (
        "The hearing opened by playing a recording of the emergency call, in which a "
        'woman can be heard saying "the water is at the door."'
    )
    assert _who(text) in ([None], [])


# 8. More turns: a fronted asker, a reply nobody's pronoun fell on, an answer verb after a
# question, and "came the reply from X".
def test_when_a_reporter_asked_he_replied_is_the_ministers() -> None:
    text = (
        "The interior minister, Halvard Brekke, faced reporters on Monday. "
        '"We acted within the law," he said.\n\n'
        "When a reporter asked whether he would resign, he replied: "
        '"No. I have work to do."'
    )
    assert _who(text) == ["Halvard Brekke", "Halvard Brekke"]


def test_he_countered_after_the_opposition_leaders_question() -> None:
    text = (
        '"The deal is done," said Prime Minister Lars Vinter.\n\n'
        'The opposition leader, Kaja Holm, was unimpressed. "Done for whom?" she asked.\n\n'
        '"For everyone," he countered.'
    )
    assert _who(text) == ["Lars Vinter", "Kaja Holm", "Lars Vinter"]


def test_he_conceded_after_the_chairs_question_is_the_witness() -> None:
    text = (
        '"Every form was filed on time," the site manager, Osric Pemberton, told the panel.\n\n'
        "The chair, Wanda Lisowski, turned to the witness. "
        '"Did you read the inspection report?" Lisowski asked.\n\n'
        '"I did not," he conceded.'
    )
    assert _who(text) == ["Osric Pemberton", "Wanda Lisowski", "Osric Pemberton"]


def test_she_conceded_after_her_own_statement_stays_hers() -> None:
    # precision: an answer verb with no question before it is no turn
    text = (
        '"The budget was tight," the council leader, Ada Whitfield, said.\n\n'
        '"We cut what we could," she conceded.'
    )
    assert _who(text) == ["Ada Whitfield", "Ada Whitfield"]


def test_came_the_reply_from_names_the_one_answering() -> None:
    text = (
        '"Will you resign?" asked Ingrid Solvang of Nordavisen.\n\n'
        '"No," came the reply from the minister, Halvard Brekke. "I have work to do."'
    )
    assert _who(text) == ["Ingrid Solvang", "Halvard Brekke", "Halvard Brekke"]


# 9. "he was asked" names the one asked; "he said" after the other's question answers it;
# "he pressed" after an answer is the asker's follow-up.
def test_he_was_asked_is_not_his_question() -> None:
    text = (
        "The interior minister, Halvard Brekke, faced reporters on Monday. "
        '"We acted within the law," he said.\n\n'
        '"Will you resign?" he was asked.\n\n'
        '"Not today," he replied.'
    )
    assert _who(text) == ["Halvard Brekke", None, "Halvard Brekke"]


def test_he_said_after_the_presenters_question_is_the_guests() -> None:
    text = (
        '"We will not raise taxes," Chancellor Otto Brandl told the programme.\n\n'
        'The presenter, Mona Sayed, was sceptical: "Can you guarantee that?"\n\n'
        '"I just did," he said.'
    )
    assert _who(text) == ["Otto Brandl", "Mona Sayed", "Otto Brandl"]


def test_he_pressed_after_the_nominees_answer_is_the_senators() -> None:
    text = (
        "Senator Hal Ewing questioned the nominee, Judge Rosa Delacroix, about her "
        'rulings. "Did you follow the law?" Ewing asked.\n\n'
        '"In every case," Delacroix answered.\n\n'
        '"Even in Morrow?" he pressed.\n\n'
        '"Especially in Morrow," she said.'
    )
    assert _who(text) == ["Hal Ewing", "Rosa Delacroix", "Hal Ewing", "Rosa Delacroix"]


def test_she_said_after_her_own_question_stays_hers_when_she_is_she() -> None:
    # precision: the asker is known as "she" and goes on; the guest is a man
    text = (
        '"We will not raise taxes," Chancellor Otto Brandl told the programme.\n\n'
        '"I have read your budget," the presenter, Mona Sayed, said. "Can you guarantee '
        'that?" she asked.\n\n'
        '"Because voters deserve to know," she said.'
    )
    assert _who(text)[2] == "Mona Sayed"


def test_she_asked_after_her_own_statement_stays_hers() -> None:
    # precision: no question came before her statement, so hers is no answer in an
    # exchange, and her own question after it is still hers
    text = (
        '"The depot is safe," the chief executive, Tom Hale, said at the meeting.\n\n'
        '"We are fine," Ruth Penhale said.\n\n'
        '"Are we?" she asked.'
    )
    assert _who(text) == ["Tom Hale", "Ruth Penhale", "Ruth Penhale"]


# 10. "the witness replied" after a member's question; "one reporter" asks again.
def test_the_witness_replied_is_the_one_testifying() -> None:
    text = (
        "Colonel Bram Hewitt testified for three hours before the Senate Armed Services "
        "Committee on Tuesday.\n\n"
        '"Did you see the order?" Sen. Odile Marchetti, D-Vt., asked.\n\n'
        '"I did," the witness replied.'
    )
    assert _who(text) == ["Odile Marchetti", "Bram Hewitt"]


def test_an_eyewitness_is_no_one_questioned() -> None:
    # precision: no question before it, "the witness" stays the bare description
    text = (
        '"The van did not stop," Sergeant Lena Marsh said.\n\n'
        '"I saw it run the light," the witness said.'
    )
    assert _who(text)[1] != "Lena Marsh"


def test_one_reporter_asks_again_after_the_answer() -> None:
    text = (
        "At the briefing, the press secretary, Dana Whitcombe, was asked about the leak.\n\n"
        '"Is the president angry?" one reporter asked.\n\n'
        '"He is disappointed," Whitcombe said.\n\n'
        '"Disappointed or angry?"\n\n'
        '"Disappointed."'
    )
    assert _who(text) == [
        "one reporter",
        "Dana Whitcombe",
        "one reporter",
        "Dana Whitcombe",
    ]


# 11. "responded by calling it '...'"; a party and state in brackets after the name.
def test_responded_by_calling_is_the_responders() -> None:
    text = (
        '"Prices are up because of Washington," Nate Ostrander said. Elise Kwan responded '
        'by calling the claim "recycled nonsense."'
    )
    assert _who(text) == ["Nate Ostrander", "Elise Kwan"]


def test_a_question_then_a_lawmaker_with_a_bracketed_party() -> None:
    text = (
        '"We followed the law," the secretary, Ruth Bell, said.\n\n'
        '"Then why did the money vanish?" Rep. Ida Voss (D-Md.) asked.'
    )
    assert _who(text) == ["Ruth Bell", "Ida Voss"]


def test_a_rally_question_then_she_said_stays_the_speakers() -> None:
    # precision: a rhetorical question to a crowd; the rival spoke paragraphs before, so
    # "she said" after it is no answer in an exchange
    text = (
        '"The city is broke," said Tim Baptiste, the challenger, on Monday.\n\n'
        "The mayor's campaign has raised more than its rival this year.\n\n"
        "Mayor Ruth Okafor was defiant at Tuesday's rally. "
        '"Who built this city?" Okafor asked.\n\n'
        '"We did," she said, to cheers.'
    )
    assert _who(text) == ["Tim Baptiste", "Ruth Okafor", "Ruth Okafor"]


# 12. "wanted to know", "demanded to know": asking aloud; no statement "back" or "to know".
def test_wanted_to_know_and_demanded_to_know_ask_aloud() -> None:
    text = (
        '"We followed the law," the secretary, Ruth Bell, said.\n\n'
        '"Which law?" Rep. Ida Voss wanted to know.\n\n'
        '"The 1996 act," Bell said.\n\n'
        '"And who wrote the waiver?" Sen. Colm Ferris, R-Ohio, demanded to know.'
    )
    assert _who(text) == ["Ruth Bell", "Ida Voss", "Ruth Bell", "Colm Ferris"]


def test_a_turn_verbs_particles_are_no_statement() -> None:
    text = (
        '"We followed the law," Ruth Bell said.\n\n'
        '"Then hire some lawyers," Rep. Ida Voss shot back.\n\n'
        '"Which law?" Voss wanted to know.'
    )
    speech, _ = analyse_text(text)
    assert [st.text for st in speech.statements] == []


def test_wanting_to_know_with_no_quotation_is_no_speech() -> None:
    # precision: a wish in prose reports nothing
    text = (
        '"We followed the law," Ruth Bell said. Residents wanted to know more about '
        "the fund, and Voss wanted to know nothing."
    )
    assert [st.text for st in analyse_text(text)[0].statements] == []


# 13. A challenge put to "her"/"him" is a turn as a question is.
def test_she_said_after_the_host_pressed_her_is_the_governors() -> None:
    text = (
        "Appearing on a Sunday politics show, Gov. Mariana Castro defended her veto. "
        '"The bill was unfunded," Castro said.\n\n'
        'The host, Bill Tremaine, pressed her: "But the legislature funded it in the '
        'spring."\n\n'
        '"They funded one year of a five-year program," she said.'
    )
    assert _who(text) == ["Mariana Castro", "Bill Tremaine", "Mariana Castro"]


def test_she_said_after_a_turn_put_to_him_stays_the_askers() -> None:
    # precision: the host pressed "him", so "she" is not the one pressed
    text = (
        '"The bill was unfunded," Gov. Mark Castro said.\n\n'
        'The host, Bill Tremaine, pressed him: "But the legislature funded it."\n\n'
        '"I was there when they did," she said.'
    )
    assert _who(text)[2] != "Mark Castro"


# 14. "his rival, Full Name, interjected": the other party named by its relation.
def test_his_rival_named_between_commas_is_the_speaker() -> None:
    text = (
        '"We build, we build, we build," said Tomas Reyes, the Conservative candidate.\n\n'
        '"With what land?" his Labour rival, Ayesha Qureshi, interjected.\n\n'
        '"Brownfield land, as I have said many times," he replied.'
    )
    assert _who(text) == ["Tomas Reyes", "Ayesha Qureshi", "Tomas Reyes"]


def test_her_opponent_named_between_commas_reports_a_statement() -> None:
    text = (
        "Mayor Delia Faraday defended the levy on Monday. Her opponent, Marcus Oyelowo, "
        'said the levy was "a tax on the people who can least afford it."'
    )
    assert _who(text) == ["Marcus Oyelowo"]


def test_a_possessive_object_before_a_name_is_no_subject() -> None:
    # precision: the description is the object of a clause, not the subject of "said"
    text = 'He met his rival, Ayesha Qureshi, said the aide, "and it went well."'
    assert _who(text) != ["Ayesha Qureshi"]


def test_a_follow_up_after_an_answer_of_two_quotes_is_the_askers() -> None:
    text = (
        '"The offer is fair," the mayor, Ruth Okafor, told reporters.\n\n'
        '"Is it final?" a reporter asked.\n\n'
        '"Nothing is final until it is signed," she said. "But it is close."\n\n'
        '"How close?"\n\n'
        '"Close."'
    )
    assert _who(text) == [
        "Ruth Okafor",
        "a reporter",
        "Ruth Okafor",
        "Ruth Okafor",
        "a reporter",
        "Ruth Okafor",
    ]
