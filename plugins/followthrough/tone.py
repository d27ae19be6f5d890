"""Tone checks for follow-up messages: negative emotion (VADER + patterns), control (patterns)."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

NEGATIVE = "tone/negative"
CONTROLLING = "tone/controlling"

GOOD_CHECK_IN = (
    "I remain very interested in this role, following our preliminary discussion, so just "
    "wanted to check in and see what the next steps might be."
)


@dataclass(frozen=True, slots=True)
class ToneHit:
    rule: str
    category: str
    start: int
    end: int
    phrase: str
    suggestion: str


SUGGESTIONS: dict[str, str] = {
    "guilt": f'Drop the reproach and restate your interest: "{GOOD_CHECK_IN}"',
    "shame": 'Assume good faith: "I know hiring takes time; is there an update on next steps?"',
    "anger": f'Keep it warm and forward-looking: "{GOOD_CHECK_IN}"',
    "whining": 'Follow up without counting: "Just checking in to see whether there is any news."',
    "sarcasm": 'Say it plainly and kindly: "I wanted to check whether my message reached you."',
    "cursing": f'Leave the swearing out and keep it warm: "{GOOD_CHECK_IN}"',
    "negative": f'Keep it warm and forward-looking: "{GOOD_CHECK_IN}"',
    "ultimatum": 'Ask, don\'t set terms: "Is there anything more I can send that would help?"',
    "threat to withdraw": (
        'Share your timing as information: "I have another process moving, and this role '
        'is still my first choice; could you tell me roughly when you expect to decide?"'
    ),
    "promise": 'Leave out the reminder of what they said: "Is there an update on the timeline?"',
    "deadline": 'Ask about their timing: "Do you have a sense of when you expect to decide?"',
    "demand": 'Turn the demand into a request: "Would you be able to share where things stand?"',
}

_DAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow"
    r"|eod|eow|cob|noon|midnight|close of (?:business|play)|end of (?:the )?(?:day|week|month)"
    r"|(?:this|next|the end of the) (?:week|month|\w+day)|the end of|\d+|the \d+|(?:jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|mid-?\w+|(?:an?|one|two|three|four|five|seven"
    r"|ten|fourteen|a few|a couple of)(?: business| working)? (?:hours?|days?|weeks?)"
)
_ASK = (
    r"(?<!happy to )(?<!glad to )(?<!able to )(?<!free to )(?<!I'll )(?<!I can )(?<!I will )"
    r"(?<!we can )(?<!we'll )\b(?:respond|reply|replies|answer|get back|come back|revert"
    r"|let me know|confirm|decide|hear back|hear from you|hear something|tell me|update me"
    r"|make (?:a|your) decision)\b"
)
_NOUN = r"(?:decision|answer|response|reply|update|feedback|word|confirmation|resolution)"
_DAY_ONLY = r"(?:" + _DAY + ")"
_BY = r"\b(?:by|before|within|no later than|in the next)\s+(?:" + _DAY + r")\b(?!'s|’s)"
_I = (
    r"\b(?:I|I'?ll|I will|I'?d|I would|I am|I'?m|I'?ve|we|we'?ll|we will|we'?re|we are)"
    r"(?: \w+){0,3}? "
)
_NOT = r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bno )(?<!\bto )"
_WHO = r"(?:you|they|he|she|your (?:team|recruiter|office|manager|colleague))"

# (rule, category, alternatives); within a sentence the earliest match of each rule wins.
# fmt: off
_PATTERNS: list[tuple[str, str, tuple[str, ...]]] = [
    (CONTROLLING, "ultimatum", (
        r"\bif (?:I|we) (?:don'?t|do not|haven'?t|have not|can'?t|cannot|won'?t|fail to"
        r"|still (?:don'?t|haven'?t)) (?:hear|get|receive|have)\b",
        r"\b(?:otherwise|or else),? (?:I|we)\b|\bor else\b|\blast chance\b|\bno choice but\b",
        r"\bfinal (?:notice|warning|chance|offer)\b|\btake it or leave it\b",
        r"\bif there(?:'s| is) (?:no|not) (?:\w+ )?(?:reply|response|answer|word|news|decision"
        r"|update)\b|\bshould (?:I|we) not (?:hear|get|receive)\b",
        r"\bunless (?:I|we) (?:hear|get|receive|see)\b",
        r"\bconsider (?:the|this|our) (?:deal|offer|matter|conversation|discussion) (?:off|closed"
        r"|dead|over)\b|\bor (?:the|this|my|our) (?:quote|offer|price|discount) (?:expires|lapses)",
        r"\bif you (?:can'?t|cannot|won'?t|don'?t) (?:respond|reply|answer|decide|get back"
        r"|let me know|make)[^.!?\n]{0,40}?\b(?:I'?ll|I will|then)\b",
    )),
    (CONTROLLING, "threat to withdraw", (
        r"\bwithdr[ae]w(?:s|n|ing|al)?\b|\bresc[iu]nd",
        r"\bpull(?:ing|ed)? (?:out|my (?:application|candidacy|name))\b",
        _I + r"(?:accept|tak|sign|go(?:ing)? with|pursu|consider)\w* (?:an?|the|my)? ?"
        r"(?:other|another|different|competing|alternative)\s(?:\w+\s)?(?:offer|option|role|opportunit"
        r"|position|compan|vendor|supplier|provider)",
        _I + r"(?:mov(?:e|ing) on\b(?! to)|look(?:ing)? elsewhere|go(?:ing)? elsewhere"
        r"|walk(?:ing)? away|tak\w+ my business"
        r"|assume\b[^.!?\n]{0,40}?(?:\bnot\b|n't\b|no longer|filled|elsewhere|another|moved on))",
    )),
    (CONTROLLING, "promise", (
        r"\b" + _WHO + r"(?: had| have|'d|'ve)?(?: been)? (?:promised|promise[sd]?|promising"
        r"|guaranteed|assured me|committed to|gave (?:me )?(?:your|their) word)",
        r"\b" + _WHO + r" (?:said|told me) (?:you|they|he|she)(?:'d| would| will)\b",
        r"\bas (?:you )?(?:had )?promised\b(?! ?,? ?(?:I\b|here|attached|please find))",
        r"\byour promise\b|\bbr(?:oke|oken|eak(?:ing)?) (?:your |the |a |that )?promise",
        r"\byou(?: were|'re|'d) supposed to\b|\b(?:I|we) (?:was|were|had been|'d been|have been"
        r"|'ve been) (?:promised|guaranteed|assured|told I'?d|told we'?d)\b",
    )),
    (CONTROLLING, "deadline", (
        _ASK + r"[^.!?\n]{0,40}?" + _BY,
        r"\b(?:decision|answer|response|reply|confirmation)s? (?:is |are )?(?:due|needed"
        r"|required|expected)\b",
        r"\b(?:respond|reply|answer|get back|let me know|tell me|need|want|expect)\b"
        r"[^.!?\n]{0,40}?\b(?:asap|a\.s\.a\.p|immediately|right away|straight away"
        r"|without (?:further )?delay|urgently)\b|\bat the (?:very )?latest\b",
        r"\b(?:giv\w+|have|has) you until\b|\buntil " + _DAY_ONLY + r" to (?:decide|respond|reply)",
        r"\b(?:appreciate|need|want|expect|require|must have|must get|'?d like|would like)"
        r" (?:an?|your|the|some)? ?" + _NOUN + r"s?[^.!?\n]{0,25}?" + _BY,
    )),
    (CONTROLLING, "demand", (
        r"\b(?:I|we)(?: really| do| must| will|'ll| absolutely)* (?:expect|need|require|want|demand"
        r"|insist on) (?:an?|your|the|some|a clear|a firm|a final)? ?" + _NOUN + r"s?\b"
        r"(?:[^.!?\n]{0,25}?" + _BY + ")?",
        r"\b(?:I|we) (?:demand|insist)\b|\binsist(?:s|ed|ing)? (?:that|on)\b|\b(?:I|we) must"
        r" (?:have|get|receive|know)\b|\bit is (?:imperative|essential"
        r"|mandatory) that you\b|\b(?:I|we) (?:expect|need|require|want) you to\b",
        r"(?<!\bif )(?<!\bdo )(?<!\bwhen )(?<!\bwhat )(?<!\belse )(?<!\bwhether )(?<!thing )"
        r"(?<!\ball )\byou(?: need to| must| have to|'d better| had better| better)\b"
        r"(?! be\b| have been\b| know\b| get\b)",
    )),
    (NEGATIVE, "guilt", (
        r"\b(?:kept|keep|keeping|left|leave|leaving) (?:me|us) (?:\w+ )?(?:waiting|hanging"
        r"|in the dark|guessing)",
        r"\b(?:patiently|still|endlessly|been) waiting\b",
        r"\bwait(?:ed|ing) (?:for )?(?:over |more than |almost |nearly )?(?:\w+ )?(?:weeks"
        r"|days|months|ages|forever|long enough|so long|this long)\b",
        r"\bwould(?:'ve| have) been (?:nice|good|polite|courteous|decent|great) to\b",
        r"\bthe least you could\b|\btoo much to ask\b|\bI (?:deserve|deserved)\b",
        r"\byou (?:could|should)(?:'ve| have) (?:at least )?(?:replied|responded|answered"
        r"|told|let|called|written|gotten back|got back)\b",
        r"\bafter all (?:the|my) (?:time|effort|work)",
        r"\b(?:common|basic|simple|professional|bare|minimum|not even the) courtesy\b",
        r"\b(?:didn'?t|did not|could(?:n'?t| not)?|can'?t|won'?t)(?: even)? (?:be )?bother",
    )),
    (NEGATIVE, "anger", (
        _NOT + r"\b(?:rude|rudely|rudeness|unprofessional|disrespect\w*|ridiculous"
        r"|unacceptable|absurd|pathetic|insult\w*|outrag\w*|shameful|disgrace\w*|appall\w*"
        r"|frustrat\w*|annoy\w*|irritat\w*|disappoint\w*|fed up|sick (?:of|and tired)|tired of"
        r"|had enough|incompeten\w*|infuriat\w*|furious|angry|upset)\b(?! (?:for|to) you)",
        r"\bwast(?:e|ed|ing) (?:of )?(?:my|our) time\b|\bhow hard (?:can|is|could)\b",
    )),
    (NEGATIVE, "shame", (
        r"\bignor(?:ed|ing) (?:me|us|my)\b|\bghost(?:ed|ing)\b",
        r"\b(?:blow|blown|blowing|brush|brushed|brushing) (?:me|us) off\b",
        r"\b(?:(?:I'?m|I am|I was|I feel|I felt|bit|quite|really|very|honestly) (?:\w+ )?hurt"
        r"|let down|insulted|offended|shock(?:ed|ing)|strung along|pestering|a pest)\b"
        r"|\b(?:losing|lost|run(?:ning)? out of|test(?:ing)? my) patience\b"
        r"|\bgetting (?:really |a bit )?old\b|\bspeaks volumes\b",
        r"\bjust another (?:number|name|candidate)\b",
        r"\b(?:your|got|met with|zero|no) (?:silence|communication)\b|\bdo you (?:people |guys )?"
        r"ever\b|\bwhy is it so (?:hard|difficult)\b|\bnot (?:so much as|even) an? (?:acknowledg"
        r"|reply|response|email|call|note)\w*",
        r"\bshame on\b|\byou should be ashamed\b|\btoo (?:busy|important) to (?:reply|respond"
        r"|answer|write)",
        r"\b(?:not|n't) (?:even )?(?:worth (?:a|an|the|your)|the decency)\b",
    )),
    (NEGATIVE, "whining", (
        r"\bstill (?:nothing|no (?:word|news|reply|response|answer|update|feedback)"
        r"|haven'?t heard|not heard|have(?:n'?t| not) (?:received|got))\b",
        r"\byet again\b|\bonce again,? (?:I'?m|I am|I have|I'?ve|no|nothing)\b",
        r"\bnever (?:heard|got|received|get|hear)\b|\bheard nothing\b|\bradio silence\b"
        r"|\bcrickets\b",
        r"\b(?:no ?one|nobody) (?:has |ever |even |could |would |will |can )*(?:replie|respond"
        r"|answer|got|gets|bother|call|read|tell|told)\w*",
        r"\b(?:third|fourth|fifth|sixth|\d+(?:rd|th)) (?:time|email|message|attempt"
        r"|follow-?up|voicemail)s?\b",
        r"\bnot (?:a|one) (?:single )?(?:word|reply|response|peep)\b",
        r"\b(?:sent|written|emailed|called) you (?:\w+ )?(?:times|emails)\b",
    )),
    (NEGATIVE, "sarcasm", (
        r"\bthanks? (?:you )?for nothing\b|\bwhat a surprise\b|\bshocker\b|\bfunny how\b",
        r"\b(?:is|are) (?:any|some)(?:one|body) (?:even |actually )?(?:reading|there"
        r"|listening|home|out there|alive)\b|\bhello\?|\bseriously\?",
        r"\b(?:must be|must have been) nice\b|(?:^\W*|\bwell,? )so much for\b|\boh well\b",
        r"\bI (?:guess|suppose) (?:my|I|you|no ?one|nobody|it|that)\b[^.!?\n]{0,50}?(?:n'?t"
        r"|not|never|no ?one|nobody)\b",
        r"\b(?:apparently|clearly|obviously) (?:you|my|no ?one|nobody)\b",
        r"(?:^|,\s*)whatever\W*$",
    )),
    (NEGATIVE, "cursing", (
        r"\b(?:damn\w*|dammit|goddam\w*|hell|wtf|wth|ffs|shit\w*|crap\w*|fuck\w*|bullshit|bs"
        r"|piss\w*|bloody|bastard\w*|jeez|sucks?|screw (?:you|this|it))\b|\bf\*+\w*",
        r"\bfor (?:god'?s|crying out loud|heaven'?s|pete'?s) sake\b",
    )),
]
# fmt: on
_COMPILED = [(r, c, re.compile("|".join(alts), re.IGNORECASE)) for r, c, alts in _PATTERNS]
_BY_RE = re.compile(_BY, re.IGNORECASE)

# Things VADER scores as negative but which are harmless in a check-in or a pitch.
_NEUTRAL = re.compile(
    r"\b(?:sorry|apolog\w*|no (?:pressure|rush|worries|problem|hurry|need|obligation)"
    r"|not a problem|hate to miss|don'?t hesitate|unfortunately|hope|delay|busy|worr\w*|spam"
    r"|I (?:know|imagine|reali[sz]e|appreciate|understand)|understand\w*|in case"
    r"|(?:reduc|prevent|avoid|cut|fight|stop|eliminat|detect|tackl|solv|fix|lower|minimi[sz]"
    r"|protect|resolv)\w*)\b",
    re.IGNORECASE,
)
# VADER alone needs a second signal: the sentence is aimed at the reader or is about me.
_SECOND = re.compile(r"\byou|\bI(?:'m| am| feel| felt| was)\b|!|\?", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n;]+[.!?;]*")
_VADER_MAX = 1000  # longer sentences are not scored: VADER is slow and not meant for them
_STRONG, _WEAK = -0.5, -0.35


@functools.cache
def _analyzer() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()


def _compound(sentence: str) -> float:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return float(_analyzer().polarity_scores(sentence)["compound"])
    except Exception:  # VADER must never take the checker down
        return 0.0


def _sentences(message: str) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(message):
        start, end = m.span()
        while start < end and message[start].isspace():
            start += 1
        while end > start and message[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _hit(message: str, rule: str, category: str, start: int, end: int) -> ToneHit:
    return ToneHit(rule, category, start, end, message[start:end], SUGGESTIONS[category])


def _vader_hit(message: str, start: int, end: int) -> ToneHit | None:
    sentence = message[start:end]
    if len(sentence) > _VADER_MAX or not any(c.isalpha() for c in sentence):
        return None
    score = _compound(sentence)
    if score > _WEAK or _NEUTRAL.search(sentence):
        return None
    if score > _STRONG and not _SECOND.search(sentence):
        return None
    return _hit(message, NEGATIVE, "negative", start, min(end, start + 80))


def scan(message: str) -> list[ToneHit]:
    """All tone problems in a message, in order of position; at most one hit per sentence per rule."""  # noqa: E501
    if not message or not message.strip():
        return []
    hits: list[ToneHit] = []
    for start, end in _sentences(message):
        sentence = message[start:end]
        best: dict[str, ToneHit] = {}
        for rule, category, pattern in _COMPILED:
            m = pattern.search(sentence)
            if m is None or m.end() == m.start():
                continue
            if category == "demand" and _BY_RE.search(m.group()):
                category = "deadline"
            if rule not in best or m.start() + start < best[rule].start:
                best[rule] = _hit(message, rule, category, start + m.start(), start + m.end())
        if NEGATIVE not in best:
            vader = _vader_hit(message, start, end)
            if vader is not None:
                best[NEGATIVE] = vader
        hits.extend(best.values())
    hits.sort(key=lambda h: (h.start, h.rule))
    return hits
