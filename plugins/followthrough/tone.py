"""Tone checks for follow-up messages: negative emotion and control.

Each sentence is matched against features built from the word lists in tone_lexicon.py. A
feature is a lexicon on its own (an insult, a curse) or parts that must meet in one sentence:
a request and a time limit on their answer; a condition set on them and an act of mine that
costs them ("unless ..., we will suspend ..."), as against my own plans or a decision already
taken; "..., or" and a loss; a count or a span and a wait or a chaser; praise beside a mark of
their delay (sarcasm); a bad outcome beside a cause on their side (blame); what they said they
would do, in any tense. The word lists are small classes named for what a word does, so new
wording of a family still meets the construction. Weak features (mild words, VADER sentiment)
count only with a target in the sentence and no courtesy. A sentence that is only a verdict or a
count ("Classy." "Twice.") is read against the sentence before it. One pass of an Aho-Corasick
automaton finds the gate strings of a sentence and runs only the features they open. Sentence
results are cached, so a message that repeats itself is scanned once per distinct sentence.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import compiled, tone_lexicon, tone_model

lx = tone_lexicon.load()

NEGATIVE = "tone/negative"
CONTROLLING = "tone/controlling"
WORDING = "tone/wording"  # the model's reading of a message the rules pass (tone_model)

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
    "shouting": 'Write in sentence case with one full stop: "Is there any news on next steps?"',
    "negative": f'Keep it warm and forward-looking: "{GOOD_CHECK_IN}"',
    "ultimatum": 'Ask, don\'t set terms: "Is there anything more I can send that would help?"',
    "threat to withdraw": (
        'Share your timing as information: "I have another process moving, and this role '
        'is still my first choice; could you tell me roughly when you expect to decide?"'
    ),
    "promise": 'Leave out the reminder of what they said: "Is there an update on the timeline?"',
    "deadline": 'Ask about their timing: "Do you have a sense of when you expect to decide?"',
    "demand": 'Turn the demand into a request: "Would you be able to share where things stand?"',
    "desperation": (
        'Show interest without pleading: "This role is a strong fit for what I want to do next, '
        'and I would welcome the chance to continue."'
    ),
    "insult": (
        'Leave out the judgement of them; say what you want: "Is there an update on next steps?"'
    ),
    "threat": (
        'Leave legal and formal steps out of a follow-up; ask plainly: "Could you let me know how '
        'we can resolve this?"'
    ),
    "a pushy tone": (
        'Ask, and leave the timing to them: "Is there anything I can send that would help, and '
        'do you have a sense of when you expect to decide?"'
    ),
    "a sour tone": (
        f'Say it plainly and warmly, without a dig at them or at the wait: "{GOOD_CHECK_IN}"'
    ),
    "presumption": (
        'Ask, and leave the decision to them: "Would Thursday at 2pm suit you for a short call, '
        'or is another time better?"'
    ),
    "escalation": (
        'Keep it with them and ask who can help: "Is there someone else on the team I should '
        'be talking to about this?"'
    ),
}


def _any(words: Iterable[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _w(words: Iterable[str]) -> str:
    """The words as whole words."""
    return r"(?<!\w)" + _any(words) + r"(?!\w)"


def _pair(a: str, b: str, gap: int = 60) -> str:
    """a and b in either order, at most gap characters apart."""
    return f"(?:{a}).{{0,{gap}}}?(?:{b})|(?:{b}).{{0,{gap}}}?(?:{a})"


def _masked(entry: str) -> str:
    """A profanity with its masked (f***, s#!t) and leetspeak (sh1t) spellings."""
    word, tail = entry.rstrip("*"), r"[a-z']*" if entry.endswith("*") else ""
    masks = re.escape(lx.MASKS)
    first = "[" + re.escape(word[0] + lx.LEET.get(word[0], "")[1:2]) + "]"
    rest = "".join("[" + re.escape(c + lx.LEET.get(c, "")) + masks + "]" for c in word[1:])
    return first + rest + tail


def _lettered(entry: str) -> str:
    """A profanity as plain letters, with the letter-for-letter swaps of leetspeak (fvck)."""
    word, tail = entry.rstrip("*"), r"[a-z']*" if entry.endswith("*") else ""
    swaps = [lx.LEET.get(c, "")[1:2] if i == 0 else lx.LEET.get(c, "") for i, c in enumerate(word)]
    letters = [dict.fromkeys(c + "".join(x for x in s if x.isalpha())) for c, s in zip(
        word, swaps, strict=True)]  # fmt: skip
    return _any("".join(v) for v in itertools.product(*letters)) + tail


# Two symbols side by side ("#@", "**"): the sentences a symbol-masked curse can be in.
_SYMBOL_PAIR = _any(re.escape(a + b) for a in "*#@$%&!" for b in "*#@$%&!")
# A mask or a digit inside a word ("f*ck", "sh1t", "$hit", "f.ck").
_MASK_IN_WORD = r"[a-z$][*#@$%!_.\-0-9+]|[*#@$%!_.\-0-9+][a-z]"

# --- building blocks --------------------------------------------------------------------------

_NUM = _any(lx.NUMBERS)
_SPAN = _NUM + r"(?: business| working| full)? " + _any(lx.UNITS)
_TIME = (
    _any(
        (
            _any(lx.WEEKDAYS) + r"(?: (?:morning|afternoon|evening|night|noon|lunch\w*))?",
            _any(lx.MONTHS) + r"(?: \d{1,2}(?:st|nd|rd|th)?)?",
            *lx.TIMES,
            _SPAN,
            r"the next " + _SPAN,
        )
    )
    + r"(?!\w)(?!'s|’s)"
)
_LIMIT = _w(lx.LIMITS) + r" (?:the |this |next )?" + _TIME + "|" + _w(lx.URGENT)
# A gap that stays outside a question about their convenience ("let me know if Monday works")
# and outside an act of mine that the time belongs to ("let me know and I'll sort it today").
_GAP = r"(?:(?!\b(?:if|whether|when|what|which|how|who|where|free|available|works?|suits?"
_GAP += r"|convenient|okay|ok|(?:I|we)(?:'ll|'d| will| can| could| shall| would))\b).){0,40}?"
_I = r"(?<!\w)(?:I|we)(?:'ll|'d|'m|'re|'ve)?"
# I or we about to act, not a fact already done or a wish ("I've accepted", "I'd like to").
_I_WILL = (
    r"(?<!\w)(?:I|we)(?:'ll|'d|'m|'re)?(?: (?!(?:not|never|don'?t|can'?t|won'?t|you|if|unless"
    r"|when|have(?! to)|had(?! to)|did|was|were|already|recently|decided|chose|chosen|opted"
    r"|like|love|wish|happy|glad)\b)\w+){0,4}? (?![a-z]+ed\b|withdrew\b|withdrawn\b|took\b"
    r"|went\b|gave\b)"
)
# I or we, hedging toward an act: "I'll have to", "we may be forced to", "I'm considering".
_I_HEDGE = (
    _any(
        (
            r"(?<!\w)(?:I|we)(?:'m|'re|'ll|'d)?(?: \w+)?? " + _any(lx.HEDGES),
            r"(?<!\w)(?:I|we)(?:'ll|'d| will| would| may| might| could| shall)(?: \w+)??"
            r" (?:have|need) to",
        )
    )
    + " "
)
# I or we, about to act or acting now: "we'll", "I'm going to", "I've", "we are".
_I_ACT = (
    r"(?<!\w)(?:I|we)(?:'ll|'m|'re|'ve| will| shall| am| are| have| may| might)?(?: (?:just|then"
    r"|simply|happily|now|also|be|going to|gonna|have to|probably|definitely|already|honestly))* "
)
# A condition that they do not answer: "if I don't hear back", "unless we receive", "failing that".
_NO_ANSWER = (
    r"\bunless (?:I|we) (?:hear|get|receive|have|see)\b|\bif (?:I|we) (?:don'?t|do not|haven'?t"
    r"|have not|can'?t|cannot|fail to) (?:hear|get|receive|have|see)\b|\bif (?:no|there'?s no"
    r"|there is no|we have no|I have no) (?:\w+ )?(?:response|reply|answer|decision|word|payment"
    r"|update|confirmation)"
    r"|\bfailing (?:a|an|your|that)\b|\bwithout (?:a|an|your) (?:reply|response|answer|decision"
    r"|word)\b"
)
_CLAUSE = r"(?:^\W*|[,;:]\s*|\b(?:and|so|but|then)\s+)(?:(?:please|kindly|just|pls)\s+)*"
_REQUEST = _any(
    (
        _CLAUSE + _w(lx.ASK_VERBS),
        r"\b(?:could|can|would|will) you(?: please| kindly)? " + _w(lx.ASK_VERBS),
        r"\b(?:can|could|may) (?:I|we) (?:please )?(?:have|get|receive|expect) (?:an?|your|the) ",
        r"(?:^\W*|\b(?:and|so|just|I|we) )need (?:an?|your|the) ",
        _I + r"(?: \w+){0,2}? " + _w(lx.DEMAND_VERBS) + r"(?! to (?!hear|know|get|receive|see"
        r"|have (?:an?|the|your|it|this|that|some|any|word|news) )\w)",
        r"\b(?:I|we) (?:ask|request) (?:that )?you\b",
        r"\b(?:if|that|when) you (?:could|can|would|will|'d|might)(?: please| kindly)? "
        + _w(lx.ASK_VERBS),
        r"\byou (?:need|have|must|'ve got|are required|will need) to\b"
        r"|\byou(?:'ll| will) have to\b|\byou'll need to\b",
        r"\b(?:it'?s|it is) (?:very |really |extremely |absolutely )?(?:important|essential|crucial"
        r"|vital|imperative|critical) (?:that )?(?:I|we|you)\b",
    )
)
_NEWS = _w(lx.NEWS)
_DET = r"(?:(?:an?|your|the|some|any|a clear|a firm|a final|written|formal|clear|final) )?"
_DIRECTED = (
    r"^\W*(?:you|your)\b|\byour (?:team|company|process|recruiter|silence|lack|office|side)\b"
    r"|\byou(?:'re|'ve|'d| are| have| were| had| did| do| don'?t| didn'?t| never| can'?t"
    r"| won'?t| clearly| obviously| people| guys)\b"
)
_NOT = r"(?<!\w)(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bno )(?<!\bto )"
# Said of myself, not of them: "I was a bit clueless", "I'm so slow".
_SELF = "".join(
    f"(?<!\\b{who} {how})"
    for who in ("I", "I was", "I'm", "I am", "I felt", "I feel", "I looked", "we were")
    for how in ("", "a bit ", "a little ", "so ", "quite ", "rather ", "the ")
    if who != "I" or how == ""
)
_PRAISE = _w(lx.PRAISE)
_POSITIVE = r"\b(?:thank|congrat|great|love|happy|glad|excit|wonderful|amazing|awesome|welcome"
_POSITIVE += r"|fantastic|yay|woo|birthday|best|delight|can'?t wait|looking forward|see you|cheers"
_POSITIVE += r"|hooray|well done|good luck)"
# Capitals that carry joy or an apology, not anger ("THANK YOU SO MUCH", "SO sorry").
_GLAD = r"^(?!.*\b(?:but|however|though|yet)\b).*(?:" + _POSITIVE
_GLAD += r"|\b(?:thrilled|sorry|apolog\w*|grateful)\b)"

# (rule, category, pattern, required, unless): a weak feature needs `required` somewhere in the
# sentence and counts only if `unless` is nowhere in it.
Feature = tuple[str, str, str, str | None, str | None]
_TARGET = _w(lx.TARGETS)
_COURTESY = _w(lx.COURTESY)
# A friendly choice, not an ultimatum: "either we meet Tuesday or we wait, whatever suits".
_CHOICE = r"\b(?:no (?:pressure|rush|worries|problem)|happy|glad|fine|whatever|whichever"
_CHOICE += r"|either (?:is|works|one|way)|your (?:call|choice)"
_CHOICE += r"|(?:suits|works for|up to) you|you prefer)\b"
# A kind sign-off that leaves the door open ("if the project ever comes back, you know where to
# find me"; "if things change, the proposal is still yours").
_CHOICE += r"|\bif (?:\w+ ){0,4}?ever\b|\bif (?:things|anything|plans|priorities|that)"
_CHOICE += r" (?:ever )?change|\byou know where to find (?:me|us)\b|\bstill yours\b"
_CHOICE += r"|\b(?:door|line)'?s? (?:is |remains |stays )?(?:always |still )?open\b"
_CHOICE += r"|\b(?:I|we)(?:'ll| will) (?:check|circle) back\b"
# Their say over my next step: "unless you'd prefer I didn't", "if now isn't a good time".
_CHOICE += r"|\bunless you(?:'d| would)? (?:prefer|rather|like)\b|\bif (?:now|this)(?:'s| is)?"
_CHOICE += r" (?:isn'?t|is not|not) (?:a good|the right) time\b"

# Their timeline recalled to wait for it, not held to them: "so I'll wait patiently until then".
_PATIENT = r"\b(?:wait\w* patiently|(?:happy|glad|content) to wait|no rush|no hurry)\b"

# What they said about where someone would be or what they are like, not what they would do.
_NOT_A_PLAN = (
    r"(?! be (?:away|off|out|busy|travel\w*|on (?:leave|holiday|vacation)|the (?:best|right|ideal"
    r"|person|one)|a (?:good|great|better)|happy|glad|interested|keen|the\b)\b)"
)

# A `required` that starts so also widens the finding: it quotes the pattern's match and the
# nearest match of what the sentence must hold ("unless ... we will suspend ..."), each list
# written once instead of twice as a pair in either order would need.
_WITH = "(?#with)"


def _with(required: str) -> str:
    return _WITH + "(?:" + required + ")"


# A decision already taken: what follows is news, not a threat ("I've accepted another offer").
_DECIDED = r"\b(?:I|we)(?:'ve| have| had)? (?:\w+ )?(?:accepted|decided|signed|chosen|taken)\b"
# A move already made, told as news: "I've accepted a role at another company", "we've joined".
_DONE = _DECIDED + r"|\b(?:I|we)(?:'ve| have| had) (?:\w+ )?(?:joined|moved|started|gone|agreed"
_DONE += r"|placed)\b"

# What follows a promise I keep now: "as promised on our call, I'm sending ...", "here's ...".
_AFTER_PROMISED = (
    r"(?!(?: (?:on|in|at|during|over|after) (?:our|the|my|your)(?: \w+){1,2})? ?,? ?(?:I\b|I'm"
    r"|here|attached|please find|we\b))"
)
# Something I hand over in this very message ("Introducing you two", "I've attached"), with no
# request of them in the sentence.
_MY_HANDOVER = (
    r"^(?!.*\b(?:please(?! find)|pls|kindly|your)\b)(?:(?:.*\b(?:I|we)(?:'ve|'m|'ll|'d| have"
    r"| am| will| are)? (?:just |also |now )?|(?:.*[,;:!]\s*)?\W*(?:\w+ )?)(?:introduc|attach"
    r"|enclos|send|sent|shar|forward|pass|includ|connect)\w*\b|.*\bhere(?:'s| is| are)\b)"
)
# A promise of mine kept now: "as promised in June, I'm checking in", "a recap as promised".
_MY_PROMISE = (
    r"\bas promised\b(?! by)[^.!?\n]{0,30}?,\s*(?:I'm|I've|I'll|I am|I will|we're|we've|we'll"
    r"|here)\b"
    r"|\b(?:recap|summary|notes|write-?up|minutes|quote|deck)\b[^.!?\n]{0,30}?\bas promised\b"
)
# A review that praises them: "left a Glassdoor review saying how much I enjoyed it".
_PRAISED = (
    r"\b(?:lov\w+|glowing|positive|great|five[- ]star|5[- ]star|saying so|enjoy\w*|thank\w*"
    r"|recommend\w*)\b"
)

# A let-down I own and let go of: "I'm disappointed, of course, but", "I'm the worst at".
_MY_FEELING = (
    r"\b(?:I'?m|I am|I was|we'?re|we are|we were)(?: (?:a little|a bit|a little bit|quite|very"
    r"|really|naturally|obviously))? disappointed,? (?:of course|naturally|obviously|but (?!not"
    r" surprised|(?:I|we)'?(?:m|re| am| are) not surprised))|\bI'?m the worst at\b"
)

# A mild feeling aimed at a thing, not at them: "Frustrating when tech gets in the way".
_AT_A_THING = (
    r"^(?!.*\byou).*\b(?:tech|technology|links?|wi-?fi|internet|connection|laptop|computer"
    r"|printer|software|app|glitch\w*|upload|attachment|server|browser|system|traffic|weather"
    r"|train|flight)\b"
)

# Their side of a deal not met, as a condition: "if the account isn't settled", "should the
# contract not be countersigned", "without a written offer", "unless the deposit lands".
_OWED = (
    r"(?:payment|deposit|balance|invoice|account|contract|agreement|paperwork|offer|reorder|order"
    r"|shipment|signature|po|purchase order|amount|fee|renewal|funds|money|bill|arrears|retainer"
    r"|proofs?|sign-?off|approval)s?"
)
_UNMET = (
    r"\b(?:if|should|once)\b[^,;.!?\n]{0,40}?\b" + _OWED + r"\b[^,;.!?\n]{0,30}?\b(?:isn'?t|is not"
    r"|not|hasn'?t|has not|doesn'?t|does not|aren'?t|are not|haven'?t|have not|never|fails? to)"
    r"(?: (?:be|been|yet|still))? ?(?:paid|settled|signed|received|in\b|cleared|confirmed"
    r"|countersigned|come in|done|made|returned|approved|processed|through|land)"
    r"|\bunless\b[^,;.!?\n]{0,40}?\b" + _OWED + r"\b[^,;.!?\n]{0,20}?\b(?:is |are |gets? |has been"
    r" |have been )?(?:paid|settled|signed|received|in\b|cleared|confirmed|countersigned|lands?)"
    r"|\bwithout (?:a |an |the |your )?(?:\w+ )?(?:" + _OWED + r"|answer|decision|reply|response"
    r"|confirmation)\b[^,;.!?\n]{0,30}?\b(?:by|before|within|this|today|tomorrow)\b"
)
# A consequence that is help, not a loss: "I'll happily resend it", "we can spread it".
_SOFT_CONSEQUENCE = (
    r"\b(?:let you know|remind\w*|follow up|check|resend|re-send|send (?:it|another|a copy|a new"
    r"|over)|happy|glad|help|happily|gladly|adjust|amend|spread|split|extend|arrange|work"
    r" (?:something|it) out|give you a (?:call|ring)|call you|no problem|no worries|replace"
    r"|refund|free of charge|on us)\b"
)
# One way of reaching them: "email", "on WhatsApp", "your office line", "on here".
_REACHED = (
    r"(?:(?:by|on|via|through|over|in) )?(?:the |my |your )?(?:here|"
    + _any(lx.CHANNELS)
    + r")(?: line| number| phone| message| account)?"
)
# A way of reaching them, done: "called you, emailed you and written to your office".
_CONTACTED = (
    r"(?:called|emailed|e-mailed|texted|messaged|written|wrote|phoned|rung|rang|pinged|chased"
    r"|left (?:you )?(?:a |two |several )?(?:voicemail|message)s?)"
)
# Easy words after "no": "no rush, no worries" is kindness, not terms.
_EASY = (
    r"(?:rush|worries|worry|pressure|problem|problems|stress|obligation|hurry|fuss|need|biggie)\b"
)

# fmt: off
_FEATURES: list[Feature] = [
    # the condition and the act together, so the finding quotes the whole ultimatum
    (CONTROLLING, "ultimatum", _any((_I_WILL + _w(lx.WITHDRAWALS + lx.WITHDRAW_ONLY),
     _w(lx.CONSEQUENCES))), _with(_w(lx.CONDITIONS)), None),
    (CONTROLLING, "ultimatum", _w(lx.WEAK_CONSEQUENCES), _with(_w(lx.NEGATIVE_CONDITIONS)), None),
    (CONTROLLING, "ultimatum", _w(lx.CONSEQUENCES) + "|" + _w(lx.ULTIMATUMS), None, _DONE),
    (CONTROLLING, "ultimatum", _w(lx.REFUSALS) + r"[^.!?\n]{0,60}?\b(?:without|until|unless"
     r"|before)\b", None, _COURTESY),
    (CONTROLLING, "ultimatum", r"\beither (?:you|we|I|this|it)\b(?! or\b)(?!(?:'ll| will)? "
     r"(?:can|could|might|may|would)\b)[^.!?\n]{1,80}?,? or (?:else|I|we|you)\b(?!(?:'d| would"
     r"| could| can| might| may| should)\b)", None, _CHOICE),
    (CONTROLLING, "threat to withdraw", _I_WILL + _w(lx.WITHDRAWALS), None, None),
    # withdrawing stated as done is a decision; hedged as something I may be driven to, a threat
    (CONTROLLING, "threat to withdraw", _I_HEDGE + _w(lx.WITHDRAW_ONLY), None, _DECIDED),
    # a withdrawal with a date on it is a deadline in disguise ("I'll withdraw by Friday")
    (CONTROLLING, "threat to withdraw", _I_WILL + _w(lx.WITHDRAW_ONLY) + r"[^.!?\n]{0,40}?(?:"
     + _LIMIT + r"|\b(?:at|by) the end of\b)", None, None),
    (CONTROLLING, "threat", _w(lx.LEGAL), None, None),
    (CONTROLLING, "ultimatum", _w(lx.PENALTIES), None, None),
    (CONTROLLING, "deadline", _NO_ANSWER + r"[^.!?\n]{0,40}?(?:" + _LIMIT + ")", None,
     r"\b(?:no (?:problem|worries|pressure|hard feelings)|(?:totally|completely|perfectly) fine"
     r"|from you first)\b"),
    (CONTROLLING, "deadline", r"\b(?:need|must|important|essential|crucial|vital|imperative|expect"
     r"|want|require|have) (?:\w+ ){0,3}?(?:to )?hear (?:back )?(?:from ?(?:you|your \w+)? )?"
     + _w(lx.LIMITS), None, None),
    (CONTROLLING, "deadline", r"\bbe (?:resolved|settled|paid|signed|returned|completed|sorted"
     r"|answered|confirmed|received|made|decided)(?: \w+){0,2}? (?:" + _LIMIT + ")", None, None),
    (CONTROLLING, "promise", _w(lx.SAID), None, None),
    (CONTROLLING, "escalation", _I_ACT + _w(lx.ESCALATE), None, None),
    (CONTROLLING, "escalation", _w(lx.ESCALATE[1:]), None, _PRAISED),
    (CONTROLLING, "ultimatum", _I_ACT + _w(lx.LEAVING), _with(_w(lx.CONDITION_ON_THEM)), None),
    (CONTROLLING, "escalation", _w(lx.BYPASS), None, None),
    (CONTROLLING, "demand", _CLAUSE + _w(lx.IMPERATIVES), None, None),
    (CONTROLLING, "deadline", _w(lx.URGENCY), None, None),
    (CONTROLLING, "promise", _w(lx.THEY) + r"(?: had| have|'d|'ve)?(?: been| already)? "
     + _w(lx.PROMISED), None, None),
    (CONTROLLING, "promise", _w(lx.THEY) + r" (?:said|told (?:me|us)) (?:that )?"
     r"(?:you|they|he|she|it|I|we|the \w+)(?:'d| would| will| was going to| were going to"
     r"| could)\b" + _NOT_A_PLAN, None, _PATIENT),
    (CONTROLLING, "promise", r"\bas you (?:had )?promised\b" + _AFTER_PROMISED, None, None),
    # bare "as promised" beside something I hand over now is my promise kept, not theirs
    (CONTROLLING, "promise", r"\bas (?:had )?promised\b" + _AFTER_PROMISED, None,
     _MY_HANDOVER + "|" + _MY_PROMISE),
    (CONTROLLING, "promise", r"\b(?:per|given|despite) your (?:promise|word|assurance|commitment)"
     r"|\bbr(?:oke|oken|eak(?:ing)?) (?:your |the |a |that )?promise|\byour promise\b"
     r"|\byou(?: were|'re|'d|'ve) (?:supposed to|meant to)\b|\b(?:I|we) (?:was|were|had been"
     r"|'d been|have been|'ve been) (?:promised|guaranteed|assured|told (?:I|we)(?:'d| would))\b"
     r"|\b(?:the|an?|that) \w+(?: \w+)? (?:you|they|your \w+) promised\b", None, None),
    (CONTROLLING, "deadline", _REQUEST + _GAP + "(?:" + _LIMIT + ")", None,
     r"\bwhen(?:ever)? you (?:have|get|find) (?:a )?(?:moment|minute|chance|second)\b"),
    (CONTROLLING, "deadline", r"\b(?:giv\w+|have|has) (?:you|your \w+|the \w+|them|him|her)"
     r" (?:until|till|til|through)\b|^\W*you have until\b"
     r"|\buntil " + _TIME + r" to (?:decide|respond|reply|answer)|\b(?:your|the|my|an?) "
     + _NEWS + r"s? (?:is |are )?(?:due|needed|required|expected)\b", None, None),
    (CONTROLLING, "demand", _I + r"(?: really| do| must| will| still| absolutely| now)* "
     r"(?:expect|need|require|want|demand|insist on)\w* " + _DET + r"(?:(?!to )[\w'-]+ ){0,3}?"
     + _NEWS,
     None, None),
    (CONTROLLING, "demand", r"\b(?:I|we) (?:demand|insist)\b|\binsist(?:s|ed|ing)? (?:that|on)\b"
     r"|\b(?:I|we) must (?:have|get|receive|know)\b|\bit is (?:imperative|essential|mandatory"
     r"|vital) that you\b|\b(?:I|we)(?:'d| would)? (?:expect|need|require|want) you to\b", None,
     r"\bwant(?:ed)? you to know\b"),
    (CONTROLLING, "demand", r"\byou(?<!\bif you)(?<!\bdo you)(?<!\bwhen you)(?<!\bwhat you)"
     r"(?<!\belse you)(?<!\bwhether you)(?<!thing you)(?<!\ball you)(?<!time you)(?<!ever you)"
     r"(?: need to| must(?! have\b| (?:\w+ )?(?:receive|see|hear|handle|deal|juggle|field|wade"
     r"|think|wonder|find|realise|realize|remember|imagine|already|surely|by now|get)\b)"
     r"| have to|'d better| had better|'ve got to)\b"
     r"(?! be\b| have been\b| know\b| get\b| feel\b)"
     r"|(?:^\W*|[,;:]\s*|\b(?:and|so|but|then|now|well)\s+)you better\b(?! than\b)",
     None, r"\b(?:in case|don'?t (?:feel (?:like |that )?|think )?(?:that )?you need to)\b"),
    (NEGATIVE, "desperation", _w(lx.DESPERATION), None, None),
    (NEGATIVE, "guilt", _w(lx.GUILT_PHRASES), None, None),
    (NEGATIVE, "whining", _w(lx.NOT_ANSWERED), None, r"\b(?:if|in case|whether|unless|perhaps|maybe"
     r"|not sure)\b"),
    (NEGATIVE, "whining", _w(lx.WAIT_PHRASES), None, _COURTESY),
    (NEGATIVE, "whining", r"\btaking (?:so|this|such a|far too|way too|too) long\b",
     r"\?|\b(?:why|what)\b", r"\b(?:sorry|apolog\w*|my end|my side)\b"),
    (NEGATIVE, "insult", _w(lx.INSULTS), None, None),
    (NEGATIVE, "sarcasm", _w(lx.SARCASM_PHRASES), None, None),
    (NEGATIVE, "anger", _w(lx.ANGER_PHRASES), None, None),
    (NEGATIVE, "cursing", r"(?<![\w*])[a-z]{1,2}[*#@$%]{2,4}[a-z]{0,3}(?![\w*])|[@#$%&!*]{0,2}"
     r"(?:@#|#@|#%|%&|&%|@%|%@|\$#|#\$|@\$|\$@|&#|#&|!@|@!)[@#$%&!*]+", _SYMBOL_PAIR, None),
    # a masked spelling has a mask or a digit inside the word; the plain ones are gated by words
    # an abbreviation ("p.s.", "e.g.") is not a masked spelling
    (NEGATIVE, "cursing", r"(?<![a-z0-9])(?=[a-z$])(?![a-z](?:\.[a-z])+\.?(?![a-z]))"
     + _any(_masked(p) for p in lx.PROFANITY)
     + r"(?![a-z0-9])|" + _w(lx.MASKED_CURSES), _MASK_IN_WORD, None),
    (NEGATIVE, "cursing", r"(?<![a-z0-9])" + _any(_lettered(p) for p in lx.PROFANITY)
     + r"(?![a-z0-9])|" + _w(lx.CURSES), None, None),
    (NEGATIVE, "shouting", r"(?-i:\b(?=[A-Z' ,]*[A-Z]{4})[A-Z][A-Z']+(?:[ ,]+[A-Z][A-Z']+){2,}"
     r"\b)", r"(?-i:[A-Z]{4})", _GLAD),
    (NEGATIVE, "shouting", r"(?-i:(?<![A-Z] )(?<![A-Z])\b" + _w(lx.CAPS_EMPHASIS)
     + r"\b(?! [A-Z]{2}))", None, _GLAD),
    (NEGATIVE, "shouting", r"\?{2,}|[?!]*(?:\?!|!\?)[?!]*", None, r"\b(?:either (?:is|works|way)"
     r"|no (?:rush|worries|pressure|problem)|haha|lol|fine by me|happy (?:with|either))\b"),
    (CONTROLLING, "demand", _w(lx.DEMAND_PHRASES), None, _w(lx.DEMAND_SOFTENERS)),
    (NEGATIVE, "shouting", r"!{3,}", None, _POSITIVE),
    (NEGATIVE, "anger", _NOT + _w(lx.ANGER) + r"(?! (?:for|to) you)", None, None),
    (NEGATIVE, "anger", _NOT + _w(lx.MILD_ANGER) + r"(?! (?:for|to) you)", _TARGET,
     _COURTESY + "|" + _AT_A_THING + "|" + _MY_FEELING),
    # a judgement of them, not a feeling: "clueless" is said of oneself too ("I was a bit ...")
    (NEGATIVE, "anger", _NOT + _SELF + _w(lx.JUDGED) + r"(?! (?:for|to) you)", _TARGET,
     _COURTESY),
    (NEGATIVE, "shame", _w(lx.SHAME) + "|" + _w(lx.RHETORICAL) + "|" + _w(lx.IGNORED), None,
     None),
    (NEGATIVE, "guilt", _w(lx.GUILT) + "|" + _w(lx.LET_DOWN), None, None),
    (NEGATIVE, "guilt", _w(lx.EFFORT) + r"[^.!?\n]{0,100}?" + _w(lx.NO_RETURN), None, None),
    (NEGATIVE, "sarcasm", _w(lx.BUSY_HEDGES) + r".{0,100}?(?:" + _w(lx.DURATIONS + lx.NOTHING
     + lx.WHINES + lx.WAITED + lx.COUNTED) + r"|\bit(?:'s| has| is) been\b)", None, None),
    (NEGATIVE, "sarcasm", _w(lx.SARCASM + lx.REPEATED), None, None),
    (NEGATIVE, "sarcasm", r"^\W*(?:oh,? |well,? )?" + _PRAISE + r"\s*[,!.:;—–-].{0,200}?"
     + _w(lx.NOTHING) + "|" + _any((_w(lx.NOTHING), _w(lx.BAD_FACTS))) + r".{0,120}?[,;:—–-]\s*"
     r"(?:just |simply |really |how )?" + _any((_PRAISE, _w(lx.VERDICTS))) + r"[^\w!]*$",
     None, None),
    (NEGATIVE, "whining", _w(lx.WHINES + lx.AGAIN_AND_AGAIN), None, None),
    (NEGATIVE, "whining", _pair(_w(lx.COUNTED), _w(lx.WAITED + lx.WROTE), 50), None, _COURTESY),
    (NEGATIVE, "whining", _pair(_w(lx.PERSISTED), _w(lx.WAITED), 30), None, _COURTESY),
    (NEGATIVE, "whining", _pair(_w(lx.DURATIONS), _w(lx.NOTHING), 40), None, _COURTESY),
]
# fmt: on

# --- constructions: what a sentence does, from small word classes ---------------------------
# A condition set on them, not a preference of theirs ("if you'd prefer", "if it helps").
_COND = (
    r"\bunless\b|\bif\b(?! (?:you(?:'d| would)? (?:prefer|like|want|wish|rather|need)|it (?:helps"
    r"|suits|works|is easier|'s easier)|that (?:helps|suits|works)|useful|helpful|possible"
    r"|you have (?:any )?questions|you (?:don'?t|do not) mind|so\b|not\b))"
    r"|\bshould (?:\w+ ){1,3}?(?:not|be unable|fail)\b"
    r"|\bthe (?:minute|moment|second) (?:you|your|that|it|we|I|they)\b|\botherwise\b|\bor else\b"
    r"|\bfailing (?:that|which|this)\b"
)
# I or we as the one who acts, now or next: "we will", "I shall now be", "I go", "we'll happily".
_FIRST = (
    r"(?<!\w)(?:I|we)(?:'ll|'m|'re|'ve)?(?: (?:will|shall|am|are|have|then|simply|just|now|also"
    r"|happily|gladly|be|going to|have to|need to|be forced to|be obliged to|probably|definitely"
    r"|prepared to|ready to|intend to|plan to|got|obviously|of course))* "
)
_FIRST_FUT = (
    r"(?<!\w)(?:I'll|we'll|I'm|we're|I will|we will|I shall|we shall|I am|we are)(?: (?:now|then"
    r"|also|be|going to"
    r"|prepared to|ready to|have to|forced to|left with no choice but to|probably|definitely"
    r"|simply|just|gonna|happy to|considering|thinking of))* "
)
# A referral they asked for, or an offer: not going over their head.
_REFERRAL = (
    r"\b(?:as (?:requested|asked|agreed|suggested|discussed|instructed)|(?:you|she|he|they)"
    r" (?:asked|suggested|requested|mentioned|said)|happy to|glad to|would love|if (?:it|that)"
    r" helps|if useful|feel free|introduc\w*|thank\w*)\b"
)
_SUPERIOR = r"(?<!hiring )(?<!account )(?<!project )(?<!office )(?<!product )" + _any(lx.SUPERIORS)
_QUESTION = r"[^.!?\n]*\?"

# fmt: off
_FEATURES += [
    # the act is mine: no condition or other actor between me and it ("I understand if you go")
    (CONTROLLING, "ultimatum", _FIRST + r"(?!(?:could|can)\b)(?:(?!(?:if|unless|when|you|they)\b)"
     r"[\w']+ ){0,3}?" + _w(lx.LOSS_ACTS), _with(_COND), _CHOICE + "|" + _DONE),
    (CONTROLLING, "ultimatum", r"\bor (?:else,? )?(?:(?:I|we)(?!(?:'d| would| could| can| might"
     r"| may)\b))?" + _any(lx.OR_LOSS), None, _CHOICE),
    (CONTROLLING, "ultimatum", r"\bafter (?:which|that|then|this)(?: (?:point|date|time))?,? "
     r"(?:the |our |my |this |your )?" + _any(lx.OFFER_NOUNS) + r"(?:'s)? (?:\w+ ){0,2}?"
     + _any(lx.OFFER_LAPSES), None, None),
    (CONTROLLING, "ultimatum", r"\b(?:only|strictly) (?:valid|good|available|open|held|on offer"
     r"|on the table)\b|\b(?:valid|good|open|on the table) (?:for |until |till )?(?:\w+ ){1,3}?"
     r"only\b|\bcan only (?:\w+ ){0,2}?(?:hold|keep|offer|honou?r|guarantee|approve|extend|reserve"
     r"|do|give)\w* (?:\w+ ){0,5}?if (?:you|the|your)\b|\bonly (?:approve|accept|sign|proceed|hold"
     r"|honou?r|extend|agree)\w* (?:\w+ ){0,5}?if (?:you|the|your)\b|\bon (?:the )?condition"
     r"(?: that)?\b", None, None),
    (CONTROLLING, "ultimatum", r"\b(?:deal|offer|discount|quote|price|pricing|agreement|engagement"
     r"|contract|rate|partnership)(?:'s| is| will be| becomes) (?:void|off|gone|over|dead|null)\b"
     r"|\bgone for good\b|\bconsider (?:the|this|our|my) \w+ (?:off|closed|dead|over|withdrawn"
     r"|void|cancell?ed|terminated|ended)\b", None, _DONE),
    (CONTROLLING, "ultimatum", _w(lx.FOMO), None, None),
    (CONTROLLING, "threat", r"(?<!\w)" + _any(lx.LEGAL_ACTS) + _w(lx.LEGAL_BODIES), None, None),
    (CONTROLLING, "threat", _w(lx.LEGAL_BODIES), _with(_COND), None),
    (CONTROLLING, "escalation", _FIRST_FUT + r"(?:[\w']+ ){0,5}?" + _w(lx.TELL_ACTS)
     + r" (?:[\w']+ ){0,3}?(?:hr\b|human resources|your (?:[\w']+ ){0,2}?" + _SUPERIOR + r")\b",
     None, _REFERRAL),
    (CONTROLLING, "escalation", r"\b(?:ping|email|message|dm|call|contact|reach out to|write to"
     r"|go to|talk to|speak to|speak with|text)\w* (?:\w+ )?your (?:[\w']+ ){0,2}?" + _SUPERIOR
     + r"\b[^.!?\n]{0,40}?\b(?:too|as well|also|directly|instead|in case|to (?:speed|move|push"
     r"|chase|hurry))\b", None, _REFERRAL),
    (CONTROLLING, "promise", r"(?<!\w)(?:you|u|your (?:[\w']+ ){0,2}?[\w']+|they|he|she)(?: (?:did"
     r"|had|yourself|personally|clearly|definitely|specifically|explicitly|literally|also|even))*"
     r"(?:'d)? (?:said|say|told (?:me|us)|promised|assured (?:me|us)|wrote|confirmed|committed"
     r"|agreed|guaranteed)(?: (?:to )?(?:me|us))?(?: (?:yourself|personally|on \w+|in \w+"
     r"|last \w+))?,? (?:that )?(?:you|u|they|he|she|it|I|we|the (?:\w+ )?\w+|there|someone"
     r"|somebody)"
     r"(?:'d| would| will| was going to| were going to| could| should|d)\b" + _NOT_A_PLAN, None,
     _PATIENT),
    (CONTROLLING, "promise", r"\bhold(?:ing)? (?:you|them|him|her|your \w+) to (?:it|that|this"
     r"|what|your|their|the)\b|(?<!\bI )(?<!\bwe )\b(?:was|were) (?:meant|supposed|promised) to"
     r" (?:be|have|come|arrive|reach|go|get|hear)\b|\bper your (?:own )?(?:email|message|note"
     r"|letter|word|promise|call|contract|proposal|timeline)\b[^.!?\n]{0,60}?\b(?:meant|supposed"
     r"|promised|would have|should have|was to)\b", None, None),
    (NEGATIVE, "shame", _w(lx.BLAME), None, None),
    (NEGATIVE, "shame", _w(lx.RHETORICAL_MARKS) + _QUESTION, None, None),
    (NEGATIVE, "insult", _any(lx.INSULT_FRAMES) + _w(lx.INSULT_NOUNS), None, None),
    (NEGATIVE, "sarcasm", _any(lx.SARCASM_MARKS), None, None),
    (NEGATIVE, "sarcasm", r"\bthank\w*(?: you)?(?: \w+){0,3}? for (?:the|your|that|this|another)"
     r" (?:\w+ )?" + _any(lx.MECHANICAL) + r"|\banother (?:\w+ )?" + _any(lx.MECHANICAL), None,
     None),
    (NEGATIVE, "sarcasm", _w(lx.SLOW_SPAN), _with(_w(lx.FAST) + r"|\b(?:repl\w+|respon\w+"
     r"|answer\w*|got back|turnaround|came back)\b"), None),
    (NEGATIVE, "sarcasm", r"\brecord\b[^.!?\n]{0,40}?\b(?:slowest|longest|latest|fewest|worst)\b"
     r"|\bcongrat\w*[^.!?\n]{0,60}?\b(?:slowest|longest|worst|latest|fewest)\b"
     r"|\b(?:silence|no (?:reply|response|news|answer|word))(?: from you)? (?:means|must mean)\b"
     r"|\bmust(?: have)? be(?:en)? nice (?:having|being|to have (?:so much|all the|the luxury"
     r"|that much))|\byour (?:very|so|extremely|incredibly|oh so) (?:busy|full|important"
     r"|crowded|packed) (?:inbox|schedule|diary|calendar|day)\b|\bsame (?:\w+ )?(?:care"
     r"|attention|speed|urgency|diligence|enthusiasm|thought|effort|rigou?r|efficiency)"
     r" (?:that|as|with)\b", None, None),
    (NEGATIVE, "sarcasm", r"(?-i:\b(?:your|their|so|such|very)\s+\"[a-z][a-z'-]+(?: [a-z][a-z'-]+)?"
     r"\"|\"[a-z]+ly\")", None, None),
    (NEGATIVE, "whining", r"\b(?:tried|pinged|chased|called|contacted|reached|messaged|emailed"
     r"|texted|rung|rang|phoned|written|wrote|followed up)\w*(?: [\w']+){0,4}? (?:by|on|via"
     r"|through|over|in) (?:the )?" + _any(lx.CHANNELS) + r"(?:(?:,| and| or|, and)+ (?:even )?"
     r"(?:(?:by|on|via|through|over|in) )?(?:the )?" + _any(lx.CHANNELS) + r")+\b", None, None),
    (NEGATIVE, "whining", r"\bthat'?s (?:what,? )?(?:now )?(?:\d+|two|three|four|five|six|seven"
     r"|eight|nine|ten|several|multiple|a few) (?:\w+ )?(?:times|pings|emails|messages|calls"
     r"|chasers|reminders|nudges|attempts|follow-?ups|texts|voicemails)\b|\bwithout (?:a single"
     r"|so much as an?|one single|even an?|a solitary) (?:\w+ )?(?:reply|response|answer|word"
     r"|acknowledg\w*|call|peep|update)\b", None, None),
    (NEGATIVE, "whining", _w(lx.VIGIL), None, None),
    (NEGATIVE, "desperation", _w(lx.NEEDY), None, None),
    (NEGATIVE, "guilt", _w(lx.FAVOURS), _with(_w(lx.EXPECTED_BACK)), None),
    (NEGATIVE, "guilt", r"\b(?:stuck my neck"
     r" out|out on a limb|bent over backwards|(?:went|gone) out of my way) for you\b|\bhow (?:it"
     r"|I|we|this|that|my \w+|our \w+) (?:is|am|are|was|were|gets?|got) (?:repaid|rewarded"
     r"|thanked|treated)\b", None, None),
    (NEGATIVE, "anger", r"\b(?:won'?t|will not|can'?t|cannot|not going to) (?:pretend|deny|hide)"
     r"(?: that)? (?:I'?m|I am|we'?re|we are|I was) (?:not )?(?:\w+ )?" + _any(lx.ANGER
     + lx.MILD_ANGER), None, r"\b(?:I|we) (?:was|were) (?:\w+ )?(?:excited|looking forward)\b"),
    (NEGATIVE, "sarcasm", r"\bthank\w*(?: you)?(?: so much| a lot| very much)? for\b[^.!?\n]{0,60}?"
     + _w(lx.COMPLAINT_MARKS) + "|" + _w(lx.SARCASM_FRAMES), None, _w(lx.COURTESY)),
    (NEGATIVE, "shame", _any(lx.THEY_FAILED), None, r"\b(?:if|in case|might|may|maybe|perhaps"
     r"|sorry|probably|possibly|understand\w*|easy to|no worries|whether)\b"),
    (NEGATIVE, "whining", r"(?<!\w)(?:I|we)(?:'ve| have| had)? (?:\w+ ){0,3}?(?:sent|left|made"
     r"|written|tried|called|emailed|followed up|chased|pinged|dropped|rung|phoned)(?: you)?"
     r" (?:\w+ ){0,2}?(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous"
     r"|countless|a number of|\d+) (?:\w+ )?(?:emails|messages|voicemails"
     r"|calls|notes|follow-?ups|reminders|texts|pings|nudges|chasers|attempts|times)\b", None,
     None),
    (NEGATIVE, "desperation", _w(lx.NEEDY_PHRASES), None, None),
    (NEGATIVE, "whining", _w(lx.WAIT_SET_PHRASES), None, None),
    (NEGATIVE, "shame", _w(lx.CAUSED_BY_THEM), _with(_w(lx.BAD_OUTCOMES)),
     r"\b(?:sorry|understand\w*|no worries|no problem|totally fine|appreciat\w*|thanks? (?:you )?"
     r"for|my (?:fault|mistake|bad|end|side))\b"),
    (NEGATIVE, "shame", r"(?:\b(?:is|are|was|did|does|do|has|have|can) (?:anyone|anybody|someone"
     r"|somebody|you|your \w+)|\bhow (?:do|does|can|could) (?:you|anyone|your \w+))\b"
     r"[^.!?\n]{0,40}?"
     r"\b(?:actually|even|seriously|honestly|on earth|the hell) (?:\w+ )?(?:read|check|answer|reply"
     r"|respond|care|listen|look at|bother|know what|in charge|work(?:ing)? there|exist|there"
     r"|pay(?:ing)? attention)\w*\b" + _QUESTION, None, None),
    (NEGATIVE, "shame", _w(lx.RHETORICAL_PHRASES), None, None),
    (NEGATIVE, "insult", _w(lx.INSULT_PHRASES), None, None),
    (NEGATIVE, "sarcasm", r"(?-i:\b(?:your '|their '|so '|such '|very ')[a-z][a-z -]{2,40}[a-z]'"
     r"(?![\w]))", None, None),
    (CONTROLLING, "escalation", _w(lx.OVER_THEIR_HEAD), None, None),
    (CONTROLLING, "ultimatum", _w(lx.URGE), None, None),
    (NEGATIVE, "shame", _w(lx.WRONGED), None, None),
    (CONTROLLING, "deadline", _w(lx.LIMIT_FRAMES), None, None),
    (CONTROLLING, "escalation", _w(lx.ESCALATED) + "|" + r"(?<!\w)(?:I|we)(?:'ve| have)"
     r" (?:now |also |just )?(?:forwarded|sent|copied|cc'?d|escalated|raised|passed|shared"
     r"|looped)\w* (?:\w+ ){0,3}?(?:to|with|in) (?:hr\b|your (?:[\w']+ ){0,2}?" + _SUPERIOR
     + r"\b)", None, _REFERRAL),
    (NEGATIVE, "whining", _w(lx.COUNTED_DATES) + r"|^\W*once (?:more|again),", None,
     r"\b(?:thank\w*|congrat\w*|welcome|appreciat\w*|grateful)"),
    (CONTROLLING, "deadline", r"\b(?:by|before|no later than|not later than|within|until|till"
     r"|(?:is|are) due (?:back )?(?:\w+ ){0,3}?on) (?:the |this |next )?" + _TIME, r"\b(?:you|your"
     r"|please|need|want|expect|require|like|must|has to|have to|needs to)\b", _any(lx.OWN_PLAN
     + lx.SOFT_TIMING) + "|" + _COURTESY),
    (CONTROLLING, "demand", r"(?<=, )now\W*$", None, None),
    (NEGATIVE, "shame", _w(lx.BLAME_SET_PHRASES), None, None),
    (NEGATIVE, "whining", _pair(r"\b(?:follow(?:ed|ing)?[- ]?up|chas\w+|nudg\w+|remind\w+|ping\w*"
     r"|email\w* you)\b", r"\b(?:for|over|nearly|almost|more than|since)(?: well| just)?"
     r" (?:\d+ |an? |one |two |three |four |five |six |several |a few |many )?(?:\w+ )?(?:days"
     r"|weeks|months"
     r"|ages)\b", 30), None, _COURTESY),
    (NEGATIVE, "sarcasm", r"(?-i:(?: '| \"|\(')[a-z]{3,}(?:-[a-z]+)?['\"](?![\w'\"]))", None,
     r"\b(?:called|named|titled|word|term|button|tab|option|field|status|label|tag|category|column"
     r"|folder|says?|said|marked|reads?|typed?|search\w*|quote\w*|phrase|spel\w*|click\w*|select\w*"
     r"|choose|chose|menu|link|heading|header|subject|reply \w+)\b"
     r"|\b(?:reply|respond|type|text|write|say)(?: with| back)? [\"']"),
    (CONTROLLING, "deadline", r"(?:^\W*|[,;:]\s*)(?:" + _LIMIT + r"),? (?:please|pls|thanks)\b",
     None, None),
    (CONTROLLING, "demand", r"(?:^\W*|^\W*(?:hi|hey|hello|dear)\b[^,]{0,30}, )(?:fix|resend"
     r"|sort out|correct|refund|pay|sign|update|cancel|deliver|confirm|reissue) (?:the|this|that"
     r"|my|our|it|these|those|in writing)\b",
     None, r"\b(?:please|could|would|when|whenever|if|happy|feel free|thanks?|no rush)\b"),
    (NEGATIVE, "sarcasm", _w(lx.SARC_PRAISE), _with(_w(lx.SARC_DELAY)),
     r"\b(?:I know|sorry|apolog\w*|my (?:end|side|fault)|patience|we finally)\b"),
    (CONTROLLING, "promise", r"\b(?:I|we) (?:was|were) (?:told|promised|assured|quoted|given)\b"
     r"[^.!?\n]{0,30}?\b" + _NUM + r" (?:\w+ )?(?:days?|weeks?|months?)\b[^.!?\n]{0,40}?\b(?:now"
     r"|already|still|yet|but|ago)\b", None, None),
    (NEGATIVE, "sarcasm", _pair(r"\b(?:as (?:always|usual|ever)|like always|per usual)\b",
     _w(lx.BAD_FACTS + lx.NOTHING) + r"|\b(?:late|delay\w*|slow\w*)\b", 60), None,
     r"\b(?:thank\w*|grateful|appreciat\w*)"),
    (NEGATIVE, "shame", _w(lx.BLAME_PHRASES), None, r"\b(?:no worries|happens|understand\w*"
     r"|appreciat\w*|thank\w*|grateful|impressed|love\w*|great|sorry|apolog\w*)\b"),
    (CONTROLLING, "demand", _w(lx.DEMAND_SET_PHRASES), None, None),
    (NEGATIVE, "anger", r"(?<!\w)(?:I'?m|I am|we'?re|we are|I was|we were)(?: really| very"
     r"| honestly| frankly| just)? (?:not|far from|hardly|anything but) (?:at all |remotely )?"
     r"(?:happy|impressed|pleased|amused|satisfied|thrilled|okay|ok) (?:with|about|by|that)\b"
     r"|\benough is enough\b|\b(?:I'?m|I am|we'?re|we are) (?:so |really |just )?done with\b"
     r"|\b(?:beyond|getting|bordering on) (?:ridiculous|absurd|a joke|silly|out of hand)\b",
     None, None),
    (NEGATIVE, "guilt", r"\b(?:I|we) (?:really |honestly |genuinely )?(?:thought|believed"
     r"|assumed) (?:we|you) (?:had|were|'d) (?:a |an |some )?(?:\w+ )?(?:relationship|understanding"
     r"|rapport|friends|partners|better|different|trust)\b", None, None),
    (CONTROLLING, "demand", r"^\W*" + _any(lx.ASK_VERBS) + r"\b[^.!?\n]{0,40}?\b(?:with|your)"
     r" (?:\w+ )?" + _NEWS + r"|^\W*(?:now|right now|asap|immediately)\W*(?:pls|please|plz|thx)?"
     r"\W*$", None, _w(lx.DEMAND_SOFTENERS)),
]

# --- constructions by what a sentence does, from small word classes --------------------------
# Them, as the one who acted: "you", "your procurement person", "their team".
_THEM = r"(?:you|your (?:[\w'-]+ ){0,2}?[\w'-]+|they|their (?:[\w'-]+ ){0,2}?[\w'-]+)"
# What went wrong, done by someone: "never sent", "let the window lapse", "kept cancelling".
_FAILED = (
    r"(?:never|didn'?t|did not|failed to|forgot|neglected to|let|lost|missed|ignored|kept"
    r"|couldn'?t|wouldn'?t|dropped|cancell?ed|changed|delayed|sat on|botched|messed up"
    r"|mixed up|overlooked|misplaced)"
)
# The effect of a failure: "cost me the other role", "held everything up".
_HARMED = (
    r"(?:cost|lost|ruined|killed|broke|delayed|caused|held (?:\w+ )?up|wasted|sank|sunk"
    r"|derailed|blew|blown)"
)
# A hedge or courtesy that makes a cause a guess, not a charge.
_HEDGED = r"\b(?:sorry|apolog\w*|understand\w*|no worries|if (?:it|this|that|my|the)|in case"
_HEDGED += r"|maybe|perhaps|might|may"
_HEDGED += r"|whether)\b"
# Their act, named as an achievement of theirs in irony: "quite an achievement", "a kind of record".
_FEAT = (
    r"(?:quite|such|what|some|a real|real) (?:an? )?(?:achievement|feat|accomplishment)"
    r"|(?:a|some|kind of a?|sort of a?|a new|new|a world|world|personal|all-time) record(?! \w)"
)
_NONE_AT_ALL = r"\b(?:not (?:a|one) single|not (?:a|one)|no|never|nothing|without|zero|none)\b"

_FEATURES += [
    # a cause on their side that failed: "because your people never set up ...", "it was your
    # team who kept cancelling", "the reason ... is your team never sent it"
    (NEGATIVE, "shame", r"\bbecause (?:of )?" + _THEM + r" (?:\w+ )?" + _FAILED + r"\b"
     r"|\b(?:it was|it's|it is|that was|this was) (?:you|your|their)\b[^.!?\n]{0,50}?\b(?:who"
     r"|that)\b[^.!?\n]{0,50}?\b(?:" + _FAILED + "|" + _HARMED + r")\w*\b"
     r"|\bhad (?:you|anyone|anybody|someone|somebody|your \w+)\b[^.!?\n]{0,40}?\b(?:bothered"
     r"|cared|listened|read|checked|replied|answered|responded|told|done)\b"
     r"|(?<!\w)" + _THEM + r" (?:is|was|are|were) (?:the (?:only |real |sole |main )?reason"
     r"|(?:exactly |precisely )?why)"
     r" (?:the |this |it |we |I |our |my )(?:[\w']+ ){0,3}?(?:has gone up|went up|is late|was late"
     r"|is delayed|was delayed|slipped|failed|fell through|stalled|lost|missed|overran|collapsed"
     r"|cost)\b"
     r"|\bthe (?:only |real |sole |main )?reason\b[^.!?\n]{0,60}?\b(?:is|was) (?:that |because "
     r"|simply )?(?:of )?" + _THEM + r"\b(?! (?:asked|requested|wanted|needed|prefer\w*)\b)"
     r"|\b(?:fell through|slipped|dropped|went wrong|broke down|stalled|got stuck|got lost)"
     r"(?: \w+){0,3}? on your (?:side|end)\b", None, _HEDGED),
    # their act praised in irony beside nothing done: "four interviews and not a single email is
    # quite an achievement"; a record of slowness
    (NEGATIVE, "sarcasm", _FEAT, _with(_NONE_AT_ALL + r"|\b(?:unread|unanswered|ignored|longer"
     r"|slow\w*|late|weeks|months)\b"), None),
    (NEGATIVE, "sarcasm", r"(?-i:\b(?:the|that|this|a|an|you're|you are|is|was|being|how|for|of)"
     r" '[a-z][a-z -]{2,40}[a-z]'(?!\w))", None,
     r"\b(?:called|named|titled|word|term|button|tab|option|field|status|label|tag|category"
     r"|column|folder|says?|said|marked|reads?|typed?|search\w*|quote\w*|phrase|spel\w*|click\w*"
     r"|select\w*|choose|chose|menu|link|heading|header|subject|reply \w+|section|page|file"
     r"|document|sheet|guide|template|plan|tier|package|tip|rule|advice|idea|method|technique"
     r"|trick|principle|approach|concept|framework|model|book|article|talk|course|podcast|series"
     r"|show|song|film|movie|game|workshop|session)\b"),
    (NEGATIVE, "shame", _w(lx.RHETORICAL_FRAMES) + _QUESTION + r"|\bI(?: wonder|'m (?:starting"
     r"|beginning) to wonder| am (?:starting|beginning) to wonder)\b[^.!?\n]{0,60}?\b(?:anyone"
     r"|anybody|someone|somebody|you"
     r"|your \w+)\b[^.!?\n]{0,40}?\b(?:actually|even|ever) (?:reads?|checks?|answers?|replies"
     r"|respond\w*|looks? at|opens?)\b", None, None),
    (CONTROLLING, "promise", r"\byou (?:were|said you were) (?:going|due|set) to (?:send|get|call"
     r"|email|share|provide|come back|let (?:me|us) know|confirm|sort|fix|deliver|pay|sign|update"
     r"|introduce|follow up|circle back|loop)\b|\b(?:and |I'?m |I am )quoting\b|\bI quote\b"
     r"|\bquote,? unquote\b", None, None),
    # my patience held up as a reproach: "I have been more than patient", "we've been very fair"
    (NEGATIVE, "guilt", r"(?<!\w)(?:I|we)(?:'ve| have| had|'d) been (?:more than|beyond|extremely"
     r"|incredibly|exceedingly|very|really|endlessly|remarkably|nothing but|nothing if not|so)"
     r" (?:patient|understanding|tolerant|reasonable|fair|accommodating|generous|forgiving)\b"
     r"|(?<!\w)(?:I|we)(?:'ve| have| had|'d) been (?:\w+ )?patient (?:long enough|for (?:weeks"
     r"|months|long enough|too long|ages)|up to now|so far|until now)\b"
     r"|(?<!\w)(?:I'?m|I am|we'?re|we are) (?:more than|beyond) (?:patient|understanding"
     r"|reasonable|fair)\b", None, None),
    # "some of us" set against them: "some of us have jobs to do", "some of us actually reply"
    (NEGATIVE, "sarcasm", r"\bsome of us\b(?: (?:still|actually|really|do|also|just))*"
     r" (?:(?:like|want|need) to know|think (?:that|it) matters|have (?:been waiting|been chasing"
     r"|jobs|deadlines|work|businesses|bills|lives|families"
     r"|clients|real|a (?:business|job|company|team|deadline)|to (?:work|pay|plan|earn|wait))"
     r"|had to|do (?:read|reply|answer|respond|work|care)|actually|were (?:told|promised|waiting"
     r"|given)|are (?:still )?(?:waiting|trying to|paying|chasing)|need (?:to (?:plan|work|know"
     r"|get paid|eat)|answers?|an answer)|reply|respond|answer (?:our|their|emails|messages)|read"
     r" (?:our|their) (?:emails|messages|inbox)|work for a living|pay (?:our|their) (?:bills|staff"
     r"|rent)|rely on)\b", None, None),
    # them as hard to reach: "you are a hard person to reach", "you're a tough man to pin down"
    (NEGATIVE, "whining", r"(?<!\w)(?:you(?:'re| are|'ve been| have been)|your (?:\w+ )?(?:team"
     r"|office|department|people|company) (?:is|are|has been|have been)) (?:an? )?(?:very |really"
     r" |so |quite |such an? |incredibly |remarkably |surprisingly |notoriously )?(?:hard|harder"
     r"|difficult|tough|tricky|impossible) (?:(?:person|man|woman|one|lady|guy|people|team"
     r"|company|bunch|group|firm|office) )?to (?:reach|get hold of|pin down|track down|get through"
     r" to|contact|catch|get a (?:reply|response|word|answer) (?:from|out of)|get an answer (?:out"
     r" of|from)|hear from|get in touch with|get a hold of)\b", None, None),
    # need shown as taking anything: "I'd settle for any reply at all", "even a no would do"
    (NEGATIVE, "desperation", r"\bsettl\w* for (?:just |even |literally )?(?:any|a single|a|an"
     r"|one|a simple|a quick|anything|something|a one-?(?:word|line))? ?(?:\w+ )?(?:reply|response"
     r"|answer|word|acknowledg\w*|sign of life|no|'no'|\"no\"|yes or no|update|crumbs|anything"
     r"|something)\b|\beven an? (?:[\w'-]+ )?(?:no|'no'|\"no\"|reply|response|answer|word|rejection"
     r"|acknowledg\w*) (?:would|will) (?:do|be (?:nice|something|enough|a start|better than"
     r" nothing))\b|\bany (?:reply|response|answer|word|sign of life|acknowledg\w*) at all"
     r" (?:would|will) (?:do|be (?:nice|something|enough|welcome|a start))\b", None, None),
    # what they said, held up to them: "your exact words were", "you did promise", "remember you
    # said", "as you committed, payment should have gone out", "I'll expect you to keep to it"
    (CONTROLLING, "promise", r"\b(?:your|his|her|their) (?:exact|very) words\b|\b(?:your|his|her"
     r"|their) own words (?:were|was)\b|\bper your (?:own )?words\b|\bto quote you\b"
     r"|\byou (?:did|do) (?:say|promise|agree|commit|tell (?:me"
     r"|us)|assure (?:me|us)|guarantee)\b|\bremember (?:when |that |how )?(?:you|your \w+)"
     r" (?:said|promised|told|agreed|assured|committed)\b|\b(?:as|like) (?:you|your \w+)"
     r" (?:said|agreed|committed|promised|confirmed|told (?:me|us)|assured (?:me|us))\b"
     r"[^.!?\n]{0,60}?\b(?:should have|should've|(?:was|were) (?:supposed|meant|due) to|would have"
     r"|ought to have)\b|(?<!\w)(?:I|we)(?:'ll| will| shall)(?: be)? expect(?:ing)? (?:you to"
     r" (?:keep|stick|honou?r|follow through)|mine\b|ours\b)", None, None),
    # their side of a deal not met, then an act of mine: "if the account isn't settled we're
    # going to lock your login", "should the contract not be countersigned, the discount will no
    # longer apply", "without a written offer by the 10th I will turn the role down"
    (CONTROLLING, "ultimatum", r"(?<!\w)(?:I|we)(?:'ll| will|'re going to| are going to|'m going"
     r" to| am going to| must| shall| have to|'ll have to| will have to|'re forced to)\b"
     r"|\b(?:will|would) (?:no longer|not) (?:apply|be (?:available|valid|honou?red|held))\b"
     r"|\b(?:stops?|halts?|ends?|lapses?|expires?|is off|goes up|rises)\b", _with(_UNMET),
     _SOFT_CONSEQUENCE),
    # "No payment, no files." "No deposit, no booking."
    (CONTROLLING, "ultimatum", r"^\W*no (?!" + _EASY + r")[\w-]+(?: \w+)?,? no (?!" + _EASY
     + r")[\w-]+\b", None, None),
    # an order, then "or" and an act of mine: "pay the deposit or I give the date to the others"
    (CONTROLLING, "ultimatum", r"^\W*(?:(?:hi|hey|hello|dear)\b[^,:]{0,30}[,:] )?(?:[\w']+ ){0,6}?"
     r"(?:pay|sign|confirm|reply|respond|send|settle|decide|commit|book|approve|answer)\b"
     r"[^.!?\n]{0,60}?\bor (?:else,? )?(?:I|we)(?:'ll| will| shall)? (?!(?:can|could|might|may"
     r"|would|'d|am happy|'m happy|happily|gladly|will happily|'ll happily)\b)\w+", None,
     _CHOICE + "|" + _SOFT_CONSEQUENCE),
    # work held back until they pay: "I won't be delivering any further files until it's settled"
    (CONTROLLING, "ultimatum", r"(?<!\w)(?:I|we)(?: won'?t| will not|'m not going to| am not going"
     r" to|'re not going to| are not going to| refuse to)(?: be)? (?:[\w']+ ){1,7}?until (?:it'?s"
     r"|it is|it has been|the (?:\w+ )?(?:invoice|balance|payment|deposit|account|contract"
     r"|fee|amount|bill|arrears)s? (?:is|are|has been|have been)|payment is|you(?:'ve| have)?)"
     r" (?:\w+ )?(?:paid|settled|signed|cleared|received|sent|approved|confirmed)\b", None, None),
    # three ways of reaching them, counted: "I've now tried email, LinkedIn, your office line and
    # your assistant", "I've messaged you on here, on WhatsApp and by email", "we have called
    # you, emailed you and written to your office"
    (NEGATIVE, "whining", r"(?<!\w)(?:I|we)(?:'ve| have| had)? (?:now |already |also |even )?"
     r"(?:tried|pinged|chased|called|contacted|reached|messaged|emailed|texted|rung|rang|phoned"
     r"|written|wrote|followed up)\w*(?=[^.!?\n]*\byou)(?: [\w']+){0,3}? " + _REACHED + r"(?:(?:,"
     r"| and| or|, and)+ (?:even )?" + _REACHED + r"){2,}|(?<!\w)(?:I|we)(?:'ve| have| had)?"
     r" (?:now |already |also )?" + _CONTACTED + r"(?:(?: [\w']+){0,3}?(?:,| and|, and)"
     r" (?:even |also )?" + _CONTACTED + r"){2,}\b(?=[^.!?\n]*\byou|(?<=\byou))", None, None),
    # what is so hard about it: "what, precisely, is so complicated about a yes or no?", "what
    # exactly is the holdup?", "how long is a reasonable person supposed to wait?"
    (NEGATIVE, "shame", r"\bwhat(?:,? (?:exactly|precisely|on earth|in the world|honestly),?)?"
     r"(?:'s| is) (?:so )?(?:hard|difficult|complicated|confusing|tricky|challenging) about\b"
     r"|\bwhat(?:,? (?:exactly|precisely|on earth|in the world),?)?(?:'s| is) the (?:hold-?up"
     r"|hang-?up)\b|\bhow long (?:\w+ ){0,4}?(?:supposed|expected|meant) to wait\b", None, None),
    # contempt for them in a stock frame: "couldn't find an invoice if it was stapled to them",
    # "about as much use as a chocolate teapot", "like explaining the internet to a toaster",
    # "shouldn't be allowed near a computer", "leaves a lot to be desired", "I've seen interns
    # run a tighter process than your team"
    (NEGATIVE, "insult", r"\b(?:couldn'?t|could not|can'?t|cannot|wouldn'?t) (?:find|organi[sz]e"
     r"|run|spot|manage|read|plan|hit|sell|fix|recogni[sz]e|see|answer|count) (?:a|an|the|their"
     r"|his|her|your) (?:[\w-]+ ){0,3}?if (?:it|they|he|she|you|their|his|her|your)\b"
     r"|\b(?:about )?as much use as an? \w+|\blike (?:talking|explaining|speaking|trying to"
     r" (?:talk|explain)) (?:\w+ ){0,4}?to an? (?:brick wall|wall|toaster|rock|goldfish|toddler"
     r"|potato|brick)\b|\bshould(?:n'?t| not) be allowed (?:anywhere )?near\b"
     r"|\b(?:your|their) (?:[\w'-]+ ){0,6}?(?:leaves?|left) (?:a lot|much|plenty|a great deal) to"
     r" be desired\b|\b(?:seen|met|known) (?:interns|children|kids|toddlers|students|schoolkids"
     r"|monkeys|trainees) (?:\w+ ){0,3}?(?:tighter|better|smoother|faster|more professional)\b",
     r"\b(?:you|your|yours|they|their|them|he|she|him|her|his)\b", None),
]
# fmt: on

# --- constructions of sarcasm, counting, moralising, presumption and need ----------------------
# Each names who acts on whom: a trivial task of theirs called a burden, my message resting in
# their pile, a norm they fail, my sacrifice set against what it earned, my stakes laid on them,
# an act of mine booked for them or inferred from their silence, a condition on them and an act
# of mine that costs them. The polite near-miss of each (sympathy for a real load, an assumed
# "no" that closes the file, an invite they may move, the writer's own plans) stays outside.
# fmt: off
_FEATURES += [
    # my inference from their silence: "I'll assume that works unless you tell me otherwise",
    # "as I have not received any corrections, I will regard ...", "silence counts as a yes"; an
    # assumed no ("I'll assume the timing isn't right") is a polite close
    (CONTROLLING, "presumption",
     r"\b(?:i|we)(?:'ll| will| shall|'m| am|'re| are)? (?:just )?(?:assume|assuming|presume"
     r"|presuming|take (?:it|that|this)|taking (?:it|that)|regard|treat|proceed on the basis"
     r"|consider|count)\b[^.!?\n]{0,60}?(?:\bunless (?:you|i|we)\b|\b(?:as|since|because"
     r"|seeing as) (?:you|i|we) (?:didn'?t|did not|haven'?t|have not|hadn'?t)\b)|\b(?:as|since"
     r"|seeing as|given) (?:you|i|we) (?:didn'?t|did not|haven'?t|have not"
     r"|hadn'?t)(?: \w+){0,3}? (?:say no|object|push back|received any (?:corrections"
     r"|objections)|heard any objections|heard otherwise|heard no objections)\b"
     r"[^.!?\n]{0,30}?\b(?:i"
     r"|we)(?:'ll|'m| will| am| shall)\b|\bsilence (?:from you )?(?:counts|will count|is"
     r"|will be (?:taken|read|treated)|means) (?:as )?(?:a |an )?(?:yes|agreement|consent"
     r"|approval|acceptance)\b|\bi'?m assuming you'?re in\b",
     None, r"\b(?:no (?:rush|pressure|worries)|sorry|happy to|feel free|isn'?t|not|won'?t|no longer"
     r"|shifted|changed|close|closing)\b"),
    # a meeting or a purchase booked for them: "I've put 30 minutes in your calendar", "I'll
    # drop by your office Monday", "accepted the slot on your behalf"; an invite they may move is
    # not
    (CONTROLLING, "presumption",
     r"\b(?:i|we)(?:'ve| have|'ll| will)? (?:already |just |gone ahead and )?(?:booked|put"
     r"|pencill?ed|penciled|added|scheduled|blocked|locked|accepted"
     r"|set (?:it )?up)\b[^.!?\n]{0,60}?\b(?:in(?:to)? (?:your|ur) (?:calendar|diary|schedule"
     r"|standup|\w+ standup)|on your behalf|for (?:you|your (?:team|company)) (?:on|for|from"
     r"|starting)|(?:your|ur) (?:team|company) (?:in|down) for|putting you down for)\b"
     r"|\bputting you down for\b|\bi'?ve set it up for you\b|\bcalendar'?s locked in\b|\b(?:i"
     r"|we)(?:'ll| will|'m going to| am going to) (?:just )?(?:drop|pop|swing|come|turn up"
     r"|show up|be|stop) (?:by|in(?:to)?|round|at|over)? ?(?:to )?(?:your|ur) (?:office|lobby"
     r"|desk|building|reception|site)\b",
     None, r"\b(?:feel free|happy to (?:move|change|reschedule)|if (?:it|that|this) (?:doesn'?t"
     r"|does not|isn'?t)|let me know if|whatever suits|works for you\?|if you'?d (?:like|prefer)"
     r"|invite you|welcome)\b"),
    # them accused of vanishing: "you've just vanished", "decided to disappear on me"
    (NEGATIVE, "whining",
     r"\b(?:you|u|you'?ve|you have|they|they'?ve|he'?s|she'?s|he has|she has|\w+ has) (?:just "
     r"|simply |completely |quietly )?(?:vanished|disappeared|evaporated|gone (?:completely "
     r"|totally )?(?:silent|quiet|dark|awol|mia))\b|\bdecided to (?:disappear|vanish|go silent)"
     r"|\b(?:disappear\w*|vanishing) (?:act|on me)\b|\bdropped without a word\b"
     r"|\bpretending i don'?t exist\b|\bwithout (?:even )?having the decency\b"
     r"|\blike they evaporate\b|\bart of the vanishing\b",
     None, r"\b(?:sorry|apolog\w*|i know|if\b)"),
    # mock sympathy: a trivial task of theirs as a burden ("reading a two-line email can take a
    # month", "too busy for a two-minute reply"); sympathy for a real load has no diminutive
    (NEGATIVE, "sarcasm",
     r"\b(?:must be|is|can take|takes|be) (?:so |very |really |quite |such a |pretty )?(?:hard"
     r"|rough|tough|exhausting|draining|tiring|heavy|difficult|a month|a while|ages)\b"
     r"|\btoo busy for\b|\bharder than brain surgery\b|\bso busy that\b",
     r"\b(?:(?:a|one) (?:single|small|simple)|two-line|one-line|two-minute|one-word"
     r"|thirty-second|having an inbox|someone in your position|brain surgery|even writing)\b",
     None),
    # mock pity: "Poor thing", "need a lie-down"
    (NEGATIVE, "sarcasm",
     r"^\W*poor (?:thing|you|lamb|dear)\b|\bneed a lie-?down\b",
     None, None),
    # mock patience: a wait stretched to an absurd horizon ("still open in 2031", "the heat
    # death of the universe", "it's not like the quarter ends or anything")
    (NEGATIVE, "sarcasm",
     r"\b(?:heat death|solar eclipse|next (?:century|decade|ice age|millennium|financial year)"
     r"|hell freezes|pigs fly|long-term hobby|a flexible concept)\b|\b(?:until|in"
     r"|by) 20[3-9]\d\b|\bcleared my (?:calendar|diary) until\b|\bnot like (?:the|it|we"
     r"|i)\b[^.!?\n]{0,60}\bor anything\b|\bbefore anyone gets round to\b",
     None, None),
    # my time as worthless to them: "my time is not important it seems"
    (NEGATIVE, "guilt",
     r"\b(?:my|our) time (?:is not|isn'?t|doesn'?t|does not) (?:important|matter|valuable"
     r"|count)\b",
     None, None),
    # a lesson in manners: a norm they fail ("manners cost nothing", "a decent recruiter would
    # have ...", "people deserve closure", "it is not correct to ...", "poor form")
    (NEGATIVE, "shame",
     r"\b(?:manners|courtesy|politeness|kindness|a reply|it) (?:cost|costs) nothing\b"
     r"|\b(?:a reply|replying|an answer|answering|a response) (?:is|costs?) (?:free|nothing)\b"
     r"|\bcommon (?:decency|courtesy) (?:would|should|suggests|dictates|says)\b|\ban? (?:decent"
     r"|good|professional|respectful|competent|serious|proper) (?:recruiter|company|firm|partner"
     r"|employer|manager|business|professional|person|supplier|client|organisation|organization"
     r"|hiring manager)s? (?:would(?: have)?|are the ones who)\b|\bgood (?:partners"
     r"|companies|recruiters|employers) are the ones who\b|\bi was raised to\b|\bin (?:our"
     r"|my) culture we\b|\bin (?:the )?professional world\b|\b(?:people|candidates|applicants"
     r"|everyone|suppliers|vendors) deserves? (?:closure|a reply|an answer|to know|better"
     r"|the courtesy|respect)\b|\bit'?s only (?:right|fair|decent|polite|courteous"
     r"|professional) to (?:let|tell|inform) (?:them|people|candidates|suppliers|someone)\b"
     r"|\bit is not (?:correct|right|fair|professional|acceptable|nice) to\b|\bpoor form\b"
     r"|\bnot a (?:great|good) look\b|\bshould (?:probably )?treat its\b"
     r"|\bi'?d expect better from\b|\bhow (?:candidates|applicants|people|suppliers"
     r"|vendors) are (?:being )?(?:treated|handled)\b|\bnormal to not answer\b",
     None, None),
    # condescension: "slowly, this time", "easier for you to follow", "even a junior recruiter
    # would know", "probably the first time your team has seen ..."
    (NEGATIVE, "insult",
     r"\b(?:put|say|explain|spell) (?:it|this|things) (?:more )?slowly\b"
     r"|^\W*slowly,? this time\b|\beasier for you to (?:follow|understand|digest)\b"
     r"|\bif any words are unclear\b|\beven an? (?:junior|child|toddler|intern|first-year"
     r"|beginner|trainee|schoolkid|five-year-old|monkey)\b|(?:^|, )(?:sweetie|sweetheart"
     r"|honey)\b|\bthe first time (?:you|your \w+) (?:have|has|'ve) (?:ever )?(?:seen|done"
     r"|dealt)\b|\bi think i know how\b|\bnot used to working with\b"
     r"|\bfor people outside the field\b",
     None, None),
    # their competence doubted: "an intern could have done it", "someone who doesn't read
    # proposals", "met houseplants with better follow-through", "the attention span"
    (NEGATIVE, "insult",
     r"\b(?:met|seen|known) (?:\w+ ){0,2}?(?:houseplants|plants|rocks|toddlers|goldfish|potatoes"
     r"|children|interns) with (?:better|more)\b|\b(?:intern|child|toddler|kid|monkey|teenager"
     r"|trainee|schoolboy|schoolgirl) could have (?:done|managed|handled|written|sorted|fixed"
     r"|run)\b|\bby someone who (?:knows|understands|has read|actually)\b|\b(?:someone|somebody"
     r"|whoever|nobody|no one)(?: [\w']+){0,6}? (?:doesn'?t|does not|don'?t|didn'?t"
     r"|clearly doesn'?t) (?:read|understand|know what|have a handle|have a clue)\b"
     r"|\bnobody over there (?:actually )?(?:understands|knows|reads)\b|\battention span\b"
     r"|\bno basic sense\b|\bas useful as an? \w+|\bwhoever [\w ]{0,40}should(?:n'?t"
     r"| not) be allowed near\b|\b(?:don'?t|doesn'?t) seem to understand the\b"
     r"|\blevel of amateurism\b",
     None, None),
    # them as not having read it: "barely skimmed my CV", "someone who has read my CV"
    (NEGATIVE, "insult",
     r"\b(?:barely|never|hardly|not even|none of them|nobody|no one)(?: \w+){0,3}? (?:read"
     r"|skimmed|opened|looked at|glanced at)\b[^.!?\n]{0,20}\b(?:my|the|a|our) (?:cv|resume"
     r"|brief|proposal|email|notes|profile|application|portfolio)\b|\b(?:someone|somebody|anyone"
     r"|interviewer|panel)(?: who)? (?:has|had|will have|would have)(?: actually)? (?:read"
     r"|looked at) (?:my|the)\b|\btry reading\b|\bspent ten seconds\b",
     None, None),
    # a reply greeted as a marvel: "Wow, a reply!", "thanks for keeping me informed, oh wait"
    (NEGATIVE, "sarcasm",
     r"^\W*(?:wow, a reply|wow a reply|wow, an answer|wow, a response)\b"
     r"|\bthank\w*[^.!?\n]{0,50}(?:\boh, wait|\boh wait)\b"
     r"|\bforgotten what (?:those|they|one) look",
     None, None),
    # congratulations on a failure: "congrats on perfecting the art of the vanishing recruiter"
    (NEGATIVE, "sarcasm",
     r"\b(?:congrat\w*|kudos|bravo|hats off|well done)\b[^.!?\n]{0,60}\b(?:art of|perfecting"
     r"|vanishing|unanswered|unread|ignoring|silence|personal best|new low|state secret"
     r"|hardest \w+ (?:in|to))\b",
     None, None),
    # thanks for a failure: "appreciate you taking the time to completely ignore ..."
    (NEGATIVE, "sarcasm",
     r"\b(?:thank\w*|appreciate|grateful)\b[^.!?\n]{0,40}\b(?:to (?:completely |totally )?ignore"
     r"|ignoring|forgetting|losing my|ghosting|leaving me hanging|keeping me in the dark)\b",
     None, None),
    # my message resting at the bottom of their pile: "enjoying its stay at the bottom of your
    # pile", "gathering dust", "my emails end up wherever ..."; a note on spam is not
    (NEGATIVE, "sarcasm",
     r"\b(?:bottom of (?:your|the) (?:pile|list|inbox|stack|heap|queue)|low on the list"
     r"|more important people|far more important came up|gathering dust|go to rest peacefully"
     r"|folder called|sit quite comfortably)\b|\b(?:my|our) (?:emails?|messages?|proposal"
     r"|application|cv|invoice|notes?)\b[^.!?\n]{0,40}\b(?:end up|go to|goes to"
     r"|are going (?:straight )?into|make such|got promoted|lost in the post)\b",
     None, r"\bin case (?:it|my)|\bspam\b"),
    # them compared unfavourably: "heard more from your auto-responder than ...", "better luck
    # reaching the Prime Minister than reaching you"
    (NEGATIVE, "sarcasm",
     r"\bheard more from (?:your|the) [^.!?\n]{0,50} than\b|\b(?:better|more) luck (?:reaching"
     r"|getting|with)[^.!?\n]{0,40} than\b|\b(?:getting hold of|reaching|hearing from) (?:you"
     r"|your \w+) is (?:harder|tougher|more difficult) than\b|\bharder than getting\b",
     None, None),
    # ironic praise of useless feedback: "very illuminating", "really helped me grow"
    (NEGATIVE, "sarcasm",
     r"\b(?:very illuminating|really helped me grow|a lot to work with|such a personal touch"
     r"|always nice to be told|very informative to learn)\b",
     None, None),
    # rhetorical questions at them: "what more do you need from me?", "are we doing business or
    # not?", "so you've just vanished?", "some sign you're alive"
    (NEGATIVE, "shame",
     r"\bwhat more (?:do you need|does (?:it|anyone) take|(?:must|do|can|should) i do|i (?:must"
     r"|have to|need to) do)\b[^?]*\?|\b(?:are we|is this|is it"
     r"|is the \w+)[^.!?\n]{1,40} or not\?|\bwhat (?:exactly |precisely )?the hold-?up is\b"
     r"|\b(?:sign|signs) (?:that )?you'?re (?:still )?alive\b|\bso (?:you|u|ur)(?:'ve| have|'re"
     r"| are)? just (?:vanished|not gonna|not going to|ignoring)\b|\bstill work there\b",
     None, None),
    # an attempt counted by its ordinal: "this is my fifth mail", "the fourth request in two months"
    (NEGATIVE, "whining",
     r"\b(?:this is|that'?s|it'?s|my|a|another) (?:now )?(?:my |the )?(?:second|third|fourth"
     r"|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth) (?:\w+ )?(?:mail"
     r"|email|e-mail|message|chase|chaser|follow-?up|attempt|reminder|request|voicemail|nudge)\b",
     None, r"\b(?:attached|find|included|contains|had the)\b"),
    # a running count: "that makes six", "more times than I have had interviews"
    (NEGATIVE, "whining",
     r"\b(?:that|which) makes (?:it )?(?:two|three|four|five|six|seven|eight|nine|ten"
     r"|\d+)\b(?! of us)|\bmore times than\b|\bfollowing up, again\b",
     None, None),
    # attempts counted by three dates: "followed up on 14 February, 28 February and 10 March"
    (NEGATIVE, "whining",
     r"\b(?:followed up|chased|emailed|written|wrote|called|asked|reminded|messaged|seen|raised"
     r"|sent)\b[^.!?\n]{0,30}\b(?:on )?(?:the )?(?:\d{1,2}(?:st|nd|rd"
     r"|th)?(?: [a-z]+)?),? (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: [a-z]+)?,? and (?:the )?\d{1,2}",
     None, None),
    # attempts counted by meetings: "I've raised this in our last three catch-ups"
    (NEGATIVE, "whining",
     r"\b(?:asked|raised|chased|requested|flagged|brought (?:it|this) up)(?: this| it"
     r"| about it)? (?:at|in|on|during) (?:our|the|my) last (?:two|three|four|five|several|\d+)\b",
     None, None),
    # a message counted in times: "by email twice", "as already informed multiple times"
    (NEGATIVE, "whining",
     r"\b(?:asked|said|told|sent|emailed|called|chased|explained|mentioned|answered|written"
     r"|wrote|raised|requested|informed|stated|repeated|by email"
     r"|by phone)\b(?: [\w']+){0,4}? (?:twice|three times|four times|several times|\d+ times"
     r"|multiple times|many times|numerous times)\b",
     None, r"\b(?:if|sorry|apolog\w*)\b"),
    # their reading or posting watched: "opened eleven times", "four opens", "active on LinkedIn"
    (NEGATIVE, "whining",
     r"\b(?:opened|viewed|seen|read)\b[^.!?\n]{0,30}\b(?:\d+|two|three|four|five|six|seven|eight"
     r"|nine|ten|eleven|twelve|several|multiple|numerous) times\b|\b(?:\d+|two|three|four|five"
     r"|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous) opens\b"
     r"|\bopened my last (?:\w+ )?(?:emails|messages)\b|\b(?:active|posting"
     r"|posted) on linkedin\b|\bposted (?:five|\d+|several|many) times\b",
     None, None),
    # nobody bothered: "nobody on your team has bothered to reply"
    (NEGATIVE, "whining",
     r"\b(?:nobody|no one|no-one|none of you|anyone)(?: [\w']+){0,4}? (?:has|have|had|hasn'?t"
     r"|haven'?t|didn'?t|did not|thought|bothered)(?: even)? ?(?:bothered|cared"
     r"|thought)? to (?:tell|reply|respond|answer|let|inform|get back|write)\b",
     None, None),
    # their silence as hard to bear: "the silence from your team is exhausting", "no word at all"
    (NEGATIVE, "whining",
     r"\b(?:silence|the quiet|radio silence|lack of (?:reply|response|news|communication)"
     r"|no word)\b[^.!?\n]{0,60}\b(?:hard to (?:take|read|bear)|exhausting|not easy|painful"
     r"|disheartening|deafening|hard to sit)\b|\b(?:strange|odd|funny|poor|curious"
     r"|sad) way to treat\b|\bleft with (?:complete |total )?silence\b|\blong time to be left\b"
     r"|\bno (?:word|reply|response|news|answer|update|contact) (?:at all|whatsoever)\b",
     None, r"\bif\b"),
    # them as never replying: "you never seem to reply", "somehow can't reply to me"
    (NEGATIVE, "whining",
     r"\b(?:you|u)(?: \w+)? (?:never|rarely|hardly ever) (?:seem to )?(?:reply|respond|answer"
     r"|get back)\b|\bsomehow can'?t reply\b|\bsee everything else except\b|\bchose to leave it\b",
     None, r"\bif\b"),
    # my sacrifice, then what it should have earned: "I spent three evenings on your exercise ...
    # and
    # haven't heard a thing", "I swapped two shifts ..., so the least I'd hope for ..."
    (NEGATIVE, "guilt",
     r"\b(?:i|we)(?: \w+)? (?:spent|put|gave up|sacrificed|cancel\w*|took (?:unpaid|a day|time"
     r"|leave)|drove|paid for|swapped|stayed up|went to bat|pulled strings|cut (?:our|my)"
     r"|turned down|book(?:ed)? a babysitter|introduced you"
     r"|recommended)\b[^.!?\n]{0,140}?\b(?:the least|in return|owes? (?:me|us)|after that effort"
     r"|courtesy|at least a|one line back|haven'?t heard a thing|nothing back|can'?t get a"
     r"|go unread|treated (?:a bit )?better|left looking|for nothing|for you\b|took away from"
     r"|my own pocket|looking foolish)",
     None, None),
    # my stakes laid on them: "my commission hangs on your decision", "my landlord is breathing
    # down my neck", "I need this to work out", "please tell me something, anything"
    (NEGATIVE, "desperation",
     r"\b(?:my|our) (?:family|wife|husband|kids|children|landlord|rent|mortgage|commission"
     r"|target|quota|manager)\b[^.!?\n]{0,60}\b(?:depend\w*|hangs? on|rides? on|breathing down"
     r"|keeps asking|asks me about you|in (?:real )?trouble)\b|\bsave my (?:month|quarter|job"
     r"|year|life)\b|\ball i'?ve got going\b|\bneed this (?:to work out|sale|deal|job|role)\b"
     r"|\bdon'?t have a plan b\b|\btell me there'?s still a chance\b|\bhaven'?t slept\b"
     r"|\bput me out of my misery\b|\b(?:i am|i'?m) praying\b|\bcan'?t face another\b"
     r"|\bsomething, anything\b|\bgrateful for even an?\b",
     None, None),
    # self-pity: "I'm used to being overlooked", "how it always goes for me"
    (NEGATIVE, "desperation",
     r"\b(?:i'?m|i am|we'?re|we are) (?:probably |just |clearly )?(?:not good enough"
     r"|being annoying|used to being (?:overlooked|ignored|rejected|passed over))\b"
     r"|\bhow it always goes\b|\bwasted everyone'?s time\b"
     r"|\bnot the kind of \w+ anyone takes seriously\b|\bnever win against\b"
     r"|\bi suppose yours is coming\b|\bis it me\?",
     None, None),
    # leverage elsewhere: "the slot goes to another client", "three other suppliers who'd happily
    # take our order", "what you're up against", "I'm not going to wait forever"
    (CONTROLLING, "ultimatum",
     r"\b(?:slot|spot|date|seat|place|booking|stand|room|price|rate|discount|pricing|offer"
     r"|money)\b(?: \w+)? (?:goes|will go|walks|gets given|is given|will be given"
     r"|passes) (?:straight )?(?:to|back to)\b|\b(?:other|many|loads of|plenty of|several"
     r"|three other|two other)(?: \w+)? (?:suppliers|companies|agencies|clients|buyers"
     r"|recruiters|firms|vendors|brands)\b[^.!?\n]{0,30}\b(?:would|who'?d|are|have been"
     r"|is) (?:happily|gladly|love|bite|lining up|calling)\b|\bwhat you'?re up against\b"
     r"|\brunning out of reasons to\b|\bcan walk from\b|\blining up for me\b|\bnot (?:going to"
     r"|gonna) wait (?:forever|indefinitely|around)\b|\bwon'?t wait (?:forever|indefinitely"
     r"|around)\b",
     None, None),
    # "No confirmation today means no onboarding slot", "no reply = I'll assume ..."
    (CONTROLLING, "ultimatum",
     r"^\W*no [\w-]+(?: [\w-]+){0,4} (?:=|means|equals) (?:no\b|i'?ll|i will|we'?ll)",
     None, None),
    # a condition on them, then an act of mine that costs them: "if you're not there, I'm closing
    # out the opportunity", "if neither works, I'll take it that ...", "... I'll give the spot to
    # another brand"
    (CONTROLLING, "ultimatum",
     r"\b(?:if|unless)\b[^.!?\n]{0,60}?\b(?:then )?(?:i|we)(?:'ll| will|'m| am) (?:be |need to "
     r"|have to )?(?:remov\w+ (?:my|our) (?:candidature|application|name)|reconsider\w*"
     r"|clos\w+ out|report\w* (?:it|this|you|them|to)\b(?! back)|writ\w+ on (?:glassdoor"
     r"|linkedin|twitter|social|review)|post\w* (?:on|about) (?:glassdoor|linkedin|twitter"
     r"|social)|ping\w* your (?:\w+ )?(?:founder|boss|manager|ceo|director|md|head)|take it that"
     r"|stay\w* put|mov\w+ on|(?:hand|giv|pass)\w* (?:[\w-]+ ){0,3}?to (?:another|the next"
     r"|someone else|the other)|fill\w* (?:our|my|the) (?:\w+ )?(?:time|slot|spot|place|diary"
     r"|calendar)|put\w* my (?:energy|time|focus|effort))\b",
     None, r"\b(?:happy|glad|feel free|prefer|help)\b"),
    # what they said would happen, with words between: "you agreed at the trade show that you'd
    # trial us", "you said the contract was ours to lose"; where they would be is not a promise
    (CONTROLLING, "promise",
     r"(?<!\w)(?:you|u|your (?:[\w']+ ){0,2}?[\w']+|they|he|she|the (?:panel|team|recruiter"
     r"|manager))(?: \w+){0,2}? (?:said|told|agreed|mentioned|promised|assured|confirmed"
     r"|committed|was (?:very )?clear)\b[^.!?\n;]{0,80}?(?:(?:(?<!\bi )(?<!\bwe )\b(?:would|will"
     r"|was going to|were going to)|(?<!\bi)(?<!\bwe)'d)\b" + _NOT_A_PLAN + r"(?! (?:be (?:back"
     r"|making|on)|like|love|built|been)\b)|\bwas (?:mine|ours|yours|fully|a done deal)\b"
     r"|\bwere ready\b|\bours to lose\b)",
     None, r"\b(?:if you'?d|prefer|happy to|glad|i know you|so i(?:'ll| will)? wait"
     r"|so i thought)\b|\b(?:recap|summary|notes|write-?up)\b[^.!?\n]{0,30}?\b(?:since|as|because)"
     r" (?:you|they|he|she) (?:mentioned|said|asked)\b"),
    # their words quoted back: "you said 'leave it with me'"
    (CONTROLLING, "promise",
     r"\b(?:you|your \w+) (?:said|wrote|told me|promised) [\"']",
     None, None),
    # the date held up against their word: "Today is working day nine.", "well, it's Q2"
    (CONTROLLING, "promise",
     r"\b(?:it'?s|it is|today is)(?: now)?(?: working day \w+| day \d+)\b"
     r"|\b(?:well, it|well it)'?s (?:now )?\w+\W*$|\bit is now mid-\w+",
     None, None),
    # a time on their answer in other words: "I'm going to need you to confirm ... before
    # Friday's meeting", "your reply needs to reach me ahead of ...", "response required by"
    (CONTROLLING, "deadline",
     r"\b(?:going to|gonna|'ll|will) need you to\b|\b(?:your|the) (?:reply|answer|response"
     r"|decision|confirmation|signature) (?:needs to|has to|must) (?:reach|be with|be in|arrive)\b"
     r"|\b(?:response|reply|answer|decision) (?:required|needed) by\b|\bi trust i'?ll have (?:an"
     r"|your|the)\b|\bi'?ll expect (?:them|it|your \w+) (?:within|by|before)\b"
     r"|\bfor your answer, shall we\b|\b(?:i'?ll|i will) be looking for it\b"
     r"|\buntil i hear back from (?:you|u) (?:tomorrow|today|by)\b|\btoday itself\b"
     r"|\bin your court today\b|\bat minimum\b|\btreat this as (?:a priority|time-sensitive"
     r"|urgent)\b|\bget this wrapped up by\b",
     None, None),
    # a needle about what I already said: "please read before asking", "missed the part of my
    # previous email", "yet again", "I've answered this one already"
    (NEGATIVE, "sarcasm",
     r"\b(?:please|kindly|maybe|just) (?:read|go through"
     r"|scroll)\w*(?: \w+){0,3}? (?:before asking|properly|carefully)\b|^\W*scroll down\b"
     r"|\bmissed the part\b|\bliterally right there\b|\(it isn'?t\.?\)|\byet again\b"
     r"|\bthe email you'?re replying to\b|\banswered this (?:one )?already\b|\balready (?:wrote"
     r"|informed|answered|explained|stated)\b(?: this| that| it)?(?: in| multiple| several"
     r"| \w+ times)|\bget it tattooed\b",
     None, None),
    # what I said, counted by where: "in my CV, in my cover letter and in both interviews"
    (NEGATIVE, "sarcasm",
     r"\b(?:mentioned|stated|said|explained|noted|wrote|answered)\b[^.!?\n]{0,20}\b(?:in"
     r"|on) [^.!?\n,]{3,40}, (?:in|on) [^.!?\n,]{3,40},? and (?:in|on)\b",
     None, None),
    # my loss laid at their door: "I lost another offer while waiting on your feedback", "down to
    # how long your HR took", "if someone had told me sooner"
    (NEGATIVE, "shame",
     r"\blost (?:a|another|the|my)?(?: \w+){0,2}? (?:offer|month|week|role|job|client|deal"
     r"|opportunity)s? (?:while |by )?waiting (?:on|for)\b|\b(?:down to|because of|thanks to"
     r"|due to) how (?:long|slow\w*) (?:you|your \w+)\b|\bbecause (?:it|the \w+) sat (?:in"
     r"|on) your\b|\bif (?:someone|anyone|you|your \w+) had (?:told|let|informed) (?:me"
     r"|us)(?: \w+)? (?:sooner|earlier|before)\b|\bnobody thought to tell\b",
     None, None),
    # shame: "does not reflect well on", "embarrassed on your behalf", "feeling pretty foolish"
    (NEGATIVE, "shame",
     r"\b(?:doesn'?t|does not|didn'?t|did not|won'?t|wouldn'?t|hardly) reflect (?:well|nicely"
     r"|kindly|favou?rably) on\b|\bwould be proud of how\b|\bred-faced\b"
     r"|\bembarrassed on your behalf\b|\b(?:feel|feeling) (?:so |pretty |very |a bit |rather "
     r"|like )?(?:foolish|humiliated|like a fool|like an idiot)\b|\bhumiliating to\b"
     r"|\bowe them a warning\b|\btaken for a fool\b|\btreated just as poorly\b",
     None, None),
    # anger held in: "not thrilled at all", "a sour taste", "my patience is wearing thin"
    (NEGATIVE, "anger",
     r"\bnot (?:\w+ )?(?:thrilled|happy|pleased|impressed|amused)(?:,? \w+,? not \w+)? at all\b"
     r"|\bsour taste\b|\bkeep my cool\b|\btested (?:me|my patience)\b|\bpatience is (?:wearing"
     r"|running|growing)\b|\b(?:not exactly|hardly) (?:jumping for joy|thrilled|delighted)\b"
     r"|\bgetting (?:a little |a bit |rather |quite )?(?:tiresome|old|tedious)\b"
     r"|\bhasn'?t made me (?:cross|angry|annoyed)\b|\blong and frustrating\b",
     None, None),
    # work held back until they pay: "work on the next sprint is paused until it clears", "you
    # won't be getting the design files until the second instalment hits my account"
    (CONTROLLING, "ultimatum",
     r"\b(?:paused|pausing|on hold|withheld|withholding|stays? with (?:us|me)|won'?t be getting"
     r"|(?:go|goes|come|comes) back on|released|frozen|downgraded|taken offline|suspended"
     r"|locked)\b[^.!?\n]{0,60}?\b(?:until|till|the moment|on receipt of"
     r"|if)\b[^.!?\n]{0,40}?\b(?:invoice|payment|instalment|installment|balance|deposit|fee"
     r"|it clears|it'?s settled|it is settled|paid)\b",
     None, r"\b(?:happy to|sorry|apolog\w*)\b"),
    # "until the invoice clears", "the moment the balance is settled": an act of mine waits on it
    (CONTROLLING, "ultimatum",
     r"\b(?:until|till|the moment|once)\b[^.!?\n]{0,20}?\b(?:invoice|payment|instalment"
     r"|installment|balance|deposit)s?\b[^.!?\n]{0,30}?\b(?:clears|is settled|is paid|hits"
     r"|lands)\b",
     None, r"\b(?:happy to|sorry|apolog\w*|as soon as)\b"
     r"|\bonce\b[^.!?\n]{0,60}?\b(?:I|we)(?:'ll| will) (?:\w+ )?hand (?:\w+ )?over\b"),
    # a penalty or a formal step held over them: "a late fee will be added", "interest is accruing",
    # "I'm prepared to enforce it", "should it come to that", "a legal matter"
    (CONTROLLING, "threat",
     r"\b(?:late|admin|administration|penalty) fee\w*\b[^.!?\n]{0,30}?\b(?:will be|we'?ll be"
     r"|i'?ll be)? ?(?:added|applied|charged)\b|\badding the late fee\b|\binterest (?:is"
     r"|will be) (?:accruing|added|charged)\b|\bprepared to enforce\b|\bpursuing it in full\b"
     r"|\bshould it come to that\b|\bif it comes to that\b|\b(?:a|become a) legal matter\b",
     None, None),
    # chasing as a threat: "I'll call you every afternoon until we've talked", "I'll keep calling
    # until I get you"
    (CONTROLLING, "demand",
     r"\b(?:i|we)(?:'ll| will|'m going to| am going to|'m gonna)? (?:keep )?(?:call|ring|phon"
     r"|email|chas|follow(?:ing)? up|messag|text)\w*(?: you)?(?: \w+){0,3}? (?:every (?:day"
     r"|afternoon|morning|hour)|daily) until\b|\bi'?ll keep (?:calling|ringing|emailing"
     r"|chasing) until\b",
     None, None),
    # their silence given a meaning and a date: "I'll take silence before then as a no", "no
    # reply = I'll assume you're out"
    (CONTROLLING, "ultimatum",
     r"\bsilence (?:before|by|until|after) (?:then|\w+day|the \w+)\b|(?:^\W*|, )no (?:reply"
     r"|response|answer) (?:=|means|equals)",
     None, None),
    # "I've added myself to your standup", "please don't decline it"
    (CONTROLLING, "presumption",
     r"\badded myself to\b|\b(?:don'?t|do not|pls don'?t|please don'?t) decline\b",
     None, None),
    # "I'd rather not have to chase again", "I can't hold the crew for you indefinitely"
    (CONTROLLING, "demand",
     r"\b(?:rather not|don'?t want to|do not want to|hate to) have to (?:chase|ask|remind"
     r"|follow up|escalate|write)(?: you)? again\b"
     r"|\bcan'?t hold (?:[\w-]+ ){0,3}?(?:for you )?(?:indefinitely|forever)\b",
     None, None),
    # what lapses after my date: "after which it's gone", "after that it goes straight back to list"
    (CONTROLLING, "ultimatum",
     r"\bafter (?:that|which|then)\b,?[^.!?\n]{0,20}?\b(?:it'?s|it is|it goes|goes"
     r"|is) (?:straight )?(?:back to )?(?:gone|list|full price|the standard)\b",
     None, None),
    # a compliment with a sting: "surprisingly well for someone who's only been ...", "much
    # sharper on the phone than your emails suggest", "not so much at ..."
    (NEGATIVE, "insult",
     r"\b(?:well|good|nice|generous|impressive|sharp|great)\w*[^.!?\n]{0,40}?\bfor (?:a|an"
     r"|someone|somebody|a company|a team) (?:[\w'-]+ ){0,4}?(?:who's only|who is only"
     r"|who has only|who can't|that can't|who cannot|that cannot|who doesn't|that doesn't"
     r"|who never|that never)\b|\b(?:much )?(?:sharper|better|nicer"
     r"|smarter|clearer) (?:in person|on the phone|face to face) than (?:your|you)\b"
     r"|\bnot so much (?:at|on|when|with)\b",
     None, None),
    # a needling sign-off: "best of luck, you'll need it", "if you ever decide to start using your
    # email again", "or don't, that seems to be ...", "my best to your out-of-office"
    (NEGATIVE, "sarcasm",
     r"\b(?:good|best of) luck\b[^.!?\n]{0,40}?\byou'?ll need it\b|\b(?:if|when) (?:u"
     r"|you) (?:ever )?decide to (?:start )?(?:using|reply|respond|answer|check)\w*\b"
     r"|\bor don'?t,? (?:that|which|as) (?:seems|is|appears)\b|\b(?:makes?"
     r"|gets?) (?:it )?past your (?:spam|junk) (?:filter|folder)\b|\b(?:best|regards|love"
     r"|hello) to your (?:out-of-office|auto-?reply|autoresponder|auto-responder)\b|\b(?:isn'?t"
     r"|aren'?t) really your (?:thing|strong suit|forte)\b",
     None, None),
    # a wait counted from their word: "three weeks since you said ..."
    (CONTROLLING, "promise",
     r"\b(?:weeks|months|days) since (?:you|your \w+) (?:said|promised|told|agreed)\b",
     None, None),
    # going public or over their head: "a LinkedIn post about how ...", "don't make me go to your
    # manager", "if that's what it takes"
    (CONTROLLING, "escalation",
     r"\b(?:linkedin|glassdoor|twitter|public|social media) (?:post|review|thread) about (?:how"
     r"|your)\b|\bdon'?t make me (?:go|come|call|escalate|chase|ask|write|take|contact"
     r"|involve)\b|\bif that'?s what it takes\b",
     None, None),
    # made-up scarcity: "this price is for whoever replies first"
    (CONTROLLING, "ultimatum",
     r"\bfor whoever (?:replies|signs|responds|books|pays|commits) first\b"
     r"|\bfirst come,? first served\b",
     None, None),
    # what my loyalty or patience should have earned: "would earn a bit of courtesy", "I've shown
    # considerable forbearance", "none of it registered"
    (NEGATIVE, "guilt",
     r"\bwould earn (?:me |us )?(?:a bit of |some |a little |at least )?(?:courtesy|respect"
     r"|a reply|an answer|consideration)\b|\bthought you were (?:one of the good ones|different"
     r"|better than)\b|\bnone of it (?:registered|mattered|counted)\b|\b(?:i|we)(?:'ve"
     r"| have) shown (?:a great deal of|considerable|a lot of|enormous|great|real|remarkable"
     r"|plenty of) (?:patience|forbearance|understanding|flexibility)\b",
     None, None),
    # their competence doubted: "anyone competent", "you'd think a ... would at least know how
    # to", "a company of your size could manage to ..."
    (NEGATIVE, "insult",
     r"\banyone competent\b|\byou'?d think (?:a|an|the|someone|they"
     r"|a company)\b[^.!?\n]{0,60}?\bwould (?:at least )?(?:know|manage|be able|have)\b"
     r"|\bi would have thought (?:a|an|you|your|the)\b[^.!?\n]{0,50}?\b(?:could"
     r"|would) (?:at least )?(?:manage|know|be able)\b|\b(?:company|firm|business"
     r"|organi[sz]ation) (?:of |the )?(?:your |[\w']+ )?size\b[^.!?\n]{0,50}?\b(?:could manage"
     r"|would manage|can'?t manage|could at least|would have someone who could)\b"
     r"|\byou must be the (?:busiest|most (?:popular|in-demand|sought-after|important))\b",
     None, None),
    # taking anything over nothing: "I'd take a 'no thanks' over nothing"
    (NEGATIVE, "desperation",
     r"\b(?:take|prefer|rather have) [^.!?\n]{0,30}? over (?:nothing|silence)\b"
     r"|\bsettl\w* for an? (?:out-of-office|auto-?reply|automated reply|form letter|template)\b",
     None, None),
    # "second chase this week", "another week gone, another unread email", "on every channel"
    (NEGATIVE, "whining",
     r"^\W*(?:second|third|fourth|fifth|sixth)(?= (?:chase|chaser|email|reminder|follow-?up"
     r"|attempt|message)\b) \w+|\banother (?:week|day|month)(?: gone| passed)?,? another\b"
     r"|\bchasing (?:this "
     r"|you )?on every\b|\bon every channel\b",
     None, None),
    # a trivial task stretched: "three weeks over a two-page NDA", "turn a two-week signature into
    # a whole quarter", "a brief none of them seemed to have opened"
    (NEGATIVE, "sarcasm",
     r"\b(?:took|take|taking|takes) (?:[\w-]+ ){0,2}?(?:weeks|months) (?:over|on|for|to (?:sign"
     r"|approve|read|review)) (?:a|an|one) (?:two-page|one-page|single|simple|one-line|small"
     r"|short|[\w]+-page|one-paragraph)\b|\bturn (?:a"
     r"|an) [\w-]+ \w+ into a (?:whole )?(?:quarter|month|year|saga)\b|\b(?:none of them|nobody"
     r"|no one) (?:seemed to have|seems to have|had|has|have) (?:even |actually )?(?:opened|read"
     r"|looked at)\b|\bnow that\b[^.!?\n]{0,40}?\b(?:find|spare) (?:a|one|five|two) (?:minute"
     r"|moment|second)s? to\b|\bcan'?t find a (?:minute|moment|second) to\b",
     None, None),
    # irony: "nothing says partnership like ...", "a generous use of my afternoon", "only took six
    # weeks!", "another semester or two", "how much you value people's time"
    (NEGATIVE, "sarcasm",
     r"\bnothing says \w+ like\b|\bgenerous use of my (?:time|afternoon|morning|day|evening)\b"
     r"|\b(?:so|such) (?:carefully|closely|thoroughly) that you (?:asked|missed|forgot)\b"
     r"|\bfree consulting\b|\bonly (?:took|taken) (?:\w+ )?(?:weeks|months|years)\W*!"
     r"|\banother (?:semester|year|quarter|decade|century|month) or two\b|\bscenic route\b"
     r"|\bhow much you value (?:people'?s|my|our) time\b|\b(?:don'?t|do not) value (?:my|our"
     r"|people'?s) time\b|\blast thing on (?:anyone'?s|your|the) list\b|\b(?:replying|answering"
     r"|responding)\w* (?:to \w+ )?is optional\b|\ball the \w+ you'?re not (?:answering"
     r"|replying to|reading)\b",
     None, None),
    # "it's your loss"
    (NEGATIVE, "insult",
     r"\b(?:it'?s|that'?s) your loss\b",
     None, None),
    # "nobody's said a word since", "you never seem to reply"
    (NEGATIVE, "whining",
     r"\b(?:nobody|no one|no-one)(?:'s| has)? (?:said|sent|written) (?:a word|anything"
     r"|a thing) since\b|\b(?<!if )(?:you|u) (?:never|rarely|hardly ever) seem to (?:reply"
     r"|respond|answer|get back)\b",
     None, None),
    # "I'm the only one left"
    (NEGATIVE, "desperation",
     r"\bi'?m the only one (?:left|without)\b",
     None, None),
    # "a heads-up would have been the bare minimum", "I'm sure you had your reasons"
    (NEGATIVE, "sarcasm",
     r"\bbare minimum\b|\bi'?m sure you had your reasons\b",
     None, None),
    # "unless you tell me otherwise", "and take it we're good to go unless ...", "as I have not
    # received any corrections, I will ..."
    (CONTROLLING, "presumption",
     r"\bunless (?:you|u) (?:tell|let) (?:me|us) (?:know )?otherwise\b|\band (?:assume|take it"
     r"|presume) (?:that )?(?:we'?re|you'?re|it'?s|the)\b[^.!?\n]{0,40}\bunless\b|\bas (?:i"
     r"|we) (?:have not|haven'?t) (?:received|had|heard) any (?:corrections|objections|changes"
     r"|comments)\b[^.!?\n]{0,20}?\b(?:i|we)(?:'ll| will| shall)\b",
     None, None),
    # made-up scarcity and a lapse: "the only time I can offer it", "will not be held open", "the
    # discount comes off"
    (CONTROLLING, "ultimatum",
     r"\bthe only time (?:i|we) can (?:offer|hold|do|give)\b|\b(?:won'?t|will not) be (?:held"
     r"|kept) open\b|\b(?:discount|rate|price|offer|pricing|deal)\b(?: \w+)? (?:comes off"
     r"|is withdrawn|disappears)\b",
     None, None),
    # my business moved elsewhere under a condition: "I will place the order with them on Friday if
    # I have not heard", "unless your rate comes down I'll be moving the project over to them"
    (CONTROLLING, "ultimatum",
     r"\b(?:i|we)(?:'ll| will) (?:be )?(?:plac|mov|tak|giv|hand)\w* (?:[\w-]+ ){0,4}?(?:with|to"
     r"|over to) (?:them|another|your competitor|a competitor|the other)\b[^.!?\n]{0,40}?\b(?:if"
     r"|unless)\b|\b(?:unless|if)\b[^.!?\n]{0,60}?\b(?:i'?ll|ill|i will|we'?ll"
     r"|we will)(?: just)? (?:be )?(?:mov|tak|plac)\w* (?:[\w-]+ ){0,4}?(?:over to|to"
     r"|with) (?:them|another|your competitor|a competitor|the other)\b",
     None, r"\b(?:happy to|if (?:you'?d|it helps))\b"),
    # a condition, then a step against them: "I'll tell my current employer", "I will be filing a
    # complaint", "leaving a review", "a lien", "I won't be keeping our team on standby"
    (CONTROLLING, "ultimatum",
     r"\b(?:if|unless)\b[^.!?\n]{0,80}?\b(?:i|we)(?:'ll"
     r"| will) (?:be )?(?:tell\w* my (?:current )?(?:employer|boss|manager)|fil\w+ a complaint"
     r"|leav\w+ a (?:\w+ )?review|fil\w+ (?:a |an )?(?:\w+ )?lien)\b|\b(?:if"
     r"|unless)\b[^.!?\n]{0,80}?\b(?:i|we) (?:won'?t|will not) be (?:keeping|holding"
     r"|reserving)\b|\blien\b",
     None, r"\b(?:happy|glad|help)\b"),
    # "I'm going to call you every afternoon this week until ..."
    (CONTROLLING, "demand",
     r"\b(?:i|we)(?:'ll| will|'m going to| am going to)? (?:keep )?(?:call|ring|phon|email|chas"
     r"|messag|text)\w*(?: you)? every (?:day|afternoon|morning|hour)(?: \w+){0,3}? until\b",
     None, None),
    # over their head: "loop in your manager", "a call to your procurement director", "phoning
    # your owner directly", "if you keep dodging me"
    (CONTROLLING, "escalation",
     r"\bloop(?:ing)? in (?:ur|your) (?:manager|boss|supervisor|director|managing director|md"
     r"|ceo|owner|founder|head of \w+|vp|procurement director)\b|\b(?:a call|an email|a letter"
     r"|a message) to your (?:[\w']+ ){0,2}?(?:manager|boss|supervisor|director"
     r"|managing director|md|ceo|owner|founder|head of \w+|vp|procurement director)\b"
     r"|\b(?:phoning|calling|ringing|emailing|contacting) your (?:manager|boss|supervisor"
     r"|director|managing director|md|ceo|owner|founder|head of \w+|vp"
     r"|procurement director) (?:directly|personally|myself)\b|\b(?:keep|keeps|kept) (?:dodging"
     r"|ignoring|avoiding) (?:me|us|my)\b",
     None, r"\b(?:happy to|if (?:it|that) helps|if useful|feel free|would you like"
     r"|as (?:you )?(?:suggested|asked|requested))\b"),
    # bare orders: "answer the question", "confirm receipt", "then tell me", "no later than that"
    (CONTROLLING, "demand",
     r"^\W*answer (?:the|my) question\b|^\W*(?:(?:hi|hey|hello"
     r"|dear)\b[^,]{0,30}, )?confirm receipt\b|^\W*then tell me\b|\bno later than (?:that|then"
     r"|this)\b",
     None, r"\b(?:please|could|would|when|if|kindly)\b(?! note)"),
    # irony: "three weeks for a one-line reply", "(eventually)", "(It isn't.)", "squeezing my
    # question in between", "generous for 2014", "rather ironic that", "your definition of"
    (NEGATIVE, "sarcasm",
     r"\b(?:weeks|months|years) (?:over|on|for|to (?:sign|approve|read|review)) (?:a|an"
     r"|one) (?:two-page|one-page|single|simple|one-line|two-line|one-word|small|short"
     r"|[\w]+-page|one-paragraph)\b|\((?:eventually|finally|hopefully|one day|someday"
     r"|at some point|as always|as ever|as usual)\)|^\W*\((?:it|this|that) (?:isn'?t|wasn'?t"
     r"|won'?t)\b|\b(?:squeez|fit|slott)\w* (?:me|my [\w-]+(?: \w+)?) in between\b"
     r"|\blet'?s be honest\b[^.!?\n]{0,20}\b(?:wasn'?t|isn'?t) (?:hard|difficult|saying much)\b"
     r"|\b(?:generous|competitive|modern|impressive)\W+for (?:19|20)\d\d\b"
     r"|\bsuch basic (?:questions|mistakes|errors)\b"
     r"|\bthe wrong \w+(?:,? (?:and )?the wrong \w+){2}|\b(?:rather|a bit|somewhat"
     r"|quite) ironic that\b|\b(?:has|have) (?:certainly |really )?perfected (?:it|the)\b"
     r"|\byour definition of\b|\bseems? designed to (?:lose|ignore|frustrate|confuse)\b"
     r"|\bneeds? another (?:quarter|year|month|decade) to decide\b",
     None, None),
    # the wait held against them: "after a month of chasing", "kept waiting", "zero
    # acknowledgement", "untouched for six weeks", "heard absolutely nothing back", "not sure anyone
    # still cares"
    (NEGATIVE, "whining",
     r"\bafter a (?:month|week|year|fortnight) of (?:chasing|waiting|silence|emails|reminders)\b"
     r"|\b(?:be|being|been|was|were) kept waiting\b|\bkept me waiting\b|\bzero (?:acknowledg\w*"
     r"|reply|response|replies|responses|answers?|communication|feedback|contact)\b"
     r"|\buntouched (?:for|since)\b|\bsince anyone (?:\w+ )?heard from\b|\b(?:hear|heard|get"
     r"|getting|got) (?:absolutely )?nothing (?:back|but silence|in return)\b"
     r"|\babsolutely nothing back\b|\b(?:silence|quiet)\b[^.!?\n]{0,40}\b(?:unkind|rude|cold"
     r"|hurtful)\b|\b(?:not sure|doubt|wonder(?:ing)? (?:if|whether))\b[^.!?\n]{0,40}\b(?:anyone"
     r"|anybody)\b[^.!?\n]{0,30}\b(?:still |even |actually )?cares?\b",
     None, r"\bif (?:i|we) (?:hear|get)\b"),
    # a rhetorical why: "not sure why it's so hard to ...", "why a firm that ... can't ..."
    (NEGATIVE, "shame",
     r"\b(?:not sure|hard to understand|can'?t understand|don'?t understand|fail to see"
     r"|struggle to understand)\b[^.!?\n]{0,10}\bwhy (?:it'?s|it is) (?:so|such)\b|\bwhy (?:a|an"
     r"|the) (?:firm|company|team|business|organi[sz]ation)\b[^.!?\n]{0,60}\b(?:can'?t|cannot"
     r"|won'?t|couldn'?t)\b|\bwhy (?:it'?s|it is) such a struggle\b",
     None, None),
    # hurt laid on them: "a slap in the face", "I wish you'd told us", "every other manager replies
    # inside a day", "losing faith in", "meant more to me than to you", "feel used"
    (NEGATIVE, "shame",
     r"\bslap in the face\b|\bsleeps? well (?:at night )?knowing\b"
     r"|\bhow much (?:\w+'? )?time is worth to (?:you|them)\b|\bwish you'?d (?:told|let|said"
     r"|mentioned|warned)\b|\bevery other \w+(?: \w+){0,4}? (?:manages|replies|answers"
     r"|gets back)\b|\b(?:losing|lost|lose) (?:my |our )?faith in\b|\bfaith in (?:you"
     r"|your \w+)(?: \w+){0,3} (?:goes down|is fading|dwindl\w*)\b"
     r"|\bmeant (?:\w+ )?more to me than\b|\b(?:email|emails|my messages|calling"
     r"|phoning)(?: clearly)? (?:isn'?t|aren'?t) cutting it\b|\bshould(?:'ve"
     r"| have) known better than to\b|\b(?:feel|feeling) (?:used|taken advantage of|strung along"
     r"|messed around|jerked around)\b|\brunning out of ways to pretend\b",
     None, None),
    # "I did drive two hours each way ..., so a quick update would mean a lot after that effort"
    (NEGATIVE, "guilt",
     r"\b(?:i|we) did (?:drive|cancel|spend|book|take|relocate|travel|pay|turn down|give up"
     r"|move)\b[^.!?\n]{0,140}?\b(?:after that effort|the least|in return|owes? (?:me|us)"
     r"|so i hope you(?:'ll| will) understand|so a quick update would)\b",
     None, None),
    # their changes counted: "your team rewrote the brief four times"
    (NEGATIVE, "shame",
     r"\b(?:rewrote|changed|revised|moved|rescheduled|cancell?ed"
     r"|postponed)\b(?: \w+){0,3}? (?:three|four|five|six|\d+|several|multiple) times\b",
     r"\b(?:you|your|they|their)\b", None),
    # "that's quite disheartening"; sympathy for their news is not
    (NEGATIVE, "anger",
     r"\b(?:that'?s|it'?s|this is|it is) (?:quite |very |really |pretty |so |a bit "
     r"|rather )?(?:disheartening|demoralising|demoralizing|discouraging|hurtful)\b",
     None, r"\b(?:sorry|to hear|for you)\b"),
    # "a company of Harlow Logistics' size would have someone who could manage ...", "odd for a
    # company of this size"
    (NEGATIVE, "insult",
     r"\b(?:company|firm|business|organi[sz]ation) (?:of "
     r"|the )?(?:[\w']+ ){0,2}?size\b[^.!?\n]{0,50}?\b(?:could manage|would manage|can'?t manage"
     r"|could at least|would have someone who could|might manage)\b"
     r"|\bi'?d have thought\b[^.!?\n]{0,60}?\b(?:could|would|might) (?:at least )?(?:manage|know"
     r"|be able)\b|\b(?:odd|strange|surprising|disappointing|poor"
     r"|unusual)\b[^.!?\n]{0,20}\bfor a (?:company|firm|business"
     r"|organi[sz]ation) (?:of )?(?:this|your|that) size\b",
     None, None),
    # a condition, then going over their head or public: "if this isn't sorted by end of day I'll be
    # going straight to your CEO", "will escalate ... if", "telling my network why"
    (CONTROLLING, "escalation",
     r"\b(?:if|unless)\b[^.!?\n]{0,60}?\b(?:i'?ll|i will|will)(?: be)? (?:escalat\w*"
     r"|going straight to|go straight to|post\w* (?:the|this|it|about)|telling my network"
     r"|signing with them)\b|\b(?:will|i'?ll) escalate\b[^.!?\n]{0,60}\bif\b"
     r"|\bdon'?t make me cc\b|\btelling (?:my network|everyone|people) why\b|\b(?:file|lodge"
     r"|raise) a (?:formal )?complaint\b[^.!?\n]{0,30}\bunless\b",
     None, r"\b(?:happy to|if (?:it|that) helps|feel free)\b"),
    # terms and their lapse: "notice of breach", "don't bother calling me back", "until you do",
    # "the discount no longer applies", "your logo's coming off the page unless ..."
    (CONTROLLING, "ultimatum",
     r"\bnotice of breach\b|\bor i'?m filing\b|\bdon'?t bother (?:calling|replying|responding"
     r"|getting back|writing)\b|\buntil you do\b|\bno longer appl(?:y|ies)\b|\b(?:coming"
     r"|comes) off (?:the|our)\b[^.!?\n]{0,30}\bunless\b",
     None, None),
    # "a company that actually replies", "I won't be waiting around much longer"
    (CONTROLLING, "ultimatum",
     r"\b(?:company|firm|someone|people|client|employer|vendor|agency|business) (?:that"
     r"|who) actually (?:repl|respond|answer|read|care)\w*|\b(?:won'?t|will not|not going to"
     r"|not gonna) (?:be )?wait\w* (?:around )?(?:much )?(?:longer|forever|indefinitely)\b",
     None, None),
    # irony at their silence: "I'll just keep waiting, as usual", "some people still reply", "time
    # for everything else", "too boring to answer", "love being kept in the loop", "which year"
    (NEGATIVE, "sarcasm",
     r"\b(?:i'?ll|i will) (?:just )?(?:sit here and |keep "
     r"|continue to )?wait\w*\b[^.!?\n]{0,20}\b(?:like always|as usual|as always)\b"
     r"|\bsome people (?:still |actually |do )?(?:reply|respond|answer|read|prefer)\b"
     r"|\btime for everything else\b|\bthe only one doing any\b|\bjust a figure of speech\b"
     r"|\bsent more (?:emails|messages)\b[^.!?\n]{0,60}\bthan\b|\bbetter (?:hit rate|luck"
     r"|response rate) with you than\b|\byour pen pal\b|\b(?:were|was"
     r"|must have been) too (?:boring|long|dull|complicated|difficult|hard) to (?:answer|read"
     r"|reply to|respond to)\b|\b(?:answer|reply to|acknowledge) a single (?:email|message"
     r"|call)\b|\blove being (?:kept in the loop|left|ignored|ghosted|chased)\b"
     r"|\bdidn'?t realise which (?:year|week|month|decade)\b|\bmoving mountains\b|\b(?:worth"
     r"|try) reading it yourselves?\b|\ballergic to (?:replying|email|answering|responding)\b",
     None, None),
    # the wait and the chasing held against them: "more than once", "or just being ignored", "is
    # there anyone ... who reads ...?", "five Mondays in a row", "why I even bother"
    (NEGATIVE, "whining",
     r"\b(?:explained|said|told you|asked|mentioned|stated)\b[^.!?\n]{0,20}\bmore than once\b"
     r"|\bor (?:just )?being ignored\b"
     r"|\bis there anyone\b[^.!?\n]{0,40}\bwho (?:actually )?(?:reads|answers|replies"
     r"|checks)\b[^?]*\?|\bwhat it takes to get\b|\b(?:this|the) waiting is (?:too much"
     r"|killing me|unbearable)\b|\bevery day\b[^.!?\n]{0,30}\bnothing from\b|\bweek (?:four|five"
     r"|six|seven|eight|nine|ten|\d+) of\b|\b(?:mondays|fridays|weeks|times) in a row\b"
     r"|\bhaven'?t found (?:a|the) (?:moment|minute|time) to\b|\bhaven'?t said anything at all\b"
     r"|\bwhy i (?:even )?bother\b|\btoo busy for me\b",
     None, r"\b(?:if|sorry)\b"),
    # hurt and anger held in: "a bit stung", "I won't pretend this isn't irritating", "a bad
    # taste", "I don't appreciate being ...", "not angry, just disappointed", "I wish someone had
    # told me"
    (NEGATIVE, "anger",
     r"\bnot important enough\b|\b(?:i'?m|i am|i was|i felt|feeling) (?:a bit |a little |rather "
     r"|quite |pretty |honestly )?stung\b|\b(?:won'?t|will not|can'?t) pretend (?:this|that"
     r"|it) (?:isn'?t|wasn'?t|hasn'?t been) (?:\w+ )?(?:irritating|frustrating|annoying"
     r"|maddening|infuriating|disappointing|upsetting)\b|\b(?:sour|bad|bitter) taste\b"
     r"|\b(?:don'?t|do not) appreciate being\b|\b(?:grown|growing|getting) (?:weary|tired) of\b"
     r"|\bnot angry,? just disappointed\b|\bi was wrong about you\b|\b(?:was"
     r"|were) better than this\b|\bi'?d expect (?:this|that) from\b[^.!?\n]{0,40}, not from\b"
     r"|\bwish (?:someone|you|your \w+) had (?:told|mentioned|said|warned)\b|\b(?:disheartening"
     r"|discouraging|demoralising) to keep\b|\brunning out of (?:new )?ways to\b",
     None, None),
    # what is owed back: "some loyalty back would be nice", "not too much to hope for", "could
    # at least spare", "couldn't organise a lunch order"
    (NEGATIVE, "guilt",
     r"\b(?:some|a bit of|a little) (?:loyalty|courtesy|respect|gratitude) (?:back|in return)\b"
     r"|\b(?:isn'?t|is not|doesn'?t (?:feel|seem) like|not) too much to (?:ask|hope for"
     r"|expect)\b|\bplease tell me i didn'?t\b"
     r"|\bi'?d have thought\b[^.!?\n]{0,60}?\bcould (?:at least )?spare\b|\b(?:couldn'?t"
     r"|could not|can'?t) organi[sz]e a (?:lunch order|piss-up|party|raffle|bake sale"
     r"|sock drawer)\b",
     None, None),
]
# fmt: on


def _not_a_name(sentence: str, m: re.Match[str]) -> bool:
    """False for a capitalised word inside a sentence: a name ("Angry Chocolates"), not a mood."""
    return _word_not_a_name(sentence, m.start())


def _sue_not_a_name(sentence: str, m: re.Match[str]) -> bool:
    """False for "Sue" greeted or signed as a name ("Hi Sue,", "Thanks, Sue"), not a lawsuit."""
    if m.group().lower() != "sue":
        return True
    before, after = sentence[: m.start()].lower(), sentence[m.end() :]
    greeted = re.search(
        r"\b(?:hi|hello|dear|hey|thanks|cheers|morning|afternoon|evening),? $", before
    )
    return not (greeted or after.startswith(",") or re.match(r" [A-Z][a-z]", after))


def _last_not_a_name(sentence: str, m: re.Match[str]) -> bool:
    """The same check on the last word of the match ("such a Muppet Show fan" is a name)."""
    return _word_not_a_name(sentence, m.start() + m.group().rstrip().rfind(" ") + 1)


def _word_not_a_name(sentence: str, start: int) -> bool:
    word = sentence[start:]
    if not word[:1].isupper() or sentence.isupper() or re.match(r"I\b", word):
        return True
    if re.match(r"[\w']+ (?:[A-Z][a-z]+|&) ", word):  # "Hell Yeah Coffee", "Crap & Co"
        return False
    return not sentence[:start].strip(" \t\"'([-*")


# Another party's clock named just before a time limit: "another offer with a decision due
# Friday", "another offer I must answer by Friday", "I'd need to confirm with them by Wednesday".
_OTHER_CLOCK = re.compile(
    r"(?:(?:\b(?:another|other|competing|second|separate|different|outside|existing)"
    r" (?:\w+ ){0,2}?(?:offer|role|position|job|process|company|opportunity|project|client|firm"
    r"|employer|studio|agency|team|bank|school|university|buyer|supplier)s?|\boffers? (?:from|at"
    r"|with) (?:another|an?|the other|a different|a competing) (?:\w+ ){0,2}?\w+)"
    r"(?: (?:with|that|which|i|i've|i'd|i'll|i'm|we|and|to|must|need to|have to|got to|has|have"
    r"|is|expires?|closes?|due|a|an|the|my|its|their|decision|answer|response|reply|deadline"
    r"|of|on|for|respond|decide|accept|decline|or|confirm|it))*"
    r"|\b(?:i|we)(?:'d|'ll|'ve| would| will| have| had| must| need)?(?: \w+){0,2}? (?:confirm"
    r"|answer|respond|reply|decide|commit|sign|get back|give|let)\w*(?: (?:to|with|back to|back))?"
    r" (?:them|him|her|the other \w+|that one)(?: (?!you)\w+){0,3}?) $"
)
# I as the one who acts before "and send it tomorrow": "I'll update the timeline and ...".
_MY_ACT_BEFORE = re.compile(
    r"\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| can| could"
    r"| shall|'d| would)\b(?:(?!\byou)[^,;:])*$"
)


def _deadline_theirs(sentence: str, m: re.Match[str]) -> bool:
    """False for a time limit that is mine or another party's, not one set on their answer."""
    before, phrase = _lowered(sentence[: m.start()]), m.group()
    if _ASKED.search(phrase):  # "and need a decision by Friday": the ask is in the phrase
        return True
    if _OTHER_CLOCK.search(before):
        return False
    conj = re.match(r"\W*(?:and|then|so)\s", phrase)
    return not (conj and _MY_ACT_BEFORE.search(before))


_ASKED = re.compile(r"\b(?:you|your|please|kindly|need|want|expect|require|must)\b")


Keep = Callable[[str, re.Match[str]], bool]
# Checks on a match that a pattern cannot make, by category.
_KEEP: dict[str, Keep] = {
    "anger": _not_a_name,
    "cursing": _not_a_name,
    "deadline": _deadline_theirs,
    "desperation": _not_a_name,
    "insult": _last_not_a_name,
    "threat": _sue_not_a_name,
}

_CASED = "(?-i:"  # a pattern that starts so is matched against the text as written


def _lower(pattern: str) -> str:
    """The pattern for lowercased text (matching lowercased text is faster than IGNORECASE)."""
    parts = _ESCAPE.split(pattern)  # escapes such as \W and \B, at the odd places, keep their case
    parts[::2] = [part.translate(_ASCII_LOWER) for part in parts[::2]]
    return "".join(parts)


_ESCAPE = re.compile(r"(\\.)", re.DOTALL)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.cache
def _re(pattern: str) -> re.Pattern[str]:
    return _STORE.compile(_as_matched(pattern))


@dataclass(frozen=True, slots=True)
class _Feature:
    rule: str
    category: str
    pattern: str  # as matched: lowercased unless the pattern is cased
    cased: bool
    required: str | None
    unless: str | None
    keep: Keep | None
    gate: frozenset[str] | None  # one of these is in every sentence the pattern can match


def _as_matched(pattern: str) -> str:
    return pattern if pattern.startswith(_CASED) else _lower(pattern)


# The literal gates of the features, computed by `python -m followthrough.tone_gate` (which reads
# regular expressions' parse trees, so it is imported only to regenerate the file).
GATES = Path(__file__).with_name("tone_gates.json")


def key(pattern: str) -> str:
    """The pattern's key in the gates file."""
    return f"{zlib.crc32(pattern.encode('utf-8')):08x}"


def gated_patterns() -> list[str]:
    """The patterns that a literal gate can guard, as tone_gate.py computes gates for them."""
    return [_as_matched(p) for _, _, p, _, _ in _FEATURES]


def required_patterns() -> list[str | None]:
    """What each feature needs in its sentence: a gate for a pattern that has none of its own."""
    return [None if r is None else _as_matched(r) for _, _, _, r, _ in _FEATURES]


@functools.cache
def _features() -> tuple[_Feature, ...]:
    gates: dict[str, list[str] | None] = json.loads(GATES.read_text(encoding="utf-8"))
    out = []
    for rule, category, pattern, required, unless in _FEATURES:
        matched = _as_matched(pattern)
        gate = gates.get(key(matched))
        out.append(
            _Feature(
                rule,
                category,
                matched,
                pattern.startswith(_CASED),
                None if required is None else _as_matched(required),
                None if unless is None else _as_matched(unless),
                _KEEP.get(category),
                None if gate is None else frozenset(gate),
            )
        )
    return tuple(out)


@functools.cache
def _automaton() -> Any:
    """One Aho-Corasick automaton over every gate string; each names the features it opens."""
    import ahocorasick

    opens: dict[str, list[int]] = {"\0": []}  # never empty
    for i, f in enumerate(_features()):
        for literal in f.gate or ():
            opens.setdefault(literal, []).append(i)
    automaton = ahocorasick.Automaton()
    for literal, features in opens.items():
        automaton.add_word(literal, tuple(features))
    automaton.make_automaton()
    return automaton


@functools.cache
def _ungated() -> frozenset[int]:
    return frozenset(i for i, f in enumerate(_features()) if f.gate is None)


# A sentence that is only a verdict or a count, read against the sentence before it:
# "Rejected with a template email. Classy." "I already sent the link. Twice."
_VERDICT = r"^\W*(?:oh,? |wow,? |well,? )?" + _any((_w(lx.VERDICTS), _PRAISE))
_VERDICT += r"(?: indeed| again| guys| team| everyone| really)?[^\w!]*$"
_COUNT = r"^\W*" + _w(lx.COUNT_SENTENCE) + r"\W*$"
_BAD_BEFORE = _w(lx.BAD_FACTS + lx.NOTHING + lx.WHINES)
_SHORT = 40  # only sentences this short can be a bare verdict or count


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _re(_LIMIT), _re(_SECOND), _re(_COURTESY)


@functools.cache
def _follow_ups() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _re(_VERDICT), _re(_COUNT), _re(_BAD_BEFORE)


def _lowered(text: str) -> str:
    """text.lower(), keeping every character at its offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# Typographic marks that text pasted from a mail client carries, read as their plain forms.
_PLAIN = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u00b4": "'", "\u0060": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ",
    }
)  # fmt: skip
_PLAIN_WIDE = {k: v for k, v in _PLAIN.items() if k > 127}  # as written, ASCII stays as it is
# Invisible characters that only split words ("f\u200buck", "re\u00adject").
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The text after NFKC and plain quotes, and where each of its characters came from.

    The map is None when nothing changed (the common case), else map[i] is the offset in
    `text` of character i of the result (with one extra entry for the end).
    """
    if text.isascii():
        return text, None
    if unicodedata.is_normalized("NFKC", text) and _INVISIBLE.isdisjoint(text):
        # each character is its own NFKC form, and plain marks are one character for one
        plain = text.translate(_PLAIN_WIDE)
        return (text, None) if plain == text else (plain, list(range(len(text) + 1)))
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c in _INVISIBLE:
            continue
        n = c if c.isascii() else unicodedata.normalize("NFKC", c).translate(_PLAIN)
        out.append(n)
        where.extend([i] * len(n))
    where.append(len(text))
    plain = "".join(out)
    if plain == text:
        return text, None
    return plain, where


# A sentence ends at . ! ? ; or a line break, but not inside a word ("sh!t", "e.g.", "3.5").
_SENTENCE = re.compile(r"(?:[^.!?\n;]|[.!?](?=[A-Za-z0-9]))+[.!?;]*")
# VADER counts only with a second signal: the sentence is aimed at them or is about the wait.
_SECOND = _DIRECTED + "|" + _w(lx.WAITED + lx.PERSISTED) + r"|\b(?:this|it)\b.*(?:!|\?)$"
_VADER_MAX = 1000  # longer sentences are not scored: VADER is slow and not meant for them
_VADER_LIMIT = -0.35
# A capitalised word inside a sentence is read as a name, not a mood ("the team at Angry Orchard").
_NAMES = re.compile(r"(?<=[\w,;:)\u2013\u2014-] )[A-Z][a-z']+")


def every_pattern() -> list[str]:
    """Every regular expression a scan may compile, as matched."""
    plain = (_LIMIT, _SECOND, _COURTESY, _VERDICT, _COUNT, _BAD_BEFORE)
    parts = [p for f in _features() for p in (f.pattern, f.required, f.unless) if p is not None]
    return [_as_matched(p) for p in plain] + parts


# Compiling every pattern takes longer than the rest of a hook run: their compiled code is kept
# in the user's cache directory between runs.
_STORE = compiled.Store("tone-patterns", every_pattern)


def prepare() -> None:
    """Build what a first scan would: the gate automaton, the sentiment lexicon and every
    compiled pattern. For a long-running process (`mkdocs serve`), while it waits for an edit."""
    _automaton()
    _analyzer()
    for pattern in every_pattern():
        _re(pattern)


@functools.cache
def _analyzer() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=32768)
def _compound(sentence: str) -> float:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return float(_analyzer().polarity_scores(sentence)["compound"])
    except Exception:  # VADER must never take the checker down
        return 0.0


