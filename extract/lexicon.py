"""Word lists for sentence splitting and attribution (English news style).

Kept apart from the code so the rules stay readable and the lists easy to extend.
All sets hold lowercase words unless the name says otherwise.
"""

from __future__ import annotations

import re

# "Democrat of Utah", "Liberal of Harth": a legislator's party and state, an appositive,
# never a name.
PARTY_OF_STATE = re.compile(
    r"(?:Democrat|Republican|Independent|Libertarian|Socialist|Conservative|Liberal|"
    r"Green|Labour|Labor) of (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
)

# "the Montana Republican", "the Utah Democrat": a description of someone named before,
# never a name of its own.
STATE_PARTY = re.compile(
    r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) (?:Democrat|Republican|Independent|"
    r"Libertarian|Socialist|Conservative|Liberal|Labour|Labor)"
)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set."""
    return frozenset(text.split())


def phrase_set(text: str) -> frozenset[str]:
    """The "|"-separated phrases of `text` (line breaks are spaces), as a set."""
    return frozenset(p.strip() for p in " ".join(text.split()).split("|"))


# --- sentence splitting -------------------------------------------------------------

# Abbreviations that (almost) never end a sentence: titles before a name.
NEVER_FINAL = word_set(
    """mr mrs ms mx dr prof gen maj lt col sgt capt cpt cmdr adm brig cpl pvt gov sen rep
    rev hon pres supt det insp messrs mme mlle st ste mt ft vs fig figs approx dept
    esp cf rt engr"""
)
# Abbreviations before a number only ("No. 2", "Sept. 11", "pp. 4").
BEFORE_NUMBER = word_set(
    "no nos nr pp p vol art sec ch jan feb mar apr jun jul aug sep sept oct nov dec"
)
# Abbreviations that can end a sentence as well as sit inside one.
AMBIGUOUS_FINAL = word_set("inc corp co ltd llc plc bros jr sr etc esq am pm")

# Capitalised words that typically open a sentence: after an ambiguous abbreviation
# ("U.S.", "Inc.", an initial) a following word from this list means a new sentence.
SENTENCE_STARTERS = word_set(
    """The A An In On At But And Or So Yet He She It They We I You This That These Those
    There Here His Her Its Their Our My Your Meanwhile However Still Even If When While
    After Before Without With As For From By Since Although Though Because Last Next
    Earlier Later Some Many Most Several Both Each All No Not Only Also According Despite
    During Under Over Among Following Amid Once Then Now Such Other Another One Two Three
    What Why How Who Where Officials Asked Instead Indeed Overall Today Yesterday
    Separately Elsewhere Nevertheless Nonetheless Further Furthermore Moreover Thus
    Asked"""
)

# --- names ------------------------------------------------------------------------------

# Titles and ranks stripped from a person's name into the role (case as written).
TITLES = word_set(
    """President Vice Prime Minister Chancellor King Queen Prince Princess Pope Emperor
    Gen. General Lt. Lieutenant Col. Colonel Maj. Major Capt. Captain Sgt. Sergeant Adm.
    Admiral Cmdr. Commander Brig. Brigadier Cpl. Corporal Pvt. Private Sen. Senator Rep.
    Representative Gov. Governor Mayor Dr. Mr. Mrs. Ms. Mx. Prof. Professor Rev. Reverend
    Father Rabbi Imam Sheikh Judge Justice Chief Secretary Ambassador Deputy Sir Dame Lord
    Lady Speaker Chairman Chairwoman Chairperson Commissioner Inspector Detective Det.
    Insp. Supt. Superintendent Sheriff Officer Constable Premier Councillor Councilman
    Councilwoman Cllr Cllr. Alderman Marshal Field Staff Chief Gov Sen Rep Dr Mr Mrs Ms Prof Gen Maj
    Lt Col Sgt Capt Pastor Bishop Archbishop Cardinal Sister Brother Attorney Solicitor
    Foreign Defense Defence Interior Health Finance Economy State Trade Justice Energy
    Education Emergency Home Treasury Acting Interim Former Senior Supreme Crown Grand
    Ayatollah Emir Sultan Crown Gen.
    Alhaji Alhaja Hajiya Barrister Datuk Dato Datin Seri Tun Hon Hon. Rt Rt. Mdm Mme Comrade
    Councilmember Assemblyman Assemblywoman Assemblymember Engr Engr."""
)
# ^ the last line (fifteenth pass, x16w): honorifics of West African, Malaysian,
# Commonwealth-parliament and US-city copy; the gold keeps a speaker's name without
# them ("Alhaji Musa Danladi" is Musa Danladi, "Rt Hon Geoffrey Pilkington" Geoffrey
# Pilkington), as it does "Mr" and "Dr".

# Letters after a name that are no part of it ("Geoffrey Pilkington MP", x16w).
POSTNOMINALS = word_set("MP MPs MSP MS MLA MEP MPP MHA TD QC KC SC OBE MBE CBE KBE DBE CH")

# Lowercase particles inside personal names: "Ursula von der Leyen", "Osama bin Laden".
NAME_PARTICLES = word_set("de del della der di da dos das du van von den ter bin ibn al el la le y")

# Capitalised words that never belong to a name (sentence openers, weekdays, months...).
NOT_NAME = word_set(
    """The A An In On At But And Or So Yet He She It They We I You This That These Those
    There Here His Her Its Their Our My Your Meanwhile However Still Even If When While
    After Before Without With As For From By Since Although Though Because Last Next
    Earlier Later Some Many Most Several Both Each All No Not Only Also According Despite
    During Under Over Among Following Amid Once Then Now Such Other Another What Why How
    Who Where Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Today Yesterday
    Tomorrow Mondays Asked Speaking Writing Asked Separately Instead Indeed Overall
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Mon Tue Wed Thu Fri Sat Sun
    One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions
    Let Do Does Did Is Are Was Were Will Would Could Should Can May Might Must Nobody
    Everyone Everybody Someone Somebody Anyone Anybody None Neither Either Few Others
    Another Everything Nothing Something Above Below Beneath Behind Beyond Beside Inside
    Outside Upstairs Downstairs Overhead Around Across Along Within Towards Toward Near
    Throughout Until Halfway Afterwards Afterward Privately Publicly Elsewhere Overnight
    Nonetheless Nevertheless Ultimately Initially Finally Previously Recently Tonight
    Notably Crucially Importantly Tellingly Pointedly Predictably Unsurprisingly
    Similarly Likewise Otherwise Moreover Furthermore Additionally Perhaps Apparently
    Interestingly Ironically Curiously Frankly"""
)
# A state's relation opening a sentence, never part of its name ("Neighbouring Ostovia
# said"; attribution/lead_adjectives.py).
LEAD_ADJECTIVES = word_set(
    """Neighbouring Neighboring Nearby Rival Fellow Landlocked Oil-rich Gas-rich
    Resource-rich Cash-strapped Debt-laden War-torn"""
)
# A sentence adverb opening a sentence before its comma, never a name ("Afterwards, a No
# 10 spokesman said ... and added: ..." made a source "Afterwards"; fifteenth pass, x16x).
SENTENCE_ADVERBS = word_set(
    """Afterwards Afterward Subsequently Elsewhere Eventually Finally Initially Originally
    Privately Publicly Shortly Overnight Recently Previously Ultimately Likewise
    Similarly Nonetheless Nevertheless Moreover Furthermore Additionally Again Alternatively"""
)
NOT_NAME = NOT_NAME | LEAD_ADJECTIVES | SENTENCE_ADVERBS

WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
MONTHS = word_set(
    "january february march april may june july august september october november december"
)
TIME_WORDS = WEEKDAYS | word_set(
    """yesterday today tonight tomorrow earlier later recently previously last this
        next week month year weekend morning afternoon evening night day days weeks months
        years ago late early"""
)

# Countries, capitals and other places that speak as governments ("Moscow said").
PLACES = word_set(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan
    Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad
    Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
    Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
    Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
    Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali
    Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
    Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
    Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal
    Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
    Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan
    Tanzania Thailand Togo Tonga Tunisia Turkey Turkiye Türkiye Turkmenistan Tuvalu Uganda
    Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Gaza
    Crimea Europe Asia Africa America Britain England Scotland Wales Kabul Tirana Algiers
    Luanda Yerevan Canberra Vienna Baku Manama Dhaka Minsk Brussels Sofia Ottawa Santiago
    Beijing Bogota Havana Nicosia Prague Copenhagen Cairo Tallinn Helsinki Paris Tbilisi
    Berlin Accra Athens Budapest Delhi Jakarta Tehran Baghdad Dublin Jerusalem Rome Tokyo
    Amman Astana Nairobi Pristina Riga Beirut Tripoli Vilnius Kuala Valletta Rabat
    Amsterdam Oslo Islamabad Lima Manila Warsaw Lisbon Doha Bucharest Moscow Kigali
    Riyadh Dakar Belgrade Bratislava Ljubljana Mogadishu Madrid Khartoum Stockholm Bern
    Damascus Taipei Bangkok Ankara Kampala Kyiv Kiev Montevideo Caracas Hanoi Harare
    Washington London Pyongyang Seoul Brasilia Mexico Tashkent Kinshasa Sanaa Abuja
    Ramallah Brussels Geneva Strasbourg Kursk Donetsk Luhansk Kharkiv Odesa Kherson
    Zaporizhzhia Belgorod Texas California Florida York"""
)
# Multi-word places, lowercased.
MULTIWORD_PLACES = phrase_set(
    """north korea|south korea|united states|united kingdom|saudi arabia|new zealand|south
    africa|united arab emirates|czech republic|north macedonia|sri lanka|east timor|costa
    rica|el salvador|ivory coast|hong kong|new delhi|tel aviv|the u.s.|u.s.|u.k.|the
    u.k.|washington d.c.|kuala lumpur|buenos aires|addis ababa|abu dhabi|the west|the
    united states|the united kingdom"""
)

