"""Verbs that tell no act where they stand, whatever code the CAMEO dictionary gives them.

A wish or a hope (CAMEO's comments, 01-02, which PLOVER drops; annotation rule 2), staying where one
is, the course of talks ("the talks broke up": the talks were held, which their noun codes), a question
put ("asked whether ..."; "Asked if ..., Biden replied") and a yes or no answering it, a claim of
one's own act ("Israel claimed its strike killed Deif", "claims to have killed Deif": the act is told as
said), naming or describing
("called the proposal delusional", "described the attack as a blow"), a consequence ("..., leading to a
lasting truce"), a view argued or a point granted ("argued that ...", "conceded that ..."), a removal
from office ("dismissed his cabinet"), a vote held with no side taken ("voted on the maps"), an
obligation ("needed to commit"), the phase of an act told by its complement ("went on to urge"), an
attempt ("aimed to persuade"), the use of something to do the act its complement tells ("used jets to
strike"), travelling home ("went home": a return, no visit; "Palestinians going back north"), an
agenda listing a meeting ("the itinerary calls for a meeting": the meeting is planned), heading one's
delegation with no destination or a body named in a relative clause on a person (a role), parties that
disagree among themselves (a state) and an event that "took place" (its noun is the act).
:func:`told_no_act` says whether a verb is one of them; :func:`truce.news.triggers.verb_code` then
gives it no code (after naming an offence, which charges: "called the strike state terrorism").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.dates import CALENDAR_NAMES
from truce.news.delegations import DELEGATIONS, HEADING, TO
from truce.news.lexicon import GATHERINGS, Lexicon, plover_type

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AGENDAS", "CHOOSING", "INSTRUMENTAL", "NAMING", "agenda_listing", "answer_given", "told_no_act"]

_SIDES = frozenset({"for", "against", "down", "through"})  # "voted for (against) the maps", "voted down"
_ANSWERING = frozenset({"say", "reply", "answer", "respond", "give"})  # "gave a one-word answer: No"
AGENDAS = frozenset({"schedule", "agenda", "itinerary", "calendar", "programme", "program"})
# What an agenda lists ("Blinken's itinerary calls for / includes a meeting with Netanyahu"): the
# meeting, planned (truce.news.gatherings.announced); the verb is no appeal or act of its own
_LISTING = frozenset({"call", "include", "foresee", "envisage", "envision", "feature", "list"})

# Using something to do an act ("used 100 jets to strike Hezbollah"): the complement is the act, told as
# the verb is (as after a verb of phase), and the verb of use is none of its own
INSTRUMENTAL = frozenset({"use", "employ"})
# Choosing to do something ("opted to stay away", "chose to sit out"): the choice is the act its
# complement tells, told as the verb of choice is
CHOOSING = frozenset({"opt", "choose", "elect"})

# with a predicate (or "as"): naming or describing, not calling or attacking
NAMING = frozenset({"call", "term", "brand", "label", "dub", "describe", "characterise", "characterize"})
_COURSE = frozenset({"break", "collapse", "resume", "continue", "stall", "falter", "founder", "begin",
                     "start", "open", "drag", "restart", "reopen", "proceed", "end", "conclude", "close"})
_STAYING = frozenset({"remain", "stay"})
# Heading one's delegation or team, with no destination (CAMEO's "lead * delegation", 036, reads an intent
# to negotiate into it): a role (truce.news.delegations)
# Travelling home ("the delegation went home", "flew home"): a return, no visit (CAMEO files "go" and
# "travel" with visits, 04); sending one's envoys home (a transitive "flew its team home") is coded apart
_TRAVEL = frozenset({"go", "travel", "fly", "head", "return", "come"})
# Conative verbs (Levin 1993, 1.3; Huddleston & Pullum 2002, ch. 14): trying or aiming to do something
_CONATIVE = frozenset({"aim", "try", "attempt", "strive", "endeavour", "endeavor"})
_VIEWS = frozenset({"argue", "concede", "admit", "acknowledge"})  # with a clause: what one holds true
# Verbs of the reciprocal alternation (Levin 1993, 2.5: "Brenda disagreed with Molly" / "Brenda and Molly
# disagreed"): with the parties coordinated as subject, a state between them, no act of one on the other
_DIFFERING = frozenset({"disagree", "differ"})
_QUESTIONS = frozenset({"matter", "issue", "question", "case"})  # what is decided, not a decision
_DECLINING = frozenset({"decline", "refuse"})
_COMMENTING = frozenset({"comment", "say", "speak", "elaborate"})  # declining to: no stance taken
_ASSURING = frozenset({"assure", "reassure"})  # with a clause: the act the clause tells, reported or promised
_KNOWING = frozenset({"know", "believe", "think", "realise", "realize", "understand"})  # "conceded that he
# knew ...": a view granted, as of anyone else, not a point yielded
_OWN = frozenset({"it", "its", "they", "their", "we", "our"})


def _acts(verb: Token, lexicon: Lexicon) -> bool:
    """A verb with a code that PLOVER keeps, or a light verb that takes its object's."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.light_verbs or any(plover_type(s.code) for s in lexicon.verbs.get(lemma, ())
                                                if s.code)


