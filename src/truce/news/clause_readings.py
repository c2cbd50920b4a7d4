"""How a clause that hangs on another is told: as fact or as the content of a noun.

A clause the parser hangs on another word is mostly background or content (truce.news.clauses), but
some constructions tell it as fact, as a main clause: an it-cleft and a count of occasions put it in
focus (Lambrecht 1994, *Information Structure and Sentence Form*), a relative clause on what a verb of
showing points out tells the subject's own stance, a relative clause on the pivot of an existential
clause tells what the existential introduces, and a main clause the parser made the complement
of a verb of saying in the noun phrase that sums it up after a comma is still the main clause; a
clause of time in the past tense tells a past act, and the content of a message one leaves with what
one says.  A
*that* clause on a noun, on the other hand, is what the reports, claims or fears say.  A reporting verb
set off by commas ("Hamas, Israel charged, had broken the truce") is an aside on the clause it
interrupts or follows, whichever of them the parser made the head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.appeals import DEMAND_NOUNS, demand_stated, obligation_told, stressed_need
from truce.news.dates import CALENDAR_NAMES
from truce.news.delegations import delegation_acts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["INVERTING", "according_to", "aside_content", "chosen_not_to", "conditions", "demand_summed_up",
           "inverted_condition", "judged", "judged_by", "made_clear", "main_clause", "message_carried",
           "named_by_free_relative", "ordinal", "reading_code", "reported_by_aside", "said_by_noun",
           "summing_up", "told_as_fact"]

_SHOWING = frozenset({"signal", "indicate", "identify", "outline", "list", "name", "specify", "show", "flag",
                      "point", "highlight", "spell"})  # "spelled out issues on which it refuses ..."
_UNACCEPTABLE = frozenset({"unacceptable", "intolerable", "inadmissible"})
INVERTING = frozenset({"should", "had", "were"})
"""Auxiliaries that open a condition by inversion ("should Netanyahu accept", "had they known")."""
_NON_STARTERS = frozenset({"non-starter", "nonstarter", "no-go", "dealbreaker", "deal-breaker"})
# Verbs that judge their object by a complement ("deemed the deal unacceptable", "called it intolerable").
_JUDGING = frozenset({"call", "deem", "consider", "find", "judge", "brand", "term", "declare"})
_RESPONSIBLE = frozenset({"responsible", "accountable", "culpable"})  # found to blame: accused
_MESSAGES = frozenset({"message", "statement", "declaration", "word", "announcement", "assertion"})
_UNTRUE = frozenset({"untrue", "false", "baseless", "unfounded", "groundless", "incorrect"})
_CHOOSING = frozenset({"opt", "choose", "decide", "elect"})
_OUTLETS = frozenset({"statement", "interview", "post", "speech", "message", "letter", "briefing"})  # "in a"
_TIMES = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "weekend", "hour", "moment"})


def ordinal(word: Token) -> bool:
    """An ordinal or a word of order ("ninth", "first", "latest")."""
    return word.lower_ in ("first", "second", "third", "latest", "last") or word.lower_.endswith("th")


def told_as_fact(tok: Token) -> bool:
    """Whether a dependent clause is told as fact (see the module)."""
    return focused(tok) or stance_shown(tok) or summed_up_after(tok) or _when(tok) or _inverted(tok) or \
        _existential(tok) or delegation_acts(tok) or _past_time(tok) or message_carried(tok)


def _past_time(tok: Token) -> bool:
    """A clause of time in the past tense ("could sink the talks after the cabinet backed the maps"): a
    past act, told as fact whatever the mood of the clause it hangs on (Huddleston & Pullum 2002, ch. 8)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since", "when") for c in tok.children)


def message_carried(tok: Token) -> bool:
    """The *that* clause of a message one leaves or arrives with ("left on Sunday with the message that
    it would refuse new terms"): what the traveller says, told as "left, saying that ..." is."""
    message, with_ = tok.head, tok.head.head
    return tok.dep_ in ("acl", "ccomp", "relcl") and message.lemma_.lower() in _MESSAGES and \
        message.dep_ == "pobj" and with_.lower_ == "with" and with_.head.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)  # (a relative, the parser may say)


def _existential(tok: Token) -> bool:
    """A relative clause on the pivot of an existential clause ("there are issues on which it refuses to
    give ground"): the existential only introduces what the clause tells, as "it refuses to give ground
    on some issues" would (Huddleston & Pullum 2002, ch. 16, on existential clauses)."""
    pivot = tok.head
    return tok.dep_ == "relcl" and ((pivot.dep_ in ("attr", "nsubj") and pivot.head.lemma_ == "be" and any(
        c.dep_ == "expl" for c in pivot.head.children)) or _among_copula(pivot))