# Plural present forms, taken as speech only after a plural subject ("analysts
# estimate", "experts warn"): as bare words they are mostly nouns ("an estimate").
BASE_VERBS = word_set(
    """estimate warn argue predict believe expect note suggest claim insist agree
    caution contend maintain point fear worry report tell add"""
)

# Documents whose owner speaks through them: "the board's report says".
DOCUMENT_NOUNS = word_set(
    """statistics poll polls numbers review inquiry investigation audit probe report reports
    statement statements figures
    data website letter filing filings
    analysis survey estimates estimate study studies records documents release account
    assessment count tally website post posts update updates"""
)

# Verbs that attribute a quotation but report no claim of their own:
# 'called the measure "a monstrosity"', 'accused ministers of "losing control"'.
QUOTE_VERBS = word_set(
    """called calls calling described describes dubbed labeled labelled branded accused
    accuses hailed hails slammed criticized criticised praised praises blasted dismissed
    dismisses remembered remembers likened likens termed characterised characterized
    characterises characterizes condemned condemns denounced denounces decried decries
    derided derides lambasted lambasts mocked mocks ridiculed ridicules welcomed welcomes
    applauded applauds rejected rejects"""
)

# Single-token organisations commonly quoted as speakers.
KNOWN_ORGS = word_set(
    """Pentagon Kremlin NATO Hamas Hezbollah Taliban Wagner Gazprom Rosatom Google Apple
    Microsoft Amazon Meta Tesla Boeing Airbus Pfizer Moderna OpenAI Nvidia Intel Samsung
    Toyota Shell Exxon ExxonMobil Chevron BP Walmart Netflix Uber Facebook Twitter YouTube
    TikTok Huawei Alibaba Tencent Interpol Europol Frontex UNICEF UNESCO UNHCR OPEC
    Greenpeace Oxfam Amnesty Hamas IDF FBI CIA NSA EU UN WHO IMF OSCE IAEA ICC UNRWA
    Congress Parliament Senate Downing Whitehall Bundestag Duma Knesset Politburo
    Rosaviatsia Roskomnadzor Ukrenergo Naftogaz Kyivstar Vatican"""
)

