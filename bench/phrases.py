"""Phrase banks for bench/synth.py: the words of synthetic meeting notes.

Slots filled per sentence: {country} {adj} {city} {party} {leader} (a foreign leader of the
session's country, or of another), {member} (a participant), {official} (a Soviet official),
{sector} {region} {num} {topic} (a noun phrase for what the item is about).
Every template here is plain English of the genre; none starts with a bare surname followed by
a capitalised word, none carries a date, a bracketed number or an archive reference.
"""

from __future__ import annotations

OPENERS = [
    "We should", "We must", "It is necessary to", "I propose that we", "I think we should",
    "It would be correct to", "We cannot refuse to", "Our task is to", "We ought to",
    "It is important to", "I believe we need to", "Let us", "It makes sense to", "We will have to",
    "We need to", "It would be a mistake not to", "The main thing now is to", "We have every reason to",
    "In my view we should", "It is time to", "We are obliged to", "I suggest that we",
    "The leadership should", "The CC should", "The ministry must", "We must not hesitate to",
    "Perhaps we should", "For now we should", "At the same time we must", "First of all we must",
    "It would be useful to", "We can", "There is no choice but to", "Most important is to",
    "It would be wise to", "Under these circumstances we must", "Without delay we must",
    "I fully agree that we must", "We have no grounds to refuse to", "Nothing prevents us from agreeing to",
]

ACTIONS = [
    "approve the draft", "adopt the resolution with the amendments", "send a delegation to {city}",
    "inform Cde. {leader} of our position", "instruct the Foreign Ministry to prepare a reply",
    "postpone the decision until the next session", "support Cde. {leader}",
    "give the {adj} comrades economic assistance", "reject the proposal of the {adj} side",
    "strengthen our troops in {country}", "prepare a letter to the CC of the {party}",
    "hold talks with the {adj} leadership", "publish the communique in Pravda",
    "increase deliveries of grain to {country}", "avoid any public polemic", "convene a plenum of the CC",
    "recall our ambassador from {city} for consultations", "study the question more carefully",
    "set up a commission under Cde. {member}", "show restraint", "act decisively",
    "help the friends restore order", "issue a statement in the name of the CC",
    "refrain from military intervention", "insist on the withdrawal of the troops",
    "revise the figures of the plan", "reduce capital investment in {sector}",
    "raise the procurement prices in {region}", "take the matter to the Warsaw Pact",
    "consult the fraternal parties", "tell the {adj} comrades frankly what we think",
    "receive the {adj} delegation at the highest level", "agree to the credit the {adj} side requests",
    "demand an explanation from the {adj} government", "approve the directives for the delegation",
    "send Cde. {member} to {city}", "entrust Cde. {member} with the talks",
    "improve the supply of consumer goods", "put {sector} in order",
    "accept the figures proposed by Gosplan", "return the draft for further work",
    "shorten the text of the appeal", "delete the second section of the draft",
    "keep the matter secret for now", "answer the letter calmly and without insults",
    "explain our position to the leadership in {city}", "prepare materials for the plenum",
    "give instructions to the ambassador in {city}", "adopt the proposals of Cde. {member}",
    "strengthen party work in {region}", "work out measures on {sector}",
    "review the question of {topic}", "hear a report from the ministry on {topic}",
    "reinforce the garrison in {city}", "help {country} with arms and specialists",
    "cut the number of staff in the ministries", "examine the proposal at the Council of Ministers",
    "coordinate the text with the {adj} comrades", "say openly that mistakes were made",
    "condemn the actions of the former leadership", "keep the door open for talks",
    "avoid pressure that would look like interference", "give a firm rebuff to these attempts",
    "act through the party and not through the army", "wait for the results of the plenum in {city}",
    "prepare a draft reply within three days", "instruct Cde. {official} to report on the situation",
    "raise the question at the next session", "support the proposal of the commission",
    "draw the attention of the {adj} comrades to their mistakes", "increase the credit to {country}",
    "send additional specialists to {country}", "publish nothing until the talks are over",
    "agree on a joint communique", "insist on consultations before any decision",
    "reduce the army by a further contingent", "speed up the construction in {region}",
]

QUALIFIERS = [
    "", "", "", "", "", " as soon as possible", " without delay", " in a tactful manner", " but without haste",
    " within two weeks", " before the plenum", ", taking account of the exchange of opinions", " at once",
    " in the coming days", ", as Cde. {member} proposed", " in the spirit of today's discussion",
    " on a businesslike basis", " in a comradely way", ", and the sooner the better", " this year",
    " with the changes made here", " once the situation becomes clear", " after consulting the friends",
]

