"""Event triggers: the CAMEO code of a verb, a light verb's event noun, a threat of force.

A verb of the CAMEO dictionary (by lemma; with its particle, *meet with*,
*rule out*) takes the code of its most specific matching pattern
(:mod:`truce.news.patterns`) over the words of its arguments in the parse
(PETRARCH's head-noun matching).  A light verb (*held talks*, *issued a
warning*) takes its object's code, a firing verb with a weapon object
(*launched rockets*) is an attack, and a commitment whose content is force
is a threat (PLOVER THREATEN; CAMEO 138).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from truce.news.acts import DE_ESCALATION, HALTS, counted
from truce.news.appeals import wanted_of_others
from truce.news.charges import charged_clause, named_an_offence, rhetorical_charge
from truce.news.clause_readings import named_by_free_relative
from truce.news.clauses import SAYING, clause_for, scope
from truce.news.lexicon import CONSULTED, CRITICISED, FORCE, GATHERINGS, Lexicon, plover_type
from truce.news.no_acts import NAMING, answer_given, told_no_act
from truce.news.patterns import ArgumentWords, candidate_senses, choose_among
from truce.news.phrases import hyphenated, with_participles

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["NAMING", "THREAT_OF_FORCE", "argument_words", "commanded", "hostile", "left_feeling",
           "light_code", "several", "verb_code"]

THREAT_OF_FORCE = "138"
_APPEAL = "020"  # CAMEO make an appeal or request
_DEMANDED = "100"  # CAMEO demand
_DENIED, _DENIALS = "120", frozenset({"denial", "rebuttal"})  # CAMEO reject; a statement that denies
_PLEAS = frozenset({"appeal", "plea"})  # statements that appeal
_PROPOSAL, _ACCEPTED = "045", "057"  # CAMEO mediate (a proposal made, in the annotation rules); agree
# Light verbs that put a proposal or plan forward, and those that accept one; with others ("held",
# "restored") the verb keeps its own code
_PRESENTING = frozenset({"make", "issue", "offer", "extend", "announce", "present", "hand", "submit",
                         "unveil", "send", "convey", "transmit", "tender", "raise", "lay", "put", "deliver",
                         "launch", "release"})
_ACCEPTING = frozenset({"approve", "sign", "reach", "conclude"})
_OFFER, _UNVEILING = "030", frozenset({"present", "unveil", "lay", "table", "submit"})
_PROVIDING = frozenset({"present", "provide", "hand"})  # "presented X with Y": Y is what is given
_MADE_KNOWN = frozenset({"known", "clear", "plain", "public"})  # "made known its discontent"
_ATTACK = "190"
_ADVERB_OBJECTS = frozenset({"no", "yes", "that"})  # "voted no"; "the terms that it released" ("that"
# parsed as an adverb)
_TIMES = frozenset({"day", "week", "month", "year", "morning", "evening", "night", "weekend"})
_PROJECTILES = frozenset({"rocket", "missile", "drone", "shell", "mortar", "bomb", "projectile"})  # lemmas
_DIRECTIONS = frozenset({"at", "toward", "towards", "into", "over", "across", "onto", "against"})
_WITHHOLDING = frozenset({"back", "off"})
# not "must", "should"; "wo" and "ca" as the tokenizer splits "won't" and "can't"
_REPORTING_MODALS = frozenset({"would", "will", "wo", "could", "can", "ca", "may", "might"})
_EXERCISE, _ALERT = "062", "152"  # CAMEO military cooperation (joint exercises); raising alert status
_DISPATCHING = frozenset({"send", "dispatch", "deploy"})  # forces sent to do an act (see commanded)
# Blockading, occupying, surrounding (CAMEO 191, 192): holding ground, what forces sent somewhere do there
_HOLDING = frozenset({"191", "192", "surround", "encircle", "besiege", "blockade", "occupy"})
_PARTS = frozenset({"rest", "remainder", "bulk"})  # nouns of a partitive, no counts ("hundreds of")
_PARTAKING = frozenset({"participate", "join", "engage"})  # in an act, as one takes part in it
_ACCUSED = "112"  # CAMEO accuse


def verb_code(tok: Token, lexicon: Lexicon) -> str | None:
    """The CAMEO code of a verb of the dictionary (by lemma, else form): its senses' best pattern."""
    lemma = tok.lemma_.lower()
    if lemma in NAMING and named_an_offence(tok, lexicon):
        return CRITICISED  # "called the decision a war crime", "described the strike as terrorism": a charge
    if rhetorical_charge(tok, lexicon) is not None:
        return CRITICISED  # "asked how mediation could work when one side assassinates the negotiator"
    if lemma in lexicon.desires and any(wanted_of_others(c) for c in tok.children):
        return _DEMANDED  # "wanted the hostages freed": a state of things others are to bring about
    if told_no_act(tok, lexicon):
        return None  # a wish, a question, naming, a consequence ... (truce.news.no_acts)
    on = [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in ("on", "upon")]
    if lemma == "call" and (any(clause_for(c) for c in tok.children) or (on and any(
            c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
            for c in (*tok.children, *on[0].children)))):  # the parser may hang "to accept" on "on"
        return _APPEAL  # "called for Israel to pull out", "were called on by Biden to resist": an appeal for
        # what the clause says (CAMEO 02), in either voice
    if lemma in SAYING and charged_clause(tok, lexicon) is not None:
        return _ACCUSED  # "said Russia was responsible for the poisoning", "... was behind the attack"
    said_in = {o.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
               for o in c.children if o.dep_ == "pobj"} if lemma in SAYING else set()
    if said_in & _DENIALS or said_in & _PLEAS:  # "said in a denial that Israel had not agreed": denied it;
        return _DENIED if said_in & _DENIALS else _APPEAL  # "added in an appeal": appealed for it
    senses = lexicon.verbs.get(lemma) or lexicon.verbs.get(tok.lower_)
    if not senses:
        return None
    if lemma in lexicon.demand_or_say and any(c.dep_ == "ccomp" and _told(c) for c in tok.children):
        return None  # "insisted it remained committed": a statement (a subjunctive "pull out" demands)
    particles = [c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "agent", "advmod")
                 and c.i > tok.i]  # a particle follows its verb: not "after which Burns went over them"
    return choose_among(candidate_senses(senses, particles), argument_words(tok), lexicon)


