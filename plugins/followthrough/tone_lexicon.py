"""Word lists for the tone checks; tone.py combines them into features.

Every entry is a regular-expression fragment (matched case-insensitively at word boundaries),
so one entry covers the inflections of a word: r"frustrat\\w*" is frustrated, frustrating, ...
"""

from __future__ import annotations

# --- time -------------------------------------------------------------------------------------

NUMBERS = (
    r"\d+",
    r"an?",
    r"one",
    r"two",
    r"three",
    r"four",
    r"five",
    r"six",
    r"seven",
    r"eight",
    r"nine",
    r"ten",
    r"twelve",
    r"fourteen",
    r"twenty",
    r"several",
    r"a few",
    r"a couple(?: of)?",
    r"many",
)
UNITS = (r"minutes?", r"hours?", r"hrs?", r"days?", r"weeks?", r"months?", r"years?")
WEEKDAYS = (
    r"mon(?:day)?",
    r"tue(?:s|sday)?",
    r"wed(?:nesday)?",
    r"thu(?:rs|rsday)?",
    r"fri(?:day)?",
    r"sat(?:urday)?",
    r"sun(?:day)?",
)
MONTHS = (
    r"jan(?:uary)?",
    r"feb(?:ruary)?",
    r"mar(?:ch)?",
    r"apr(?:il)?",
    r"may",
    r"june?",
    r"july?",
    r"aug(?:ust)?",
    r"sept?(?:ember)?",
    r"oct(?:ober)?",
    r"nov(?:ember)?",
    r"dec(?:ember)?",
)
# A point in time or a span that can close a deadline (after "by", "before", "within", ...).
TIMES = (
    r"today",
    r"tonight",
    r"tomorrow",
    r"eod|eow|eom|cob|cop|noon|midday|midnight|lunch(?:time)?",
    r"close of (?:business|play)",
    r"(?:the )?end of (?:the |this |next )?(?:business )?(?:day|week|month|quarter|year|play)",
    r"(?:this|next|the) (?:week(?:end)?|month|morning|afternoon|evening|hour|day)",
    r"\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.?|p\.m\.?|o'?clock)",
    r"(?:the )?\d{1,2}(?:st|nd|rd|th)",
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d\d-\d\d",
)
# Said on its own after a demand, these set a time limit too ("reply today", "I need it ASAP").
URGENT = (
    r"today",
    r"tonight",
    r"tomorrow",
    r"this (?:week|morning|afternoon|evening)",
    r"asap|a\.s\.a\.p\.?",
    r"immediately",
    r"right (?:away|now)",
    r"straight away",
    r"urgently",
    r"at once",
    r"without (?:any )?(?:further )?delay",
    r"at the (?:very )?latest",
    r"first thing",
    r"as soon as (?:possible|you (?:get|read|see|receive|open) (?:this|it|my \w+))",
)
LIMITS = (
    r"by",
    r"before",
    r"within",
    r"no later than",
    r"not later than",
    r"until",
    r"in the next",
)

# --- control ------------------------------------------------------------------------------------

