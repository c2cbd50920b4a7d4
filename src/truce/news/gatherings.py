"""Meetings told by who took part in them, not by a verb of meeting, and meetings told as planned.

"The Rome meeting brought together Burns, Barnea and Kamel", "Taking part in the meeting in Rome were
Burns, Barnea and Kamel", "Participants in the meeting were ...": those named met (CAMEO 040, consult),
though no verb says they did.  "A meeting between Blinken and Netanyahu is planned for Monday", "further
talks are expected", "meetings with Netanyahu are on Blinken's schedule": the meeting is announced, a
future act that PLOVER's future rule codes as agreed (AGREE), as "Blinken is scheduled to meet
Netanyahu" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.clauses import SAYING
from truce.news.lexicon import CONSULTED, GATHERINGS, Lexicon
from truce.news.no_acts import AGENDAS, agenda_listing
from truce.news.phrases import ordinal_owner
from truce.news.triggers import several

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from truce.news.arguments import SentenceActors
    from truce.news.mentions import ActorRef

_LANDMARKS = frozenset({"before", "after", "following", "ahead", "eve", "amid"})  # events set in time
_CLAUSES, _GATHERING = ("acl", "relcl", "advcl"), frozenset({"involve", "include", "bring"})
_AMONG = frozenset({"with", "between", "among"})  # who took part in a round of talks
_SETTINGS = frozenset({"in", "during", "over"})  # talks as the setting of an act
_HOLDING, _TOPICAL = frozenset({"hold", "conduct"}), frozenset({"on", "over", "about"})  # "talks on X held"
_VISIT = "042"

__all__ = ["announced", "gathered", "givers", "jointly", "landmark", "noun_parties", "participants_named",
           "planned_parties", "their_meeting", "to_the_press", "with_partner"]

_COOPERATED = "060"  # CAMEO engage in material cooperation
_RECIPROCAL = frozenset({"talk", "negotiate", "confer", "haggle", "bargain"})  # with several parties as
# subject: a meeting
_PROGRESS = frozenset({"headway", "progress"})  # made by several parties: their talks
_PARTICIPANTS = frozenset({"participant", "attendee", "participants", "attendees"})
# Frames that announce what they are said of: "is planned / scheduled / set / due / expected / anticipated"
_SCHEDULING = frozenset({"schedule", "scheduled", "plan", "planned", "set", "due", "slate", "slated",
                         "expect", "expected", "anticipate", "anticipated"})
_TAKING_PLACE = frozenset({"take", "happen", "occur", "resume", "go"})  # "are expected to take place"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "both"})  # "between A and both B and C"


def gathered(tok: Token, lexicon: Lexicon) -> tuple[str, int] | None:
    """Who met, named after the meeting: "The Rome meeting brought together Burns, Barnea and Kamel"
    (a meeting as subject), "Taking part in (Attending, Present at, Participants in) the meeting in Rome
    were Burns, Barnea and Kamel" (the participants after the copula): a consultation (040) by those
    named, (code, index of the first)."""
    lemma = tok.lemma_.lower()
    if lemma == "bring" and any(c.lower_ == "together" for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        named = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subject is None or lexicon.event_nouns.get(subject.lower_) not in GATHERINGS:
            return None
    elif tok.tag_ == "VBG" and tok.i == tok.sent.start and any(c.dep_ == "dobj" and (
            (lemma == "take" and c.lower_ == "part") or
            (lemma == "attend" and lexicon.event_nouns.get(c.lower_) in GATHERINGS)) for c in tok.children):
        # "Taking part in (Attending) the session were ...": the parser makes the participle the root or
        # the copula's clausal subject, and the names its object or subject
        copula = next((t for t in tok.sent if t.lemma_ == "be" and t.i > tok.i), None)
        named = next((c for c in (*tok.children, *(copula.children if copula is not None else ()))
                      if c.dep_ in ("attr", "nsubj", "dobj") and c.pos_ == "PROPN" and copula is not None and
                      c.i > copula.i), None)
    elif (listed := participants_named(tok, lexicon)) is not None:
        named = listed
    else:
        return None
    return (CONSULTED, named.i) if named is not None else None


def their_meeting(noun: Token, resolve: Callable[[Token], list[ActorRef]]) -> \
        tuple[list[ActorRef], list[ActorRef]] | None:
    """"Blinken told Herzog in their meeting that ...", "... during their talks": the meeting of the verb's
    subject with its object, "their" standing for the two (source, target); else None."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) or verb.pos_ != "VERB":
        return None
    subjects = [r for c in verb.children if c.dep_ == "nsubj" for r in resolve(c)]
    others = [r for c in verb.children if c.dep_ in ("dobj", "dative") for r in resolve(c)]
    return (subjects, others) if subjects and others else None


