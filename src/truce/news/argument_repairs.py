"""Repairs of which verb a clause, a subject, an object or a complement belongs to, where the English
model's parser gets them wrong against the grammar (called by :mod:`truce.news.phrase_repairs` for the
tokens none of its own repairs fit).

**A subject read as an apposition on a source.**  In "According to the
American official, Israel's negotiators have conducted talks" the noun
phrase after the comma that closes the *according to* phrase is the clause's
subject; the parser sometimes hangs it on the source as an apposition, and the
verb has no subject.  The noun becomes the verb's subject.

**A date read as a compound of the first of a series of subjects.**  In "On
Friday Washington, Cairo and Doha tabled a plan" the parser sometimes makes
"Friday" a compound modifier of "Washington" and the name the object of
"on", leaving "Cairo and Doha" the subject.  A day's name modifies no name
(as with the apposition of a date in :mod:`truce.news.parse_repairs`): the
day is the object of the preposition, and the name, with a comma after it and
a coordinated subject after that, is the first of the subjects.

**A particle read as a preposition.**  In "passed on their answer to the
mediators" *pass on* is a phrasal verb whose particle stands before the
object (Quirk et al. 1985, on phrasal verbs); the parser reads "on" as a
preposition with the answer as its complement, and the verb has no object.
With a recipient after *to* (without one, "passed on the offer" may turn it
down), "on" is the verb's particle, the noun its object and the recipient the
verb's.

**A sentential relative read as a complement.**  In "Blinken is to see
Netanyahu, after which he will go on to Egypt" the clause after the comma is a
relative clause whose antecedent is the clause before it (Huddleston & Pullum
2002, ch. 12); the parser makes it the complement of the verb before it.  It
becomes an adverbial clause of that verb.

**A main clause read as part of a fronted condition.**  In "Should Netanyahu
sign on to the deal, Ben-Gvir and Smotrich threatened to walk out" the
condition opened by inversion comes first (Huddleston & Pullum 2002, ch. 8, on
conditional inversion); the parser may make it the root, the main clause's
subject an apposition of its last noun, and the main verb a clause on that.
The finite verb right after the name's phrase, with no subject of its own, is
the root, the name its subject and the condition its adverbial clause.

**A relative clause without a relative word read as a conjunct.**  In "Katz
brushed aside the declaration Hamas and Fatah put their names to" the clause
after the object is a relative clause with no relative word (Huddleston &
Pullum 2002, ch. 12, on bare relatives); the parser may make its verb a
conjunct of the main verb, with no coordinator.  A conjunct with a subject of
its own, no coordinator and no comma before it, whose subject directly follows
the main verb's object, is a relative clause of that object.

**A second subject after "and" read as a subject of its own.**  In "Ben-Gvir,
the national security minister, and Smotrich, the finance minister, warned"
the parser may hang both names on the verb as subjects, with "and" on the
first; a clause has one subject, so the name after the coordinator is the
first one's conjunct.

**A reduced relative read as the main verb.**  In "The Beijing declaration
agreed between Fatah and Hamas was turned down by Katz" the participle
"agreed" starts a reduced relative clause of "declaration" (Huddleston &
Pullum 2002, ch. 12, on participial relatives); the parser reads it as the
past tense of the main verb, and the passive clause after it as its
complement, without a subject.  A passive clause with no subject and no
complementiser, hung on a root in *-ed* that has a noun subject and no object,
is the root: the noun is its subject and the participle modifies the noun.

**A partitive relative read as the main clause.**  In "The office put forward
four conditions, one of which was Israel's right to resume fighting" the
clause after the comma is a relative clause whose relative word is inside a
partitive ("one of which", "many of whom"; Huddleston & Pullum 2002, ch. 12,
on relatives with the relative word embedded); the parser makes it the root
and the main clause its complement.  The complement before the comma is the
root, and the relative clause hangs on its last noun.

**An adjective complement read as a modifier of the next name.**  In "it was
untrue Israel had consented" (a content clause without *that*) the parser
hangs "untrue" on "Israel" as its modifier, leaving the copula without a
complement; a proper noun takes no such modifier there.  An adjective right
after a copula that has a subject and no complement, hung on a name that is
the subject of the next clause, is the copula's complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.clause_readings import INVERTING
from truce.news.dates import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SUBJECTS", "argument_repaired"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
"""Labels of a clause's subject."""
_PASSING_ON = frozenset({"pass", "hand"})  # "passed on the reply to X", "handed on the letter to X": conveyed


