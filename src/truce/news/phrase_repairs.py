"""Repairs of how the words of a phrase hang together, where the English model's parser gets them wrong
against the grammar (the repairs of clauses and their subjects are in :mod:`truce.news.parse_repairs`,
which calls these after its own).

**An approximator before a number.**  "upwards (in excess) of 320 rockets" is a noun
phrase whose head is "rockets", "upwards of" modifying the number (Huddleston
& Pullum 2002, ch. 5, on approximating modifiers); the parser makes "upwards"
the verb's adverb (or object) and "rockets" the object of "of", so the verb has
no object of its own.  The noun becomes the verb's object, and "upwards" its
modifier.

**The first object of a verb of giving read as a compound.**  In "pledged to
give Netanyahu parliamentary cover" the name is the indirect object of
*give* (the double-object construction, Huddleston & Pullum 2002, ch. 4); the
parser often hangs it on the noun as a compound modifier ("Netanyahu cover").
In a noun phrase, a noun modifier stands after the adjectives, next to the
head (Quirk et al. 1985, *A Comprehensive Grammar of the English Language*,
on the order of premodifiers); so a proper name before an adjective
of the object of a verb of giving with no indirect object is that object.

**A participle read as a gerund.**  "with the Israeli and Hamas negotiating
teams": a verb in *-ing* with a determiner and an adjective before it and a
noun right after it is a participle modifying that noun, not a gerund clause
taking it as object (a gerund clause takes no determiner; Huddleston &
Pullum 2002, ch. 14, on gerund-participles).  The noun takes the verb's place
and the words before the verb hang on the noun.

**An answer hung on a preposition.**  In "said no to the watchtowers" the
answer "no" is the verb's (an interjection object of *say*); the parser
sometimes hangs it on the preposition after it, or on the pre-conjunct of
two coordinated prepositions ("said no both to X and to Y"), which it then
makes their head.  The answer and the prepositions hang on the verb.

**A conjunct after "as well as".**  *As well as* coordinates like *and*
(Huddleston & Pullum 2002, ch. 15); the parser often hangs it on the verb and
the noun after it on the coordinator or on the verb as a second object ("met
the Qatari premier as well as relatives of hostages").  The noun is a
conjunct of the verb's last object before the coordinator, which hangs on
that object.

**An adverbial idiom read as an object.**  In "Cairo, which has time and
again refused Israeli troops" the phrase "time and again" is an adverb of
frequency (Quirk et al. 1985, on fixed adverbial phrases) and "has" the
perfect's auxiliary; the parser makes "has" the verb with "time" its object
and the participle its conjunct.  The participle becomes the verb, with "has"
as its auxiliary and the idiom as its modifier.

**A modifier hung on a determiner.**  A determiner takes no modifier of its
own; in "with the Israeli and Hamas negotiating teams" the parser sometimes
hangs "Israeli" (and with it "and Hamas") on "the" as a pre-conjunct.  An
adjective or a name hung on a determiner modifies the determiner's noun.

**An auxiliary parted from its participle.**  In "told Al-Aqsa TV that Hamas
had on Sunday rebuffed Israel's conditions" an adverbial stands between the
perfect's auxiliary and its participle (Quirk et al. 1985, on adverbials in
medial position); the parser makes "had" a verb with the subject and the
participle a second clause without one.  *Had* becomes the participle's
auxiliary, and what hung on it hangs on the participle.

**A subject read as an apposition on a source.**  In "According to the
American official, Israel's negotiators have conducted talks" the noun
phrase after the comma that closes the *according to* phrase is the clause's
subject; the parser sometimes hangs it on the source as an apposition, and the
verb has no subject.  The noun becomes the verb's subject.

**A name in apposition read as a modifier of the verb.**  In "was welcomed
by the Egyptian head of state, Abdel Fattah al-Sisi" the name after the
comma is in apposition to the noun phrase before it (Huddleston & Pullum
2002, ch. 15, on supplementary appositives); the parser sometimes hangs it on
the verb as a bare noun-phrase adverbial, which a person's name cannot be.  A
name so hung, right after a comma that ends a noun phrase, and closing the
clause, is that noun's apposition.

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

**A content clause read as a subject.**  In "made clear that his country
would keep its forces there" the *that*-clause is the object of *made clear*
(as of *said*); the parser sometimes makes it the clausal subject of
*clear*, as if the clause were what is clear.  A *that*-clause hung as the
subject of *clear* or *plain* after *make* is *make*'s complement.

**A stative participle read as a passive.**  "Gallant was opposed to the
maps" (no agent) tells a state of the subject, who opposes them; the parser
reads a passive with the subject as patient.  Without an agent, the subject
of *opposed* is its active subject.

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

from truce.news.dates import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OBJECTS", "PHRASE_LABELS", "SUBJECTS", "phrase_repaired", "stative_opposed"]

PHRASE_LABELS = frozenset({"advmod", "dobj", "pcomp", "pobj", "preconj", "intj", "compound", "nmod", "cc",
                           "ccomp", "conj", "xcomp", "npadvmod", "csubj", "nsubj", "amod", "appos"})
"""The dependency labels of the tokens a phrase repair starts from (a test cheaper than a call)."""
_CLAUSES = ("ccomp", "conj", "xcomp")  # labels the parser gives a perfect it parts
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
"""Labels of a clause's subject."""
OBJECTS = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
"""Labels of a verb's objects and complements."""
_PRECONJUNCTS = ("both", "either")  # before the first of two coordinates
_APPROXIMATORS = ("upwards", "upward", "excess")  # "upwards of 300", "in excess of 300": before "of" and a
# counted noun
# verbs of giving, with two objects
_GIVING = frozenset({"give", "offer", "grant", "lend", "promise", "deny", "afford", "hand", "send"})
_PASSING_ON = frozenset({"pass", "hand"})  # "passed on the reply to X", "handed on the letter to X": conveyed