def givers(first: Token, code: str, actors: SentenceActors) -> list[ActorRef]:
    """The actors a giver of an act names (``first``, with its coordinates); of a meeting whose first
    participant named is a person, every person named in the list it heads, which the parser may break at
    their offices ("Present were William Burns of the CIA, David Barnea of the Mossad and ...")."""
    refs = actors.resolve(first)
    if code != CONSULTED or not refs or not all(r.person for r in refs):
        return refs
    listed = (actors.found.get(k) for k in range(first.left_edge.i, first.right_edge.i + 1))
    return list({r.name: r for r in (*refs, *(r for r in listed if r is not None and r.person))}.values())


def participants_named(verb: Token, lexicon: Lexicon) -> Token | None:
    """"Participants in the meeting in Rome were (included) Burns, Barnea and Kamel", "Among the
    participants were ...", "Those attending the session included ...", "Present at the meeting were
    Burns and Barnea", "Burns and Barnea were present at the meeting": the copula (or *include*) names
    who met; the first name, else None."""
    lemma = verb.lemma_.lower()
    if lemma not in ("be", "include"):
        return None
    names = [c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubj") and c.i > verb.i and (
        c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children))]  # "the
    # CIA's director, William Burns"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not names and not subjects:
        return None

    def at_gathering(word: Token, preps: tuple[str, ...] = ("in", "at")) -> bool:
        return any(lexicon.event_nouns.get(g.lower_) in GATHERINGS for p in word.children
                   if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj")

    def attending(those: Token) -> bool:  # "Those attending the session", "those at the meeting", "those
        return those.lower_ == "those" and (at_gathering(those, ("at",)) or any(  # taking part in the talks"
            a.dep_ == "acl" and ((a.lemma_ == "attend" and any(
                lexicon.event_nouns.get(o.lower_) in GATHERINGS for o in a.children if o.dep_ == "dobj")) or (
                (a.lemma_ == "participate" or any(o.lower_ == "part" for o in a.children)) and
                at_gathering(a))) for a in those.children))

    among = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children]
    participants = any(c.dep_ == "nsubj" and ((c.lemma_.lower() in _PARTICIPANTS and at_gathering(c)) or
                                              attending(c)) for c in verb.children) or any(
        (p.lemma_.lower() in _PARTICIPANTS and at_gathering(p)) or attending(p) for p in among)  # "Among the
    # participants in (at) the talks were ...", "Among those attending the talks were ..."
    present = [c for c in verb.children if lemma == "be" and c.dep_ == "acomp" and c.lower_ == "present" and
               at_gathering(c, ("at",))]  # "Present at the meeting were A and B", "A and B were present"
    if names and (participants or any(c.i < verb.i for c in present)):
        return names[0]
    return subjects[0] if subjects and any(c.i > verb.i for c in present) else None


