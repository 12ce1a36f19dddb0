# title: Disputed detention
# summary: A consultant psychiatrist wants Daniel, who lives with bipolar disorder, assessed for detention after an incident you saw differently. Give your first-hand account, challenge with respect, and keep Daniel's own voice in the decision.
# minutes: 20
# version: 2
# content-note: bipolar disorder, Mental Health Act detention, conflict between colleagues
# author: swsim project team
# meter: rapport, Working relationship with Niraj, 0, 10
# meter: trust, Daniel's trust in you, 0, 10
# reflect: What? Describe what you saw at the day centre and how you put it to the meeting. Where did your observation end and your interpretation begin?
# reflect: So what? What might have shaped your view, and Niraj's, including your own relationship with Daniel? How did the AMHP's independent role change the disagreement?
# reflect: Now what? The next time you disagree with a colleague about someone's liberty, what will you do in the first hour, and who will you make sure hears from you?

// Your working relationship with Dr Niraj Shah, 0 to 10.
VAR rapport = 6
// Daniel's trust in you, 0 to 10. It shapes what he agrees to at the assessment.
VAR trust = 6

// What happened earlier, so later scenes can show it.
VAR form_corrected = true
VAR softened = false
VAR cited_law = false
VAR asked_amhp = false
VAR amhp_heard = false
VAR heard_late = false
VAR crisis = false
VAR informal_raised = false
// Daniel said he would consider coming in informally if hospital were needed.
VAR would_come_in = false

// The record: 1 factual account and view, 2 facts without the disagreement, 3 pointer to the minute, 4 account plus speculation about Niraj.
VAR record_kind = 0
// Involving Daniel and his nearest relative: 1 told and Leah involved, 2 his mother suggested, 3 no warning, 4 office with police.
VAR involve = 0
// Daniel's question: 1 honest about role, 2 "on your side", 3 cannot discuss, 4 his own words.
VAR answer = 0
// Outcome: 1 home treatment, 2 informal admission, 3 section 2 with your account heard, 4 section 2 before your account was heard.
VAR outcome = 0

-> meeting

=== function shift_rapport(d) ===
~ rapport = rapport + d
{ rapport > 10:
    ~ rapport = 10
}
{ rapport < 0:
    ~ rapport = 0
}

=== function shift_trust(d) ===
~ trust = trust + d
{ trust > 10:
    ~ trust = 10
}
{ trust < 0:
    ~ trust = 0
}

