"""Tests for the tone checks: training rounds by family of phrasing, and property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followthrough.tone import CONTROLLING, NEGATIVE, WORDING, ToneHit, scan

N, C = NEGATIVE, CONTROLLING

BAD: list[tuple[str, str]] = [
    # negative: guilt
    ("You kept me waiting for three weeks without a word.", N),
    ("I've been patiently waiting for weeks to hear anything.", N),
    ("It would have been nice to hear something, even a no.", N),
    ("Honestly, you've left me hanging since the interview.", N),
    ("I waited over two weeks for this update.", N),
    ("You could have at least replied to say the role was filled.", N),
    ("After all the time I put into the take-home task, I expected better.", N),
    ("Is it really too much to ask for a quick reply?", N),
    ("A little common courtesy goes a long way.", N),
    ("Nobody could even be bothered to send a rejection email.", N),
    ("I'm still waiting on the feedback you mentioned.", N),
    ("I've been waiting ages for the contract.", N),
    # negative: anger / shame
    ("I'm disappointed that nobody has followed up.", N),
    ("This is ridiculous, it has been a month.", N),
    ("Frankly it's rude not to reply to a candidate after four interviews.", N),
    ("The way this process has been handled is completely unprofessional.", N),
    ("I find the silence pretty disrespectful.", N),
    ("I'm getting really frustrated with how long this is taking.", N),
    ("This whole experience has been incredibly annoying.", N),
    ("Being ignored like this is unacceptable.", N),
    ("I feel like I've been ghosted after the final round.", N),
    ("Honestly I'm fed up with chasing your team.", N),
    ("You're wasting my time with all these delays.", N),
    ("How hard can it be to send a two-line email?", N),
    ("I'm upset that the interview was cancelled twice without explanation.", N),
    ("I guess my application wasn't worth a reply.", N),
    ("Apparently my time doesn't matter to your company.", N),
    # negative: whining
    ("Still nothing from you?", N),
    ("Still no word on the proposal.", N),
    ("Yet again, I'm writing to ask about the status.", N),
    ("I never heard back after the second interview.", N),
    ("This is my fourth email about the same question.", N),
    ("Not a single reply in three weeks.", N),
    ("Radio silence since our call on the 3rd.", N),
    ("No one has replied to any of my messages.", N),
    ("I have emailed you five times now.", N),
    # negative: sarcasm
    ("Thanks for nothing.", N),
    ("Is anyone even reading these?", N),
    ("Must be nice to never answer your email.", N),
    ("So much for getting back to me next week.", N),
    ("What a surprise, another week without news.", N),
    ("Hello? Anyone there?", N),
    # negative: cursing and plain hostility
    ("Damn, this is taking forever.", N),
    ("wtf is going on with my application", N),
    ("What the hell happened to the offer letter?", N),
    ("This process sucks.", N),
    ("Your hiring process is a total joke and a disgrace.", N),
    ("I hate how this has been handled, it is awful.", N),
    # controlling: ultimatum / threat to withdraw
    ("If I don't hear back by Friday I'll withdraw my application.", C),
    ("If I haven't heard from you by Monday, I will take another offer.", C),
    ("I'll assume you're not interested if there's no reply this week.", C),
    ("Unless I get an answer soon I'm going to move on.", C),
    ("I'm withdrawing from the process if this drags on.", C),
    ("I'll have to accept a competing offer.", C),
    ("This is your last chance to secure the discounted price.", C),
    ("Otherwise I will look elsewhere for a supplier.", C),
    ("I may need to pull my application.", C),
    ("We will go with another vendor if we don't hear by Thursday.", C),
    # controlling: promise
    ("You promised you'd call me last Tuesday.", C),
    ("As promised by your recruiter, I should have had feedback already.", C),
    ("You said you would get back to me within a week.", C),
    ("Your team told me they would send the offer on Monday.", C),
    ("You were supposed to send the contract yesterday.", C),
    ("You broke your promise to update me.", C),
    ("I was promised an answer by the end of last month, as you promised.", C),
    # controlling: deadline
    ("Please respond by Monday.", C),
    ("I need an answer by the 5th.", C),
    ("Kindly reply within 48 hours.", C),
    ("I expect a decision this week.", C),
    ("Let me know by end of day whether we're moving forward.", C),
    ("Get back to me before Thursday with the numbers.", C),
    ("Please confirm no later than noon tomorrow.", C),
    ("I need your feedback ASAP.", C),
    ("Your decision is due by the 20th.", C),
    # controlling: demand
    ("I demand an explanation for the delay.", C),
    ("You need to give me a straight answer.", C),
    ("You must respond to this email.", C),
    ("I insist on speaking with the hiring manager.", C),
    ("I expect you to call me today.", C),
    ("You'd better have an update for me.", C),
    ("We require a firm response from your procurement team.", C),
    ("You've been promising an update for a month.", C),
    ("Consider this my withdrawal if the offer isn't improved.", C),
    ("We were promised a proposal by last Friday.", C),
    ("Your recruiter assured me I'd have feedback within days.", C),
    ("I'll be forced to take my business elsewhere.", C),
    ("I really need a response within two days.", C),
    ("I was told I'd hear back in a week, and that was a month ago.", C),
]

FINE: list[str] = [
    "The role looks promising and I'd love to learn more.",
    "No pressure at all, whenever suits you.",
    "I understand you're busy with the quarter close.",
    "I'm happy to wait until after the committee meets.",
    "Thank you for taking the time yesterday.",
    "I remain very interested in this role, following our preliminary discussion, so just "
    "wanted to check in and see what the next steps might be.",
    "If it would help, I can send references by Friday.",
    "Would Monday or Tuesday suit you for a call?",
    "Sorry to hear about the delay, hope all is well.",
    "I know hiring takes time.",
    "No rush.",
    "I'd hate to miss the chance to contribute.",
    "Just following up on my note from last week.",
    "Thanks again for the great conversation on Tuesday.",
    "I hope your week is going well.",
    "I wanted to share a short case study that might be relevant.",
    "Please let me know if there's anything else you need from me.",
    "Looking forward to hearing from you.",
    "I enjoyed meeting the team and learning about the roadmap.",
    "Happy to answer any questions about my portfolio.",
    "Could we find 20 minutes next week to go over the proposal?",
    "Congratulations on the product launch!",
    "As discussed, I've attached the updated pricing sheet.",
    "As promised, here are the references you asked for.",
    "I'm still very excited about the opportunity.",
    "I'm sorry I missed your call this morning.",
    "Apologies for the slow reply on my side.",
    "No worries if the timeline has shifted.",
    "If you need to reschedule, just let me know.",
    "Do you need anything else from me before the panel?",
    "You must be swamped with the end of the quarter.",
    "Is there anything else you need to know about my background?",
    "I was sorry to hear the project was put on hold.",
    "Unfortunately I'm travelling on Thursday, could we do Friday instead?",
    "I can send the signed NDA by Wednesday.",
    "We're excited to move on to the next stage.",
    "Hope the offsite went well!",
    "I'd welcome any feedback on the assignment.",
    "Thanks so much for the quick turnaround on the paperwork.",
    "I appreciate you keeping me in the loop.",
    "It was a pleasure speaking with you and Priya.",
    "I've attached my portfolio in case it's useful.",
    "Let me know what time works best for you.",
    "Is there a good time for a quick call?",
    "I'm available any time after 2pm on weekdays.",
    "I understand the decision may take a few more weeks.",
    "Whenever you have a moment, I'd love an update on next steps.",
    "I came across this article and thought of our conversation about churn.",
    "Wishing you a restful holiday break.",
    "Thank you for considering my application.",
    "Our pilot reduced support tickets by 30 percent, happy to share details.",
    "I'm not frustrated at all, I know these things take time.",
    "Please don't hesitate to reach out with any questions.",
    "Is there anything more I can send that would help your decision?",
    "I look forward to the next conversation.",
    "Thank you for the update about the hiring freeze.",
    "I'm sorry the interview had to be cancelled, I hope everyone is okay.",
    "The demo went really well, thank you for setting it up.",
    "I wanted to check in and see how the evaluation is going.",
    "Do you have a sense of when you expect to decide?",
    "I have another process moving, and this role is still my first choice.",
    "I'll be out of office next week but reachable by phone.",
    "Good luck with the board meeting tomorrow.",
    "I would be glad to meet the wider team.",
    "I'm flexible on the start date.",
    "Thanks for letting me know about the delay.",
    "Many thanks for your help with the visa question.",
    "Hi Sam, hope you had a good weekend!",
    "Our tool helps you reduce fraud and prevent costly losses.",
    "We help teams cut churn and avoid painful outages.",
    "I read about the layoffs at your company, that must be hard.",
    "I know the market has been difficult and budgets are tight.",
    "I was worried my email went to spam.",
    "I know the hiring freeze must be frustrating for you too.",
    "I lost your number, could you send it again?",
    "Thank you once again for your time.",
    "I'm available to start immediately.",
    "Whatever works best for you is fine with me.",
    "Thank you for the courtesy of a quick reply.",
    "Happy to answer any questions before Tuesday's panel.",
    "I'll send an update by Friday.",
    "Sorry to annoy you with another note.",
    "The promise of AI in logistics is huge.",
    "I promise to keep it short.",
    "I'll have the revised quote to you by Thursday.",
    "We'll confirm the venue by the 12th.",
    "Good to know, thanks!",
    "All you need to do is sign the attached form when convenient.",
    "I assume you're still reviewing applications, which is totally fine.",
    "I'm considering a few options for my start date.",
    "Feel free to reply whenever you get a chance.",
    "I'd be glad to hear from you next week.",
    "Let me know if you'd like me to send anything before Monday's call.",
    "No problem if the panel needs more time.",
    "",
    "   ",
]


def _rules(message: str) -> set[str]:
    return {hit.rule for hit in scan(message)}


@pytest.mark.parametrize(("message", "rule"), BAD)
def test_bad_message_is_flagged(message: str, rule: str) -> None:
    hits = scan(message)
    assert rule in {h.rule for h in hits}, hits
    for hit in hits:
        assert hit.phrase == message[hit.start : hit.end]
        assert hit.phrase.strip()
        assert hit.suggestion


@pytest.mark.parametrize("message", FINE)
def test_fine_message_is_not_flagged(message: str) -> None:
    assert scan(message) == []


def test_corpus_sizes() -> None:
    assert len(BAD) >= 60 and len(FINE) >= 60
    assert {r for _, r in BAD} == {N, C}


def test_every_problem_is_reported_once_in_order() -> None:
    message = (
        "Thanks for nothing, this is ridiculous. You promised, and I need an answer by Friday. "
        "Hope you are well."
    )
    hits = scan(message)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    assert [(h.rule, h.phrase) for h in hits] == [
        (N, "Thanks for nothing"),
        (N, "ridiculous"),
        (C, "You promised"),
        (C, "I need an answer by Friday"),
    ]
    assert all(isinstance(h, ToneHit) for h in hits)


def test_three_controlling_phrases_in_one_sentence_are_three_findings() -> None:
    message = (
        "You promised a decision, so send it by Friday or I will take my skills to a competitor."
    )
    phrases = [h.phrase for h in scan(message) if h.rule == C]
    assert len(phrases) >= 3, phrases


@pytest.mark.parametrize(
    ("message", "phrase"),
    [
        ("You\u2019ve wasted my time and I\u2019m fed up.", "wasted my time"),
        ("You said you\u2019d get back to me on Monday.", "You said you\u2019d"),
        ("Thanks for \u201cnothing\u201d.", "Thanks for \u201cnothing"),
        ("This is a sh\u200bit show.", "sh\u200bit"),
    ],
)
def test_typographic_and_invisible_characters_read_as_plain(message: str, phrase: str) -> None:
    hits = scan(message)
    assert hits, message
    assert any(phrase in h.phrase or h.phrase in phrase for h in hits), hits
    for h in hits:
        assert message[h.start : h.end] == h.phrase


def test_vader_only_hit_is_trimmed() -> None:
    message = "You " + "ruined destroyed wrecked " * 10 + "everything."
    hits = scan(message)
    assert [(h.rule, h.category) for h in hits] == [(N, "negative")]
    assert len(hits[0].phrase) <= 80
    assert hits[0].phrase == message[hits[0].start : hits[0].end]


def test_vader_needs_a_second_signal() -> None:
    assert scan("Our servers suffered a tragic failure and terrible losses last year.") == []
    assert scan("You ruined my week and destroyed my trust in this process.")


def test_offsets_survive_case_folding() -> None:
    message = "İstanbul İİ: you promised, and I AM LOSING MY COOL."
    hits = scan(message)
    assert {(h.rule, h.category) for h in hits} == {(C, "promise"), (N, "shouting")}
    assert all(h.phrase == message[h.start : h.end] for h in hits)
    assert [h.phrase for h in hits] == ["you promised", "AM LOSING MY COOL"]


def test_huge_and_odd_input() -> None:
    assert scan("x" * 1_000_000) == []
    assert scan("\x00\x07\u200b😀🔥" * 1000) == []
    hits = scan("You promised. " * 2000)
    assert len(hits) == 2000


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises(message: str) -> None:
    for hit in scan(message):
        assert 0 <= hit.start < hit.end <= len(message)
        assert hit.phrase == message[hit.start : hit.end]
        assert hit.rule in (N, C, WORDING)


# Round-1 hold-out: written after the first freeze, scored P=1.0 R=0.30 there, then used to
# diagnose the misses. It is no longer a hold-out; kept as extra training data.
ROUND1_BAD: list[tuple[str, str]] = [
    ("Three weeks and not so much as an acknowledgement.", N),
    ("I'm honestly a bit hurt that no one followed up after the final interview.", N),
    ("Frankly, the way candidates are treated here is shocking.", N),
    ("Do you people ever check your inbox?", N),
    ("I spent a whole weekend on your assignment and got silence in return.", N),
    ("Guess I'm just another number in your pipeline.", N),
    ("This is getting really old.", N),
    ("I've chased this four times now and I'm losing patience.", N),
    ("Your silence speaks volumes.", N),
    ("Great, another week with zero communication.", N),
    ("It's pretty insulting to be strung along like this.", N),
    ("Why is it so difficult to get a simple yes or no?", N),
    ("Crap, I really thought you'd have called by now.", N),
    ("I'm starting to feel like a pest for having to keep asking.", N),
    ("Seems like my emails are going straight to your trash.", N),
    ("I'd appreciate a decision by Wednesday at the latest.", C),
    ("If there's no reply by the 15th I will consider the deal off.", C),
    ("You gave me your word that the contract would be signed this month.", C),
    ("I have to insist that someone calls me back today.", C),
    ("Should I not hear anything by Monday, I'll be pursuing other opportunities.", C),
    ("I'll need your answer within the next 24 hours.", C),
    ("Your colleague promised me a callback on Thursday.", C),
    ("Unless the price is matched, we're walking away.", C),
    ("Reply by close of business or the quote expires.", C),
    ("You need to tell me today whether I got the job.", C),
    ("As you promised last week, I expect the paperwork to be finalised.", C),
    ("I'm giving you until Friday to make a decision.", C),
    ("I must have your feedback before the weekend.", C),
    ("I will be withdrawing my candidacy at the end of the week.", C),
    ("I want a clear answer on the salary, not more delays.", C),
]
ROUND1_FINE: list[str] = [
    "Hope you had a lovely long weekend.",
    "I wanted to say thanks again for introducing me to Maria.",
    "Is there anything I can clarify about my experience with Kubernetes?",
    "I saw the news about your Series B, congratulations to the whole team!",
    "Please take all the time you need.",
    "I'm still keen on the position and would love to hear any news when there is some.",
    "If the timing has changed, that's completely fine.",
    "Could you share who else I should speak with on the team?",
    "Happy to jump on a call whenever is convenient for you.",
    "I've attached the writing sample we talked about.",
    "Would it be useful if I put together a short proposal?",
    "I realise things are hectic before the holidays.",
    "Thanks for being so open about the process.",
    "Our integration saves most customers about five hours a week.",
    "I'd be delighted to meet the engineering leads.",
    "Just a gentle nudge in case my last note got buried.",
    "No problem at all if this needs to wait until January.",
    "I enjoyed hearing about the challenges your support team is tackling.",
    "Let me know if a different format for the references would be easier.",
    "I was glad to hear the project got approved.",
    "Please pass on my thanks to the panel.",
    "I've had a chance to reflect on our conversation and I'm even more excited.",
    "Would a short demo next Thursday be helpful?",
    "Sorry for the long email, I wanted to be thorough.",
    "I noticed a typo in my CV, so here is a corrected version.",
    "I understand if you've decided to go another direction.",
    "Thank you for the thoughtful feedback on my presentation.",
    "I'm around all week if any questions come up.",
    "It's been a pleasure getting to know the team.",
    "When you get a moment, could you let me know the likely timeline?",
]

# Round-2 hold-out: written after the second freeze, scored P=0.94 R=0.50 there; the misses
# showed the detector matched sentence shapes, not families. Now training data.
ROUND2_BAD: list[tuple[str, str]] = [
    ("Not even a courtesy call after I flew in for the onsite.", N),
    ("I feel completely disregarded by your team.", N),
    ("Honestly this is the worst hiring experience I've ever had.", N),
    ("Ten days, zero updates, brilliant.", N),
    ("Does anybody over there actually answer emails?", N),
    ("I'm really annoyed that the start date keeps slipping.", N),
    ("You people are impossible to reach.", N),
    ("I'm beginning to think you never intended to hire anyone.", N),
    ("Your lack of response is, frankly, embarrassing.", N),
    ("It's a bit much to ghost someone after four rounds.", N),
    ("Why do I always have to be the one chasing?", N),
    ("I can't believe I'm writing yet another follow-up.", N),
    ("This delay is absolutely infuriating.", N),
    ("Bloody hell, just tell me if it's a no.", N),
    ("I'm tired of being left in limbo.", N),
    ("Please get back to me by Thursday morning.", C),
    ("I'll need a yes or no by the end of the week.", C),
    ("If I don't have an offer in writing by Monday, I'm out.", C),
    ("You told me the budget was approved, so I expect the PO this week.", C),
    ("Remember that you committed to a start date of the 1st.", C),
    ("I will be accepting another position unless I hear from you soon.", C),
    ("Answer me within the hour, please.", C),
    ("We'll be moving on to a different supplier at the end of the month.", C),
    ("You have to make a call on this today.", C),
    ("I require written confirmation by 5pm.", C),
    ("Per your promise, the offer should have arrived by now.", C),
    ("I insist that the interview is rescheduled this week.", C),
    ("Failing a reply by Friday, I'll withdraw.", C),
    ("I'm expecting your decision no later than Wednesday.", C),
    ("Should you not reply by tomorrow, the discount is off the table.", C),
]
ROUND2_FINE: list[str] = [
    "I hope the quarter-end rush is treating you kindly.",
    "Thanks for the tour of the office, it was great to see the space.",
    "I've been thinking about the problem you described with onboarding.",
    "If you'd like, I can walk you through the pricing tiers.",
    "Just checking whether you had a chance to look at my portfolio.",
    "No need to reply if nothing has changed yet.",
    "Could you tell me a little more about the team structure?",
    "I'm sorry to hear your manager has been unwell, I hope she recovers soon.",
    "Would next week be a better time to reconnect?",
    "Thank you for thinking of me for this role.",
    "I've updated the proposal based on your comments.",
    "I'd love to hear how the trial went for your team.",
    "Happy Friday, and thanks again for the call.",
    "Please let me know whenever you're ready to talk numbers.",
    "I completely understand that priorities shift.",
    "It was exciting to hear about the expansion into Berlin.",
    "I'm following up in case my message slipped through the cracks.",
    "Is the team still planning to make a decision this month?",
    "I've cleared my calendar on Wednesday afternoon in case that suits.",
    "My apologies for the double email.",
    "Our customers usually see results within the first month.",
    "I can be flexible on the start date if that helps.",
    "Thanks for your patience while I gathered the references.",
    "I'm not in a hurry, so whenever works is fine.",
    "Wishing you and the team a smooth launch next week.",
    "If it's easier, I'm happy to chat with someone else on the team.",
    "I really enjoyed our conversation about data quality.",
    "It would be great to hear your thoughts when you have a moment.",
    "I know you're juggling a lot, thanks for fitting me in.",
    "Looking forward to staying in touch either way.",
]


# Round 3: one family at a time, several phrasings each, with near misses for precision.
ROUND3_BAD: list[tuple[str, str]] = [
    # request + time limit
    ("Send me the signed contract by Wednesday.", C),
    ("Reply to this email before 3pm tomorrow.", C),
    ("Just confirm by EOD, thanks.", C),
    ("Could you get back to me within 24 hours?", C),
    ("I'll be needing an answer by the 30th.", C),
    ("We require your signature no later than close of business Thursday.", C),
    ("I want the revised figures on my desk by Monday morning.", C),
    ("Get me a decision this week.", C),
    ("You have until Friday to respond.", C),
    ("Respond today, please.", C),
    ("I expect payment by the end of next week.", C),
    ("Respond within the next 48 hours.", C),
    # demand
    ("I need you to call me back immediately.", C),
    ("You must send the documents today.", C),
    ("We demand a full refund.", C),
    ("You have to give me an answer.", C),
    # condition + consequence, withdrawal
    ("If we don't get the figures by Tuesday, we'll take our business elsewhere.", C),
    ("Unless you can match the offer, I'll accept the position at the other company.", C),
    ("Failing that, we will cancel the order.", C),
    ("Otherwise I'm escalating this to your director.", C),
    ("Should I take your silence as a no?", C),
    ("I'll assume the role has been filled unless I hear otherwise.", C),
    ("I'm going to have to look at other candidates.", C),
    ("We'll be reviewing other suppliers if this isn't resolved.", C),
    ("Let us know by the end of the month or we'll go with another agency.", C),
    # promise
    ("You guaranteed delivery by the 10th.", C),
    ("Your manager swore the invoice would be paid this week.", C),
    ("You told us it would be done before Christmas.", C),
    ("Where is the update you promised?", C),
    ("You gave us your word on this.", C),
    ("You assured me the budget was signed off.", C),
    ("Per our agreement, you committed to weekly updates.", C),
    # anger and insult
    ("Your recruiters are completely clueless.", N),
    ("This is an absolute shambles.", N),
    ("Frankly the communication has been appalling.", N),
    ("Quite honestly, your team's behaviour is disrespectful.", N),
    ("I've never dealt with such an incompetent firm.", N),
    ("Your company is impossible to get hold of.", N),
    ("I'm livid about how this was handled.", N),
    ("It's beyond me why nobody can give a straight answer.", N),
    # sarcasm
    ("Another month, no news, fantastic.", N),
    ("Oh great, still no reply.", N),
    ("Wonderful, not a single update since March.", N),
    ("Nice of you to finally reply.", N),
    ("Thanks a lot for nothing.", N),
    ("Must be nice to take a month to answer an email.", N),
    ("Clearly my application isn't a priority.", N),
    ("I just love being ignored.", N),
    # rhetorical questions
    ("Did you even read my proposal?", N),
    ("Is anybody actually working on this?", N),
    ("How many more times do I have to ask?", N),
    ("Why does it always take you weeks to answer?", N),
    ("What is so hard about sending a quick email?", N),
    # whining: counting, persistence, duration
    ("Here I am, chasing you yet again.", N),
    ("I've now sent three emails and heard nothing.", N),
    ("It's been six weeks and still nothing.", N),
    ("Once again, no response.", N),
    ("I keep having to remind you about the invoice.", N),
    ("For the umpteenth time, where is my refund?", N),
    ("Still waiting, as always.", N),
    # guilt
    ("After everything I've done for this project, I get silence.", N),
    ("I turned down two other offers to wait for you.", N),
    ("You've wasted weeks of my time.", N),
    ("I took a day off to interview and never heard back.", N),
    ("You kept us hanging for a month.", N),
    ("The least you could do is reply.", N),
    # cursing, masked and leetspeak
    ("What the f*** is going on?", N),
    ("This is such bullsh*t.", N),
    ("Sh1t, I missed the deadline because of your delay.", N),
    ("Damned if I know why this is taking so long.", N),
    ("Pissed off doesn't begin to cover it.", N),
    ("FFS, just answer the question.", N),
    # shouting
    ("I NEED AN ANSWER NOW.", N),
    ("Where is my contract?!", N),
    ("Any news??", N),
    ("Please respond!!!", N),
]
ROUND3_FINE: list[str] = [
    "I'll send the draft contract by Wednesday.",
    "We can do Monday or Tuesday, whichever suits you.",
    "I can confirm the booking by Friday if that helps.",
    "Let me know if Thursday at 3pm works for you.",
    "Let me know whether you'd prefer to meet before Friday's review.",
    "Could you let me know when you're free next week?",
    "Please send over the agenda when you have a chance.",
    "Reply whenever it suits you, there's no deadline.",
    "I've been waiting for the right moment to share this idea.",
    "I always enjoy our conversations.",
    "Great to hear the launch went well!",
    "Brilliant, thanks for sending that over.",
    "Perfect, no need to change anything.",
    "Great, no problem at all.",
    "Thanks, no update needed from my side.",
    "We moved on to the next phase of the pilot.",
    "I understand if you go with another candidate.",
    "If you need more time, that's completely fine.",
    "If you'd prefer another supplier, I completely understand.",
    "Our discount runs until the end of the month.",
    "The offer letter mentioned a start date of the 1st.",
    "You mentioned you would be travelling, I hope the trip went well.",
    "You said you were happy with the proposal, so I've drafted the next steps.",
    "I promised my team I'd share the results by Friday.",
    "As promised, I'm attaching the slides.",
    "No need to rush, I'm happy to wait for your decision.",
    "I'm still very keen and happy to wait.",
    "I've been following the news about your expansion for weeks.",
    "Sorry to chase, I know you're busy.",
    "I hate to bother you, but did the invoice arrive?",
    "That must have been a frustrating week for your team.",
    "The problem you flagged with the export is fixed now.",
    "I've been thinking about the issue you raised with billing.",
    "Zero downtime is what our customers see after the migration.",
    "It's nice to see the project moving again.",
    "I always appreciate your quick replies.",
    "You must have had a hectic week.",
    "Please take your time and reply whenever suits.",
    "You're welcome to reply in your own time.",
    "Our team replies within 24 hours to every support ticket.",
    "Hope the move to the new office went smoothly.",
    "I'd love to hear back, but absolutely no pressure.",
    "The new release fixes the annoying login bug you reported.",
    "I was disappointed to miss the conference, hope it went well.",
    "Could you send me the address before the meeting?",
    "I need to move our call to Thursday.",
    "We need to reschedule, would Friday work?",
    "I'm not upset at all, these things happen.",
    "Just checking in again in case my note got buried.",
    "Thank you again for your patience.",
    "I still haven't decided which option suits us best.",
    "We have until Friday to submit the grant, so there's time.",
    "Congratulations on the funding round!!!",
    "I work with AWS and GCP daily.",
    "I'm a **big** fan of your design system.",
    "I have a BS in Computer Science and an MBA.",
    "I never heard of a better onboarding flow than yours.",
    "The ghost kitchen concept you described is fascinating.",
    "Let me know if you'd like to meet before the end of the month.",
]


# Round 4: the families the first blind hold-out showed missing, in new wording of their own,
# each with near misses that must stay quiet.
ROUND4_BAD: list[tuple[str, str]] = [
    # sarcastic verdict after a bad fact
    ("The interview was cancelled an hour before it started. Lovely.", N),
    ("Got an automated rejection after three rounds. Great job.", N),
    ("You rescheduled on me again. Brilliant.", N),
    ("Still no contract, two weeks after the verbal offer. Wonderful.", N),
    ("Nobody showed up to the call I booked. Very professional.", N),
    ("Turned down by a form letter, no reasons given - classy.", N),
    # repeating myself
    ("Per my previous email, the invoice was due on the 1st.", N),
    ("As I already explained, I can't start before March.", N),
    ("As I've said several times, the figures are in the attachment.", N),
    ("I sent the references on Monday. Again.", N),
    ("Like I said before, the budget is fixed.", N),
    ("Please see my previous email for the details you asked about.", N),
    # sarcastic busy hedge
    ("I'm sure you're extremely busy, but it's been a month since the final round.", N),
    ("No doubt you're swamped, but this is the third time I've asked.", N),
    ("Obviously you're very important, but I've been waiting for weeks.", N),
    ("I get that you're busy, but still no reply after ten days?", N),
    # disappointment aimed at the person
    ("Frankly I expected more from a company of your reputation.", N),
    ("I thought better of you, to be honest.", N),
    ("I'm disappointed in you and your team.", N),
    ("This is not what I would expect from a firm like yours.", N),
    ("We had expected much better from you.", N),
    # feeling ignored
    ("Emailing you feels like shouting into the void.", N),
    ("It's like talking to a wall.", N),
    ("Should I send smoke signals instead?", N),
    ("My messages seem to fall on deaf ears.", N),
    ("Getting an answer from you is like pulling teeth.", N),
    ("I won't hold my breath for a reply.", N),
    # effort not rewarded
    ("I flew in for the onsite and didn't even get a thank-you note.", N),
    ("We spent two weeks building the prototype and never got any feedback.", N),
    ("I put in forty hours on your test project without so much as an acknowledgement.", N),
    ("I rearranged my whole week for the interview and haven't had a single reply since.", N),
    ("I prepared a full presentation and did not even get a response.", N),
    # repeated silence
    ("Another day, another ignored follow-up.", N),
    ("Another month, another excuse.", N),
    ("Three unanswered emails and counting.", N),
    ("I haven't heard a single word since the offer call.", N),
    # consequence without an explicit if
    ("Match the salary or you'll lose me to the other company.", C),
    ("Sign by Friday, otherwise the price goes up.", C),
    ("Unless the start date moves, there's no point in continuing.", C),
    ("If the terms don't change, I'm done.", C),
    ("Get me the paperwork this week or I give the contract to your competitor.", C),
    ("I have a second offer and I'll be taking it if I don't hear from you.", C),
    # either / or
    ("Either you improve the offer or I walk away.", C),
    ("Either we close this month or we're moving to another vendor.", C),
    ("Either you call me today or I'm escalating this.", C),
    ("It's simple: either you confirm the budget or we stop here.", C),
    # urgent imperatives
    ("Ring me as soon as you read this.", C),
    ("This cannot wait until next week.", C),
    ("It's urgent, I need the figures now.", C),
    ("Please ensure the contract is on my desk.", C),
    ("Make sure your finance team pays the invoice.", C),
    ("Clear your calendar for Thursday afternoon.", C),
    ("Bring your manager into our next meeting.", C),
    ("Please cc your director on all further emails.", C),
    # refusals as conditions
    ("I'm not signing anything until the clause is removed.", C),
    ("We won't proceed without a written guarantee.", C),
    ("I refuse to attend another interview unless the salary is confirmed.", C),
    ("No more calls until I see the revised offer.", C),
    # going over their head, no further chasing
    ("I'll go over your head if I have to.", C),
    ("Give me the CEO's email and I'll chase this up myself.", C),
    ("This is non-negotiable.", C),
    ("I won't be chasing you again.", C),
    # more phrasings of the same families
    ("Wow, another rejection email without any feedback. Stellar.", N),
    ("As previously stated, the deliverables are in the shared folder.", N),
    ("I sent my portfolio on the 3rd and again on the 10th. Still nothing. Great.", N),
    ("Honestly, I expected better of your team.", N),
    ("My emails are disappearing into a black hole.", N),
    ("We drove two hours for the meeting and no one even showed up.", N),
    ("Either you honour the quote or we take our business elsewhere.", C),
    ("I need this resolved today. It cannot wait.", C),
    ("Kindly make sure the payment is processed.", C),
    ("We're not agreeing to anything until we see the audit.", C),
    ("Fix the bug by Friday or we'll cancel the subscription.", C),
    ("Lower the fee, otherwise we're done here.", C),
]
ROUND4_FINE: list[str] = [
    # verdict near-misses
    "Lovely to meet you at the conference.",
    "Great job on the launch!",
    "The contract arrived this morning. Perfect.",
    "Thanks for sending the slides. Brilliant.",
    "We signed the deal without any issues. Lovely.",
    "The tests passed on the first try. Great job.",
    "I'm so glad the offsite went well. Wonderful!",
    # repeating near-misses
    "As discussed, I've attached the updated pricing.",
    "As mentioned on our call, I'm available from March.",
    "Per your request, here are the documents.",
    "Thanks again for the intro.",
    "I'm glad we could meet again.",
    # busy near-misses
    "I know you're busy, so I'll keep this short.",
    "I'm sure you're busy, but I'd love to buy you a coffee sometime.",
    "I realise you're swamped, so no need to reply this week.",
    # disappointment near-misses
    "I expected more questions about the budget, so I've added a section on it.",
    "Someone with your experience would be a great fit for the advisory board.",
    "I was disappointed to miss your talk, is there a recording?",
    "I'm disappointed, but I understand the decision and wish you the best.",
    "We expected better weather for the offsite, but it was still fun.",
    # metaphor near-misses
    "We painted the wall in the new office last week.",
    "Our product is a black box no longer: the new dashboard shows every step.",
    "I've been holding off on booking flights until the dates are confirmed.",
    # effort near-misses
    "I spent the weekend on the case study and really enjoyed it.",
    "We spent a week testing the prototype and the results look promising.",
    "I prepared a short summary, no feedback needed.",
    "I flew in early and got a chance to see the city.",
    # another near-misses
    "Another week, another city: see you in Berlin!",
    "I'll send another email once the numbers are in.",
    # consequence near-misses
    "I'll be accepting calls all week.",
    "Thank you for the offer, I'll be accepting it gladly.",
    "If the price goes up next year, we'll let you know in advance.",
    "If you don't mind, I'll walk you through the demo on Tuesday.",
    "We can meet in person or I can send a recording.",
    "Happy to go with whichever option suits you.",
    "I've accepted another offer, so please withdraw my application.",
    "I'd like to withdraw my application, thank you for your time.",
    "Happy to withdraw my earlier comment, the FAQ answered it.",
    # either near-misses
    "Either Tuesday or Wednesday works for me.",
    "Either you or Priya can send the file over.",
    "Either we can meet on Tuesday or I can come in on Thursday, whatever suits you.",
    "I'm happy either way.",
    # imperative near-misses
    "Please make sure to let me know if you need anything else.",
    "Make sure you get some rest after the launch!",
    "I can't wait to start in March.",
    "Let me know if anything urgent comes up while I'm away.",
    "Feel free to loop in anyone who should join.",
    "Please take whatever time you need.",
    "I'll forward the deck to anyone you think should see it.",
    # refusal near-misses
    "I'm not able to start until the 1st, I hope that's okay.",
    "I won't be in the office until Monday.",
    "I'm not planning anything until I hear how the panel went, no rush.",
    # escalation near-misses
    "I'll follow up with Raj next week about the visa.",
    "Could I have the hiring manager's email to send a thank-you note?",
    "No worries, I'll sort it out myself.",
    # more near misses
    "I'm sure you're busy, so feel free to reply next week.",
    "Either option is fine with me.",
    "Let me know either way, no pressure.",
    "I'll be taking Friday off, so Thursday is best.",
    "Great. I'll send the contract over tomorrow.",
    "Got it, thanks. Perfect.",
    "The meeting was moved to Thursday. Great.",
    "Sorry, I forgot to attach the file. Here it is.",
    "I still have the notes from our call. Lovely chat, by the way.",
    "I went over the numbers again and they look right.",
    "I'd be happy to go over your comments on Friday.",
    "Our offer stands until the end of the month, no rush.",
    "If you'd rather not proceed, that's completely fine.",
    "If it doesn't work for you, we can find another time.",
    "Please ensure you have a good break over the holidays.",
    "I've taken the liberty of drafting an agenda.",
    "I've rescheduled my flight so I can make the Thursday interview.",
    "I'll make sure the team has everything by Monday.",
    "We'll make sure the invoice reflects the discount.",
    "I'm not sure whether the demo link worked, could you check?",
    "I won't be able to join until 10, sorry.",
    "I took a day off to prepare and really enjoyed the process.",
    "I spent some time on your website and loved the case studies.",
    "We worked through the weekend and finally shipped it, thanks for your support.",
    "Thanks for the quick reply, that helps a lot.",
    "Twice a year we run a customer summit, would you like an invite?",
    "As I mentioned, I'm free all week.",
    "Another great session today, thank you!",
    "This can wait until after your holiday.",
    "It's not urgent, whenever you have time.",
    "Is the position still open? I'd love to apply again.",
    "I'll be walking the team through the demo on Tuesday.",
    "We walked through the proposal with our CFO and she loved it.",
    "The price goes up in January, so I wanted to give you a heads-up.",
    "If nobody is free on Tuesday, Wednesday works too.",
    "You'll love the new dashboard.",
    "I'd hate for you to lose the early-bird rate, it ends Friday.",
    "Could you send me the hiring manager's name so I can address my cover letter properly?",
    "Please include your manager if she's interested.",
    "I'm not going to be around next week, so let's aim for the week after.",
]


TRAINING_BAD = BAD + ROUND1_BAD + ROUND2_BAD + ROUND3_BAD + ROUND4_BAD
TRAINING_FINE = FINE + ROUND1_FINE + ROUND2_FINE + ROUND3_FINE + ROUND4_FINE


@pytest.mark.parametrize(("message", "rule"), ROUND1_BAD + ROUND2_BAD + ROUND3_BAD + ROUND4_BAD)
def test_later_round_bad_message_is_flagged(message: str, rule: str) -> None:
    assert rule in _rules(message), scan(message)


@pytest.mark.parametrize("message", ROUND1_FINE + ROUND2_FINE + ROUND3_FINE + ROUND4_FINE)
def test_later_round_fine_message_is_not_flagged(message: str) -> None:
    assert scan(message) == []


def test_training_precision_and_recall() -> None:
    tp = sum(rule in _rules(m) for m, rule in TRAINING_BAD)
    fp = sum(bool(scan(m)) for m in TRAINING_FINE)
    fn = len(TRAINING_BAD) - tp
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95, (tp, fp, fn)


def test_blind_holdout_precision_and_recall() -> None:
    """The first hold-out, used once as feedback on missed families: a floor under its figures."""
    from tone_holdout import BAD, FINE

    caught = sum(any(h.rule == rule for h in scan(message)) for rule, message in BAD)
    false_alarms = sum(bool(scan(message)) for message in FINE)
    precision = caught / (caught + false_alarms)
    recall = caught / len(BAD)
    assert (len(BAD), len(FINE)) == (60, 60)
    assert precision >= 0.97, (caught, false_alarms)
    assert recall >= 0.95, (caught, len(BAD))


def test_second_blind_holdout_precision_and_recall() -> None:
    """A second set written without sight of the detector and never used to tune it."""
    from tone_holdout2 import BAD, FINE

    caught = sum(any(h.rule == rule for h in scan(message)) for rule, message in BAD)
    false_alarms = sum(bool(scan(message)) for message in FINE)
    assert (len(BAD), len(FINE)) == (60, 60)
    assert caught / (caught + false_alarms) >= 0.9, (caught, false_alarms)
    assert caught / len(BAD) >= 0.65, (caught, len(BAD))


def test_prepare_leaves_nothing_for_a_scan_to_compile() -> None:
    from followthrough import tone

    tone._re.cache_clear()  # as in a fresh process, whatever ran before
    tone.prepare()
    before = tone._re.cache_info()
    assert before.currsize > 100
    for text in (
        "Why have you still not answered me? This is my third email. Reply by Friday or I walk.",
        "I'm sick of waiting. After all I did for you, you owe me an answer, seriously.",
        "Thanks so much for ignoring me. I'll take this to your CEO and my lawyer.",
    ):
        assert tone.scan(text)
    after = tone._re.cache_info()
    assert after.misses == before.misses and after.currsize == before.currsize


@pytest.mark.parametrize(
    "message",
    [
        "Hi Sam, please see my previous email (below) about the contract.",
        "Please see my earlier message below for the details.",
        "Please refer to my previous email, copied below for convenience.",
        "See my last email underneath, with the form attached.",
    ],
)
def test_pointing_at_a_resent_message_is_not_a_reproach(message: str) -> None:
    assert not scan(message)


@pytest.mark.parametrize(
    "message",
    ["Please refer to my previous email.", "See my last email. Again.", "Per my last email."],
)
def test_pointing_back_without_resending_is_still_read_as_passive_aggression(message: str) -> None:
    assert _rules(message) == {"tone/negative"}


@pytest.mark.parametrize(
    "message",
    ["What the f** is this?", "This is sh1t.", "Total fvck-up.", "What a load of $hit.",
     "F*CK this process.", "Damn it, nobody answers.", "They can f@#$ off."],
)  # fmt: skip
def test_curses_plain_masked_and_swapped_are_caught(message: str) -> None:
    assert "cursing" in {h.category for h in scan(message)}


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        ("If the invoice is not paid, we stop all deliveries starting Monday.", "tone/controlling"),
        ("We'll stop holding the candidate if you can't commit to dates.", "tone/controlling"),
        ("If the offer isn't improved I'll be accepting the role at your competitor.",
         "tone/controlling"),
        ("If the launch slips again I'll be leaving an honest review.", "tone/controlling"),
        ("The pilot failed because your people never set up the integrations.", "tone/negative"),
        ("It was your team's shifting timeline that cost me the other role.", "tone/negative"),
        ("Had anyone on your side bothered to check, we'd have shipped.", "tone/negative"),
    ],
)  # fmt: skip
def test_a_loss_under_a_condition_and_a_failure_of_theirs_as_the_cause(
    message: str, rule: str
) -> None:
    assert rule in _rules(message)


@pytest.mark.parametrize(
    "message",
    [
        "If nothing changes, I'll stop by the office on Tuesday as planned.",
        "Your colleague said you'd be the best person to ask about the pilot.",
        "We found gaps in the source data, which is why the report is delayed; my fault.",
        "I understand if you go with another candidate.",
        "THANK YOU SO MUCH for the offer, I'm thrilled!",
        "I need to book travel by Wednesday, so it would help to know if Thursday is confirmed.",
    ],
)
def test_courtesy_plans_and_joy_near_those_constructions_are_not_flagged(message: str) -> None:
    assert not scan(message)


@pytest.mark.parametrize(
    "message",
    [
        "I have accepted a role at another company, so if there is anything you need for the "
        "handover, just ask.",
        "If you hear of anything else, I've joined a team at another agency and would love to stay "
        "in touch.",
    ],
)
def test_a_move_already_made_beside_a_condition_is_news(message: str) -> None:
    assert not scan(message)


@pytest.mark.parametrize(
    ("message", "phrase"),
    [
        ("Otherwise I will withdraw my application.", "Otherwise I will withdraw"),
        ("If the bill is not paid, we stop all deliveries.", "If the bill is not paid, we stop"),
        ("Nice of you to finally reply.", "Nice of you to finally reply"),
    ],
)
def test_a_finding_quotes_both_parts_of_a_two_part_construction(message: str, phrase: str) -> None:
    assert phrase in [h.phrase for h in scan(message)]