def told_no_act(tok: Token, lexicon: Lexicon) -> bool:
    """Whether verb ``tok`` tells no act of its own here (see the module)."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon.desires or lemma in _STAYING or _course_of_talks(tok, lexicon) or (
            tok.dep_ in ("xcomp", "acomp") and tok.tag_ == "VBN" and tok.head.lemma_.lower() in _STAYING):
        return True  # a wish; staying where one is ("troops would remain along the corridor", "stay
        # deployed", "remain stationed there": a state kept, no act)
    if (lemma in lexicon.aspectual or lemma in _CONATIVE or lemma in CHOOSING) and any(
            c.dep_ == "xcomp" for c in tok.children):
        return True  # "went on to urge Hamas": the phase of the act its complement tells; "aiming to
        # persuade both sides", "seeking to end the war": an attempt, which its complement tells
    if lemma in _DECLINING and any(c.dep_ == "xcomp" and c.lemma_.lower() in _COMMENTING
                                   for c in tok.children):
        return True  # "declined to comment", "refused to say anything about the killing": no stance taken
    if lemma == "seek" and any(c.dep_ == "xcomp" and _acts(c, lexicon) for c in tok.children):
        return True  # "seeking to persuade both sides": an attempt at an act, which its complement tells
        # ("sought to vet Palestinians returning", with no act named, asks it of others: CAMEO's request)
    if lemma in INSTRUMENTAL and any(c.dep_ == "xcomp" and _acts(c, lexicon) for c in tok.children):
        return True  # "used 100 jets to carry out strikes": the strikes (but "used tear gas to disperse
        # the crowd" keeps CAMEO's pattern of use, 175, since dispersing is no act in PLOVER)
    if lemma == "need" and any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                               for c in tok.children):
        return True  # "insisting that Israel needed to commit": an obligation, no demand
    if lemma in _ASSURING and any(c.dep_ == "ccomp" for c in tok.children):
        return True  # "assured Blinken that Israel had embraced the plan": a report of the act, no promise;
        # "that Israel would not pull out": the act (or refusal) the clause tells is what is promised
    if lemma in _VIEWS and any(c.dep_ == "ccomp" and (lemma == "argue" or not _of_oneself(c) or _known(c))
                               for c in tok.children):
        return True  # "officials have argued that a truce is the surest way ...": a view told, no dispute;
        # "conceded that not everybody will go along": granted as true, nothing yielded ("conceded that
        # he had lost the election" yields)
    if lemma == "vote" and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prt", "intj") or c.tag_ == "UH" or (
            c.dep_ == "prep" and (c.lower_ in _SIDES or any(  # a side taken, not the vote's place or time
                g.lower_ in ("favour", "favor") for g in c.children))) or (
            c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)) for c in tok.children):
        return True  # "when ministers voted on the maps": a vote held, no side taken ("voted for", "voted
        # yes", "voted to approve" take one)
    if lemma in _TRAVEL and any(c.lower_ == "home" for c in tok.children) and not any(
            c.dep_ == "dobj" for c in tok.children):
        return True  # "went home the following day": a return, no visit
    if lemma in HEADING and any(c.dep_ == "dobj" and c.lemma_ in DELEGATIONS for c in tok.children) and \
            not any(c.dep_ == "prep" and c.lower_ in TO for c in tok.children):
        return True  # "led a Hamas delegation out of Cairo": a role, as in "a delegation led by X"
    if agenda_listing(tok) is not None or _state_told(tok, lexicon):
        return True  # "the itinerary calls for a meeting with X": the meeting, planned; a state or a role
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children):
        return True  # "Blinken's visit took place ...": the visit is the act, which its noun codes
    return (lemma == "ask" and _question_put(tok)) or answer_given(tok) or (lemma == "claim" and any(
        (c.dep_ == "ccomp" and _own_doing(c)) or c.dep_ == "xcomp" for c in tok.children)) or (
        lemma in NAMING and _naming(tok, lexicon)) or (lemma == "lead" and _consequence(tok)) or (
        lemma == "dismiss" and _removal(tok, lexicon))


def _state_told(verb: Token, lexicon: Lexicon) -> bool:
    """A state or a role the verb tells, no act: an office held, named in a relative clause on a person
    ("Haniyeh, who led Hamas politically", "Deif, who led its armed wing"); parties that disagree among
    themselves ("Israel and Hamas still disagree on the corridor": no charge of one against the other);
    a question decided with no decision told; people going back home (:func:`_people_returning`)."""
    lemma, children = verb.lemma_.lower(), list(verb.children)
    if lemma in HEADING and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
        return not any(c.lower_ in lexicon.event_nouns or c.lower_ in TO for c in children)
    if lemma in _DIFFERING and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return any(c.dep_ == "nsubj" and c.conjuncts for c in children)
    if lemma == "decide":  # "when the cabinet decided (the matter) on Thursday": a question settled, no
        return not any(c.dep_ in ("xcomp", "ccomp", "advcl") or (  # decision told ("decided to keep
            c.dep_ == "dobj" and c.lemma_.lower() not in _QUESTIONS) or (  # troops there", "decided on
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "against") and any(  # the maps")
                g.dep_ in ("pobj", "pcomp") and g.lower_ not in CALENDAR_NAMES for g in c.children))
            for c in children)
    return _people_returning(verb)


def _people_returning(verb: Token) -> bool:
    """A participle of going back or returning said of people in the plural ("Palestinians returning to
    northern Gaza", "civilians heading back north"): their return home, as "went home" is, no visit."""
    lemma = verb.lemma_.lower()
    people = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    return verb.tag_ == "VBG" and (lemma == "return" or (lemma in _TRAVEL and any(
        c.lower_ == "back" for c in verb.children))) and any(p.tag_ in ("NNS", "NNPS") for p in people)


def agenda_listing(verb: Token) -> Token | None:
    """The agenda that is the subject of a verb listing what is on it ("Blinken's schedule calls for
    meetings", "the programme includes talks"), else None."""
    if verb.lemma_.lower() not in _LISTING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in AGENDAS), None)


