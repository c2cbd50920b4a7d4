"""Clauses in the dependency parse: what a verb depends on, its own clause, and its modality.

PLOVER codes asserted acts, and future ones under its future rules (annotation rules 2-4): *will* or a
scheduling frame (*is expected / scheduled / set to*) makes a future act; modal verbs, *if / unless / until*
and the complements of verbs of wishing make it hypothetical; the complement of a coded verb (*urged Hamas
to accept*) is what that verb requests; relative, reduced relative and purpose clauses are background; a
``neg`` dependent negates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from truce.news.charges import asked_after
from truce.news.clause_readings import (
    aside_content,
    inverted_condition,
    judged,
    made_clear,
    message_carried,
    reported_by_aside,
    said_by_noun,
    summing_up,
    told_as_fact,
)
from truce.news.dates import scheduled_present
from truce.news.lexicon import CRITICISED

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SAYING", "TEMPORAL", "Modality", "absolute", "clause_for", "content_of", "fronted_participle",
           "governor", "misparsed", "name_before", "nonrestrictive", "scope"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})  # the tokenizer splits "won't" into "wo" and "n't"
_ABLE = frozenset({"can", "ca", "could"})  # "could not accept": cannot bear it, a refusal
_BEARING = frozenset({"accept", "tolerate", "countenance", "stomach"})
_MODAL_AUX = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})  # "ca n't"
# forms too ("slated" is lemmatised "slat"); readiness ("said it was ready to free") announces the act,
# unwillingness refuses it; "Blinken is to travel to Egypt" (see Modality._framed)
_FUTURE_FRAMES = frozenset({"schedule", "expect", "likely", "set", "due", "plan", "slate", "poise", "go",
                            "ready", "prepare", "slated", "scheduled", "willing", "prepared", "intend",
                            "unwilling", "be", "anticipate"})
_PREDICTIONS = frozenset({"expect", "likely", "anticipate"})
_WITHOUT = frozenset({"lack", "withhold"})  # uncoded, the act its object names is not had or given
_INTENTIONS = frozenset({"intention", "intent"})  # not "plan": "had no plans to meet" refuses nothing
_MEANS = frozenset({"by", "in"})  # the means and the circumstance (Huddleston & Pullum 2002, ch. 7)
_CONDITIONS = frozenset({"if", "unless", "until", "once", "whether", "lest", "without"})
_BACKGROUND = frozenset({"relcl", "acl", "amod", "csubj", "csubjpass", "compound", "nmod", "appos"})
SAYING = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "claim", "write",
                     "insist", "declare", "note", "reply", "answer", "address", "inform", "assure", "notify"})
# Verbs of saying and belief whose passive raises the subject of the content, told as fact ("Cairo was said
# to have objected"); verbs with which a doer reports its own act ("claims to have killed", "reported firing")
_RAISING_REPORTS = SAYING | {"believe", "think", "understand", "know", "reckon", "rumour", "rumor", "allege",
                             "consider", "see"}
_OWN_REPORTS = frozenset({"claim", "report", "confirm", "admit", "acknowledge"})
# Prepositions that set an act in time beside another ("after accusing"), told as the governing verb is
TEMPORAL = frozenset({"after", "since", "upon", "following", "while", "despite"})


def governor(tok: Token) -> Token | None:
    """The word a token depends on, through a preposition (*talks* in *during talks with*)."""
    head = tok.head
    if head.i == tok.i:
        return None
    return head.head if head.dep_ == "prep" and head.head.i != head.i else head


def misparsed(tok: Token) -> bool:
    """A participle (no infinitive: "right to resume fighting") with a direct object attached to a noun
    outside a prepositional phrase ("of the people taken hostage") is the clause's own verb ("airstrikes
    killed 90 people"): a reduced relative ("hostages held by Hamas") has no object; so is a verb in the
    past attached to a noun the parser made the root, also as a relative clause with no relative word
    whose subject is the name that noun describes ("America's top diplomat Antony Blinken arrived")."""
    if tok.dep_ == "relcl" and tok.head.dep_ == "ROOT" and tok.tag_ == "VBD":
        return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == tok.head.i + 1
                   for c in tok.children)
    if tok.dep_ not in ("acl", "amod") or tok.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "mark" for c in tok.children):  # "a demand that Israel vacate it": the noun's content
        return False
    if name_before(tok) is not None:
        return True  # "Sisi hosted Blinken in Cairo": read as one name phrase
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and _top(tok.head).dep_ == "ROOT":
        return True  # "The United States, France and several allies called for a truce": the parser made
        # the subject the root and the verb its modifier
    return tok.tag_ != "VB" and tok.head.dep_ != "pobj" and any(c.dep_ == "dobj" for c in tok.children)


def clause_for(clause: Token) -> bool:
    """A clause opened by *for* with a subject of its own ("called for Israel to pull out")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)