def _told(clause: Token) -> bool:
    """A clause in the indicative ("it remained committed", "Israel would stay"), not the subjunctive a
    demand takes; a past spelled as the base form ("that Israel's forces quit") may be either, and a
    verb of demanding takes it as its subjunctive."""
    past = clause.tag_ == "VBD" and clause.lower_ != clause.lemma_.lower()
    return clause.tag_ == "VBZ" or past or any(
        a.dep_ in ("aux", "auxpass") and (a.tag_ in ("VBD", "VBZ") or a.lower_ in _REPORTING_MODALS)
        for a in clause.children)


def light_code(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """A light verb takes the code of its event-noun object ("issued a warning", "held talks"):
    (code, index of the object)."""
    lemma, idiom = tok.lemma_.lower(), _idiom(tok, lexicon)
    if answer_given(tok):  # "said no when asked whether ...", "gave a one-word answer: No" (no_acts)
        return None
    if idiom is not None:  # casting doubt is no act, unless the doubt is a rhetorical charge (verb_code)
        return None if idiom[0] == "" and rhetorical_charge(tok, lexicon) is not None else idiom
    withheld = _WITHHOLDING | ({"up"} if lemma == "give" else set())  # "gave up its demand", not "kept up"
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in withheld for c in tok.children):
        return None  # "held back its reply", "put off the talks": not the act the noun names
    continued = _continued(tok, lexicon)
    if lemma not in lexicon.light_verbs and lemma not in lexicon.firing_verbs and not continued and \
            lemma not in lexicon.aspectual and lemma not in lexicon.concluding and not _part(tok):
        return None
    nouns = lexicon.light_nouns
    relative = [tok.head] if _object_relative(tok) else []  # "a proposal that Israel had submitted"
    given = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" and lemma in _PROVIDING
             for g in p.children if g.dep_ == "pobj"]  # "presented the mediators with their response"
    for own in (*tok.children, *_named_objects(tok), *continued, *relative, *given):
        child = counted(own, lexicon)  # "opened two days of talks": the talks, the verb's object
        if child.dep_ in ("dobj", "nsubjpass", "pobj", "oprd", "attr") or child in continued or \
                own in relative:
            code = nouns.get(hyphenated(child)) or nouns.get(_premodified(child)) or nouns.get(child.lower_) \
                or lexicon.event_nouns.get(child.lower_) or nouns.get(child.lemma_.lower())
            # the verb takes the noun's code: a light verb, a phase of it ("kept up attacks"), or talks
            # concluded ("wrapped up two days of talks": the talks were held)
            taken = lemma in lexicon.light_verbs or child in continued or (
                lemma in lexicon.aspectual and own.dep_ == "dobj") or (
                lemma in lexicon.concluding and own.dep_ == "dobj" and code in GATHERINGS)
            if (lemma in lexicon.firing_verbs and child.lower_ in lexicon.weapons) or (
                    lemma == "send" and _projectiles_aimed(tok, own, child)):
                code = _ATTACK
            elif not taken:
                code = None
            if code == _EXERCISE and not _joint(tok, child):
                code = _ALERT  # drills of one side alone are a show of force (MOBILIZE), not cooperation
            if code == _PROPOSAL and lemma not in _PRESENTING:  # a proposal approved or signed is accepted
                code = _ACCEPTED if lemma in _ACCEPTING else None  # (AGREE), not put forward
            if code == _OFFER and lemma in _UNVEILING and any(  # "laid out what he said was an Israeli
                    m.dep_ in ("amod", "poss", "compound") and m.tag_ != "PRP$" for m in child.children):
                code = _PROPOSAL  # offer": another's offer presented, a proposal put forward (mediation)
            if code is not None:
                return code, child.i
    part = _part(tok)
    return (CONSULTED, part[0].i) if part else None  # "took part in the Rome meeting (in the vote)": attended


