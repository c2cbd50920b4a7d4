"""Repairs of arcs the English model's parser gets wrong against the grammar, after it runs.

**A finite verb coordinated with a gerund or an infinitive.**  Coordination
joins constituents of like category (Sag, Gazdar, Wasow & Weisler 1985,
"Coordination and how to distinguish categories", *Natural Language and
Linguistic Theory* 3): a verb in the past or present tense cannot be the
conjunct of a gerund or of an infinitive.  The parser nonetheless often
attaches "and" plus a finite verb to the nearest verb before it, even when
that verb is a gerund inside a prepositional phrase ("Blinken commended
Netanyahu for *signing* up to the compromise and *pressed* Hamas to take the
same step") or the infinitive of a reported clause ("Biden declared that the
war must *come* to an end and *called* on Hamas to accept"); the second act
then loses its subject and takes the embedded clause's modality.  Such a
conjunct moves, with its "and", to the nearest finite verb above the wrong
head that has a subject, which it then shares.  So does a conjunct with an
object of its own hung on the verb of a relative clause whose object is the
relative word ("the plan matched what Netanyahu *wanted* and *blamed* the
Israeli premier"): a gap in one conjunct must be a gap in every one (the
Coordinate Structure Constraint, Ross 1967, *Constraints on Variables in
Syntax*, ch. 4).  The arc stays projective: the new head's subtree already
spans the words between.

**A second subject after the verb.**  A clause has one subject (Huddleston &
Pullum 2002, *The Cambridge Grammar of the English Language*, ch. 4); outside
inversion it comes before the verb.  When the parser gives a verb a subject
before it and a second one after it ("Egypt's leader Sisi welcomed Antony
*Blinken*, the U.S. secretary of state, to El Alamein") and no object, the
second is the object.  Verbs of saying keep it: "..., said Blinken" is
quotative inversion.

**A subject read as the apposition of a date.**  "On Friday the U.S. put a
proposal on the table", with no comma after the date, is often parsed with
"the U.S." as an apposition of "Friday" and the verb without a subject.  A
day's or a month's name has no apposition of that kind; a name after it,
before a verb that has no subject, is that verb's subject.

**An approximator before a number.**  "upwards of 320 rockets" is a noun
phrase whose head is "rockets", "upwards of" modifying the number (Huddleston
& Pullum 2002, ch. 5, on approximating modifiers); the parser makes "upwards"
the verb's adverb (or object) and "rockets" the object of "of", so the verb has
no object of its own.  The noun becomes the verb's object, and "upwards" its
modifier.

**A past tense with a subject, read as an adjective.**  The parser sometimes
reads "the cabinet endorsed maps drawn up by the army" as a noun phrase
("endorsed maps") with no verb, while itself tagging "endorsed" as a past
tense (Penn ``VBD``, not the participle ``VBN``) and giving it the subject
"cabinet".  A past tense with a subject is a finite verb (Marcus, Santorini &
Marcinkiewicz 1993, the Penn Treebank's tag set): it becomes the root, the
noun its object, and the words before it that hung on the noun hang on it.
So with a name right before it that the parser hung on the noun ("Sisi played
host to Blinken", "Sisi" a compound of "host"): the name is its subject.

**"Go on to" and an infinitive.**  In "Blinken went on to call on Hamas to
accept" the infinitive is the catenative complement of aspectual *go on*
(Huddleston & Pullum 2002, ch. 14, on catenative verbs), as in "went on
urging"; the parser often makes it an adverbial clause of purpose, as if
Blinken had gone somewhere in order to call.  After *go* with the particle
*on*, an infinitive adverbial clause is its complement (``xcomp``).

**A relative phrase read as a conjunct.**  A noun phrase opening with *whose*
starts a relative clause (Huddleston & Pullum 2002, ch. 12); a relative
clause modifies the noun before it and is neither coordinated with it nor in
apposition to it.  The parser sometimes joins "whose supreme leader" to the
names before it as one more conjunct or as an apposition ("blamed by Hamas
and Iran, whose supreme leader, Ali Khamenei, vowed revenge"), making the
leader one of the accusers.  Such a phrase is the subject of the next verb,
and that verb a relative clause of the noun before *whose*.

**A fronted participial clause read as a subject.**  "Voicing appreciation
for Washington's support, Herzog decried the attacks" opens with an adjunct
clause whose understood subject is the main clause's (Huddleston & Pullum
2002, ch. 14, on supplementary non-finite clauses).  The parser sometimes
reads its first words as a noun phrase ("voicing appreciation") and makes it
a second subject of the main verb.  A verb with two subjects before it,
separated by a comma, where the first opens the sentence with a participle in
*-ing* hung on it as a modifier, has one: the participle heads an adverbial
clause and the noun is its object.

**The first object of a verb of giving read as a compound.**  In "pledged to
give Netanyahu parliamentary cover" the name is the indirect object of
*give* (the double-object construction, Huddleston & Pullum 2002, ch. 4); the
parser often hangs it on the noun as a compound modifier ("Netanyahu cover").
In a noun phrase, a noun modifier stands after the adjectives, next to the
head (Quirk et al. 1985, *A Comprehensive Grammar of the English Language*,
on the order of premodifiers); so a proper name before an adjective
of the object of a verb of giving with no indirect object is that object.

**A verb of saying read as a reduced relative.**  "A Saudi news outlet
reported on Aug. 24 that Israel had sought ..." is sometimes parsed as a noun
phrase ("an outlet reported on Aug. 24", a passive participle modifying the
noun) with the *that*-clause hung on the noun and no verb in the sentence.
A participle of a reduced relative clause is passive and takes no *that*
clause of its own content; a verb of saying right after the noun that heads
a sentence without a verb, with a *that*-clause after it, is the finite verb
of the sentence: it becomes the root, the noun its subject, and the clause
its complement.

**A participle read as a gerund.**  "with the Israeli and Hamas negotiating
teams": a verb in *-ing* with a determiner and an adjective before it and a
noun right after it is a participle modifying that noun, not a gerund clause
taking it as object (a gerund clause takes no determiner; Huddleston &
Pullum 2002, ch. 14, on gerund-participles).  The noun takes the verb's place
and the words before the verb hang on the noun.

**An answer hung on a preposition.**  In "said no to the watchtowers" the
answer "no" is the verb's (an interjection object of *say*); the parser
sometimes hangs it on the preposition after it.  It hangs on the verb.

**A stative participle read as a passive.**  "Gallant was opposed to the
maps" (no agent) tells a state of the subject, who opposes them; the parser
reads a passive with the subject as patient.  Without an agent, the subject
of *opposed* is its active subject.

**A name read as a verb.**  "Blinken, meeting Herzog, underscored ..." opens
with a name the tagger may take for a participle in *-en*, which the parser
then makes an adverbial clause, leaving the main verb without a subject.  A
capitalised word opening the sentence, set off by a comma, with no dependents
of its own (a participle clause has at least its verb's complements), before
a verb that has no subject, is that verb's subject, a proper noun.

**A content clause read as a relative clause.**  In "A Saudi site said in an
Aug. 24 report that Israel had pressed for ..." the *that*-clause is the
content of *said*; *that* is the complementiser, not a relative word (a
relative clause has a gap that *that* fills; Huddleston & Pullum 2002, ch. 12,
on *that* in relatives and in content clauses).  The parser sometimes hangs
the clause on "report" as a relative clause.  A *that*-clause with *that* as
its mark, hung on the noun of an *in* phrase of a verb of saying that has no
complement of its own, is that verb's complement.

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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from truce.news.dates import CALENDAR_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PARSE_REPAIRS", "ParseRepairs"]

PARSE_REPAIRS = "truce_parse_repairs"  # the spaCy factory name
_FINITE = ("VBD", "VBZ")  # Penn tags of a tensed verb that cannot be a bare form (VBP can be: "meet")
_NONFINITE = ("VBG", "VB")  # gerund or participle in -ing; bare infinitive
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_OBJECTS = ("dobj", "ccomp", "xcomp", "dative", "attr", "oprd")
_APPROXIMATORS = ("upwards", "upward")  # "upwards of 300": before "of" and a counted noun
_CLAUSE_LABELS = frozenset({"conj", "nsubj", "appos", "amod", "advcl", "acl", "nsubjpass", "relcl"})
_PHRASE_LABELS = frozenset({"advmod", "dobj", "pcomp", "pobj", "preconj", "intj", "compound", "nmod", "cc"})
# verbs of giving, with two objects
_GIVING = frozenset({"give", "offer", "grant", "lend", "promise", "deny", "afford", "hand", "send"})


class ParseRepairs:
    """The repairs the module describes, each where its shape is found: those of how clauses and their
    subjects hang together first, else those of how the words of a phrase do."""

    def __init__(self, saying: frozenset[str] = frozenset()) -> None:
        self.saying = saying

    def __call__(self, doc: Doc) -> Doc:
        """Repair ``doc``'s arcs in place; other arcs are kept."""
        for tok in doc:
            dep = tok.dep_  # each repair is of a token with one of these labels (a test cheaper than a call)
            if not (dep in _CLAUSE_LABELS and self._clause_repaired(tok)) and dep in _PHRASE_LABELS:
                _phrase_repaired(tok)
        return doc

    def _clause_repaired(self, tok: Token) -> bool:
        """Repairs of how clauses and their subjects hang together; whether one applied."""
        doc = tok.doc
        if tok.dep_ == "conj" and tok.tag_ in _FINITE and _coordinated(tok) and (
                tok.head.tag_ in _NONFINITE or _gap_unshared(tok)):
            governor = _finite_governor(tok.head)
            if governor is not None:
                _reattach(tok, governor)
        elif tok.dep_ == "nsubj" and tok.head.i < tok.i and tok.head.pos_ == "VERB" and \
                tok.head.lemma_.lower() not in self.saying and _second_subject(tok):
            tok.dep_ = "dobj"
        elif tok.dep_ == "appos" and tok.head.lower_ in CALENDAR_NAMES and tok.head.dep_ == "pobj":
            _dated_subject(tok)
        elif tok.dep_ == "amod" and tok.tag_ == "VBD" and tok.head.dep_ in ("ROOT", "dep") and \
                tok.head.pos_ in ("NOUN", "PROPN") and (any(c.dep_ == "nsubj" for c in tok.children) or (
                    tok.i > 0 and doc[tok.i - 1].tag_ == "NNP" and doc[tok.i - 1].head.i == tok.head.i)):
            _made_root(tok)  # with its subject, or a name right before it ("Sisi played host to")
        elif tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.head.lemma_.lower() == "go" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children):
            tok.dep_ = "xcomp"  # "went on to call on Hamas"
        elif tok.dep_ in ("conj", "appos") and any(c.tag_ == "WP$" for c in tok.children):
            _relative_subject(tok)
        elif tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i == tok.sent.start and \
                tok.head.dep_ == "nsubj":
            _fronted_participle(tok)
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ == "ROOT" and \
                tok.head.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.saying:
            _reporting_root(tok)
        elif tok.dep_ == "advcl" and _name_read_as_verb(tok):
            tok.dep_, tok.tag_, tok.pos_, tok.lemma_ = "nsubj", "NNP", "PROPN", tok.text  # "Blinken, meeting"
        elif tok.dep_ == "relcl" and _content_of_source(tok, self.saying):
            tok.head, tok.dep_ = tok.head.head.head, "ccomp"  # "said in a report that Israel had pressed"
        elif tok.dep_ == "nsubjpass" and tok.head.lower_ == "opposed" and not any(
                c.dep_ == "agent" for c in tok.head.children):
            _stative_opposed(tok)
        else:
            return False
        return True