def announced(noun: Token) -> tuple[bool, Token | None]:
    """A meeting noun told as planned: the subject of a scheduling frame ("is planned for Monday",
    "are expected to take place", "is due"), on someone's agenda ("are on Blinken's schedule",
    "Blinken's itinerary calls for a meeting with Netanyahu"), lined up ("Blinken has meetings lined up
    with Netanyahu") or what one is due somewhere for ("is due in Egypt for talks").  The second item is
    the agenda's owner, who is to meet, when the agenda names one."""
    listing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
    agenda = agenda_listing(listing) if noun.dep_ in ("dobj", "pobj") else None
    if agenda is not None:
        return True, next((c for c in agenda.children if c.dep_ == "poss"), None)
    if (noun.dep_ == "dobj" and noun.head.lemma_ == "have" and _lined_up(noun)) or _due_at(noun):
        return True, None  # "Blinken has meetings lined up with Netanyahu", "is due in Egypt for talks"
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False, None
    head = noun.head
    if head.lemma_.lower() in _TAKING_PLACE and head.dep_ == "xcomp":
        head = head.head
    frames = (head, *(c for c in head.children if c.dep_ == "acomp"))
    if any(f.lemma_.lower() in _SCHEDULING or f.lower_ in _SCHEDULING for f in frames):
        # "talks are expected to be held by the mediators": the verb tells the act, and who holds it
        told = any(c.dep_ == "xcomp" and c.lemma_.lower() not in _TAKING_PLACE for c in head.children)
        return not told, None
    agendas = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "on"
               for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in AGENDAS]
    if head.lemma_ == "be" and agendas:
        return True, next((c for c in agendas[0].children if c.dep_ == "poss"), None)
    return False, None