def argument_repaired(tok: Token) -> None:
    """Repairs of which verb a clause, a subject, an object or a complement belongs to."""
    if tok.dep_ == "ccomp" and _passive_main_clause(tok):
        _reduced_relative(tok)
    elif tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and (main := _partitive_relative(tok)) is not None:
        _relative_lowered(tok, main)
    elif tok.dep_ == "appos" and (verb := _subject_after_source(tok)) is not None:
        tok.head, tok.dep_ = verb, "nsubj"  # "According to the official, Israel's negotiators have held"
    elif tok.dep_ == "appos" and (verb := _main_after_condition(tok)) is not None:
        _condition_lowered(tok, verb)
    elif tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and (first := _coordinated_subject(tok)) is not None:
        tok.head, tok.dep_ = first, "conj"  # "Ben-Gvir, the minister, and Smotrich, ..., warned"
    elif tok.dep_ == "conj" and (noun := _bare_relative_noun(tok)) is not None:
        tok.head, tok.dep_ = noun, "relcl"  # "brushed aside the declaration Hamas and Fatah signed"
    elif tok.dep_ == "ccomp" and _sentential_relative(tok):
        tok.dep_ = "advcl"  # "..., after which he will go on to Egypt"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and _passed_on(tok.head):
        _particle_lowered(tok)
    elif tok.dep_ == "compound" and tok.lower_ in CALENDAR_NAMES and (subject := _series_after_date(tok)):
        _date_parted(tok, subject)  # "On Friday Washington, Cairo and Doha tabled a plan"
    elif tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.dep_ == "nsubj" and tok.head.pos_ == "PROPN" \
            and tok.i > 0 and _bare_copula(tok.doc[tok.i - 1]):
        tok.head, tok.dep_ = tok.doc[tok.i - 1], "acomp"  # "it was untrue Israel had consented"


def _series_after_date(day: Token) -> Token | None:
    """The coordinated subject after the comma that follows the name a day's name was hung on, as in "On
    Friday Washington, Cairo and Doha tabled": that subject ("Cairo"), else None."""
    name, doc = day.head, day.doc
    prep, after = name.head, name.right_edge.i + 1
    if not (name.dep_ == "pobj" and name.tag_ == "NNP" and prep.lower_ in ("on", "by") and day.i == name.i - 1
            and after < len(doc) and doc[after].text == ","):
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj" and c.i > after and c.conjuncts), None)


def _date_parted(day: Token, subject: Token) -> None:
    """The day is the preposition's object; the name heads the subjects, the parser's subject its conjunct."""
    name = day.head
    verb = subject.head
    day.head, day.dep_ = name.head, "pobj"
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "conj"


def _subject_after_source(noun: Token) -> Token | None:
    """The verb whose subject a noun is, when the parser hung it as an apposition on the source of an
    *according to* phrase before it ("According to the American official, Israel's negotiators ... have
    conducted talks"): the noun follows the comma that closes the phrase, and the verb after it has no
    subject; else None."""
    source = noun.head
    verb = source.head.head.head  # according -> to -> source
    if not (source.dep_ == "pobj" and source.head.lower_ == "to" and source.head.head.lower_ == "according"
            and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i and noun.i > 0 and
            noun.doc[noun.left_edge.i - 1].text == ","):
        return None
    return None if any(c.dep_ in SUBJECTS for c in verb.children) else verb


def _passive_main_clause(clause: Token) -> bool:
    """"The declaration agreed between Fatah and Hamas was turned down by Katz": a passive clause with no
    subject or complementiser hung on a root in *-ed* with a noun subject and no object."""
    root = clause.head
    return root.dep_ == "ROOT" and root.tag_ == "VBD" and root.i < clause.i and \
        any(c.dep_ == "auxpass" for c in clause.children) and \
        not any(c.dep_ in (*SUBJECTS, "mark") for c in clause.children) and \
        any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in root.children) and \
        not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != clause.i for c in root.children)


def _reduced_relative(clause: Token) -> None:
    """The passive clause is the root, the old root's subject its subject, and the old root a reduced
    relative of that noun."""
    root = clause.head
    noun = next(c for c in root.children if c.dep_ == "nsubj")
    _rooted(clause, root, clause.i)
    noun.head, noun.dep_ = clause, "nsubjpass"
    root.head, root.dep_, root.tag_ = noun, "acl", "VBN"


def _partitive_relative(part: Token) -> Token | None:
    """The main clause before a relative clause that opens with a part of its antecedent ("put forward
    four conditions, one of which was ...", "many of whom had ..."), when the parser made the relative
    the root and the main clause its complement; else None."""
    relative = any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("which", "whom")
                                                                 for g in p.children) for p in part.children)
    main = [c for c in part.head.children if c.dep_ == "ccomp" and c.i < part.i]
    return main[0] if relative and main and part.i > 0 and part.doc[part.i - 1].text == "," else None