# Head words (capitalised, last token) that make a name an organisation.
ORG_HEADS = word_set(
    """Ministry Department Agency Institute Institution University College School Council
    Committee Commission Party Army Navy Force Forces Guard Guards Corps Command Group
    Inc. Inc Corp. Corp Corporation Ltd Ltd. LLC Co. Company Companies Bank Fund
    Organization Organisation Association Office Court Police Service Services
    Administration Authority Authorities Board Bureau Center Centre Foundation Society
    Union Federation League Alliance Coalition Network Trust Club Parliament Congress
    Lines Freight Cooperative Co-op Collective Syndicate Guild Mills Farms Brewery Hydro
    Senate House Assembly Government Cabinet Embassy Mission Directorate Observatory
    Project Program Programme Initiative Campaign Movement Front Brigade Battalion Regiment
    Division Unit Staff Hospital Clinic Laboratory Laboratories Lab Labs Systems Microsystems
    Technologies Industries Holdings Partners Capital Airlines Airways Motors Energy
    Pharmaceuticals Studios Records Secretariat Tribunal Chamber Council Academy Watch
    Monitor Prosecutor's Prosecutors Ministry's Fire Rescue Agency's Kremlin Pentagon
    Department's Committee's Commission's Group's Council's Office's GmbH AG SA NV Cross
    Crescent Nations International Watch Reserve Bureau Guard Command Logistics Shipping
    Solutions Consulting Media Foods Pharma Mining Resources Construction Engineering
    Insurance Finance Ventures Enterprises Transport Telecom Communications Software
    Networks Petroleum Chemicals Steel Electric Power Utilities Retail Markets Exchange
    Brands Entertainment Pictures Games Robotics Biotech Therapeutics Healthcare Medical
    Bancorp Securities Investments Management Associates LLP Airport Railways Rail Buses
    Council Inspectorate Agency Office Tribunal Commission Research Analytics Insights
    Economics Advisors Advisers Strategies Consultancy Intelligence Partners Marine
    Maritime Hydraulics Dredging Shipyard Shipyards Fisheries Aviation Electronics Metals
    Plastics Textiles Timber Dairies Haulage Freightways Waterworks Branch Forum Caucus
    Delegation Consortium Confederation Convention Councils Unions Treasury Coaches Ferries
    Tramways Community Communities"""
)
# Words inside a name that make it an organisation ("Institute for the Study of War").
ORG_WORDS = ORG_HEADS | word_set(
    """Ministry Institute University Bank Department Agency Council Committee Commission
    Federal National International Foundation Fund Museum Association Center Centre"""
)