def _continued(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a verb of phase goes on with ("went on bombing villages": after *on*, also parsed as its compound
    or a clause) or one takes part in ("took part in raids", "participated in it"): the verb is that act."""
    lemma, part = verb.lemma_.lower(), _part(verb)
    holders = [verb, *part] if lemma in lexicon.aspectual or lemma in _PARTAKING or part else []
    prep = "on" if lemma in lexicon.aspectual else "in"
    return [n for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == prep
            for g in c.children if g.dep_ in ("pobj", "pcomp")
            for n in (g, *(m for m in g.children if m.dep_ == "compound"))]


def _part(verb: Token) -> list[Token]:
    """The object of "take part"."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part" and verb.lemma_ == "take"]


def _projectiles_aimed(verb: Token, own: Token, noun: Token) -> bool:
    """Projectiles sent in a direction are fired ("sent hundreds of rockets over the border", "sent a drone
    crashing into Tel Aviv"); sent *to* someone they are supplied (CAMEO's pattern, aid)."""
    if noun.lemma_.lower() not in _PROJECTILES:
        return False
    nouns = {own, noun, *own.conjuncts, *noun.conjuncts,  # "sent 320 rockets and drones toward": the parser
             *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN")}  # may hang one on the verb
    return any(c.dep_ == "prep" and c.lower_ in _DIRECTIONS
               for c in (*verb.children, *(g for n in nouns for g in with_participles(n))))


def _joint(verb: Token, noun: Token) -> bool:
    """Drills held together: "joint", "with" a partner, or two coordinated subjects."""
    return any(c.lower_ in ("joint", "combined") for c in noun.children) or \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children)) or \
        any(c.dep_ == "nsubj" and several(c) for c in verb.children)