def _among_copula(noun: Token) -> bool:
    """The noun of *among* after a copula or fronted before it ("The right to resume the war was among
    four conditions that the office published", "Among four conditions that the office published was
    ..."): as with the existential, the clause on it tells what was done, the copula only which of them
    is meant (Huddleston & Pullum 2002, ch. 16, on inversion)."""
    among = noun.head
    return noun.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ == "be"


def _inverted(tok: Token) -> bool:
    """A participle phrase fronted with subject-verb inversion ("Attending the session were Burns and
    Barnea"; Huddleston & Pullum 2002, ch. 16): the parser makes it the copula's clausal subject, and the
    names after the copula are who did it."""
    return tok.dep_ == "csubj" and tok.tag_ == "VBG" and tok.left_edge.i == tok.sent.start and \
        tok.head.lemma_ == "be" and any(c.dep_ in ("attr", "nsubj") and c.pos_ == "PROPN" and c.i > tok.head.i
                                        for c in tok.head.children)


def _when(tok: Token) -> bool:
    """A relative clause on a time that sets an act beside another ("Hezbollah fired rockets on Sunday,
    the same day Israeli jets hit the group"; "the night Israeli jets struck"): its own act, told as fact,
    not a description of the day."""
    time = tok.head
    return tok.dep_ == "relcl" and time.lemma_.lower() in _TIMES and time.dep_ in ("npadvmod", "appos") and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children)


def focused(tok: Token) -> bool:
    """A clause that an it-cleft or a count of occasions puts in focus ("It was earlier this month that
    Cairo demanded ...", "This is the ninth time since the war began that Blinken has travelled to
    the region"): told as fact, as a main clause is."""
    if tok.dep_ not in ("relcl", "ccomp"):
        return False
    head, that = tok.head, any(c.lower_ == "that" and c.i < tok.i for c in tok.children)
    if tok.dep_ == "ccomp" and head.lemma_ == "be" and that:  # not "it was (not) true that ..."
        return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and not any(
            c.dep_ == "acomp" for c in head.children)
    return (tok.dep_ == "relcl" or that) and any(  # "that" may be left out before a relative clause
        t.lemma_ == "time" and t.dep_ in ("attr", "dobj") and t.i < tok.i and a.lemma_ in ("be", "mark")
        and any(m.dep_ == "amod" and ordinal(m) for m in t.children)
        for a in tok.ancestors for t in a.children)


def stance_shown(tok: Token) -> bool:
    """A relative clause on what a verb of showing points out, with a pronoun as subject ("Israel has
    signalled points on which it will not compromise", "identified areas where it refuses to give
    ground", "pointed to issues on which it ...", "made clear (that) there are areas where it ..."): the
    subject's own stance, told by the sentence."""
    noun = tok.head
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in gov.children):
        gov = gov.head  # "there are areas where ..."
    gov = gov.head if gov.lower_ in ("clear", "plain") else gov
    shows = gov.lemma_.lower() in _SHOWING or (gov.lemma_.lower() == "make" and any(
        c.lower_ in ("clear", "plain") for c in (*gov.children, *noun.children)))
    return tok.dep_ == "relcl" and shows and noun.dep_ in ("dobj", "pobj", "attr", "ccomp") and any(
        c.dep_ == "nsubj" and c.tag_ == "PRP" for c in tok.children) and any(
        t.tag_ in ("WRB", "WDT") for t in tok.subtree if t.i < tok.i)


def summed_up_after(tok: Token) -> bool:
    """A main clause that the parser made the complement of the verb in the noun phrase that sums it up
    after a comma ("the cabinet voted to approve the maps, a move critics said could doom the talks";
    "Israel sought checks on them, a requirement Hamas refused"): the clause is told as fact."""
    gov = tok.head
    if tok.dep_ != "ccomp" or gov.i < tok.i:
        return False
    noun = next((c for c in gov.children if c.dep_ in ("nsubj", "dobj")), None)  # the parser may make the
    return noun is not None and noun.i < gov.i and _supplementary(noun)  # summing noun the verb's subject
    # or, as the object its relative clause lacks, its object


def _supplementary(noun: Token) -> bool:
    """An indefinite noun phrase set off after a comma (", a move critics said ...", ", a condition Hamas
    rejected"): a supplement that sums up what came before (Huddleston & Pullum 2002, ch. 15)."""
    first = noun.left_edge.i
    return first > 0 and noun.doc[first].lower_ in ("a", "an") and noun.doc[first - 1].text == ","