# Outlets: full names (lowercase) and last words that mark a publication.
PUBLICATIONS = phrase_set(
    """newsweek|reuters|bloomberg|afp|agence france-presse|ap|associated press|the
    associated press|bbc|cnn|npr|pbs|abc|abc news|nbc|nbc news|cbs|cbs news|fox news|msnbc|
    politico|axios|vox|wired|the atlantic|forbes|fortune|business insider|insider|interfax|
    tass|ria novosti|ria|xinhua|yonhap|kyodo|al jazeera|haaretz|der spiegel|spiegel|le
    monde|the economist|economist|the new york times|new york times|the washington post|
    washington post|the wall street journal|wall street journal|the guardian|guardian|the
    times|the telegraph|telegraph|the independent|financial times|the financial times|
    usa today|the hill|the kyiv independent|kyiv independent|ukrainska pravda|meduza|
    kommersant|izvestia|rbc|nikkei|south china morning post|the new yorker|time|
    the daily mail|daily mail|the sun|sky news|euronews|dw|deutsche welle|france 24|
    the observer|los angeles times|the los angeles times|chicago tribune|the boston globe|
    buzzfeed news|vice|the intercept|propublica|semafor|the information|techcrunch|
    the verge|ars technica|nature|science|the lancet|newsmax|breitbart|huffpost|
    the daily beast|daily beast|slate|salon|mother jones|the nation|national review|
    yahoo news|rfe/rl|radio free europe|voice of america|voa|kyiv post|the kyiv post"""
)
PUBLICATION_HEADS = word_set(
    """Times Post Journal News Herald Tribune Gazette Guardian Telegraph Independent
    Observer Chronicle Examiner Inquirer Star Mirror Express Mail Economist Magazine
    Review Courier Bulletin Dispatch Register Sentinel Standard Globe Monitor Today
    Week Weekly Daily Press Wire Radio Television TV Live FM Online"""
)