def several(subject: Token) -> bool:
    """A subject naming two or more parties: coordinated ("India and Japan"), with coordinated
    modifiers ("Indian and Saudi troops") or coordinated owners ("the navies of India and Japan")."""
    owners = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for o in p.children if o.dep_ == "pobj"]
    modifiers = [m for m in subject.children if m.dep_ in ("amod", "compound", "poss")]
    return bool(subject.conjuncts) or any(t.conjuncts for t in (*owners, *modifiers))


def _premodified(noun: Token) -> str:
    """The noun with the adjective or noun right before it that modifies it, lower-case ("red lines")."""
    before = noun.doc[noun.i - 1] if noun.i else noun
    modifies = before.head.i == noun.i and before.dep_ in ("amod", "compound")
    return f"{before.lower_} {noun.lower_}" if modifies else noun.lower_


def _object_relative(verb: Token) -> bool:
    """Whether a relative clause's noun is the verb's object: the relative word is its object ("the
    proposal that Israel had submitted"), or a "that" the parser read as a mark where the verb has no
    object or complement of its own ("four conditions that the office published"), or as an adverb."""
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "dobj" and c.lower_ in ("that", "which")
                                            for c in verb.children):
        return True
    return verb.dep_ == "relcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "that"
                                        for c in verb.children) and \
        not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lemma_.lower() not in _TIMES  # "the following
                for c in verb.children)  # day" read as an object is a time


def _named_objects(tok: Token) -> list[Token]:
    """The object of a light verb named by a free relative ("launched what it called pre-emptive strikes";
    :func:`truce.news.clause_readings.named_by_free_relative`), or moved after the complement of *make*
    ("made known its discontent", "made clear its opposition": the parser hangs it on the adjective)."""
    named = (named_by_free_relative(c) for c in tok.children if c.dep_ == "ccomp")
    shifted = [o for c in tok.children if tok.lemma_.lower() == "make" and c.lower_ in _MADE_KNOWN
               for o in c.children if o.dep_ == "dobj"]
    return [n for n in named if n is not None] + shifted


def commanded(tok: Token, lexicon: Lexicon, codes: dict[int, str]) -> Token | None:
    """The act a verb of command orders one's own armed forces to do ("ordered its troops to
    withdraw", "the army was told to prepare"), or an attack they are sent to make ("sent 100
    warplanes to bomb Hezbollah": the bombing, no deployment), else None."""
    if tok.lemma_.lower() in _DISPATCHING:  # the purpose, as a complement or an adverbial clause; sent
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and any(  # somewhere ("into
            a.lower_ == "to" for a in c.children)), None)  # the streets to fight gangs"), a deployment
        code = codes.get(act.i, "") if act is not None else ""
        holding = act is not None and (code[:3] in _HOLDING or act.lemma_ in _HOLDING)
        if code[:2] not in FORCE or holding or any(c.dep_ == "prep" and c.lower_ in ("to", "into")
                                                   for c in tok.children):
            return None
    elif tok.lemma_.lower() in lexicon.commands:
        act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    else:
        return None
    forces = lexicon.synsets.get("military", frozenset()) | lexicon.synsets.get("weapon", frozenset()) | \
        lexicon.weapons  # its troops, or its ships, missiles or jets ("ordered submarines positioned")
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        agent = lexicon.agents.get(obj.lower_) or lexicon.agents.get(obj.lemma_.lower()) or ""
        if agent[:3] == "MIL" or obj.lower_ in forces or obj.lemma_.lower() in forces:
            return act
    return None


def left_feeling(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """A feeling left in someone ("the plan has left Hamas unhappy", "left Hamas discontented"): that one's
    stance, coded as being so is (the copula's idioms of ``additions.yaml``), with that one as its source:
    (code, index of who feels it); else None."""
    if tok.lemma_.lower() != "leave":
        return None
    feelings = lexicon.idioms.get("be", {})
    for feeling in (c for c in tok.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "dobj")):
        who = [g for g in (*feeling.children, *tok.children) if g.dep_ in ("nsubj", "compound", "dobj")
               and g.pos_ == "PROPN"]
        if feelings.get(feeling.lower_) and who:
            return feelings[feeling.lower_], who[0].i
    return None