# Verbs that ask them to act; an imperative at the start of a clause is a request.
ASK_VERBS = (
    r"answer",
    r"reply",
    r"respond",
    r"confirm",
    r"send",
    r"get back",
    r"come back",
    r"revert",
    r"ping (?:me|us)(?: back)?",
    r"call me",
    r"ring me",
    r"decide",
    r"let (?:me|us) know",
    r"tell (?:me|us)",
    r"update (?:me|us)",
    r"give (?:me|us)",
    r"get (?:me|us)",
    r"make (?:a|the|your) (?:decision|call)",
    r"sign",
    r"deliver",
    r"provide",
    r"fix",
    r"sort (?:it|this) out",
)
# First-person demand verbs: "I need", "we require", "I'm expecting", "I must have".
DEMAND_VERBS = (
    r"need(?:s|ing)?",
    r"requir(?:e|es|ing)",
    r"expect(?:s|ing)?",
    r"want(?:s|ing)?",
    r"demand(?:ing)?",
    r"insist(?:ing)? on",
    r"must (?:have|get|receive|see|know)",
    r"(?:would|'d) (?:like|appreciate)",
    r"appreciate",
)
# What a demand asks for.
NEWS = (
    r"decision",
    r"answer",
    r"response",
    r"reply",
    r"replies",
    r"update",
    r"feedback",
    r"word",
    r"news",
    r"confirmation",
    r"resolution",
    r"explanation",
    r"yes or no",
    r"callback",
    r"call back",
    r"acknowledge?ment",
    r"communication",
)
# Someone other than me who can make a promise.
THEY = (
    r"you",
    r"they",
    r"he",
    r"she",
    r"your (?:team|recruiter|office|manager|colleague|company|boss|ceo|hr|rep\w*)",
)
# "you promised", "you assured me", ...
PROMISED = (
    r"promis(?:ed|es|ing)",
    r"guaranteed",
    r"assured (?:me|us)",
    r"committed to",
    r"gave (?:me |us )?(?:your|their|his|her) word",
    r"swore",
    r"pledged",
)
# Conditions that set terms: "if I don't hear", "unless", "otherwise", "failing that".
CONDITIONS = (
    r"if",
    r"unless",
    r"otherwise",
    r"or else",
    r"failing",
    r"absent",
    r"in the absence of",
    r"should (?:I|we|you|there) not",
    r"without (?:a|an|your|any) (?:reply|response|answer|decision|word|update)",
    r"or",
    r"(?:after|beyond) (?:that|then|this|which)",
)
# Conditions that say what happens when they do not act ("if I don't hear", "or", "otherwise").
NEGATIVE_CONDITIONS = (
    r"if (?:\w+ ){1,3}?(?:don'?t|do not"
    r"|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|can'?t|cannot|won'?t|will not|isn'?t"
    r"|aren'?t|didn'?t|did not|not|no|never)\b",
    r"unless",
    r"otherwise",
    r"or else",
    r"failing",
    r"absent",
    r"without (?:a|an|your|any)",
    r"should (?:I|we|you|there) not",
    r"or(?= (?:I|we|you)\b)",
    r"(?:after|beyond) (?:that|then|this|which)",
)
# Consequences that are a threat only after such a condition ("..., or you'll lose me").
WEAK_CONSEQUENCES = (
    r"(?:I'?m|I am|we'?re|we are) (?:walking|done|gone|finished)(?: away| here)?\W*$",
    r"(?:I|we) walk\W*$",
    r"you(?:'ll| will|'d| would)? lose (?:me|us|(?:the|this|my|our|your) (?:\w+ )?(?:deal|business"
    r"|candidate|slot|spot|place|discount|offer|booking|reservation|contract|account|rate|price))",
    r"(?:price|rate|fee|cost|quote|discount)s? (?:goes|go|will go|will be going|increases?"
    r"|will increase|rises?|will rise|doubles?|will double|(?:is|are|will be) gone|disappears?)",
    r"(?:there'?s|there is|there will be|I see|we see|it'?s|there'?d be) (?:no|little) (?:point"
    r"|sense|reason|use) (?:in )?(?:us |me )?(?:continu|proceed|go(?:ing)? (?:any )?further|talk"
    r"|meet|moving forward|carry|pursu)\w*",
    r"(?:I|we)(?:'ll| will| shall)?(?: be)? (?:accept|tak|sign|go(?:ing)? with)\w* (?:it|that"
    r"|them|theirs|that one|the other(?: one)?)\b",
    r"(?:I|we) (?:won'?t|will not|can'?t|cannot) (?:be able to )?(?:help|hold|guarantee|keep"
    r"|reserve|honou?r|extend)",
    r"(?:that'?s|it'?s|this is) (?:the end of|it for) (?:it|us|the \w+|our \w+)",
    r"(?:the|this|our|my) (?:deal|offer|conversation|relationship|partnership|discussion|process)"
    r"(?:'s| is| will be) (?:over|dead|done|finished)",
    r"(?:we|I)(?:'ll| will) (?:have to )?part ways",
)
# Things I will do to them (with "I" or "we" as the subject).
WITHDRAWALS = (
    r"(?:pursu|consider|look|review|explor|evaluat)\w*"
    r" (?:\w+ ){0,4}?(?:other|another|different|competing|alternative|rival)\s(?:\w+\s)?"
    r"(?:offer|option|role|opportunit|position|compan|vendor|supplier|provider|candidate"
    r"|agenc|firm|partner|bid|quote|contractor|job)\w*",
    r"mov(?:e|ing) on\b(?! to (?:the )?next)(?: to (?:an?|the)? ?(?:other|another|different))?",
    r"(?:look|go|shop)(?:ing)? elsewhere",
    r"walk(?:ing)? away",
    r"tak\w+ (?:my|our) (?:business|custom|money|offer|services|talents?|skills|expertise"
    r"|candidacy)(?: \w+)?",
    r"(?:tak|giv|offer|hand|releas|mov|sell|pass|bring)\w* (?:\w+ ){0,4}?to (?:your |a |an "
    r"|one of your )?(?:competitors?|rivals?|competition)",
    r"(?:giv|offer|hand|releas|pass|sell)\w* (?:\w+ ){0,4}?to (?:another|a different|some other"
    r"|other) (?:\w+ )?(?:clients?|customers?|buyers?|bidders?|candidates?|companies|company"
    r"|vendors?)",
    r"escalat\w+",
    r"(?:take|seek|pursue) legal action|(?:contact|call) (?:my|our) (?:lawyer|solicitor|attorney)",
    r"(?:file|make|lodge) a (?:formal )?complaint",
    r"report (?:you|this|your \w+)",
    r"(?:take|treat) (?:your|this|the|that) (?:\w+ )?(?:silence|lack of \w+) as",
)
# Consequences that need no subject: "the discount is off the table", "I'm out".
CONSEQUENCES = (
    r"off the table",
    r"(?:deal|offer|discount|quote|price) (?:is|will be) (?:off|void|gone|withdrawn)",
    r"(?:quote|offer|price|discount|deal) (?:expires|lapses|ends)",
    r"(?:I'?m|I am|we'?re|we are) out\b",
    r"consider (?:the|this|our|my) (?:deal|offer|matter|conversation|discussion|application)"
    r" (?:off|closed|dead|over|withdrawn)",
    r"should (?:I|we) take (?:that|this|your|the) \w+(?: \w+)? as",
    r"consider this (?:my|our) (?:withdrawal|resignation|notice|final \w+)",
)
# An ultimatum on its own.
ULTIMATUMS = (
    r"last chance",
    r"no choice but",
    r"final (?:notice|warning|chance|offer|reminder)",
    r"take it or leave it",
    r"or else\W*$",
    r"(?:this is|consider this) (?:my|our|a|your) (?:final|last) (?:offer|chance|warning|notice|attempt"
    r"|email|message|reminder|try|follow-?up|word|opportunity|call)",
    r"now or never",
    r"(?:don'?t|do not) make (?:me|us) (?:chase|ask|remind|come|call|beg|wait)",
    r"(?:do you|you don'?t) (?:really )?want to be the (?:last|only)",
    r"(?:don'?t|do not) be the (?:\w+ )?(?:one|team|company|person|last|only)\b",
    r"miss(?:ed|ing)? the boat",
    r"every (?:day|week|month|hour) you (?:wait|delay|hold off)",
    r"no (?:further|more) (?:extensions|delays|excuses|chances)",
    r"(?:do not|don'?t|won'?t|will not|cannot|can'?t) accept (?:any )?(?:more |further )?excuses",
    r"non-?negotiable",
    r"(?:I|we)(?:'m| am|'re| are)? (?:not going to|won'?t|will not|shan'?t) (?:be )?(?:chas|ask"
    r"|remind|follow|writ|email|call)\w* (?:you )?(?:again|anymore|any more|a \w+ time)",
)
# Refusing to go on until they act: "I'm not doing another meeting without a decision-maker".
REFUSALS = (
    r"(?:I|we)(?:'m| am|'re| are) not (?:going to |gonna )?(?:do|sign|agree|proceed|continu"
    r"|attend|meet|tak|spend|accept|commit|mov|talk|discuss|schedul|book|join|wast)\w*",
    r"(?:I|we) (?:won'?t|will not|refuse to|shan'?t) (?:do|sign|agree|proceed|continue|attend"
    r"|meet|take|spend|accept|commit|move|talk|discuss|schedule|book|join|waste)\w*",
    r"no more (?:meetings|calls|interviews|rounds|extensions|discounts|chances|time)",
)
# Whose involvement I may demand ("loop your VP in").
AUTHORITY = (
    r"vp|svp|evp|vice president|director|manager|boss|ceo|cto|cfo|coo|supervisor|superior"
    r"|decision-?makers?|head of \w+|founder|owner|legal (?:team|department)",
)
# Imperatives that order them about, at the start of a clause.
IMPERATIVES = (
    r"(?:make sure|ensure|see to it|be sure)(?: that)?(?! to let (?:me|us) know| you (?:get|take"
    r"|have|enjoy|rest|look after)|(?: to)? (?:enjoy|take care|rest|have fun|relax))\b",
    r"make yourself available|clear your (?:calendar|diary|schedule|afternoon|morning)",
    r"(?:loop|bring|pull|get|cc|copy) (?:in )?your (?:\w+ )?(?:" + "|".join(AUTHORITY) + r")\b",
)
# Statements that set urgency on their own: "This can't wait."
URGENCY = (
    r"(?:this|it|that|the matter|this matter|this issue)(?: really| simply| just)? (?:can'?t"
    r"|cannot|won'?t|will not) wait\b(?! to)",
    r"(?:this|it)(?:'s| is) (?:extremely |very |really |super |highly )?(?:urgent|time-?sensitive"
    r"|time-?critical)\b",
    r"drop (?:everything|what you'?re doing)",
)
# Going over their head: "so I can follow up with her myself".
BYPASS = (
    r"(?:go|going|gone|went) (?:over|around) (?:your|their|his|her) heads?",
    r"(?:follow up|chase (?:this|it)(?: up)?|take (?:this|it) up|deal) (?:with (?:\w+ ){1,3})?"
    r"(?:myself|ourselves)\b",
    r"(?:complain|escalate (?:this|it)|report (?:this|you|it)) to your (?:\w+ )?(?:"
    + "|".join(AUTHORITY)
    + r")\b",
)