def _lined_up(noun: Token) -> list[Token]:
    """The participle that tells a meeting noun as arranged: "meetings lined up (set up, scheduled,
    planned) with Netanyahu"."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        c.lemma_.lower() in _SCHEDULING or (c.lemma_.lower() in ("line", "set") and any(
            p.dep_ == "prt" and p.lower_ == "up" for p in c.children)))]


def _due_at(noun: Token) -> list[Token]:
    """The place where one is due for a meeting noun ("Blinken is due in Egypt for talks")."""
    copula = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or copula.lemma_ != "be":
        return []
    return [o for a in copula.children if a.dep_ == "acomp" and a.lower_ in _SCHEDULING for p in a.children
            if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children if o.dep_ == "pobj"]


def _sides_split_at(between: Token) -> int | None:
    """Where the second side of "between A and B" begins: the *and* before a determiner ("between
    mediators from Cairo and Doha and the Israeli negotiators"), or the only *and* of the phrase ("between
    Blinken and Israel's premier, Netanyahu, as well as Gallant").  None when it cannot be told."""
    span = between.doc[between.i + 1:between.right_edge.i + 1]
    ands = [t for t in span if t.lower_ == "and" and t.dep_ == "cc"]
    before_determiner = [t for t in ands if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _DETERMINERS]
    chosen = before_determiner[:1] or (ands if len(ands) == 1 else [])
    return chosen[0].i if chosen else None


def planned_parties(noun: Token, resolve: Callable[[Token], list[ActorRef]], sources: list[ActorRef],
                    targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """Who is to meet whom at a meeting told as planned, or None when it is not told so.  The owner of
    the agenda it is on is to meet; "a meeting between A and B is planned": A is to meet B (the first side
    named agrees to meet the second, as in "A is scheduled to meet B")."""
    future, owner = announced(noun)
    if not future:
        return None
    targets = targets or [r for c in _lined_up(noun) for p in c.children if p.dep_ == "prep" and p.lower_ ==
                          "with" for o in p.children if o.dep_ == "pobj" for r in resolve(o)] or [
        r for place in _due_at(noun) for r in resolve(place) if not r.person]  # the host of the visit
    if owner is not None and (owned := resolve(owner)):  # "talks with A and B are on Blinken's agenda":
        sources, targets = owned, targets or [r for r in sources if r not in owned]  # his, with them
    counted = (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    between = next((p for h in (noun, noun.head, *counted) for p in h.children  # "rounds of talks between"
                    if p.dep_ in ("prep", "agent") and p.lower_ == "between"), None)
    split = _sides_split_at(between) if between is not None else None
    if between is not None and split is not None:
        refs = [r for o in between.children if o.dep_ == "pobj" for r in resolve(o) if r.kind != "agent"]
        first, second = [r for r in refs if r.start < split], [r for r in refs if r.start > split]
        if first and second:
            return first, second
    return sources, targets


def jointly(tok: Token) -> str | None:
    """An act several parties are told to do together: talking, negotiating or conferring with no
    object, or making headway ("Egyptian, Qatari and American negotiators have made headway on a plan":
    in their talks), is meeting ("delegations from Russia and the United States talked", CAMEO 040); acting
    "together" or "in a joint operation" is cooperating ("Mexico and the United States are working
    together", "Spanish and Moroccan police dismantled a cell in a joint operation", CAMEO 06,
    COOPERATE); else None."""
    reciprocal = (tok.lemma_.lower() in _RECIPROCAL and not any(c.dep_ == "dobj" for c in tok.children)) or \
        _headway(tok)
    joint = tok.lemma_.lower() not in SAYING and any(  # not "said in a joint statement": no act
        a.lower_ in ("joint", "combined") for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "amod")
    together = joint or any(c.dep_ == "advmod" and c.lower_ == "together" for c in tok.children)
    if not (reciprocal or together) or not _several_subjects(tok):
        return None
    return CONSULTED if reciprocal else _COOPERATED


def _headway(verb: Token) -> bool:
    """Whether a verb tells progress made ("made headway", "made progress", "moved forward"), not in
    something named ("made headway in their talks": the talks tell the meeting)."""
    lemma = verb.lemma_.lower()
    if any(p.dep_ == "prep" and p.lower_ == "in" for h in (verb, *verb.children) for p in h.children):
        return False
    if lemma == "make":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PROGRESS for c in verb.children)
    return lemma == "move" and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("forward", "ahead")
                                   for c in verb.children)


def landmark(noun: Token, verb: Token, lexicon: Lexicon) -> bool:
    """An event noun after a preposition of time on a verb whose subject is itself an event ("Blinken's trip
    came shortly before talks in Egypt", "the visit comes on the eve of negotiations"): a landmark in time,
    whose agents the verb's subject does not name."""
    prep = noun.head
    word = prep.head.lower_ if prep.lower_ == "of" else prep.lower_  # "ahead of", "on the eve of"
    events = lexicon.event_nouns
    return noun.dep_ == "pobj" and word in _LANDMARKS and any(
        c.dep_ == "nsubj" and (c.lower_ in events or c.lemma_.lower() in events) for c in verb.children)


def with_partner(noun: Token) -> bool:
    """An event noun with its own partner ("a call with Biden"), an act apart from the clause's."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def to_the_press(noun: Token) -> bool:
    """A briefing, conference or meeting with the press ("a press briefing", "a news conference"): a
    public statement (CAMEO 010), no consultation between parties."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ("press", "news", "media")
               for c in noun.children)


