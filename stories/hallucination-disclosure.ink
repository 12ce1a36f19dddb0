# title: Hallucination disclosure
# summary: You are a student social worker helping Callum Reid with a Universal Credit health questionnaire when he starts to tell you about faces he keeps seeing. How you answer him shapes what he trusts you with, and what happens to his health and his claim.
# minutes: 15
# version: 2
# content-note: psychosis, unusual experiences, suicidal thoughts, money worries
# author: swsim project team
# meter: trust, Callum's trust, 0, 10
# reflect: What? Describe the moment Callum asked whether you believed him. What did you say, and what did you notice in yourself as he asked?
# reflect: So what? How did you balance being honest with him, respecting his right to decide, and asking about his safety? What do your choices say about the values you bring to practice?
# reflect: Now what? Thinking about his income as well as his health, what would you do again, and what would you do differently, with the next person who tells you about an experience like this?

// Callum's trust in you, 0 to 10. It decides what he tells you and what he agrees to.
VAR trust = 5

// What happened earlier, so later scenes can show it.
VAR label_used = false
VAR minimised = false
VAR colluded = false
VAR asked_risk = false
VAR dark_thoughts = false
VAR guarded = false
VAR safety_plan = false
VAR walked_out = false
VAR told_helen = false
VAR recorded_labels = false
VAR shared_with_dwp = false
VAR in_contact = false
VAR police_called = false
VAR card_given = false

// The benefits questionnaire: 0 not discussed, 1 done together with adjustments, 2 put aside, 3 wording argued over, 4 signposted.
VAR form_plan = 0
CONST FORM_TOGETHER = 1
CONST FORM_PARKED = 2
CONST FORM_STRONG_WORDS = 3
CONST FORM_SIGNPOSTED = 4

// Referral: 0 not discussed, 1 agreed, 2 declined, 3 same-day help agreed, 4 made without agreement, 5 left with him.
VAR referral = 0
CONST REF_AGREED = 1
CONST REF_DECLINED = 2
CONST REF_URGENT = 3
CONST REF_IMPOSED = 4
CONST REF_LEFT = 5

-> start

=== function shift(d) ===
~ trust = trust + d
{ trust > 10:
    ~ trust = 10
}
{ trust < 0:
    ~ trust = 0
}

