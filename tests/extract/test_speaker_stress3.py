"""A third stress corpus of political reporting (issue 16, x16s3): invented passages of
the kinds where held-out sets still lose most -- long analysis and feature pieces (a voice
introduced once, quoted again paragraphs later by surname, title or pronoun, others named
in between), court and inquiry reports, speeches over several paragraphs, interviews and
press conferences written as prose, and statements from ministries, parties, companies,
unions and NGOs. Written before the rules were run on them, so they measure the
construction, not a sentence fitted to. Each case names the quotes it checks by a few
words of them and the speaker each one must get (a tuple: any of those forms; None where
the text names no one). Every person, body and event here is invented."""

from __future__ import annotations

import pytest

from tests.support.speech_cases import Want, check_speakers, quotes, stress_param

# (id, text, [(words inside the quote, speaker or tuple of accepted speakers)])
CASES: list[tuple[str, str, list[tuple[str, str | tuple[str | None, ...] | None]]]] = [
    (
        "analysis_surname_return_after_others",
        "LONDON -- When Harriet Calloway became the first woman to lead the Scottish "
        "Unionist group at Holyrood, few of her colleagues expected her to last a year.\n\n"
        '"People told me to keep my head down and wait my turn," Calloway said in an '
        'interview at her constituency office in Perth. "I never saw the point of '
        'waiting."\n\n'
        "Her rivals were less charitable. Duncan Fairlie, who stood against her in the "
        'leadership contest, called her approach "reckless and self-regarding".\n\n'
        "The party's former treasurer, Alison Murdo, said the membership had simply "
        'wanted a change. "They were tired of men in grey suits," she said.\n\n'
        "Two years on, the group has gained four seats in council by-elections.\n\n"
        '"I think we have proved the doubters wrong," Calloway said.',
        [
            ("keep my head down", "Harriet Calloway"),
            ("reckless and self-regarding", "Duncan Fairlie"),
            ("tired of men in grey suits", "Alison Murdo"),
            ("proved the doubters wrong", "Harriet Calloway"),
        ],
    ),
    (
        "analysis_title_return_mr",
        "The chancellor, Philip Amberley, has spent the summer touring factories in the "
        "Midlands, trying to persuade manufacturers that his tax plans will not hurt "
        "them.\n\n"
        "Business groups remain sceptical. Lorna Pask, director of policy at the "
        'Midlands Chamber of Industry, said: "We have heard warm words before. What our '
        'members want is certainty."\n\n'
        "Economists at the Resolution Trust have also questioned his arithmetic, saying "
        "the numbers do not add up without cuts to capital spending.\n\n"
        "Speaking in Coventry on Thursday, Mr Amberley insisted his plans were fully "
        'costed. "Every pound is accounted for," he said. "I would invite my critics to '
        'read the documents."',
        [
            ("heard warm words before", "Lorna Pask"),
            ("Every pound is accounted for", "Philip Amberley"),
            ("invite my critics", "Philip Amberley"),
        ],
    ),
    (
        "analysis_pronoun_after_others_named",
        "Senator Lucinda Varga has built her career on opposing trade deals, and she is "
        "not about to stop now.\n\n"
        '"These agreements are written by lobbyists, for lobbyists," Varga said during a '
        "stop in Toledo on Saturday.\n\n"
        "Her opponent in the primary, state Treasurer Wade Hollins, has accused her of "
        'ignoring the farmers who depend on exports. "She has never met a soybean grower '
        'she could not ignore," Hollins said last week.\n\n'
        'Varga dismissed the attack. "Wade can say what he likes," she said. "The voters '
        'know where I stand."',
        [
            ("written by lobbyists", "Lucinda Varga"),
            ("never met a soybean grower", "Wade Hollins"),
            ("Wade can say what he likes", "Lucinda Varga"),
            ("voters know where I stand", "Lucinda Varga"),
        ],
    ),
    (
        "analysis_role_return_the_minister",
        "NAIROBI (Reuters) - Kenya's finance minister, Joseph Mwangi Otieno, defended "
        "the new fuel levy on Tuesday as protesters gathered outside parliament.\n\n"
        'The opposition leader, Grace Wanjiru, said the levy would "crush ordinary '
        'families" and promised to challenge it in court.\n\n'
        "Analysts at the Nairobi-based Institute for Fiscal Research said the levy could "
        "raise about 40 billion shillings a year.\n\n"
        'The minister told reporters the government had no choice. "We cannot borrow our '
        'way out of this," he said. "Somebody has to pay, and it should be those who '
        'drive the most."',
        [
            ("crush ordinary families", "Grace Wanjiru"),
            ("borrow our way out", "Joseph Mwangi Otieno"),
            ("Somebody has to pay", "Joseph Mwangi Otieno"),
        ],
    ),
    (
        "feature_surname_after_long_gap",
        "Margaret Oyelaran was nineteen when she first knocked on doors for the Labour "
        "party in Lewisham. Forty years later she is still at it, now as the borough's "
        "longest-serving councillor.\n\n"
        '"You learn more on a doorstep than in any committee room," she said.\n\n'
        "The borough has changed around her. The market where her mother sold fabric has "
        "gone, replaced by flats that few local families can afford. The council leader, "
        "Tom Garside, admits the housing programme has not kept pace.\n\n"
        '"We have built more than any borough in London, and it is still not enough," '
        "Garside said.\n\n"
        "Residents' groups are more blunt. Kemi Adebayo, who chairs the Deptford "
        "tenants' association, said: \"They build for people who do not live here yet and "
        'forget the people who already do."\n\n'
        'Oyelaran does not disagree. "Kemi is right about that," she said. "I have said '
        'so in every meeting."',
        [
            ("learn more on a doorstep", "Margaret Oyelaran"),
            ("built more than any borough", "Tom Garside"),
            ("build for people who do not live", "Kemi Adebayo"),
            ("Kemi is right about that", "Margaret Oyelaran"),
        ],
    ),
    (
        "analysis_two_voices_alternate_surnames",
        "The battle over the farm bill has pitted two old allies against each other.\n\n"
        "Representative Carl Deaver, a Kansas Republican, wants to cut crop insurance "
        'subsidies. "We are paying farmers to plant in places where nothing grows," '
        "Deaver said.\n\n"
        "Representative Ruth Ellington, a Nebraska Republican who has worked with Deaver "
        "on rural broadband for a decade, thinks the cuts would devastate her district. "
        '"Carl means well, but he has the numbers backwards," Ellington said.\n\n'
        'Deaver said he had shown Ellington the figures. "She has seen the same data I '
        'have," he said.\n\n'
        'Ellington said the talks would continue. "We will get there," she said. "We '
        'always do."',
        [
            ("paying farmers to plant", "Carl Deaver"),
            ("has the numbers backwards", "Ruth Ellington"),
            ("seen the same data", "Carl Deaver"),
            ("We will get there", "Ruth Ellington"),
        ],
    ),
    (
        "analysis_president_title_return",
        "PARIS (AP) -- French President Alain Delacroix-Morel pressed ahead Monday with "
        "his plan to raise the retirement age, despite a third day of strikes.\n\n"
        'Union leader Sophie Marchand said the strikes would continue "until the '
        'government listens".\n\n'
        "The prime minister, Etienne Vauclair, told lawmakers the reform was necessary "
        'to keep the pension system solvent. "We are not doing this for pleasure," '
        "Vauclair said.\n\n"
        "In a televised address Monday evening, the president said he understood the "
        'anger. "I hear you," Delacroix-Morel said. "But I will not hand our children a '
        'bankrupt system."',
        [
            ("until the government listens", "Sophie Marchand"),
            ("not doing this for pleasure", "Etienne Vauclair"),
            ("I hear you", "Alain Delacroix-Morel"),
        ],
    ),
    (
        "analysis_quote_then_pronoun_next_para",
        "Ms Tamsin Orrell, the Green party's only MP, has spent the week trying to "
        "broker a deal on the energy bill.\n\n"
        '"There is a majority for insulation in this house. There just is not a majority '
        'for admitting it," she told the Observer.\n\n'
        "Ministers have so far refused to meet her. A government source said the "
        'minister "has a full diary".\n\n'
        'She was undeterred. "I will sit outside his office if I have to," she said.',
        [
            ("majority for insulation", "Tamsin Orrell"),
            (
                "has a full diary",
                ("a government source", "government source", "A government source"),
            ),
            ("sit outside his office", "Tamsin Orrell"),
        ],
    ),
    (
        "analysis_governor_and_mayor",
        "ALBANY, N.Y. -- Gov. Patricia Keogh and New York City Mayor Desmond Achebe "
        "spent much of the spring trading insults over subway funding.\n\n"
        '"The mayor wants the state to pay for his promises," Keogh told reporters in '
        "Albany.\n\n"
        'Achebe, speaking at a rally in the Bronx, said the governor had "abandoned the '
        'city that elected her".\n\n'
        'By June the two had agreed on a deal. Keogh called it "a fair outcome for '
        'everyone". Achebe was more guarded. "We will see whether the checks clear," he '
        "said.",
        [
            ("wants the state to pay", "Patricia Keogh"),
            ("abandoned the city", "Desmond Achebe"),
            ("fair outcome for everyone", "Patricia Keogh"),
            ("whether the checks clear", "Desmond Achebe"),
        ],
    ),
    (
        "analysis_former_minister_returned",
        "CANBERRA -- The former defence minister, Lachlan Pryor, has broken his silence "
        "on the submarine contract he signed in 2019.\n\n"
        '"I was told the costs were fixed. They were not," Pryor said in an interview '
        "with the ABC.\n\n"
        "The current minister, Anita Desai-Holt, said her department was reviewing the "
        'deal. A spokesman for the shipbuilder said the company "stands by every figure '
        'it provided".\n\n'
        "Pryor, now a backbencher, said he had no regrets about the decision itself. "
        '"The navy needed those boats," he said.',
        [
            ("costs were fixed", "Lachlan Pryor"),
            (
                "stands by every figure",
                ("a spokesman for the shipbuilder", "spokesman for the shipbuilder", "shipbuilder"),
            ),
            ("navy needed those boats", "Lachlan Pryor"),
        ],
    ),
    (
        "analysis_local_councillor_returned",
        "SPRINGFIELD -- The fight over the old rail yard is entering its third year.\n\n"
        "Alderwoman Bettina Kroll, whose ward includes the yard, wants it turned into a "
        'park. "Our kids have nowhere to play," Kroll said at a neighborhood meeting '
        "last week.\n\n"
        "The developer, Corvane Partners, wants to build 300 apartments. Its vice "
        'president, Marcus Leland, said the project would bring "badly needed housing '
        'and jobs".\n\n'
        "Mayor Ron Tibbets has not taken sides. Asked about the yard on Friday, he said "
        'only that he wanted "a solution that works for the whole city".\n\n'
        'Kroll said she would keep pushing. "I am not going anywhere," she said.',
        [
            ("nowhere to play", "Bettina Kroll"),
            ("badly needed housing", "Marcus Leland"),
            ("works for the whole city", "Ron Tibbets"),
            ("not going anywhere", "Bettina Kroll"),
        ],
    ),
    (
        "analysis_she_after_another_woman",
        "Home Secretary Yvonne Strathearn faced her own backbenchers on Wednesday over "
        "the asylum bill.\n\n"
        "Dame Cecily Armitage, a former attorney general, told the Commons the bill was "
        '"incompatible with our treaty obligations".\n\n'
        'Strathearn replied that the government had taken legal advice. "I am confident '
        'the bill is lawful," she said.\n\n'
        'Later, Dame Cecily told reporters she would vote against it. "I cannot support '
        'a law I believe to be unlawful," she said.',
        [
            ("incompatible with our treaty", "Cecily Armitage"),
            ("confident the bill is lawful", "Yvonne Strathearn"),
            ("cannot support a law", "Cecily Armitage"),
        ],
    ),
    (
        "court_counsel_and_judge",
        "A former council chief executive lied to auditors about a 2 million pound loan, "
        "a court heard on Monday.\n\n"
        "Opening the case for the prosecution, Nadia Fenwick KC told the jury at "
        'Southwark Crown Court that Graham Ashby had "deliberately hidden the loan from '
        'the people whose job it was to find it".\n\n'
        "Ashby, 58, denies two counts of false accounting.\n\n"
        '"This was not a mistake," Ms Fenwick said. "It was a decision, taken again and '
        'again."\n\n'
        "Judge Howard Lisle told jurors the trial was expected to last three weeks.",
        [
            ("deliberately hidden the loan", "Nadia Fenwick"),
            ("This was not a mistake", "Nadia Fenwick"),
            ("It was a decision", "Nadia Fenwick"),
        ],
    ),
    (
        "court_messages_read_out",
        "The jury was shown messages the defendant sent to a colleague on the night of "
        "the vote.\n\n"
        '"Nobody will ever check the minutes," Daniel Corrigan wrote in one message. In '
        'another he wrote: "Just make sure the numbers match."\n\n'
        "Corrigan's barrister, Simon Abbot, said the messages had been taken out of "
        'context. "These were jokes between friends," he said.\n\n'
        "The trial continues.",
        [
            ("Nobody will ever check", "Daniel Corrigan"),
            ("Just make sure the numbers", "Daniel Corrigan"),
            ("jokes between friends", "Simon Abbot"),
        ],
    ),
    (
        "court_witness_testified",
        "WASHINGTON (AP) -- A former White House aide testified Thursday that she warned "
        "her boss the emails should be preserved.\n\n"
        '"I told him twice that deleting them would be illegal," Kelsey Marquand told '
        "the jury.\n\n"
        "Under cross-examination, defense attorney Louis Brennan asked whether she had "
        "put that warning in writing. Marquand said she had not.\n\n"
        '"So we only have your word for it," Brennan said.\n\n'
        '"You have my word, and you have his calendar," Marquand replied.',
        [
            ("deleting them would be illegal", "Kelsey Marquand"),
            ("only have your word", "Louis Brennan"),
            ("have my word, and you have his calendar", "Kelsey Marquand"),
        ],
    ),
    (
        "court_judge_sentencing_remarks",
        "A former MP who claimed 40,000 pounds in false expenses was jailed for 18 "
        "months on Friday.\n\n"
        "Sentencing Raymond Thackeray at Leeds Crown Court, Judge Miriam Oakley said he "
        'had "abused the trust placed in him by voters".\n\n'
        '"You were elected to serve your constituents, not to enrich yourself at their '
        'expense," the judge said.\n\n'
        'Thackeray\'s lawyer said his client was "deeply ashamed".',
        [
            ("abused the trust", "Miriam Oakley"),
            ("elected to serve your constituents", "Miriam Oakley"),
            ("deeply ashamed", (None, "Thackeray's lawyer")),
        ],
    ),
    (
        "inquiry_counsel_to_inquiry_and_witness",
        "The inquiry into the collapse of the Harwell Bridge heard evidence on Tuesday "
        "from the county's former head of highways.\n\n"
        "Counsel to the inquiry, Jonathan Mere KC, asked Peter Sallis whether he had "
        "read the 2018 inspection report.\n\n"
        '"I had read the summary," Mr Sallis said. "I did not read the appendices."\n\n'
        '"The appendices were where the cracks were described," Mr Mere said.\n\n'
        'Mr Sallis said he accepted that now. "With hindsight, I should have read every '
        'page," he said.',
        [
            ("I had read the summary", "Peter Sallis"),
            ("appendices were where the cracks", "Jonathan Mere"),
            ("should have read every page", "Peter Sallis"),
        ],
    ),
    (
        "inquiry_chair_remarks",
        "The chair of the Covid inquiry, Baroness Helen Roskill, opened the final module "
        "on Monday by paying tribute to the bereaved families.\n\n"
        '"Your patience has been tested beyond anything we could have asked," she said.\n\n'
        'Lawyers for the families said the inquiry had been "the only place where the '
        'truth was told". Their counsel, Ravi Chandran, said the families would be '
        "watching closely.\n\n"
        "Lady Roskill said her report would be published in the spring.",
        [
            ("patience has been tested", "Helen Roskill"),
            (
                "only place where the truth",
                (None, "Lawyers for the families", "lawyers for the families"),
            ),
        ],
    ),
    (
        "court_defendant_statement_police",
        'A Conservative councillor told police he "panicked" after the crash, a court '
        "heard.\n\n"
        "In a statement read to Chester Magistrates' Court, Neville Hume said: \"I did "
        'not realise anyone had been hurt. I drove home because I was frightened."\n\n'
        "Prosecutor Amelia Rourke said Hume had been over the limit.\n\n"
        "District Judge Colin Barraclough adjourned the case for reports.",
        [
            ("did not realise anyone", "Neville Hume"),
        ],
    ),
    (
        "court_us_federal_judge_ruling",
        "A federal judge on Wednesday blocked the state's new voting map, ruling that it "
        "diluted the votes of Black residents.\n\n"
        "In a 48-page opinion, U.S. District Judge Angela Whitfield wrote that the map "
        '"cannot be squared with the Voting Rights Act".\n\n'
        "The state's attorney general, Mark Delaney, said he would appeal. \"This ruling "
        "substitutes a judge's preferences for the will of the legislature,\" Delaney "
        "said in a statement.",
        [
            ("cannot be squared", "Angela Whitfield"),
            ("substitutes a judge", "Mark Delaney"),
        ],
    ),
    (
        "court_prosecutor_then_defence_closing",
        "In her closing speech, prosecutor Erin Kowalczyk told jurors the former mayor "
        'had taken "every dollar he could find".\n\n'
        '"He treated the city treasury as his personal wallet," she said.\n\n'
        "Defense attorney Roland Mbeki countered that the government had failed to prove "
        'intent. "Sloppy bookkeeping is not a crime," he told the jury.\n\n'
        "Jurors begin deliberating on Monday.",
        [
            ("every dollar he could find", "Erin Kowalczyk"),
            ("personal wallet", "Erin Kowalczyk"),
            ("Sloppy bookkeeping", "Roland Mbeki"),
        ],
    ),
    (
        "court_witness_asked_by_counsel",
        "Asked by Ms Grant whether she had been pressured to change her report, the "
        "civil servant paused.\n\n"
        '"Not in so many words," Felicity Dray said. "But it was made clear what answer '
        'was wanted."\n\n'
        'Ms Grant asked who had made it clear. "The minister\'s special adviser," Ms Dray '
        "said.",
        [
            ("Not in so many words", "Felicity Dray"),
            ("made clear what answer", "Felicity Dray"),
            ("minister's special adviser", "Felicity Dray"),
        ],
    ),
    (
        "speech_conference_multi_para",
        "LIVERPOOL -- Labour leader Martin Rowcliffe told his party's conference on "
        'Tuesday that Britain needed "a decade of renewal".\n\n'
        '"We have been told for too long that nothing can change. That the trains will '
        'always be late, that the hospitals will always be full," he said.\n\n'
        '"I do not accept that. You do not accept that. And the country does not accept '
        'that."\n\n'
        '"So today I say to every family that has been let down: help is coming."\n\n'
        "Delegates gave him a standing ovation.",
        [
            ("decade of renewal", "Martin Rowcliffe"),
            ("told for too long", "Martin Rowcliffe"),
            ("I do not accept that", "Martin Rowcliffe"),
            ("help is coming", "Martin Rowcliffe"),
        ],
    ),
    (
        "speech_election_night_victory",
        "PHOENIX -- Addressing supporters at a downtown hotel shortly after midnight, "
        'Governor-elect Maria Castellanos thanked volunteers who had knocked on "more '
        'than a million doors".\n\n'
        '"Tonight, Arizona chose to look forward," Castellanos said.\n\n'
        '"To those who did not vote for me: I will be your governor too. I will listen, '
        'and I will work for you."\n\n'
        'Her opponent, Rick Dawes, conceded in a brief statement. "The voters have '
        'spoken, and I respect their decision," Dawes said.',
        [
            ("more than a million doors", "Maria Castellanos"),
            ("Arizona chose to look forward", "Maria Castellanos"),
            ("I will be your governor too", "Maria Castellanos"),
            ("voters have spoken", "Rick Dawes"),
        ],
    ),
    (
        "speech_concession_uk",
        "In the early hours of Friday, the defeated Conservative candidate, Giles "
        "Penhallow, took to the stage at the count in Truro.\n\n"
        '"I congratulate my opponent on a well-fought campaign," he said.\n\n'
        '"This has been a difficult night for my party, and we will need to reflect '
        'carefully on the message voters have sent us."\n\n'
        'The winning Liberal Democrat, Ffion Trevithick, promised to "fight for Cornwall '
        'every single day".',
        [
            ("congratulate my opponent", "Giles Penhallow"),
            ("difficult night for my party", "Giles Penhallow"),
            ("fight for Cornwall", "Ffion Trevithick"),
        ],
    ),
    (
        "speech_un_general_assembly",
        "UNITED NATIONS (Reuters) - The president of the Maldives, Ahmed Rasheed, told "
        "the U.N. General Assembly on Wednesday that his country could disappear within "
        "a lifetime.\n\n"
        '"We are not here to ask for charity. We are here to ask for survival," Rasheed '
        "said.\n\n"
        '"Every ton of carbon you burn is a wave that reaches our shores."\n\n'
        "He called on the largest emitters to double their climate finance.",
        [
            ("not here to ask for charity", "Ahmed Rasheed"),
            ("Every ton of carbon", "Ahmed Rasheed"),
        ],
    ),
    (
        "speech_rally_with_interruption",
        "At a rally in Des Moines on Saturday, Senator Gordon Pike spoke for nearly an "
        "hour.\n\n"
        '"They said we could not win Iowa. They said it was over," Pike told a crowd of '
        "about 2,000.\n\n"
        'The crowd chanted "Pike! Pike!" as he continued.\n\n'
        '"Well, here we are. And we are just getting started," he said.',
        [
            ("could not win Iowa", "Gordon Pike"),
            ("just getting started", "Gordon Pike"),
        ],
    ),
    (
        "speech_budget_commons",
        "Delivering her first budget to the Commons, the chancellor, Rebecca Thornbury, "
        'said the public finances were "in a worse state than anyone was told".\n\n'
        '"I will not pretend that these choices are easy," she said.\n\n'
        '"But the alternative -- doing nothing -- would be far worse for working '
        'families."\n\n'
        'The shadow chancellor, Oliver Kemble, said the budget was "a tax raid dressed '
        'up as prudence".',
        [
            ("worse state than anyone", "Rebecca Thornbury"),
            ("choices are easy", "Rebecca Thornbury"),
            ("alternative -- doing nothing", "Rebecca Thornbury"),
            ("tax raid dressed up", "Oliver Kemble"),
        ],
    ),
    (
        "speech_state_of_state_local",
        "Mayor Denise Halvorsen used her annual State of the City address on Thursday to "
        "announce a new housing fund.\n\n"
        '"Our city is growing, and that is good news," Halvorsen said. "But growth that '
        'leaves our neighbors behind is not success."\n\n'
        'She also promised to hire 50 more police officers. "Safety is not a luxury," '
        "she said.\n\n"
        "Council President Luis Ortega said he welcomed the housing fund but questioned "
        "how the police hires would be paid for.",
        [
            ("city is growing", "Denise Halvorsen"),
            ("growth that leaves our neighbors", "Denise Halvorsen"),
            ("Safety is not a luxury", "Denise Halvorsen"),
        ],
    ),
    (
        "presser_question_answer_prose",
        "At a news conference on Monday, the prime minister was asked whether she would "
        "call an early election.\n\n"
        '"No," Claudette Moreau said. "We were elected for four years, and we will serve '
        'four years."\n\n'
        'Pressed on whether her coalition partners agreed, she said: "You would have to '
        'ask them, but I have no reason to think otherwise."',
        [
            ("elected for four years", "Claudette Moreau"),
            ("You would have to ask them", "Claudette Moreau"),
        ],
    ),
    (
        "presser_spokesman_briefing",
        "WASHINGTON (AP) -- White House press secretary Dana Whitlock said Tuesday that "
        "the president would not meet the Venezuelan opposition leader during his trip.\n\n"
        'Asked why, Whitlock said: "The schedule is full, and we have been clear about '
        'our priorities."\n\n'
        "A reporter asked whether the decision had been made under pressure from "
        'Caracas. "Absolutely not," she said.',
        [
            ("schedule is full", "Dana Whitlock"),
            ("Absolutely not", "Dana Whitlock"),
        ],
    ),
    (
        "interview_prose_with_interviewer",
        "In an interview with The Times, the health secretary, Daniel Okafor, was asked "
        "whether the NHS needed more money.\n\n"
        '"Money alone will not fix it," he said. "We need to change how we work."\n\n'
        'Asked whether that meant cuts to staff, Mr Okafor said: "No. It means getting '
        'staff out of paperwork and back to patients."',
        [
            ("Money alone will not fix", "Daniel Okafor"),
            ("getting staff out of paperwork", "Daniel Okafor"),
        ],
    ),
    (
        "interview_told_outlet_then_pronoun",
        "BERLIN (Reuters) - German Economy Minister Katrin Vogelsang told Reuters on "
        "Thursday that Berlin would not block the merger.\n\n"
        '"We have looked at this carefully, and we see no reason to intervene," '
        "Vogelsang said in an interview.\n\n"
        'She added that the government would monitor job commitments closely. "If those '
        'promises are broken, we will act," she said.',
        [
            ("no reason to intervene", "Katrin Vogelsang"),
            ("promises are broken", "Katrin Vogelsang"),
        ],
    ),
    (
        "presser_two_leaders_joint",
        "Standing beside the Irish Taoiseach at a joint news conference in Dublin, the "
        'British prime minister, Anthony Greaves, said relations were "the best they '
        'have been in a generation".\n\n'
        'Taoiseach Siobhan Keane agreed. "We have had our differences, but we have never '
        'stopped talking," she said.\n\n'
        "Greaves said the two governments would meet again in the autumn.",
        [
            ("best they have been", "Anthony Greaves"),
            ("never stopped talking", "Siobhan Keane"),
        ],
    ),
    (
        "presser_police_chief_local",
        "Police Chief Terrence Boyle told reporters Friday that officers had arrested "
        "two suspects in the shooting.\n\n"
        '"This was not a random act," Boyle said. "The victim and the suspects knew each '
        'other."\n\n'
        'He declined to say whether more arrests were expected. "The investigation is '
        'ongoing," he said.',
        [
            ("not a random act", "Terrence Boyle"),
            ("investigation is ongoing", "Terrence Boyle"),
        ],
    ),
    (
        "interview_question_reported_answer_after",
        "BRUSSELS (AFP) - Would the EU impose tariffs if talks failed? Trade "
        "Commissioner Henrik Lund did not hesitate.\n\n"
        '"Yes, and we are ready to do so within days," Lund told AFP.\n\n'
        "He said the bloc had prepared a list of products worth 20 billion euros.",
        [
            ("ready to do so within days", "Henrik Lund"),
        ],
    ),
    (
        "presser_minister_repeated_he_said",
        "Defence Minister Kwame Asante said at a press conference in Accra that troops "
        'would remain in the north "for as long as necessary".\n\n'
        '"We will not leave our citizens unprotected," he said.\n\n'
        "Asked about reports of civilian casualties, he said the army was investigating. "
        '"Any soldier found to have broken the law will be punished," Asante said.',
        [
            ("for as long as necessary", "Kwame Asante"),
            ("not leave our citizens", "Kwame Asante"),
            ("broken the law will be punished", "Kwame Asante"),
        ],
    ),
    (
        "interview_candidate_podcast",
        'Speaking on the "Capitol Notes" podcast, Senate candidate Jolene Marsh said she '
        "supported term limits.\n\n"
        '"Nobody should be in Washington for 30 years," Marsh said.\n\n'
        "Her campaign manager, Trevor Quinlan, later said she had been referring to "
        '"career politicians in both parties".',
        [
            ("Nobody should be in Washington", "Jolene Marsh"),
            ("career politicians in both parties", "Trevor Quinlan"),
        ],
    ),
    (
        "statement_ministry_in_statement",
        "MOSCOW (Reuters) - Russia's foreign ministry said on Friday it had summoned the "
        "Estonian ambassador over the closure of a border crossing.\n\n"
        '"Such unfriendly actions will not go unanswered," the ministry said in a '
        "statement.\n\n"
        "Estonia's government said the crossing was closed for security reasons.",
        [
            (
                "will not go unanswered",
                ("foreign ministry", "Russia's foreign ministry", "ministry", "the ministry"),
            ),
        ],
    ),
    (
        "statement_spokesperson_for_body",
        'A spokesperson for the Department for Education said: "We are investing record '
        'amounts in school buildings and will respond to the report in due course."\n\n'
        'The National Education Union said the report showed that "children are being '
        'taught in buildings that are falling down".',
        [
            (
                "record amounts in school",
                (
                    "a spokesperson for the Department for Education",
                    "spokesperson for the Department for Education",
                    "Department for Education",
                ),
            ),
            ("being taught in buildings", "National Education Union"),
        ],
    ),
    (
        "statement_union_general_secretary",
        "The RMT union announced a fresh round of strikes on Wednesday.\n\n"
        'General secretary Frank Molloy said: "Our members have been left with no '
        'choice. The companies have refused to negotiate in good faith."\n\n'
        'A spokesperson for the Rail Delivery Group said the strikes were "unnecessary '
        'and disappointing".',
        [
            ("left with no choice", "Frank Molloy"),
            (
                "unnecessary and disappointing",
                (
                    "a spokesperson for the Rail Delivery Group",
                    "spokesperson for the Rail Delivery Group",
                    "Rail Delivery Group",
                ),
            ),
        ],
    ),
    (
        "statement_company_on_website",
        "Halbrook Energy said on its website that it would close two coal plants by 2028.\n\n"
        '"This is a difficult decision for our workers, and we will support every one of '
        'them," the company said.\n\n'
        "The Mineworkers' Union said it had not been consulted.",
        [
            ("difficult decision for our workers", ("Halbrook Energy", "the company")),
        ],
    ),
    (
        "statement_ngo_report",
        "Amnesty International said in a report published on Tuesday that security "
        "forces had used live ammunition against protesters.\n\n"
        '"The evidence is overwhelming," said Leila Haddad, Amnesty\'s regional director. '
        '"Those responsible must be held to account."\n\n'
        "The interior ministry did not respond to a request for comment.",
        [
            ("evidence is overwhelming", "Leila Haddad"),
            ("held to account", "Leila Haddad"),
        ],
    ),
    (
        "statement_party_said_colon",
        'The Scottish National Party said: "This decision shows once again that '
        'Westminster does not listen to Scotland."\n\n'
        'A UK government spokesman said the decision had been taken "in the interests of '
        'the whole United Kingdom".',
        [
            ("Westminster does not listen", "Scottish National Party"),
            (
                "interests of the whole United Kingdom",
                ("a UK government spokesman", "UK government spokesman"),
            ),
        ],
    ),
    (
        "statement_ministry_quote_first",
        '"The ministry categorically rejects these allegations," the Ministry of Defence '
        "said in a statement on Sunday.\n\n"
        "The allegations, published by a news website last week, concerned the awarding "
        "of a helicopter contract.",
        [
            ("categorically rejects", "Ministry of Defence"),
        ],
    ),
    (
        "statement_police_force_said",
        "Greater Manchester Police said officers were called to the address at about "
        "10pm on Saturday.\n\n"
        '"A 34-year-old man has been arrested on suspicion of murder and remains in '
        'custody," a police spokesperson said.\n\n'
        'Detective Chief Inspector Laura Pennick added: "We would urge anyone with '
        'information to come forward."',
        [
            (
                "has been arrested on suspicion",
                ("a police spokesperson", "police spokesperson", "Greater Manchester Police"),
            ),
            ("urge anyone with information", "Laura Pennick"),
        ],
    ),
    (
        "statement_company_spokesman_named",
        'A spokesman for Meridian Water, Paul Dacre, said the company "deeply regrets" '
        "the sewage spill.\n\n"
        '"We are working around the clock to clean the river," Dacre said.\n\n'
        "The Environment Agency said it had opened an investigation.",
        [
            ("deeply regrets", "Paul Dacre"),
            ("working around the clock", "Paul Dacre"),
        ],
    ),
    (
        "statement_embassy_said",
        'The U.S. Embassy in Manila said in a statement that it was "deeply concerned" '
        "by the arrest of the journalist.\n\n"
        '"A free press is essential to democracy," the embassy said.\n\n'
        "The Philippine foreign ministry said the arrest was a domestic legal matter.",
        [
            ("deeply concerned", ("U.S. Embassy", "U.S. Embassy in Manila", "the embassy")),
            ("free press is essential", ("U.S. Embassy", "U.S. Embassy in Manila", "the embassy")),
        ],
    ),
    (
        "statement_campaign_group_director",
        'The campaign group Transport for All said the cuts would "leave disabled '
        'passengers stranded".\n\n'
        'Its director, Naomi Kettle, said: "Every station without staff is a station '
        'some people cannot use."',
        [
            ("leave disabled passengers stranded", "Transport for All"),
            ("Every station without staff", "Naomi Kettle"),
        ],
    ),
    (
        "statement_white_house_said_then_official",
        "The White House said in a statement that the president had spoken with the "
        "Israeli prime minister on Sunday.\n\n"
        '"The president reiterated his support for a ceasefire," the statement said.\n\n'
        "A senior administration official, speaking on condition of anonymity, said the "
        'call had been "frank".',
        [
            ("reiterated his support", ("White House", "The White House", "the statement")),
            (
                "frank",
                (
                    None,
                    "a senior administration official",
                    "A senior administration official",
                    "senior administration official",
                ),
            ),
        ],
    ),
    (
        "statement_council_statement_local",
        'In a statement, Harrow Council said it was "reviewing all options" for the '
        "leisure centre.\n\n"
        'Council leader Amira Shah added: "No decision has been taken, and residents '
        'will be consulted."',
        [
            ("reviewing all options", "Harrow Council"),
            ("No decision has been taken", "Amira Shah"),
        ],
    ),
    (
        "statement_federation_press_release",
        "The National Farmers' Union said in a press release that the new subsidy scheme "
        'was "a betrayal of British agriculture".\n\n'
        'NFU president Thomas Barraclough said: "Farmers were promised a fair '
        'transition. This is not it."\n\n'
        'The environment department said the scheme was "fair and affordable".',
        [
            ("betrayal of British agriculture", ("National Farmers' Union", "NFU")),
            ("Farmers were promised", "Thomas Barraclough"),
            ("fair and affordable", ("environment department", "the environment department")),
        ],
    ),
    (
        "mixed_analysis_many_voices_gov",
        "Inside the cabinet, the mood is grim. One minister described the last month as "
        '"the worst since the election".\n\n'
        "The foreign secretary, Robert Elmsley, is said to have told colleagues the "
        'party "cannot survive another scandal".\n\n'
        'Backbenchers are openly discussing a leadership challenge. "It is a question of '
        'when, not if," said Susan Carrow, the MP for Wycombe North.\n\n'
        "Downing Street insists the prime minister retains the full confidence of his "
        'team. "He is getting on with the job," his official spokesman said.',
        [
            ("worst since the election", (None, "one minister", "One minister")),
            ("cannot survive another scandal", "Robert Elmsley"),
            ("when, not if", "Susan Carrow"),
            (
                "getting on with the job",
                ("official spokesman of the prime minister", "official spokesman", None),
            ),
        ],
    ),
    (
        "analysis_intl_wire_many_officials",
        "KYIV (Reuters) - Ukraine's foreign minister, Oleksandr Marchenko, said on "
        'Tuesday that talks with Hungary over minority rights had "made real progress".\n\n'
        "Hungary's foreign minister, Zoltan Bako, was more cautious. \"We are closer than "
        'we were, but not yet close," Bako told reporters in Budapest.\n\n'
        'A European Commission spokesperson said Brussels welcomed "any constructive '
        'dialogue".\n\n'
        'Marchenko said a further round of talks would be held next month. "We want this '
        'resolved before the summit," he said.',
        [
            ("made real progress", "Oleksandr Marchenko"),
            ("closer than we were", "Zoltan Bako"),
            (
                "any constructive dialogue",
                (
                    "a European Commission spokesperson",
                    "European Commission spokesperson",
                    "European Commission",
                ),
            ),
            ("resolved before the summit", "Oleksandr Marchenko"),
        ],
    ),
    (
        "analysis_local_school_board",
        "The school board voted 4-3 on Monday to close Lincoln Elementary.\n\n"
        'Board member Angela Fitch, who voted against, said the decision was rushed. "We '
        'owed these families more time," Fitch said.\n\n'
        "Superintendent Raymond Oduya said the district could not afford to keep the "
        'building open. "Every dollar we spend on an empty classroom is a dollar we do '
        'not spend on teaching," Oduya said.\n\n'
        'Parents who packed the meeting booed the vote. "They never listened to us," '
        "said Carla Jimenez, whose two children attend the school.",
        [
            ("owed these families more time", "Angela Fitch"),
            ("empty classroom", "Raymond Oduya"),
            ("never listened to us", "Carla Jimenez"),
        ],
    ),
]


