"""Repairs of how the words of a phrase hang together, where the English model's parser gets them wrong
against the grammar (the repairs of clauses and their subjects are in :mod:`truce.news.parse_repairs`,
which calls these after its own; those of which verb an argument belongs to, which these call last, in
:mod:`truce.news.argument_repairs`).

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

**A past tense read as an adjective after a name in an agent.**  "Hamas
negotiators led by Khalil al-Hayya departed Cairo on Sunday" has a finite verb;
the parser sometimes reads "al-Hayya departed Cairo" as a noun phrase, the
object of "by", with the past tense (tagged ``VBD``) an adjective on "Cairo",
and leaves the sentence with a noun for its root.  As with a past tense hung
on a root noun (:mod:`truce.news.parse_repairs`), a past tense is finite: it
becomes the root, the root noun its subject, the noun after it its object,
the agent ends with the name, and what followed the verb hangs on it.

**A participle read as a gerund.**  "with the Israeli and Hamas negotiating
teams": a verb in *-ing* with a determiner and an adjective before it and a
noun right after it is a participle modifying that noun, not a gerund clause
taking it as object (a gerund clause takes no determiner; Huddleston &
Pullum 2002, ch. 14, on gerund-participles).  The noun takes the verb's place
and the words before the verb hang on the noun, also where the parser made the
adjective the preposition's object, or the participle a compound modifier of
the noun with the adjective hung on it.

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

**A name in apposition read as a modifier of the verb.**  In "was welcomed
by the Egyptian head of state, Abdel Fattah al-Sisi" the name after the
comma is in apposition to the noun phrase before it (Huddleston & Pullum
2002, ch. 15, on supplementary appositives); the parser sometimes hangs it on
the verb as a bare noun-phrase adverbial, which a person's name cannot be.  A
name so hung, right after a comma that ends a noun phrase, and closing the
clause, is that noun's apposition.

**A plural noun tagged as a verb.**  In "Following Monday's talks with
Netanyahu, Blinken ..." the tagger may take "talks" for a verb in the third
person; a word with a possessive or a determiner that is the object of a
verb or a preposition is a noun (a finite verb takes neither), and so is one
that is a subject ("Hamas envoys under al-Hayya came"), whose own "subject" is
its modifier or, after *of*, the quantity it is counted by ("a group of Hamas
envoys came").  So is one the parser made a conjunct of the verb with neither
a coordinator nor a comma before it, right after the object of a preposition
("led a group of Hamas envoys into Cairo"): coordination without a
coordinator needs a comma (Huddleston & Pullum 2002, ch. 15); the noun ends
that object's phrase, and what hung on it hangs on the verb.

**A content clause read as a subject.**  In "made clear that his country
would keep its forces there" the *that*-clause is the object of *made clear*
(as of *said*); the parser sometimes makes it the clausal subject of
*clear*, as if the clause were what is clear.  A *that*-clause hung as the
subject of *clear* or *plain* after *make* is *make*'s complement.

**A stative participle read as a passive.**  "Gallant was opposed to the
maps" (no agent) tells a state of the subject, who opposes them; the parser
reads a passive with the subject as patient.  Without an agent, the subject
of *opposed* is its active subject.
"""


from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.argument_repairs import SUBJECTS, argument_repaired
from truce.news.dates import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OBJECTS", "PHRASE_LABELS", "SUBJECTS", "phrase_repaired", "stative_opposed"]

PHRASE_LABELS = frozenset({"advmod", "dobj", "pcomp", "pobj", "preconj", "intj", "compound", "nmod", "cc",
                           "ccomp", "conj", "xcomp", "npadvmod", "csubj", "nsubj", "amod", "appos"})
"""The dependency labels of the tokens a phrase repair starts from (a test cheaper than a call)."""
_CLAUSES = ("ccomp", "conj", "xcomp")  # labels the parser gives a perfect it parts
OBJECTS = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
"""Labels of a verb's objects and complements."""
_PRECONJUNCTS = ("both", "either")  # before the first of two coordinates
_APPROXIMATORS = ("upwards", "upward", "excess")  # "upwards of 300", "in excess of 300": before "of" and a
# counted noun
# verbs of giving, with two objects
_GIVING = frozenset({"give", "offer", "grant", "lend", "promise", "deny", "afford", "hand", "send"})


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
    elif tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj", "dobj", "compound") and \
            tok.left_edge.i < tok.i and tok.left_edge.tag_ == "DT":
        _participle_of_noun(tok)
    elif tok.tag_ == "VBG" and tok.dep_ == "pcomp" and any(c.dep_ == "pobj" and c.tag_ == "JJ" and c.i < tok.i
                                                           for c in tok.head.children):
        _adjective_as_object(tok)
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
    elif tok.tag_ == "VBZ" and (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("pobj", "dobj") and any(
            c.dep_ in ("poss", "det") for c in tok.children))):
        _plural_noun(tok)  # "following Monday's talks with Netanyahu", "Hamas envoys under al-Hayya came"
    elif tok.dep_ == "amod" and tok.tag_ == "VBD" and _verb_after_agent(tok):
        _agent_and_verb_parted(tok)  # "negotiators led by al-Hayya departed Cairo" (no verb but a noun)
    elif tok.tag_ == "VBZ" and tok.dep_ == "conj" and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "pobj" and \
            tok.doc[tok.i - 1].head.i > tok.head.i and not any(c.dep_ == "cc" for c in tok.head.children):
        _plural_noun_read_as_conjunct(tok)
    else:
        argument_repaired(tok)


