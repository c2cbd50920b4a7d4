"""Subjects the parser attached to the wrong word, found again from the shape of the sentence.

A statistical dependency parser (here spaCy's) makes a few recurrent attachment errors around
fronted phrases and coordination: a fronted clause flattened into the main one, a name after a
comma hung on the fronted phrase as an apposition or a conjunct, two subjects joined by *and* left
unlinked.  Each function names one such shape and returns the tokens that are the verb's subject;
:func:`named_mediators` drops the noun that sums up a list of named mediators the parser joined to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from truce.news.mentions import ActorRef

__all__ = ["accompanied", "apposed_after_fronted", "comma_listed", "described_name", "first_conjunct",
           "fronted_clause_subject", "listed_after_setting", "named_mediators", "shared_subject",
           "stray_subjects"]

_STANDING = frozenset({"stand", "remain"})  # "stands accused by Hamas": a passive predicated of the subject
_SETTING_PREPS = frozenset({"in", "at", "on", "from"})  # a fronted place or time: "In Geneva," "On Monday,"


def fronted_clause_subject(verb: Token, subject: Token) -> bool:
    """"After direct contacts with the United States, Hamas on Monday set free ...": the parser flattened
    a fronted clause into the verb's (its *after* a mark of the verb, its noun a first subject); so it
    may a fronted participle clause ("Voicing appreciation for Washington's support, Herzog condemned
    ...": the participle a modifier of its object, the object a first subject).  The subject is the one
    after the comma."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) > 1 and subject.i == subjects[0].i and (any(
        c.dep_ == "mark" and c.i < subject.i for c in verb.children) or
        verb.doc[subject.left_edge.i].tag_ in ("VBG", "VBN")) and any(
        t.text == "," for t in verb.doc[subject.i:subjects[1].left_edge.i])


def described_name(verb: Token, subject: Token) -> bool:
    """"The Lebanese group Hezbollah fired": the parser made the noun that describes a name and the
    name two subjects of the verb; the name right after the noun is the subject."""
    return subject.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") and
                                                 c.left_edge.i == subject.i + 1 for c in verb.children)


def apposed_after_fronted(verb: Token, subject: Token) -> list[Token]:
    """The same flattened clause with one subject, the name after the comma hung on it as an
    apposition ("After direct contacts with Kosovo, Serbia on Monday set free ..."); so with a fronted
    participle clause ("Voicing appreciation for Washington's support, the Israeli president, Isaac
    Herzog, condemned ...": the participle a modifier of its object, the subject its apposition; "Using
    100 warplanes, Israel carried out ...": the participle the clausal subject, the name an apposition in
    it)."""
    if verb.doc[subject.left_edge.i].tag_ == "VBG" and subject.left_edge.dep_ in ("amod", "csubj"):
        return [c for c in subject.subtree
                if c.dep_ == "appos" and verb.doc[c.left_edge.i - 1].text == ","][:1]
    if not any(c.i < subject.i and (c.dep_ == "mark" or (c.dep_ == "prep" and not any(  # "After Haniyeh's
            g.dep_ in ("pobj", "pcomp") for g in c.children))) for c in verb.children):  # killing in Tehran,
        return []  # Khamenei promised": the preposition left without its object, which became the subject
    commas = [t.i for t in subject.subtree if t.text == ","]
    return [t for t in subject.subtree if t.dep_ == "appos" and commas and t.i > commas[-1]][:1]


def stray_subjects(verb: Token, first: Token) -> list[Token]:
    """Further subjects of a verb that the parser left unlinked to the first ("Congo's Felix Tshisekedi
    and Rwandan President Paul Kagame called": both nsubj), when an "and" of the first joins them."""
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i > first.i] if joined else []


