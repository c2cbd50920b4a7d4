"""Repairs of arcs of reported speech that the English model's parser gets wrong, after it runs
(called by :class:`truce.news.parse_repairs.ParseRepairs`).

**A verb of saying read as a reduced relative.**  "A Saudi news outlet
reported on Aug. 24 that Israel had sought ..." is sometimes parsed as a noun
phrase ("an outlet reported on Aug. 24", a passive participle modifying the
noun) with the *that*-clause hung on the noun and no verb in the sentence.
A participle of a reduced relative clause is passive and takes no *that*
clause of its own content; a verb of saying right after the noun that heads
a sentence without a verb, with a *that*-clause after it, is the finite verb
of the sentence: it becomes the root, the noun its subject, and the clause
its complement.

**An aside with an auxiliary read as the main clause.**  In "Israel, Hamas has
charged, has brought in new demands" the clause "Hamas has charged" is a
reporting aside set off by commas (Huddleston & Pullum 2002, ch. 10 and 15,
on parenthetical reporting clauses); the parser makes "charged" the main
verb, with two subjects, and the content verb its conjunct.  When a verb of
saying has a subject before the aside and one inside it, each set off by
commas, and a conjunct after the aside with no subject, the conjunct is the
main verb with the first subject, and the verb of saying its aside.

**An aside read as a relative clause.**  In "Every party, the secretary of
state added, should hold back" the parser may hang "added" on "party" as a
relative clause with no relative word.  A verb of saying so hung, with a
subject of its own that is no relative word, no object or complement, and
commas on both sides, is a reporting aside of the subject's verb.

**A content clause read as a relative clause.**  In "A Saudi site said in an
Aug. 24 report that Israel had pressed for ..." the *that*-clause is the
content of *said*; *that* is the complementiser, not a relative word (a
relative clause has a gap that *that* fills; Huddleston & Pullum 2002, ch. 12,
on *that* in relatives and in content clauses).  The parser sometimes hangs
the clause on "report" as a relative clause.  A *that*-clause with *that* as
its mark, hung on the noun of an *in* phrase of a verb of saying that has no
complement of its own, is that verb's complement; so is one hung on the
object of a verb of telling, its addressee ("informed Blinken that Israel had
signed on"; Levin 1993, 37.2 and 37.9, *tell* and *advise* verbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.phrase_repairs import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CHARGING", "aside_content", "aside_read_as_main", "aside_read_as_relative", "content_of_source",
           "content_reattached", "reporting_root", "telling_read_as_modifier"]

CHARGING = frozenset({"charge", "allege", "accuse", "contend", "argue", "assert", "maintain", "warn"})
_RELATIVE_WORDS, _COMPLEMENTS = frozenset({"WDT", "WP", "WP$"}), frozenset({"dobj", "ccomp", "xcomp"})
# Verbs whose object is the addressee of a content clause (Levin 1993, 37.2 *tell*, 37.9 *advise* verbs)
_TELLING = frozenset({"tell", "inform", "assure", "reassure", "notify", "remind", "warn", "advise", "brief",
                      "alert", "caution", "convince", "persuade"})


def reporting_root(verb: Token) -> None:
    """"A news outlet reported on Aug. 24 that Israel had sought ...": the verb is the root, the noun its
    subject and the *that*-clause after it its complement, when the noun has such a clause."""
    noun = verb.head
    content = _that_clauses(noun, verb)
    if not content or verb.i != noun.i + 1:
        return
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    for c in list(noun.children):
        if c.i > verb.i:
            c.head = verb
    content[0].dep_ = "ccomp"


def _that_clauses(noun: Token, verb: Token) -> list[Token]:
    """The clauses with the complementiser *that* the parser hung on ``noun`` after ``verb``."""
    return [c for c in noun.children if c.i > verb.i and c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def aside_content(subject: Token) -> Token | None:
    """For the first of two subjects of a verb of saying set off by commas ("Israel, Hamas has charged, has
    brought in new demands"), the verb's conjunct or complement after the aside (with its date or medium:
    "Hamas alleged in a statement,") that has no subject: the content; or the verb the aside already
    hangs on, when that has none."""
    verb, doc = subject.head, subject.doc
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    end = max((c.right_edge.i for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > verb.i),
              default=verb.i) + 1
    if subject.i > verb.i or not others or end >= len(doc) or doc[end].text != "," or \
            doc[subject.right_edge.i + 1].text != "," or doc[others[0].left_edge.i - 1].text != ",":
        return None
    main = verb.head
    if verb.dep_ == "parataxis" and main.i > end and main.pos_ in ("VERB", "AUX") and not any(
            g.dep_ in SUBJECTS for g in main.children):
        return main  # the aside already hangs on the content, which lacks its subject
    return next((c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.i > end and
                 c.pos_ in ("VERB", "AUX") and not any(g.dep_ in SUBJECTS for g in c.children)), None)


def aside_read_as_main(subject: Token) -> None:
    """The content becomes the clause's head with the first subject, the verb of saying its aside."""
    verb = subject.head
    content = aside_content(subject)
    if content is None:
        return
    if content.i == verb.head.i:
        subject.head = content
        return
    content.head, content.dep_ = (content, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    verb.head, verb.dep_ = content, "parataxis"
    subject.head = content
    for c in list(verb.children):
        if c.i > verb.i and c.dep_ in ("punct", "cc") and c.i > content.i:
            c.head = content


def aside_read_as_relative(verb: Token, saying: frozenset[str]) -> bool:
    """"Every party, the secretary of state added, should hold back": a verb of saying hung on the subject
    as a relative clause, with a subject of its own that is no relative word, no object or complement, and
    commas on both sides, is a reporting aside; it is made one, of the subject's verb after it.  Hung on a
    noun after the main verb, after a comma and before one or the end ("The rocket was fired by Hezbollah,
    Israel charged, a claim ..."), it tells the whole clause: it is the root, the clause its complement."""
    noun, doc, root = verb.head, verb.doc, verb.sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_WORDS), None)
    if subject is None or verb.lemma_.lower() not in saying | CHARGING or \
            any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return False
    first, last = subject.left_edge.i, max(t.i for t in verb.subtree if not t.is_punct)
    if not (first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].is_punct):
        return False
    if noun.dep_ in SUBJECTS and last + 1 < noun.head.i and doc[last + 1].text == ",":
        verb.head, verb.dep_ = noun.head, "parataxis"
        return True
    if root.i < noun.i and root.pos_ in ("VERB", "AUX") and root.lemma_.lower() not in saying:
        verb.head, verb.dep_, root.head, root.dep_ = verb, "ROOT", verb, "ccomp"  # after the clause it tells
        return True
    return False