CLAIMS = [
    "The situation in {country} remains extremely difficult.", "The {adj} comrades are wavering.",
    "The draft is correct overall.", "There is no principled basis for this approach.",
    "This is a step forward.", "The figures are incomplete.", "The enemy is exploiting every mistake.",
    "Our friends are counting on our support.", "The document is appropriate.",
    "I have doubts about the figures.", "The plan is realistic.",
    "The ministry has not carried out the decision of the Presidium.", "We have lost a great deal of time.",
    "The question is ripe.", "The draft needs substantial revision.", "It's pointless to theorize about it.",
    "Nobody is proposing to dissolve the party.", "The harvest this year is poor in {region}.",
    "The Americans will try to use this.", "Much remains unclear.",
    "The leadership in {city} has lost the initiative.", "The text is too long and too harsh.",
    "The situation is changing every hour.", "This is a serious political mistake.",
    "We were warned about this long ago.", "The comrades have prepared a good document.",
    "The counterrevolution has not been crushed.", "The mood in the party is good.",
    "There is no unity in the {adj} leadership.", "The army is reliable.",
    "The economic situation in {country} is deteriorating.", "The reply must be firm but calm.",
    "The West is watching every step we take.", "Not everything in the draft is thought through.",
    "The report gives an objective picture.", "The figures of the ministry are inflated.",
    "The workers are waiting for concrete measures.", "Cde. {leader} is not in control of the situation.",
    "Cde. {leader} has promised to act, but nothing has been done.",
    "We cannot allow {country} to leave the socialist camp.", "That's a misleading argument.",
    "The declaration is fine.", "This is the line of the whole leadership.", "The proposal is premature.",
    "Too much has been promised and too little done.", "The plan for {sector} is not being fulfilled.",
    "Discipline in {sector} has fallen.", "The reserves have not been used.",
    "The ambassador is reporting the situation correctly.", "The ambassador is exaggerating.",
    "The information from {city} is contradictory.", "Cde. {member}'s changes are correct.",
    "Cde. {member}'s statements are fundamentally correct.", "Cde. {member} is right.",
    "Cde. {member} is simplifying the question.", "Cde. {member} has raised the question correctly.",
    "Cde. {official} has reported the facts accurately.", "The {adj} side is stalling.",
    "Their position has become more reasonable.", "We underestimated the danger.",
    "Nothing good will come of a public quarrel.", "The people fully support us.",
    "The hostile elements are active.", "Such a step would be understood in {city}.",
    "This will strengthen our position.", "This will only complicate matters.",
    "The decision must be unanimous.", "It is a question of principle.",
    "The comrades in {city} expect an answer.", "A great deal depends on {topic}.",
    "The question of {topic} cannot be put off any longer.", "The work on {topic} is going slowly.",
    "The delegation has done useful work.", "The talks went well.", "The talks were difficult.",
    "The friends are nervous.", "The friends have greater self-confidence now.",
    "The current lull is clearly only a short-term phenomenon.", "The capitalist press is making a fuss.",
    "The losses are considerable.", "This costs us a great deal of money.",
    "The agreement meets our interests.", "The Chinese comrades will not like this.",
    "The youth in {city} are restless.", "The intelligentsia is divided.",
    "Output in {sector} has fallen for the second year.", "Everything must be weighed carefully.",
]

STANCES = [
    "Overall it should be adopted.", "I support Cde. {member}.", "I vehemently object.", "Agree.",
    "Approve.", "Agree with Cde. {member}.", "The draft is fine.", "I am against it.",
    "I support the proposal.", "Adopt it.", "We should make changes.", "Approve with the changes.",
    "I agree with the comrades.", "It is impossible to adopt it in this form.", "Support it.",
    "A proper document.", "A good draft.", "I have no objections.", "This is correct.",
    "I do not agree with Cde. {member}.", "Postpone it.", "Adopt the draft as a basis.",
    "We must support the {adj} comrades.", "We cannot agree to this.", "The proposal is acceptable.",
]

# Narrative turns: "Cde. X " + one of these (a verb the genre uses in the third person).
NARRATIVE = [
    "speaks against the draft.", "supports the proposal.", "supports the proposal of Cde. {member}.",
    "thinks that the draft should be revised.", "proposes to {action}.",
    "objects to the wording of the second section.", "agrees with Cde. {member}.",
    "informs the comrades about {topic}.", "raises the question of {topic}.",
    "insists on a firm reply.", "reports on {topic}.", "believes that we should {action}.",
    "considers it necessary to {action}.", "suggests that we {action}.", "emphasizes the danger of delay.",
    "declares that the ministry has failed.", "criticizes the draft for its vagueness.",
    "opposes the proposal.", "argues that the figures are inflated.", "explains the position of the ministry.",
    "recalls the decision of the last plenum.", "states that the army is ready.",
]
# Narrative verbs a translation also uses, that a rule list may not know.
NARRATIVE_RARE = ["doubts that the plan is realistic.", "warns against haste.", "calls for patience."]

TOPIC_NOUNS = [
    "the situation in {country}", "our relations with {country}", "the talks in {city}",
    "the grain procurements", "the plan for {sector}", "the draft appeal", "the letter from {city}",
    "the results of the talks", "aid to {country}", "the events in {city}", "the state of {sector}",
    "the work in {sector}", "the reduction of the armed forces", "the Warsaw Pact",
    "the draft communique", "the construction in {region}", "the harvest in {region}",
]

