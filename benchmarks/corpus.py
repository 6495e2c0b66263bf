"""A deterministic corpus of invented news articles, and cached stores built from it.

`articles(n, seed)` writes n articles in the styles of sample_data/: plain-text reports
with a headline, some with "What's New"/"Why it matters" headings, some wrapped by an
aggregator, some as HTML pages or Markdown; quotes in curly and straight marks, quotes running over
two paragraphs, attribution before, after and inside the quote and by pronoun, reported
statements, figures with qualifiers and units, relative and calendar dates and hedges.
Every person, place and outlet is invented. Article i depends only on (seed, i), so the
first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.

`store_path(claims)` builds (once, then caches under benchmarks/out/) a store holding
about `claims` claims through the real ingest path, ClaimStore.ingest_extraction.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import html
import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import OUT, ROOT, log

GENERATOR_VERSION = 2
DEFAULT_SEED = 7

# fmt: off
FIRST = """Amara Bastien Celia Dario Elin Farid Greta Hugo Ines Jonas Kaori Lena Mateo Nadia Oskar
Priya Quentin Rosa Samir Tove Ulla Viktor Wen Ximena Yusuf Zofia Anouk Bruno Chidi Dalia
Emre Fenna Goran Hana Idris Jelena Kofi Linnea Malik Noor Orla Pavel Rania Stellan Talia
Umar Vesna Wiebke Yara Zaid Aurelio Brigid Cosmin Delphine Eskil Fatou Gideon Halima Ivo
Jorun""".split()  # noqa: SIM905
SURNAMES = """Abernathy Brandvold Castellano Drummond Eklund Ferreira Galvano Halloran Ibsen
Jankowski
Kettering Lindqvist Marchetti Nakashima Okonkwo Pellegrini Quist Rasmussen Sorensen Tambor
Ulrich Vasquez Whitcombe Yilmaz Zelenko Ardelean Bellweather Corrigan Dufresne Esposito
Falkner Grunewald Hargreaves Ivanescu Jovanovic Kowalczyk Lautrec Mbeki Novak Oyelaran
Petrakis Quinlan Rourke Saarinen Thorvaldsen Underhill Valdivia Wexford Yamamura Zander
Achterberg Bocanegra Cardwell Delacroix Engstrom Fitzroy Gallardo Hollis Iversen Kamara""".split()  # noqa: SIM905
VARIANTS = {'Zelenko': 'Zelenkoh', 'Jankowski': 'Jankowsky', 'Saarinen': 'Sarinen'}
PLACES = ['Valmora', 'Kestrel Bay', 'Ostrovia', 'Linden Falls', 'Harrowgate', 'Port Ardent',
    'Marisol', 'Brackenridge', 'Tolvane', 'Eastmere', 'Caldera Springs', 'Norhaven',
    'Sable Point', 'Drummore', 'Wyncliff', 'Ferrowick', 'Ambersett', 'Greyhollow', 'Lunaris',
    'Quarry Hill', 'Redwater', 'Stonemarsh', 'Veldt Crossing', 'Orinth']
REGIONS = ['the Kessel Valley', 'the Northern Reach', 'the Amber Coast', 'the Tolvane basin',
    'the Ferrow highlands', 'the Lowmarch delta', 'the Sable peninsula', 'Ostrovia province']
OUTLETS = ['The Meridian Post', 'Northgate Herald', 'The Daily Ledger', 'Riverside Courier',
    'Harbour Chronicle', 'The Evening Lantern', 'Coastline Times', 'The Valmora Observer',
    'Wirestone News', 'The Civic Record', 'Eastmere Gazette', 'Lowmarch Tribune']
AGGREGATORS = ['NewsPile', 'Clipfeed', 'HeadlineHub', 'Storystream']
ORGS = ['the Coastal Relief Agency', "the Harbour Workers' Union", 'the Ministry of Water',
    'the Regional Transit Authority', 'the Valmora City Council', 'the National Grid Office',
    'the Institute for Public Budgets', 'the Red Lantern Society',
    'the Office of Emergency Management', "the Farmers' Cooperative of the North",
    'the Civil Aviation Board', 'the Bureau of Labour Statistics',
    'the Independent Audit Office', 'Greenline Energy', 'Tolvane Shipping',
    'the Kessel Valley Water Company', 'the Federation of Small Traders']
ORG_ALIASES = {'the Coastal Relief Agency': 'CRA', 'the Regional Transit Authority': 'RTA',
    'the Office of Emergency Management': 'OEM', 'the National Grid Office': 'NGO',
    'the Independent Audit Office': 'IAO', 'the Civil Aviation Board': 'CAB'}
ROLES = ['a spokesperson for {org}', 'the head of {org}', 'a senior engineer at {org}',
    'deputy director of {org}', 'a researcher at {org}', 'the mayor of {place}',
    'a councillor in {place}', 'a professor of economics at the University of {place}',
    'a nurse at {place} General Hospital', 'a shop owner in {place}',
    'the chief executive of {org}', 'a lawyer representing residents of {place}',
    'a volunteer coordinator with {org}', 'an analyst at {org}']
TITLES = ['Dr.', 'Mayor', 'Councillor', 'Professor', 'Minister', 'Director', 'Gen.', 'Sen.']
ANON = ['a senior official', 'a person familiar with the talks', 'two government officials',
    'an official who was not authorised to speak publicly', 'a source close to the board']
# fmt: on


@dataclass(frozen=True)
class Topic:
    key: str
    headline: list[str]
    event: list[str]
    nouns: list[str]  # what the figures count
    measures: list[str]  # units for measured figures
    claims: list[str]  # reported-speech clauses with {n} {noun} {place}


TOPICS = [
    Topic(
        "flood",
        [
            "Floodwaters Force Evacuations in {place}",
            "{place} Counts the Cost of River Flooding",
            "Officials Warn of More Rain as {place} Floods",
        ],
        ["the river burst its banks", "flood defences failed", "heavy rain swamped the town"],
        ["residents", "homes", "families", "businesses", "roads"],
        ["km", "mm", "hectares"],
        [
            "{n} {noun} had been evacuated",
            "the flood had damaged {n} {noun}",
            "repairs would take until {date}",
            "{n} {noun} were still without power",
        ],
    ),
    Topic(
        "strike",
        [
            "Dock Workers Walk Out in {place}",
            "Strike Halts Port of {place}",
            "Talks Collapse as {place} Strike Enters Second Week",
        ],
        ["workers walked off the job", "the union called a strike", "the port stood idle"],
        ["workers", "ships", "containers", "members", "shifts"],
        ["%", "hours"],
        [
            "{n} {noun} had joined the strike",
            "the dispute had cost {n} {noun}",
            "wages had fallen by {pct} since {date}",
            "{n} {noun} were waiting offshore",
        ],
    ),
    Topic(
        "bridge",
        [
            "Inspectors Close {place} Bridge After Cracks Found",
            "Questions Mount Over {place} Bridge Repairs",
        ],
        [
            "cracks appeared in the main span",
            "the bridge was closed to traffic",
            "inspectors found corroded cables",
        ],
        ["vehicles", "commuters", "inspections", "cables", "trucks"],
        ["km", "tonnes", "metres"],
        [
            "{n} {noun} used the bridge each day",
            "the repairs would cost {money}",
            "{n} {noun} had been rerouted",
            "the span was designed for {n} {noun}",
        ],
    ),
    Topic(
        "budget",
        [
            "{place} Council Approves Disputed Budget",
            "Auditors Question {place} Spending Plan",
            "Budget Gap Widens in {place}",
        ],
        [
            "the council voted on the budget",
            "auditors reviewed the accounts",
            "the spending plan was published",
        ],
        ["jobs", "schools", "clinics", "projects", "households"],
        ["%", "USD", "EUR"],
        [
            "the deficit had reached {money}",
            "{n} {noun} would be cut",
            "spending had risen by {pct}",
            "{n} {noun} would receive new funding",
        ],
    ),
    Topic(
        "wildfire",
        ["Wildfire Spreads Across {region}", "Crews Battle Blaze Near {place}"],
        [
            "the fire jumped the firebreak",
            "winds pushed the blaze east",
            "crews lost control of the fire",
        ],
        ["firefighters", "homes", "hectares", "residents", "aircraft"],
        ["hectares", "km", "%"],
        [
            "{n} {noun} had been destroyed",
            "the fire had burned {n} {noun}",
            "{n} {noun} were fighting the blaze",
            "the fire was {pct} contained",
        ],
    ),
    Topic(
        "outbreak",
        [
            "Clinics in {place} Report Rise in Fever Cases",
            "Health Officials Track Outbreak in {region}",
        ],
        [
            "clinics reported a rise in cases",
            "the health ministry opened an inquiry",
            "schools were closed as a precaution",
        ],
        ["cases", "patients", "beds", "doses", "clinics"],
        ["%", "doses"],
        [
            "{n} {noun} had been confirmed",
            "{n} {noun} were in hospital",
            "vaccination rates had fallen to {pct}",
            "the outbreak began around {date}",
        ],
    ),
    Topic(
        "transit",
        ["Fare Rise Sparks Protest in {place}", "{place} Transit Plan Faces Delays"],
        [
            "the transit authority raised fares",
            "the new line was delayed",
            "commuters protested outside city hall",
        ],
        ["passengers", "buses", "stations", "drivers", "routes"],
        ["%", "km", "minutes"],
        [
            "fares would rise by {pct}",
            "{n} {noun} used the network each day",
            "the new line would cost {money}",
            "{n} {noun} had been cancelled",
        ],
    ),
    Topic(
        "breach",
        [
            "Data Breach Exposes Records at {org_title}",
            "{org_title} Admits Customer Data Was Stolen",
        ],
        [
            "hackers reached a customer database",
            "the company disclosed a breach",
            "regulators opened an investigation",
        ],
        ["customers", "records", "accounts", "employees", "files"],
        ["%", "GB"],
        [
            "{n} {noun} had been exposed",
            "the attackers demanded {money}",
            "{n} {noun} had been notified",
            "the breach began on {date}",
        ],
    ),
]

QUOTES = [
    "We have never seen anything like this in {place}",
    "People are exhausted and they want answers",
    "Nobody told us the {thing} was at risk until it was too late",
    "We are doing everything we can, but the scale of this is enormous",
    "I have lived here for {years} years and this is the worst it has been",
    "The numbers simply do not add up",
    "This was entirely preventable",
    "We warned them about this in {month}, and nothing happened",
    "There is no quick fix, and anyone who says otherwise is not being honest",
    "Our teams have been working around the clock since {day}",
    "It is a question of priorities, and right now the priorities are wrong",
    "We expect the situation to improve over the coming weeks",
    "Families deserve to know what happened and who is responsible",
    "{org_cap} has the resources it needs, and it will use them",
    "We will not accept a deal that leaves {noun} worse off",
    "At this point we simply do not know how long it will take",
    "I think we underestimated how fragile the {thing} was",
    "Everyone is angry, and frankly they have every right to be",
]
NUM_QUOTES = [
    "We counted {qual} {n} {noun} in the first two days alone",
    "Maybe they will need {n} {noun} before this is over",
    "If it goes on like this, we could lose {n} {noun}",
    "There are {qual} {n} {noun} still waiting for help",
    "We have spent {money} so far and we will need more",
]
FILLER = [  # background prose: no reported speech, so no claims
    "{place} sits at the edge of {region}, a district better known for its orchards than "
    "for its politics.",
    "The {thing} was built in the decades after the war and has been repaired many times "
    "since then.",
    "For many residents, the events of the past days have revived memories of earlier "
    "disputes over how the district is run.",
    "Trade along the main street slowed as people stayed at home and waited for news.",
    "The debate has divided neighbours, with some blaming the authorities and others "
    "blaming the weather, the budget or simple bad luck.",
    "Opposition politicians have tabled motions for an independent inquiry, and the "
    "government has scheduled a review once the immediate crisis is over.",
    "Volunteers set up tables outside the community centre, handing out water, blankets "
    "and hot food to anyone who asked.",
    "Schools in the area have adjusted their timetables, and several sports fixtures were "
    "postponed until further notice.",
    "{org_cap} has faced criticism in the past for the pace of its response.",
    "The region has long needed more investment, not less, if it is to cope with the "
    "pressures it now faces.",
    "The story has dominated local radio, where callers have traded rumours and the "
    "occasional word of praise for the crews on the ground.",
    "Some families received conflicting advice from different offices and did not know "
    "whom to believe.",
    "Across the river, the mood was calmer, though many shops kept their shutters half "
    "closed as a precaution.",
    "The episode has also raised questions about how information is shared between the "
    "national government and the councils that deliver most public services.",
    "The town has weathered similar crises before, and each one left a mark on how it is governed.",
    "The weather is forecast to change later in the week, although the models remain uncertain.",
    "In the meantime, the council has opened a telephone line for residents who need "
    "help, and the line will stay open around the clock.",
    "The main road into town was reopened in the afternoon, but traffic moved slowly and "
    "police directed cars at the busiest junctions.",
    "Neighbouring districts have offered staff and equipment, and several convoys arrived "
    "during the night.",
    "The longer-term costs will be hard to measure, because much of the damage falls on "
    "small firms and households that keep few records.",
    "At the market in {place}, traders compared their losses over deliveries that never "
    "came and customers who stayed away.",
    "The regional assembly is due to debate the matter when it returns from recess, and "
    "several members have already tabled questions.",
    "A small crowd gathered outside the town hall in the evening, some carrying "
    "hand-painted signs, others simply waiting to hear what would happen next.",
    "The {thing} had been the subject of a consultation that drew hundreds of written "
    "submissions, most of them from people living nearby.",
    "Parents collected children early from the primary school on the hill, where teachers "
    "had moved lessons into the gymnasium.",
    "Insurance firms have sent assessors to the area, and the settlements may take months.",
    "The local newspaper printed a special edition, and its website struggled under the "
    "weight of readers looking for updates.",
    "Clergy opened the old church on the square as a meeting place, and it stayed full "
    "well into the night.",
    "The official timeline leaves important questions unanswered, particularly about the "
    "first hours.",
    "Farms on the outskirts of {place} have been overlooked for years, and few there "
    "expect much from the latest plans.",
    "Residents of {region} have grown used to delays, but this time felt different.",
    "{org_cap} published a short statement on its website and took no further questions.",
    "Road signs directed drivers around the closures, and the rail operator put on extra "
    "carriages to the morning trains.",
    "Community groups have begun compiling their own records of the damage.",
    "The issue is likely to feature in the campaign for next year's local elections, "
    "where turnout has traditionally been low.",
]
HEDGES = [
    "The figures could not be independently verified.",
    "{outlet} was unable to confirm the claim independently.",
    "The account has not been confirmed by officials.",
    "It was reported that the talks had stalled, though neither side commented.",
    "The group has been accused of inflating similar figures in the past.",
]
THINGS = [
    "embankment",
    "bridge",
    "pipeline",
    "network",
    "system",
    "harbour wall",
    "dam",
    "warehouse",
    "power station",
    "clinic",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORD_NUMBERS = ["two dozen", "a dozen", "three hundred", "several hundred", "two thousand"]
QUALIFIERS = [
    "at least",
    "about",
    "more than",
    "nearly",
    "up to",
    "around",
    "fewer than",
    "almost",
    "roughly",
    "over",
]


@dataclass(slots=True)
class Person:
    first: str
    last: str
    role: str
    title: str | None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class _Writer:
    """Builds one article from a seeded random stream."""

    def __init__(self, seed: int, index: int) -> None:
        self.r = random.Random(seed * 1_000_003 + index)
        r = self.r
        self.index = index
        self.topic = r.choice(TOPICS)
        self.place = r.choice(PLACES)
        self.region = r.choice(REGIONS)
        self.org = r.choice(ORGS)
        self.outlet = r.choice(OUTLETS)
        self.curly = r.random() < 0.6
        self.year = r.choice([2024, 2025])
        self.month = r.randint(1, 12)
        self.day = r.randint(1, 28)
        self.people = [self._person() for _ in range(r.randint(3, 5))]
        self.last_speaker: Person | None = None
        self._filler_pool: list[str] = []

    # -- vocabulary ------------------------------------------------------------------

    def _person(self) -> Person:
        r = self.r
        role = r.choice(ROLES).format(org=r.choice(ORGS), place=r.choice(PLACES))
        title = r.choice(TITLES) if r.random() < 0.3 else None
        return Person(r.choice(FIRST), r.choice(SURNAMES), role, title)

    def q(self, text: str) -> str:
        return f"“{text}”" if self.curly else f'"{text}"'

    def number(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.55:
            n = r.choice([r.randint(2, 99), r.randint(100, 999), r.randint(1000, 99_999)])
            return f"{n:,}"
        if kind < 0.75:
            return f"{r.randint(1, 9)}.{r.randint(1, 9)} million"
        if kind < 0.9:
            return str(r.randint(12, 950))
        return r.choice(WORD_NUMBERS)

    def money(self) -> str:
        r = self.r
        sym = r.choice(["$", "$", "€", "£"])
        scale = r.choice(["million", "billion", ""])
        if scale:
            return f"{sym}{r.randint(1, 99)}.{r.randint(1, 9)} {scale}"
        return f"{sym}{r.randint(1000, 900_000):,}"

    def pct(self) -> str:
        r = self.r
        return f"{r.randint(2, 95)}%" if r.random() < 0.7 else f"{r.randint(2, 60)} percent"

    def when(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.35:
            return f"on {r.choice(WEEKDAYS)}"
        if k < 0.55:
            return r.choice(
                [
                    "last week",
                    "over the weekend",
                    "a month ago",
                    "earlier this week",
                    "yesterday",
                    "two days ago",
                ]
            )
        if k < 0.8:
            return f"on {r.choice(MONTHS)} {r.randint(1, 28)}"
        return f"in {r.choice(['early ', 'mid-', 'late '])}{r.choice(MONTHS)}"

    def date_phrase(self) -> str:
        r = self.r
        return r.choice(
            [
                f"{r.choice(MONTHS)} {r.randint(1, 28)}",
                f"{r.choice(MONTHS)}",
                f"mid-{r.choice(MONTHS)}",
                f"{r.choice(MONTHS)} {self.year - 1}",
                "last spring",
                f"the end of {r.choice(MONTHS)}",
            ]
        )

    def fill(self, template: str) -> str:
        r = self.r
        noun = r.choice(self.topic.nouns)
        org_short = ORG_ALIASES.get(self.org) or self.org.removeprefix("the ")
        return template.format(
            place=self.place,
            region=self.region,
            thing=r.choice(THINGS),
            years=r.randint(12, 60),
            month=r.choice(MONTHS),
            day=r.choice(WEEKDAYS),
            org_short=org_short,
            org_cap=self.org[0].upper() + self.org[1:],
            noun=noun,
            n=self.number(),
            qual=r.choice(QUALIFIERS),
            money=self.money(),
            pct=self.pct(),
            date=self.date_phrase(),
            outlet=self.outlet,
            org_title=self.org.removeprefix("the ").title(),
        )

    def fillers(self, k: int) -> list[str]:
        """k background sentences not used yet in this article (reshuffled when spent)."""
        if len(self._filler_pool) < k:
            self._filler_pool = list(FILLER)
            self.r.shuffle(self._filler_pool)
        picked, self._filler_pool = self._filler_pool[:k], self._filler_pool[k:]
        return picked

    def claim_clause(self) -> str:
        r = self.r
        clause = r.choice(self.topic.claims)
        if "{n}" in clause and r.random() < 0.6:
            clause = clause.replace("{n}", f"{r.choice(QUALIFIERS)} {{n}}")
        return self.fill(clause)

    def speaker_name(self, p: Person, first_mention: bool) -> str:
        if first_mention:
            return f"{p.title} {p.full}" if p.title else p.full
        if p.title and self.r.random() < 0.5:
            return f"{p.title} {p.last}"
        return p.last

    # -- paragraphs ------------------------------------------------------------------

    def attributed_quote(self, mentioned: set[str]) -> str:
        r = self.r
        p = r.choice(self.people)
        first = p.full not in mentioned
        mentioned.add(p.full)
        name = self.speaker_name(p, first)
        text = self.fill(r.choice(NUM_QUOTES if r.random() < 0.3 else QUOTES))
        verb = r.choice(["said", "said", "told " + self.outlet, "added", "warned", "noted"])
        shape = r.random()
        role = f", {p.role}," if first else ""
        if shape < 0.35:
            para = f"{self.q(text + ',')} {name}{role} {verb} {self.when()}."
            para = para.replace(",,", ",")
        elif shape < 0.6:
            para = f"{name}{role} {verb}: {self.q(text + '.')}"
        elif shape < 0.8 and self.last_speaker is p:
            pron = r.choice(["he", "she", "they"])
            para = (
                f"{self.q(text + ',')} {pron} {verb}. {self.q(self.fill(r.choice(QUOTES)) + '.')}"
            )
        else:
            more = self.fill(r.choice(QUOTES))
            verb = r.choice(["said", "added", "warned"])
            para = f"{self.q(text + ',')} {verb} {name}{role.rstrip(',')}. {self.q(more + '.')}"
        self.last_speaker = p
        return para

    def multi_paragraph_quote(self, mentioned: set[str]) -> list[str]:
        p = self.r.choice(self.people)
        mentioned.add(p.full)
        open_, close = ("“", "”") if self.curly else ('"', '"')
        first = f"{p.full}, {p.role}, described the scene {self.when()}. "
        first += f"{open_}{self.fill(self.r.choice(QUOTES))}. {self.fill(self.r.choice(QUOTES))}."
        second = f"{open_}{self.fill(self.r.choice(QUOTES))}.{close}"
        self.last_speaker = p
        return [first, second]

    def statement(self, mentioned: set[str]) -> str:
        r = self.r
        k = r.random()
        clause = self.claim_clause()
        if k < 0.4:
            p = r.choice(self.people)
            first = p.full not in mentioned
            mentioned.add(p.full)
            name = self.speaker_name(p, first)
            role = f", {p.role}," if first else ""
            return f"{name}{role} said {self.when()} that {clause}."
        if k < 0.7:
            return f"{clause[0].upper()}{clause[1:]}, according to {self.org}."
        if k < 0.85:
            alias = ORG_ALIASES.get(self.org)
            org = self.org[0].upper() + self.org[1:]
            if alias and r.random() < 0.5:
                org += f", the {alias},"
            return f"{org} said {self.when()} that {clause}."
        return f"{r.choice(ANON).capitalize()} said {clause}."

    def figure_sentence(self) -> str:
        r = self.r
        noun = r.choice(self.topic.nouns)
        qual = r.choice(QUALIFIERS)
        n = self.number()
        return r.choice(
            [
                f"By {r.choice(WEEKDAYS)} evening, {qual} {n} {noun} had been affected, "
                f"officials said.",
                f"Figures released {self.when()} put the total at {n} {noun}.",
                f"The district has {qual} {n} {noun}, and {self.pct()} of them are in "
                f"the worst-hit area.",
                f"The cost of the response has already passed {self.money()}.",
                f"Crews covered {r.randint(3, 80)} km of roads and cleared {qual} {n} {noun}.",
            ]
        )

    def write(self) -> tuple[str, dict]:
        r = self.r
        mentioned: set[str] = set()
        title = self.fill(r.choice(self.topic.headline))
        headed = r.random() < 0.3
        target_words = int(min(1100, max(520, r.gauss(770, 130))))
        lead = (
            f"{self.place}, in {self.region}, woke {self.when()} to news that "
            f"{r.choice(self.topic.event)}."
        )
        paras: list[str] = [lead]
        # About 10 claims an article (quotes + statements + figures), so that 10,000
        # articles give about 100,000 claims; the rest is background prose.
        plan = ["quote", "quote", "statement", "statement", "figure", "hedge"]
        if r.random() < 0.3:
            plan.append("multi")
        if r.random() < 0.4:
            plan.append("quote")
        if r.random() < 0.4:
            plan.append("figure")
        plan += ["filler"] * 12
        r.shuffle(plan)
        words = len(lead.split())
        i = 0
        while words < target_words:
            kind = plan[i] if i < len(plan) else "filler"
            i += 1
            if kind == "quote":
                new = [self.attributed_quote(mentioned)]
            elif kind == "multi":
                new = self.multi_paragraph_quote(mentioned)
            elif kind == "statement":
                new = [self.statement(mentioned) + " " + self.fill(self.fillers(1)[0])]
            elif kind == "figure":
                new = [self.figure_sentence() + " " + self.fill(self.fillers(1)[0])]
            elif kind == "hedge":
                new = [self.fill(r.choice(HEDGES))]
            else:
                new = [" ".join(self.fill(f) for f in self.fillers(r.randint(2, 4)))]
            paras.extend(new)
            words += sum(len(p.split()) for p in new)
        if headed:  # Newsweek-like sections: headings that are not sentences
            paras.insert(0, "What's New")
            paras.insert(3, "Why it matters")
            paras.insert(min(len(paras), 8), "What to know")
        published = f"{self.year}-{self.month:02d}-{self.day:02d}"
        meta = {"title": title, "publisher": self.outlet, "published": published}
        return title, {"paras": paras, **meta}


def _render_txt(w: _Writer, title: str, meta: dict) -> str:
    body = "\n\n".join(meta["paras"]) if w.r.random() < 0.5 else "\n".join(meta["paras"])
    text = f"{title}\n\n{body}\n"
    if w.r.random() < 0.2:  # an aggregator wrapper around a real publisher
        agg = w.r.choice(AGGREGATORS)
        text += (
            f"\nRead More\n{agg}\nDisclaimer: This story is auto-aggregated by a computer "
            f"program and has not been created or edited by {agg}.\n"
            f"Publisher: {meta['publisher']}\n\nRecent Articles\n"
        )
    elif w.r.random() < 0.3:
        text += f"\n{meta['publisher']} has contacted {w.org} for comment.\n"
    return text


def _render_html(w: _Writer, title: str, meta: dict) -> str:
    e = html.escape
    paras = "\n".join(
        f"<h2>{e(p)}</h2>" if len(p.split()) <= 3 else f"<p>{e(p)}</p>" for p in meta["paras"]
    )
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f"<title>{e(title)} | {e(meta['publisher'])}</title>"
        f'<meta property="og:site_name" content="{e(meta["publisher"])}">'
        f'<meta property="article:published_time" content="{meta["published"]}">'
        '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{e(title)}</h1>\n{paras}\n</article>"
        "<footer>© Invented outlet. All rights reserved.</footer></body></html>\n"
    )


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    published: str
    publisher: str


def _render_md(w: _Writer, title: str, meta: dict) -> str:
    lines = [f"# {title}", "", f"*Reporting by {meta['publisher']} staff.*", ""]
    for p in meta["paras"]:
        lines += [f"## {p}" if len(p.split()) <= 3 else p, ""]
    return "\n".join(lines)


def article(
    i: int, seed: int = DEFAULT_SEED, html_share: float = 0.1, md_share: float = 0.05
) -> Article:
    """Article number i of the corpus for `seed` (independent of how many are made).
    With md_share 0 no random draw is spent on it, so txt articles stay as they were."""
    w = _Writer(seed, i)
    title, meta = w.write()
    is_html = w.r.random() < html_share
    is_md = not is_html and md_share > 0 and w.r.random() < md_share / (1 - html_share)
    if is_html:
        text, ext = _render_html(w, title, meta), "html"
    elif is_md:
        text, ext = _render_md(w, title, meta), "md"
    else:
        text, ext = _render_txt(w, title, meta), "txt"
    return Article(f"a{i:06d}.{ext}", text, meta["published"], meta["publisher"])


def articles(
    n: int, seed: int = DEFAULT_SEED, html_share: float = 0.1, md_share: float = 0.05
) -> list[Article]:
    return [article(i, seed, html_share, md_share) for i in range(n)]


def write_articles(
    directory: Path,
    n: int,
    seed: int = DEFAULT_SEED,
    html_share: float = 0.1,
    md_share: float = 0.05,
) -> list[Path]:
    """Write n articles (and manifest.json: name -> published, publisher) into directory."""
    directory.mkdir(parents=True, exist_ok=True)
    paths, manifest = [], {}
    for a in articles(n, seed, html_share, md_share):
        p = directory / a.name
        p.write_text(a.text, encoding="utf-8")
        paths.append(p)
        manifest[a.name] = {"published": a.published, "publisher": a.publisher}
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=0))
    return paths


def corpus_dir(
    n: int, seed: int = DEFAULT_SEED, html_share: float = 0.1, md_share: float = 0.05
) -> Path:
    """A cached directory of n written articles (txt, 10% HTML, 5% Markdown)."""
    shares = f"h{round(html_share * 100)}-m{round(md_share * 100)}"
    d = OUT / f"corpus-v{GENERATOR_VERSION}-s{seed}-{shares}-n{n}"
    if (d / "manifest.json").exists():
        return d
    with _build_lock(d):
        if not (d / "manifest.json").exists():
            tmp = d.with_name(d.name + f".tmp{os.getpid()}")
            shutil.rmtree(tmp, ignore_errors=True)
            write_articles(tmp, n, seed, html_share, md_share)
            shutil.rmtree(d, ignore_errors=True)
            os.replace(tmp, d)
    return d


# -- stores ------------------------------------------------------------------------------


def _source_hash(*packages: str) -> str:
    h = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    for pkg in packages:
        for p in sorted((ROOT / pkg).glob("*.py")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


@contextlib.contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """Serialise builds of one cached artefact across processes (several engineers)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_name(target.name + ".lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


STORE_FILE = "claimdesk.json"


def _extract_article(job: tuple[int, int]):
    """Worker: extraction of corpus article i (txt only), for parallel store builds."""
    from claimdesk.extract import extract_text

    i, seed = job
    a = article(i, seed, html_share=0.0, md_share=0.0)
    return extract_text(a.text, path=a.name, published=a.published, publisher=a.publisher)


def build_store(directory: Path, claims: int, seed: int = DEFAULT_SEED) -> dict:
    """Ingest corpus articles in order into a new store in `directory` until it holds at
    least `claims` claims, through the real path (extract_text + ingest_extraction).
    Extraction runs in a small process pool (it is a cache build, not a measurement);
    ingest stays in this process, in article order, so the store is deterministic.
    Returns counts: articles, claims, seconds."""
    import multiprocessing

    from claimdesk.store import ClaimStore
    from claimdesk.store.ingest import ingest_batch

    directory.mkdir(parents=True, exist_ok=True)
    total = n = 0
    t0 = time.perf_counter()
    limit = claims + 100  # an extractor that finds nothing must not loop forever
    jobs = ((i, seed) for i in range(limit))
    workers = max(1, min(2, os.cpu_count() or 1))
    ctx = multiprocessing.get_context("fork")
    with (
        ctx.Pool(workers) as pool,
        ClaimStore(directory / STORE_FILE) as st,
        ingest_batch(st),  # one store write at the end, not one per article
    ):
        for ext in pool.imap(_extract_article, jobs, chunksize=20):
            res = st.ingest_extraction(ext)
            total += res.claims
            n += 1
            if n % 1000 == 0:
                log(f"store {claims}: {n} articles, {total} claims")
            if total >= claims:
                pool.terminate()
                break
        else:
            raise RuntimeError(f"corpus gave only {total} claims from {n} articles")
    return {"articles": n, "claims": total, "seconds": time.perf_counter() - t0}


def _store_key() -> str:
    """Cache key of built stores: the generator version, the store's schema version (a
    store file of the same schema opens with newer store code, as a user's would) and the
    version of the comparison features ingest keeps beside it (store/features.py)."""
    try:
        from claimdesk.store.features import FEATURES_VERSION
        from claimdesk.store.storage import SCHEMA_VERSION
    except ImportError:
        return _source_hash("store")
    return f"g{GENERATOR_VERSION}-schema{SCHEMA_VERSION}-f{FEATURES_VERSION}"


def store_path(claims: int, seed: int = DEFAULT_SEED) -> Path:
    """The cached store holding about `claims` claims (build once). Treat it as read-only:
    copy it with fresh_store() before writing."""
    d = OUT / "stores" / f"c{claims}-s{seed}-{_store_key()}"
    done = d / "build.json"
    rebuild = os.environ.get("CLAIMDESK_BENCH_REBUILD") == "1"
    if done.exists() and not rebuild:
        return d / STORE_FILE
    with _build_lock(d):
        if not done.exists() or rebuild:
            tmp = d.with_name(d.name + f".tmp{os.getpid()}")
            shutil.rmtree(tmp, ignore_errors=True)
            log(f"building a {claims}-claim store (cached under {d.parent}) ...")
            info = build_store(tmp, claims, seed)
            (tmp / "build.json").write_text(json.dumps(info))
            log(f"built: {info}")
            shutil.rmtree(d, ignore_errors=True)
            os.replace(tmp, d)
            for stale in d.parent.glob(f"c{claims}-s{seed}-*"):  # older schema or generator
                if stale.is_dir() and stale.name != d.name and ".tmp" not in stale.name:
                    shutil.rmtree(stale, ignore_errors=True)
            os.environ.pop("CLAIMDESK_BENCH_REBUILD", None)  # once per process
    return d / STORE_FILE


def fresh_store(claims: int, dest_dir: Path, seed: int = DEFAULT_SEED) -> Path:
    """A private, writable copy of the cached store (every file of it) in dest_dir."""
    src = store_path(claims, seed).parent
    dest_dir.mkdir(parents=True, exist_ok=True)
    for p in src.iterdir():
        if p.is_file() and p.name != "build.json" and not p.name.endswith(".lock"):
            shutil.copy2(p, dest_dir / p.name)
    return dest_dir / STORE_FILE


def build_info(claims: int, seed: int = DEFAULT_SEED) -> dict:
    """articles/claims/seconds of the cached store's build."""
    return json.loads((store_path(claims, seed).parent / "build.json").read_text())


if __name__ == "__main__":  # python -m benchmarks.corpus N DIR: write N articles to look at
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT / "sample"
    write_articles(out, count)
    print(out)