def name_before(tok: Token) -> Token | None:
    """A verb in the past that the parser read as a modifier after a name, the whole clause read as one
    noun phrase: "Sisi hosted Blinken in Cairo" (*hosted* an adjective of *Blinken*, the root), "Trump
    imposed sweeping tariffs" (*imposed* an adjective of *tariffs*, the object of *Trump*, the root).
    The name before it is its subject; else None."""
    doc = tok.doc
    head = tok.head
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i <= tok.sent.start or head.i < tok.i:
        return None
    before = doc[tok.i - 1]
    names_after = before.pos_ == "PROPN" and head.dep_ == "ROOT" and \
        all(t.pos_ == "PROPN" for t in doc[tok.i + 1:head.i + 1])
    object_of_name = before.pos_ in ("PROPN", "NOUN") and before.dep_ == "ROOT" and head.dep_ == "dobj" and \
        head.head.i == before.i  # the tagger may take a name opening the sentence for a noun
    return before if names_after or object_of_name else None


def content_of(tok: Token, head: int) -> bool:
    """Whether ``tok`` is what the verb at index ``head`` commits to or threatens: its infinitive
    complement, through verbs of phase ("vowed to keep fighting Israel", "to go on fighting"), also
    when the parser read it as a purpose ("threatened on Sunday to destroy Israel")."""
    while (tok.dep_ in ("xcomp", "pcomp", "prep") or (tok.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))) and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head:
            return True
    return False


def nonrestrictive(tok: Token) -> bool:
    """A relative clause set off by a comma and opened by *which*, *who*, *whose*, *where* or *when*, with
    a verb in the simple past or the past perfect ("the Sudanese army, which refused to send a delegation";
    "the strike, which the group denied"): it tells an act, not which one is meant, so the act is asserted,
    by the noun it follows when *which* or *who* is its subject, else by its own subject (also a perfect of
    acts repeated, "who have repeatedly refused"); others ("which hosts Hamas leaders") tell a state."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # the relative word may come out of the clause's content (", which Hezbollah said was untrue"), follow
    # a preposition of reason or sequence (", for which Israel blamed it", ", after which") or own a noun
    words = (*tok.children, *(g for c in tok.children if c.dep_ == "ccomp" or c.lower_ in ("for", "after")
                              for g in c.children))
    relative = next((c for c in words if (c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and (
        c.lower_ in ("which", "who", "whom") or any(g.tag_ == "WP$" for g in c.children))) or (
        c.dep_ == "advmod" and c.lower_ in ("where", "when"))), None)  # ", where they had met"
    aux, vbn = [c for c in tok.children if c.dep_ in ("aux", "auxpass")], tok.tag_ == "VBN"
    past = (tok.tag_ == "VBD" and not aux) or (vbn and ([a.lower_ for a in aux] == ["had"] or any(
        c.lower_ in ("repeatedly", "consistently", "again", "once") for c in tok.subtree)))
    if summing_up(tok):  # ", a charge Hezbollah denied", ", a condition rejected by Hamas"
        agent = any(c.dep_ == "agent" for c in tok.children)
        return past if tok.dep_ == "relcl" or subject is not None else agent
    start = 0 if relative is None else (relative.head if relative.dep_ == "pobj" else relative.left_edge).i
    return tok.dep_ == "relcl" and subject is not None and start >= 1 and tok.doc[start - 1].text == "," and \
        past


def fronted_participle(tok: Token) -> bool:
    """A participle clause opening the sentence and set off by a comma that the parser made the verb's
    clausal subject ("Agreeing to a cease-fire, Israel and Hamas signed"; "Having initialled a deal,
    Aliyev and Pashinyan shook hands"): an adverbial clause of the verb after the comma."""
    doc = tok.doc
    participle = tok.tag_ == "VBG" or (tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in tok.children))
    return tok.dep_ == "csubj" and participle and tok.left_edge.i == tok.sent.start and \
        tok.head.i > tok.i and any(t.text == "," for t in doc[tok.i:tok.head.i])