def _phrase_repaired(tok: Token) -> None:
    """Repairs of how the words of a phrase hang together."""
    if tok.dep_ in ("advmod", "dobj") and tok.lower_ in _APPROXIMATORS and tok.head.pos_ == "VERB":
        _approximated(tok)
    elif tok.dep_ == "cc" and tok.lower_ == "as" and tok.doc[tok.i - 2:tok.i].text.lower() == "as well" and \
            tok.head.pos_ == "VERB":
        _as_well_as(tok)
    elif tok.dep_ == "dobj" and tok.lower_ == "time" and tok.head.lemma_ == "have" and \
            tok.doc[tok.i + 1:tok.i + 3].text.lower() == "and again":
        _time_and_again(tok)
    elif tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "pobj", "dobj") and tok.left_edge.i < tok.i and \
            tok.left_edge.tag_ == "DT":
        _participle_of_noun(tok)
    elif tok.dep_ == "preconj" and tok.head.tag_ == "DT" and tok.pos_ in ("ADJ", "PROPN") and \
            tok.head.head.i > tok.i:
        tok.head, tok.dep_ = tok.head.head, "amod"  # "the Israeli and Hamas teams"
    elif tok.dep_ == "intj" and tok.lower_ in ("no", "yes") and tok.head.pos_ == "ADP" and \
            tok.head.head.pos_ == "VERB":
        tok.head = tok.head.head  # "said no to the watchtowers": the answer is the verb's
    elif tok.dep_ in ("compound", "nmod") and tok.tag_ == "NNP" and tok.head.dep_ == "dobj" and \
            tok.head.head.lemma_.lower() in _GIVING and _before_adjective(tok):
        tok.head, tok.dep_ = tok.head.head, "dative"  # "give Netanyahu parliamentary cover"