# --- attribution ------------------------------------------------------------------------

# Speech verbs, every form that can head an attribution ("said", "says", "telling").
_SPEECH_BASES = """say:said:says:saying tell:told:tells:telling add:added:adds:adding
warn:warned:warns:warning write:wrote:writes:writing:written note:noted:notes:noting
state:stated:states explain:explained:explains:explaining argue:argued:argues:arguing
claim:claimed:claims:claiming insist:insisted:insists:insisting recall:recalled:recalls
acknowledge:acknowledged:acknowledges ask:asked:asks announce:announced:announces
post:posted tweet:tweeted:tweets report:reported:reports confirm:confirmed:confirms
deny:denied:denies estimate:estimated:estimates predict:predicted:predicts
suggest:suggested:suggests disclose:disclosed:discloses reveal:revealed:reveals
admit:admitted:admits allege:alleged:alleges contend:contended:contends
maintain:maintained:maintains observe:observed:observes comment:commented
remark:remarked:remarks reply:replied:replies respond:responded:responds
continue:continued caution:cautioned:cautions emphasize:emphasized:emphasizes
emphasise:emphasised:emphasises stress:stressed:stresses testify:testified:testifies
conclude:concluded:concludes declare:declared:declares assess:assessed:assesses
assert:asserted:asserts concede:conceded:concedes counter:countered:counters
indicate:indicated:indicates signal:signaled:signalled:signals mention:mentioned
promise:promised:promises vow:vowed:vows urge:urged:urges complain:complained:complains
boast:boasted:boasts joke:joked:jokes quip:quipped:quips predict:predicted
recount:recounted:recounts describe:described:describes tell:tells
shout:shouted whisper:whispered reiterate:reiterated:reiterates clarify:clarified
agree:agreed:agrees believe:believed:believes think:thought:thinks
speculate:speculated:speculates forecast:forecasts
calculate:calculated:calculates order:ordered:orders advise:advised:advises
instruct:instructed:instructs recommend:recommended:recommends record:recorded:records
register:registered:registers measure:measured:measures count:counted:counts
detect:detected:detects log:logged:logs fume:fumed:fumes gush:gushed:gushes sigh:sighed
chime:chimed:chimes blurt:blurted:blurts interject:interjected:interjects
retort:retorted:retorts exclaim:exclaimed:exclaims mutter:muttered:mutters
scoff:scoffed:scoffs muse:mused:muses grumble:grumbled:grumbles yell:yelled:yells
plead:pleaded:pleads groan:groaned quip:quipped laugh:laughed:laughs chuckle:chuckled
snap:snapped rage:raged rant:ranted blast:blasted:blasts gasp:gasped hiss:hissed
enthuse:enthused:enthuses confide:confided:confides lament:lamented:laments
bemoan:bemoaned:bemoans moan:moaned:moans brag:bragged:brags gripe:griped:gripes
grouse:groused:grouses murmur:murmured:murmurs mumble:mumbled:mumbles
stammer:stammered deadpan:deadpanned opine:opined:opines concur:concurred:concurs
marvel:marvelled:marveled:marvels gloat:gloated:gloats whine:whined:whines
query:queried:queries rave:raved:raves repeat:repeated:repeats underline:underlined:underlines
underscore:underscored:underscores assure:assured:assures inform:informed:informs
answer:answered:answers confess:confessed:confesses
express:expressed:expresses"""
# Base forms are left out ("think tank", "a claim"), except "say" ("experts say").
SPEECH_VERBS = frozenset(
    form for entry in _SPEECH_BASES.split() for form in entry.split(":")[1:] if form
) | {"say"}

