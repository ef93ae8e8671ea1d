"""Closed word lists the actor rules read (each with the reason it exists)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# fmt: off
# the sectors of an actor code (record-format.md)
SECTORS = _words("GOV MIL COP LEG JUD MED REF CVL OPP REB BUS")
# nouns whose possessor acts: "the UK's announcement" -> GBR-GOV, but "Ukraine's border" -> UKR
AGENTIVE_NOUNS = _words(
    "announcement decision statement move refusal call plan plans offer proposal response "
    "accusation accusations claim claims demand demands warning warnings position policy "
    "request decision threat threats denial insistence readiness willingness commitment "
    "pledge support condemnation protest sanctions deployment decree order ban intention "
    "reaction stance view assessment report note ultimatum"
)
LOCATIVE_PREPS = _words("in at near into inside outside around across toward towards")
PERSON_PRONOUNS = _words("he him his himself she her hers herself")
MASCULINE_PRONOUNS = _words("he him his himself")
# words that give a person's gender: "he" is no spokeswoman, "she" no spokesman
MASCULINE_WORDS = MASCULINE_PRONOUNS | _words(
    "spokesman spokesmen chairman king prince man husband father son brother mr sir lord "
    "congressman businessman policeman serviceman"
)
FEMININE_WORDS = (PERSON_PRONOUNS - MASCULINE_PRONOUNS) | _words(
    "spokeswoman spokeswomen chairwoman queen princess woman wife mother daughter sister mrs "
    "ms lady congresswoman businesswoman policewoman servicewoman"
)
GROUP_PRONOUNS = _words("they them their theirs themselves")
FIRST_PLURAL = _words("we us our ours ourselves")  # resolved outside quotations only
THING_PRONOUNS = _words("it its itself")
RELATIVE_PRONOUNS = _words("who whom whose which that")
EXPLETIVE_HEADS = _words("be seem appear remain take look become happen")
# surnames that are also common words or first names: only after the full name was seen
SURNAME_NEEDS_INTRO = _words(
    "may price austin brown miller hart bruce graham pope carter martin hunt dan costa "
    "charles harris kerry caine power anand gang ning jian yi un ii iii jr johnson smith "
    "wallace healey cooper kim bell kos frei rose gall walker porter tracy campbell patel "
    "blair kamp gram blok linde peach pavel dion conte champagne kovács bohdan serdyukov "
    "andersson morrison noem"
)
# capitals that are also common names elsewhere: no metonym
CAPITAL_STOPLIST = _words("victoria kingston georgetown male hamilton stanley douglas jamestown")
ENTITY_CATEGORIES = frozenset({"country", "demonym", "people", "metonym", "org"})
# words before a title that say it is not (or no longer) the office-holder
NOT_THE_HOLDER = _words("a an another one former ex then late acting deputy vice")
# modifiers saying a group has no one country: "Western troops", "foreign forces"
NO_COUNTRY = _words(
    "western foreign international multinational allied overseas unidentified unknown unmarked"
)
# plain words for people, who in a story about migrants are the migrants
GENERIC_PEOPLE = _words(
    "people person man woman men women child children family families victim victims "
    "husband wife son daughter mother father brother sister relative relatives parents"
)
# verbs whose subject commands the forces they take as object: "Poland sent soldiers"
COMMANDING_VERBS = _words(
    "send deploy dispatch station move mass amass mobilize mobilise position transfer "
    "withdraw pull relocate reposition keep have order commit bring gather concentrate "
    "assemble put place rotate pledge offer provide contribute base field use lead"
)
# nouns naming others than their possessor: "the US and its allies" are not the US
RELATIONAL_NOUNS = _words(
    "ally partner counterpart neighbour neighbor opponent enemy adversary rival"
)
QUANTIFIERS = _words("several many some dozens numerous most all few more")
SPONSOR_WORDS = _words("pro backed sponsored supported installed")
ROLE_STOPWORDS = _words("of the for and in to")
SUBJECT_DEPS = _words("nsubj nsubjpass")
GENERIC_STATES = _words("country nation state ally partner member government")
MODIFIER_DEPS = _words("amod compound poss nmod nummod det quantmod")
# sectors of institutions a report leaves unqualified when they are its own country's
# ("the Cabinet", "police", "the prosecutor's office")
HOME_SECTORS = _words("GOV MIL COP JUD LEG")
# nouns that can refer back to an intergovernmental body ("NATO ... the alliance"); other
# government nouns ("the ministry", "the regime") are a country's
SUPRANATIONAL_NOUNS = _words(
    "alliance bloc union organisation organization commission council agency body mission "
    "coalition grouping community secretariat institution bank court"
)
# words that make a title another office: "press secretary" is not "the secretary"
TITLE_QUALIFIERS = _words(
    "press deputy assistant under vice parliamentary permanent executive principal"
)
# people who act as a group of civil society (or protest) even with no country named:
# "volunteers brought soup" -> UNK-CVL, "protesters in Vilnius" -> LTU-OPP
CIVIC_ACTORS = _words("activist volunteer protester demonstrator medic")
# sector nouns that are also information or a trade when bare and no subject ("shared
# intelligence", "a source of intelligence")
INFORMATION_NOUNS = _words("intelligence counterintelligence")
# nouns naming a civil-society group its members come from ("medics from the X group")
CIVIC_GROUP_NOUNS = _words(
    "group network foundation organisation organization association initiative collective "
    "charity movement coalition centre center society"
)
# sectors whose bodies keep their name on the mention (media, firms, civil society)
NAMED_SECTORS = _words("MED BUS CVL")
# words that make a capitalised "Centre", "Service" ... a state body, not civil society
STATE_WORDS = _words(
    "national state federal defence defense military army border police security control "
    "government ministry presidential operational joint intelligence federation republic"
)
# nouns that refer back to the institution named last: "the border guard ... The service"
INSTITUTION_NOUNS = _words(
    "service agency body committee bureau department organisation organization institution"
)
# "The five were held", "the two": a number that refers back to a group counted before
NUMBER_ARGUMENT_DEPS = _words("nsubj nsubjpass dobj pobj")
DEFINITE_DETS = _words("the these those")
# "officers" alone are border or police officers where the text is about the border
OFFICER_WORDS = _words("officer officers")
BORDER_WORDS = _words("border frontier fence crossing checkpoint migrant refugee asylum")
# fmt: on
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})