def absolute(tok: Token) -> bool:
    """An absolute clause with its own subject after *with* ("..., with Israel accusing Hamas of
    firing rockets"): an act told beside the governing one, not a circumstance of a noun."""
    return tok.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in tok.children)


def _means(tok: Token, gov: Token, code: str) -> bool:
    """An act done by or in doing another ("responded by firing", "said in appealing to"), told as that
    one is; not the means of a charge ("accused X of breaking it by storming ...")."""
    return tok.head.lower_ in _MEANS and gov.pos_ == "VERB" and code[:2] != "11"


def _top(tok: Token) -> Token:
    """The first of a chain of coordinated words."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def scope(tok: Token) -> tuple[int, ...]:
    """The token indices of a verb's own clause (without its complement, adverbial, relative and
    coordinated clauses)."""
    skip = {c.i for c in tok.children if c.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis")}
    out: list[int] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack += [c for c in t.children if c.i not in skip]
    return tuple(sorted(out))


def _after_semicolon(tok: Token) -> bool:
    """Whether a clause the parser hung on another verb stands apart from it across a semicolon."""
    head = tok.head
    if tok.dep_ not in ("ccomp", "conj", "parataxis") or head.i == tok.i:
        return False
    low, high = sorted((tok.i, head.i))
    return any(c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in head.children)


class Modality:
    """The modality of the verbs of one sentence, given the codes of its coded verbs.

    Parameters
    ----------
    codes
        The CAMEO code of each coded verb (token index -> code).
    desires
        Lemmas of verbs of wanting: what they govern is hypothetical (*wants to meet*).
    aspectual
        Lemmas of aspectual verbs, whose complement takes their modality (*began sending*).
    commanded
        Acts ordered of one's own forces (token index -> the verb of command), which also
        take the modality of the command.
    """
    def __init__(self, codes: dict[int, str], desires: frozenset[str],
                 aspectual: frozenset[str] = frozenset(), commanded: dict[int, int] | None = None) -> None:
        self.codes, self.desires, self.aspectual = codes, desires, aspectual
        self.commanded = commanded if commanded is not None else {}

    def of(self, tok: Token) -> tuple[str, bool]:
        """(modality, negated) of a verb: asserted, future, hypothetical, requested, complement, purpose."""
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        nor = tok.dep_ == "conj" and any(  # "..., nor would he agree": a conjunct after "nor"
            c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children)
        negated = nor or any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or any(
            g.dep_ == "det" and g.lower_ == "no" and g.i == o.left_edge.i for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "to")
            for o in ((c,) if c.dep_ != "prep" else (p for p in c.children if p.dep_ == "pobj"))
            for g in o.children) or (tok.lemma_.lower() in _WITHOUT and tok.i not in self.codes)  # "agreed to
        # no surrender", "no deal was reached" (not "cast a no vote"); "lacks (withheld) Hamas's acceptance"
        if aside_content(tok) is not None or (self.codes.get(tok.i) == CRITICISED and asked_after(tok)):
            return self._auxiliaries(aux, negated, None)  # "..., X charged, ...", "How can ..., X asked"
        reporter = reported_by_aside(tok)
        if reporter is not None and reporter.i in self.codes and reporter.lemma_.lower() not in SAYING:
            return "requested", negated  # what the aside charges or demands is its content
        if _after_semicolon(tok):  # "Israel blamed Hezbollah; Hezbollah denied it": two statements
            return self._auxiliaries(aux, negated, None)
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if marks & _CONDITIONS or (marks and any(c.dep_ == "advmod" and c.lower_ == "only"
                                                 for c in tok.children)):
            return "hypothetical", negated  # "if", "unless", and "only after / only when": a condition
        gov = governor(tok)
        if told_as_fact(tok) or nonrestrictive(tok):  # "It was in May that Cairo demanded", "the Sudanese
            # army, which refused to send a delegation": told as fact (truce.news.clause_readings)
            told = tok if tok.dep_ == "relcl" or message_carried(tok) else None  # "left with the message that
            return self._auxiliaries(aux, negated, None, told)  # it would refuse": reported, as if said
        if fronted_participle(tok) and gov is not None:  # "Having initialled a deal, A and B shook hands"
            return self.of(gov)
        if (tok.dep_ in _BACKGROUND and not misparsed(tok)) or (tok.dep_ == "ccomp" and judged(tok.head)):
            # background; "it was not true that Israel had agreed": a report denied
            return self._intention(tok, gov, negated) or ("complement", negated)
        if (tok.dep_ == "pcomp" or said_by_noun(tok)) and gov is not None and gov.pos_ in ("NOUN", "PROPN"):
            # "objections to Sweden joining NATO": its topic; "reports that Israel had agreed": their content
            return self._intention(tok, gov, negated) or ("complement", negated)
        if _free_relative(tok) or _bare_infinitive_conjunct(tok):  # a free relative: "what it called
            return "complement", negated  # pre-emptive strikes"; "underlined how important it was to seize
            # the chance ..., put a cease-fire in place and ...": an infinitive of the series
        if tok.dep_ == "advcl" and ("to" in aux or "in" in marks) and tok.i not in self.commanded:
            only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children)  # "..., only to be
            return ("asserted" if only else "purpose"), negated  # rebuffed": what followed, no purpose
        if tok.dep_ in ("xcomp", "ccomp") and gov is not None and gov.lemma_.lower() in self.desires:
            return "hypothetical", negated
        if tok.dep_ == "xcomp" and gov is not None and (
                _phase(gov, self.aspectual) or tok.i in self.commanded):
            inherited, gov_negated = self.of(gov)  # "started sending troops": the act, as "started" is
            return inherited, negated or gov_negated
        if tok.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "advcl") and gov is not None and \
                gov.pos_ in ("VERB", "AUX", "ADJ"):
            found = self._clause(tok, gov, aux, negated)
            if found is not None:
                return found
        return self._auxiliaries(aux, negated, gov, tok)

    def _intention(self, tok: Token, gov: Token | None, negated: bool) -> tuple[str, bool] | None:
        """An intention held ("had no intention of leaving", "has the intention to withdraw"): the act
        announced, or refused when denied, as with *does not intend to*; else None."""
        if tok.dep_ not in ("acl", "pcomp") or gov is None or gov.lemma_.lower() not in _INTENTIONS or \
                gov.dep_ != "dobj" or gov.head.lemma_.lower() != "have":
            return None
        held, held_negated = self.of(gov.head)
        if held != "asserted":
            return None
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children)
        return "future", negated or held_negated or denied

    def _clause(self, tok: Token, gov: Token, aux: set[str], negated: bool) -> tuple[str, bool] | None:
        """The modality of a complement, coordinated or adverbial clause, from its governor's."""
        if tok.dep_ == "ccomp" and inverted_condition(gov, tok):
            return self._auxiliaries(aux, negated, None)  # the main clause, under its condition's head
        agreed, own = self.codes.get(gov.i, ""), self.codes.get(tok.i, "")
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > gov.i and own[:2] not in ("03", "05") and \
                (agreed[:3] == "057" or agreed[:2] == "03") and tok.lemma_ not in SAYING:  # "signed a
            return "complement", negated  # deal, ending 30 years of war": what it does (not "saying ...")
        if _hung_too_low(tok, gov):
            return self.of(gov.head)
        inherited, gov_negated = self.of(gov)
        gov_negated = (gov_negated ^ (gov.lower_ == "unwilling")) and not (tok.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "but" for c in gov.children))  # "was not part of it but received"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            return "hypothetical", negated  # "impossible without withdrawing": a condition, as its mark
        if tok.dep_ == "pcomp" and (tok.head.lower_ in TEMPORAL or absolute(tok) or _means(tok, gov, agreed)):
            return inherited, negated or (gov_negated and tok.head.lower_ in _MEANS)
        if tok.dep_ == "conj":
            return (inherited, negated or gov_negated) if inherited != "asserted" or not aux else \
                self._auxiliaries(aux, negated, gov, tok)
        if tok.dep_ in ("xcomp", "ccomp") and (
                gov.lemma_.lower() in _FUTURE_FRAMES or gov.lower_ in _FUTURE_FRAMES):
            if gov.dep_ == "acomp":  # "is not ready to": the copula carries the negation
                gov_negated |= any(c.dep_ == "neg" for c in gov.head.children)
            return self._framed(tok, gov), negated or gov_negated
        if tok.dep_ == "xcomp" and (gov.lemma_.lower() in _OWN_REPORTS or (
                gov.lemma_.lower() in _RAISING_REPORTS and any(c.dep_ == "nsubjpass" for c in gov.children))):
            return inherited, negated or gov_negated  # "was said to have objected", "reported launching"
        if tok.dep_ in ("xcomp", "ccomp", "pcomp") and gov.i in self.codes:
            return "requested", negated
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and gov.i in self.codes and gov.i < tok.i and \
                all(t.dep_ == "prt" for t in tok.doc[gov.i + 1:tok.i]) and \
                not any(c.dep_ == "dobj" for c in gov.children):  # "ruled out pulling out of the
            return "requested", negated  # corridor": the gerund the parser hung as a clause is the object
        if tok.dep_ in ("xcomp", "pcomp"):
            return ("complement" if inherited == "asserted" else inherited), negated
        if tok.dep_ == "ccomp" and inherited == "complement":  # "a deal that would see Hamas free 50
            return inherited, negated  # women": what a background clause says is background too
        undone = inherited in ("requested", "complement") or (inherited == "purpose" and clause_for(gov))
        if inherited == "hypothetical" or (tok.dep_ == "advcl" and undone):  # "accused Moscow of stalling
            return inherited, negated  # while its forces kept attacking", "for Israel to stop ... while"
        return None

    def _framed(self, tok: Token, frame: Token) -> str:
        """*is scheduled / set / due to* announce a future act; *is expected to* predicts one, and *is
        to* may state a term of a deal: PLOVER codes these only for engagements (meetings and visits
        are announced that way), and *was to* not at all."""
        code = self.codes.get(tok.i, "")
        if frame.lemma_.lower() == "be":  # "Blinken is to travel to Egypt"; not "troops are to withdraw"
            return "future" if code[:2] == "04" and frame.tag_ in ("VBZ", "VBP") else "hypothetical"
        if frame.lemma_.lower() not in _PREDICTIONS:
            return "future"
        return "future" if code[:2] == "04" else "hypothetical"

    def _auxiliaries(self, aux: set[str], negated: bool, gov: Token | None,
                     tok: Token | None = None) -> tuple[str, bool]:
        """*will* makes a future act, a modal a hypothetical one (*would* after a verb of saying or in a
        clause *according to* someone is reported future, and so is a main clause's *would not*: "Netanyahu
        would not countenance a pullout" refuses, as *will not* does, unless a condition or *have* makes
        it counterfactual; so does a second main clause's: "Gallant asked ..., but Smotrich would not
        agree", a relative clause's told as fact: "there were points on which it would not budge", and
        *cannot* bear something: "could not accept a halt")."""
        if aux & _FUTURE_AUX:
            return "future", negated
        if aux & _MODAL_AUX:
            saying = gov is not None and (gov.lemma_.lower() in SAYING or made_clear(gov))
            said = "would" in aux and (saying or (tok is not None and (message_carried(tok) or any(
                c.lower_ == "according" or (c.dep_ == "parataxis" and c.lemma_.lower() in SAYING)
                for c in tok.children))))  # "according to X", ", X said,", "with the message that"
            second = tok is not None and tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and any(
                c.dep_ == "nsubj" for c in tok.children)  # "..., but Smotrich would not agree"
            unconditional = tok is not None and not any(c.dep_ == "advcl" and any(
                m.lower_ in _CONDITIONS for m in c.children) for c in tok.children)
            refused = negated and aux & _MODAL_AUX == {"would"} and "have" not in aux and unconditional \
                and tok is not None and (tok.dep_ in ("ROOT", "relcl") or second)
            cannot = negated and unconditional and bool(aux & _ABLE) and tok is not None and \
                tok.lemma_.lower() in _BEARING
            return ("future" if said or refused or cannot else "hypothetical"), negated
        return ("future" if tok is not None and scheduled_present(tok) else "asserted"), negated