def _coordinated(conjunct: Token) -> bool:
    """``conjunct`` has no subject of its own and follows its head's own coordinator ("and", "but"),
    with no comma between the head and the coordinator but one just before it: in "see women,
    elderly men and wounded hostages" and "freeing female, elderly male and wounded captives", "and"
    closes a list of nouns, and the participle "wounded" (often tagged as a past tense) is no
    conjunct of the verb."""
    doc, head = conjunct.doc, conjunct.head
    before = doc[conjunct.i - 1] if conjunct.i > 0 else conjunct
    return before.dep_ == "cc" and before.head.i == head.i and not any(
        c.dep_ in _SUBJECTS for c in conjunct.children) and not any(
        t.text == "," for t in doc[head.i + 1:before.i - 1])


def _gap_unshared(conjunct: Token) -> bool:
    """``conjunct`` has an object of its own, and its head's object is a relative word ("what")."""
    return any(c.dep_ == "dobj" for c in conjunct.children) and any(
        c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in conjunct.head.children)


def _finite_governor(verb: Token) -> Token | None:
    """The nearest tensed verb above ``verb`` with a subject of its own, if any."""
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.tag_ in (*_FINITE, "VBP") and any(c.dep_ in _SUBJECTS for c in verb.children):
            return verb
    return None