def _relative_lowered(part: Token, main: Token) -> None:
    """The main clause is the root; the relative clause hangs on the last noun of it before the comma."""
    relative = part.head
    nouns = [t for t in main.subtree if t.i < part.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "npadvmod"]
    if not nouns:
        return
    _rooted(main, relative, part.i)
    relative.head, relative.dep_ = nouns[-1], "relcl"


def _rooted(clause: Token, root: Token, after: int) -> None:
    """``clause`` becomes the root in place of ``root``, and takes the punctuation after ``after``."""
    clause.head, clause.dep_ = clause, "ROOT"
    for c in [c for c in root.children if c.dep_ == "punct" and c.i > after]:
        c.head = clause


def _bare_copula(verb: Token) -> bool:
    """A copula with a subject and no complement of its own ("it was" before "untrue Israel had ...")."""
    return verb.lemma_ == "be" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("acomp", "attr") for c in verb.children)


def _sentential_relative(clause: Token) -> bool:
    """A clause after a comma that opens with a preposition and *which* ("..., after which he will go on to
    Egypt"): a relative clause whose antecedent is the clause before it (Huddleston & Pullum 2002, ch. 12,
    on sentential relatives), adverbial to it, no content of its verb."""
    start = clause.left_edge
    return start.i > 0 and clause.doc[start.i - 1].text == "," and start.dep_ == "prep" and \
        start.head.i == clause.i and any(o.dep_ == "pobj" and o.tag_ == "WDT" for o in start.children)


def _passed_on(on: Token) -> bool:
    """Whether "on" right after a verb of conveying has an object with a recipient after *to* ("passed on
    their answer to the mediators")."""
    verb = on.head
    return verb.lemma_.lower() in _PASSING_ON and on.i == verb.i + 1 and any(
        p.dep_ == "prep" and p.lower_ == "to" for o in on.children if o.dep_ == "pobj" for p in o.children)


def _particle_lowered(noun: Token) -> None:
    """"passed on their answer to the mediators": "on" is the verb's particle, the noun its object, and
    the recipient after *to* the verb's."""
    particle = noun.head
    verb = particle.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return
    particle.dep_, noun.head, noun.dep_ = "prt", verb, "dobj"
    for prep in [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"]:
        prep.head = verb


def _main_after_condition(name: Token) -> Token | None:
    """The main verb after a fronted condition opened by inversion, when the parser made the condition the
    root, the main clause's subject an apposition of its last noun and the main verb a clause on that:
    the finite verb right after the name's phrase, with no subject of its own."""
    doc, condition = name.doc, name.sent.root
    first, end = doc[name.sent.start], name.right_edge.i + 1
    if first.lower_ not in INVERTING or first.head.i != condition.i or first.dep_ != "aux" or \
            end >= name.sent.end or doc[name.left_edge.i - 1].text != ",":
        return None
    verb = doc[end]
    clause = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("acl", "relcl")
    return verb if clause and not any(c.dep_ in SUBJECTS for c in verb.children) else None


def _condition_lowered(name: Token, verb: Token) -> None:
    """The verb is the root, the name its subject, the condition its adverbial clause."""
    condition = name.sent.root
    verb.head, verb.dep_ = verb, "ROOT"
    condition.head, condition.dep_ = verb, "advcl"
    name.head, name.dep_ = verb, "nsubj"
    for c in [c for c in condition.children if c.i > verb.i]:
        c.head = verb


def _bare_relative_noun(verb: Token) -> Token | None:
    """The object a conjunct with no coordinator is a bare relative clause of (see the module)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    head, doc = verb.head, verb.doc
    if subject is None or head.i > verb.i or any(c.dep_ in ("cc", "preconj") for c in head.children
                                                   if head.i < c.i < verb.i) or subject.left_edge.i < 1:
        return None
    noun = doc[subject.left_edge.i - 1]
    return noun if noun.dep_ in ("dobj", "pobj") and noun.pos_ == "NOUN" and noun.head.i == head.i and \
        not any(t.text in (",", ";", "and", "but") for t in doc[head.i + 1:subject.left_edge.i]) else None


def _coordinated_subject(name: Token) -> Token | None:
    """The subject before ``name`` whose coordinator stands between them, when both hang on the verb."""
    verb = name.head
    earlier = [c for c in verb.children if c.dep_ == "nsubj" and c.i < name.i] if verb.i > name.i else []
    return next((s for s in earlier if any(c.dep_ == "cc" and s.i < c.i < name.i for c in s.children)), None)