def phrase_repaired(tok: Token) -> None:
    """Repairs of how the words of a phrase hang together."""
    if tok.dep_ in ("advmod", "dobj") and tok.lower_ in _APPROXIMATORS and tok.head.pos_ == "VERB":
        _approximated(tok)
    elif tok.dep_ == "cc" and tok.lower_ == "as" and tok.doc[tok.i - 2:tok.i].text.lower() == "as well" and \
            tok.head.pos_ == "VERB":
        _as_well_as(tok)
    elif tok.dep_ in _CLAUSES and _split_perfect(tok) is not None:
        _perfect_joined(tok)
    elif tok.dep_ == "dobj" and tok.lower_ == "time" and tok.head.lemma_ == "have" and \
            tok.doc[tok.i + 1:tok.i + 3].text.lower() == "and again":
        _time_and_again(tok)
    elif tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj", "dobj") and tok.left_edge.i < tok.i and \
            tok.left_edge.tag_ == "DT":
        _participle_of_noun(tok)
    elif tok.dep_ == "preconj" and tok.head.tag_ == "DT" and tok.pos_ in ("ADJ", "PROPN") and \
            tok.head.head.i > tok.i:
        tok.head, tok.dep_ = tok.head.head, "amod"  # "the Israeli and Hamas teams"
    elif tok.dep_ == "intj" and tok.lower_ in ("no", "yes") and (
            tok.head.pos_ == "ADP" or tok.head.lower_ in _PRECONJUNCTS) and tok.head.head.pos_ == "VERB":
        _answer_raised(tok)
    elif tok.dep_ in ("compound", "nmod") and tok.tag_ == "NNP" and tok.head.dep_ == "dobj" and \
            tok.head.head.lemma_.lower() in _GIVING and _before_adjective(tok):
        tok.head, tok.dep_ = tok.head.head, "dative"  # "give Netanyahu parliamentary cover"
    elif tok.dep_ == "csubj" and tok.head.lower_ in ("clear", "plain") and tok.head.head.lemma_ == "make" \
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
        tok.head, tok.dep_ = tok.head.head, "ccomp"  # "made clear that his country would keep its forces"
    elif tok.dep_ == "npadvmod" and tok.tag_ == "NNP" and tok.lower_ not in CALENDAR_NAMES:
        _apposition_of_noun(tok)
    else:
        _argument_repaired(tok)


def _argument_repaired(tok: Token) -> None:
    """Repairs of which verb a clause, a subject, an object or a complement belongs to."""
    if tok.dep_ == "ccomp" and _passive_main_clause(tok):
        _reduced_relative(tok)
    elif tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and (main := _partitive_relative(tok)) is not None:
        _relative_lowered(tok, main)
    elif tok.dep_ == "appos" and (verb := _subject_after_source(tok)) is not None:
        tok.head, tok.dep_ = verb, "nsubj"  # "According to the official, Israel's negotiators have held"
    elif tok.dep_ == "ccomp" and _sentential_relative(tok):
        tok.dep_ = "advcl"  # "..., after which he will go on to Egypt"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and _passed_on(tok.head):
        _particle_lowered(tok)
    elif tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.dep_ == "nsubj" and tok.head.pos_ == "PROPN" \
            and tok.i > 0 and _bare_copula(tok.doc[tok.i - 1]):
        tok.head, tok.dep_ = tok.doc[tok.i - 1], "acomp"  # "it was untrue Israel had consented"


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


def _answer_raised(answer: Token) -> None:
    """"said no to the watchtowers", "said no both to X and to Y": the answer is the verb's, and so are the
    prepositions a pre-conjunct the parser made their head has."""
    held, verb = answer.head, answer.head.head
    answer.head = verb
    if held.lower_ in _PRECONJUNCTS:
        for prep in [c for c in held.children if c.dep_ == "prep"]:
            prep.head = verb
        held.dep_ = "preconj"


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