def _reattach(conjunct: Token, governor: Token) -> None:
    """``conjunct`` and the coordinator just before it now hang from ``governor``."""
    conjunct.doc[conjunct.i - 1].head = governor
    conjunct.head = governor


def _second_subject(subject: Token) -> bool:
    """The verb has another subject before itself and no object."""
    verb = subject.head
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and not any(
        c.dep_ in _OBJECTS for c in verb.children)


def _dated_subject(name: Token) -> None:
    """"On Friday the U.S. put ...": the name is the subject of the verb the date's preposition hangs
    on, when that verb comes after it and has no subject."""
    verb = name.head.head.head
    subject = any(c.dep_ in _SUBJECTS for c in verb.children)
    if verb.pos_ in ("VERB", "AUX") and verb.i > name.i and not subject:
        name.head, name.dep_ = verb, "nsubj"


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


def _made_root(verb: Token) -> None:
    """"the cabinet endorsed maps": the verb is the root, the noun its object."""
    noun = verb.head
    verb.head, verb.dep_ = (verb, "ROOT") if noun.dep_ == "ROOT" else (noun.head, noun.dep_)
    noun.head, noun.dep_ = verb, "dobj"
    for c in list(noun.children):
        if c.i < verb.i or (c.dep_ == "punct" and c.i == c.doc[-1].i):
            c.head = verb
    name = verb.doc[verb.i - 1]
    if not any(c.dep_ == "nsubj" for c in verb.children) and name.head.i == verb.i and name.tag_ == "NNP":
        name.dep_ = "nsubj"  # "Sisi played host to Blinken": the name the parser made a compound