=== meeting ===
Tuesday morning. The small meeting room at the community mental health team base still smells of yesterday's coffee. # scene: meeting-room # ambience: office # clock: 09:15
You are a social worker in the team, and you have been Daniel Hughes's care coordinator for eight months. He is 26, lives with his partner Leah, and has a diagnosis of bipolar disorder. Three years ago, before you knew him, he was detained under section 2 during a manic episode. Since then he has held down a warehouse job, kept his flat and turned up to most of his appointments.
Yesterday afternoon you met him at the day centre to review his support plan. You were there when it happened.
Dr Niraj Shah, the consultant psychiatrist, has the day centre's incident form in front of him. Grace Mensah, manager of the acute ward, has come across because a bed may be needed. She nursed Daniel three years ago.
"Thanks for coming. I'll keep this short. I want a Mental Health Act assessment requested this morning." #speaker: Niraj #mood: anxious
He reads from the form.
"'Service user became verbally aggressive at reception, shouting and swearing, and threw a mug towards staff. Staff member felt intimidated.'" #speaker: Niraj #mood: neutral
"Add to that: Leah rang the duty line on Friday to say he's sleeping four hours a night. At clinic last Thursday he was talking fast and hard to follow. His last lithium level was low. That is exactly how it began three years ago." #speaker: Niraj #mood: anxious
What you remember is this. Daniel had opened a letter telling him his Personal Independence Payment was stopping. He asked at the reception hatch for help to phone the benefits line and was told to wait. Twenty minutes later he was told the welfare adviser had gone home. He raised his voice and swore. He brought his hand down flat on the counter, and a mug standing at the edge fell and smashed on the floor. Nobody was within a couple of metres of it, but Bev on reception stepped back, and you could see she was shaken. Daniel went out into the garden. About ten minutes later he came back, apologised to Bev and offered to pay for the mug.
Bev wrote the form at the end of her shift. Niraj looks up at you.
"You were there. That's about the size of it, isn't it?" #speaker: Niraj #mood: neutral #decision: present-account, How do you present what you saw at the day centre? #key #rationale
* [Take it in order: what you saw and heard, step by step, then say clearly which parts are your interpretation and what you are unsure about. #id: facts-then-view #standard: SWE-3 +2 #standard: SWE-2.1 +2 #standard: PCF-6 +2 #standard: HCPC-2 +1 #feedback: Keeping what you saw separate from what you made of it gave the meeting evidence it could weigh, and left room for Bev's fear and Niraj's concerns to count too. A clear first-hand sequence is the strongest basis for any later decision, including the AMHP's.]
    You take it in order: the letter, the twenty-minute wait, the raised voice, the flat hand on the counter, the mug going off the edge, how far away Bev was, the garden, the apology.
    Then you mark the line. "That's what I saw. What I make of it is frustration at a real problem, not an attack on anyone. But I can't see inside his head, and Bev was genuinely frightened. That matters too."
    "That's not quite what the form says." #speaker: Grace #mood: thoughtful
    "Noted. Knocked, not thrown. It doesn't change the sleep, the speech or the lithium." #speaker: Niraj #mood: neutral
* [Say straight away that in your view it was nowhere near serious enough for detention, then describe what happened. #id: view-first #standard: SWE-2.1 +1 #standard: SWE-1.2 +1 #standard: PCF-6 -1 #standard: SWE-3 -1 #feedback: Being open about your view is honest, and it shows you are prepared to speak up for Daniel's rights. One thing to consider is that leading with a conclusion can turn a meeting into a contest of positions, so the facts that correct the form may be heard as advocacy rather than evidence.]
    ~ shift_rapport(-1)
    "Honestly? It was nowhere near serious enough to detain anyone over," you say. Then you describe the counter, the mug, the distance, the garden, the apology.
    "I haven't said a word about serious enough. I asked what happened." #speaker: Niraj #mood: angry
    "So the mug fell. It wasn't thrown." #speaker: Grace #mood: thoughtful
* [Start with what was going on for Daniel: the benefits letter, the long wait, how well he has been doing, so the incident is seen in context. #id: context-first #standard: SWE-1.1 +2 #standard: SWE-3 -1 #standard: PCF-6 -1 #feedback: Bringing in the social context and Daniel's strengths is a distinctive social work contribution, and it matters here. Another option some practitioners use is to give the plain sequence of events first, so that the context is not heard as mitigation before the facts are agreed.]
    You begin with the letter, the money worries, and what eight steady months have looked like.
    "I'm sure the letter was awful. What did he actually do?" #speaker: Niraj #mood: neutral
    You tell him: the hand on the counter, the mug falling, nobody near it, the apology.
    "So the mug fell. It wasn't thrown." #speaker: Grace #mood: thoughtful
* [Say the form broadly covers it. You don't want to contradict a colleague's account, and the assessment will sort out the detail. #id: let-form-stand #standard: SWE-2.1 -2 #standard: SWE-3 -2 #standard: HCPC-9 -1 #feedback: Respecting Bev's account, and how frightening it felt for her, is a fair instinct. One thing to consider is that you were the only first-hand witness in the room, and leaving 'threw a mug towards staff' unchallenged lets a detail you saw differently shape a decision about someone's liberty.]
    ~ form_corrected = false
    ~ shift_rapport(1)
    "Broadly, yes," you say. "It was loud, and Bev was shaken."
    Grace glances at you, then back at her laptop.
    "Right. So we're agreed on the facts." #speaker: Niraj #mood: neutral
- (pressed)
{ form_corrected:
    "Go on, then. You don't think this needs an assessment." #speaker: Niraj #mood: anxious
- else:
    You hear yourself add that you're not sure it needs detention. Niraj puts his pen down.
    "If we're agreed on the facts, what exactly is the objection?" #speaker: Niraj #mood: anxious
}
"With respect, I've known Daniel for five years. You've known him eight months, and you've never seen him high. I have. Irritable, not sleeping, talking over everyone, and within a week he was walking along the dual carriageway at three in the morning." #speaker: Niraj #mood: angry
"Last spring a team told me another patient had settled. I spent the summer writing the serious incident report. I'm not doing that again." #speaker: Niraj #mood: angry
"Niraj. Let's take a breath." #speaker: Grace #mood: calm
He does, just about.
"So tell me what I'm missing." #speaker: Niraj #mood: anxious #decision: niraj-presses, Niraj is pressing hard. How do you respond?
* [Acknowledge what he knows about Daniel and the warning signs, then say both things can be true: the relapse signs are real, and the incident was not violence. The question is what response fits. #id: both-can-be-true #standard: SWE-3 +2 #standard: PCF-6 +2 #standard: SWE-1.7 +1 #standard: HCPC-2 +1 #feedback: Naming what is valid in Niraj's view before holding your own is constructive challenge rather than point-scoring. It keeps the real question in view, which is what response is proportionate, and shows you holding more than one explanation at once.]
    ~ shift_rapport(1)
    "You've known him far longer than I have, and I'm not dismissing the sleep or the lithium," you say. "I think two things can be true. He may be becoming unwell. And what I saw yesterday wasn't violence. So the question for me is what response fits where he is now."
    "Fair. That's a fair way to put it." #speaker: Niraj #mood: thoughtful
* [Say openly that you may be biased, because you like Daniel and have only seen him well, and suggest the three of you test both views against the evidence. #id: name-own-bias #standard: SWE-4.8 +2 #standard: SWE-3 +2 #standard: PCF-6 +1 #standard: SWE-2.1 +1 #feedback: Naming your own possible bias first is honest and models the reflective stance you hope others will take. One thing to consider is that it can be heard as softening your account, so it helps to say plainly which parts of what you saw you are sure of.]
    ~ shift_rapport(1)
    "I should say that I like Daniel, and I've only ever seen him well. That could be colouring how I see this," you say. "So can we test both views? What would we expect to see if he's going high, and what if he's a frustrated man whose money has just been stopped?"
    "The sleep fits both." #speaker: Grace #mood: thoughtful
    "All right. But I've seen where this goes." #speaker: Niraj #mood: thoughtful
* [Tell him he knows Daniel far better than you do, and that you'll go with his clinical judgement. #id: defer-to-niraj #standard: SWE-3.1 -2 #standard: SWE-1.2 -1 #standard: PCF-1 -1 #feedback: Respecting a consultant's long knowledge of a patient is sensible, and it lowered the temperature in the room. One thing to consider is that detention is not only a clinical question: your view of the incident, of Daniel's circumstances and of the alternatives is part of what the decision needs, and stepping back leaves it out.]
    ~ shift_rapport(1)
    ~ softened = true
    "You've known him five years. I'll go with your judgement," you say. The words feel heavier than you meant them to.
    "Thank you." #speaker: Niraj #mood: relieved
* [Point out that detention isn't a doctor's decision alone, it's the AMHP's, and that what happened with another patient can't decide what happens to Daniel. #id: cite-the-law #standard: SWE-3.1 +1 #standard: SWE-1.2 +1 #standard: HCPC-2 -2 #standard: PCF-1 -1 #feedback: You are right on the law: the doctors recommend, but the application is made by an AMHP (or, rarely, the nearest relative), who decides independently, and another patient's story is not evidence about Daniel. One thing to consider is that, said in the heat of the moment, it can land as point-scoring, and a colleague who feels cornered is less likely to hear the facts you brought.]
    ~ shift_rapport(-2)
    ~ cited_law = true
    "It isn't your decision alone, though," you say. "It's the AMHP's. And what happened to someone else last year can't decide what happens to Daniel."
    There is a silence. Niraj's jaw tightens.
    "I know how the Act works." #speaker: Niraj #mood: angry
- (middle)
"Can I put something in?" #speaker: Grace #mood: calm
"Three years ago he wasn't sleeping at all, for days, and he wasn't answering anyone. I read the notes this morning. He rang the team back himself last night and asked for his bloods to be redone. That's not nothing." #speaker: Grace #mood: thoughtful
"It isn't. Which is why I want him seen today, while he's still talking to us." #speaker: Niraj #mood: anxious
"I'll ring the AMHP hub. I'll do one medical recommendation and ask Dr Okafor for the second. Bed management have one bed in the region this morning, and I'd like it held." #speaker: Niraj #mood: neutral
He stands, phone in hand.
"Is there anything you want before I make the call?" #speaker: Niraj #mood: neutral #decision: what-to-ask, What do you ask for before the referral goes in? #key
* [Ask that the AMHP hears your first-hand account directly before the assessment, and that the crisis and home treatment team is asked to see Daniel today as a possible alternative. #id: account-and-crisis-team #standard: SWE-3 +2 #standard: SWE-1.7 +2 #standard: PCF-8 +1 #standard: HCPC-2 +1 #feedback: This makes sure the person who decides hears from the only first-hand witness, and that a less restrictive alternative is actually available to weigh rather than just mentioned. It fits the AMHP's duty to consider all the circumstances and the Code of Practice's least restrictive option principle.]
    ~ asked_amhp = true
    ~ amhp_heard = true
    ~ crisis = true
    "Two things. I'd like the AMHP to hear what I saw from me, before they go out. And can we ask the crisis team to see him today, so there's a real alternative on the table if one's needed?"
    "Fair enough. I'll put your name on the referral." #speaker: Niraj #mood: neutral
    "I'll ring the crisis team. They owe me a favour." #speaker: Grace #mood: calm
* [Ask the team to hold off the Mental Health Act referral until the crisis team has assessed Daniel. #id: crisis-team-first #standard: SWE-1.7 +2 #standard: SWE-3.1 -1 #standard: HCPC-2 -1 #feedback: Putting the least restrictive option first is sound, and asking for a crisis assessment makes that alternative real. One thing to consider is that you cannot hold back a doctor's request for an AMHP, and framing it as a delay can harden the disagreement; asking for both in parallel often achieves more.]
    ~ crisis = true
    ~ shift_rapport(-1)
    "Could we hold the referral until the crisis team has seen him? If they can support him at home, we may not need it."
    "No. I'm not waiting a day for a slot. The referral goes in now." #speaker: Niraj #mood: angry
    "I'll ring the crisis team anyway. Both can happen at once." #speaker: Grace #mood: calm
* [Ask that Daniel is offered informal admission first, if hospital turns out to be needed, rather than detention. #id: offer-informal #standard: SWE-1.7 +1 #standard: SWE-1.2 +1 #standard: PCF-5 +1 #feedback: Informal admission is less restrictive than detention and keeps Daniel's choice in play. One thing to consider is that it is still hospital: the least restrictive option principle also asks whether he could be supported safely at home, and any consent to come in must be genuine and given with capacity, not under the shadow of a section.]
    ~ informal_raised = true
    ~ shift_rapport(1)
    "If he does need hospital, can he be offered the chance to come in informally first?"
    "If he'll come in voluntarily, I'd be delighted. The AMHP can put it to him." #speaker: Niraj #mood: relieved
* [Say nothing more for now, and put your account on the record after the meeting so whoever assesses can read it. #id: record-it-later #standard: HCPC-10 +1 #standard: SWE-3 -1 #standard: SWE-1.7 -1 #feedback: A written account is valuable and lasts beyond the day. One thing to consider is timing: an assessment can happen within hours, and the AMHP may not see a note before setting out, so asking directly that they hear from you is more certain.]
    "Nothing more for now," you say. "I'll get my account onto the record this morning."
    Niraj nods, already dialling.
- The door closes behind him. # sound: door-close
-> after_meeting

=== after_meeting ===
Just before eleven you are at the duty desk when Niraj comes in from a call with bed management. You can tell how it went from his face. # scene: duty-office # clock: 10:55
"Have you got a minute?" #speaker: Niraj #mood: angry
{ form_corrected:
    "I didn't enjoy that. You made it sound as if I want to section him over a broken mug." #speaker: Niraj #mood: angry
- else:
    "I didn't enjoy that. I had the feeling you were sitting on something in there." #speaker: Niraj #mood: angry
}
{ cited_law:
    "And I don't need the Act explained to me in front of a ward manager." #speaker: Niraj #mood: angry
}
"Bed management want an answer by two. If the bed goes, the next one could be eighty miles away. I'm the one who signs the incident reports. And for what it's worth, I like Daniel too." #speaker: Niraj #mood: sad #decision: niraj-after, Niraj is frustrated after the meeting. What do you do?
* [Acknowledge the pressure he is under and that you never doubted his care for Daniel. Say you stand by your account, and that you both want the AMHP to have the full picture. #id: acknowledge-and-hold #standard: SWE-2.1 +2 #standard: HCPC-2 +2 #standard: PCF-1 +1 #feedback: Separating the relationship from the disagreement lets Niraj feel heard without you withdrawing what you saw. Naming a shared aim, the fullest picture for the AMHP, gives you both somewhere to stand.]
    ~ shift_rapport(2)
    "I know you care about him. I never doubted that, and I can see the pressure you're under," you say. "I stand by what I saw. I think we both want whoever decides to have the whole picture."
    He is quiet for a moment.
    "Yes. All right. Yes." #speaker: Niraj #mood: thoughtful
* [Apologise, say you may have overstated things, and that you'll let the assessment take its course. #id: apologise-and-step-back #standard: HCPC-9 -2 #standard: SWE-2.1 -1 #standard: HCPC-2 +1 #feedback: Wanting to repair a working relationship is a real strength, and apologising for tone can help. One thing to consider is the difference between apologising for how something was said and stepping back from what you saw: an accurate first-hand account is not yours to trade for a smoother day.]
    ~ shift_rapport(1)
    ~ softened = true
    "I'm sorry. I may have overstated it. I'll let the assessment take its course."
    "Thank you. I appreciate that." #speaker: Niraj #mood: relieved
    He leaves lighter than he came. You don't.
* [Say this isn't the place for it, and suggest you talk when things have calmed down. #id: talk-later #standard: SWE-2 +1 #standard: PCF-1 +1 #standard: HCPC-2 -1 #feedback: Choosing not to argue in a busy office is a reasonable way to stop things escalating. Another option some practitioners use is to acknowledge the pressure now and name a specific time to talk, so stepping back is not heard as a brush-off.]
    ~ shift_rapport(-1)
    "I don't think the duty desk is the place for this. Can we talk when things are calmer?"
    "When would that be, exactly?" #speaker: Niraj #mood: angry
    He doesn't wait for an answer.
* [Ask him, gently, whether what happened with the other patient last spring might be shaping how he sees Daniel. #id: ask-about-last-spring #standard: SWE-3 +1 #standard: PCF-6 +1 #standard: HCPC-2 -1 #feedback: Naming possible bias is part of sound decision-making, and asking rather than asserting is the more respectful way to do it. One thing to consider is the setting: minutes after a tense meeting, at a busy desk, it may feel personal, and supervision or a reflective team discussion can hold that question more safely.]
    ~ shift_rapport(-2)
    "Can I ask something, carefully? Do you think what happened last spring might be shaping how you see Daniel?"
    "That's..." #speaker: Niraj #mood: angry
    He stops.
    "Maybe. I don't know. It isn't the point." #speaker: Niraj #mood: sad
    He goes back to his office and shuts the door.
- (write)
You open Daniel's electronic record. The incident form is already scanned in. Grace's entry from the meeting reads: Professionals' meeting, Mental Health Act assessment requested by Dr Shah.
The new entry is empty, and the cursor blinks. #decision: write-record, What do you write in Daniel's record?
* [A dated account of what you saw and heard, marked as first-hand and kept separate from your interpretation; your view on detention and your reasons; and what you asked for. #id: factual-account-and-view #standard: HCPC-10 +3 #standard: SWE-3 +2 #standard: SWE-2.1 +1 #feedback: A clear, contemporaneous record that separates observation from opinion is exactly what an AMHP, a tribunal or a later review needs, and it shows how you reached your view. Recording a professional disagreement factually is part of accountability, not disloyalty.]
    ~ record_kind = 1
    ~ amhp_heard = true
    You write it in plain order, with times. Under a separate heading you set out your view: signs of possible relapse that need a response today, an incident that was not violence, and your reasons for thinking a less restrictive option should be tried first.
* [Record the facts, but leave out that you disagreed with the referral, so the notes don't show a split in the team. #id: facts-without-disagreement #standard: HCPC-10 -1 #standard: HCPC-9 -1 #standard: SWE-3 -1 #feedback: Getting what you saw onto the record is valuable, and wanting it to read as professional rather than personal is understandable. One thing to consider is that leaving out a reasoned professional disagreement makes the record incomplete and a little misleading; your reasoning is what makes the entry useful to an AMHP or a tribunal later.]
    ~ record_kind = 2
    ~ amhp_heard = true
    You record what happened at the day centre. You leave out what you think about the referral. It reads smoothly, as if everyone agreed.
* [Add a short line pointing to Grace's meeting entry, rather than duplicating it. #id: point-to-minute #standard: HCPC-10 -2 #standard: SWE-3 -2 #feedback: Avoiding duplication is efficient, and team minutes have their place. One thing to consider is that the minute records a decision, not your first-hand observation; without your own entry, what you saw exists only in your memory.]
    ~ record_kind = 3
    You type a single line: Attended professionals' meeting, see entry by G. Mensah. There is a queue of calls on the duty board.
* [Record your account and your disagreement, and your concern that Niraj is over-reacting because of a previous incident with another patient. #id: account-plus-speculation #standard: HCPC-10 +1 #standard: SWE-2.1 +1 #standard: SWE-3 -2 #standard: HCPC-5 -2 #feedback: Recording your account and your disagreement openly is honest and accountable. One thing to consider is that speculation about a colleague's motives, and a reference to another patient's care, do not belong in Daniel's record; they belong in supervision, and the entry is stronger when it sticks to evidence and reasoning.]
    ~ record_kind = 4
    ~ amhp_heard = true
    ~ shift_rapport(-2)
    You write your account in order, then your view, then a final paragraph about last spring and what you think it is doing to Niraj's judgement. You press save before you can reconsider.
- -> phone

=== phone ===
The duty phone rings. # scene: phone-call # sound: phone-ring # clock: 12:40
{ amhp_heard:
    "Hi, it's Tomasz Nowak, the duty AMHP." #speaker: Tomasz #mood: calm
    { asked_amhp:
        "Dr Shah's referral says you want to speak to me before I go out. Good. I'd rather hear it from the person who was there." #speaker: Tomasz #mood: calm
    - else:
        "I've read your entry on the record. It doesn't read like the incident form, so I wanted to hear it from you." #speaker: Tomasz #mood: thoughtful
        { record_kind == 2:
            "It doesn't say what you make of the referral, though. Do you have a view? I'd rather know than guess." #speaker: Tomasz #mood: neutral
        }
    }
    { softened:
        "Dr Shah told me that by the end of the morning you'd come round to his view. Is that right?" #speaker: Tomasz #mood: thoughtful
        You tell him the truth: you stepped back when it got heated, but what you saw has not changed.
        "Then tell me what you saw. I need that, not what's comfortable." #speaker: Tomasz #mood: neutral
    }
    You take him through it. He asks careful questions. How far away was Bev? How long before Daniel calmed? What did he say when he came back in? Has he talked to you about his sleep?
    "Thanks. For what it's worth, two doctors may well recommend. That's their job. Whether I make an application is mine, and I have to be satisfied that detention is the most appropriate way to give him the care he needs, in all the circumstances." #speaker: Tomasz #mood: thoughtful
    { crisis:
        "Grace tells me the crisis team can get there by half three. That matters." #speaker: Tomasz #mood: calm
    - else:
        "Nobody's asked the crisis team yet. I'll try them, but they're stretched today." #speaker: Tomasz #mood: neutral
    }
- else:
    "Tomasz Nowak, duty AMHP. I'm between two assessments, so I'll be quick." #speaker: Tomasz #mood: neutral
    "I've got Dr Shah's referral and the day centre's incident form. I'm going out at half two with Dr Shah and Dr Okafor. It's the practicalities I need from you." #speaker: Tomasz #mood: neutral
}
"Who's his nearest relative, and how do you think we go about this with Daniel?" #speaker: Tomasz #mood: neutral #decision: involve-daniel, How do you suggest Daniel and his nearest relative are involved?
* [Suggest Daniel is told honestly today that an assessment is coming and why; that it happens at home, where he is calmest; that you can be there if he wants; and that Leah, as his nearest relative, is told and her views heard. #id: prepare-and-involve-leah #standard: SWE-1.2 +2 #standard: SWE-1.4 +2 #standard: SWE-2.1 +1 #standard: PCF-5 +1 #feedback: This keeps Daniel informed and involved, uses a setting where he is likely to be at his best, and identifies Leah correctly: as his partner who has lived with him for more than six months, she is treated like a spouse and is his nearest relative, whom the AMHP must inform about a section 2 application and consult before any section 3. It reflects the Code of Practice principles of empowerment and involvement, and respect and dignity.]
    ~ involve = 1
    ~ shift_trust(2)
    "How long has Leah lived with him?" #speaker: Tomasz #mood: neutral
    "Just over two years," you say.
    "Then she's his nearest relative. I'll ring her. Can you ring Daniel and tell him we're coming, and why?" #speaker: Tomasz #mood: calm
    You ring Daniel. There is a long pause on the line.
    "Right. Will you be there?" #speaker: Daniel #mood: anxious
    You tell him you will.
* [Suggest contacting his mother, Sue, in Swansea: she was involved at the last admission and knows his history well. #id: contact-his-mother #standard: SWE-1.4 +1 #standard: PCF-5 -1 #standard: SWE-1.2 -1 #feedback: Valuing family knowledge is a real strength, and his mother may hold useful history. One thing to consider is that Leah, his partner who has lived with him for over two years, is treated like a spouse and so is now his nearest relative; contacting his mother is also worth discussing with Daniel first, given his right to a private and family life under Article 8.]
    ~ involve = 2
    "His mum may well know the history. But if Leah has lived with him as his partner for more than six months, she's his nearest relative now, not his mum." #speaker: Tomasz #mood: neutral
    "I'll ring Leah. If we speak to his mum, I'd rather Daniel knew first and had a say. I'll ring him myself to let him know we're coming." #speaker: Tomasz #mood: calm
    You realise Sue stopped being his nearest relative once Leah had lived with him for six months. The file still names Sue from the last admission. You make a note to correct it.
* [Suggest Daniel isn't told in advance, in case he leaves the flat or becomes distressed before the team arrives. #id: no-warning #standard: SWE-1.2 -2 #standard: SWE-2.1 -1 #standard: HCPC-6 +1 #feedback: Thinking about how a visit could go wrong is part of planning safely, and AMHPs do sometimes decide not to forewarn. One thing to consider is that nothing you saw suggests Daniel would run, and an unannounced visit can feel like an ambush; the Code's respect and dignity and empowerment principles point towards telling him unless there is a clear reason not to.]
    ~ involve = 3
    ~ shift_trust(-2)
    "It's my call, but you know him. All right. Nobody rings ahead." #speaker: Tomasz #mood: thoughtful
    "Leah's lived with him as his partner for more than six months, so she's his nearest relative. I'll make sure she's informed." #speaker: Tomasz #mood: neutral
* [Suggest the assessment is done at the team base instead, with the police made aware, given what happened at the day centre. #id: office-with-police #standard: HCPC-6 +1 #standard: SWE-1.7 -2 #standard: SWE-2 -1 #feedback: Thinking about everyone's safety is responsible. One thing to consider is that nobody was hurt and Daniel calmed when given space; an unfamiliar office and a police presence could raise the temperature, and the AMHP must interview him in a suitable manner, which usually means somewhere he can be at his best.]
    ~ involve = 4
    ~ shift_trust(-1)
    "I hear the concern. But nobody was hurt, and I'd rather not make this a bigger event than it needs to be. I'll see him at home, no police." #speaker: Tomasz #mood: neutral
    "His partner Leah is his nearest relative, I take it? I'll ring her. Can you let Daniel know we're coming?" #speaker: Tomasz #mood: neutral
    You ring Daniel. You are still half thinking about police, and he hears it in your voice.
    "Are you expecting me to kick off?" #speaker: Daniel #mood: angry
- (after_call)
{ not amhp_heard:
    He has rung off before you say a word about the mug. As you put the phone down, it lands: he is going out with the incident form, and nothing from the one person who saw it.
    -> ring_back
}
-> home

= ring_back
* [Ring Tomasz back straight away.]
    ~ amhp_heard = true
    ~ heard_late = true
    He answers on the fourth ring. You tell him what you saw. He listens without interrupting.
    { crisis:
        "Thanks. I wish I'd had that an hour ago. At least Grace has the crisis team lined up." #speaker: Tomasz #mood: thoughtful
    - else:
        "Thanks. I wish I'd had that an hour ago. I'd have asked the crisis team to hold a slot. I'll see what I can do." #speaker: Tomasz #mood: thoughtful
    }
    -> home
* [Leave it. You'll be at the visit, and you can tell him there.]
    You pick up the next call on the duty board.
    -> home

=== home ===
On the drive over you notice how much you want this to go one way. You make yourself list what would worry you if you didn't know Daniel: the sleep, the low lithium, how fast it went last time. The list is not short. # scene: street # ambience: street # clock: 14:20
Daniel and Leah's flat is on the second floor of a converted terrace, with a bike in the hallway. # scene: family-home # ambience: home # clock: 14:30 # sound: door-knock
{ involve:
- 1:
    Daniel opens the door. Leah is behind him; she has taken the afternoon off. He looks tired, but he is dressed and the kettle is on.
    "You came, then." #speaker: Daniel #mood: anxious
- 2:
    Daniel opens the door. Leah is there; Tomasz rang her. Daniel looks at the three of you and then at you.
    "He said you'd be coming." #speaker: Daniel #mood: anxious
- 3:
    Daniel opens the door in his socks. He sees Tomasz, Niraj and a doctor he doesn't know, and his face changes. Leah is at work.
    "What is this? Nobody said anything." #speaker: Daniel #mood: distressed
- else:
    Daniel opens the door. Leah is beside him, arms folded.
    "Three of you. I was half expecting a police van." #speaker: Daniel #mood: angry
}
"I'm Tomasz. I'm an Approved Mental Health Professional. I'm here to decide whether you need to be in hospital under the Mental Health Act, or whether there's another way. The doctors will give their opinions, but the decision to apply is mine, and I want to hear from you." #speaker: Tomasz #mood: calm
"Do I get a choice?" #speaker: Daniel #mood: anxious
"You get a say. That's why I'm here." #speaker: Tomasz #mood: calm
They sit at the kitchen table. Tomasz asks Daniel whether he wants you there, and tells him he can speak to Tomasz on his own at any point. Daniel says you can stay.
{
- amhp_heard and form_corrected:
    "The day centre's form says you threw a mug towards a member of staff. I've also heard from someone who was there, and it sounds different. I'd like your version." #speaker: Tomasz #mood: neutral
    "I never threw anything at anyone. I hit the counter and it fell off." #speaker: Daniel #mood: distressed
- amhp_heard:
    "The day centre's form says you threw a mug towards a member of staff. I've heard another account as well. I'd like yours." #speaker: Tomasz #mood: neutral
    "I never threw anything at anyone. I hit the counter and it fell off." #speaker: Daniel #mood: distressed
    He looks at you. You were there, and this morning you let the form stand.
    ~ shift_trust(-1)
- else:
    "The form from the day centre says you threw a mug towards a member of staff." #speaker: Tomasz #mood: neutral
    "I never threw anything at anyone. I hit the counter and it fell off." #speaker: Daniel #mood: distressed
    He looks at you, waiting for you to say so. {form_corrected:You said it this morning, to Niraj and Grace, but Tomasz wasn't in that room.|Nobody has, yet.}
    ~ shift_trust(-1)
}
"I got a letter saying my PIP's stopping. Leah's already covering the rent this month. I waited twenty minutes and then they said the one man who could help had gone home. So I lost it. I'm not proud of it. I said sorry to Bev." #speaker: Daniel #mood: sad
Then he turns to you.
"Did you tell them I threw it at someone? Whose side are you even on?" #speaker: Daniel #mood: angry #decision: daniel-asks, Daniel asks whose side you are on. How do you answer? #key
* [Tell him plainly what you said about him today, including that you are worried about his sleep too, and explain that you are here as his social worker while Tomasz makes the decision. #id: honest-about-role #standard: SWE-2.1 +2 #standard: SWE-2.3 +2 #standard: HCPC-9 +1 #standard: PCF-2 +1 #feedback: Being straight about what you said, including the worry, treats Daniel as someone who can handle the truth, and explaining roles helps him see who decides what. Honesty now protects trust whatever the outcome.]
    ~ answer = 1
    ~ shift_trust(2)
    { form_corrected:
        You tell him. You said the mug fell when he hit the counter, that nobody was near it, and that he came back and apologised. You also said you were worried about his sleep.
    - else:
        You tell him the truth: this morning you let the form stand, and you wish you hadn't. Then you say it now, to him and to Tomasz. The mug fell. Nobody was near it. He came back and apologised. You are worried about his sleep too.
    }
    { not amhp_heard:
        ~ amhp_heard = true
        ~ heard_late = true
        Tomasz stops writing and looks up. It is the first time he has heard it.
    }
    "I'm not here to decide. Tomasz is. I'm here because I know you, and so that what I saw gets heard properly."
    "Fine. At least you're straight with me." #speaker: Daniel #mood: sad
* [Reassure him: "I'm on your side, Daniel. I told them it wasn't serious." #id: on-your-side #standard: SWE-2.3 -2 #standard: SWE-2.1 -1 #standard: SWE-1.2 +1 #feedback: Wanting Daniel to feel supported in a frightening moment is understandable, and reassurance can settle things. One thing to consider is that it blurs your role and may not match everything you said, including your worries; if the outcome goes against him, he may feel let down by the one person he trusted.]
    ~ answer = 2
    ~ shift_trust(1)
    "I'm on your side, Daniel. I told them it wasn't serious."
    "Good. Someone is, then." #speaker: Daniel #mood: relieved
    Tomasz glances at you and writes something down.
* [Say you can't go into what was said in a professionals' meeting, but he can ask Tomasz anything. #id: cannot-discuss #standard: SWE-2.1 -1 #standard: SWE-1.2 -1 #standard: HCPC-5 +1 #feedback: Being careful about what other professionals said is reasonable, and pointing him to the decision-maker is accurate. One thing to consider is that confidentiality protects Daniel, not the professionals: nothing stops you telling him what you yourself said about him, and a closed answer at this moment can feel like confirmation of his worst fear.]
    ~ answer = 3
    ~ shift_trust(-1)
    "I can't go into what was said in the meeting. But you can ask Tomasz anything."
    "Right. So that's a yes, then." #speaker: Daniel #mood: sad
    He turns his face to the window.
* [Say that what matters most now is what he wants to happen, and encourage him to tell Tomasz in his own words. #id: his-own-words #standard: SWE-1.3 +2 #standard: SWE-1.2 +1 #standard: SWE-2.1 -1 #feedback: Turning to Daniel's own wishes puts him at the centre, which is where the Code of Practice's empowerment and involvement principle wants him. One thing to consider is that it sidesteps a direct and fair question; answering it briefly first, then inviting his view, may do both.]
    ~ answer = 4
    "What matters most right now is what you want to happen. Tell Tomasz, in your own words."
    "What I want? Nobody's asked me that all day." #speaker: Daniel #mood: thoughtful
    He looks at Tomasz. "All right."
- (his_voice)
"Here's the thing. I know what I'm like when I'm going up. I've been sleeping four, five hours. I'm not daft, I know that's a sign. But I'm angry because they stopped my money, not because I'm ill. Both things can be happening." #speaker: Daniel #mood: thoughtful
"Last time, I lost my job. Leah had to ring my boss. A month on a ward, and I came out with nothing to come out to." #speaker: Daniel #mood: sad
{ trust >= 6:
    "I'll take the lithium properly. I'll do the blood test tomorrow. Leah can ring someone if I start going. I just want someone to come here. Not me go there." #speaker: Daniel #mood: anxious
- else:
    "I don't want anyone. Not a crisis team in my kitchen, not a ward. I want to be left alone to sort my money out." #speaker: Daniel #mood: angry
}
{ involve == 3:
    Tomasz asks whether he can ring Leah, as his nearest relative. Daniel nods. On speakerphone from work, Leah says she has been frightened since the weekend, but not of Daniel. Of him going back to how he was three years ago, and of hospital taking everything with it again.
- else:
    Tomasz turns to Leah and asks what she thinks. She has been frightened since the weekend, she says, but not of Daniel. Of him going back to how he was three years ago, and of hospital taking everything with it again. She would rather have help here, if it is real help.
}
Tomasz asks whether, if hospital did turn out to be needed, Daniel would think about coming in for a few days without a section. He is careful to make it a genuine question, not a threat.
{ (informal_raised and trust >= 6) or trust >= 8:
    ~ would_come_in = true
    "If it came to that. If it was my choice, and I could leave. But I'd rather not." #speaker: Daniel #mood: thoughtful
- else:
    "No. If I go in, it's because you made me." #speaker: Daniel #mood: angry
}
Tomasz thanks him and steps out onto the landing with the two doctors. Through the door you hear low voices. Leah's name comes up. So does yours.
{
- amhp_heard and crisis and trust >= 6:
    ~ outcome = 1
    -> no_application
- amhp_heard and trust >= 8:
    ~ outcome = 2
    -> informal_admission
- amhp_heard and informal_raised and trust >= 6:
    ~ outcome = 2
    -> informal_admission
- amhp_heard:
    ~ outcome = 3
    -> section_two
- else:
    ~ outcome = 4
    -> section_two_unheard
}

=== no_application ===
Twenty minutes later Tomasz comes back in and sits down at the table again. # clock: 14:55
"Both doctors are prepared to recommend. I've listened to them, and to Daniel, and to what you saw yesterday. I'm not making an application today." #speaker: Tomasz #mood: calm
"Detention takes away someone's liberty and takes him out of his home and away from Leah. That's Article 5 and Article 8. It has to be necessary and proportionate, and today there's a less restrictive way, and Daniel has agreed to it." #speaker: Tomasz #mood: thoughtful
He explains his reasons to Daniel and Leah, and tells the doctors he will set them out in writing.
At half three a practitioner from the crisis and home treatment team arrives. By four there is a plan, written with Daniel at his own kitchen table: visits twice a day for the first few days, his lithium level checked tomorrow morning, a medication review with Niraj on Thursday, and the crisis line number on the fridge for Leah. You add the parts that are yours: an urgent welfare rights appointment this week, to ask for the PIP decision to be looked at again before the deadline runs out, and a carer's assessment for Leah, who has been carrying the rent and the worry on her own.
Niraj reads it twice.
"I'll go along with it. I want to see him Thursday, and if he still isn't sleeping, we talk again." #speaker: Niraj #mood: thoughtful
"Thursday. I'll be there." #speaker: Daniel #mood: relieved
-> supervision

=== informal_admission ===
Twenty minutes later Tomasz comes back in and sits down at the table again. # clock: 14:55
"The crisis team can't start home treatment until Thursday, and I'm not comfortable leaving things until then. Daniel, you said you'd think about coming in for a few days." #speaker: Tomasz #mood: calm
"I want to be clear. This is your choice, and no is an answer I'll accept. I'm not making an application today, whatever you decide. If you come in, you'd be an informal patient, and you can leave. The ward would ask you to talk it through first." #speaker: Tomasz #mood: calm
"And I'll be straight with you. If the ward were ever seriously worried when you wanted to go, a doctor or nurse can hold you for a short time while you're assessed again. I'm telling you so you decide with all the facts, not to push you." #speaker: Tomasz #mood: thoughtful
Tomasz asks Daniel to tell him, in his own words, what coming in would mean. He does: a few days, his own choice, he can go, and what would happen if the ward got worried. Tomasz nods. He is satisfied Daniel can make this decision for himself.
{ involve == 3:
    Daniel looks at his phone, at Leah's name on the screen, for a long moment.
- else:
    Daniel looks at Leah for a long moment.
}
"I want to sleep. I don't want this turning into last time. I'll come in. Leah can bring my stuff later." #speaker: Daniel #mood: sad
You ring the ward. Grace answers.
"I'll be there when he arrives. Tell him I remember him, and that this time he's walking in on his own terms." #speaker: Grace #mood: calm
Niraj, by the car, lets out a long breath.
"That's the best outcome I could have hoped for this morning." #speaker: Niraj #mood: relieved
You promise Daniel you'll bring the PIP letter on Thursday, so you can ask for the decision to be looked at again together. Then you ring Leah to offer her a carer's assessment of her own.
-> supervision

=== section_two ===
Twenty minutes later Tomasz comes back in. He does not sit down straight away. # clock: 14:55
"I've thought hard about this. Both doctors recommend. Daniel isn't sleeping, his lithium is low, and the last time this happened it moved very fast." #speaker: Tomasz #mood: thoughtful
{ crisis:
    "The crisis team could start this afternoon, but Daniel has told me he doesn't want them in the flat, and he doesn't want to come in informally." #speaker: Tomasz #mood: sad
- else:
    "The crisis team can't start home treatment until Thursday. I'm not comfortable leaving it that long, and Daniel doesn't want to come in informally." #speaker: Tomasz #mood: sad
}
"So I'm making an application under section 2. What you saw is in my report. It's why I don't see him as a danger to anyone at the day centre. My worry is for Daniel's own health and safety. It's the nature of his illness more than how he is this afternoon: last time it went from this to the dual carriageway inside a week." #speaker: Tomasz #mood: thoughtful
"He can make plenty of decisions for himself, but this Act doesn't turn on capacity. Dr Shah asked about section 3, as his diagnosis is known. Nobody can yet say whether this is a relapse or a man under huge strain, and that needs assessing, so it's section 2. If it ever came to section 3, Leah would have to be consulted, and she could object." #speaker: Tomasz #mood: thoughtful
He explains Daniel's rights slowly and writes them down: section 2 lasts up to 28 days, he can apply to the tribunal within the first 14 days, and he will be offered an independent mental health advocate. Leah, as his nearest relative, can order his discharge by giving the hospital 72 hours' notice in writing, though his responsible clinician can block it if he would be a danger to himself or others. Tomasz will explain that to her himself.
{ answer == 2:
    ~ shift_trust(-3)
    "You said you were on my side." #speaker: Daniel #mood: distressed
    You don't have a good answer.
- else:
    "I get it. I don't like it. But I get it." #speaker: Daniel #mood: sad
}
{ heard_late:
    On the stairs Tomasz says quietly, "I wish I'd had your account earlier in the day. It might not have changed the outcome. It would have changed what I lined up first."
}
Grace meets him on the ward. You promise Daniel you'll visit on Thursday and bring the PIP letter, so you can ask for the decision to be looked at again together, and you tell Leah you'll arrange a carer's assessment for her if she wants one. It is a small thing, and it is his life still going on.
-> supervision

=== section_two_unheard ===
Twenty minutes later Tomasz comes back in. He does not sit down. # clock: 14:55
"Both doctors recommend. The day centre reports that he threw a mug towards staff. He isn't sleeping, and his lithium is low." #speaker: Tomasz #mood: thoughtful
{
- would_come_in:
    "He's told me he'd come in informally. When someone who can make that decision agrees to come in, that's usually the right way, and I've thought hard about it. But the form says he threw a mug at staff after a twenty-minute wait. On a ward, with its doors and its waiting, I'm not confident an informal admission would hold." #speaker: Tomasz #mood: thoughtful
- trust >= 6:
    "He's asked for help at home, and I've thought hard about that. But with a report of something thrown at staff, I'm not confident home treatment would hold today." #speaker: Tomasz #mood: thoughtful
- else:
    "He doesn't want help at home, and he won't consider coming in informally." #speaker: Tomasz #mood: thoughtful
}
"I'm making an application under section 2." #speaker: Tomasz #mood: sad
{ answer == 2:
    ~ shift_trust(-3)
    "You said you were on my side." #speaker: Daniel #mood: distressed
    You don't have a good answer.
- else:
    Daniel says nothing at all. He stares at the kitchen table for a long time.
    { involve == 3:
        Leah is still at work. He rings her from the ambulance.
    - else:
        Leah keeps her hand on his shoulder.
    }
}
Tomasz explains Daniel's rights: up to 28 days, the tribunal within the first 14, an independent mental health advocate, and Leah's right as his nearest relative to ask for his discharge.
On the stairs you finally tell Tomasz what you saw. He listens, and something in his face shifts.
"I wish I'd had that this morning. It might not have changed the outcome. He isn't sleeping, and that worries me. But it would have changed what I weighed, and what I lined up." #speaker: Tomasz #mood: sad
{ would_come_in:
    "And his offer to come in on his own. I'd have weighed that very differently." #speaker: Tomasz #mood: sad
}
He adds it to his report that evening, alongside the incident form that says something different.
-> supervision

=== supervision ===
Back at the base, Helen has the kettle on in the duty office. # scene: duty-office # ambience: office # clock: 17:30 # sound: kettle
"Sit down. I hear it's been a long one." #speaker: Helen #mood: calm
{
- record_kind == 4:
    Niraj's office door is shut when you pass it.
- rapport <= 3:
    On your way in, Niraj passed you in the corridor without a word.
- rapport >= 7:
    Niraj put his head round the door at five. "Thanks for today. Hard day," he said, and meant it.
- else:
    Niraj nodded to you in the corridor. Polite. Careful.
}
{ record_kind:
- 1:
    "I read your entry. It's clear what you saw and why you think what you think. That's what a record's for." #speaker: Helen #mood: calm
- 2:
    "I read your entry. It's careful. I couldn't tell from it that you disagreed with the referral. Did you?" #speaker: Helen #mood: thoughtful
- 3:
    "I looked for your entry and found a line pointing to Grace's. Where's what you saw written down?" #speaker: Helen #mood: thoughtful
- 4:
    "Niraj rang me. He's read your entry on Daniel's record, including the paragraph about his previous patient. He's upset, and he has a point: another patient's care doesn't belong in Daniel's notes. We'll need to look at amending that properly, with a note saying why." #speaker: Helen #mood: thoughtful
}
"One more thing to hold on to. When the Mental Health Act 2025 changes to the detention criteria come in, we'll have to be explicit about serious harm: how serious, how likely, and to whom. And Leah's role will change: the nearest relative is being replaced by a nominated person Daniel chooses himself. Those changes aren't in force yet, so today was the 1983 Act as it stands. But they're good questions to be asking already." #speaker: Helen #mood: thoughtful
She puts a mug of tea in front of you. An unbroken one.
"So. Where do you want to take this?" #speaker: Helen #mood: calm #decision: take-it-forward, How do you take the disagreement forward? #key #rationale
* [Ask for time in supervision this week to reflect on the disagreement, including your own possible bias, and on whether a team conversation with Niraj would help. #id: reflect-in-supervision #standard: SWE-4.2 +3 #standard: SWE-4.8 +2 #standard: SWE-3.2 +1 #standard: PCF-6 +1 #feedback: Using supervision to look at your own part, your feelings and your possible bias, alongside the team relationship, is exactly what it is for. It also keeps escalation routes in reserve for if the disagreement continues, rather than reaching for them first.]
    ~ shift_rapport(1)
    "Thursday, ten o'clock," Helen says, writing it down. "Bring what you felt as well as what you thought. And if it would help, I'll ask Niraj whether he'd come to the team's reflective session next month. He's had a hard year too."
* [Ask Helen how to raise a formal concern about Niraj's approach through the trust's escalation policy. #id: formal-concern #standard: SWE-6 +1 #standard: PCF-8 +1 #standard: PCF-6 -1 #standard: HCPC-2 -1 #feedback: Knowing the escalation routes and being willing to use them is part of professional accountability. One thing to consider is that this was a disagreement of professional judgement, handled through a lawful process, rather than unsafe or abusive practice; supervision and a direct conversation usually come first, with formal escalation kept for when disagreement continues or someone is at risk.]
    "You can, and I'll show you how," Helen says. "But let me ask you first. Was this unsafe practice, or a hard disagreement where the right person made the decision? Because those go down different roads."
* [Tell Helen it's sorted: the AMHP made the decision and there's nothing more to discuss. #id: leave-it #standard: SWE-4.2 -2 #standard: PCF-6 -1 #standard: SWE-3.1 +1 #feedback: Trusting the process is reasonable, and the AMHP's independent decision is exactly the safeguard the law provides. One thing to consider is that the relationship, your own reactions and what the team might learn are still unaddressed; supervision is the place to look at them before the next disagreement arrives.]
    "All right," Helen says. "But it's in my diary that we're coming back to it. Disagreements like this one don't tend to stay sorted on their own."
* { rapport >= 4 } [Say you'll ask Niraj for a one-to-one conversation to clear the air first, and bring it to supervision if that doesn't settle it. #id: talk-to-niraj-first #standard: HCPC-2 +2 #standard: SWE-2.1 +1 #standard: SWE-4.2 +1 #feedback: Going directly and respectfully to a colleague is often the quickest way to repair a working relationship, and it shows confidence. One thing to consider is bringing it to supervision anyway, so that you also look at your own part and your possible bias, not only at the relationship.]
    ~ shift_rapport(1)
    "Good. Go and find him tomorrow, not tonight," Helen says. "And we'll still talk about it on Thursday. You had a hard day too."
* { rapport < 4 } [Ask Helen to help set up a facilitated conversation with Niraj, because things between you feel too strained to talk one-to-one. #id: facilitated-conversation #standard: SWE-4.2 +2 #standard: PCF-8 +1 #standard: HCPC-2 +1 #feedback: Recognising that a relationship needs help to repair, and asking for it, is mature practice and uses your organisation well. One thing to consider is also bringing your own part, and your possible bias, to supervision, so the conversation is not only about Niraj.]
    ~ shift_rapport(1)
    "I'll ask him," Helen says. "The consultants have a reflective practice group, and he might prefer that. Either way, we'll talk about your side of it on Thursday."
- (close)
{
- outcome == 4:
    -> end_unheard
- outcome == 3:
    -> end_section_two
- rapport <= 3:
    -> end_strained
- outcome == 2:
    -> end_informal
- else:
    -> end_home
}

=== end_home ===
On Thursday, Daniel is at clinic on time. He has slept six hours two nights running, and the welfare rights adviser has sent off his request for the PIP decision to be reconsidered. The plan held because everyone could see what it was for.
Your entry, Tomasz's decision and the home treatment plan sit together on his record. # ending: no-application-home-treatment, No application made; home treatment plan agreed with Daniel
-> END

=== end_informal ===
Daniel stays on the ward for nine days as an informal patient. He sleeps, his lithium level comes back into range, and on the last day he asks to see the PIP reconsideration letter before he packs his bag.
He went in because he chose to, and he came out to his job and his flat. # ending: informal-admission, Daniel admitted informally by agreement
-> END

=== end_section_two ===
Daniel is detained under section 2 on the ward Grace runs. He applies to the tribunal in the first week, with a solicitor and an advocate to help him.
{ record_kind == 1 or record_kind == 4:
    Your account of the day centre is in the AMHP's report and in your own record, just as you saw it.
- else:
    Your account of the day centre is in the AMHP's report. That evening you write it into your own record too, in full, with the date and time you wrote it.
}
The decision went the way you did not want, and it was made with everything in front of the person who made it. # ending: section-two-after-full-assessment, Daniel detained under section 2 after a full AMHP assessment
-> END

=== end_unheard ===
Daniel is detained under section 2. Your first-hand account reached Tomasz on the stairs, after the decision, and sits in his report next to an incident form that tells a different story.
Nobody can say whether it would have changed the outcome. It is on the record now, where his responsible clinician will read it, and so will the tribunal if Daniel applies. You will still be thinking about the hour in which it might have made a difference. # ending: section-two-account-not-heard, Daniel detained under section 2 before the AMHP heard your account
-> END

=== end_strained ===
{ outcome == 1:
    Daniel stays at home with the crisis team visiting twice a day, and by Thursday he is sleeping better.
- else:
    Daniel goes into hospital as an informal patient, by his own choice, and sleeps for most of the first two days.
}
Niraj reviews him as planned and is careful and kind with him. With you he is polite, brief and nothing more. Work with Daniel will go on for months, and you and Niraj will both be part of it. # ending: no-detention-team-strained, No detention; working relationship with Niraj strained
-> END