def said_by_noun(tok: Token) -> bool:
    """A *that* clause on a noun that is no main verb ("reports that Israel had agreed ... were
    denied"): what the reports, claims or fears say, not an act told."""
    return tok.dep_ == "ccomp" and tok.head.dep_ != "ROOT" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def reading_code(verb: Token) -> str | None:
    """The code a reading of the verb's clause gives it over the verb's own: a clause summed up as a
    demand, a demand told by its noun, a copula or a verb that judges, a need stressed, an obligation
    told (:mod:`truce.news.appeals`); else None."""
    return demand_summed_up(verb) or demand_stated(verb) or judged(verb) or judged_by(verb) or \
        stressed_need(verb) or obligation_told(verb)


def demand_summed_up(tok: Token) -> str | None:
    """A clause that a noun of demand sums up after a comma ("Israel also wanted to vet Palestinians
    returning north, a condition Hamas rejected"): the supplementary noun phrase names what the clause
    was (Huddleston & Pullum 2002, *The Cambridge Grammar of the English Language*, ch. 15), a demand
    (CAMEO 100) however it was worded; else None.  The parser hangs the noun on the clause, on a verb of
    saying that attributes it ("Israel sought to screen them, Reuters reported, a condition Hamas
    rejected"), or on the verb that rejects it; the clause summed up is the one right before the noun
    (with its attribution), whose verb is then the demand's (never the verb of saying's)."""
    from truce.news.clauses import SAYING

    if tok.lemma_.lower() in SAYING or not any(c.dep_ == "nsubj" for c in tok.children) or any(
            a.i < tok.i and a.pos_ == "VERB" and a.lemma_.lower() not in SAYING for a in tok.ancestors):
        return None  # the clause's own verb, not one inside it ("to vet Palestinians heading north")
    top = tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING)
    nouns = (t for t in tok.sent if t.i > tok.i and t.lemma_.lower() in DEMAND_NOUNS and _supplementary(t))
    for noun in nouns:
        between = tok.doc[tok.i + 1:noun.left_edge.i]  # the clause and what attributes it ("Reuters said")
        clause_only = all(t in tok.subtree or t.lemma_.lower() in SAYING or t.dep_ != "nsubj" or
                          t.head.lemma_.lower() in SAYING for t in between)
        if noun.head.i == tok.i or (clause_only and (top or tok.head.i == noun.head.i)):
            return "100"
    return None


def judged(copula: Token) -> str | None:
    """A copula that rejects what it is said of: a proposal or an act judged unacceptable ("any deal
    that left soldiers in Gaza would be unacceptable to Hamas"), a report judged untrue ("it was not
    true that Israel had agreed ..."): a rejection (CAMEO 12) by the judge; else None."""
    if copula.lemma_.lower() != "be":
        return None
    negated = any(c.dep_ == "neg" for c in copula.children) or any(  # "no deal would be acceptable",
        d.lower_ in ("no", "neither", "nor") for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")
        for d in c.children if d.dep_ in ("det", "preconj", "cc"))  # "neither X nor Y was acceptable"
    if _ruled_out(copula) or any(c.dep_ in ("attr", "acomp") and (c.lower_ in _NON_STARTERS or copula.doc[
            max(c.i - 2, 0):c.i + 1].text.lower() in _NON_STARTERS) for c in copula.children):
        return "120"  # "a withdrawal was out of the question", "a non-starter": as unacceptable
    for adjective in (c for c in copula.children if c.dep_ == "acomp"):
        untrue = adjective.lower_ in _UNTRUE or (adjective.lower_ == "true" and negated)
        if adjective.lower_ in _UNACCEPTABLE or (negated and adjective.lower_ in ("acceptable", "responsible")
                                                  and _said_of_itself(copula)) or (untrue and any(
                c.dep_ == "ccomp" or (c.dep_ == "nsubj" and c.tag_ == "WDT")  # "a charge which Hezbollah
                for c in (*copula.children, *adjective.children))):  # said was untrue"
            return "120"
    return None


def _ruled_out(head: Token) -> bool:
    """Whether a word has "out of the question" or "off the table" as its complement."""
    for p in (c for c in head.children if c.dep_ == "prep"):
        question = p.lower_ == "out" and any(o.lower_ == "of" and any(
            q.lemma_.lower() == "question" for q in o.children) for o in p.children)
        if question or (p.lower_ == "off" and any(o.lower_ == "table" for o in p.children)):
            return True
    return False