def _phase(verb: Token, aspectual: frozenset[str]) -> bool:
    """A verb of phase ("started", "went on"), not *be going to*, a future ("was not going to pull out")."""
    going = verb.tag_ == "VBG" and any(c.lemma_ == "be" for c in verb.children)
    return verb.lemma_.lower() in aspectual and not (going and verb.lemma_.lower() == "go")


def _free_relative(verb: Token) -> bool:
    """A verb of a free relative clause ("what it called pre-emptive strikes"); not a complement clause
    with its *that* read as an object ("stated that Hamas had asked for ..."), nor the content of a
    relative clause whose relative word it holds ("the charge, which Hezbollah said was untrue")."""
    relative = ("which", "who", "that") if verb.head.dep_ == "relcl" else ("that",)
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") and not (
        verb.dep_ == "ccomp" and c.lower_ in relative) for c in verb.children)


def _bare_infinitive_conjunct(tok: Token) -> bool:
    """A base-form verb with no subject, auxiliary or *to* that the parser joined to a finite verb in a
    series after a comma: one of a series of infinitives ("to seize the chance, put a cease-fire in place
    and open the way"), not a second finite verb (news tells no commands)."""
    series = tok.doc[tok.i - 1].text == "," and any(c.dep_ == "conj" for c in tok.children)
    return tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ in ("VBD", "VBZ", "VBP") and series and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)


def _hung_too_low(clause: Token, gov: Token) -> bool:
    """A clause the parser hangs on a complement, told as the complement's governor is: a conjunct after
    a free relative ("unveiled what he described as a plan and called on Hamas to accept it") and a
    clause of time with its own subject on an infinitive ("urged Hamas to take the deal as he set out
    the plan")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    if clause.dep_ == "conj":
        return gov.dep_ == "ccomp" and gov.head.i < gov.i and _free_relative(gov) and not own_subject
    return clause.dep_ == "advcl" and gov.dep_ == "xcomp" and own_subject and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children)
