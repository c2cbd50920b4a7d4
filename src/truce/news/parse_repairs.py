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
object of its own, or after a comma, hung on the verb of a relative clause
whose object is the relative word ("the plan matched what Netanyahu *wanted*
and *blamed* the Israeli premier"; "a plan that he *described* as Israel's,
and *called* on Hamas to take it"): a gap in one conjunct must be a gap in
every one (the Coordinate Structure Constraint, Ross 1967, *Constraints on
Variables in Syntax*, ch. 4); and a past tense after a comma hung on a
perfect participle with a subject of its own ("declared that the moment had
*come* ..., and *pressed* Hamas"), which as its conjunct would be a
participle too.  The arc stays projective: the new head's subtree already
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

**A past tense with a subject, read as an adjective.**  The parser sometimes
reads "the cabinet endorsed maps drawn up by the army" as a noun phrase
("endorsed maps") with no verb, while itself tagging "endorsed" as a past
tense (Penn ``VBD``, not the participle ``VBN``) and giving it the subject
"cabinet".  A past tense with a subject is a finite verb (Marcus, Santorini &
Marcinkiewicz 1993, the Penn Treebank's tag set): it becomes the root, the
noun its object, and the words before it that hung on the noun hang on it.
So is a participle so hung with an active subject of its own ("Qatar's
premier hosted officials from Hamas", "hosted" tagged ``VBN``), which a
participle modifier cannot have (its subject is the noun it modifies).  So
with a name right before a past tense that the parser hung on the noun ("Sisi played
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
a second subject of the main verb, or an unlabelled dependent of it.  A verb
with a subject after a comma and, before that, such a noun opening the
sentence with a participle in *-ing* hung on it as a modifier has one
subject: the participle heads an adverbial clause and the noun is its
object.  The converse error reads the main clause's subject as an apposition
of the fronted clause's object ("Using about 100 jets, Israel carried out
strikes": *Israel* an apposition of *jets*); a name so hung, after a comma,
is the subject of the main verb when that verb follows it and has none.
When the whole sentence is parsed as the fronted clause, the first tensed
verb after the last name (or a title and a name) is the root.

**A name read as a verb.**  "Blinken, meeting Herzog, underscored ..." opens
with a name the tagger may take for a participle in *-en*, which the parser
then makes an adverbial clause, leaving the main verb without a subject.  A
capitalised word opening the sentence, set off by a comma, with no dependents
of its own (a participle clause has at least its verb's complements), before
a verb that has no subject, is that verb's subject, a proper noun; so is one
tagged as a verb that the parser itself made the subject, and a participle
clause it hung on the name hangs on the verb.  The converse: a word in *-ing*
opening the sentence, tagged as a proper noun ("Commending Netanyahu for
accepting the proposal, Blinken urged Hamas ..."), that the parser made the
head of an adverbial clause with an object is that clause's participle; it
takes the lemma the lemmatiser gives a verb.  So does a word tagged as a
common noun that has a subject and a modal auxiliary ("Netanyahu would not
*countenance* leaving the corridor"): a noun takes no auxiliary; and a plural
noun as the root right after its subject ("Blinken *heads* to Egypt").

The repairs of reported speech are in :mod:`truce.news.report_repairs`, those of how the words of a
phrase hang together in :mod:`truce.news.phrase_repairs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from truce.news.dates import CALENDAR_NAMES
from truce.news.phrase_repairs import OBJECTS, PHRASE_LABELS, SUBJECTS, phrase_repaired, stative_opposed
from truce.news.report_repairs import (
    CHARGING,
    aside_content,
    aside_read_as_main,
    aside_read_as_relative,
    content_of_source,
    content_reattached,
    reporting_root,
    telling_read_as_modifier,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["PARSE_REPAIRS", "ParseRepairs"]

PARSE_REPAIRS = "truce_parse_repairs"  # the spaCy factory name
_VERBAL = ("VERB", "AUX")
_FINITE = ("VBD", "VBZ")  # Penn tags of a tensed verb that cannot be a bare form (VBP can be: "meet")
_NONFINITE = ("VBG", "VB")  # gerund or participle in -ing; bare infinitive
_CLAUSE_LABELS = frozenset({"conj", "nsubj", "appos", "amod", "advcl", "acl", "nsubjpass", "relcl"})


class ParseRepairs:
    """The repairs the module describes, each where its shape is found: those of how clauses and their
    subjects hang together first, else those of how the words of a phrase do."""

    def __init__(self, saying: frozenset[str] = frozenset(),
                 lemmatize: Callable[[Token], str] | None = None) -> None:
        self.saying, self.lemmatize = saying, lemmatize

    def __call__(self, doc: Doc) -> Doc:
        """Repair ``doc``'s arcs in place; other arcs are kept."""
        for tok in doc:
            dep = tok.dep_  # each repair is of a token with one of these labels (a test cheaper than a call)
            if not (dep in _CLAUSE_LABELS and self._clause_repaired(tok)) and dep in PHRASE_LABELS:
                phrase_repaired(tok)
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
        elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.saying | CHARGING and \
                aside_content(tok) is not None:
            aside_read_as_main(tok)
        elif tok.dep_ == "appos" and ((tok.head.lower_ in CALENDAR_NAMES and tok.head.dep_ == "pobj") or (
                tok.pos_ == "PROPN" and tok.head.dep_ == "dobj" and tok.head.head.dep_ == "advcl" and
                tok.head.head.tag_ == "VBG" and doc[tok.left_edge.i - 1].text == ",")):
            _subject_of_main(tok, tok.head.head.head)  # "On Friday the U.S. put", "Using jets, Israel struck"
        elif tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in ("ROOT", "dep") and \
                tok.head.pos_ in ("NOUN", "PROPN") and (any(c.dep_ == "nsubj" for c in tok.children) or (
                    tok.i > 0 and doc[tok.i - 1].tag_ == "NNP" and doc[tok.i - 1].head.i == tok.head.i and
                    tok.tag_ == "VBD")):
            _made_root(tok)  # with its subject, or a name right before it ("Sisi played host to")
        elif tok.dep_ == "advcl" and tok.tag_ == "VB" and tok.head.lemma_.lower() == "go" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
                c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children):
            tok.dep_ = "xcomp"  # "went on to call on Hamas"
        elif (tok.dep_ in ("conj", "appos") and _series_repaired(tok)) or (
                tok.dep_ == "relcl" and aside_read_as_relative(tok, self.saying)) or (
                tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD") and telling_read_as_modifier(tok)):
            pass  # "Every party, the secretary of state added, should hold back": an aside; "Haniyeh, its
            # chief, informed Qatar's premier that ...": the verb of the sentence
        elif tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i == tok.sent.start and \
                tok.head.dep_ in ("nsubj", "dep"):
            _fronted_participle(tok)
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.dep_ == "ROOT" and \
                tok.head.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.saying:
            reporting_root(tok)
        elif self.lemmatize and (verb := _verb_tagged_as_noun(tok)) is not None:
            verb.tag_, verb.pos_ = {"NNP": "VBG", "NNS": "VBZ"}.get(verb.tag_, "VB"), "VERB"
            verb.lemma_ = self.lemmatize(verb)
        elif (tok.dep_ == "advcl" and _name_read_as_verb(tok)) or (
                tok.dep_ == "nsubj" and tok.pos_ == "VERB" and tok.i == tok.sent.start and tok.is_title):
            _name_as_subject(tok)  # "Blinken, meeting Herzog, underscored": the name tagged as a participle
        elif tok.dep_ in ("relcl", "acl") and (verb := content_of_source(tok, self.saying)) is not None:
            content_reattached(tok, verb)  # "said in a report that Israel had pressed"
        elif tok.dep_ == "nsubjpass" and tok.head.lower_ == "opposed" and not any(
                c.dep_ == "agent" for c in tok.head.children):
            stative_opposed(tok)
        else:
            return False
        return True


def _coordinated(conjunct: Token) -> bool:
    """``conjunct`` has no subject of its own and follows its head's own coordinator ("and", "but"),
    with no comma between the head and the coordinator but one just before it: in "see women,
    elderly men and wounded hostages" and "freeing female, elderly male and wounded captives", "and"
    closes a list of nouns, and the participle "wounded" (often tagged as a past tense) is no
    conjunct of the verb."""
    doc, head = conjunct.doc, conjunct.head
    before = doc[conjunct.i - 1] if conjunct.i > 0 else conjunct
    return before.dep_ == "cc" and before.head.i == head.i and not any(
        c.dep_ in SUBJECTS for c in conjunct.children) and not any(
        t.text == "," for t in doc[head.i + 1:before.i - 1])


def _gap_unshared(conjunct: Token) -> bool:
    """``conjunct`` has an object of its own or a comma before its coordinator, and its head's object is a
    relative word ("what", or the *that* of a relative clause); or it is a past tense after a comma hung
    on a perfect participle with a subject of its own ("declared that the moment had come, and pressed")."""
    head, comma = conjunct.head, conjunct.doc[conjunct.i - 2].text == ","
    perfect = comma and conjunct.tag_ == "VBD" and head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) and any(
        c.dep_ in SUBJECTS for c in head.children)
    relative = any(c.dep_ == "dobj" and (c.tag_ in ("WP", "WDT") or (
        c.lower_ == "that" and head.dep_ == "relcl")) for c in head.children)
    return perfect or (relative and (comma or any(c.dep_ == "dobj" for c in conjunct.children)))


def _finite_governor(verb: Token) -> Token | None:
    """The nearest tensed verb above ``verb`` with a subject of its own, if any."""
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.tag_ in (*_FINITE, "VBP") and any(c.dep_ in SUBJECTS for c in verb.children):
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
        c.dep_ in OBJECTS for c in verb.children)


def _subject_of_main(name: Token, verb: Token) -> None:
    """"On Friday the U.S. put ...", "Using 100 jets, Israel carried out ...": the name is the subject of
    the verb the date's preposition or the fronted clause hangs on, when that verb comes after it and has
    no subject."""
    if verb.pos_ in _VERBAL and verb.i > name.i and not any(c.dep_ in SUBJECTS for c in verb.children):
        name.head, name.dep_ = verb, "nsubj"


def _verb_tagged_as_noun(tok: Token) -> Token | None:
    """A verb the tagger took for a noun: a word in *-ing* opening the sentence, tagged as a proper noun,
    that heads an adverbial clause with an object ("Commending Netanyahu for ..., Blinken urged"); a
    noun with a modal auxiliary, whose subject ``tok`` is ("Netanyahu would not countenance leaving"):
    a noun takes no auxiliary; a plural root right after its subject's phrase ("Blinken, ..., heads to")."""
    if tok.dep_ == "advcl" and tok.tag_ == "NNP" and tok.i == tok.sent.start and tok.lower_.endswith("ing") \
            and any(c.dep_ == "dobj" for c in tok.children):
        return tok
    head = tok.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < head.i for c in head.children)
    plural = head.tag_ == "NNS" and head.dep_ == "ROOT" and head.i == tok.right_edge.i + 1  # a verb in -s
    noun = (head.tag_ == "NN" and head.i > tok.i and modal) or plural
    return head if tok.dep_ == "nsubj" and noun else None


def _series_repaired(tok: Token) -> bool:
    """Repairs of a phrase the parser joined to the names before it; whether the phrase is of a kind
    they read (a name after a comma in a sentence opening with a participle, a phrase with *whose*)."""
    if any(c.tag_ == "WP$" for c in tok.children):
        _relative_subject(tok)  # ", whose supreme leader"
    elif tok.pos_ in ("PROPN", "NOUN") and tok.doc[tok.left_edge.i - 1].text == "," and \
            tok.sent.root.tag_ == "VBG" and tok.sent.root.i == tok.sent.start:
        _main_after_fronted_clause(tok)  # "Saying ... Israel's premier, Benjamin Netanyahu, Hamas spurned"
    else:
        return False
    return True


def _main_after_fronted_clause(name: Token) -> None:
    """"Saying the text met the demands of Israel's premier, Benjamin Netanyahu, Hamas on Sunday spurned
    the offer", parsed with the participle as the root, the name as a conjunct of the last noun before it
    and the main verb deep inside the fronted clause: the first tensed verb after the name with no
    subject after the name, if what lies between hangs on it, is the root, the name its subject and the
    participle its adverbial clause; a subject it had before the name is the object of the verb it hung on
    ("satisfied the terms set by ..."); a title before a name whose verb the parser made its relative
    clause hangs on the name ("Following a meeting with Netanyahu, America's top diplomat Antony Blinken
    went on to ...")."""
    doc, participle = name.doc, name.sent.root
    verb = next((t for t in doc[name.i + 1:name.sent.end] if t.tag_ in _FINITE and t.pos_ == "VERB"), None)
    if verb is None:
        return
    titled = [c for c in verb.children if c.dep_ == "nsubj" and c.i > name.i and c.pos_ == "PROPN"] \
        if verb.dep_ == "relcl" and verb.head.i == name.i and name.pos_ == "NOUN" else []
    if titled:
        name.head, name.dep_ = titled[0], "compound"
    elif name.pos_ != "PROPN" or any(c.dep_ in ("conj", "appos") for c in name.children) or any(
            c.dep_ in SUBJECTS and c.i > name.i for c in verb.children) or not all(
            verb in t.ancestors for t in doc[name.i + 1:verb.i]):
        return
    else:
        stray, governor = [c for c in verb.children if c.dep_ in SUBJECTS], verb.head
        if stray and (governor.pos_ not in _VERBAL or governor.i > stray[0].i or any(
                c.dep_ in OBJECTS and c.i != verb.i for c in governor.children)):
            return
        for noun in stray:
            noun.head, noun.dep_ = governor, "dobj"
        name.head, name.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = verb, "ROOT"
    participle.head, participle.dep_ = verb, "advcl"
    for c in [c for c in participle.children if c.i > verb.i]:
        c.head = verb


def _made_root(verb: Token) -> None:
    """"the cabinet endorsed maps": the verb is the root, the noun its object."""
    noun = verb.head
    verb.tag_ = "VBD"  # "the premier hosted officials": a participle with an active subject is a past tense
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
            c.dep_ in SUBJECTS for c in verb.children):
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


def _name_read_as_verb(tok: Token) -> bool:
    """A capitalised word opening the sentence, set off by a comma, tagged as a verb with no dependents of
    its own, before a verb that has no subject ("Blinken, meeting Herzog, underscored ...")."""
    doc, verb = tok.doc, tok.head
    return tok.i == tok.sent.start and tok.tag_ in ("VBN", "VBD") and tok.is_title and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and \
        all(c.dep_ == "punct" for c in tok.children) and \
        verb.i > tok.i and not any(c.dep_ in SUBJECTS for c in verb.children)


def _name_as_subject(name: Token) -> None:
    """The name is a proper noun, the verb's subject; a participle clause hung on it hangs on the verb."""
    name.dep_, name.tag_, name.pos_, name.lemma_ = "nsubj", "NNP", "PROPN", name.text
    for clause in [c for c in name.children if c.dep_ == "advcl"]:
        clause.head = name.head


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(PARSE_REPAIRS):
        return

    @Language.factory(PARSE_REPAIRS)
    def make(nlp: Any, name: str) -> ParseRepairs:
        from truce.news.attribute_table import ATTRIBUTE_TABLE
        from truce.news.clauses import SAYING

        if ATTRIBUTE_TABLE in nlp.pipe_names:  # the table keeps the lemmatiser it replaces
            return ParseRepairs(SAYING, nlp.get_pipe(ATTRIBUTE_TABLE).lemmatize)
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        return ParseRepairs(SAYING, None if lemmatizer is None else lambda t: lemmatizer.lemmatize(t)[0])


_register()