def _said_of_itself(copula: Token) -> bool:
    """Whether a judgement's subject is a thing, or a pronoun for the one who tells it ("Hezbollah
    said it was not responsible": a denial), not someone judged by another."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in copula.children)


def judged_by(verb: Token) -> str | None:
    """A verb of judging whose object complement refuses the object ("deemed the deal unacceptable",
    "called any halt to the war unacceptable", "declared a pullout off the table"): a rejection (CAMEO 12)
    by the verb's subject; one that finds its object to blame ("considers Netanyahu responsible for the
    failure", "deemed Israel to blame"): an accusation (112), as "held responsible" is; else None.  The
    complement closes the clause, after the object, wherever the parser hangs it (as a modifier of the
    last noun, as that noun's head or as a small clause)."""
    if verb.lemma_.lower() not in _JUDGING:
        return None
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")]
    words = [w for w in verb.subtree if not w.is_punct and w.i > verb.i]
    if any(c.lower_ in _RESPONSIBLE or (c.lemma_.lower() == "blame" and c.tag_ == "VB") for c in complements):
        return "112"
    ruled_out = any(_ruled_out(o) for o in (verb, *(c for c in verb.children if c.dep_ == "dobj")))
    return "120" if ruled_out or any(c.lower_ in _UNACCEPTABLE for c in (*complements, *words[-1:])) else None


def chosen_not_to(verb: Token) -> Token | None:
    """The act a verb of choosing chooses not to do ("Hamas opted not to join the Doha negotiations",
    "decided not to attend"): the choice refuses it (CAMEO 12); else None."""
    if verb.lemma_.lower() not in _CHOOSING:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)),
                None)


def made_clear(verb: Token) -> bool:
    """"made (it) clear that ...", "made plain", "made known", "let Blinken know that ...": a statement,
    as *said* is."""
    lemma = verb.lemma_.lower()
    return (lemma == "make" and any(c.lower_ in ("clear", "plain", "known") for c in verb.children)) or (
        lemma == "know" and verb.head.lemma_.lower() == "let") or (  # the adjective the parser made the head
        verb.lower_ in ("clear", "plain") and verb.head.lemma_.lower() == "make")  # of the *that* clause


def conditions(tok: Token) -> list[Token]:
    """The conditions a clause is told under: its *if* / *unless* clauses, an inverted one ("were he to
    consent"; "should Netanyahu accept", which the parser makes the head; "Should he agree, ..."), *in
    the event that* (however the parser hangs the clause after it), and the condition of the clause it
    is told inside ("If X, they threatened, they will ...")."""
    found = [t for t in tok.subtree if t.i != tok.i and ((t.dep_ == "advcl" and _conditional(t)) or (
        t.dep_ in ("advcl", "ccomp") and inverted_condition(t, tok)))]  # a content clause is not inverted
    found += [t for t in tok.subtree if t.dep_ in ("relcl", "acl") and t.head.lower_ in ("event", "case")
              and t.head.head.lower_ == "in"]  # "in the event that Netanyahu signs"
    found += [t for t in tok.subtree for m in t.children if m.dep_ == "mark" and m.lower_ == "that" and m.i
              and (e := tok.doc[m.i - 1]).lower_ in ("event", "case") and e.head.lower_ == "in"]
    if tok.dep_ == "ccomp" and inverted_condition(tok.head, tok):
        found.append(tok.head)
    if tok.dep_ in ("advcl", "parataxis") and tok.head.i > tok.i:
        found += [t for t in tok.head.children if t.dep_ == "advcl" and t.i < tok.i and _conditional(t)]
    return found