# Not read yet (None or a wrong name): strict, so a fix shows up as XPASS.
_OPEN = {
    # 'X thanked volunteers who had knocked on "more than a million doors"': a fragment
    # under a verb that is not one of speech
    "speech_election_night_victory": "a fragment under a non-speech verb (thanked)",
    # 'The campaign group Transport for All said ...': "All" ends no body's name here
    # ("The campaign group Fair Votes said" is read)
    "statement_campaign_group_director": "a body's name ending 'for All'",
}


@pytest.mark.parametrize(("text", "wants"), [stress_param(c, _OPEN) for c in CASES])
def test_stress_case(text: str, wants: list[tuple[str, Want]]) -> None:
    check_speakers(text, wants, _same)


def _same(who: str | None, want: str | None) -> bool:
    """The speaker, or the speaker's full name after an office title ("Taoiseach Siobhan
    Keane"): the scorer takes a person by surname, so a title before it is no miss."""
    if who == want:
        return True
    return bool(who and want and " " in want and who.endswith(" " + want))


# The constructions fixed from the corpus's misses, each in several registers; every one
# of these failed before its rule (fifteenth pass, x16s3).
RULE_CASES: list[tuple[str, str, str | tuple[str | None, ...]]] = [
    # a document's verb before the "that" of what the sayer said (inner_that.py)
    (
        "inner_that_uk_union",
        'The National Education Union said the report showed that "children are being '
        'taught in buildings that are falling down".',
        "National Education Union",
    ),
    (
        "inner_that_us_wire",
        'WASHINGTON (AP) -- The senator said Tuesday the audit found that "nobody at the '
        'agency was in charge."',
        "senator",
    ),
    (
        "inner_that_local",
        'The union said the survey showed that "teachers are leaving in droves".',
        "union",
    ),
    (
        "inner_that_broadsheet_person",
        'Mr Kemp said the study found that "waiting lists have doubled in two years".',
        "Kemp",
    ),
    (
        "inner_that_intl_wire",
        'GENEVA (Reuters) - The agency said its review concluded that "the camps are '
        'dangerously overcrowded".',
        "agency",
    ),
    # a promise whose "to" opens the quotation (promise_to.py)
    (
        "promise_to_us_wire",
        'DES MOINES, Iowa (AP) -- Sen. Gordon Pike vowed to "take this fight to every '
        'county in Iowa," drawing cheers from the crowd.',
        "Gordon Pike",
    ),
    (
        "promise_to_uk_broadsheet",
        'The Liberal Democrat candidate, Ffion Trevithick, promised to "fight for Cornwall '
        'every single day".',
        "Ffion Trevithick",
    ),
    (
        "promise_to_local",
        'Councilmember Rosa Vega promised to "keep fighting for the east side" after the vote.',
        "Rosa Vega",
    ),
    (
        "promise_to_role",
        'The prime minister promised to "get Britain building again".',
        "prime minister",
    ),
    (
        "promise_to_intl_wire",
        "LAGOS (Reuters) - Nigeria's finance minister, Adaeze Okoro, vowed to "
        '"restore confidence in the naira within a year".',
        "Adaeze Okoro",
    ),
    # "his/her X said" after another person's office: that office owns X, never the
    # person named before it (owner_past_role.py); the last quote is checked
    (
        "owner_past_role_uk",
        'The foreign secretary, Robert Elmsley, told colleagues the party needed "a fresh '
        'start".\n\nDowning Street said the prime minister retained the confidence of the '
        'cabinet. "He is getting on with the job," his official spokesman said.',
        ("official spokesman of the prime minister", None),
    ),
    (
        "owner_past_role_us_wire",
        'WASHINGTON (AP) -- Sen. Mark Ridley said Tuesday the bill was "a good first '
        'step."\n\nThe White House said the president would sign it this week. "He has '
        'been clear about this from the start," his spokesman said.',
        ("spokesman of the president", None),
    ),
    (
        "owner_past_role_intl_wire",
        'MAPUTO (Reuters) - Opposition leader Tomas Duarte said the count was "deeply '
        'flawed".\n\nThe president has not commented on the claims. "He will speak when '
        'the results are final," his spokesman told Reuters.',
        ("spokesman of the president", None),
    ),
    (
        "owner_past_role_local",
        'Council member Joan Pierce called the audit "a wake-up call".\n\nThe mayor was '
        'traveling on Friday. "She will read the report next week," her chief of staff said.',
        ("chief of staff of the mayor", None),
    ),
    # and the owner kept when nobody else's office stands between (guards)
    (
        "owner_kept_no_office_between",
        'WASHINGTON (AP) -- Sen. Mark Ridley said Tuesday the bill was "a good first '
        'step."\n\n"He is on his way back to Washington," his spokesman said.',
        "spokesman of Mark Ridley",
    ),
    (
        "owner_kept_own_office",
        'The chancellor, Philip Amberley, said the plan was "fully costed".\n\nThe '
        'chancellor later left for Brussels. "He will be back on Monday," his spokesman said.',
        "spokesman of Philip Amberley",
    ),
    (
        "owner_kept_office_as_object",
        'Sen. Ann Pike attacked the president\'s budget on Tuesday. "It is a fantasy," her '
        "spokeswoman said.",
        "spokeswoman of Ann Pike",
    ),
    (
        "owner_kept_office_written_to",
        'Mr Kemp wrote to the prime minister last week. "He expects a reply," his spokesman said.',
        "spokesman of Kemp",
    ),
    # speech at second hand: "X is said to have told ..." (said_to_have.py)
    (
        "said_to_have_uk",
        "The foreign secretary, Robert Elmsley, is said to have told colleagues the party "
        '"cannot survive another scandal".',
        "Robert Elmsley",
    ),
    (
        "said_to_have_understood",
        'Mr Kemp is understood to have warned the prime minister that the deal was "dead '
        'in the water".',
        "Kemp",
    ),
    (
        "said_to_have_reported_role",
        'The chancellor was reported to have said the plan was "not worth the paper it is '
        'written on".',
        "chancellor",
    ),
    (
        "said_to_have_us_wire",
        "WASHINGTON (AP) -- Sen. Ann Pike is said to have told donors that the nominee was "
        '"a disaster waiting to happen."',
        "Ann Pike",
    ),
    # an unnamed "source" is never "he" or "she" (source_gender.py)
    (
        "source_gender_uk",
        "Tamsin Orrell has spent the week lobbying for the energy bill.\n\nA government "
        'source said the minister "has a full diary".\n\nShe was undeterred. "I will sit '
        'outside his office if I have to," she said.',
        (None, "Tamsin Orrell"),
    ),
    (
        "source_gender_us_wire",
        "WASHINGTON (AP) -- Sen. Mark Ridley arrived late for the vote. A Senate source "
        'said he was "furious." "I have nothing to say," he said.',
        (None, "Mark Ridley"),
    ),
    (
        "source_gender_aide_kept",
        'A senior aide said the plan was "dead". "It is over," he said.',
        "a senior aide",
    ),
    # a party member's description before the name between commas (party_member.py)
    (
        "party_member_uk",
        'The winning Liberal Democrat, Ffion Trevithick, said the result was "a new start '
        'for Cornwall".',
        "Ffion Trevithick",
    ),
    (
        "party_member_us_wire",
        'A leading Republican, Sen. Ann Pike, said the plan was "dead on arrival."',
        "Ann Pike",
    ),
    (
        "party_member_us_moderate",
        'One moderate Democrat, Rep. Carl Deaver, said the bill was "a start, not a fix."',
        "Carl Deaver",
    ),
    (
        "party_member_bare",
        'The Democrat, Ruth Ellington, said the ruling was "a disgrace."',
        "Ruth Ellington",
    ),
    (
        "party_member_tory",
        'Another Tory, Dame Cecily Armitage, told the Commons the bill was "unlawful on its face".',
        "Cecily Armitage",
    ),
    # a colon after a programme's noun introduces speech, not a title (quote_terms.py)
    (
        "programme_colon_uk",
        "Labour's deputy leader, Angela Frost, told the BBC's Today programme: \"We are "
        'ready to govern."',
        "Angela Frost",
    ),
    (
        "programme_colon_us",
        'The governor told the podcast: "No comment on that."',
        "governor",
    ),
    (
        "programme_colon_intl",
        "HARARE (Reuters) - Finance Minister Tendai Moyo told a state radio programme: "
        '"The currency is stable."',
        "Tendai Moyo",
    ),
    (
        "programme_colon_local",
        'Mayor Denise Halvorsen told a morning radio program: "Snow crews are out."',
        "Denise Halvorsen",
    ),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=n) for n, t, w in RULE_CASES])
def test_rule_case(text: str, want: str | tuple[str | None, ...]) -> None:
    got = [who for _q, who in quotes(text)]
    accepted = want if isinstance(want, tuple) else (want,)
    assert got and got[-1] in accepted, f"got {got!r}, want {accepted!r}"