def _relative_subject(noun: Token) -> None:
    """"Hamas and Iran, whose leader, Khamenei, vowed revenge": the noun of the *whose* phrase is the
    subject of the next verb, which becomes a relative clause of the noun before *whose*."""
    doc = noun.doc
    whose = min(c.i for c in noun.children if c.tag_ == "WP$")
    antecedents = [t for t in doc[noun.sent.start:whose] if t.pos_ in ("NOUN", "PROPN")]
    verb = next((t for t in doc[noun.right_edge.i + 1:noun.sent.end] if not t.is_punct), None)
    if not antecedents or verb is None or verb.pos_ != "VERB" or any(
            c.dep_ in _SUBJECTS for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = antecedents[-1], "relcl"


def _fronted_participle(participle: Token) -> None:
    """"Voicing appreciation for the support, Herzog decried ...": the participle heads an adverbial
    clause of the verb, and the noun it was hung on is its object, when the verb has a second subject
    after a comma."""
    noun, verb = participle.head, participle.head.head
    comma = [t.i for t in noun.doc[noun.right_edge.i + 1:verb.i] if t.text == ","]
    if verb.pos_ == "VERB" and comma and any(
            c.dep_ == "nsubj" and comma[0] < c.i < verb.i for c in verb.children):
        participle.head, participle.dep_ = verb, "advcl"
        noun.head, noun.dep_ = participle, "dobj"


def _reporting_root(verb: Token) -> None:
    """"A news outlet reported on Aug. 24 that Israel had sought ...": the verb is the root, the noun its
    subject and the *that*-clause after it its complement, when the noun has such a clause."""
    noun = verb.head
    content = [c for c in noun.children if c.i > verb.i and c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not content or verb.i != noun.i + 1:
        return
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    for c in list(noun.children):
        if c.i > verb.i:
            c.head = verb
    content[0].dep_ = "ccomp"


def _name_read_as_verb(tok: Token) -> bool:
    """A capitalised word opening the sentence, set off by a comma, tagged as a verb with no dependents of
    its own, before a verb that has no subject ("Blinken, meeting Herzog, underscored ...")."""
    doc, verb = tok.doc, tok.head
    return tok.i == tok.sent.start and tok.tag_ in ("VBN", "VBD") and tok.is_title and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and \
        all(c.dep_ == "punct" for c in tok.children) and \
        verb.i > tok.i and not any(c.dep_ in _SUBJECTS for c in verb.children)


def _content_of_source(clause: Token, saying: frozenset[str]) -> bool:
    """A *that*-clause (the complementiser, not a relative word) hung as a relative clause on the source
    named after a verb of saying ("said in an Aug. 24 report that Israel had pressed ..."), when the verb
    has no complement of its own."""
    source = clause.head
    verb = source.head.head
    return source.dep_ == "pobj" and source.head.lower_ == "in" and verb.lemma_.lower() in saying and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.tag_ == "IN" for m in clause.children) and not any(
        c.dep_ == "ccomp" for c in verb.children)


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


def _stative_opposed(subject: Token) -> None:
    """"Gallant was opposed to the maps": one who is opposed opposes (the participle of a state, with no
    agent), so the subject is the verb's active subject."""
    subject.dep_ = "nsubj"
    for c in subject.head.children:
        if c.dep_ == "auxpass":
            c.dep_ = "aux"


def _before_adjective(name: Token) -> bool:
    """A name right after the verb (its words all proper nouns, no determiner before them), before an
    adjective of its head noun, when the verb has no indirect object."""
    doc, noun = name.doc, name.head
    words = doc[noun.left_edge.i:name.i + 1]
    return noun.left_edge.i == noun.head.i + 1 and all(t.tag_ == "NNP" for t in words) and \
        doc[name.i + 1].dep_ == "amod" and doc[name.i + 1].head.i == noun.i and not any(
            c.dep_ in ("dative", "iobj") for c in noun.head.children)


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(PARSE_REPAIRS):
        return

    @Language.factory(PARSE_REPAIRS)
    def make(nlp: Any, name: str) -> ParseRepairs:
        from truce.news.clauses import SAYING

        return ParseRepairs(SAYING)


_register()