# --- negative -----------------------------------------------------------------------------------

# Anger and insult, always negative unless negated ("not rude") or aimed at a situation I share.
ANGER = (
    r"rude\w*",
    r"unprofessional\w*",
    r"disrespect\w*",
    r"disregard(?:ed|ing)",
    r"ridiculous\w*",
    r"absurd\w*",
    r"unacceptabl\w+",
    r"inexcusabl\w+",
    r"pathetic\w*",
    r"insult\w*",
    r"outrag\w*",
    r"shameful",
    r"disgrace\w*",
    r"appall\w*",
    r"incompeten\w*",
    r"infuriat\w*",
    r"furious",
    r"livid",
    r"angry|angered|anger",
    r"fed up",
    r"sick (?:of|and tired)",
    r"tired of",
    r"had enough",
    r"laughabl\w+",
    r"(?:an?|total|complete|absolute) (?:joke|farce|shambles|mess|circus)",
    r"clueless",
    r"useless",
    r"hopeless",
    r"lazy",
    r"sloppy",
    r"careless\w*",
    r"dismissive\w*",
    r"impossible to (?:reach|contact|get hold of|pin down|get (?:a|an|any) \w+)",
    r"you (?:people|guys|lot)\b(?! (?:have been|were|are) (?:great|wonderful|amazing|so helpful))",
    r"(?:a bit|a little|way|far) too much",
    r"a bit much",
    r"beyond (?:me|belief)",
    r"wast(?:e|ed|es|ing) (?:\w+ ){0,3}?(?:of )?(?:my|our) (?:time|day|weekend|evening)s?",
    r"(?:driv\w*|drove) (?:me|us) (?:up the wall|crazy|mad|nuts|insane|round the bend|up a wall)",
    r"(?:really|quite|very|so|pretty) cross\b",
)
# Anger words that are also said in sympathy ("that must be frustrating for you"): they count
# only together with a target (you, this, that, the process, a wait word).
MILD_ANGER = (
    r"frustrat\w*",
    r"annoy\w*",
    r"irritat\w*",
    r"disappoint\w*(?! to (?:miss|have missed|hear|learn|see|read|find))",
    r"upset\w*",
    r"embarrass\w*",
    r"terribl[ey]",
    r"awful\w*",
    r"horribl[ey]",
    r"dreadful\w*",
    r"worst(?![- ]case)",
    r"shock(?:ed|ing)\w*",
    r"(?<!'d )(?<!would )hate[sd]?(?! to)",
    r"unbelievabl[ey]",
    r"can'?t believe",
    r"inappropriate",
)
# Shame and blame aimed at them.
SHAME = (
    r"ignor(?:ed|ing) (?:me|us|my|our)",
    r"ghost(?:ed|ing|s)?\b(?! (?:kitchen|town|writer|story|stories))",
    r"(?:blow|blown|blowing|brush|brushed|brushing) (?:me|us) off",
    r"(?:I'?m|I am|I was|I feel|I felt|bit|quite|really|very|honestly) (?:\w+ )?hurt",
    r"let down",
    r"offended",
    r"strung along",
    r"pester\w*|a pest\b",
    r"(?:losing|lost|run(?:ning)? out of|test(?:ing)?|tries|try) (?:my |all |our )?patience",
    r"getting (?:really |a bit |pretty )?old",
    r"speaks volumes",
    r"just another (?:number|name|candidate|applicant|cv)",
    r"(?:your|got|met with|zero) (?:silence|communication)",
    r"lack of (?:a )?(?:response|reply|replies|communication|courtesy|respect|professionalism"
    r"|updates?|transparency|feedback|interest|urgency)",
    r"shame on",
    r"should be ashamed",
    r"too (?:busy|important) to (?:reply|respond|answer|write|call)",
    r"(?:not|n't) (?:even )?(?:worth (?:a|an|the|your)|the decency)",
    r"you (?:never|clearly never|obviously never) (?:intended|meant|planned|cared|bothered|read)",
    r"(?:going|went|go) (?:straight )?(?:to|into) (?:your |the )?(?:trash|bin|junk|void)",
    r"(?:left|leave|leaving) (?:me |us )?on read",
)
# Feeling ignored, said in a figure of speech: "like talking to a brick wall".
IGNORED = (
    r"(?:talk|speak|writ)\w* (?:to|into|at) (?:a|the) (?:brick |stone )?wall",
    r"(?:shout|scream|yell|talk|writ|email|send|throw)\w* (?:\w+ )?into (?:the|a|an) (?:void"
    r"|abyss|ether|black hole)",
    r"(?:into|in) (?:a|the|your) black hole",
    r"carrier pigeons?|smoke signals?|message in a bottle|(?:a )?s[eé]ance|ouija",
    r"(?:fall|fell|falling|fallen|falls) on deaf ears",
    r"like pulling teeth|(?:blood|water) (?:from|out of) a stone",
    r"bang\w* my head against",
    r"talking to myself",
    r"is this thing on",
    r"(?:won'?t|not going to|shan'?t|not) (?:be )?hold(?:ing)? my breath",
    r"(?:vanish|disappear)\w* into (?:thin air|the void|a black hole)",
    r"(?:dropped|fell|fallen|falls|disappear\w*|vanish\w*) off (?:the face of the earth|the planet"
    r"|the map|(?:your|the) radar)",
)
# Disappointment aimed at the person: "I expected better from someone at your level".
LET_DOWN = (
    r"(?:I|we)(?: \w+)? (?:expected|expect|had expected|would(?:'ve| have) expected|hoped for"
    r"|thought) (?:much |a lot |a bit |far )?(?:better|more)(?= from| of|\W*$| than this)",
    r"(?:expect\w*|thought|hoped for) (?:\w+ ){0,3}?(?:from|of) (?:someone|a (?:company|firm"
    r"|business|team|person|professional|manager|recruiter|leader)|an? (?:organi[sz]ation|outfit"
    r"|agency)) (?:at|in|of|with|like) (?:your|yours)",
    r"disappointed (?:in|with) (?:you|your)\b",
    r"beneath (?:you|your)\b",
    r"(?:I|we) thought (?:better of you|you were better|you(?:'d| would) be (?:different|better))",
    r"(?:not|hardly|less than) what (?:I|we|one)(?:'d| would)? (?:expect|expected) (?:from|of)",
)
# Passive aggression about repeating myself: "Per my last email", "as I already said".
REPEATED = (
    r"per my (?:last|previous|earlier|prior|original) (?:email|e-mail|message|note|mail|reply)",
    r"as (?:I|we) (?:have |had |'ve )?(?:already|previously|clearly|repeatedly) (?:said|stated"
    r"|mentioned|explained|noted|told you|pointed out|written|asked|sent|made clear)",
    r"as (?:I|we)(?:'ve| have) (?:said|stated|mentioned|explained|told you|asked|written)"
    r" (?:before|twice|several times|many times|repeatedly|multiple times|more than once|already"
    r"|\w+ times)",
    r"as (?:previously|already) (?:stated|explained)",
    r"(?:see|refer to|re-?read) my (?:previous|last|earlier|original) (?:email|message|note)s?",
    r"(?:to repeat myself|(?:I'?ll|let me) (?:say|repeat) (?:it|this|that|myself) (?:again|once"
    r" more))",
    r"(?:as|like) I (?:said|told you)(?: before| earlier| already| last time| twice)",
    r"in case you missed it",
)
# A bare count said as its own sentence after the complaint: "Twice."
COUNT_SENTENCE = (
    r"twice|three times|again|yet again|once again|(?:for )?the (?:second|third|fourth|fifth"
    r"|umpteenth|nth) time",
)
# A verdict said as its own sentence after a bad fact: "Classy." "Great job."
VERDICTS = (
    r"classy",
    r"(?:real|very|so|how|really) (?:classy|professional|mature|helpful|nice|lovely|kind"
    r"|thoughtful|considerate)",
    r"(?:just |simply |really |how |oh |wow,? )?(?:brilliant|great|lovely|wonderful|fantastic"
    r"|perfect|marvell?ous|splendid|super|terrific|awesome|amazing|impressive|nice|charming"
    r"|stellar|outstanding|smooth|fabulous)",
    r"(?:great|nice|good|fine|stellar) (?:job|work|one|stuff|look|move|touch)",
    r"well done|bravo|top notch|love (?:it|that)|what a (?:joke|treat)",
)
# Bad facts that such a verdict mocks: "Rejected with a template email."
BAD_FACTS = (
    r"reject\w*",
    r"turned (?:me |us )?down",
    r"template|form (?:letter|email)|automated (?:email|reply|response|rejection)|canned",
    r"cancell?(?:ed|ing)",
    r"no-?show",
    r"(?:never|didn'?t|did not|couldn'?t|won'?t) (?:even )?(?:show|turn|call|reply|respond|answer"
    r"|bother|get back|pick)\w*",
    r"stood (?:me|us) up",
    r"(?:no ?one|nobody) (?:even )?(?:showed|turned up|came|bothered|replied|responded|answered"
    r"|called|joined)",
    r"ghost\w*",
    r"ignor\w*",
    r"again",
    r"still",
    r"(?:not|n't) even",
    r"unanswered|unreturned|unacknowledged",
    r"postpon\w*|pushed back|reschedul\w*",
    r"lost (?:my|our|the)",
    r"forgot\w*",
)
# Hedges that turn sarcastic before a complaint: "I'm sure you're very busy, but ...".
BUSY_HEDGES = (
    r"(?:I'?m sure|I am sure|no doubt|I'?m certain|obviously|clearly|I get that|I'?m aware)"
    r" (?:that )?you(?:'re| are| must be| have been|'ve been)? (?:\w+ )?(?:busy|swamped|slammed"
    r"|inundated|important|overwhelmed|snowed under|a busy \w+)\b[^.!?\n]{0,12}?\bbut\b",
)
# Effort that went unrewarded: "I spent my entire weekend on ... and didn't even get feedback".
EFFORT = (
    r"(?:I|we)(?:'ve| have| had)? (?:\w+ )?(?:spent|put in|invested|sacrificed|poured|gave up"
    r"|took (?:a|the|time|half a) ?\w*|travell?ed|flew|drove|prepared|rearranged|worked|stayed up"
    r"|did (?:all|everything))",
)
NO_RETURN = (
    r"(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|not) (?:even |so much as |once )?(?:get"
    r"|got|receive|received|hear|heard|have|had|a) (?:a |any |so much as an? )?(?:single )?"
    r"(?:feedback|reply|response|acknowledg\w*|thanks|thank[- ]?you|word|call|answer|heads[- ]up"
    r"|update|note|decision)",
    r"without (?:even )?(?:a|an|any|so much as an?) (?:\w+ )?(?:feedback|reply|response"
    r"|acknowledg\w*|thanks|thank[- ]?you|word|call|answer|heads[- ]up)",
    r"(?:no|zero|not a|not one|nothing)(?: single)? (?:feedback|reply|response|acknowledg\w*"
    r"|thanks|word|call|answer)(?! needed| required| necessary)",
    r"got (?:nothing|silence)",
    r"(?:no ?one|nobody) (?:even )?(?:showed|turned up|came|replied|responded|answered|called"
    r"|bothered)",
)
# "Another week, another unanswered email."
AGAIN_AND_AGAIN = (
    r"another (?:day|week|month|monday|friday|year|morning|round|email|call|reminder),? another"
    r" (?:\w+ )?(?:unanswered|ignored|email|message|follow-?up|delay|excuse|reminder|voicemail"
    r"|postponement|no-?show|reschedul\w*|silence|deadline|promise|chase|nudge|rejection|week|day"
    r"|month)\w*",
)
# Rhetorical questions that blame.
RHETORICAL = (
    r"why (?:do|does|did|must|should|am|is|are) (?:I|we|it|you|no ?one|nobody)"
    r" (?:always|never|even|still|have to|keep|constantly|so)\b",
    r"why (?:haven'?t|hasn'?t|didn'?t|won'?t|can'?t|couldn'?t|wouldn'?t|is no ?one|has no ?one)"
    r" (?:you|anyone|anybody|no ?one|nobody|your \w+|I)\b",
    r"why is it so (?:hard|difficult)",
    r"(?:is|are|does|do|did|has|can) (?:any|some|no)(?:one|body)(?: over there| there)?"
    r" (?:even|actually|ever|else)? ?(?:read|reading|there|listening|home|alive|answer|care"
    r"|check|bother|look|work|doing|paying|deal|handl)\w*",
    r"(?:do|did|does|have|can) you (?:people |guys |lot )?(?:even|ever|actually) (?:read|check"
    r"|look|open|care|bother|answer|reply|listen|remember)\w*",
    r"do you (?:people|guys) ever",
    r"how (?:hard|difficult) (?:can|is|could|would)",
    r"is it (?:really |that |so |too |truly )*(?:hard|difficult|much)\b",
    r"how many more",
    r"(?:is|was) there (?:some|a|any) (?:good )?reason (?:why )?(?:nobody|no ?one|you|your|I)",
    r"am I (?:supposed|expected|meant) to",
    r"(?:were|was) (?:you|anyone|anybody) (?:ever|even) (?:planning|going|intending|thinking)",
    r"why (?:does|do|is|are|did) (?:every|all|each|nobody|no ?one)",
    r"how (?:many|much longer|long) (?:more )?(?:\w+ )?(?:do|must|should|will) (?:I|we)"
    r" (?:have to )?(?:wait|chase|ask|write|email|call|follow up)",
    r"what(?:'s| is) taking (?:so|this) long",
    r"what(?:'s| is) (?:so )?(?:hard|difficult) about",
    r"am I (?:invisible|talking to (?:a|the) wall)",
    r"too much to ask",
    r"is that really so",
)
# Reproach and guilt.
GUILT = (
    r"(?:kept|keep|keeping|left|leave|leaving) (?:me|us|people|candidates|someone) (?:\w+ )?"
    r"(?:waiting|hanging|in the dark|guessing|in limbo)",
    r"(?:patiently|endlessly) waiting",
    r"would(?:'ve| have) been (?:nice|good|polite|courteous|decent|great|helpful) to",
    r"the least (?:\w+ ){0,2}?could",
    r"you could (?:at least|have at least) (?:have )?\w+",
    r"I (?:deserve|deserved|expected better|thought better)",
    r"you (?:could|should|might)(?:'ve| have) (?:at least )?(?:replied|responded|answered|told|let"
    r"|called|written|gotten back|got back|warned|informed|said)",
    r"after (?:all|everything) (?:the|my|I'?ve|I have|I|we'?ve|we)\b",
    r"I gave up (?:a|my|the|an)\b",
    r"I turned down",
    r"(?:common|basic|simple|professional|bare|minimum) courtesy",
    r"(?:didn'?t|did not|could(?:n'?t| not)?|can'?t|won'?t|no ?one|nobody)(?: even)? (?:be )?"
    r"bother\w*",
    r"not (?:so much as|even) (?:an?|one|the) (?:single )?(?:acknowledg|reply|response|email"
    r"|call|note|courtesy|word|message|update)\w*",
    r"got (?:nothing|silence|no \w+) (?:in return|back|for it)",
    r"(?:I|we)(?:'ve| have)? earned (?:a|an|the|some|at least|more)",
    r"(?:I'?d|I would|we'?d|we would) have (?:hoped|expected|thought) (?:for )?(?:at least|a bit|some"
    r"|more|better)",
    r"more than halfway",
    r"(?:hoped|thought) (?:I|we) (?:meant|mattered|was worth|were worth)",
    r"put (?:my|our) (?:heart|soul|everything|all) into",
    r"(?:worth|mean) something to you",
    r"just one of (?:many|hundreds|dozens|thousands)",
    r"not how (?:serious|professional|real|good|decent|proper) (?:companies|people|businesses|firms"
    r"|teams|recruiters)",
    r"basic (?:respect|decency|manners)",
    r"(?:shouldn'?t|should not) be optional",
    r"a bad look",
    r"(?:don'?t|do not) think it'?s (?:okay|ok|acceptable|fair|right|professional) to",
    r"for future reference",
)
# Sarcasm on its own.
SARCASM = (
    r"thanks? (?:you )?(?:so much |a lot )?for [\"']?nothing",
    r"what a surprise",
    r"shocker",
    r"funny how",
    r"(?:must be|must have been|it'?s) nice (?:to|being)\b(?! (?:meet|see|hear|speak|talk|work))",
    r"(?:^\W*|\bwell,? )so much for",
    r"oh well",
    r"hello\?|seriously\?|really\?",
    r"I (?:guess|suppose) (?:my|I|you|no ?one|nobody|it|that)\b[^.!?\n]{0,50}?"
    r"(?:n'?t|not|never|no ?one|nobody)\b",
    r"(?:apparently|clearly|obviously|evidently) (?:you|your|my|no ?one|nobody)\b",
    r"(?:^|,\s*)whatever\W*$",
    r"smh",
    r"(?:love|enjoy|appreciate|adore) (?:being )?(?:ignored|ghosted|kept waiting|left hanging"
    r"|waiting|chasing)",
    r"(?:thanks|thank you|nice|good|glad|great)\b[^.!?\n]{0,25}\bfinally (?:repl|respond|answer"
    r"|get|got|bother|call|acknowledg)\w*",
)
# Praise words that turn sarcastic next to a bad fact ("zero updates, brilliant").
PRAISE = (
    r"brilliant",
    r"great",
    r"wonderful",
    r"fantastic",
    r"lovely",
    r"perfect",
    r"awesome",
    r"terrific",
    r"super",
    r"excellent",
    r"marvell?ous",
    r"splendid",
    r"amazing",
    r"impressive",
    r"nice",
    r"good job",
    r"well done",
    r"bravo",
    r"stellar",
    r"love (?:it|that|how)",
)
# Nothing happened: "zero updates", "not a word", "another week without news".
NOTHING = (
    r"(?:zero|no|not (?:a|one)(?: single)?|without (?:a|an|any)(?: single)?|never (?:a|any))"
    r" (?:\w+ )?(?:" + "|".join(NEWS) + r"|peep|contact|progress|acknowledg\w*|call|email"
    r"|message|follow-?up|replies|responses|updates|emails|calls)s?\b",
    r"still (?:nothing|no\b)",
    r"nothing (?:from you|back|at all|yet|again)",
    r"(?:radio )?silence|crickets",
    r"(?:unanswered|unreturned|unacknowledged) (?:\w+ )?(?:emails?|messages?|calls?|voicemails?"
    r"|follow-?ups?|questions?|notes?)",
    r"another (?:day|week|month|year)\b(?! or)",
    r"not so much as",
)
# Complaints about silence on their own.
WHINES = (
    r"still (?:nothing|no (?:word|news|reply|response|answer|update|feedback|decision)"
    r"|haven'?t heard|not heard|have(?:n'?t| not) (?:received|got))",
    r"heard nothing",
    r"never (?:heard|got|received|get|hear)(?: back| anything| from| a \w+| any \w+)",
    r"radio silence|crickets",
    r"(?:no ?one|nobody) (?:has |ever |even |could |would |will |can )*(?:replie|respond|answer"
    r"|got|gets|bother|call|read|tell|told|follow)\w*",
    r"not (?:a|one) (?:single )?(?:word|reply|response|peep)",
    r"(?:emails?|messages?|calls?|follow-?ups?|reminders?|days|weeks|months)(?: now)? and counting",
    r"(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not) (?:heard|received|got(?:ten)?|had)"
    r" (?:a single \w+|a word|a peep|one word|one single \w+)",
    r"(?:third|fourth|fifth|sixth|seventh|umpteenth|nth|\d+(?:rd|th)) (?:\w+ )?(?:time|email"
    r"|message|attempt|follow-?up|voicemail|reminder|nudge|call)s?",
)
# Waiting that is plainly a complaint when counted or timed ("waiting for weeks", "still no reply").
WAITED = (
    r"wait(?:ed|ing)",
    r"chas(?:ed|es|ing)",
    r"no(?: \w+)? (?:reply|replies|response|word|news|answer|update|feedback)",
    r"heard nothing|nothing|silence|not a (?:single )?word",
)
# Writing again, harmless on its own ("just following up"), a complaint when counted.
WROTE = (
    r"writ(?:e|es|ing)",
    r"follow(?:ed|ing)?[- ]?up",
    r"follow-?ups?",
    r"nudg(?:e|es|ed|ing)",
    r"remind(?:ed|ing|ers?)?",
    r"ask(?:ed|ing)?",
    r"email(?:ed|ing|s)?",
    r"messag(?:e|ed|es|ing)",
    r"(?:sent|written|emailed|called|messaged) you",
    r"the one (?:chasing|asking|writing)",
)
# Counting the attempts: whining next to any waiting or writing word.
COUNTED = (
    r"yet (?:another|again)",
    r"over and over",
    r"(?:time and|again and) (?:time )?again",
    r"keep (?:on )?having to",
    r"(?:have|having|had) to keep",
    r"(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th)) (?:time|email|message"
    r"|attempt|follow-?up|voicemail|reminder|nudge|call)s?",
    r"(?:two|three|four|five|six|several|multiple|many|countless|\d+) (?:times|emails|messages"
    r"|calls|voicemails|reminders|follow-?ups)",
    r"endless(?:ly)?",
)
# Persistence and time: whining next to a waiting word ("still waiting", "always chasing").
PERSISTED = (
    r"still",
    r"again",
    r"always",
    r"every (?:single )?time",
    r"constantly",
    r"repeatedly",
    r"(?:for|over|nearly|almost|more than) (?:" + "|".join(NUMBERS) + r")"
    r" (?:\w+ )?(?:days|weeks|months|years)",
    r"(?:for|in) (?:ages|weeks|months|so long|this long|forever)",
    r"forever|ages|long enough|so long|this long",
)
# A span of time on its own ("three weeks and not so much as ...", "ten days, zero updates").
DURATIONS = (
    r"(?:" + "|".join(NUMBERS) + r") (?:whole |full |long )?(?:days|weeks|months|years|day|week"
    r"|month)",
    r"ages|forever|so long|this long",
)
# Profanity, matched with masked (f***, s#!t) and leetspeak (sh1t) spellings.
# A trailing "*" allows any ending (fucking, shitty, damned).
PROFANITY = (
    "fuck*",
    "shit*",
    "bullshit*",
    "damn*",
    "dammit",
    "goddam*",
    "crap*",
    "piss*",
    "bastard*",
    "bitch*",
    "asshole*",
    "arsehole*",
    "bollocks",
    "bugger*",
    "wanker*",
    "prick",
    "cunt*",
    "twat*",
    "hell",
    "bloody",
)
# Already short or oddly spelled forms, matched as they are.
CURSES = (
    r"wtf|wth|ffs|omfg|stfu|fml",
    r"f[*#@$%!]+(?:ck|k|kin[g']?|in[g']?|ing|ed)?",
    r"fcking|fckin|fkn|fking|effing|frick\w*|friggin\w*|freakin\w*|sodding",
    r"jeez|jesus christ|christ almighty",
    r"sucks?|screw (?:you|this|it|that)",
    r"(?:this is|total|utter|complete|such) (?:bs|b\.s\.)",
    r"for (?:god'?s|crying out loud|heaven'?s|pete'?s|fuck'?s) sake",
    r"pissed (?:off)?",
)
# Leetspeak and masking: a letter may be written as any of these.
LEET: dict[str, str] = {
    "a": "a@4",
    "e": "e3",
    "i": "i1!l",
    "o": "o0",
    "s": "s$5",
    "t": "t7+",
    "u": "uv",
    "l": "l1",
}
MASKS = "*#@$%!_.-"