# Verbs of manner that say something only beside a quotation ('"Not again," she sobbed',
# 'he shrugged: "..."', '"...," the teenager grinned'); elsewhere they report nothing
# ("the crowd roared", "she smiled at him"), so find.py takes them only next to a quote.
_MANNER_BASES = """grin:grinned smile:smiled beam:beamed sob:sobbed cry:cried weep:wept
shrug:shrugged:shrugs nod:nodded wink:winked giggle:giggled:giggles chortle:chortled:chortles
smirk:smirked:smirks sneer:sneered:sneers snort:snorted:snorts sniff:sniffed huff:huffed
cheer:cheered exult:exulted:exults crow:crowed tease:teased:teases chirp:chirped:chirps
coo:cooed:coos purr:purred:purrs scream:screamed shriek:shrieked:shrieks roar:roared
bellow:bellowed:bellows growl:growled:growls bark:barked boom:boomed thunder:thundered
croak:croaked:croaks rasp:rasped:rasps wail:wailed howl:howled protest:protested
object:objected reflect:reflected reason:reasoned ponder:pondered:ponders beg:begged:begs
implore:implored:implores swear:swore:swears proclaim:proclaimed:proclaims
breathe:breathed:breathes gulp:gulped:gulps squeal:squealed:squeals jeer:jeered
taunt:taunted cackle:cackled:cackles hoot:hooted bristle:bristled:bristles
seethe:seethed:seethes stutter:stuttered:stutters sigh:sighs whisper:whispers
shout:shouts yell:yells press:pressed persist:persisted probe:probed
interrupt:interrupted"""
MANNER_VERBS = (
    frozenset(form for entry in _MANNER_BASES.split() for form in entry.split(":")[1:] if form)
    - SPEECH_VERBS
)
# Verbs that attribute a quote/subject but are weak evidence of reported speech.
WEAK_VERBS = word_set(
    """believe believed believes think thought thinks find found finds show showed shows
    project projected projects point pointed calculate calculated calculates continue
    continued describe described describes agree agreed agrees forecast forecasts
    state states post posted counter counters signal signals expressed expresses"""
)
# "the ministry said in a statement" etc. may follow the verb; "telling" and "saying"
# are participles: their subject is the clause's subject.
PARTICIPLES = word_set(
    """saying telling adding warning writing noting explaining arguing claiming insisting
    reporting announcing confirming stating estimating denying accusing calling
    shouting yelling declaring exclaiming vowing pledging replying answering quipping"""
)  # the last line: fourteenth pass (x16q), ', shouting "..."' is the clause subject's
SPEECH_VERBS = SPEECH_VERBS | PARTICIPLES

# Words allowed between a subject and its verb: "has also said", "later told".
AUX_ADVERBS = word_set(
    """has have had also previously later earlier again repeatedly would will could may
    might did does do further then recently separately publicly privately already often
    once still even never first reportedly subsequently initially ultimately quickly
    swiftly flatly openly directly similarly likewise separately has't hasn't didn't
    did not not firmly strongly bluntly"""
)
BE_FORMS = word_set("is are was were be been being")

PRONOUNS = word_set("he she they it we i")
PERSON_PRONOUNS = word_set("he she")

# Determiners that may open a descriptive subject ("the agency", "one expert").
DETERMINERS = word_set(
    """the a an one two three four five several some many other another two its his her
    their our this that these those both most few multiple dozens numerous"""
)

