"""Actor phrases of several words the parse path reads: who a proposal is by, agent nouns of several
words, state bodies named by their seat, names built of several words and arguments the tagger
misread (helpers of :mod:`truce.news.arguments`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.clause_readings import ordinal
from truce.news.dates import CALENDAR_NAMES
from truce.news.lexicon import FORCE, GATHERINGS, STATE_AGENTS
from truce.news.mentions import ActorRef

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from spacy.tokens import Token

    from truce.news.lexicon import Lexicon

__all__ = ["at_door", "attack_noun", "author_words", "borne_by_arms", "broken_names", "compound_agent",
           "coordinated_subject", "doers", "group_name", "half_of_pair", "head_office", "head_title",
           "hyphen_pair", "hyphenated", "in_chain", "joined_by_hyphen", "members_listed", "named_body",
           "names_in", "nominal_argument", "office_holder", "ordinal_owner", "origins", "placed_event",
           "proposing", "seat", "state_arm", "with_participles"]

_STATE_ARMS = frozenset({"administration", "government", "cabinet", "army", "military", "force", "police"})
# Making, issuing or imposing a thing, and the verbs of creating a text or a plan (Levin 1993, 26.4 and
# 26.7: "the terms drafted by Israel", "the plan drawn up by Egypt", "the conditions laid down by Hamas").
_MAKING = frozenset({"make", "issue", "deliver", "voice", "give", "extend", "provide", "impose", "set",
                     "draft", "write", "author", "craft", "formulate", "draw", "lay", "devise", "design",
                     "compose", "prepare"})
_PRESENTING = frozenset({"present", "submit", "unveil", "table", "float"})  # a proposal put so: its author's
_ORIGINS, _SPEAKING_FOR = frozenset({"from", "for"}), frozenset({"represent", "speak"})  # see origins
# Adjectives that count, rank, relate or hedge a group rather than say what kind it is, no part of its name
# ("two other rebel groups", "the main Hutu rebel groups", "rival military factions", "suspected jihadists")
_UNCLASSIFYING = frozenset({"other", "rival", "main", "several", "many", "some", "few", "various", "numerous",
                            "both", "all", "most", "more", "further", "new", "remaining", "last", "first",
                            "suspected", "alleged", "presumed", "apparent", "young"})


def proposing(verb: Token, lexicon: Lexicon) -> bool:
    """A participle that names who proposed, offered or ordered what it modifies ("a truce proposed
    by A, B and C", "the plan put forward by X", "the truce ordered by Putin"): CAMEO's appeals and
    proposals (02), offers (03), demands and orders (10), *put forward*, which the dictionary files
    under 045, *put on the table*, and presenting, submitting, unveiling or tabling it.  Who brokered,
    backed, signed or holds it is no author of it."""
    from truce.news.triggers import verb_code

    code = verb_code(verb, lexicon) or ""
    tabled = verb.lemma_.lower() in _PRESENTING or any(  # "the offers Hamas had put on the table"
        p.lower_ == "on" and any(o.lower_ == "table" for o in p.children) for p in verb.children)
    return code[:2] in ("02", "03", "10") or tabled or (code == "045" and any(
        c.lower_ == "forward" for c in verb.children))


def ordinal_owner(noun: Token) -> list[Token]:
    """Whose act a noun is, said by a copula with an ordinal ("The visit is Blinken's ninth", "The trip
    is the ninth (that) Blinken has made", "was his first since the war"): the possessor of the
    ordinal, or the subject of the relative clause on it (also when the parser read the ordinal as a
    modifier of that subject and the clause as the copula's complement)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return []
    counts = [c for c in noun.head.children if c.dep_ in ("attr", "acomp") and c.i > noun.i and ordinal(c)]
    misread = [s for c in noun.head.children if c.dep_ == "ccomp" for s in c.children
               if s.dep_ == "nsubj" and any(o.dep_ == "amod" and ordinal(o) for o in s.children)]
    return [g for c in counts for g in c.children if g.dep_ == "poss"] + [
        s for c in counts for r in c.children if r.dep_ == "relcl" for s in r.children if s.dep_ == "nsubj"
    ] + misread


def origins(token: Token) -> list[Token]:
    """Where an agent noun is from or for, or whom it represents or speaks for ("mediators from Egypt",
    "negotiators for the government", "officials representing Israel", "a forum that speaks for X"), also
    hung on the first of two conjuncts when it follows the last ("an Israeli delegation and officials from
    Egypt"), or on the verb right after the noun's phrase ("got a briefing from mediators from Egypt")."""
    later = [c for c in token.head.children if c.i > token.i] if token.dep_ == "conj" else []
    later += [c for c in token.head.head.children if c.i == token.i + 1] if token.dep_ == "pobj" else []
    return [g for c in (*token.children, *later) if (c.dep_ == "prep" and c.lower_ in _ORIGINS) or (
        c.dep_ in ("acl", "relcl") and c.lemma_ in _SPEAKING_FOR)
        for g in (*c.children, *(o for p in c.children if p.lower_ == "for" for o in p.children))
        if g.dep_ in ("pobj", "dobj")]


def doers(token: Token) -> list[Token]:
    """Who did what a weapon or an attack names: the subject or agent of a clause on it ("an airstrike it
    carried out", "a drone launched by the Houthis") or its own *by* ("an attack by the Houthis")."""
    found = [d for clause in token.children if clause.dep_ in ("relcl", "acl")
             for subject in clause.children if subject.dep_ in ("nsubj", "agent")
             for d in ([subject] if subject.dep_ == "nsubj" else
                       [g for g in subject.children if g.dep_ == "pobj"])]
    return found + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                    if g.dep_ == "pobj"]


def author_words(token: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who made or owns a thing by the clause on it: the agents of a participle or a passive relative ("the
    remarks made by Netanyahu", "a truce proposed by A and B", "the offers that had been made by Hamas"),
    the owner of "targets belonging to Hezbollah" and the subjects of a relative clause ("the remarks
    Netanyahu made", "the proposals Hamas had offered", "the building where Hamas leaders met").  Only a
    clause that makes, issues, sets or imposes the thing, proposes a proposal, or says where counts: who
    signed or backed a thing, or proposed one other than a proposal, is no author ("the deal Hamas
    signed", "the deal signed by Hamas", "the watchtowers Israel proposed")."""
    proposal = token.lower_ in lexicon.proposals or token.lemma_.lower() in lexicon.proposals
    making = [c for c in token.children if c.lemma_.lower() in _MAKING or (proposal and proposing(c, lexicon))
              or (c.dep_ == "relcl" and any(a.lower_ == "where" for a in c.children))]
    by = [g for c in making if (c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "relcl" for b in c.children
          if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
    by += [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() == "belong" for p in c.children
           if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]  # "targets belonging to Hezbollah"
    return by, [g for c in making if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]


def attack_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun that names an attack ("raids", "offensive", "bombing"): force among the lexicon's nouns."""
    lower = token.lower_
    return (lexicon.light_nouns.get(lower) or lexicon.event_nouns.get(lower) or "")[:2] in FORCE


def borne_by_arms(token: Token, lexicon: Lexicon) -> bool:
    """A weapon, or an attack borne by weapons or by air ("air raids", "drone attacks"), that its owner
    wields through its armed forces ("Israeli airstrikes", annotation rule 6); not one with a possessive,
    which, as with any event noun ("Israel's decision"), names the agent itself ("its strike", "Russia's
    missile strike"; a day's possessive, "Saturday's strike", names none)."""
    armed = token.lower_ in lexicon.weapons or (attack_noun(token, lexicon) and any(
        c.dep_ == "compound" and (c.lower_ in lexicon.weapons or c.lower_ == "air") for c in token.children))
    return armed and not any(c.dep_ == "poss" and c.lower_ not in CALENDAR_NAMES for c in token.children)


def with_participles(noun: Token) -> list[Token]:
    """A noun's dependents and those of a participle in -ing on it ("a drone crashing into Tel Aviv")."""
    participles = [a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBG"]
    return [*noun.children, *(g for a in participles for g in a.children)]


def placed_event(token: Token, lexicon: Lexicon) -> bool:
    """A gathering, a war, a truce or a text agreed at one, which a name before it places ("the Doha
    talks", "the Gaza war", "a Gaza cease-fire", "the Beijing declaration", "the Minsk agreements")
    rather than says whose it is (a plan or a proposal is named after its author: "the Biden plan")."""

    truces = lexicon.synsets.get("ceasefire", ())
    return lexicon.event_nouns.get(token.lower_) in GATHERINGS or \
        token.lemma_.lower() in _PLACED or hyphenated(token) in truces


def state_arm(token: Token) -> bool:
    """A state's government, forces or police named with the state's modifier ("the Biden
    administration", "the Israeli military", "Georgian police")."""
    return token.lemma_.lower() in _STATE_ARMS and any(c.dep_ in ("amod", "compound") for c in token.children)


def compound_agent(token: Token, lexicon: Lexicon) -> str | None:
    """An agent noun of several words whose head alone is none ("the Chinese coast guard",
    "Azerbaijani border guards"): the dictionary's phrase of the noun and the compounds before it,
    when a determiner or an owner makes it a particular body; else None."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not words or not any(c.dep_ in ("amod", "poss", "det") for c in token.children):
        return None  # "army officers seized power": generic, as "officers" is
    head = " ".join(c.lower_ for c in words)
    return lexicon.agents.get(f"{head} {token.lower_}") or \
        lexicon.agents.get(f"{head} {token.lemma_.lower()}")


def seat(token: Token, agent: str, found: dict[int, ActorRef]) -> list[Token]:
    """"The junta in Niger", "the defence ministry in Damascus": a state body *in* a place that
    stands for a state (a country code in the dictionary) is that state's, also when the parser
    hung the place on the verb right after its object."""
    role = token.dep_ in ("nsubj", "nsubjpass", "dobj") or (  # or the agent of a passive: "rejected by
        token.dep_ == "pobj" and token.head.dep_ == "agent")  # the foreign ministry in Cairo"
    if agent[:3] not in STATE_AGENTS or not role or not any(c.lower_ == "the" for c in token.children):
        return []  # "rallied outside parliament in Tbilisi" (parsed as an object): a place
    near = [c for c in token.head.children if c.i == token.right_edge.i + 1] \
        if token.dep_ == "dobj" else []
    return [g for c in (*token.children, *near) if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.i in found and len(found[g.i].code or "") == 3]


def nominal_argument(token: Token) -> bool:
    """A word the tagger read as an adjective or a verb that the parser made a subject or object
    ("dismissed Hamas's counterproposal", *counterproposal* tagged ADJ; "Civilian envoys from Israel",
    *envoys* tagged VBZ): an argument all the same."""
    return (token.pos_ == "ADJ" or token.tag_ in ("VBZ", "VBP")) and \
        token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        any(c.dep_ in ("poss", "det", "amod") for c in token.children)


def joined_by_hyphen(token: Token) -> bool:
    """A word joined to another by a hyphen ("Egyptian-Qatari", "Israel-Hezbollah")."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_) or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_)


def hyphen_pair(token: Token, found: dict[int, ActorRef]) -> list[Token]:
    """The other half of a hyphenated pair of names with a demonym ("Egyptian" of "Egyptian-Qatari", "US"
    of "US-Israeli"), when both halves name actors: the pair names both authors, as "Egyptian and Qatari"
    would.  Two nouns name sides, not authors ("the Israel-Hezbollah fighting")."""
    doc = token.doc
    k = token.i - 2 if token.i > 1 and doc[token.i - 1].text == "-" else token.i + 2
    return [doc[k]] if token.i in found and k in found and found[k] != found[token.i] and \
        joined_by_hyphen(token) and "ADJ" in (token.pos_, doc[k].pos_) else []


def half_of_pair(token: Token, found: dict[int, ActorRef]) -> bool:
    """A word joined by a hyphen to one that is no name ("Egyptian" of "Egyptian-backed"): it alone would
    name a wrong author.  Not a hyphen inside one name ("Al-Shabaab"), nor a pair of names."""
    one_name = token.i in found and found[token.i].end - found[token.i].start > 1
    return joined_by_hyphen(token) and not one_name and not hyphen_pair(token, found)


_CHAIN = frozenset({"compound", "nmod", "appos", "conj", "cc", "amod", "punct"})


def in_chain(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs on ``head`` through name-building relations only."""
    while token.i != head.i:
        if token.dep_ not in _CHAIN or token.head.i == token.i:
            return False
        token = token.head
    return True


def group_name(token: Token) -> str:
    """The name of a group of people an agent noun stands for, as written: the noun with the modifiers
    that say what kind of group it is ("Kenyan protesters", "Pro-Russian fighters", "Darfur rebel
    movements"), without determiners, numbers, owners and words that only count or rank it ("two other
    rebel groups": "rebel groups"); the first letter in capitals."""
    kept = [token]
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ not in _UNCLASSIFYING and \
                not child.like_num:
            kept += [t for t in child.subtree if t.dep_ not in ("det", "nummod", "poss", "advmod", "case")]
    words = sorted(kept, key=lambda t: t.i)
    text = "".join(t.text + (t.whitespace_ if k < len(words) - 1 and words[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(words)).strip()
    return text[:1].upper() + text[1:]


def members_listed(appos: Token) -> bool:
    """"a delegation to Cairo, among them Mossad chief David Barnea, ...": the apposition lists members
    of the noun, who are not what it stands for."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in appos.children)


def head_title(token: Token) -> bool:
    """The title of a head of state or government: *president*, *premier*, *prime minister*, *leader*."""
    return office_title(token) in ("president", "prime minister", "leader")


def head_office(token: Token, found: dict[int, ActorRef], last: ActorRef | None,
                lexicon: Lexicon) -> ActorRef | None:
    """"The Prime Minister's Office", "the office of Israel's prime minister" with no person named: the
    government of the state the sentence names (in the office's own words first), else of ``last``, the
    last actor named before, when it is a state; the same words name every state's office."""
    titles = [c for c in token.children if c.dep_ == "poss"] + [  # "the office of Israel's prime minister"
        g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
        if g.dep_ == "pobj"]
    if token.lower_ != "office" or not any(head_title(t) for t in titles):
        return None
    states = [r for t in (*token.subtree, *token.sent) if t.i in found for r in (found[t.i],)
              if not r.person and (len(r.code or "") == 3 or (r.code or "")[3:6] == "GOV")]
    state = states[0] if states else last
    if state is None or state.person or not state.code:
        return None
    code = state.code[:3] + "GOV"
    name = lexicon.name_of_code(code) or state.name
    return ActorRef(name, code, False, token.left_edge.i, token.i + 1, "nominal")


def named_body(token: Token, found: dict[int, ActorRef]) -> ActorRef | None:
    """A body a noun names with its state's modifier, not the state (the state says where it is from):
    one named inside its compound ("Israel's Histadrut trade union federation"), or the group of that
    state named before it in the sentence ("Israel blamed Hezbollah, a charge the Lebanese group
    denied")."""
    states = {found[c.i].code for c in token.children if c.dep_ in ("poss", "amod") and c.i in found and
              len(found[c.i].code or "") == 3}
    if not states:
        return None
    inside = [found[t.i] for t in token.subtree if t.i in found and _compounded(t, token)]
    bodies = [r for r in inside if not r.person and len(r.code or "") > 3]
    if not bodies and token.lemma_.lower() in _GROUPS and any(c.lower_ == "the" for c in token.children):
        codes = {k: r.code or "" for k, r in found.items() if k < token.i and not r.person}
        bodies = [found[k] for k, c in sorted(codes.items(), reverse=True)
                  if c[:3] in states and len(c) > 3 and c[3:6] not in STATE_AGENTS]
    return bodies[0] if bodies else None


_PLACED = frozenset({"war", "conflict", "declaration", "accord", "agreement", "treaty", "protocol",
                     "communique"})
_TITLE_WORDS = frozenset({"president", "emir", "premier", "minister", "leader", "secretary", "head",
                          "diplomat"})
_GROUPS = frozenset({"group", "movement", "organisation", "organization", "militia"})


def names_in(token: Token, found: dict[int, ActorRef]) -> list[ActorRef]:
    """The actor a modifier names, or for a compound one named in its own compounds ("Houthi" in "the
    Houthi drone strike", where "drone" modifies "strike"), when it is a body or person, not a state."""
    if token.i in found or token.dep_ != "compound" or token.head.pos_ != "NOUN":  # not a title before a name
        return [found[token.i]] if token.i in found else []
    return [found[t.i] for t in token.subtree if t.i in found and _compounded(t, token) and
            len(found[t.i].code or "") != 3][:1]  # a group's, not a place's ("its Hong Kong affairs office")


def _compounded(token: Token, head: Token) -> bool:
    """Whether ``token`` modifies ``head`` through compounds only ("Histadrut" in "Histadrut trade union
    federation")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        if token.i == head.i:
            return True
    return False


def office_holder(token: Token, owners: Callable[[Token], list[ActorRef]], found: dict[int, ActorRef],
                  lexicon: Lexicon, day: dt.date | None) -> ActorRef | None:
    """"... held the Israeli prime minister responsible", "the U.S. secretary of state urged": a person
    named by office and state (the state's modifier among the token's ``owners``).  A head of state or
    government (*president*, *premier*, *prime minister*) is the one person of that state's government
    the sentence names (``found``), if it names one; else any office is its holder on ``day`` (the
    offices of ``additions.yaml``; with no state written, the office its title alone names there, as
    "the secretary of state").  "A U.S. president" or a "former" one is any, no one in office."""
    title = office_title(token)
    if title is None or any(c.lower_ in ("a", "an", "former", "ex") for c in token.lefts):
        return None
    of = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"  # "the prime minister of Qatar"
          for g in p.children if g.i in found and len(found[g.i].code or "") == 3]  # a state
    states = {(r.code or "")[:3] for r in (*owners(token), *(found[g.i] for g in of)) if not r.person} or {""}
    holders = {r.name: r for r in found.values()
               if r.person and (r.code or "")[:3] in states and (r.code or "")[3:6] == "GOV"}
    if head_title(token) and len(holders) == 1:
        return next(iter(holders.values()))
    entries = [e for s in sorted(states) if (e := lexicon.holder(s, title, day)) is not None] if day else []
    if len(entries) != 1:
        return None
    entry = entries[0]
    code = entry.code_on(day) if day is not None else None
    return ActorRef(entry.name, code, True, token.left_edge.i, token.i + 1, "nominal")


def office_title(token: Token) -> str | None:
    """The office a noun names, as ``additions.yaml``'s ``offices`` write it: "prime minister" (also
    "premier", "head of government"), "foreign minister" (also "top diplomat"), "defence minister",
    "secretary of state",
    "supreme leader", "leader", "president" (also "head of state"), "emir"; else None."""
    word = token.lower_
    if word not in _TITLE_WORDS:
        return None
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if word in ("president", "emir"):
        return word
    if word == "premier" or (word == "minister" and "prime" in mods):
        return "prime minister"
    if word == "minister" and mods & {"foreign", "defence", "defense"}:
        return "foreign minister" if "foreign" in mods else "defence minister"
    if word == "diplomat":  # "the top U.S. diplomat", "Israel's chief diplomat": the foreign minister
        return "foreign minister" if mods & {"top", "chief"} else None
    if word == "leader":  # "the Israeli leader": the head of its government (no office of its own)
        return "supreme leader" if "supreme" in mods else "leader"
    of = {g.lower_ for p in token.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    if word == "head":  # "Qatar's head of government", "Egypt's head of state"
        return "prime minister" if "government" in of else "president" if "state" in of else None
    return "secretary of state" if word == "secretary" and "state" in of else None


def hyphenated(token: Token) -> str:
    """A word with the words hyphenated before it, lower-case ("cease-fire", "sit-ins"); the parser
    makes the last part the head."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i : token.i + 1].text.lower() if i < token.i else token.lower_


def coordinated_subject(pronoun: Token) -> Token | None:
    """The coordinated subject of the clause a plural pronoun is in ("Egypt, Qatar and the U.S. made headway
    in their talks"): its antecedent, all of it (Chomsky 1981: the nearest antecedent that binds it)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for clause in (verb, verb.head):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.right_edge.i < pronoun.i and subject.conjuncts else None
    return None


def at_door(prep: Token) -> bool:
    """The idiom *lay something at someone's door*: blame them ("at Israel's door")."""
    return prep.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() == "door" for o in prep.children)


def broken_names(prep: Token, found: dict[int, ActorRef]) -> list[Token]:
    """Names after a preposition that the parser broke into an absolute clause ("with the families of
    people held captive", "held" made a clause with "families" its subject): the name's head word."""
    return [s for c in prep.children if c.dep_ == "pcomp" for s in c.children
            if s.dep_ == "nsubj" and s.i in found and c.i < found[s.i].end]
