"""A second set of messages written without sight of the detector or earlier sets."""

from __future__ import annotations

BAD: tuple[tuple[str, str], ...] = (  # (expected rule, message)
    (
        "tone/negative",
        "Hi Dana, I've now emailed you three times about the analyst role and heard nothing. It"
        " would be nice to get at least the courtesy of a reply. I guess candidates just don't "
        "matter to your team.",
    ),
    (
        "tone/negative",
        "Honestly, I'm pretty disappointed in how this process has been handled. Two rounds of "
        "interviews and then total silence? That's really unprofessional.",
    ),
    ("tone/negative", "Thanks for finally getting back to me, only took you a month."),
    ("tone/negative", "Wow, ghosted after a four-hour onsite. Classy move, Acme."),
    (
        "tone/negative",
        "I spent an entire weekend on your take-home assignment and didn't even get a line of "
        "feedback. Frankly, it's insulting.",
    ),
    (
        "tone/negative",
        "Hey Mark, just following up for the fifth time since apparently my earlier emails went"
        " into a black hole. Must be nice to have so much free time to ignore people.",
    ),
    (
        "tone/negative",
        "I hate to be that person, but this is ridiculous. Nobody on your team has bothered to "
        "answer a single question I've asked.",
    ),
    (
        "tone/negative",
        "Per my last three emails, which you clearly haven't read, I'm still waiting on the "
        "contract.",
    ),
    (
        "tone/negative",
        "Can't say I'm surprised nobody replied. Seems to be the norm with recruiters these days.",
    ),
    (
        "tone/negative",
        "What the hell happened to the offer letter? I was told it would be sent last week.",
    ),
    (
        "tone/negative",
        "No worries, I'm sure you're far too busy and important to reply to someone like me.",
    ),
    (
        "tone/negative",
        "Dear Ms. Patel, I must say I am deeply frustrated and, frankly, offended by the way my"
        " application was dismissed without explanation. I expected far better from an "
        "organisation of your standing.",
    ),
    (
        "tone/negative",
        "Sorry to bother you AGAIN. I know my application is obviously at the bottom of your pile.",
    ),
    (
        "tone/negative",
        "It's honestly exhausting having to chase you for an answer every single week. Do you "
        "treat all your candidates this way?",
    ),
    (
        "tone/negative",
        "Just a gentle reminder that some of us have bills to pay while you take your sweet "
        "time deciding.",
    ),
    (
        "tone/negative",
        "Hi Tom, you said you'd call me Tuesday. It's Friday. Thanks for wasting my week.",
    ),
    (
        "tone/negative",
        "I rearranged my whole schedule for that interview and the panel showed up 20 mins late"
        " and looked bored the entire time. Pretty disrespectful tbh.",
    ),
    (
        "tone/negative",
        "Hi Jen, I've been patient, but I'm starting to feel like a complete idiot for ever "
        "believing this role was real.",
    ),
    (
        "tone/negative",
        "This has been the most disorganised hiring process I have ever been through. Shameful,"
        " really.",
    ),
    (
        "tone/negative",
        "Hi Greg, I've sent you the proposal, the case studies and the pricing sheet, and you "
        "can't even be bothered to say 'not interested'? Unbelievable.",
    ),
    ("tone/negative", "Guess my demo wasn't worth 30 seconds of your time to reply to. Noted."),
    (
        "tone/negative",
        "Thanks for the rejection email. Would've been nice to hear it from a human rather than"
        " an automated system after three interviews, but whatever.",
    ),
    (
        "tone/negative",
        "Congrats on hiring someone cheaper, I suppose. Hope that works out well for you.",
    ),
    (
        "tone/negative",
        "Hi there, I'm really fed up of hearing 'we'll be in touch' and then nothing. It's so "
        "damn frustrating.",
    ),
    (
        "tone/negative",
        "Not sure why I even bothered applying, since you obviously had an internal candidate "
        "lined up from day one. Total waste of everyone's time.",
    ),
    (
        "tone/negative",
        "I was left sitting in your lobby for 45 minutes on Monday and nobody so much as "
        "apologised. I found that incredibly rude.",
    ),
    ("tone/negative", "Ok. So I'm just supposed to sit here refreshing my inbox forever then?"),
    (
        "tone/negative",
        "Hi Alan, I'm a bit hurt, to be honest. After all the hours I put into this, I'd have "
        "thought you could at least return my call.",
    ),
    (
        "tone/negative",
        "Following up on my follow-up on my follow-up. Lol. Is anyone actually alive over there?",
    ),
    (
        "tone/negative",
        "Your recruiter lied to me about the salary range and I'm furious. This is a "
        "bait-and-switch, plain and simple.",
    ),
    (
        "tone/controlling",
        "Hi Sarah, I need a decision by 5pm Friday. If I don't hear back by then I'll assume "
        "you're not serious and withdraw.",
    ),
    (
        "tone/controlling",
        "You promised me an answer this week, so I expect to hear from you tomorrow at the latest.",
    ),
    (
        "tone/controlling",
        "Please send the offer letter today. I won't be waiting any longer than that.",
    ),
    (
        "tone/controlling",
        "I have two other offers on the table, so either you match $140k by Monday or I'm walking.",
    ),
    (
        "tone/controlling",
        "Hi Kevin, just so you know, if I don't get a call back by Wednesday I'll be taking my "
        "application elsewhere.",
    ),
    (
        "tone/controlling",
        "As discussed, you committed to making a decision by the 15th. I will be holding you to"
        " that.",
    ),
    (
        "tone/controlling",
        "I'd like a written explanation of why I was rejected, within 48 hours please.",
    ),
    (
        "tone/controlling",
        "Let me be clear: this is your last chance to get back to me before I accept another "
        "offer.",
    ),
    (
        "tone/controlling",
        "I require a response by close of business today. Please confirm receipt of this email.",
    ),
    ("tone/controlling", "Call me back today. I mean it."),
    (
        "tone/controlling",
        "Hi Priya, I need your signature on the agreement by Thursday. No extensions, no excuses.",
    ),
    (
        "tone/controlling",
        "You told me on the phone I was your top candidate. You gave me your word, so I'm "
        "expecting an offer this week.",
    ),
    (
        "tone/controlling",
        "Please have the hiring manager call me by noon tomorrow. I don't want to hear that "
        "he's busy.",
    ),
    (
        "tone/controlling",
        "I'll give you until Monday. After that I'm withdrawing, and I'll make sure my network "
        "hears about how this went.",
    ),
    (
        "tone/controlling",
        "Either move me to the final round this week or take me out of the process entirely. "
        "Your choice.",
    ),
    (
        "tone/controlling",
        "Hi James, I'm going to need you to confirm the start date, salary and remote "
        "arrangement in writing before end of day. This is non-negotiable.",
    ),
    (
        "tone/controlling",
        "If the budget isn't approved by the 30th, I'm pulling the discount and you'll pay full"
        " price like everyone else.",
    ),
    (
        "tone/controlling",
        "Just a heads-up that I won't be doing any more interviews unless you can guarantee me "
        "an offer at the end.",
    ),
    (
        "tone/controlling",
        "I expect a decision before I fly out on Saturday. Please make it happen.",
    ),
    (
        "tone/controlling",
        "You said you'd get back to me within a week. That was your promise, not mine, and I'm "
        "holding you to it.",
    ),
    ("tone/controlling", "Reply by tomorrow or I'm escalating this to your CEO."),
    (
        "tone/controlling",
        "I'm not going to keep chasing. Give me a yes or no by Thursday, otherwise consider my "
        "application withdrawn.",
    ),
    (
        "tone/controlling",
        "Hi, I want you to forward my CV directly to the hiring manager today and cc me so I "
        "can see that it's actually been done.",
    ),
    (
        "tone/controlling",
        "Ahead of our call, make sure you've read my portfolio in full. I won't be repeating "
        "myself.",
    ),
    (
        "tone/controlling",
        "I've put 3pm tomorrow in your calendar for us to finalise the contract. Please don't "
        "move it.",
    ),
    (
        "tone/controlling",
        "Sign the renewal by Friday, or I'm cutting off your access. Simple as that.",
    ),
    (
        "tone/controlling",
        "I insist on speaking to the hiring manager directly. I won't be going through HR again.",
    ),
    (
        "tone/controlling",
        "You need to tell me where I stand by the end of the week. I'm not asking twice.",
    ),
    (
        "tone/controlling",
        "Per our conversation you agreed to waive the assessment, so I won't be completing it. "
        "Move me straight to the panel interview.",
    ),
    (
        "tone/controlling",
        "I'd appreciate an update, and if there's nothing by Monday morning I'll take that as a"
        " no and move on with the other companies I'm talking to.",
    ),
)
FINE: tuple[str, ...] = (
    (
        "Hi Dana, I hope you had a good weekend. I wanted to check in on the analyst role and see "
        "if there's any update on next steps. Happy to provide anything else you need."
    ),
    (
        "Thank you so much for taking the time to speak with me yesterday. I really enjoyed "
        "learning about the team's roadmap and I'm even more excited about the role."
    ),
    (
        "Hi Mark, just circling back on my note from last week. No rush at all, I know things get "
        "busy this time of year."
    ),
    (
        "Dear Ms. Patel, thank you for letting me know about your decision. While I'm disappointed,"
        " I appreciated the chance to meet the team and would love to be considered for future "
        "openings."
    ),
    (
        "Hi Tom, I've decided to accept another offer, so please withdraw my application. Thanks "
        "again for your time and for being so responsive throughout."
    ),
    "Happy to send over my references by Friday if that works for you.",
    (
        "Hi Jen, I understand you have a deadline for the hiring decision at the end of the month. "
        "Is there anything I can provide to help before then?"
    ),
    (
        "Thanks for the offer! I'm thrilled. Could we talk about the base salary? Based on my "
        "research and experience I was hoping for something closer to $125k, but I'm very open to a"
        " conversation."
    ),
    "Sorry for the slow reply, I was travelling. Tuesday at 2pm works great for me.",
    "I promise the deck is shorter this time! Attaching the updated proposal for your review.",
    (
        "Hi Greg, no problem at all if the timing isn't right. I'll reach out again next quarter, "
        "and feel free to ping me whenever it makes sense."
    ),
    (
        "Just wanted to say thanks for the feedback on my portfolio. It was really useful, "
        "especially the note about my case studies."
    ),
    (
        "Hey Alan! Great to meet you at the meetup last night. I'd love to grab a coffee sometime "
        "and hear more about how your team handles data pipelines."
    ),
    (
        "I wanted to be transparent that I'm in the late stages with a couple of other companies. "
        "Your team is still my first choice, so I'd love to know if there's any way to align "
        "timelines."
    ),
    (
        "Thank you for your patience while I sorted out my notice period. I can confirm my start "
        "date as 3 June."
    ),
    (
        "Hi Priya, I hope the quarter-end rush hasn't been too hectic. When you have a moment, I'd "
        "love to hear what you thought of the proposal."
    ),
    (
        "No pressure at all, I just wanted to share a case study from a client in your sector that "
        "I thought you might find interesting."
    ),
    (
        "Hi Kevin, thanks for letting me know the process has been delayed. I completely understand"
        " and look forward to hearing from you when there's news."
    ),
    (
        "I hate to miss our call, but something urgent came up with my family. Could we reschedule "
        "to Thursday or Friday? Apologies for the short notice."
    ),
    (
        "Thank you for the interview today. I especially enjoyed our discussion about the issue "
        "your team has had scaling onboarding; it's a problem I've tackled before and I'd love to "
        "help."
    ),
    (
        "Hi James, just a quick note to say I've completed the assessment. Let me know if you need "
        "anything else from me."
    ),
    (
        "That sounds frustrating, and I'm sorry to hear the migration caused so many headaches for "
        "your team. If it's helpful, I'm happy to walk you through how we've handled similar "
        "situations."
    ),
    (
        "Hello, I am writing to follow up on my application for the Marketing Coordinator position,"
        " submitted on 4 March. I remain very interested and would welcome the opportunity to "
        "discuss my qualifications."
    ),
    "Thanks for getting back to me so quickly! Looking forward to the next round.",
    (
        "Hi Sam, I know you're waiting on budget approval, so I'll hold off until you've had a "
        "chance to talk with finance. Good luck with it!"
    ),
    (
        "I wanted to let you know that I've received another offer with a response date of Friday. "
        "You're still my first choice, so I thought it only fair to mention it, but I completely "
        "understand if your timeline can't move."
    ),
    "Hi there, I noticed the role was reposted. Is it still open? I'd love to reapply if so.",
    (
        "Thank you for the honest feedback. It stings a little, but I'd rather know, and I'll work "
        "on my system design skills before applying again."
    ),
    (
        "Really appreciated your time today, Marcus. As promised, here's the link to the article I "
        "mentioned."
    ),
    "Cheers for the chat earlier! I'll get the revised quote over to you by end of day tomorrow.",
    (
        "Hi Laura, would it be possible to move our interview to later in the week? I'm so sorry "
        "for the inconvenience."
    ),
    (
        "Congratulations on the Series B announcement! It sounds like a really exciting time for "
        "the team."
    ),
    (
        "Hi Ben, thanks for thinking of me for this role. It's not quite the right fit at the "
        "moment, but I'd love to stay in touch for future opportunities."
    ),
    (
        "Just checking this landed in the right inbox, since spam filters can be aggressive. Happy "
        "to resend the attachments if needed."
    ),
    (
        "Hey Chris, hope the product launch went well! Whenever things calm down, I'd love to pick "
        "up where we left off on the pilot."
    ),
    "Thank you for the update. Waiting a couple more weeks is absolutely fine with me.",
    (
        "Dear Hiring Team, please find attached my cover letter and CV for the Senior Accountant "
        "vacancy. I look forward to hearing from you."
    ),
    (
        "I'm sorry to hear that the position has been filled. Thank you for letting me know, and "
        "best of luck to the new hire."
    ),
    (
        "Hi Nadia, thanks for the offer details. I'd like to take a couple of days to review them "
        "with my family. Would it be alright if I came back to you by Wednesday?"
    ),
    (
        "Absolutely no worries about the delay. Let me know whenever the team has had a chance to "
        "review."
    ),
    (
        "I really enjoyed the panel interview, especially hearing how the team handles tight "
        "deadlines without burning out."
    ),
    (
        "Quick one: is the role hybrid or fully remote? Want to make sure I've got that right "
        "before our next chat."
    ),
    (
        "Thanks for being so candid about the challenges with your current CRM. I'll put together a"
        " short proposal that addresses each issue you raised."
    ),
    (
        "Hi Olivia, following up on the contract renewal. Your current plan renews on the 1st, so "
        "if you'd like to make any changes beforehand I'm happy to help."
    ),
    (
        "Thank you again for the opportunity. I was disappointed not to move forward, but I learned"
        " a lot from the process and really respect the team."
    ),
    (
        "Hi Raj, I completely understand about the hiring freeze. Please keep me in mind if "
        "anything changes, as I'd still love to join."
    ),
    (
        "Thank you for sending the offer! After a lot of thought I've decided to decline, as I've "
        "accepted a role closer to home. I really appreciated how welcoming everyone was."
    ),
    (
        "Hi Ella, I hope you don't mind me reaching out directly. I saw your post about the design "
        "lead opening and thought my background in fintech might be relevant."
    ),
    "Thanks, that all sounds great. See you on Monday at 10!",
    (
        "Hello Mr. Okafor, I wanted to thank you for the informative conversation on Friday. Your "
        "insights into the firm's approach to client relationships were particularly valuable."
    ),
    "Hey! Sorry, I completely forgot to attach the file in my last email. Here it is, my bad!",
    (
        "If you could let me know by the end of next week whether you'd like to proceed, that would"
        " help me plan my schedule, but of course take whatever time you need."
    ),
    (
        "I know the approval process can be a real headache. If it would help, I can put together a"
        " one-page summary for your CFO."
    ),
    (
        "Hi Mia, just a friendly nudge in case my last message got buried. Would love to find 15 "
        "minutes to chat when you're free."
    ),
    (
        "Thanks for letting me know, and for the thoughtful feedback. It's rare to get that much "
        "detail and I'll definitely take it on board."
    ),
    (
        "I'd be happy to hold the current pricing for you until the end of the month while you "
        "discuss it internally."
    ),
    (
        "Apologies for any confusion in my earlier email, the correct availability is Wednesday "
        "afternoon, not Thursday."
    ),
    (
        "Hi Leo, I really appreciate you pushing for a higher offer on my behalf. Whatever the "
        "outcome, thank you for going to bat for me."
    ),
    (
        "Hey, totally get that you're slammed. Want me to just send over a short recorded "
        "walkthrough instead of a call?"
    ),
    (
        "Good morning Helen, I'm pleased to accept the offer and look forward to joining the team "
        "on the 12th. Please let me know if there's any paperwork I should complete beforehand."
    ),
)
