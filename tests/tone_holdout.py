"""Messages written without sight of the detector.

For an honest measure of its precision and recall.
"""

from __future__ import annotations

BAD: tuple[tuple[str, str], ...] = (  # (expected rule, message)
    # --- negative ---
    (
        "tone/negative",
        "Hi Dana, I'm sure you're very busy, but it has been three weeks since my interview "
        "and I haven't heard a single word. Honestly it's pretty disappointing.",
    ),
    ("tone/negative", "Per my last email, I already sent the portfolio link. Twice."),
    (
        "tone/negative",
        "Should I take the silence as a no? Would have been nice to get a reply either way.",
    ),
    (
        "tone/negative",
        "Honestly this whole process has been a f***ing mess. Four rounds of interviews and "
        "nobody can tell me anything.",
    ),
    (
        "tone/negative",
        "WHY IS IT SO HARD TO GET A SIMPLE ANSWER FROM YOU PEOPLE? I have followed up five "
        "times now.",
    ),
    (
        "tone/negative",
        "You kept me waiting on that call for 25 minutes yesterday and then never showed. "
        "Not exactly a great look for your team.",
    ),
    ("tone/negative", "I guess my time isn't worth much to you guys. Thanks for nothing."),
    (
        "tone/negative",
        "Must be nice to be able to ignore people for a month. Some of us are actually trying "
        "to pay rent.",
    ),
    (
        "tone/negative",
        "Hey Mark, just bumping this to the top of your inbox AGAIN, since apparently my last "
        "three emails got lost somewhere. 🙃",
    ),
    (
        "tone/negative",
        "I'm frankly insulted by that offer. After everything I put into those take-home "
        "assignments, that number is a slap in the face.",
    ),
    (
        "tone/negative",
        "I spent my entire weekend on your 'quick' case study and didn't even get feedback. "
        "Pretty demoralising, to be honest.",
    ),
    (
        "tone/negative",
        "No worries at all, I'm sure ghosting candidates is just part of the company culture "
        "over there.",
    ),
    (
        "tone/negative",
        "Hi Priya, it's really frustrating to keep chasing you on this. I thought we had a "
        "good rapport but I guess I was wrong.",
    ),
    (
        "tone/negative",
        "You should be ashamed of how you treat applicants. Nobody deserves to be strung "
        "along like this.",
    ),
    ("tone/negative", "Thanks SO much for finally getting back to me. Only took six weeks."),
    ("tone/negative", "Wow. Rejected with a template email after a final round. Classy."),
    (
        "tone/negative",
        "This is hands down the worst hiring experience I've ever had, and believe me I've "
        "had some bad ones.",
    ),
    (
        "tone/negative",
        "I'm so tired of this. I did everything you asked and I still have nothing to show "
        "for it. What was even the point?",
    ),
    (
        "tone/negative",
        "Hi Tom, hate to be a nag but you did leave me hanging after our demo, which was "
        "a bit rude tbh.",
    ),
    (
        "tone/negative",
        "Your recruiter was condescending on the phone and frankly I'm annoyed I wasted an "
        "afternoon on this.",
    ),
    (
        "tone/negative",
        "Clearly reading emails isn't a priority over there. Maybe I'll try a carrier pigeon next.",
    ),
    (
        "tone/negative",
        "I'm disappointed, Sarah. I really expected better from someone at your level.",
    ),
    (
        "tone/negative",
        "not sure why i even bother. every time i follow up i get nothing back but crickets",
    ),
    (
        "tone/negative",
        "Hope you're well. It would have been common courtesy to tell me the role was filled "
        "before I found out from LinkedIn.",
    ),
    (
        "tone/negative",
        "What the hell happened? One minute I'm your top candidate, the next you won't even "
        "pick up the phone.",
    ),
    (
        "tone/negative",
        "Dear Mr. Hughes, I am writing to express my deep dissatisfaction with the way my "
        "application was handled. I was treated with a complete lack of respect throughout.",
    ),
    (
        "tone/negative",
        "Since you clearly couldn't be bothered to read my proposal, here it is again in "
        "bullet points.",
    ),
    (
        "tone/negative",
        "honestly kind of hurt that you went with the other vendor without even a heads up, "
        "after all the free consulting I did for you",
    ),
    (
        "tone/negative",
        "I've been more than patient here. Frankly I'm fed up with the runaround.",
    ),
    (
        "tone/negative",
        "Another week, another unanswered email. Starting to feel like I'm talking to a "
        "brick wall.",
    ),
    # --- controlling ---
    (
        "tone/controlling",
        "I need to know by end of day whether you're moving forward with my application.",
    ),
    (
        "tone/controlling",
        "I'll assume you're not interested unless I hear otherwise by Thursday.",
    ),
    (
        "tone/controlling",
        "Just so you're aware, I have another offer on the table and I'll be accepting it if "
        "I don't hear from you by Friday noon.",
    ),
    ("tone/controlling", "You promised me a decision this week. I expect to get one."),
    ("tone/controlling", "Please confirm receipt of this email within 24 hours."),
    (
        "tone/controlling",
        "If you can't commit to the salary we discussed, I'll be withdrawing my candidacy.",
    ),
    (
        "tone/controlling",
        "Hi James, on our call you said you'd sign by the 15th. I'm holding you to that.",
    ),
    (
        "tone/controlling",
        "Send me the signed contract today or the discount is off the table for good.",
    ),
    (
        "tone/controlling",
        "I require a written response to each of my questions before I will agree to a "
        "second interview.",
    ),
    (
        "tone/controlling",
        "You told me I'd hear back within a week. It's now been ten days, so I need an "
        "update today.",
    ),
    ("tone/controlling", "Call me back as soon as you get this. This can't wait."),
    (
        "tone/controlling",
        "Unless I receive the offer letter by Monday, I will be pursuing other opportunities.",
    ),
    (
        "tone/controlling",
        "Please send me the hiring manager's direct number so I can follow up with her myself.",
    ),
    (
        "tone/controlling",
        "Let me be clear: either we get this signed this quarter or I take my offer to your "
        "competitor.",
    ),
    (
        "tone/controlling",
        "I'll need a yes or no by 5pm EST. There will be no further extensions.",
    ),
    (
        "tone/controlling",
        "Friendly reminder that you committed to getting back to me by Wednesday. I'll be "
        "expecting your answer then.",
    ),
    (
        "tone/controlling",
        "Make sure every panel member has read my portfolio before Thursday's interview.",
    ),
    ("tone/controlling", "If I don't get a counteroffer by tomorrow, I'm walking."),
    (
        "tone/controlling",
        "I'm giving you until the end of the week to decide. After that the price goes up "
        "and I won't be able to help you.",
    ),
    (
        "tone/controlling",
        "Loop your VP into the next call. I'm not doing another meeting without a "
        "decision-maker in the room.",
    ),
    (
        "tone/controlling",
        "You gave me your word the role would be fully remote. I expect that in writing "
        "before I sign anything.",
    ),
    (
        "tone/controlling",
        "I've blocked 2pm tomorrow for our call. Please make yourself available.",
    ),
    (
        "tone/controlling",
        "Respond by COB Tuesday, otherwise I'll be going over your head to your director.",
    ),
    (
        "tone/controlling",
        "Hi Leah, I'll need your feedback on the trial by Friday at the latest. If I don't "
        "have it, I'll be cancelling your account extension.",
    ),
    (
        "tone/controlling",
        "Don't forget you said you'd introduce me to the CTO. I'll expect that intro this week.",
    ),
    (
        "tone/controlling",
        "I'm only available until the 20th, so you'll need to make a decision before then "
        "or you'll lose me.",
    ),
    (
        "tone/controlling",
        "Kindly ensure the offer reflects the figures I sent, otherwise there's no point in "
        "us continuing.",
    ),
    (
        "tone/controlling",
        "I expect a full explanation of why I wasn't selected. Please send it over by Monday.",
    ),
    (
        "tone/controlling",
        "Last chance - sign today or I'm giving your onboarding slot to another client.",
    ),
    (
        "tone/controlling",
        "Reply with your availability within the next hour please. I'm not going to chase "
        "you again.",
    ),
)