=== start ===
The interview room at the Eastgate advice centre is barely bigger than a cupboard: two chairs, a table with a wobble, a box of tissues and a poster about council tax. # scene: benefits-office # ambience: office # clock: 10:15
You are a final-year student social worker on placement with the community mental health team. Once a week the team runs a joint session here with the council's welfare rights service, for people whose GP thinks mental health may be part of a benefits problem.
The welfare rights adviser you usually sit with has been called into a tribunal hearing. With the agreement of Helen, the team manager who supervises your placement, you are seeing this morning's appointment on your own. Helen is upstairs if you need her.
Callum Reid is thirty-four. He worked nights in a distribution warehouse until the contract ended last year. He now claims Universal Credit, and ten days ago a questionnaire arrived asking how his health limits his ability to work. The note from his GP surgery says only: poor sleep, low mood. He has brought the form in a carrier bag, folded in four.
He arrived early and has been sitting in the waiting area with his hood up. In the room he pushes it back: short ginger-brown hair, a few days' stubble, the grey look under the eyes of someone who has been awake for most of the night. He shakes your hand and apologises for the state of the form before you have said anything. You tell him who you are: a student social worker from the community mental health team, helping out at the benefits session today, with your supervisor upstairs. He nods. He does not seem to mind who you are, as long as someone helps with the form.
"Sorry. I've filled in my name and that's about it. Every time I sit down with it my head goes." # speaker: Callum # mood: anxious
You work through the first pages together. He is quick and dry, and makes a joke about the question on picking up a pound coin. Then you reach the section about coping with other people, and he goes quiet. He runs his thumb hard along the edge of the table.
"Can I tell you something? You'll think I've lost it." # speaker: Callum # mood: anxious
"It's faces. I keep seeing faces. In the tiles in the bathroom. In the bark on the trees down the park. In the telly when it's switched off. Last week in Tesco there was a face in the crowd, then it was in the next aisle, then it was in the freezer door." # speaker: Callum # mood: distressed
He is talking faster now, leaning towards you, his hands moving as he speaks.
"They're not just shapes. They look at me. They know I'm there. I haven't slept properly in weeks." # speaker: Callum # mood: distressed
Your pen is still over the form. # decision: first-response, How do you first respond when Callum starts telling you about the faces?
* [Put the pen down, turn towards him and say, "Thank you for telling me. That sounds really hard. Can you tell me more about what's been happening?" #id: open-and-attend #standard: SWE-1.1 +2 #standard: HCPC-2 +2 #standard: PCF-7 +1 #feedback: Setting the form aside and asking an open question told Callum he had your full attention and let him tell it his own way. Following his lead here is what makes the harder questions possible later.]
    ~ shift(1)
    You put the pen down and turn your chair a little towards him. He looks at you as if checking whether you mean it, and then it comes out in a rush.
    The faces started in the spring: a few at first, now most days. They are worst at night, in the dark window of his flat. He has started keeping the curtains shut and the big light on until it gets light outside.
    -> believe
* [Acknowledge what he has said, and suggest you finish this section of the form first and then come back to it properly. #id: finish-form-first #standard: SWE-1.1 -1 #standard: HCPC-2 -1 #standard: PCF-4 +1 #feedback: Keeping the form moving respects why he came and the deadline he faces. One thing to consider is that someone who has just risked saying something frightening may hear "later" as "not here", and may not raise it again.]
    ~ shift(-1)
    He nods and picks up the pen, but he cannot settle on the question. After a minute he puts it down again.
    "Sorry. I can't think about forms with this going on. It's all I think about." # speaker: Callum # mood: anxious
    -> believe
* [Ask whether he has spoken to his GP about the hallucinations. #id: ask-about-gp #standard: SWE-3.2 +1 #standard: HCPC-2 -1 #standard: PCF-7 -1 #feedback: Checking what help is already in place is sound, and his GP will matter. One thing to consider is that calling the experience "hallucinations" before he has chosen that word, and moving straight to a doctor, can feel like a label and a hand-off before he has been heard.]
    ~ shift(-1)
    ~ label_used = true
    "Hallucinations." # speaker: Callum # mood: angry
    He repeats the word flatly, as if he has been waiting for it.
    "That's what the doctor would say as well. That's why I haven't gone." # speaker: Callum # mood: sad
    -> believe
* [Reassure him that lots of people see faces in patterns, that the brain is built to find them, and that it is very common. #id: normalise-patterns #standard: SWE-1.1 +1 #standard: HCPC-2 -1 #standard: PCF-6 -1 #feedback: Normalising can ease fear and shame, and many people do see faces in patterns. One thing to consider is that explaining his experience before you understand it can sound like telling him what it is, and he had already said these are not just shapes.]
    ~ shift(-1)
    ~ minimised = true
    He is shaking his head before you have finished.
    "No. I know about clouds and plug sockets looking like faces. This isn't that. These ones look at me. They follow me about." # speaker: Callum # mood: angry
    -> believe

=== believe ===
He stops, and looks straight at you. When he speaks again his voice catches.
"You think I'm making it up. Don't you believe me?" # speaker: Callum # mood: distressed
The question sits in the small room. # decision: believe-me, Callum asks, "Don't you believe me?" How do you answer? # key # rationale
* ["I believe that you're seeing them, and I can hear how frightening it is. I'm not seeing them myself, and I won't pretend to, but I'm not doubting what you're going through." #id: honest-validation #standard: SWE-2.1 +3 #standard: SWE-1.1 +2 #standard: PCF-2 +1 #feedback: This accepted that the experience is real to him and focused on how it feels, without confirming or arguing about the faces themselves. Being honest that you do not see them means your word still holds when his GP or other services become involved.]
    ~ shift(2)
    He holds your gaze for a long moment, then lets out a breath.
    "Right. OK. That's fair, actually. Nobody's said that to me." # speaker: Callum # mood: relieved
    He sits back. Some of the tension goes out of his shoulders.
* ["Yes, I believe you. If you say the faces are there, then they're there." #id: agree-faces-real #standard: SWE-1.1 +1 #standard: SWE-2.1 -2 #standard: HCPC-9 -1 #feedback: This came from a wish to stay alongside him at a raw moment, and he will have felt believed. One thing to consider is that agreeing the faces are really there is not honest, may strengthen a frightening belief, and will be hard to square later if you suggest he talks to a doctor about them.]
    ~ shift(1)
    ~ colluded = true
    He nods hard, several times.
    "Thank you. I knew it. I knew I wasn't going mad." # speaker: Callum # mood: relieved
    You notice a small knot in your stomach. You have just agreed to something you do not believe.
* ["It's not really about whether I believe you. What matters is getting you the right help." #id: sidestep #standard: SWE-1.1 -1 #standard: HCPC-2 -1 #standard: SWE-1.2 +1 #feedback: Moving towards help shows you are taking this seriously. One thing to consider is that he asked a direct question, and stepping around it can sound like a polite no; another option some practitioners use is to answer honestly first, then talk about help.]
    ~ shift(-1)
    He frowns.
    "That's a no, then." # speaker: Callum # mood: sad
    He folds his arms, but he does not get up.
* ["I believe you're seeing something. When people haven't slept for weeks the mind can play tricks, so I wonder whether the sleep is part of it." #id: offer-explanation #standard: SWE-1.1 +1 #standard: PCF-6 -1 #standard: HCPC-2 -1 #feedback: Linking the faces to weeks of poor sleep is a hopeful and possibly relevant idea. One thing to consider is that offering an explanation this early can feel like a gentle way of saying it is not real, which was his fear; you can hold different explanations in mind while you keep exploring.]
    ~ shift(-1)
    "It's not the sleep. The sleep's bad because of them, not the other way round." # speaker: Callum # mood: angry
    He says it firmly, but he sounds more tired than angry.
    {minimised:
        "That's twice now you've told me what it is." # speaker: Callum # mood: sad
    }
- -> explore

=== explore ===
The clock on the wall says twenty to eleven. There is a lot you do not know yet: how frightening this is for him, how he is getting through the days and nights, who he has around him, and whether he is safe. # clock: 10:40
{
- trust >= 6:
    "Go on. Ask me whatever you need to. I'd rather get it all out." # speaker: Callum # mood: thoughtful
- else:
    He glances at the door, then back at the form on the table.
}
You have about twenty minutes before the next appointment. # decision: explore-risk, How do you explore what is happening for Callum, including his safety? # key
* [Ask open questions about how the faces affect his days and nights, what helps and who he has around him. Then ask calmly and directly whether the faces ever seem to tell him to do anything, and whether he has had any thoughts of harming himself or anyone else. #id: open-then-direct #standard: HCPC-6 +2 #standard: SWE-3.2 +2 #standard: PCF-7 +2 #standard: HCPC-2 +1 #feedback: Starting with his experience and his coping, then asking plainly about harm, is the needs-based approach NICE NG225 describes. Asking directly and calmly does not put ideas into people's heads, and it often comes as a relief.]
    ~ shift(1)
    ~ asked_risk = true
    He tells you about the nights: the big light on, the radio on, dozing in the armchair because the bedroom window is the worst. What helps is being out with his sister Kerry, who lives ten minutes away. Her two children come to his on Saturdays. He has not told her about the faces.
    He has not seen his GP since his last fit note in the spring.
    You ask, in the same steady voice, whether the faces ever seem to want something from him, or tell him to do anything.
    "They don't talk. They just watch." # speaker: Callum # mood: thoughtful
    Then you ask whether he has had any thoughts of harming himself, or anyone else.
    -> disclosure
* [Explore how the faces affect his sleep and his days and what helps him cope, but leave out questions about harm for now, so as not to frighten him or spoil the rapport. #id: coping-without-risk #standard: SWE-1.1 +1 #standard: HCPC-6 -2 #standard: SWE-3.2 -1 #feedback: Exploring coping and impact is valuable and keeps the conversation on his terms. One thing to consider is that leaving out questions about harm can leave important things unsaid; asking calmly is unlikely to upset him and gives him permission to tell you.]
    He tells you about the nights: the big light on, the radio on, dozing in the armchair because the bedroom window is the worst. What helps is being out with his sister Kerry, who lives ten minutes away. Her two children come to his on Saturdays. He has not told her about the faces.
    "The nights are the worst bit. About four in the morning, that's the worst." # speaker: Callum # mood: sad
    You make a note of it and move on. You decide the rest can wait.
    -> form
* [Explain that you need to go through a standard risk checklist with him, and that you will score his risk as low, medium or high so the right service picks him up. #id: risk-checklist #standard: SWE-3.2 +1 #standard: HCPC-6 -1 #standard: PCF-5 -2 #standard: HCPC-2 -1 #feedback: Wanting a structured, thorough approach makes sense, especially working on your own as a student. One thing to consider is that NICE NG225 advises against risk tools, scales or low, medium and high labels to predict suicide or self-harm or to decide who gets care; a conversation about his needs, and a plan made with him, tells you more.]
    ~ shift(-2)
    ~ asked_risk = true
    ~ guarded = true
    He answers each question with a flat "no". When you explain the rating at the end, he gives a short laugh.
    "Low, medium or high. Like a traffic light. Great." # speaker: Callum # mood: angry
    He tells you very little after that about how he is getting through the nights.
    -> form
* [Ask him a short run of direct questions: do the faces tell him to hurt himself or anyone else, has he ever hurt anyone, does he use drugs. #id: rapid-closed-questions #standard: HCPC-6 +1 #standard: HCPC-2 -2 #standard: SWE-2.2 -1 #feedback: Asking about harm directly takes courage and covers important ground. One thing to consider is that a quick run of closed questions, including one about drugs he had not raised, can feel like an interrogation and tends to bring short, safe answers; opening with his experience first may tell you more.]
    ~ shift(-2)
    ~ asked_risk = true
    "I'm not on drugs. I've never hurt anyone in my life." # speaker: Callum # mood: angry
    -> disclosure

= disclosure
{
- trust >= 5:
    ~ dark_thoughts = true
    He is quiet for a long time.
    "Not anyone else. Never. But some nights, about four in the morning, I've thought it'd be easier if I just didn't wake up." # speaker: Callum # mood: sad
    "I wouldn't do anything. I've got Kerry's two on Saturdays. I wouldn't do that to them." # speaker: Callum # mood: sad
    You ask whether he has ever made any plans, or done anything to act on those thoughts. He shakes his head.
    "No. It's just a feeling. It goes when it gets light." # speaker: Callum # mood: thoughtful
- else:
    ~ guarded = true
    "No. Nothing like that." # speaker: Callum # mood: anxious
    He says it quickly, looking at the table. You notice he has not met your eye since you asked.
}
-> form

=== form ===
He looks down at the questionnaire, still open at the page about coping with other people.
"And I've still got this. It has to be back by the twenty-eighth or they'll say I'm fit for work, and then it's sanctions. I can't lose the flat on top of everything." # speaker: Callum # mood: anxious
You know what is at stake. If the questionnaire comes back on time with enough detail, the DWP looks at whether his health limits his capability for work, and he should not be pushed into looking for jobs he cannot do while that is decided. If it does not come back, and there is no good reason, that protection can go. His rent, his food and his electric all come from this claim. # decision: benefits-form, What do you do about the benefits questionnaire today?
* [Ask what he would like. Offer to finish the key questions with him in his own words, and explain that he can ask for more time, can ask for reasonable adjustments at any assessment, and, if he agrees, can ask his GP for supporting evidence. #id: claim-with-adjustments #standard: PCF-4 +3 #standard: SWE-1.6 +2 #standard: SWE-1.3 +2 #feedback: This kept his income in view alongside his health, part of his social and economic wellbeing under Care Act 2014 s1, and left the choices with him. Reasonable adjustments under the Equality Act 2010, such as a phone or home assessment or bringing someone with him, can make the process manageable.]
    ~ shift(1)
    ~ form_plan = FORM_TOGETHER
    You go through the key questions together. He answers in his own words and you read each one back to him before you write it down.
    For the section about other people he decides on: I see faces that frighten me. I avoid shops and crowds. I have not slept properly since the spring.
    "That's true, that. That's what it's like." # speaker: Callum # mood: thoughtful
    He likes the idea of asking for a phone assessment, and of asking his GP for a letter. You check when he last had a fit note: it ran out in the spring, so a new one goes on the list too, because he will need a current one while he waits for the assessment. You agree that if the letter is not ready by the twenty-eighth, you will help him ring and ask for more time.
* [Tell him not to worry about the form today: his health comes first, and the form can wait. #id: park-the-form #standard: SWE-1.1 +1 #standard: PCF-4 -2 #standard: SWE-1.6 -1 #feedback: Taking pressure off him at a hard moment is kind, and shows you have heard how much he is carrying. One thing to consider is that a missed deadline could put his income at risk, and money worries can feed the distress; his social and economic wellbeing is part of the Care Act 2014 s1 wellbeing duty.]
    ~ form_plan = FORM_PARKED
    He lets out a breath, but his eyes go back to the date on the letter.
    "Easy to say. It's not your rent." # speaker: Callum # mood: sad
* [Offer to fill in the rest for him, describing the faces and his sleep in the strongest terms so the claim has the best chance. #id: write-it-for-him #standard: PCF-4 +1 #standard: SWE-2.1 -1 #standard: SWE-1.3 -2 #feedback: Wanting the strongest possible claim is real advocacy. One thing to consider is that the answers need to be his, accurate and agreed with him, and that how much of his health he puts in front of the DWP is his decision to make.]
    ~ shift(-1)
    ~ form_plan = FORM_STRONG_WORDS
    He hesitates, then pulls the form back towards himself.
    "I don't want it saying I'm a nutter. I just want them to know I can't do nights in a warehouse right now." # speaker: Callum # mood: anxious
    You agree to use his words instead. By the time you have talked it through, only half the questions are done.
* [Suggest he books a full appointment with the welfare rights adviser next week, and phones the DWP himself today to ask for more time. #id: signpost-welfare-rights #standard: PCF-4 +1 #standard: SWE-1.2 +1 #standard: SWE-1.3 -1 #feedback: Specialist welfare rights advice is valuable, and asking for more time is sensible. One thing to consider is how much you are asking of someone who is exhausted and frightened; offering to make that call with him now may make it more likely to happen.]
    ~ form_plan = FORM_SIGNPOSTED
    He takes the appointment card and puts it in the carrier bag with the form.
    "Ring them. Right. I'll try." # speaker: Callum # mood: sad
    You are not sure he will.
- -> referral_talk

=== referral_talk ===
It is ten to eleven. The form is dealt with, one way or another, but the faces are still in the room. # clock: 10:50
You know the team can refer people to the early intervention in psychosis service, which works with people who are seeing or hearing things others do not, often for the first time. His GP can refer too. You also know it has to be his choice.
{colluded: You remember telling him the faces were there. Whatever you say next has to square with that.}
"So what happens now? Is this where you ring someone?" # speaker: Callum # mood: anxious
He is watching your face closely. # decision: consent-referral, How do you approach referral and information sharing with Callum? # key # rationale
* [Explain honestly what could help: seeing his GP, and a specialist team for people seeing things others don't, who can usually see people quickly. Say what you would share, with whom and why, and that it is his choice. #id: explain-and-ask-consent #standard: SWE-1.2 +3 #standard: SWE-2.1 +2 #standard: SWE-1.7 +1 #standard: PCF-2 +1 #feedback: This gave him what he needed to decide, was open about what would be shared and why, and presumed he could make this decision himself, as Mental Capacity Act principle 1 requires. NICE CG178 supports prompt access to early intervention in psychosis services for people having these experiences for the first time.]
    ~ shift(1)
    -> collusion_echo ->
    You explain what the GP could do, and what the specialist team is: people who work with anyone who is seeing or hearing things that others do not, and who can help with sleep, fear and the practical side too. You say you would share what he has told you today with his GP and that team, and nothing with the DWP unless he asks you to. You are honest about the one limit: if you were ever worried he was in immediate danger, you would need to talk to someone, and you would try to tell him first.
    {
    - trust >= 6:
        ~ referral = REF_AGREED
        He thinks about it for a while.
        "A team. Not a ward?" # speaker: Callum # mood: anxious
        You tell him no: they would see him at home or at the clinic, and he could bring Kerry if he wanted.
        "OK. Yeah. Do it. I can't keep going like this." # speaker: Callum # mood: relieved
    - else:
        ~ referral = REF_DECLINED
        He shakes his head slowly.
        "Not yet. I'm not having my name on some list. Let me think about it." # speaker: Callum # mood: anxious
        You tell him that is his decision to make, and that the offer stays open.
    }
* [Tell him that, because of what he has told you, you will need to refer him to the mental health team and let his GP know today. #id: refer-regardless #standard: SWE-1.7 -2 #standard: SWE-1.2 -2 #standard: HCPC-6 +1 #standard: HCPC-5 -1 #feedback: Acting promptly on a concern shows you take your duty of care seriously. One thing to consider is that nothing he said suggests his wishes need to be overridden today; sharing without consent needs a clear, proportionate reason, and doing this to him rather than with him risks the relationship that helps keep him safe.]
    ~ shift(-3)
    -> collusion_echo ->
    His face closes.
    {
    - trust > 2:
        ~ referral = REF_IMPOSED
        "Do what you like, then. You will anyway." # speaker: Callum # mood: angry
    - else:
        -> walkout
    }
* [Give him the surgery's number and suggest he books an appointment if and when he feels ready. #id: leave-it-with-him #standard: SWE-1.3 +1 #standard: HCPC-1 -1 #standard: PCF-7 -1 #feedback: This respected his autonomy and left the decision with him. One thing to consider is that he may not know what help exists or how quickly it can come; explaining the options and offering to help with the first step supports his choice rather than leaving him alone with it.]
    ~ shift(-1)
    ~ referral = REF_LEFT
    You write the surgery's number on a compliment slip. He folds it into his pocket without looking at it.
    {colluded:
        "The doctor. About faces you said were there." # speaker: Callum # mood: thoughtful
        He says it quietly, more puzzled than angry.
    }
    "Maybe." # speaker: Callum # mood: sad
* {dark_thoughts} [Say that, because of what he told you about the nights, you would like him to be able to talk to someone today. Ask if he would be willing for you to ring the team's duty worker together, with him listening, and say what you would share. #id: offer-same-day #standard: SWE-1.2 +2 #standard: HCPC-6 +2 #standard: SWE-3.2 +1 #standard: SWE-2.1 +1 #feedback: This responded in proportion to what he disclosed while keeping him in charge: you asked, you explained what would be shared, and he could say no. Offering same-day contact with his agreement is a proportionate, least restrictive way to respond to thoughts of not wanting to wake up.]
    ~ shift(1)
    -> collusion_echo ->
    {
    - trust >= 5:
        ~ referral = REF_URGENT
        He rubs his face with both hands.
        "Today. Yeah. OK. I'm so tired." # speaker: Callum # mood: sad
        You ring the duty line on speaker, with Callum beside you. You tell the duty worker only what he has agreed to: the faces, the weeks without sleep, the thoughts at four in the morning, and that he has no plans and a sister nearby. He adds bits himself. The duty worker says she will speak to the early intervention team and ring back within the hour.
    - else:
        ~ referral = REF_DECLINED
        "Not today. I just want to go home and sleep." # speaker: Callum # mood: sad
        You tell him that is his choice, and that you would like to make sure he knows where to turn if the nights get worse.
    }
- { trust <= 1:
    {referral != REF_IMPOSED: He nods, but he is already reaching for the carrier bag. The whole morning seems to have caught up with him at once.}
    -> walkout
  }
-> record

= collusion_echo
{ colluded:
    ~ shift(-2)
    He stares at you.
    "You said you believed me. You said they were there. Now you want me to see a doctor about them?" # speaker: Callum # mood: angry
}
->->

=== walkout ===
~ walked_out = true
He stands up and pushes the form back into the carrier bag.
"I came here for help with a form. I shouldn't have said anything." # speaker: Callum # mood: distressed
You start to say something, but he is already at the door. # sound: door-close
Your heart is going. You can hear his footsteps in the corridor, then the front door of the advice centre. Through the window you can see him crossing the car park towards the bus stop, the carrier bag swinging from one hand.
{dark_thoughts: You think about four in the morning, and what he said about not wanting to wake up.}
{not dark_thoughts: You realise you do not know how he is getting through the nights.}
The next person is not due for fifteen minutes. # decision: after-walkout, Callum has walked out upset. What do you do in the next few minutes?
* [Go after him, calmly, as far as the bus stop. Tell him you are sorry it felt like that, offer him a card with your number and the crisis numbers on it, and do not press him to come back. #id: follow-with-card #standard: SWE-2.1 +2 #standard: HCPC-6 +1 #standard: SWE-1.2 +1 #feedback: Following him briefly and calmly, with something he can keep and no pressure, respects his decision to leave while making sure he knows where help is. One thing to consider is keeping your own safety and your next appointment in mind, and telling someone where you have gone.]
    ~ card_given = true
    You tell the receptionist where you are going and walk out into the car park. # scene: street # ambience: street
    He sees you coming and turns half away, but he does not move off.
    You tell him you are sorry the meeting ended like that, that you are not going to chase him, and that you would like him to have this. The card has your number, NHS 111 option 2 and Samaritans on 116 123.
    {
    - trust >= 1:
        ~ shift(1)
        He looks at it for a long moment, then takes it.
        "Right. Cheers. I just need to go home." # speaker: Callum # mood: sad
    - else:
        "I don't want it." # speaker: Callum # mood: angry
        You tuck it into the top of the carrier bag, and he lets you. The bus comes and he gets on without looking back.
    }
* [Let him go, and go straight upstairs to tell Helen what he told you and how he left, so you can decide together what, if anything, needs to happen next. #id: tell-helen-now #standard: SWE-3.2 +2 #standard: SWE-1.2 +1 #standard: HCPC-7 +1 #feedback: Respecting his choice to leave and using supervision straight away is sound practice for a student facing an unexpected, worrying ending. One thing to consider is whether he left with anything he could use if the nights got worse; some practitioners would also make sure he has a card with the crisis numbers.]
    ~ told_helen = true
    You take the stairs two at a time. Helen listens without interrupting, then asks the questions you are already asking yourself: what did he say about harming himself, does he have people around him, did he seem able to make his own decisions?
    {dark_thoughts: You tell her about four in the morning, that he had no plans, and about Kerry's children. She agrees there is nothing to suggest anyone needs to act without him today. She suggests you ring him this afternoon, once he has had time to get home, and leave a short, kind message with the crisis numbers if he does not answer, then try again on Thursday.}
    {not dark_thoughts: You realise you cannot fully answer the first question. She says that is worth noticing, without making a drama of it. She suggests a short message this afternoon to say the door is still open, with the crisis numbers, and a call on Thursday.}
* [Ring the police and ask them to do a welfare check on him this evening, because he left so upset and you are worried about him being on his own tonight. #id: police-welfare-check #standard: HCPC-6 +1 #standard: SWE-1.7 -3 #standard: SWE-1.2 -2 #feedback: Taking his distress seriously and wanting someone to check on him comes from care. One thing to consider is that nothing he said suggested immediate danger, and police at the door is an intrusive response to someone who chose to leave a meeting; under the national Right Care, Right Person approach police attend welfare concerns mainly where there is a real and immediate risk to life, and a call from you or advice from your supervisor or the duty worker is the less intrusive, proportionate first step.]
    ~ police_called = true
    ~ shift(-2)
    The call handler takes the details and asks whether you think there is a real and immediate risk to his life. You say you do not know. She asks whether his mental health team has been told, and says that if an officer is free they will call round, but she cannot say when.
* {dark_thoughts} [Ring the team's duty worker, share what he told you about the nights, and agree together what would be proportionate, given that he left without a plan for if things get worse. #id: consult-duty-worker #standard: SWE-3.2 +2 #standard: HCPC-6 +2 #standard: SWE-1.7 +1 #feedback: Sharing a worrying disclosure with the duty worker when someone leaves suddenly is proportionate and lets you decide the next step with an experienced colleague. It keeps the response in line with the least restrictive option principle while taking what he said about the nights seriously.]
    ~ told_helen = true
    The duty worker listens, asks what he said about plans, and about Kerry. She agrees there is no sign that anyone needs to act without him today, but that he should not go into tonight without the crisis numbers. She rings his mobile while you are there; it goes to voicemail, and she leaves a brief, kind message with NHS 111 option 2 and Samaritans. She suggests you ring him again on Thursday. Then you go upstairs and tell Helen, so your supervisor knows as well.
- -> record

=== record ===
{
- walked_out:
    Back in the interview room, the chair he sat in is pushed out at an angle. Callum has gone, and so has the chance to agree anything with him. What he told you is still in your notebook. # scene: benefits-office # ambience: office # clock: 11:00
- else:
    He nods at your notebook.
    {label_used:
        "Are you going to write all this down? Are you putting hallucinating?" # speaker: Callum # mood: anxious
    - else:
        "Are you going to write all this down? Does it go to the Jobcentre?" # speaker: Callum # mood: anxious
    }
}
What goes in the record, and who needs to know, is yours to decide now. # decision: record-share, What do you record, and who do you tell?
* [Write a brief factual note using his own words, record what he agreed could be shared and with whom, and talk it through with Helen before the end of the day, being open with Callum about all of it. #id: factual-note-and-supervision #standard: HCPC-10 +3 #standard: SWE-3.2 +2 #standard: HCPC-5 +1 #standard: SWE-2.1 +1 #feedback: A factual note in his words, with what he agreed to, is accountable and respectful, and taking a disclosure like this to supervision the same day is what a student should do. Being open with him about what is written and shared protects his trust and his right to privacy under Human Rights Act Article 8.]
    {
    - walked_out and told_helen:
        You write down what he said, in his words, that he left before anything was agreed, and what was decided after he left.
    - walked_out:
        You write down what he said, in his words, and that he left before anything was agreed. Then you go upstairs to find Helen.
    - else:
        You tell him: what he said, in his words, how he is sleeping, and what he has agreed to. Nothing to the Jobcentre unless he wants it. And you will talk it through with your supervisor today, because that is how you work as a student.
        "Fair enough. As long as it's my words." # speaker: Callum # mood: calm
        ~ shift(1)
    }
    ~ told_helen = true
* [Record that he is presenting with psychotic symptoms and possible schizophrenia, so that whoever reads it takes it seriously. #id: clinical-labels #standard: HCPC-3 -2 #standard: HCPC-10 -1 #standard: PCF-5 -1 #standard: SWE-3 -1 #feedback: Wanting other services to take his needs seriously is a fair aim. One thing to consider is that a diagnosis is outside a student social worker's role, and a label in his record can follow him for years; describing what he said and how it affects him, in his words, is more accurate and more useful.]
    ~ recorded_labels = true
    {
    - walked_out:
        You write the note quickly. Reading it back, the words look bigger on the page than they felt in the room.
    - else:
        You tell him you will describe it in medical terms so people act on it. He reads the word schizophrenia upside down as you write it, and goes pale.
        "I never said that. Nobody's said that." # speaker: Callum # mood: distressed
        ~ shift(-2)
    }
* [Keep the note to "support given with Universal Credit questionnaire" and hold the rest yourself, to protect his privacy and the trust he has placed in you. #id: keep-it-private #standard: HCPC-5 +1 #standard: HCPC-10 -2 #standard: SWE-3.2 -2 #standard: HCPC-7 -1 #feedback: Protecting his privacy matters, and the motive is to keep faith with him. One thing to consider is that a student cannot promise that a disclosure like this stays between two people, and needs to take it to their supervisor; a record that leaves it out makes it hard for anyone to help or to account for decisions later, because confidentiality limits who is told, not whether it is written down.]
    {
    - walked_out and told_helen:
        You write one line. Helen knows what he said, but the file does not.
    - walked_out:
        You write one line. The rest stays in your head, where no one else can see it.
    - referral == REF_AGREED or referral == REF_URGENT:
        You tell him that, apart from what he has agreed can go to his GP and the early intervention team, it will stay between the two of you. He nods, though you are not sure how you would keep that promise if the team ring to ask what was said.
    - referral == REF_IMPOSED:
        You tell him that, apart from the referral, it will stay between the two of you. He gives you a long look.
        "Apart from the bit that matters, then." # speaker: Callum # mood: angry
    - else:
        You tell him it will stay between the two of you. He looks relieved, and a little surprised.
        ~ shift(1)
    }
* [Add everything he told you to the evidence that goes to the DWP with his questionnaire, because they need to know how unwell he is. #id: share-with-dwp #standard: PCF-4 +1 #standard: HCPC-5 -2 #standard: SWE-1.3 -1 #feedback: Strong evidence can help a claim, so the motive is sound. One thing to consider is that his health information should only go to the DWP with his informed agreement and in the way he chooses; the questionnaire is his account to give.]
    ~ shared_with_dwp = true
    {
    - walked_out:
        You draft a covering note for the DWP about the faces and his sleep, and put it in the folder for the welfare rights adviser to send on.
    - else:
        He stiffens.
        "The Jobcentre? About the faces? They'll have me down as a nutter. No. Just the form." # speaker: Callum # mood: anxious
        You agree that only what he writes on the form will go to the DWP.
        ~ shift(-1)
    }
- { walked_out:
    -> followup
  }
-> closing

=== closing ===
It is just gone eleven. Through the door you can hear the next person asking whether this is the right room. # clock: 11:05
{
- referral == REF_URGENT:
    The phone on the desk rings. The duty worker has spoken to the early intervention team: a nurse will see Callum at the team base at two o'clock today. Callum rings Kerry, who says she will leave work early and go with him. # sound: phone-ring
    "Two o'clock. Right. What do I do till then?" # speaker: Callum # mood: anxious
- referral == REF_AGREED:
    "So that's it? You'll send it off and they'll ring me?" # speaker: Callum # mood: thoughtful
- referral == REF_IMPOSED:
    He sits with his arms folded, waiting for you to finish.
- else:
    He starts putting the form back into the carrier bag.
}
{guarded and not dark_thoughts: You think back to how quickly, and how flatly, he said no when you asked about harming himself. A plan for the nights would not depend on that answer being the whole story.}
You have a few minutes left with him. # decision: closing-safety-net, How do you close the meeting with Callum? # key
* [Summarise together what has been agreed and check he sees it the same way. Then make a short plan with him for if things get worse: what helps at night, who he can call, including Kerry, his GP, NHS 111 option 2 and Samaritans on 116 123, and 999 in an emergency. Agree when you will next speak. #id: summarise-and-plan #standard: HCPC-6 +2 #standard: SWE-1.3 +2 #standard: SWE-2.1 +1 #standard: HCPC-2 +1 #feedback: Summarising checks you both understood the same thing, and a plan made with him, in his words and with his own supports in it, is the collaborative safety planning NICE NG225 describes. Agreeing when you will next speak makes you reliable.]
    ~ shift(1)
    ~ safety_plan = true
    You go back over what you have agreed, and he corrects one detail. Then you make the plan together. He writes it on the back of the DWP envelope in his own words.
    When it's bad at night: big light on, radio on, ring Kerry, even late. Next day: ring the GP. If it is too much to wait: NHS 111, option 2, or Samaritans, 116 123, any time.
    {dark_thoughts: You add, and he agrees, that if he ever felt he might act on the four-in-the-morning thoughts, he would ring 999 or go to A&E.}
    You tell him you will ring him on Thursday afternoon.
    "Thursday. OK. Write that on there as well." # speaker: Callum # mood: relieved
* [Give him the team's crisis leaflet and a card with your number, and confirm the next step. #id: leaflet-and-card #standard: HCPC-6 +1 #standard: SWE-2.1 +1 #standard: SWE-1.3 -1 #feedback: Written information he can keep is useful, and the card makes you reachable. One thing to consider is that a leaflet handed over is less likely to be used than a plan made together that includes his own supports and what helps him at four in the morning.]
    He takes the leaflet and the card and tucks them into the carrier bag without reading them.
    "Cheers." # speaker: Callum # mood: neutral
* [Reassure him warmly that things will settle once he is sleeping better, and remind him the drop-in is here every Tuesday. #id: reassure-and-drop-in #standard: SWE-1.1 +1 #standard: HCPC-6 -2 #standard: SWE-2.1 -1 #feedback: Offering hope matters, and he needed some. One thing to consider is that reassurance about an outcome you cannot promise may not hold, and a weekly drop-in does not cover the nights; a concrete plan for if things get worse gives that hope something to stand on.]
    ~ shift(-1)
    "Yeah. Maybe." # speaker: Callum # mood: sad
    He does not look convinced, but he smiles politely on his way out.
* {not asked_risk} [Before he goes, gently come back to the nights and ask whether he has had any thoughts of harming himself or anyone else. #id: return-to-risk #standard: HCPC-6 +2 #standard: SWE-3.2 +2 #standard: HCPC-2 +1 #feedback: Coming back to a question you held off earlier is sound practice; it is never too late in a meeting to ask. Asking calmly and directly gives him permission to say what the nights are really like, and lets you plan for them with him.]
    ~ asked_risk = true
    ~ safety_plan = true
    You tell him you would like to ask one more thing before he goes, about four in the morning.
    {
    - trust >= 4:
        ~ dark_thoughts = true
        "Some nights I think it'd be easier not to wake up. I wouldn't do anything. I've got Kerry's kids." # speaker: Callum # mood: sad
        You ask whether he has made any plans. He shakes his head. You thank him for telling you.
    - else:
        "No. I'm fine. Honestly." # speaker: Callum # mood: anxious
    }
    Together you write a short plan on the back of the DWP envelope: the big light and the radio, ringing Kerry even late, his GP, NHS 111 option 2, Samaritans on 116 123, and 999 in an emergency. You say you will ring him on Thursday.
- {referral == REF_URGENT:
    -> same_day
  }
-> followup

=== same_day ===
He leaves at ten past eleven, with a plan to meet Kerry for chips before two. # sound: door-close
{
- told_helen:
    Over lunch you talk it all through with Helen. She reads your note and says it is exactly what the team needed to know.
- recorded_labels:
    At two o'clock the early intervention nurse rings. She has read your note, and asks, gently, where the word schizophrenia came from: Callum has told her nobody has ever said it to him.
- else:
    At two o'clock the early intervention nurse rings to ask what was said in the room, and you realise how little of it is written down.
}
At four o'clock the duty worker calls. Callum was seen with Kerry beside him. He has agreed to be visited at home by the early intervention team this week, and to see his GP about sleep. He is going to stay at Kerry's tonight. # clock: 16:00
{form_plan == FORM_TOGETHER: His questionnaire is ready to go once the GP letter comes, and there is a note in your diary: ring Callum if it is not back by the twenty-eighth.}
{form_plan != FORM_TOGETHER: His questionnaire is still due on the twenty-eighth, and nobody has asked for more time yet. You add it to your list for the morning.}
Whatever happens next, Callum spent this afternoon with people who know how to help, because he chose to. # ending: same-day-help, Same-day help arranged with Callum's agreement
-> END

=== followup ===
It is Thursday afternoon, two days later. # scene: phone-call # ambience: none # clock: 14:00
{
- told_helen:
    On Tuesday you talked it all through with Helen.
    {
    - referral == REF_AGREED:
        The referral went to the early intervention team that afternoon, copied to his GP, with his agreement.
    - referral == REF_IMPOSED:
        She asked what Callum had agreed to. When you told her, she suggested you ring him before anything is sent, so he can have his say.
    - walked_out and not police_called:
        She agreed that nothing he said suggested anyone needed to act without him, and that the most useful thing now is to keep the door open.
    - walked_out:
        She agreed that the most useful thing now is to keep the door open.
    - else:
        She agreed that the choice was his, and that keeping in touch is what matters now.
    }
- else:
    {referral == REF_AGREED: You sent the referral to the early intervention team on Tuesday afternoon, copied to his GP, as he agreed.}
    At supervision this morning Helen asked how Tuesday's drop-in had gone. When you told her about the faces, she was quiet for a moment, then said she would have wanted to know on the day, and asked you to bring your notes.
}
{police_called: Helen asked about the call to the police. She said she understood the worry, and talked it through with you: what he had actually said, and what a proportionate first step might have been.}
{recorded_labels: She also asked you to rewrite your note in Callum's words, without the diagnosis.}
{shared_with_dwp and walked_out: She asked you to take the covering note out of the DWP folder: nothing about his health goes there without his say-so.}
{
- walked_out:
    Callum has not been in touch since he walked out.
- safety_plan:
    You told Callum you would ring him today.
- else:
    You did not fix a time to speak to Callum again.
}
His number is on the file in front of you. # decision: follow-up, How do you follow up with Callum?
* [Phone him, ask how he has been, and check on the nights, the form and anything that was agreed. #id: phone-and-check #standard: SWE-2.1 +2 #standard: SWE-1.3 +1 #standard: HCPC-6 +1 #feedback: Ringing when you said you would, or soon after a difficult ending, is reliable and shows him the door is still open. It also lets you check whether his safety and his claim are on track.]
    You dial. # sound: phone-ring
    {
    - trust >= 3:
        ~ in_contact = true
        He answers on the fourth ring.
        -> call
    - else:
        It rings out. You leave a short voicemail: who you are, that you are sorry Tuesday was hard, and that the offer of help with the form still stands.
        {
        - police_called:
            There is no reply that day, or the next.
        - else:
            ~ in_contact = true
            An hour later your phone buzzes with a text. # sound: message-ping
            "Got your message. Sorry about Tuesday. I'm alright. Might come in about the form." # speaker: Callum # mood: sad
        }
        -> ending
    }
* [Send him a text with your number and a reminder about the form deadline, so he can reply when it suits him. #id: text-reminder #standard: HCPC-2 +1 #standard: SWE-1.3 +1 #standard: HCPC-6 -1 #feedback: A text is low pressure and lets him choose when to answer, which some people prefer. One thing to consider is that you cannot hear how he is from a text, and after a meeting like Tuesday's a short conversation may tell you much more.]
    You send a short text. # sound: message-ping
    {
    - trust >= 5:
        ~ in_contact = true
        He replies that evening.
        "Thanks. Nights still rough but getting through. Kerry knows now." # speaker: Callum # mood: thoughtful
    - else:
        Two days later, there is still no reply.
    }
    -> ending
* [Leave it for now. He is an adult who knows how to reach you, and he may want some space. #id: give-space #standard: SWE-1.2 +1 #standard: HCPC-6 -2 #standard: SWE-2.1 -1 #feedback: Respecting his right to step back is important, and he is an adult who can choose whether to be in touch. One thing to consider is that people who are frightened and sleeping badly often do not reach out first, and if you said you would ring, not ringing can feel like being dropped; a light check-in respects his choice while keeping the door open.]
    You put the file back in the tray. There are other people waiting for calls.
    {safety_plan: On Friday you notice "Thursday" in your own handwriting on the copy of his plan, and feel uneasy.}
    -> ending

= call
{
- referral == REF_AGREED:
    "The early intervention lot rang me yesterday. Someone's coming round Monday. Kerry's going to be there." # speaker: Callum # mood: relieved
- referral == REF_IMPOSED:
    "Has it gone, then? The referral? I've been waiting for someone to turn up at the door." # speaker: Callum # mood: anxious
    You tell him nothing has been sent yet, and ask what he would want it to say. There is a long pause.
    "Just that I can't sleep and I'm seeing things. In my words. And tell Kerry first." # speaker: Callum # mood: thoughtful
- walked_out:
    {
    - police_called:
        "The police came round on Tuesday night. Two of them, on the landing, where everyone could see. Was that you?" # speaker: Callum # mood: angry
        You tell him honestly that it was, and why. He is quiet for a while.
        "I'm not dangerous. I just see things." # speaker: Callum # mood: sad
    - else:
        "Oh. It's you. Look, sorry about Tuesday. I just panicked." # speaker: Callum # mood: sad
        You tell him there is nothing to be sorry for, and ask how he has been.
        {card_given:
            "I've still got your card. It's on the fridge." # speaker: Callum # mood: thoughtful
        }
    }
- else:
    "Nights are still rough. I haven't rung the doctor. I keep meaning to." # speaker: Callum # mood: thoughtful
    {safety_plan:
        "I've got your list on the fridge, though. I rang Kerry at two in the morning on Wednesday. She came round and sat with me." # speaker: Callum # mood: thoughtful
    }
}
{
- form_plan == FORM_TOGETHER:
    "The doctor's doing a letter for the form. I've asked for the phone assessment, like you said." # speaker: Callum # mood: calm
- form_plan == FORM_PARKED:
    "The form's still in the bag. It's due next week. I can't look at it." # speaker: Callum # mood: anxious
    You offer to go through it with him on Tuesday, and to ring the DWP together now to ask for more time. He says yes.
- form_plan == FORM_SIGNPOSTED:
    "I never rang them. I got as far as the hold music." # speaker: Callum # mood: sad
    You offer to ring them together, now, on a three-way call. He says yes.
- else:
    "Half the form's done. I'll bring the rest Tuesday, if that's alright." # speaker: Callum # mood: thoughtful
}
-> ending

= ending
{
- walked_out:
    Callum left the meeting frightened and upset, and the thread between you is thin. {in_contact: But he has been in touch since, and that is something to build on.} Whether he comes back is up to him, and what the team does next will decide how easy that feels. # ending: left-distressed, Callum leaves the meeting distressed
    -> END
- referral == REF_AGREED:
    The referral was made with Callum's agreement, in his words. He knows who is coming, and why. Recovery from experiences like his is common, especially with early help, and he has taken the first step towards it. # ending: referral-agreed, Referral made with Callum's agreement
    -> END
- referral == REF_IMPOSED:
    A referral was decided without Callum's agreement. {in_contact: He is still in contact, but warily.} {not in_contact: You have not heard from him since.} Whether the early intervention team finds him willing to open the door may depend on what happens before they knock. # ending: referral-without-agreement, Referral decided without Callum's agreement
    -> END
- else:
    {referral == REF_LEFT: No referral has been made. Callum has the surgery's number, and the decision about whether to use it is his, though he may not know what help there is or how quickly it could come.|Callum has chosen not to be referred for now, as he is entitled to.} {safety_plan: He has a plan in his own words, Kerry is part of it, and he knows where to turn if the nights get worse.} {not safety_plan: What he will do if the nights get worse is not clear to either of you.} The offer stays open. # ending: no-referral-for-now, No referral for now
    -> END
}