# Lowercase head nouns of anonymous sources ("a U.S. official", "officials said").
ANON_HEADS = word_set(
    """coroner coroners examiner examiners registrar ombudsman clerk assessor warden
    coordinator administrator administrators provost curator opponents proponents skeptics
    sceptics locals families passengers customers clients patients users fans players
    coaches tenants landlords drivers shoppers consumers scholars bankers donors migrants
    refugees evacuees plaintiffs plaintiff defendants defendant petitioners appellants
    complainants regulators democrats republicans conservatives progressives liberals
    tories senators congressmen lawmakers moderates hardliners centrists official officials
    source sources expert experts analyst analysts diplomat diplomats spokesperson
    spokesman spokeswoman spokespeople spokesmen aide aides insider insiders observer
    observers witness witnesses resident residents authorities officer officers lawmaker
    lawmakers legislator legislators researcher researchers scientist scientists economist
    economists investigator investigators prosecutor prosecutors critic critics supporter
    trustee trustees supporters activist activists representative representatives member members
    commander
    commanders soldier soldiers employee employees worker workers doctor doctors medic
    medics teacher teachers student students parent parents voter voters neighbor neighbors
    neighbour neighbours executive executives leader leaders negotiator negotiators person
    people man woman someone militants rebels staffer staffers survivor survivors victim
    victims relative relatives friend friends colleague colleagues organizer organizers
    organiser organisers protester protesters protestors insiders lawyer lawyers attorney
    attorneys advocate advocates planner planners pilot pilots farmer farmers volunteer
    volunteers nurse nurses physician physicians historian historians specialist
    specialists strategist strategists adviser advisers advisor advisors engineer engineers
    manager managers director directors guard guards policeman policemen firefighter
    firefighters rescuer rescuers paramedic paramedics fighter fighters veteran veterans
    consultant consultants campaigner campaigners pollster pollsters academic academics
    professor professors journalist journalists reporter reporters correspondent
    correspondents blogger bloggers residents villager villagers shopkeeper shopkeepers
    owner owners investor investors trader traders minister ministers envoy envoys
    commentator commentators inspector inspectors auditor auditors monitors crews
    firefighters rescuers paramedics officials
    delegate delegates servant servants local regular regulars"""
)
# Lowercase head nouns of organisations ("the agency said", "the charity said").
ORG_NOUNS = word_set(
    """opposition inspectorate inquiry review investigation probe audit panel hall force
    forces guard agency ministry department government military army navy police company
    firm group organization organisation charity council committee commission court office
    administration authority service institute university bank regulator watchdog board
    union party campaign embassy hospital network coalition alliance bloc fund foundation
    regime cabinet presidency parliament legislature team club studio startup retailer
    carrier airline manufacturer maker operator provider giant lab laboratory monitor
    observatory tank nonprofit non-profit association federation league kremlin pentagon
    insurer developer prosecutor's prosecutors' broadcaster newspaper outlet magazine paper
    station channel publisher agency's ministry's school district county city state utility
    consortium thinktank think-tank center centre secretariat directorate command
    headquarters staff junta mission delegation contractor subcontractor supplier branch
    chamber forum caucus guild trust museum gallery assembly municipality metro bureau
    movement"""
)  # museum, gallery: "The museum said in a statement" (thirteenth pass, x16j); assembly,
# municipality, metro, bureau: "the assembly said" after "The Assembly of Lakehead
# Nations", "the bureau said" after "the Bureau of Land Allocation" (x16u); movement: "the
# movement said" after "the Fair Wages Now movement" (x16z)
# Documents a later "the report said" can point back to (extract.sources.Registry.document).
REPORT_HEADS = word_set("report study survey review audit analysis assessment memo memorandum")

PUBLICATION_NOUNS = word_set(
    """newspaper outlet magazine paper broadcaster channel station publication television
    tv radio tabloid daily weekly website site tracker"""
)

# People by kin, age or what they do in everyday life: role words too ("her daughter,
# Elaine Frost, said", "his mum Kerry Stevens"), and the heads of a description that
# points back to the person just named ('"...," the teenager grinned': refer_back.py).
# Words that are also given names ("Nan Goldin") stay out: a role word before a surname
# stops the full name there (Registry.full_name_for).
PERSON_NOUNS = word_set(
    """mother father mum mom dad daughter son wife husband sister brother grandmother
    grandfather grandma grandpa gran granny grandad granddad grandson
    granddaughter grandchild grandparent aunt uncle niece nephew cousin widow widower
    fiance fiancee fiancé fiancée girlfriend boyfriend stepmother stepfather stepson
    stepdaughter stepmum stepdad mother-in-law father-in-law teenager teen youngster
    schoolgirl schoolboy pupil retiree girl boy lad gentleman boss star striker
    midfielder defender goalkeeper keeper winger skipper referee umpire rookie debutant
    substitute champion winner finalist athlete swimmer runner sprinter jockey trainer
    international
    golfer boxer bowler batsman pitcher quarterback commuter traveller traveler passenger
    motorist driver cyclist pedestrian homeowner householder tenant renter shopper
    customer diner patron fan visitor tourist holidaymaker staffer midwife carer
    caregiver cleaner waiter waitress bartender barista cook butcher grocer publican
    hairdresser plumber builder carpenter labourer laborer miner rancher gardener postman
    postwoman courier trucker sailor vet bystander onlooker eyewitness mourner worshipper
    parishioner juror magistrate entrepreneur proprietor businessman businesswoman banker
    tutor headmaster headmistress politician singer dancer painter sculptor presenter
    comedian filmmaker designer architect vicar rector chaplain nun monk co-author
    coauthor co-chair co-owner co-host co-director co-leader co-pilot co-worker coworker
    co-star co-creator co-organiser co-organizer co-presenter co-captain rep
    publicist pal
    agent porter docker dockworker stevedore deckhand cashier receptionist technician
    janitor caretaker steward stewardess librarian instructor ranger lifeguard vendor
    stallholder tailor jeweller jeweler bookseller fishmonger shepherd beekeeper reader
    listener viewer caller subscriber heckler"""
)