def sentences(message: str) -> Iterator[tuple[int, int]]:
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


def _follow_up_hit(message: str, start: int, end: int, low: str, before: str) -> ToneHit | None:
    """A bare verdict after a bad fact, or a bare count after any sentence."""
    if len(low) > _SHORT or not before:
        return None
    verdict, count, bad = _follow_ups()
    if count.search(low):
        return _hit(message, NEGATIVE, "whining", start, end)
    if verdict.search(low) and bad.search(before):
        return _hit(message, NEGATIVE, "sarcasm", start, end)
    return None


def _vader_hit(message: str, start: int, end: int, low: str) -> ToneHit | None:
    if not _reads_sour(message[start:end], low):
        return None
    return _hit(message, NEGATIVE, "negative", start, min(end, start + 80))


@functools.lru_cache(maxsize=32768)
def _reads_sour(sentence: str, low: str) -> bool:
    """A short sentence aimed at them, without courtesy, that VADER scores as negative."""
    if len(low) > _VADER_MAX or not any(c.isalpha() for c in low):
        return False
    _, second, courtesy = _patterns()
    if not second.search(low) or courtesy.search(low):
        return False
    return _compound(_NAMES.sub("Name", sentence)) <= _VADER_LIMIT


@functools.lru_cache(maxsize=32768)
def _features_in(sentence: str, low: str) -> tuple[tuple[str, str, int, int], ...]:
    """Every feature hit in one sentence, as (rule, category, start, end).

    Hits of one rule that overlap an earlier one are dropped, so each phrase is named once
    and a sentence with three controlling phrases reports all three.
    """
    limit = _patterns()[0]
    features = _features()
    run = set(_ungated())
    for _, opened in _automaton().iter(low):
        run.update(opened)
    found: list[tuple[str, str, int, int]] = []
    for i in sorted(run):
        f = features[i]
        if f.required is not None and not _re(f.required).search(
            sentence if f.required.startswith(_CASED) else low
        ):
            continue
        wide = f.required is not None and f.required.startswith(_WITH)
        matches = [
            m
            for m in _re(f.pattern).finditer(sentence if f.cased else low)
            if m.end() > m.start() and (f.keep is None or f.keep(sentence, m))
        ]
        # the pattern first: it rarely matches, and `unless` lists are long
        if not matches or (f.unless is not None and _re(f.unless).search(low)):
            continue
        for m in matches:
            category = f.category
            if category == "demand" and limit.search(m.group()):
                category = "deadline"
            start, end = m.start(), m.end()
            if wide and f.required is not None:
                near = min(_re(f.required).finditer(low), key=lambda r: abs(r.start() - start))
                start, end = min(start, near.start()), max(end, near.end())
            found.append((f.rule, category, start, end))
    found.sort(key=lambda h: (h[2], -h[3]))
    kept: list[tuple[str, str, int, int]] = []
    for hit in found:
        if not any(k[0] == hit[0] and k[2] < hit[3] and hit[2] < k[3] for k in kept):
            kept.append(hit)
    return tuple(kept)