def _conditional(clause: Token) -> bool:
    """A clause marked as a condition (*if*, *unless*) or fronted with inversion ("Should Netanyahu
    agree to the deal, ...")."""
    return any((c.dep_ == "mark" and c.lower_ in ("if", "unless")) or (
        c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i == clause.left_edge.i)
        for c in clause.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def main_clause(doc: Doc) -> int | None:
    """Where the main clause begins when the parser made a fronted phrase the head of the sentence
    ("Carrying maps of the corridor, an Israeli team had travelled to Cairo", parsed with *Carrying* as
    the root): the token after the first comma that ends such a phrase (not one that opens an apposition
    or separates the nouns of a list), when a finite verb follows; the
    main clause parsed alone is simpler, and so parsed better (sentence simplification for parsing:
    Chandrasekar, Doran and Srinivas 1996).  None when the root is a finite verb or no comma ends a
    fronted phrase."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].tag_ in _FINITE:
        return None
    comma = next((t.i for t in doc if t.text == "," and t.i > roots[0].i and t.i >= 2 and not any(
        a.dep_ == "appos" or (a.dep_ == "conj" and a.pos_ in ("NOUN", "PROPN") and a.head.i < t.i)  # "see
        for a in (doc[t.i + 1], *doc[t.i + 1].ancestors)) if t.i + 1 < len(doc)), None)  # women, older men"
    if comma is None or len(doc) - comma < 5:
        return None
    rest = doc[comma + 1:]
    finite = any(t.tag_ in _FINITE for t in rest)
    return comma + 1 if finite and rest[0].lower_ not in ("and", "but") else None


def named_by_free_relative(clause: Token) -> Token | None:
    """The noun a free relative names, which stands for the object of the verb it depends on: "unveiled
    what he termed an Israeli plan", "presented what he described as a proposal", "laid out what he said
    was an offer", "launched what it called pre-emptive strikes", "held what was likely his final meeting
    with Xi" (the parser makes the relative the verb's clausal complement)."""
    verbs = (clause, *(c for c in clause.children if c.dep_ == "ccomp"))  # "what" may hang on either one
    if not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ == "what"
               for v in verbs for c in v.children):
        return None
    for verb in verbs:
        for c in verb.children:
            if (c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.lower_ != "what")) and \
                    c.pos_ in ("NOUN", "PROPN"):
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def aside_content(tok: Token) -> Token | None:
    """The clause a reporting verb set off by commas (with its date or medium: "X warned on Saturday, ...",
    "X alleged in a statement, ...") interrupts or follows ("Hamas, Israel charged, had broken the truce";
    "At the last minute, Netanyahu charged, Hamas had backed away"), which the parser hangs the aside on
    as a relative, complement or adverbial clause: that verb, else None."""
    doc, subjects = tok.doc, [c.left_edge.i for c in tok.children if c.dep_ == "nsubj"]
    dated = [c for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "npadvmod") and any(
        g.lower_ in CALENDAR_NAMES or (g.dep_ == "pobj" and g.lemma_.lower() in _OUTLETS and c.lower_ == "in")
        for g in c.subtree)]
    end = max((c.right_edge.i for c in dated), default=tok.i) + 1
    if tok.dep_ not in ("relcl", "ccomp", "advcl", "parataxis") or not subjects or end >= len(doc) or \
            doc[end].text != "," or subjects[0] == 0 or doc[subjects[0] - 1].text != "," or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "mark") and c.i > tok.i and c not in dated
            for c in tok.children):
        return None
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head  # the relative-clause reading: the aside hangs on the content's subject
    return head if head.pos_ in ("VERB", "AUX") and head.i > tok.i else None


def reported_by_aside(tok: Token) -> Token | None:
    """The reporting verb of an aside whose content is ``tok`` (see :func:`aside_content`)."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for c in near:
        content = aside_content(c) if c.pos_ == "VERB" else None
        if content is not None and content.i == tok.i:
            return c
    return None


def according_to(verb: Token) -> list[Token]:
    """The objects of *according to* on ``verb`` ("According to Smotrich, a halt was out of the
    question"): whom the clause is told by."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
            for to in c.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]


def summing_up(tok: Token) -> bool:
    """A clause with a subject or agent of its own on a noun that sums up what the sentence told, set
    off after a comma ("Israel blamed Hezbollah, a charge Hezbollah denied"; "..., a request that
    Smotrich refused"; "..., a condition rejected by Hamas"): the clause tells another act."""
    noun = tok.head  # after the clause it sums up, not a subject ("On Friday, a drone fired by ...")
    return tok.dep_ in ("relcl", "acl") and noun.pos_ == "NOUN" and noun.head.i < noun.i < tok.i and \
        noun.dep_ not in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and \
        noun.left_edge.i > 0 and tok.doc[noun.left_edge.i - 1].text == "," and \
        any(c.dep_ in ("nsubj", "agent") for c in tok.children)


def inverted_condition(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` heads a condition written with inversion after the clause before it ("threatened
    to quit should Netanyahu accept the deal", "... had they known", "... were Israel to withdraw"),
    which the parser makes the head of that clause: its auxiliary stands before its subject."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and clause.i < verb.i and any(
        c.dep_ == "aux" and c.lower_ in INVERTING and clause.i < c.i < min(subjects) for c in verb.children)