FINE: tuple[str, ...] = (
    "Hi Dana, thanks again for taking the time to chat on Tuesday. I really enjoyed hearing "
    "about the team's roadmap and I'm excited about the role.",
    "No pressure at all, but I wanted to check in and see if there's any update on the "
    "timeline. Happy to provide anything else you need.",
    "Sorry to hear about the delay on your end, completely understand. Let me know whenever "
    "things settle down.",
    "I'd hate to miss your webinar next week - could you send over the registration link?",
    "Quick question about the deadline for the project you mentioned: is it still the end "
    "of March?",
    "I promised my manager I'd send over the case study, so here it is. Let me know if you "
    "have any questions.",
    "Would Thursday at 3pm work for a quick call? If Friday doesn't work, Monday is fine too.",
    "Happy to withdraw my earlier question, I found the answer in the FAQ. Thanks!",
    "I know things get hectic at quarter end, so feel free to reply whenever suits you.",
    "Frankly the product demo was impressive. The reporting dashboard especially stood out.",
    "Hi Priya, just following up on my application for the Data Analyst role. I remain very "
    "interested and would welcome the chance to discuss further.",
    "Thank you so much for the offer! I'm thrilled, and I'd like to review the details over "
    "the weekend. Could we touch base on Monday?",
    "Thanks for letting me know. I'm disappointed, of course, but I really appreciated the "
    "conversations with your team and would love to be considered for future openings.",
    "Hey Tom, hope the offsite went well! Attaching the revised quote we talked about.",
    "Dear Ms. Patel, Thank you for the opportunity to interview for the Marketing "
    "Coordinator position. I look forward to hearing from you. Kind regards, Ana",
    "Just a gentle nudge on the proposal I sent last week - happy to jump on a call if it's "
    "easier to talk it through.",
    "Congrats on the Series B! Would love to hear how the team is scaling.",
    "I'm sorry I missed your call this morning. I'm free after 2pm today or any time tomorrow.",
    "Here's the reference list you asked for. Let me know if you need contact details for "
    "anyone else.",
    "Hi Mark, thanks for the quick turnaround on the contract. Everything looks good on our "
    "end, so I've signed and returned it.",
    "I'd love to connect - I've followed your work on supply chain analytics for a while "
    "and found your last post really useful.",
    "Great meeting you at the conference! As promised, here's the article on onboarding I "
    "mentioned.",
    "I wanted to let you know I've accepted another offer, so please withdraw my "
    "application. Thank you so much for your time and consideration.",
    "I understand if the timing isn't right. Should anything change, I'd be glad to pick "
    "the conversation back up.",
    "The room booking closes on Friday, so if you could confirm the 10am slot before then "
    "that'd be a great help. If not, no problem, I'll find another room.",
    "Thanks for the feedback on my take-home. You're right that the tests were a bit thin; "
    "I'll work on that.",
    "Hope you had a restful holiday! Circling back on our conversation from December about "
    "the pilot.",
    "Hi Leah, I've attached the updated pricing. The early-renewal discount runs through "
    "the 30th, in case that's helpful for your budgeting.",
    "Appreciate you getting back to me so quickly! Tuesday works great.",
    "Wow, that's a huge result for your team - congrats on the launch!",
    "I'm not in any rush, so take whatever time you need to review the materials.",
    "Hi Sarah, I realise you're juggling a lot, so I've summarised the key points below to "
    "save you some time.",
    "Thank you for your patience while I gathered the documents. Everything should be "
    "attached now.",
    "Apologies for the slow reply, I was travelling last week. Yes, I'd love to do a second "
    "interview!",
    "Just checking you received my portfolio; the file was fairly large and I wanted to "
    "make sure it came through ok.",
    "It was a pleasure speaking with you today. I especially appreciated your honesty about "
    "the challenges the team is facing.",
    "I'd be happy to adjust my start date if that helps the team.",
    "Hi James, following up from our call. You mentioned the budget gets finalised in Q3, "
    "so I'll reach out again in July. Cheers!",
    "No worries if now isn't a good time. I'll keep an eye out for future roles at Acme.",
    "Thanks for the intro to Raj! We've got a call booked for next week.",
    "Hi! I saw the role was reposted - is it still open? I'd love to be considered.",
    "My apologies, I attached the wrong version of my CV. The correct one is attached here.",
    "Per your request, I've attached my salary expectations and availability.",
    "Wanted to share some good news: I passed my PMP exam last week, which I think is "
    "relevant to the role we discussed.",
    "Thanks for the honest feedback, it's genuinely helpful. I'd welcome the chance to "
    "apply again next year.",
    "Sorry to bother you on a Friday, just a quick one: is there parking at the office for "
    "Monday's interview?",
    "I know you mentioned the decision would take a few weeks, so I just wanted to "
    "reiterate my interest in the meantime.",
    "Happy to hop on a call whenever works for you - mornings are usually easiest for me "
    "but I can be flexible.",
    "Hey Sam, hope the move went smoothly! Let me know if you'd like the trial extended "
    "while you get settled in.",
    "I was sad to hear that Jordan is leaving the team, please pass on my best wishes.",
    "Hi Marcus, I completely understand that budgets are tight this year. If it helps, we "
    "also offer a smaller starter package.",
    "Thank you for considering me. Whatever you decide, I've really enjoyed getting to know "
    "the team.",
    "Just confirming our meeting tomorrow at 11am at your office. See you then!",
    "Thanks for flagging the mistake on the invoice, I've corrected it and resent it.",
    "Cheers for the chat earlier, really helpful. I'll have the revised deck over to you "
    "by Wednesday.",
    "I can't wait to start! Please let me know if there's any paperwork I should complete "
    "beforehand.",
    "I'm afraid I'll be out of office next week, but my colleague Alex can help with "
    "anything urgent.",
    "Would you be open to a 15-minute call next week? If not, no hard feelings - thanks "
    "for reading this far.",
    "Thanks again for the demo feedback. Your point about onboarding being painful was spot "
    "on, and we've already started fixing it.",
    "Hi Nina, I'm so sorry to hear about your father. Please take all the time you need; "
    "the proposal can wait.",
)