# --- what is harmless ---------------------------------------------------------------------------

# Courtesy and sympathy: a sentence with one of these is not read as a complaint by the weaker
# signals (VADER, mild anger words, waiting words).
COURTESY = (
    r"sorry",
    r"apolog\w*",
    r"no (?:pressure|rush|worries|problem|hurry|need|obligation)",
    r"not a problem",
    r"not in a hurry",
    r"(?:happy|glad|fine|okay|ok|content) to (?:wait|hold)",
    r"(?:don'?t|do not) mind",
    r"(?:don'?t|do not) want to (?:bother|bombard|pester|overwhelm|spam|flood|clutter|annoy|impose"
    r"|crowd|fill)",
    r"take (?:all )?the time",
    r"don'?t hesitate",
    r"hope",
    r"(?:for|on) (?:you|your end|your \w+)\b",
    r"I (?:know|imagine|reali[sz]e|appreciate|understand)",
    r"understand\w*",
    r"in case",
    r"(?:reduc|prevent|avoid|cut|fight|stop|eliminat|detect|tackl|solv|fix|lower|minimi[sz]"
    r"|protect|resolv)\w*",
    r"thanks? (?:you )?(?:so much )?for (?:your|the|being|taking|letting|all|considering)",
    r"but (?:I|we) (?:\w+ )?(?:appreciat|enjoy|valu|understand|respect|am grateful|loved|wish)\w*",
)
# The target of a mild complaint: a sentence about them, the process or the wait.
TARGETS = (
    r"you",
    r"your",
    r"this",
    r"that",
    r"the (?:process|delay|wait|silence|way|whole|experience|lack)",
    r"no ?one",
    r"nobody",
    r"keeps?",
    r"still",
    r"again",
    r"waiting",
)


