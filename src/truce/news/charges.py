"""Charges laid in words: what an accusation says an actor did, without the word "accuse".

"Said Russia was responsible for the poisoning" or "... was behind the attack" charges Russia
(CAMEO 112); a question that doubts what can work while another uses force ("asked how mediation could
work when one side assassinates the negotiator") charges whoever does it (a rhetorical question asserts
its answer: Ilie 1994, *What Else Can I Tell You?*); naming an act an offence ("called the strike state
terrorism") criticises it (111).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.lexicon import FORCE, Lexicon, plover_type

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asked_after", "charged_clause", "named_an_offence", "rhetorical_charge"]

_ASKING = frozenset({"ask", "question", "wonder"})
_DOUBT_VERBS = frozenset({"cast", "raise", "express", "voice"})  # "cast doubt on whether ..."
_OFFENCES = frozenset({"terrorism", "blackmail", "genocide", "aggression", "provocation", "massacre",
                       "atrocity", "lie", "farce", "sin", "piracy", "invasion", "occupation", "crimes"})


def charged_clause(tok: Token, lexicon: Lexicon) -> Token | None:
    """The clause a verb of saying lays a charge in: "X was responsible for" or "was behind" an act of
    force or an offence ("the poisoning", "the attack"), also inside "it was (highly) likely / clear
    that ..."; its subject is the one charged."""
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        for _ in range(2):
            if clause.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ != "it"
                                                     for c in clause.children):
                held = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "responsible"]
                preps = [p for h in held for p in h.children if p.dep_ == "prep" and p.lower_ == "for"]
                preps += [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "behind"]
                acts = [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]
                if any(_harmful(a, lexicon) for a in acts):
                    return clause
            inner = [g for c in clause.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "ccomp"]
            clause = inner[0] if inner else clause  # "it was highly likely that Russia was responsible"
    return None


def rhetorical_charge(tok: Token, lexicon: Lexicon) -> Token | None:
    """A question put that doubts what can be done while an act of force goes on ("asked how mediation
    could work when one side assassinates the other's negotiator", "questioned whether talks can succeed
    if ...", "cast doubt on whether mediation could succeed if ...", "wondered whether mediation stood any
    chance if ..."): a rhetorical question, which asserts its answer (Ilie 1994, *What Else Can I Tell
    You?*), here a charge against whoever does the act (CAMEO 111): that act, its subject the one charged."""
    doubting = tok.lemma_.lower() in _DOUBT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "doubt" for c in tok.children)
    if tok.lemma_.lower() not in _ASKING and not doubting:
        return None
    questions = [c for c in tok.children if c.dep_ == "ccomp"] + [  # "cast doubt on whether ..."
        g for p in tok.children if doubting and p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    if asked_after(tok):
        questions.append(tok.sent.root)
    for doubted in questions:  # the parser may hang the *when* on the verb of asking
        asked = any(t.tag_ == "WRB" and t.i < doubted.i for t in doubted.subtree) or any(  # "how
            c.dep_ == "mark" and c.lower_ == "whether" for c in doubted.children)  # mediating could work"
        modal = doubted.lemma_.lower() == "suppose" or any(  # "was supposed to work", "stood any chance"
            (c.dep_ == "aux" and c.lower_ in ("can", "could")) or (c.dep_ == "dobj" and c.lower_ == "chance")
            for c in doubted.children)
        clauses = (*doubted.children, *tok.children, *(  # "could hope to achieve anything when ..."
            g for c in doubted.children if c.dep_ == "xcomp" for g in c.children))
        while_ = [c for c in clauses if c.dep_ in ("advcl", "ccomp") and any(
            m.lower_ in ("when", "if", "while") for m in c.children if m.dep_ in ("mark", "advmod"))]
        charged = [c for c in while_ if _harmful(c, lexicon)]
        if asked and modal and charged:
            return charged[0]
    return None


def asked_after(tok: Token) -> bool:
    """A verb of asking put after the question it asks ("How can mediation work when ..., Qatar's premier
    asked"), which the parser hangs on the question as a clause of its own."""
    return tok.lemma_.lower() in _ASKING and tok.sent.root.i < tok.i


def _harmful(act: Token, lexicon: Lexicon) -> bool:
    """An act of force or an offence: an attack noun, a crime, or a verb (noun) of force."""
    if (lexicon.light_nouns.get(act.lower_) or "")[:2] in FORCE or act.lower_ in lexicon.weapons:
        return True
    word = act.lemma_.lower()
    if _offence(word, lexicon):
        return True
    stems = (word, word[:-3], word[:-3] + "e", word[:-4]) if word.endswith("ing") else (word,)  # "killing"
    codes = [v.code for stem in stems for v in lexicon.verbs.get(stem, ()) if v.code]
    mapped = [plover_type(c) for c in codes]
    return any(m is not None and m[0] in ("ASSAULT", "COERCE") for m in mapped)


def named_an_offence(tok: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of naming calls its object an offence ("called the strike state terrorism",
    "described the decision as a war crime"): WordNet's crime synonyms and the offences of war."""
    predicates = [c for c in tok.children if c.dep_ == "oprd"]
    # "as" on the verb, or on its object where the parser hangs it ("described the strike as terrorism")
    predicates += [g for o in (tok, *(c for c in tok.children if c.dep_ == "dobj")) for c in o.children
                   if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    if not predicates:  # the parser may join object and predicate ("called the decision cheap blackmail":
        # *blackmail* the object, *decision* its compound)
        predicates = [c for c in tok.children if c.dep_ == "dobj" and
                      any(m.dep_ in ("compound", "nmod") and m.pos_ == "NOUN" for m in c.children)]
    return any(_offence(w.lemma_.lower(), lexicon) for p in predicates for w in (p, *p.conjuncts))


def _offence(word: str, lexicon: Lexicon) -> bool:
    """A word for a crime (WordNet's synonyms of *crime*) or an offence of war."""
    return word in _OFFENCES or word in lexicon.synsets.get("crime", frozenset())