SECTORS = [
    "the coal industry", "ferrous metallurgy", "the chemical industry", "agriculture", "housing construction",
    "the oil industry", "light industry", "the defence industry", "transport", "the machine-building ministries",
    "the fishing fleet", "the timber industry", "capital construction", "the grain trade",
    "the power stations", "the cotton harvest", "meat and milk production", "the railways",
]
REGIONS = [
    "Kazakhstan", "the Ukraine", "Siberia", "the Urals", "the Volga region", "the Kuban", "Belorussia",
    "the Far East", "Uzbekistan", "the Baltic republics", "the Non-Black-Earth zone", "the Virgin Lands",
    "Georgia", "Moldavia", "the North Caucasus", "Altai",
]

# Agenda item titles: (title, needs a foreign country)
ITEM_TITLES_FOREIGN = [
    "On the Situation in {country}", "On the Letter from the CC of the {party}",
    "On the Results of the Talks with the {adj} Delegation", "On the Visit of Cde. {leader} to Moscow",
    "On Assistance to {country}", "On Our Relations with {country}", "On the Draft Reply to the {adj} Government",
    "On the Instructions to the Soviet Ambassador in {city}", "On the Appeal of the CC of the {party}",
    "On Cde. {leader}'s Letter", "On Questions of {country}", "On the Trade Agreement with {country}",
    "On the Events in {city}", "On the Telegram from {city}",
]
ITEM_TITLES_HOME = [
    "On the Draft Directives for the Economic Plan", "On Grain Procurements in {region}",
    "On the Organization of Work in {sector}", "On the Draft Decree on {sector}",
    "On Preparations for the CC Plenum", "On the Report of the Commission of Cde. {member}",
    "On Measures to Improve {sector}", "On the Reduction of the Armed Forces",
    "On the Draft Budget", "On Capital Construction in {region}", "On Cadre Questions",
    "On the Work of the Ministry of Foreign Affairs", "On the Letter of Cde. {official}",
]
DECISIONS = [
    "Approve the draft.", "Affirm as an unfortunate event.", "(Everyone agrees with this.)",
    "Approve with the amendments.", "Instruct the commission to finalize the text.", "Accept for information.",
    "Return the draft for revision.", "Adopt the proposals.", "Approve the work of the delegation.",
    "Confirm the decision.", "Postpone until the next session.",
]
TASKS = [
    "Cde. {member} is to prepare a draft reply.", "Cdes. {member} and {member2} are to finalize the text.",
    "Cde. {member} is to negotiate with Cde. {leader}.", "Cde. {official} is to report within a week.",
    "Cdes. {member} and {member2} are to transmit our changes in a tactful manner.",
    "Cde. {member} is to meet the ambassador.",
]

SUMMARIES = [
    "{A} and {B} disagree about {topic}.", "Debate occurs at this session about {topic}.",
    "{A} argues for a firm line on {topic}, while {B} urges caution.",
    "The Presidium discusses {topic} and approves the proposals of {A}.",
    "These notes record a discussion of {topic}. {A} speaks at length.",
    "{A} reports on {topic}; the members agree to act in a tactful manner.",
    "The leadership discusses {topic}. {A} and {B} raise objections to the draft.",
]

# Translator's notes without references, used between the ones that carry them.
NOTE_PLAIN = [
    "This refers to {topic}.", "The text of the draft has not been declassified.",
    "Malin's notes are extremely terse at this point.", "The reference is to the CC plenum of the {party}.",
    "{leader} had raised the same question earlier.", "No title for this section is given.",
    "The next several words of Malin's notes are illegible.", "Nothing further is known about this proposal.",
    "The abbreviation is ambiguous in the original.", "The notes do not say who proposed the final wording.",
    "This is the same telegram that was mentioned earlier.", "The figures in the original are partly crossed out.",
]
# Translator's notes with one reference: {ref} is the printed reference.
NOTE_REF = [
    'See "Shifrtelegramma," Strictly Secret, in {ref}.', "See the marked-up draft in {ref}.",
    'The telegram from the Soviet ambassador in {city} is in {ref}.',
    'See "Informatsiya," Top Secret, in {ref}.', "The draft went to {member}, who prepared a number of changes (see {ref}).",
    "The full text of the letter is in {ref}.", 'See "Telefonogramma," Secure High-Frequency Transmission, in {ref}.',
    "The report of the commission is stored in {ref}.", "A copy of the appeal with handwritten changes is in {ref}.",
    'See "Zapiska," in {ref}.', "The original of the cable is in {ref}.",
]
NOTE_TWO_REFS = [
    "See {ref} and {ref2}.", "The exchange is documented in {ref}; see also {ref2}.",
    "Both versions of the draft survive, in {ref} and in {ref2}.",
]
NOTE_PROTOCOL_NO_NAMES = [
    'The formal protocol for this session ("Vypiska iz Protokola No. {n} zasedaniya {organ} TsK KPSS ot {ru_date},"'
    ' in {ref}) indicates that the {body_short} "affirmed the draft."',
    'According to the formal protocol ({ref}), the {body_short} adopted the proposals without changes.',
]
NOTE_UNLISTED = [
    "{name}'s name is not listed among the participants, but the notes below indicate that he actively took part.",
    "{name} is not listed among those taking part, but he evidently attended.",
]