def comma_listed(verb: Token, subject: Token) -> list[Token]:
    """The other name of a list of subjects "A, B and C" that the parser split off the subject, as a
    second subject or a noun-phrase adverbial of the verb ("Washington, Cairo and Doha presented",
    "Moscow, Yerevan and Baku presented"): the name a comma joins to the subject, when the later of the
    two is coordinated with the list's last name."""
    doc = verb.doc
    return [c for c in verb.children if c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN" and (
        (c.i + 2 == subject.left_edge.i and doc[c.i + 1].text == "," and _ends_list(subject)) or
        (subject.i + 2 == c.left_edge.i and doc[subject.i + 1].text == "," and _ends_list(c)))]


def _ends_list(name: Token) -> bool:
    return any(c.dep_ == "conj" for c in name.children)


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated nouns ("The United States, France and several allies called"), which
    resolves to all of them."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def listed_after_setting(verb: Token) -> list[Token]:
    """A subject the parser joined to the noun of a fronted place or time ("In Geneva, Russia, Iran
    and Turkey signed": *Russia* a conjunct of *Geneva*; "In Astana on Thursday, Turkey, Russia and
    Iran signed": *Turkey* an apposition of *Thursday*), for a verb with no subject of its own: the
    names after the setting's comma."""
    doc = verb.doc
    first = doc[verb.sent.start]
    if first.dep_ != "prep" or first.lower_ not in _SETTING_PREPS or first.head.i != verb.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    comma = next((t.i for t in doc[first.i:verb.i] if t.text == ","), 0)
    setting = doc[comma - 1]
    if not comma or setting.dep_ != "pobj" or setting.head.lower_ not in _SETTING_PREPS:
        return []  # the comma must close the setting ("On Monday Mazloum Abdi, commander of ...": no)
    joined = [t for t in doc[comma + 1:verb.i] if t.dep_ in ("conj", "appos") and t.head.i < comma and
              t.head.dep_ == "pobj" and t.head.head.lower_ in _SETTING_PREPS]
    listed = [joined[0], *(c for c in joined[0].conjuncts if c.i > comma)] if joined else []
    return listed if len(listed) > 1 else []  # a list of names; one name apposed is told apart elsewhere


def shared_subject(tok: Token) -> list[Token]:
    """The subject a passive verb shares with the clause it is coordinated with ("Hamas stayed away but
    was briefed by the mediators": Hamas was briefed), or with the clause an opening passive participle
    is an adjunct of ("Accused by Israel of the strike, Hezbollah denied it": Hezbollah was accused, the
    understood subject of a supplementary clause being the main clause's), or of *stand* or *remain*
    ("Israel stands accused by Hamas of ..."); none for a verb with a subject of its own."""
    deps = {c.dep_ for c in tok.children}
    fronted = tok.dep_ == "advcl" and tok.tag_ == "VBN" and "agent" in deps and (
        (tok.left_edge.i == tok.sent.start and tok.i < tok.head.i) or tok.head.lemma_.lower() in _STANDING)
    if not (fronted or (tok.dep_ == "conj" and "auxpass" in deps)) or deps & {"nsubj", "nsubjpass"}:
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def accompanied(verb: Token, subject: Token) -> list[Token]:
    """Those who act with the subject, set off between it and the verb ("the United States, together
    with Egypt and Qatar, unveiled"; "along with"), or after the agent of a passive: subjects too."""
    doc = verb.doc
    withs = [t for t in doc[subject.i + 1:verb.i]
             if t.lower_ == "with" and doc[t.i - 1].lower_ in ("together", "along")]
    if subject.dep_ == "pobj" and subject.head.dep_ == "agent":  # "tabled by the United States together
        withs = [t for t in verb.children if t.lower_ == "with" and t.i > subject.i and  # with Egypt"
                 doc[t.i - 1].lower_ in ("together", "along")]
    return [o for w in withs for g in w.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]


def named_mediators(refs: list[ActorRef], third_parties: frozenset[str]) -> list[ActorRef]:
    """"The three mediators, the United States, Egypt and Qatar, unveiled": the mediators named, not the
    noun that sums them up (which the parser coordinates with them)."""
    if not any(r.kind != "agent" for r in refs):
        return refs
    return [r for r in refs if r.kind != "agent" or r.name.lower() not in third_parties]