def _scan_plain(message: str) -> list[ToneHit]:
    hits: list[ToneHit] = []
    before = ""
    for start, end in sentences(message):
        sentence = message[start:end]
        low = _lowered(sentence)
        found = [
            _hit(message, rule, category, start + s, start + e)
            for rule, category, s, e in _features_in(sentence, low)
        ]
        if not any(h.rule == NEGATIVE for h in found):
            extra = _follow_up_hit(message, start, end, low, before)
            extra = extra or _vader_hit(message, start, end, low)
            if extra is not None:
                found.append(extra)
        before = low
        hits.extend(found)
    return hits


# What the words show by themselves (a time limit on their answer among them: short, and easily
# read as polite by word counts); the model does not overrule these.
PLAIN_CATEGORIES = frozenset({"cursing", "shouting", "insult", "threat", "deadline"})


def _overruled(plain: str, hits: list[ToneHit]) -> list[ToneHit]:
    """The rules' hits, less those the model overrules: where the message and the hit's sentence
    both read as polite beyond doubt, and the hit is not a plain one."""
    weak = [h for h in hits if h.category not in PLAIN_CATEGORIES]
    if not weak:
        return hits
    gone = tone_model.overruled(plain, list(sentences(plain)), (h.start for h in weak))
    dropped = {id(h) for h, g in zip(weak, gone, strict=True) if g}
    return [h for h in hits if id(h) not in dropped]