def _question_put(ask: Token) -> bool:
    """"asked whether / how ...": a question, not a request; "Asked if ..., X replied": put to X."""
    return any(c.dep_ in ("ccomp", "advcl") and _question(c) for c in ask.children) or (
        ask.tag_ == "VBN" and ask.dep_ == "advcl" and not any(c.dep_ == "auxpass" for c in ask.children))


def answer_given(verb: Token) -> bool:
    """""No," Biden said when asked whether ...; "Asked if ..., Biden gave a one-word answer: No": a yes or
    no given to a question put, an answer, no refusal or consent of anything proposed."""
    return verb.lemma_.lower() in _ANSWERING and any(
        c.dep_ == "intj" and c.lower_ in ("no", "yes") for c in verb.children) and any(
        c.dep_ == "advcl" and c.lemma_.lower() == "ask" and _question_put(c) for c in verb.children)


def _naming(tok: Token, lexicon: Lexicon) -> bool:
    """"called the proposal delusional" (the adjective parsed as the object), "described the attack as a
    blow": a view of it; "Calling the counterproposal delusional, Netanyahu rejected it" (the adjective
    parsed as a modifier of the object): naming it, no call to anyone."""
    if tok.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and
                                            c.i == tok.i + 1 for c in tok.children):
        return False  # "called for a list of the hostages still alive": an appeal, whatever hangs after it
    if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") or
           (c.dep_ == "dobj" and c.pos_ == "ADJ") for c in tok.children):
        return True
    return tok.lemma_.lower() == "call" and tok.tag_ == "VBG" and any(
        c.dep_ == "dobj" for c in tok.children) and not any(
        c.dep_ in ("dobj", "prt", "prep") and (c.pos_ == "PROPN" or c.lower_ in lexicon.agents or
                                              c.lower_ in ("on", "upon", "for")) for c in tok.children)


def _consequence(lead: Token) -> bool:
    """"..., leading to a permanent cease-fire": a consequence, no one led anywhere."""
    return lead.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "to" for c in lead.children) and \
        not any(c.dep_ == "dobj" for c in lead.children)


def _removal(dismiss: Token, lexicon: Lexicon) -> bool:
    """"dismissed his cabinet", "the army chief", "Gallant": removed from office."""
    return any(w.lower_ in lexicon.agents or w.lemma_.lower() in lexicon.agents or
               (w is c and w.pos_ == "PROPN")
               for c in dismiss.children if c.dep_ == "dobj" for w in (c, *c.lefts) if w.dep_ != "poss")


def _course_of_talks(tok: Token, lexicon: Lexicon) -> bool:
    """A verb telling the course of talks or a meeting, its subject ("talks between Colombo and the
    Tigers broke up", "the negotiations collapsed", "talks resumed"): no act of its own (CAMEO files
    "break" with attacks); the talks were held, which their noun codes."""
    return tok.lemma_.lower() in _COURSE and any(
        c.dep_ == "nsubj" and lexicon.event_nouns.get(c.lower_) in GATHERINGS for c in tok.children)


def _own_doing(clause: Token) -> bool:
    """A clause whose doer is its speaker, named by a pronoun ("it had killed", "its strike killed")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _OWN or any(
        p.dep_ == "poss" and p.lower_ in _OWN for p in c.children)) for c in clause.children)


def _known(clause: Token) -> bool:
    """A clause of knowing or believing ("he knew ...", "he was aware ...")."""
    return clause.lemma_ in _KNOWING or any(c.lower_ == "aware" for c in clause.children)


def _of_oneself(clause: Token) -> bool:
    """A clause whose subject is a personal pronoun, told of the one who speaks ("he had lost")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in clause.children)


def _question(clause: Token) -> bool:
    """An embedded question: "whether" or "if", or a wh-word ("how mediation could succeed")."""
    return any((c.dep_ == "mark" and c.lower_ in ("whether", "if")) or c.tag_ in ("WRB", "WP", "WDT")
               for c in clause.children)