def _approximated(approximator: Token) -> None:
    """"launched upwards of 320 rockets": "rockets" becomes the verb's object, when it has none."""
    verb = approximator.head
    nouns = [o for p in approximator.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj" and any(n.like_num for n in o.children)]
    if nouns and not any(c.dep_ == "dobj" and c.i != approximator.i for c in verb.children):
        nouns[0].head, nouns[0].dep_ = verb, "dobj"
        approximator.head, approximator.dep_ = nouns[0], "advmod"


def _as_well_as(coordinator: Token) -> None:
    """"met the Qatari premier as well as relatives of hostages": the noun after the coordinator, which
    the parser hangs on it or on the verb, is a conjunct of the verb's last object before it."""
    verb = coordinator.head
    before = [g for c in verb.children if c.i < coordinator.i for g in (
        [c] if c.dep_ == "dobj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    after = [c for c in (*coordinator.children, *verb.children) if c.i > coordinator.i and
             c.dep_ in ("pobj", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    if not before or not after:
        return
    first = before[-1]
    coordinator.head, after[0].head, after[0].dep_ = first, first, "conj"


def _time_and_again(time: Token) -> None:
    """"Cairo, which has time and again refused": the perfect's participle conjoined with "has" becomes
    the verb, "has" its auxiliary, and the idiom its adverb."""
    aux = time.head
    verb = next((c for c in aux.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBN")), None)
    if verb is None:
        return
    verb.head, verb.dep_ = (verb, "ROOT") if aux.dep_ == "ROOT" else (aux.head, aux.dep_)
    aux.head, aux.dep_, verb.tag_ = verb, "aux", "VBN"
    for c in list(aux.children):
        c.head = verb
    time.dep_ = "npadvmod"
    for word in time.doc[time.i + 1:time.i + 3]:
        word.head, word.dep_ = time, ("cc" if word.lower_ == "and" else "conj")


def _participle_of_noun(participle: Token) -> None:
    """"with the Israeli and Hamas negotiating teams": the noun right after the participle takes its place,
    and the words before the participle hang on the noun."""
    doc = participle.doc
    noun = doc[participle.i + 1] if participle.i + 1 < len(doc) else participle
    if noun.head.i != participle.i or noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    noun.head, noun.dep_ = participle.head, "pobj" if participle.head.pos_ == "ADP" else participle.dep_
    participle.head, participle.dep_ = noun, "amod"
    for c in list(participle.children):
        c.head = noun


def _before_adjective(name: Token) -> bool:
    """A name right after the verb (its words all proper nouns, no determiner before them), before an
    adjective of its head noun, when the verb has no indirect object."""
    doc, noun = name.doc, name.head
    words = doc[noun.left_edge.i:name.i + 1]
    return noun.left_edge.i == noun.head.i + 1 and all(t.tag_ == "NNP" for t in words) and \
        doc[name.i + 1].dep_ == "amod" and doc[name.i + 1].head.i == noun.i and not any(
            c.dep_ in ("dative", "iobj") for c in noun.head.children)


def _split_perfect(participle: Token) -> Token | None:
    """The auxiliary *had* (*has*, *have*) read as a verb of its own, with the subject, when an adverbial
    stands between it and its participle ("that Hamas had on Sunday rebuffed Israel's conditions"): the
    auxiliary, a sibling right before the participle's phrase with no object; else None."""
    if participle.tag_ not in ("VBD", "VBN") or any(c.dep_ in SUBJECTS for c in participle.children):
        return None
    aux = next((c for c in participle.head.children if c.dep_ in _CLAUSES and c.lemma_ == "have"
                and c.i < participle.i and c.right_edge.i == participle.left_edge.i - 1), None)
    if aux is None or aux.head.i == participle.i or not any(c.dep_ == "nsubj" for c in aux.children) or \
            any(c.dep_ in OBJECTS and c.lower_ != "that" for c in aux.children):  # "that": a complementiser
        return None
    return aux


def _perfect_joined(participle: Token) -> None:
    """"that Hamas had on Sunday rebuffed": the participle heads the clause, *had* is its auxiliary."""
    aux = _split_perfect(participle)
    if aux is None:
        return
    for c in list(aux.children):
        c.head, c.dep_ = participle, ("mark" if c.lower_ == "that" and c.dep_ == "dobj" else c.dep_)
    participle.tag_, participle.dep_ = "VBN", aux.dep_  # the clause's label is the one "had" had
    aux.head, aux.dep_ = participle, "aux"


def _apposition_of_noun(name: Token) -> None:
    """"was welcomed by the Egyptian head of state, Abdel Fattah al-Sisi": the name after the comma, closing
    the clause, is the apposition of the noun whose phrase the comma ends."""
    doc, comma = name.doc, name.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or (name.right_edge.i + 1 < len(doc) and
                                              not doc[name.right_edge.i + 1].is_punct):
        return
    word = noun = doc[comma - 1]
    while word.head.i != word.i and word.head.right_edge.i == comma - 1 and word.head.pos_ in ("NOUN", "ADP"):
        word = word.head
        noun = word if word.pos_ == "NOUN" else noun  # the head of "the head of state"
    if noun.pos_ == "NOUN" and noun.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        name.head, name.dep_ = noun, "appos"


def stative_opposed(subject: Token) -> None:
    """"Gallant was opposed to the maps": one who is opposed opposes (the participle of a state, with no
    agent), so the subject is the verb's active subject."""
    subject.dep_ = "nsubj"
    for c in subject.head.children:
        if c.dep_ == "auxpass":
            c.dep_ = "aux"