# A person by age or family: "the 28-year-old", "the mother-of-two" (a description's head).
AGED_PERSON = re.compile(
    r"\d{1,3}-year-old|(?:mother|father|mum|mom|dad|grandmother|grandfather|gran)-of-[a-z]+"
)
# People by nation, a description of someone named before ('"...," the Dutchman said').
DEMONYMS = word_set(
    """Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Welshman
    Welshwoman Irishman Irishwoman Scotsman Scotswoman Scot Briton Spaniard Swede Dane
    Finn Pole Norwegian German Italian Australian American Canadian Kenyan Ethiopian
    Nigerian Ghanaian Brazilian Argentine Argentinian Chilean Colombian Mexican Belgian
    Austrian Swiss Portuguese Croatian Serbian Slovenian Czech Slovak Hungarian Romanian
    Bulgarian Greek Turk Ukrainian Russian Georgian Armenian Indian Pakistani Japanese
    Chinese Korean Filipino Indonesian Jamaican Kiwi Aussie Icelander Estonian Latvian
    Lithuanian Moroccan Egyptian Tunisian Algerian Senegalese Cameroonian Ivorian"""
)

# Role nouns that, right before a name, make the words before it a role
# ("Pentagon press secretary Pat Ryder", "the charity Hope for Ukraine").
ROLE_NOUNS = (
    ANON_HEADS
    | ORG_NOUNS
    | word_set(
        """secretary president minister chief director professor analyst expert fellow
        founder co-founder ceo cfo coo cto chairman chairwoman chair head leader
        commander general lawyer attorney prosecutor judge governor mayor senator
        lawmaker representative ambassador envoy adviser advisor researcher economist
        scientist historian author journalist reporter editor correspondent strategist
        manager executive officer aide deputy colonel soldier resident doctor nurse
        teacher coach player candidate activist campaigner president-elect premier
        chancellor king queen pastor priest bishop consultant partner owner investor
        pollster diplomat negotiator commissioner superintendent sheriff detective
        inspector constable spokesman spokeswoman spokesperson analyst lecturer dean
        principal producer actor actress singer artist writer novelist poet blogger
        speaker whip secretary-general director-general mp mep councillor councilor
        trustee treasurer auditor attaché attache admiral major captain sergeant
        lieutenant general marshal sovereign monarch prince princess emir sheikh
        ayatollah rabbi imam cardinal pope chef epidemiologist virologist physician
        surgeon psychologist economist officer firefighter pilot expert barrister
        solicitor pensioner baker shopkeeper landlord landlady grower farmer fisherman
        paramedic mechanic headteacher host mla mpp msp td mna mha"""
    )  # mla ... mha: members of state, provincial and devolved legislatures (x16u)
    | PERSON_NOUNS
)

# Words that end a noun phrase when walking left from a verb.
STOP_WORDS = word_set(
    """that which who whom whose when where while because although though if as since
    after before until unless whether and or but so yet nor to of for in on at by with
    from into onto about over under between among through during without within against
    than then there here not no is are was were be been being has have had do does did
    will would could should can may might must shall also said says told this these those
    what why how it its they them their he him his she her we us our i me my you your
    very just only even still already ever never"""
)


_ROLE_ENDINGS = ("ologist", "ographer", "ician", "ist", "eer", "nomer", "ologists")


def is_role_word(low: str) -> bool:
    """A role noun, listed or by its ending ("oceanographer", "statistician")."""
    return low in ROLE_NOUNS or (len(low) > 5 and low.isalpha() and low.endswith(_ROLE_ENDINGS))
