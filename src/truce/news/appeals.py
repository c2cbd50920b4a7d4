"""Appeals and demands told without a verb of appealing or demanding.

A demand may be told through its noun ("Israel's demand was for five hostages a week"), an appeal
through the need or the importance of what is asked ("stressed the importance of seizing the
chance"), and both through an obligation that a speaker lays on others ("Taylor must step down, Bush
said": deontic modality, Palmer 2001, *Mood and Modality*, ch. 3).  Each reading returns the CAMEO
code the speaker's verb takes (10, demand; 020, appeal: PLOVER's REQUEST), else None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DEMAND_NOUNS", "demand_stated", "obligation_told", "stressed_need", "wanted_of_others"]

DEMAND_NOUNS = frozenset({"condition", "precondition", "demand", "requirement", "request", "stipulation"})
_EMPHASISING = frozenset({"stress", "underscore", "underline", "emphasize", "emphasise"})
_NEEDS = frozenset({"importance", "urgency", "need", "necessity"})
_NEEDED = frozenset({"important", "urgent", "necessary", "vital", "crucial", "essential", "imperative"})
# Verbs that tell what someone said or holds, and the modals of obligation ("must", "should"; "has to",
# "needs to" are verbs with an infinitive)
_TELLING = frozenset({"say", "add", "declare", "state", "maintain", "argue", "write", "reiterate"})
_OBLIGING = frozenset({"must", "should", "ought"})
_OBLIGED = frozenset({"have", "need"})
_OWN = frozenset({"i", "we", "he", "she", "it", "they"})  # a speaker who binds itself states an intent


def demand_stated(copula: Token) -> str | None:
    """A copula or *include* whose subject is an actor's demand and whose complement says what it was
    ("Israel's demand was for five hostages a week", "Israeli demands included a full list"): the
    demand itself (CAMEO 100), told through its noun as its owner's act; else None."""
    if copula.lemma_.lower() not in ("be", "include") or any(c.dep_ == "neg" for c in copula.children):
        return None
    told = any(c.dep_ in ("attr", "dobj", "ccomp", "prep") for c in copula.children)
    return "100" if told and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DEMAND_NOUNS and any(
            m.dep_ in ("poss", "amod") and m.tag_ != "PRP$" and m.pos_ in ("PROPN", "ADJ")
            for m in c.children) for c in copula.children) else None


def stressed_need(verb: Token) -> str | None:
    """A verb of emphasis whose object is the importance, urgency or need of something, or whose clause
    says how important or urgent it is ("stressed the importance of seizing the chance", "underscored how
    important it was to ..."): an appeal for it (CAMEO 020; annotation rule 4, REQUEST); else None."""
    if verb.lemma_.lower() not in _EMPHASISING:
        return None
    needed = any((c.dep_ == "dobj" and c.lemma_.lower() in _NEEDS) or (c.dep_ == "ccomp" and any(
        a.dep_ == "acomp" and a.lemma_.lower() in _NEEDED for a in c.children)) for c in verb.children)
    return "020" if needed else None


def obligation_told(verb: Token) -> str | None:
    """A verb of saying whose clause lays an obligation on others ("Bush said Taylor must step down",
    "Hamas should now do likewise, Blinken said", "any deal must rest on the July terms, Hamas has
    maintained"): an appeal (CAMEO 020) by the speaker, to the clause's subject when it is an actor;
    else None.  What one tells an addressee keeps the code of *tell*, unless the passive names the
    teller ("Israel was told by Egypt that it must leave": Egypt's appeal to Israel, whom the pronoun
    names).  An appeal told beside the saying ("said the war must end, pressing Hamas to accept the
    offer") is the one act.  An obligation the speaker lays on itself ("said it must defend itself") is
    an intent, a modal that opens a condition ("Should Israel sign, ...") none, and so is a saying that
    gives the reason for another act ("declined to take part, saying Israel must commit to the plan")
    or describes its speaker ("Trump, who said Spain should stay united")."""
    told = verb.lemma_.lower() == "tell" and any(c.dep_ == "agent" for c in verb.children)
    if (verb.lemma_.lower() not in _TELLING and not told) or \
            verb.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp"):
        return None  # "refused, saying Israel must commit": the reason given for the refusal
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis":  # "any deal, Hamas has maintained, must rest on": the clause around it
        clauses.append(verb.head)
    beside = any(c.dep_ in ("advcl", "conj") and any(  # "pressing Hamas to accept", wherever it hangs
        x.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in x.children) for x in c.children)
        for h in (verb, *clauses) for c in h.children)
    return "020" if not beside and any(_obliged(c, told) for c in clauses) else None


def _obliged(clause: Token, addressed: bool = False) -> bool:
    """Whether a clause lays an obligation on its subject, who is not the speaker unless the clause is
    told to an addressee (a modal before its subject opens a condition instead: "Should Israel sign")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or (not addressed and any(s.lower_ in _OWN for s in subjects)):
        return False
    return any(a.dep_ == "aux" and a.lower_ in _OBLIGING and a.i > subjects[0].i
               for a in clause.children) or (
        clause.lemma_.lower() in _OBLIGED and any(
            x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in clause.children))


def wanted_of_others(clause: Token) -> bool:
    """The complement of a verb of wanting that others are to bring about: a participle with no auxiliary
    ("wanted the hostages freed"; the parser may tag it a past tense, "wanted the offer altered", or a
    noun, "wanted five hostages still alive freed", when it has a subject of its own), or an infinitive
    with a subject of its own ("wants Sweden to crack down"): the object-control reading of *want*
    (Huddleston & Pullum 2002, ch. 14, on catenative verbs with an intervening object)."""
    if clause.dep_ == "dobj":  # "wanted five hostages freed each week": the participle hung on the object
        return any(a.dep_ == "acl" and a.tag_ == "VBN" and a.i > clause.i and not any(
            b.dep_ == "agent" for b in a.children) for a in clause.children)
    if clause.dep_ != "ccomp":
        return False
    marks = {a.dep_ for a in clause.children} & {"aux", "auxpass", "mark"}
    subject = any(a.dep_ == "nsubj" and a.pos_ in ("NOUN", "PROPN") for a in clause.children)
    if not marks:
        return clause.tag_ == "VBN" or (subject and (clause.tag_ == "VBD" or (
            clause.tag_ == "NN" and clause.lower_.endswith("ed"))))
    auxiliaries = [a.lower_ for a in clause.children if a.dep_ == "aux"]
    return subject and clause.tag_ == "VB" and auxiliaries == ["to"]