def _plural_noun(noun: Token) -> None:
    """A plural noun tagged as a verb in *-s* (a verb is no object and no subject): a noun, and what the
    parser made its subject is a modifier ("Hamas envoys"), or the quantity whose *of* phrase the noun
    ends ("a group of Hamas envoys came": the noun is the object of *of*, the group the subject)."""
    noun.tag_, noun.pos_ = "NNS", "NOUN"
    for c in [c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i]:
        of = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        last = next((o for o in of.children if o.dep_ == "pobj" and o.i == noun.i - 1), None) if of else None
        if of is None or last is None:
            c.dep_ = "compound"
            continue
        c.head, c.dep_, noun.head, noun.dep_ = noun.head, noun.dep_, of, "pobj"
        last.head, last.dep_ = noun, "compound"


def _plural_noun_read_as_conjunct(noun: Token) -> None:
    """"led a group of Hamas envoys into Cairo", "envoys" a conjunct of "led": the noun ends the phrase of
    the preposition's object before it, which modifies it; its dependents hang on the verb."""
    verb, last = noun.head, noun.doc[noun.i - 1]
    for child in list(noun.children):
        child.head = verb
    noun.tag_, noun.pos_, noun.head, noun.dep_ = "NNS", "NOUN", last.head, "pobj"
    last.head, last.dep_ = noun, "compound"


def _verb_after_agent(verb: Token) -> bool:
    """A past tense hung as an adjective on the noun after it, with a name right before it, inside the
    agent of a participle on the sentence's root noun ("Hamas negotiators led by Khalil al-Hayya departed
    Cairo on Sunday": the parser's noun phrase "al-Hayya departed Cairo" and no verb)."""
    noun, name = verb.head, verb.doc[verb.i - 1]
    agent = noun.head
    return noun.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.dep_ == "acl" and \
        agent.head.head.dep_ == "ROOT" and name.tag_ == "NNP" and name.head.i == noun.i and noun.i > verb.i


def _agent_and_verb_parted(verb: Token) -> None:
    """The agent ends with the name; the past tense is the root, the root noun its subject and the noun
    after it its object; what followed the verb on the noun or the participle hangs on the verb."""
    noun, name = verb.head, verb.doc[verb.i - 1]
    agent = noun.head
    participle = agent.head
    subject = participle.head
    name.head, name.dep_ = agent, "pobj"
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    subject.head, subject.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"
    for c in [c for h in (subject, participle) for c in h.children if c.i > verb.i]:
        c.head, c.dep_ = verb, ("advcl" if c.dep_ == "acl" else c.dep_)  # ", saying ...", "on Sunday"


def _answer_raised(answer: Token) -> None:
    """"said no to the watchtowers", "said no both to X and to Y": the answer is the verb's, and so are the
    prepositions a pre-conjunct the parser made their head has."""
    held, verb = answer.head, answer.head.head
    answer.head = verb
    if held.lower_ in _PRECONJUNCTS:
        for prep in [c for c in held.children if c.dep_ == "prep"]:
            prep.head = verb
        held.dep_ = "preconj"


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
    if participle.dep_ == "compound" and participle.head.i == noun.i:  # a modifier already, the words
        for c in [c for c in participle.children if c.i < participle.i]:  # before it hung on it
            c.head = noun
        return
    if noun.head.i != participle.i or noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    noun.head, noun.dep_ = participle.head, "pobj" if participle.head.pos_ == "ADP" else participle.dep_
    participle.head, participle.dep_ = noun, "amod"
    for c in list(participle.children):
        c.head = noun


def _adjective_as_object(participle: Token) -> None:
    """"with the Israeli and Hamas negotiating teams" parsed with the adjective as the preposition's
    object: the noun after the participle is the object, and the adjective (with its conjuncts and its
    determiner) hangs on it, as the participle does."""
    doc = participle.doc
    adjective = next(c for c in participle.head.children if c.dep_ == "pobj" and c.tag_ == "JJ")
    noun = doc[participle.i + 1] if participle.i + 1 < len(doc) else participle
    if noun.head.i != participle.i or noun.dep_ != "dobj":
        return
    _participle_of_noun(participle)
    adjective.head, adjective.dep_ = noun, "amod"
    for c in [c for c in adjective.children if c.dep_ == "det"]:
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