def _idiom(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """A verb-noun idiom ("went on strike", "called a general strike"): (code, index of the noun)."""
    lemma = tok.lemma_.lower()
    if lemma not in lexicon.idiom_verbs:
        return None
    # the noun as object (also of a passive, "the crossing was reopened"), as a word of its own
    # ("said no"), as an adjective of result ("left forty people dead"), or after a preposition
    # anywhere in the verb's own clause ("put its role as mediator on hold")
    deeper: Iterable[Token] = ()
    if lemma in lexicon.idiom_prep_verbs:  # prepositions anywhere in the verb's own clause
        own = set(scope(tok))
        deeper = (t for t in tok.subtree if t.i in own and t.dep_ == "prep" and t.head.i != tok.i)
    for child in (*tok.children, *deeper):
        if child.dep_ == "prep":  # "pulled out of": the chained prepositions together
            chained = f"{child.head.lower_} " if child.head.dep_ in ("prep", "advmod") and \
                child.head.i != tok.i else ""  # "pulled out of", "stayed away from": what it hangs on, too
            key, nouns = f"{lemma} {chained}{child.lower_}", [g for g in child.children if g.dep_ == "pobj"]
            nouns += [g for n in nouns for p in n.children if p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"]  # "on the highest level of readiness"
        elif child.head.i == tok.i and (child.dep_ in ("dobj", "nsubjpass", "intj", "ccomp", "oprd", "acomp",
                                                       "advcl") or child.pos_ == "INTJ" or (  # "voted no
                child.dep_ == "advmod" and child.lower_ in _ADVERB_OBJECTS) or (  # on the maps" (an adverb)
                child.dep_ == "xcomp" and any(  # and X abstained": "no" parsed as punctuation
                c.dep_ == "dobj" for c in tok.children))):  # "holds Netanyahu fully to blame"
            # "declared martial law and a mobilisation"; "held Hezbollah responsible" (parsed as a modifier),
            # "reopened the Kerem Shalom crossing", "held him to blame" (parsed as a clause)
            phrasal = next((f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"), lemma)
            key = phrasal if phrasal in lexicon.idioms else lemma  # "set aside its demand"
            child = tok.head if child.lower_ in ("that", "which") and _object_relative(tok) else child  # "the
            # terms that it released": the relative's noun
            nouns = [child, *child.conjuncts, *(g for g in child.children if g.dep_ == "amod"),
                     *(g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")]  # "a state of emergency"
        else:
            continue
        for noun in nouns:
            known = lexicon.idioms.get(key, {})
            code = known.get(hyphenated(noun)) or known.get(noun.lower_)
            if code is not None:
                return code, noun.i
    return None


_UNDERGOING = frozenset({"face", "suffer", "pay"})  # "X would face punishment", "pay a price": done to X


def hostile(tok: Token, codes: dict[int, str], lexicon: Lexicon) -> bool:
    """A commitment whose content is force ("vowed revenge", "pledged to keep fighting") is a
    threat: PLOVER's THREATEN covers stated intentions of conflictual acts (CAMEO 138)."""
    for child in (c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")):
        if child.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "neg" for c in child.children):
            continue  # "decided not to strike Iran", "vowed not to attack", "assured Blinken that Israel
            # would not pull out": no force promised
        halts = [t for t in child.subtree if codes.get(t.i) == DE_ESCALATION or t.lemma_.lower() in HALTS]
        halts += [p for t in halts if t.dep_ == "dobj" for p in t.head.children
                  if p.dep_ == "prep" and p.lower_ in ("to", "on", "of") and p.i > t.i]  # the parser may hang
        # "to the offensive" on the verb whose object the halt is
        # "pledged to stop kidnapping", "to accept a halt to the offensive": no force promised
        stopped = {s.i for t in halts for s in t.subtree if s.i != t.i or t.dep_ == "prep"}
        # what the object's relative clause says describes it ("would not accept any deal that keeps
        # forces in Gaza"): no force promised
        stopped |= {s.i for t in child.children if child.dep_ == "dobj" and t.dep_ == "relcl"
                    for s in t.subtree}
        promised = lexicon.idioms.get(tok.lemma_.lower(), {})  # "pledged a penalty": a threat (130)
        for t in (t for t in child.subtree if t.i not in stopped):
            carried_out = _carried_out(t, tok, lexicon)
            if carried_out and (promised.get(t.lower_) or "")[:2] == "13":
                return True  # "vowed that Israel would face a harsh penalty", as "vowed a harsh penalty"
            code = codes.get(t.i) or ((lexicon.light_nouns.get(t.lower_) or lexicon.light_nouns.get(
                t.lemma_.lower()) or "") if carried_out else "")
            defaults = [s.code for s in lexicon.verbs.get(t.lemma_.lower(), ()) if s.code and (
                s.particle is None or s.particle in {c.lower_ for c in t.children})] \
                if t.pos_ == "VERB" else []  # "retaliate for": a verb of force whatever its pattern ("go
            # after": only with its particle)
            for found in (code, *defaults):
                mapped = plover_type(found) if found else None
                if mapped is not None and mapped[0] in ("ASSAULT", "COERCE"):
                    return True
    return False


def _carried_out(noun: Token, commitment: Token, lexicon: Lexicon) -> bool:
    """Whether a light noun in a commitment's content is an act promised ("vowed revenge", "pledged
    to launch strikes", "promised that Israel would face harsh punishment"), not one to be stopped
    ("offered to halt strikes")."""
    head = noun.head.lemma_.lower()
    return noun.head.i == commitment.i or noun.head.pos_ != "VERB" or head in lexicon.light_verbs or \
        head in lexicon.firing_verbs or head in lexicon.aspectual or head in _UNDERGOING


def argument_words(tok: Token) -> ArgumentWords:
    """Pattern words: the subject, each object's noun phrase (head and its left modifiers),
    and prepositional phrases of the verb and of its objects (PETRARCH's head-noun matching)."""
    before: list[str] = []
    after: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            before += _phrase(child)
        elif child.dep_ in ("prep", "agent"):
            words = [w for g in child.children if g.dep_ == "pobj" for w in _phrase(g)]
            preps.append((child.lower_, words))
        elif child.dep_ in ("dobj", "attr", "oprd", "dative", "prt", "acomp", "npadvmod", "advmod"):
            after += _phrase(child)
            preps += [(g.lower_, [w for o in g.children if o.dep_ == "pobj" for w in _phrase(o)])
                      for g in child.children if g.dep_ == "prep"]
        elif child.dep_ == "ccomp" and (named := named_by_free_relative(child)) is not None:
            after += _phrase(named)  # "unveiled what he termed a plan": the plan
    if not before and tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
        # a clause without its own subject shares its governor's ("troops began pulling out")
        before = [w for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for w in _phrase(c)]
    return ArgumentWords(before, after, preps)


def _phrase(token: Token) -> list[str]:
    """Forms and lemmas of a noun phrase's head and its left modifiers."""
    lefts = [c for c in token.lefts if token.pos_ != "PROPN" or c.dep_ == "compound"]  # a name's words, not
    words = [t for left in lefts for t in left.subtree] + [token]  # a description ("the visiting Blinken")
    if token.pos_ in ("ADJ", "DET", "PRON") or token.lemma_.lower() in _PARTS:  # a partitive ("the last
        words += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"  # of its troops") names
                  for o in p.children if o.dep_ == "pobj"]  # its whole (Huddleston & Pullum 2002, ch. 5)
    return [w for t in words for w in (t.lower_, t.lemma_.lower())]