# --- what a sentence does ---------------------------------------------------------------------

# Withdrawing is a decision when stated ("I am withdrawing my application"), a threat when hedged
# as something I may be pushed to ("I'll have to withdraw", "I'm considering pulling out").
HEDGES = (
    r"be (?:forced|obliged|compelled|required|left with no (?:choice|option)) (?:but )?to",
    r"(?:have|had) no (?:other )?(?:choice|option|alternative) (?:but|than) to",
    r"(?:start|begin)(?:ning)? to",
    r"(?:be |am |'m )?(?:seriously )?(?:consider|think|thinking|contemplat)\w*(?: about| of)?",
    r"(?:be |am |'m )?tempted to",
    r"reconsider(?:ing)?(?: and)?",
    r"be (?:looking|exploring|going)",
)
# What a threat to withdraw withdraws.
WITHDRAW_ONLY = (
    r"withdr[ae]w\w*",
    r"resc[iu]nd\w*",
    r"pull(?:ing)? (?:out|the plug|my \w+|our \w+)",
    r"cancel\w* (?:the|my|our|this) \w+",
    r"mov(?:e|ing) on\b",
    r"(?:accept|tak|sign|go(?:ing)? with)\w* (?:\w+ ){0,4}?(?:other|another|different|competing) \w+",
)
# Legal steps and formal complaints: a threat whenever they are about to be taken.
LEGAL = (
    r"(?:my|our) (?:lawyer|solicitor|attorney|legal counsel|legal advisers?|legal representatives?)s?",
    r"(?:a |in |constitute\w* a |treated as a )breach\b",
    r"act accordingly",
    r"legal position",
    r"(?:keeping|keep|kept) (?:a )?(?:record|note|log) of (?:every|all|each)",
    r"legal (?:action|options?|steps?|proceedings?|claims?|route|recourse|remed(?:y|ies)|measures)",
    r"(?:take|taking|took|drag\w*) (?:you|your \w+|this|the matter|it|them) to court",
    r"sue|suing|lawsuit|small claims|court action|tribunal",
    r"debt (?:collect\w*|recovery)|collections? agency",
    r"(?:contact|call|consult|involve|instruct|brief|hear from) (?:my|our) (?:lawyer|solicitor|attorney"
    r"|legal (?:team|counsel|department|representatives?))s?",
    r"(?:formal|official) (?:legal )?(?:claim|complaint|grievance)",
    r"report\w* (?:you|your \w+|this|it|the matter) to (?:the )?(?:\w+ )?(?:authorit|regulator"
    r"|ombudsman|bbb|better business|board|police|standards)\w*",
)
# What happens to them if they do not act: "we will have to freeze your details".
PENALTIES = (
    r"(?:freez|suspend|clos|deactivat|terminat|blacklist|block|delet|remov|cancel|withhold|revok)\w*"
    r" (?:your|you)\b(?! (?:from (?:my|our) (?:list|mailing list|emails?)|know|file|loop|ticket"
    r"|case|request|enquiry|inquiry|query))",
    r"blacklist\w*",
    r"(?:no longer|not) (?:be able to )?(?:represent|consider|work with|do business with|support"
    r"|recommend|put you forward for) (?:you|your)\b",
    r"(?:lead|leads|led) to (?:an? |the )?(?:\w+ )?(?:decline|rejection|ban|blacklist\w*|termination"
    r"|cancellation|removal|disqualification)",
    r"no (?:other )?(?:option|choice|alternative) (?:than|but)",
    r"make your life (?:miserable|hell|difficult)",
    r"(?:you(?:'ll| will)|you are going to|you're going to) regret",
)
# Going over their head: I or we, about to take it to someone above them or to the public.
ESCALATE = (
    r"(?:contact|reach out to|raise (?:this|it) with|mention\w* (?:\w+ )?to|loop(?:ing)? in|cc'?d?"
    r"|copy(?:ing)?(?: in)?|forward\w* (?:this|it) to|go(?:ing)? to|speak(?:ing)? (?:to|with)|talk\w* to"
    r"|tak\w* (?:this|it) (?:up )?(?:with|to)|escalat\w* (?:this |it )?to|writ\w* to|email\w*|call\w*"
    r"|try|trying|going over \w+ head to)\w* (?:\w+ )?(?:your|their|his|her) (?:\w+ )?(?:"
    + "|".join(AUTHORITY)
    + r"|hr|board|legal|superiors?|higher-?ups?)\b",
    r"(?:take|taking) (?:this|it|the matter) (?:further|higher|elsewhere)",
    r"whoever is above (?:you|them)",
    r"(?:leave|leaving|post|posting|write|writing|share|sharing) (?:an? )?(?:honest |public |detailed )?"
    r"(?:review|experience|story)\w* (?:\w+ ){0,4}?on (?:glassdoor|indeed|linkedin|twitter|reddit|google"
    r"|trustpilot|yelp|g2)",
    r"(?:glassdoor|trustpilot) review",
)
# Desperation and neediness.
DESPERATION = (
    r"(?:really |badly |desperately |truly |so )?need (?:this|the|that) (?:job|role|position|work|deal"
    r"|contract|sale|opportunity|money|income|paycheck)\b(?! (?:to|description|title|posting))",
    r"how (?:much|badly) (?:I|we) (?:need|want)",
    r"desperate(?:ly)?",
    r"(?:I'?m |I am )?begging|(?:I |we )beg(?: of)? you",
    r"please,? please",
    r"(?:I )?(?:don'?t|do not) know what (?:else )?(?:I'?ll|I will|I'?d|I would|I can|to) do",
    r"(?:I'?ll|I will|I would|I'?d) (?:do|take|accept) (?:literally )?anything",
    r"(?:lose|losing|lost) (?:my|our) (?:house|home|apartment|flat|car|mind|sanity)",
    r"(?:my|our) (?:last|only|final) (?:hope|chance|shot|option)",
    r"(?:my|our) (?:family|families|kids|children|rent|mortgage|bills) (?:depends?|depend|relies|rely"
    r"|(?:is|are) (?:depending|relying|counting))",
    r"sell (?:a|my) kidney",
    r"at (?:the end of my rope|my wits'? end)",
    r"(?:I'?m|I am) running out of (?:money|savings|options|hope)",
    r"(?:please|pleading)[^.!?\n]{0,30}?\b(?:give me (?:a|one|this) chance|hire me|pick me|choose me)",
    r"(?:can'?t|cannot) (?:afford|survive) (?:to lose|another|without)",
    r"(?:really|badly|desperately|truly) need (?:this|it|the \w+|a \w+)\b(?! to\b)",
    r"barely (?:sleeping|eating|coping|getting by)",
    r"(?:work|do it|start) for (?:less|free|nothing)",
    r"(?:riding|depends|hinges|rests) on (?:it|this|you)\b",
)
# Guilt in other words: "I guess no interest", "this is how you repay me".
GUILT_MORE = (
    r"(?:guess|suppose|take it|see) (?:there'?s |there is |you have |you'?ve |there was )?(?:no|zero"
    r"|little) interest",
    r"(?:guess|suppose|take it) (?:you|they)(?:'re| are)(?: just| simply)? not (?:interested|bothered)",
    r"(?:this is|that'?s|is this|so this is) how you (?:repay|treat|thank|reward)",
    r"you owe (?:me|us)",
    r"if you (?:really|truly|actually|even) cared",
    r"(?:I|we) (?:sacrificed|gave up so much|turned down)",
    r"(?:for|after) all the (?:times|effort|work|hours|time|energy) (?:I|we)",
)
# Reminding them of what they said: "X personally told me I would hear by Friday".
SAID = (
    r"(?:told|assured|promised|guaranteed) (?:me|us) (?:personally |directly |explicitly )?(?:that )?"
    r"(?:I|we)(?:'d| would| will| should| was going to| were going to)",
    r"(?:personally|specifically|explicitly|clearly) (?:told|assured|promised|said to) (?:me|us)",
    r"(?:your|his|her|their) (?:personal )?(?:assurances?|word|promises?)\b",
    r"(?:make|made|making) (?:a )?commitments? and (?:stick|keep|stand)",
    r"(?:stick|keep) to (?:your|their) (?:word|commitments?|promises?)",
    r"you (?:said|told me|mentioned)[^.!?\n]{0,40}?(?:and|but) (?:it'?s|it is|here we are|now)",
)
# Their answer, in any form: what a deadline or a demand is about.
THEIR_ANSWER = (
    r"hear(?:ing)? (?:back )?(?:from (?:you|your \w+) )?",
    r"(?:an? |your |the )?(?:" + "|".join(NEWS) + r")s?",
    r"(?:be|been|is|are) (?:resolved|settled|paid|signed|returned|completed|sorted|answered"
    r"|confirmed|received|made)",
)
# Saying they have not answered, unless it is said as a possibility ("in case you haven't seen it").
NOT_ANSWERED = (
    r"you(?: still)? (?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never) (?:yet |even )?"
    r"(?:responded|replied|answered|gotten back|got back|come back|gotten in touch|returned"
    r"|acknowledged|bothered|written back|called back|followed up)",
)
# Complaints about the wait without an emotion word.
WAIT_MORE = (
    r"(?:tried|attempted|been trying|tries|attempts?)(?: repeatedly)? (?:\w+ ){0,3}?(?:to )?(?:reach"
    r"|contact|call|email|get (?:hold of|through to|in touch with)|phone|ring|connect with|get an? \w+)"
    r"\w* (?:\w+ ){0,5}?(?:several|multiple|many|numerous|countless|repeated|a (?:few|number of"
    r"|couple of)|two|three|four|five|\d+) (?:times|ways|methods|occasions)",
    r"(?:tried|attempted) (?:repeatedly|again and again|over and over|everything)",
    r"(?:attempt|try|email|message|reminder|nudge|follow-?up|call) (?:number|no\.?|#) ?\w+",
    r"(?:sent|forwarded|resent|shared|submitted|attached|mentioned|asked)(?: you)? (?:\w+ ){0,3}?"
    r"(?:twice|three times|several times|multiple times|many times|repeatedly)",
    r"as (?:I|we) (?:have|'ve) (?:done|said|asked|written|mentioned) (?:repeatedly|several times|many times"
    r"|before|already)",
    r"it'?s (?:now )?been (?:over |more than |nearly |almost |well over )?(?:a|one|two|three|four|five|six"
    r"|\d+|several) (?:\w+ )?(?:days?|weeks?|months?)(?: now)?\W*$",
    r"still (?:sitting|waiting) (?:here|around)",
    r"(?:no ?one|nobody) (?:has |have )?(?:said|told|sent|contacted|reached|been in touch|updated|let)\w*",
    r"(?:repeated(?:ly)?|various|numerous|countless|multiple) (?:attempts|methods|tries|emails|calls"
    r"|messages|voicemails|reminders)",
    r"(?:called|emailed|written|wrote|messaged|phoned|rung|rang|pinged|chased|reached out|followed up"
    r"|left (?:you )?(?:a |several |two |three )?(?:messages?|voicemails?))(?: to)? (?:you )?"
    r"(?:\w+ ){0,3}?(?:twice|three times|four times|several times|multiple times|many times"
    r"|numerous times|repeatedly|a (?:few|number of|couple of) times|\d+ times)",
    r"(?:I|we) should (?:have|'ve) (?:heard|had|received|gotten|got|been told)(?: \w+){0,4}? by now",
    r"(?:it'?s|it has|it is|it'?s been) been (?:over |more than |nearly |almost )?(?:"
    + "|".join(NUMBERS)
    + r") (?:\w+ )?(?:days|weeks|months)(?: now)?(?: and| without| with no)",
)
# Insults without a curse word.
INSULTS = (
    r"tacky",
    r"inept\w*",
    r"amateur(?:s|ish)?",
    r"clowns?",
    r"idiot\w*",
    r"morons?|moronic",
    r"stupid\w*",
    r"dumb(?:est|er)?",
    r"imbecil\w*",
    r"(?:tiny|little|pathetic|measly|pitiful|petty|silly|two-bit|mickey mouse) (?:role|job|company"
    r"|firm|startup|outfit|position|salary|offer|team|business|shop)",
    r"entitle(?:d|ment)",
    r"arrogan\w*",
    r"distasteful",
    r"disgust\w*",
    r"pompous",
    r"condescend\w*|patroni[sz]\w*",
    r"(?:get|take) (?:a|some) (?:lessons?|class(?:es)?|course) (?:in|on)",
    r"learn (?:how )?to (?:do your job|read|communicate|write|spell|count)",
    r"(?:not|n'?t|never) (?:doing|do|did) your (?:job|jobs)",
    r"do your (?:job|jobs)(?: properly| right| correctly)?\W*$",
    r"(?:can'?t|cannot|couldn'?t|unable to) (?:even )?(?:read|spell|count|write) (?:a|an|my|plain|simple)",
    r"lmf?ao|rofl|bahaha\w*",
    r"(?:don'?t|do not|never) (?:ever )?(?:write|email|contact|call|message|bother) (?:me|us) again",
    r"(?:frigid|cold|robotic|hostile|arrogant) (?:\w+ )?(?:demeanou?r|manner|attitude|tone|style)",
    r"(?:feigned|fake|phony|phoney|faked) (?:\w+ )?(?:passion|interest|enthusiasm|concern|smile)",
    r"(?:all )?an act\b|a (?:sham|scam|farce)",
    r"(?:hope|wish) (?:you|that you)(?:'re| are| get| end up)? (?:stuck|miserable|fired|choke|suffer)\w*",
    r"(?:your|the) (?:kind|type|sort) of (?:people|person)",
    r"not (?:going to |gonna )?(?:continue to |keep )?wast\w* (?:\w+ )?(?:time|energy|breath)",
)
# Sarcasm in other words.
SARCASM_MORE = (
    r"(?:good|best of|lots of) luck with that",
    r"(?:loved|love|enjoyed|enjoy) (?:hearing|getting|receiving) (?:absolutely )?(?:nothing|zero|no)",
    r"in case your (?:email|inbox|phone|keyboard|internet|mail|server)s? (?:has been|is|was|have been"
    r"|are) (?:broken|down|lost|dead)",
    r"congrat\w* (?:on|for) your (?:great|excellent|amazing|stellar|wonderful|fantastic|outstanding"
    r"|superb) (?:communication|responsiveness|organi[sz]ation|process|follow-?up|timing)",
    r"someone (?:much |far |so )?better\b",
    r"truly a model",
    r"your (?:talent|gift|skill|knack|flair|genius|gift) for (?:ignor|ghost|avoid|dodg|los|forgett"
    r"|miss|delay|stall)\w*",
    r"love the (?:sense of|way you|entitlement|attitude|silence)",
    r"(?:worthy of|deserves?|earn\w*) (?:an?|the) (?:\w+ )?(?:oscars?|awards?|medal|prize|trophy)",
    r"pull(?:ed)? the wool",
    r"by (?:well|that),? I (?:mean|meant)",
    r"(?:must|should) be (?:a |some )?(?:record|new record)",
    r"(?:congrat\w*|well done|bravo) (?:on|for) (?:\w+ ){0,3}?(?:ignor|ghost|silence|los|wast|nothing"
    r"|never)\w*",
)
# Anger made plain by an intensifier ("We're very disappointed").
ANGER_MORE = (
    r"(?:very|so|really|deeply|extremely|incredibly|quite|most|bitterly|utterly|hugely|thoroughly)"
    r" (?:disappointed|frustrated|annoyed|upset|unhappy|displeased|irritated|dissatisfied)"
    r"(?! (?:to (?:hear|learn|see|read|find|miss|say)|for you|that you (?:had|have|were)))",
    r"make your life (?:miserable|hell|difficult)",
)