_MODEL_CATEGORY = {tone_model.CONTROLLING: "a pushy tone", tone_model.NEGATIVE: "a sour tone"}


def _model_hits(plain: str) -> list[ToneHit]:
    """The model's reading of a message the rules pass: one hit at most, at its main sentence."""
    verdict = tone_model.judge(plain, list(sentences(plain)))
    if verdict is None:
        return []
    kind, start, end = verdict
    return [_hit(plain, WORDING, _MODEL_CATEGORY[kind], start, end)]


def scan(message: str, *, model: bool = True) -> list[ToneHit]:
    """Every tone problem in a message, in order of position.

    What the rules find; when they find nothing, what the model reads in the wording as a whole;
    less the hits the model overrules (where the message and the hit's sentence both read as
    polite beyond doubt; never cursing, shouting, insults, legal threats or a time limit on their
    answer). `model=False` gives the rules alone.

    The message is read after Unicode normalisation (NFKC, plain quotes and apostrophes);
    offsets and phrases are those of the message as written.
    """
    if not message or not message.strip():
        return []
    plain, where = normalise(message)
    hits = _scan_plain(plain)
    if model:
        hits = _overruled(plain, hits) if hits else _model_hits(plain)
    if where is not None:
        hits = [
            ToneHit(h.rule, h.category, where[h.start], where[h.end - 1] + 1,
                    message[where[h.start] : where[h.end - 1] + 1], h.suggestion)
            for h in hits
        ]  # fmt: skip
    hits.sort(key=lambda h: (h.start, h.rule))
    return hits