def telling_read_as_modifier(verb: Token) -> bool:
    """"Haniyeh, Hamas's political chief, informed Qatar's prime minister that Hamas had accepted ...",
    parsed with no verb: the name the root, "informed" a modifier of the addressee, and the *that*-clause
    a relative clause of the name.  A verb of telling so hung, after a comma, in a sentence whose root is a
    name with such a clause after the verb, is the root: the name its subject, the addressee its object
    and the clause its complement."""
    root, addressee = verb.sent.root, verb.head
    content = _that_clauses(root, verb)
    if verb.dep_ != "amod" or verb.lemma_.lower() not in _TELLING or root.pos_ != "PROPN" or not content or \
            verb.i < 1 or verb.doc[verb.i - 1].text != "," or addressee.i < verb.i:
        return False
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    addressee.head, addressee.dep_ = verb, "dobj"
    content[0].head, content[0].dep_ = verb, "ccomp"
    for c in [c for c in root.children if c.i > content[0].i]:
        c.head = verb
    return True


def content_of_source(clause: Token, saying: frozenset[str]) -> Token | None:
    """The verb a *that*-clause (the complementiser, not a relative word) is the content of, when it hangs
    as a relative clause on the source named after a verb of saying ("said in an Aug. 24 report that
    Israel had pressed ...", "insisted earlier in the month that troops withdraw") or on the addressee of a
    verb of telling ("informed the U.S. secretary of state, Antony Blinken, that Israel had signed on";
    there the parser may tag *that* as a relative pronoun, but the clause has a subject of its own), and
    the verb has no complement of its own."""
    source, that = clause.head, [m for m in clause.children if m.lower_ == "that" and m.dep_ != "nsubj"]
    gov = source.head.head if source.dep_ == "pobj" and source.head.lower_ == "in" else source
    gov = gov.head if gov.dep_ == "advmod" else gov  # "insisted earlier in the month that ..."
    if gov.i != source.i and gov.lemma_.lower() in saying and any(m.tag_ == "IN" for m in that):
        verb = gov
    elif source.dep_ == "dobj" and source.head.lemma_.lower() in _TELLING and that and any(
            c.dep_ == "nsubj" for c in clause.children):
        verb = source.head
    else:
        return None
    return None if any(c.dep_ == "ccomp" for c in verb.children) else verb


def content_reattached(clause: Token, verb: Token) -> None:
    """The clause is the verb's complement, and its *that* the complementiser."""
    clause.head, clause.dep_ = verb, "ccomp"
    for mark in (m for m in clause.children if m.lower_ == "that"):
        mark.dep_ = "mark"