# What I or we will do that leaves or hurts them: a threat after a condition ("if ..., we'll switch").
LEAVING = (
    r"cancel\w*",
    r"switch\w*",
    r"migrat\w*",
    r"(?:go|going) with (?!you)\w+",
    r"gone\b",
    r"off the market",
    r"(?:give|hand|offer|release)\w* (?:it|them|the \w+|your \w+) to (?:them|someone|somebody|another"
    r"|other)",
    r"tak\w+ (?:\w+ ){0,3}?(?:to|elsewhere)\b",
    r"pull\w* (?:it|out|the \w+)",
    r"consider (?:\w+ ){0,3}?(?:rejected|withdrawn|closed|over|void|dead)",
    r"(?:won'?t|will not|shan'?t) be (?:available|offering|able to (?:hold|keep|offer))",
    r"(?:drop|stop|end|terminate)\w* (?:you|it|the \w+|our \w+|this)",
    r"(?:look|shop)\w* (?:elsewhere|around)",
    r"(?:move|moving) (?:our|my) (?:\w+ )?(?:spend|business|account|budget|money)",
)
# A condition set on them: "if you can't", "unless", "the moment", "one more ... and".
CONDITION_ON_THEM = (
    r"if (?:you|your|the|it|this|that|there|nobody|no ?one|someone|I'?m not|I am not|we'?re not)\b",
    r"unless\b(?! (?:you(?:'d| would)? (?:prefer|rather|want|need|object|mind)))",
    r"the moment",
    r"one more \w+",
    r"another \w+ (?:of|like)",
    r"or else|otherwise",
)