def noun_parties(tok: Token, actors: SentenceActors) -> tuple[list[ActorRef], list[ActorRef]]:
    """The agents and partners an event noun names: its possessor, *of*, *between / among / by*,
    *involving*, *that brought together* (all but *by* also on its place), *for* a person on a visit;
    *with / to* its partners; what the round or days of it name (``_round_parts``).  Talks with several
    parties and no agent ("two days of negotiations with Israel, Egypt and Qatar") are theirs; for
    "their", see ``their_meeting``."""
    lexicon, resolve = actors.lexicon, actors.resolve
    sources: list[ActorRef] = []
    targets: list[ActorRef] = []
    visit = lexicon.event_nouns.get(tok.lower_) == _VISIT
    placed = (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in c.children
              for g in o.children if (g.dep_ == "prep" and g.lower_ in ("between", "among")) or (
                  g.dep_ in _CLAUSES and g.lemma_.lower() in _GATHERING))
    counted = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    for child in (*tok.children, *placed, *_round_parts(tok, counted, lexicon), *_held_by(tok)):
        preps = (child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP"))  # "with X and
        objects = [g for p in preps for g in p.children if g.dep_ == "pobj"] + [  # with Y"; "with X taking
            s for g in child.children if g.dep_ == "pcomp" for s in g.children if s.dep_ == "nsubj"]  # part"
        if child.dep_ == "poss":  # "told Herzog in their meeting": the teller's meeting with Herzog
            sources, targets = their_meeting(tok, resolve) or (resolve(child), targets)
        elif child.dep_ in ("prep", "agent") and (child.lower_ in ("between", "among", "by") or
                                                  (child.lower_ == "of" and not sources)):
            for obj in objects:
                sources = resolve(obj)
        elif child.dep_ == "prep" and child.lower_ == "for" and visit:  # "the ninth visit for Blinken"
            sources = [r for o in objects for r in resolve(o) if r.person] or sources
        elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
            named = {r.name: r for o in objects for r in resolve(o)}
            targets = list(named.values()) or targets
        elif (child.dep_ == "compound" or child.lower_ == "in") and not targets and visit:  # the place
            targets = [r for c in (child, *objects) for r in resolve(c) if not r.person]
        elif child.dep_ in _CLAUSES and child.lemma_.lower() in _GATHERING:
            for obj in (g for g in child.children if g.dep_ in ("dobj", "npadvmod")):
                sources = resolve(obj)
        elif child.dep_ == "relcl" and child.lemma_.lower() in lexicon.light_verbs and not sources:
            for subject in (g for g in child.children if g.dep_ == "nsubj"):  # "the trip Blinken made"
                sources = resolve(subject)
    sources = sources or [r for o in (*ordinal_owner(tok), *_talks_of_subjects(counted)) for r in resolve(o)]
    # "is his ninth"; "failed to reach a deal in two days of talks": the subjects' talks
    if not sources and len(targets) > 1 and counted.dep_ in ("nsubj", "nsubjpass") and (
            counted is tok or counted.lemma_.lower() in lexicon.quantities):
        return targets, []
    return sources, targets


def _round_parts(tok: Token, counted: Token, lexicon: Lexicon) -> list[Token]:
    """What the round, days or series of an event noun tell of it: a clause ("a round of talks, bringing
    together X and Y"), and, unless the noun has its own possessor, a named possessor ("Blinken's round of
    diplomacy": his) and the parties after *with / between / among* ("a round of talks, with X and Y at
    the table")."""
    if counted is tok:
        return []
    owned = counted.lemma_.lower() in lexicon.quantities and not any(c.dep_ == "poss" for c in tok.children)
    return [c for c in counted.children if c.dep_ in _CLAUSES or (owned and (
        (c.dep_ == "poss" and c.tag_ != "PRP$") or (c.dep_ == "prep" and c.lower_ in _AMONG)))]


def _held_by(tok: Token) -> list[Token]:
    """The parties of talks told by the participle that holds them: "talks held in Cairo by Israel and
    Egypt", "discussions held between X and Y", also where the parser hangs the participle on the
    topic ("talks on a truce held by X and Y")."""
    topics = (o for c in tok.children if c.dep_ == "prep" and c.lower_ in _TOPICAL for o in c.children
              if o.dep_ == "pobj")
    held = (c for c in (*tok.children, *(a for o in topics for a in o.children))
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HOLDING)
    return [g for c in held for g in c.children if g.dep_ in ("prep", "agent")]


def _talks_of_subjects(noun: Token) -> list[Token]:
    """Several parties named as the subject of the clause that talks are the setting of (*in*, *during*,
    *over*): theirs ("Israel, Egypt and Qatar failed to reach a deal in two days of talks")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in _SETTINGS else None
    if verb is None or verb.pos_ != "VERB":
        return []
    return _several_subjects(verb)


def _several_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` that name several parties, or its governor's when a complement without a
    subject of its own shares them ("Israel and Egypt spent two days negotiating")."""
    clause = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    return [c for c in clause.children if c.dep_ == "nsubj" and several(c)]
