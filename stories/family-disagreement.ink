# title: Family disagreement
# summary: You visit Achebe Eze at home to talk through the care plan she agreed, and her mother meets you at the door to say she does not agree with it. Keep Achebe at the centre while working with her mother as a partner and a carer.
# minutes: 20
# version: 2
# content-note: psychosis, family conflict, racial disparities in mental health services
# author: swsim project team
# meter: voice, Achebe's voice, 0, 10
# reflect: What? At each stage of the visit, whose voice shaped the conversation most? What did you say or do that made it so?
# reflect: So what? How did you weigh Achebe's right to privacy and to make her own decisions against her mother's fear and her part in Achebe's care? Which law or standard helped you, and where did it feel unclear?
# reflect: So what? Which of your own assumptions about family, culture, faith or independence did this visit test, and where do they come from?
# reflect: Now what? What would you take to supervision from this visit, and what would you do the same or differently at the front door next time?

// Achebe's voice in the room, 0 to 10: how far the visit stays hers. Shown as a meter.
VAR voice = 5
// How far Mrs Eze feels heard and treated as a partner, 0 to 10. Hidden.
VAR partnership = 3

// The doorstep: 1 acknowledged and explained limits, 2 listened at length, 3 went straight to Achebe, 4 offered to postpone.
VAR door = 0
// What was shared with Mrs Eze before Achebe came down.
VAR shared_meds = false
VAR shared_outline = false
VAR refused_all = false
VAR heard_obs = false
// How Achebe was brought in: 1 private check-in, 2 all together, 3 relayed her mum's concerns, 4 asked her to explain.
VAR bring = 0
VAR repaired = false
// Culture and faith: 1 explored with both, 2 reassured "same for all", 3 signposted, 4 named a generation gap.
VAR culture = 0
// Capacity: 1 presumed and listened, 2 offered a capacity assessment, 3 stated the law, 4 suggested waiting for full recovery.
VAR cap = 0
// Carer: 1 carer's assessment offered, 2 carers' centre leaflet, 3 suggested GP, 4 left for later.
VAR carer_help = 0
// Next steps: 1 Achebe sums up, 2 asked whether anything changes for her, 3 brought the review forward, 4 suggested waiting a month.
VAR next_step = 0
// Outcome: 1 trust damaged, 2 conflict, 3 postponed, 4 adjusted by Achebe, 5 plan stands.
VAR result = 0

-> arrival

=== function nudge(ref x, d) ===
~ x = x + d
{ x > 10:
    ~ x = 10
}
{ x < 0:
    ~ x = 0
}

=== arrival ===
Tuesday afternoon. You park a few doors down from the Ezes' terraced house and read through your notes once more. # scene: street # ambience: street # clock: 15:50
You are a final-year student social worker on placement in the early intervention in psychosis team. For four months you have been Achebe Eze's named worker, with her care coordinator supervising the case.
Achebe is twenty-four. Last spring, after weeks of barely sleeping and becoming certain that colleagues were reading her messages, she spent a month on an acute ward as an informal patient. Since then she has worked hard at her recovery. She takes her medication, she is back at the bookshop three days a week, and she has a place to restart her pharmacy degree in September.
Two weeks ago, at her care plan review, Achebe agreed the plan she had been working towards. In five weeks she moves into a supported-living flat run by a housing association, twenty minutes away by bus: her own tenancy, with a support worker visiting three times a week and an on-call line at night. She keeps her job and her place on the course. In three months her consultant will review her medication, with a view to reducing it slowly if she stays well.
Achebe told her parents about the flat herself. The medication review she wanted to tell them about in her own time, and she asked you to leave that to her. She agreed you would come today to talk the plan through with the family together. Her father works on contracts in Aberdeen and is away until the weekend. Her mother, Ngozi, is a nurse who works nights at the local hospital.
You have met Mrs Eze only once, briefly, in the team's waiting room. Your notes show she rang the ward most days while Achebe was there, and was told each time that staff could not discuss her daughter without Achebe's agreement. Nobody seems to have asked Achebe at the time what she would agree to.
At the review, Achebe said something you wrote down word for word: "I want to be the one who decides when I'm ready. Not everyone else."
You walk up the path and knock. # sound: door-knock
The door opens almost at once, as if Mrs Eze has been waiting behind it. She steps out and pulls the door to behind her.
"Thank you for coming. Before you go in, I want to say something, and I'd rather say it out here." # speaker: Mrs Eze # mood: anxious
"I don't agree with this flat. I don't agree with any of it. She isn't ready, and nobody has asked me what I think. I sat by that hospital bed every single day, and when they discharged her I found out from Achebe, on the phone, on my way to a shift." # speaker: Mrs Eze # mood: angry
"She should stay here, where I can see her, until she is properly better. Then we can talk about flats." # speaker: Mrs Eze # mood: anxious
Above you, Achebe's bedroom window is open a few inches. You can't tell whether she can hear. # decision: doorstep, Mrs Eze meets you alone on the doorstep. What do you do? # key
* [Thank her for telling you and say you want to hear her worries properly. Be honest that you can't discuss Achebe's plan without Achebe. Suggest a few minutes together now, then sitting down with Achebe as arranged. #id: acknowledge-and-explain #standard: SWE-2.3 +2 #standard: SWE-1.4 +2 #standard: HCPC-5 +1 #feedback: This took her fear seriously and was open from the start about what you can and cannot discuss, so she is not caught out later. Explaining your role early (SWE 2.3) lets you listen to a carer fully without disclosing anything Achebe has not agreed to share.]
    ~ door = 1
    ~ nudge(voice, 1)
    ~ nudge(partnership, 1)
    You tell her you're glad she has said it, and that you want to hear her worries properly. You are honest, too: you can't talk about Achebe's plan without Achebe, but you can listen to anything she wants to tell you. You suggest a few minutes together now, then sitting down with Achebe as arranged.
    Mrs Eze looks at you for a long moment.
    "Five minutes, then." # speaker: Mrs Eze # mood: neutral
    -> kitchen
* [Step into the hallway and let her say everything she needs to say before you see Achebe, however long it takes. #id: listen-at-length #standard: SWE-1.4 +1 #standard: SWE-1.3 -1 #standard: PCF-7 -1 #feedback: Giving a distressed carer time can calm things and shows you value her, in the spirit of the Triangle of Care. One thing to consider is how a long private talk with her mother looks to Achebe upstairs, and how easily the meeting she agreed to can quietly become her mother's meeting.]
    ~ door = 2
    ~ nudge(voice, -1)
    ~ nudge(partnership, 2)
    You step into the hallway and let her talk. It pours out: the weeks on the ward, the discharge she heard about second-hand, the nights she lies awake on her days off. Fifteen minutes pass. Twice you hear a floorboard creak upstairs.
    "Thank you. Nobody has let me say all that before." # speaker: Mrs Eze # mood: sad
    -> kitchen
* [Say warmly that you can hear she is worried, but that you are here to see Achebe and the best place to talk is all together. Ask to come in. #id: straight-to-achebe #standard: SWE-1.3 +1 #standard: SWE-1.4 -1 #standard: HCPC-1 -1 #feedback: This kept the focus on Achebe and avoided a conversation about her behind her back. Another option some practitioners use is to give her mother a few minutes first, so she feels heard as a carer rather than stepped past on her own doorstep.]
    ~ door = 3
    ~ nudge(voice, 1)
    ~ nudge(partnership, -2)
    You tell her you can hear how worried she is, and that the best place to talk about it is all together, with Achebe. Could you come in?
    Her mouth tightens. She opens the door and calls up the stairs, then turns back to you.
    "Of course. Everyone wants to talk to Achebe. She's getting changed. She'll be down." # speaker: Mrs Eze # mood: angry
    -> kitchen
* [Suggest postponing the family meeting to another day, when she does not have a night shift ahead of her and feelings are calmer. #id: offer-to-postpone #standard: SWE-1.3 -1 #standard: SWE-1.4 +1 #standard: PCF-6 -1 #feedback: Noticing that she is tired and has work tonight is thoughtful, and not pressing ahead under strain is sometimes the right call. One thing to consider is that Achebe agreed this visit and is waiting for it; postponing on her mother's word alone lets the disagreement set the timetable for Achebe's plan.]
    ~ door = 4
    ~ nudge(voice, -1)
    ~ nudge(partnership, -1)
    You say she looks exhausted and has a night shift ahead of her, and ask whether another day, when things feel calmer, might be better.
    Mrs Eze hesitates. Before she can answer, the door swings open behind her. # sound: footsteps
    "No. We're doing it today. I swapped my shift at work for this." # speaker: Achebe # mood: angry
    Achebe is on the bottom stair in her socks. She looks at you, then at her mum.
    "I'll get my folder." # speaker: Achebe # mood: anxious
    She goes back upstairs.
    -> kitchen

=== kitchen ===
The kitchen is warm and very tidy. On the fridge, next to a calendar with the night shifts marked in red, there is a photo of a teenage Achebe in a choir robe, laughing. # scene: family-home # ambience: home
{ door == 3:
    While you wait for Achebe, Mrs Eze stands by the sink with her arms folded.
}
{ door == 4:
    Mrs Eze lowers her voice while Achebe is upstairs.
}
"Just tell me what this flat is. Who is there at night? Who checks she takes her tablets? Is that why she wants to go, so nobody sees if she stops?" # speaker: Mrs Eze # mood: anxious
{ door == 1:
    "I know what you said outside. But I'm a nurse. I know how these things work." # speaker: Mrs Eze # mood: neutral
}
"I'm her mother. I have a right to know what's being planned for my child." # speaker: Mrs Eze # mood: angry # decision: what-to-share, Mrs Eze asks you what the plan is. What do you share? # key # rationale
* [Say you won't go into Achebe's plan without her, but you can explain how supported living works in general, and you want to hear whatever she wants to tell you. Offer to ask Achebe what she is happy for her mum to know. #id: consent-first #standard: SWE-2.2 +2 #standard: HCPC-5 +2 #standard: SWE-2.1 +1 #standard: SWE-1.4 +1 #feedback: This respected Achebe's confidentiality and her Article 8 right to a private life while keeping her mother in the conversation. Listening to a carer and giving general information about how services work does not breach confidentiality, which is the Triangle of Care's point; Achebe's own information is hers to agree to share, unless a serious risk made sharing necessary.]
    ~ heard_obs = true
    ~ nudge(voice, 1)
    ~ nudge(partnership, 1)
    You explain that you won't go into Achebe's plan without her, but you can tell her how supported living works in general: a tenancy in the person's own name, a support worker, someone on call at night. And you want to hear anything she wants to tell you. You'll ask Achebe what she's happy for her mum to know.
    Mrs Eze sits down heavily at the table.
    "Then I'll tell you. She's up at two, three in the morning. I hear her walking about. She stopped coming to church in January. She's quieter than she was." # speaker: Mrs Eze # mood: sad
    You thank her, and ask whether she would be willing to say this again with Achebe in the room. You'd rather not hold things about Achebe that Achebe doesn't know about.
    "She'll say I'm spying on her." # speaker: Mrs Eze # mood: thoughtful
    She sighs.
    "All right." # speaker: Mrs Eze # mood: sad
    -> achebe_arrives
* [Explain the outline of the flat and the support that comes with it, since Achebe has already told her about the move and agreed to a family discussion. Leave the medication review for Achebe. #id: outline-only #standard: SWE-1.4 +1 #standard: SWE-1.3 -1 #standard: SWE-2.2 -1 #standard: HCPC-5 -1 #feedback: Achebe had told her mother about the move and agreed to talk the plan through as a family, so this stayed close to what she consented to and held back the part she wanted to share herself. One thing to consider is that it was still her plan to explain; telling it without her in the room takes that from her and can leave her feeling talked about.]
    ~ shared_outline = true
    ~ nudge(partnership, 1)
    You explain the flat: her own tenancy, a support worker three times a week, an on-call number at night. The rest, you say, is for Achebe to talk about.
    "Three times a week. So the other four days, and every single night, she's on her own." # speaker: Mrs Eze # mood: anxious
    You explain that the on-call line is there for exactly that, and that the support worker will help Achebe build her own routine. Mrs Eze writes the words "on call" on the back of an envelope and underlines them twice.
    -> achebe_arrives
* [Take her through the whole plan, including the medication review, because she is a nurse, lives with Achebe and would be the first to notice if things went wrong. #id: share-everything #standard: HCPC-5 -3 #standard: SWE-2.2 -2 #standard: SWE-2.1 -1 #standard: SWE-1.4 +1 #feedback: Wanting her mother to be a safety net is understandable, and carers often spot early warning signs first. One thing to consider is that Achebe had asked to tell her parents about the medication review herself; sharing it without her agreement, when no risk required it, overrides her confidentiality and her Article 8 right to privacy.]
    ~ shared_meds = true
    ~ nudge(voice, -2)
    ~ nudge(partnership, 2)
    You take her through the whole plan: the flat, the support, and the consultant's review of Achebe's medication in three months, with a view to reducing it slowly if she stays well.
    Mrs Eze puts her hand to her mouth.
    "Reduce it? She's been well for five minutes." # speaker: Mrs Eze # mood: distressed
    A pause.
    "She didn't tell me that. Why didn't she tell me that?" # speaker: Mrs Eze # mood: sad
    -> achebe_arrives
* [Tell her kindly that everything about Achebe's care is confidential, and that these are questions for Achebe. #id: say-nothing #standard: SWE-2.2 +1 #standard: HCPC-5 +1 #standard: SWE-1.4 -2 #standard: HCPC-2 -1 #feedback: This protected Achebe's privacy firmly and did not speak for her. Another option some practitioners use is to separate the person's own information, which needs their agreement, from general information about services, which can be shared freely, and to make clear you still want to hear what her mother knows and fears.]
    ~ refused_all = true
    ~ nudge(partnership, -2)
    You tell her gently that Achebe's care is confidential, and that these are questions for Achebe.
    "So I'm the landlady. I cook, I clean, I lie awake listening for her, and I'm not allowed to know." # speaker: Mrs Eze # mood: angry
    She turns away to the window. You can see her reflection in the glass, her jaw set. For a while neither of you says anything.
    -> achebe_arrives

=== achebe_arrives ===
Footsteps on the stairs. # sound: footsteps # clock: 16:10
Achebe comes in with a ring binder under her arm, in the mustard cardigan she wore to her review. She looks from her mother to you.
{
- door == 2:
    "How long have you two been talking about me?" # speaker: Achebe # mood: anxious
- door == 4:
    "Right. I'm here." # speaker: Achebe # mood: neutral
- else:
    "Hi. Sorry. The housing officer rang. They've moved the viewing to Friday." # speaker: Achebe # mood: anxious
}
Mrs Eze switches the kettle on. Nobody sits down. # sound: kettle # decision: bring-achebe-in, Achebe has joined you and the room is tense. How do you begin?
* [Ask Mrs Eze whether you could have ten minutes with Achebe on her own first, then all sit down together. #id: check-in-alone #standard: SWE-1.3 +2 #standard: HCPC-5 +1 #standard: PCF-7 +1 #feedback: A short private check-in let Achebe say how she was feeling and decide what she was happy to share before the family conversation, so she could lead her own meeting. Saying how long it will be, and that her mother will join, helps Mrs Eze not to feel shut out again.]
    ~ bring = 1
    ~ nudge(voice, 2)
    You ask Mrs Eze whether you could have ten minutes with Achebe on her own first, and then all sit down together.
    "Ten minutes." # speaker: Mrs Eze # mood: neutral
    She takes her tea through to the front room. # sound: door-close
    Achebe lets out a long breath. You ask how she is feeling about today, and what she wants from it.
    "Nervous. She's been on at me all week." # speaker: Achebe # mood: anxious
    You go through what she is happy for her mum to know. She is clear: the flat, the support worker, her staying-well plan.
    "And Dad can know all of it. Dad's fine." # speaker: Achebe # mood: calm
    { heard_obs:
        You tell her that her mum has mentioned worries about her sleep and about church, and that you've asked her mum to raise them with her directly.
        "Fine. Better than behind my back." # speaker: Achebe # mood: thoughtful
    }
    { shared_meds:
        -> disclosure
    }
    "The medication thing, I'll tell her myself. Today, if it goes all right." # speaker: Achebe # mood: thoughtful
    -> table
* [Suggest everyone sits down at the table straight away, as arranged, and start by reminding them why you are here. #id: all-together-now #standard: SWE-2.1 +1 #standard: SWE-1.3 -1 #standard: SWE-2.3 +1 #feedback: This was open and even-handed, and restating the purpose of the visit helps everyone know where they stand. One thing to consider is that Achebe had no chance to say how she was feeling or what she wanted shared before a tense conversation about her began.]
    ~ bring = 2
    You suggest everyone sits down, and remind them why you are here: to talk through the plan Achebe agreed, and to hear what everyone thinks of it.
    Achebe sits at the far end of the table with her binder closed in front of her. Mrs Eze takes the chair nearest the door, still in her cardigan, her phone beside her mug. The table feels very long.
    { shared_meds:
        -> disclosure
    }
    -> table
* [Start by telling Achebe, with her mum there, what her mum has said to you so far, so that nothing is hidden. #id: relay-concerns #standard: SWE-2.1 +1 #standard: SWE-1.3 -2 #standard: PCF-7 -1 #feedback: The commitment to transparency is sound: Achebe should not be discussed behind her back. Another option some practitioners use is to invite her mother to say it herself; speaking for her puts you in the middle and can make Achebe feel it is two against one before she has said a word.]
    ~ bring = 3
    ~ nudge(voice, -1)
    ~ nudge(partnership, 1)
    To get everything in the open, you tell Achebe what her mum has said so far: that she doesn't agree with the flat and thinks it is too soon.
    Achebe folds her arms.
    "So you've already had the meeting." # speaker: Achebe # mood: angry
    "Nobody is having any meeting without you, Achebe." # speaker: Mrs Eze # mood: anxious
    { shared_meds:
        -> disclosure
    }
    -> table
* [Invite Achebe to begin by explaining the plan to her mum in her own words. #id: achebe-explains #standard: SWE-1.3 +2 #standard: SWE-1.1 +1 #standard: PCF-7 -1 #feedback: This put Achebe's voice first and treated her as the expert in her own plan. One thing to consider is that she had no time to prepare, in a room that was already tense; a moment to check she wanted to lead, and how you could back her up, might have helped her do it well.]
    ~ bring = 4
    ~ nudge(voice, 1)
    ~ nudge(partnership, -1)
    You ask Achebe whether she'd like to start by explaining the plan to her mum in her own words.
    She opens the binder, loses her place, starts again.
    "So it's a flat, it's mine, I've got a support worker who..." # speaker: Achebe # mood: anxious
    "I know it's a flat. Who is there at night?" # speaker: Mrs Eze # mood: anxious
    Achebe shuts the binder.
    "See? This is what happens." # speaker: Achebe # mood: angry
    { shared_meds:
        -> disclosure
    }
    -> table

=== disclosure ===
{ bring == 1:
    "One more thing. The medication review. I want to tell her myself. Today, if it goes all right." # speaker: Achebe # mood: thoughtful
    Your stomach drops. Her mum already knows. You told her twenty minutes ago.
- else:
    Mrs Eze sets the mugs down harder than she needs to.
    "And the tablets. When were you going to tell me they want to cut down your tablets?" # speaker: Mrs Eze # mood: angry
    Achebe goes very still, then looks at you.
    "How does she know about that?" # speaker: Achebe # mood: distressed
}
The medication review was Achebe's news to share, and you shared it. # decision: own-disclosure, Achebe's mother knows about the medication review because you told her. What do you do now?
* [Tell Achebe straight away that you told her mum, that it was not yours to share, and that you are sorry. Ask what she would like to happen now. #id: own-it #standard: HCPC-8 +3 #standard: SWE-2.1 +2 #standard: HCPC-9 +1 #feedback: Saying plainly what happened and apologising is what being open when things go wrong asks of us (HCPC 8), and it gives Achebe back some control over what happens next. It will not undo the disclosure, but it is the best chance of keeping her trust.]
    ~ repaired = true
    ~ nudge(voice, 1)
    You tell Achebe plainly that you told her mum about the review earlier, that it wasn't yours to share, and that you are sorry. You ask what she would like to happen now.
    Achebe is quiet for a long time.
    "Okay. Thanks for saying it straight." # speaker: Achebe # mood: sad
    She looks at you.
    "Don't do it again." # speaker: Achebe # mood: neutral
    { bring != 1:
        "Don't be hard on her. I pushed." # speaker: Mrs Eze # mood: sad
        "I'd still have liked to tell you myself, Mum." # speaker: Achebe # mood: sad
    }
    -> table
* [Explain that you shared it because her mum is a nurse and you thought it would help keep Achebe well. #id: explain-reasons #standard: SWE-2.1 +1 #standard: HCPC-5 -1 #standard: HCPC-8 -1 #feedback: Being honest about your reasons is better than staying silent, and your intention was protective. One thing to consider is that a reason without an apology can sound as if her privacy simply gave way to her mother's wishes; being open when things go wrong (HCPC 8) includes saying sorry and asking what she wants now.]
    ~ nudge(voice, -1)
    You explain that you shared it because her mum is a nurse and you thought it would help keep her well.
    "So because she's a nurse she gets to know everything? What else have you told her?" # speaker: Achebe # mood: angry
    -> table
* [Acknowledge that she is upset and suggest you talk about it properly at the end of the visit, so it doesn't take over. #id: park-it #standard: SWE-2.1 -1 #standard: HCPC-8 -2 #standard: SWE-1.3 -1 #feedback: Wanting to protect the visit, and to avoid a difficult exchange in front of her mother, is understandable. One thing to consider is that leaving the question hanging tells Achebe her trust can wait; an immediate, honest account and apology is usually what keeps a working relationship intact.]
    ~ nudge(voice, -1)
    You say you can see she's upset, and suggest you talk about it properly at the end of the visit, so it doesn't take over.
    Achebe looks away.
    "Whatever. Fine." # speaker: Achebe # mood: sad
    -> table

=== table ===
{ bring == 1:
    You fetch Mrs Eze from the front room, and the three of you sit down at the kitchen table.
}
{ bring == 1 && not shared_meds:
    Before you can start, Achebe turns to her mother.
    "There's something I wanted to tell you myself. The consultant's going to look at my medication in three months. Maybe bring it down slowly. Only if I'm well." # speaker: Achebe # mood: anxious
    Mrs Eze is quiet for a moment. She doesn't say she's pleased. She doesn't say she isn't.
    "Thank you for telling me yourself." # speaker: Mrs Eze # mood: thoughtful
}
{
- bring == 4:
    You ask Mrs Eze whether Achebe could finish first; her questions will come next, and you will make sure they are answered. Mrs Eze nods, lips pressed together. Achebe opens the binder again, at a photo of the flat: a small bright kitchen, a window onto a row of trees.
- voice >= 5:
    Achebe opens her binder at a photo of the flat: a small bright kitchen, a window onto a row of trees. She starts before anyone else can.
- else:
    You ask Achebe whether she would like to say first why the flat matters to her. She takes a while to answer.
}
{ shared_outline:
    "Mum says you already told her about the support worker. I wanted to show her myself." # speaker: Achebe # mood: sad
}
"It's not about getting away from you, Mum. It's about being a person again. At home everyone watches me. If I'm quiet, someone asks if I've taken my tablets. If I'm tired, it's a relapse. I want to go back to uni in September and not be the girl who got ill." # speaker: Achebe # mood: thoughtful
"I can do this. I've been doing it for months. I cook, I get myself to work, I go to every appointment." # speaker: Achebe # mood: calm
Mrs Eze's phone buzzes on the table. She glances at it and turns it face down. # sound: message-ping
"Your father. He says he'll ring tonight." # speaker: Mrs Eze # mood: neutral
"Dad says I should go for it." # speaker: Achebe # mood: calm
"Your father says yes to everything from the other end of the country." # speaker: Mrs Eze # mood: sad
The tea goes cold while Mrs Eze talks. # clock: 16:25
"I'm not against her having her own life. I want that for her more than anything. But not yet. When someone in our family is sick, we carry them. My mother nursed her own mother at home until the end. We don't hand our people over to strangers." # speaker: Mrs Eze # mood: sad
"And I've worked at that hospital for twenty years. I've seen who comes through the doors with the police. Young Black men. Young Black women. If she's on her own and she gets unwell, who finds her first? Not me. The police." # speaker: Mrs Eze # mood: distressed
"Mum, that's not going to happen." # speaker: Achebe # mood: anxious
"You don't know that. Pastor Obi asks after you every Sunday. The whole church prays for you. There are people here who would help you. You have all of that here." # speaker: Mrs Eze # mood: sad
Achebe looks down at the table. # decision: culture-and-faith, Mrs Eze has spoken about family, faith and what she has seen happen to young Black people in services. How do you respond? # key
* [Acknowledge that what she has seen is real and her fear makes sense. Ask what family and church have meant to them this year, then ask Achebe how she sees it, without assuming she sees it the same way. #id: explore-both #standard: SWE-1.5 +2 #standard: PCF-3 +2 #standard: SWE-1.4 +1 #feedback: This recognised a real inequality: Black people are detained under the Mental Health Act at markedly higher rates, so her fear is grounded in evidence as well as experience. Exploring the family's own meanings rather than assuming them (SWE 1.5), and asking Achebe separately, left room for her view of her culture and faith to differ from her mother's.]
    ~ culture = 1
    ~ nudge(voice, 1)
    ~ nudge(partnership, 2)
    You tell Mrs Eze that what she has seen is real. Black people are far more likely than others to be detained under the Mental Health Act, and her fear makes sense. You ask what looking after family has meant to her, and what the church has been for them this year. Then you ask Achebe how she sees it.
    Mrs Eze talks about her mother, and about the women from church who brought food to the house every day Achebe was on the ward. Her voice softens as she speaks.
    "I love church. I stopped going because everyone would ask Mum how I was, right in front of me, like I wasn't there. I'd go back if I could just be me." # speaker: Achebe # mood: sad
    "And I think about the police thing too. That's why my staying-well plan says ring my team first. And ring Mum." # speaker: Achebe # mood: thoughtful
    "It says that?" # speaker: Mrs Eze # mood: thoughtful
    -> capacity
* [Reassure her that the team treats everyone the same, whatever their background. #id: same-for-all #standard: SWE-1.5 -2 #standard: PCF-3 -1 #standard: SWE-2.1 -1 #feedback: The wish to reassure her and to promise fair treatment is genuine. One thing to consider is that treating everyone the same can sound as if her experience of racial disparity does not count, and it is a promise the national detention figures do not let any service make with confidence; her fear deserves a real answer, such as how Achebe's crisis plan is designed to put her team and her family first.]
    ~ culture = 2
    ~ nudge(partnership, -1)
    You reassure her that the team treats everyone the same, whatever their background.
    Mrs Eze gives a small, tired laugh.
    "I've heard that before. At work. From people who meant it." # speaker: Mrs Eze # mood: sad
    Achebe keeps her eyes on the table.
    -> capacity
* [Offer to put the family in touch with a local Black-led mental health charity that runs a family group, and a carers' group that meets at a nearby church. #id: signpost-community #standard: SWE-1.5 +1 #standard: SWE-1.4 +1 #standard: SWE-1.3 -1 #feedback: Linking a family with culturally informed community support can be a real asset, and it took her concerns seriously. One thing to consider is offering it after finding out what Achebe and her mother actually want, rather than deciding for them which kind of support fits.]
    ~ culture = 3
    ~ nudge(partnership, 1)
    You mention a local Black-led mental health charity that runs a family group, and a carers' group that meets at a church nearby, and offer to send the details.
    Mrs Eze takes your card and turns it over.
    "Maybe. Maybe for me." # speaker: Mrs Eze # mood: thoughtful
    "I'm all right for groups. But Mum might like it." # speaker: Achebe # mood: neutral
    -> capacity
* [Point out gently that Achebe grew up here, and may see leaving home differently from how her mum was brought up. #id: name-generation-gap #standard: PCF-3 -2 #standard: SWE-1.5 -1 #standard: SWE-1.4 -1 #feedback: Noticing that family members may see things differently across generations can be useful. One thing to consider is that saying it for them assumes what both women think, can sound like a judgement on her mother's upbringing, and may set mother and daughter against each other; asking each of them is usually safer than telling them.]
    ~ culture = 4
    ~ nudge(voice, -1)
    ~ nudge(partnership, -2)
    You say gently that Achebe grew up here, and may see leaving home differently from how her mum was brought up.
    Mrs Eze sits back in her chair.
    "You think because I was born in Enugu I want to keep my daughter locked in the house?" # speaker: Mrs Eze # mood: angry
    "It's not a culture thing. She's scared. I'm scared too, sometimes. That's not the same as what you said." # speaker: Achebe # mood: angry
    -> capacity

=== capacity ===
{ culture == 1:
    Then her face sets again.
}
Mrs Eze puts both hands flat on the table.
"I'll tell you what frightens me. She doesn't know her own mind. Not yet. A year ago she thought the people at work could read her messages through the ceiling lights. Now she wants to sign a tenancy? How can she decide something like this?" # speaker: Mrs Eze # mood: distressed
{ heard_obs:
    She turns to her daughter.
    "I told your worker this already, so I'll tell you. You're up at three in the morning, walking about. You've gone quiet." # speaker: Mrs Eze # mood: sad
- else:
    "She's up at three in the morning, walking about. She's gone quiet. Something isn't right." # speaker: Mrs Eze # mood: sad
}
You notice a pull in yourself in two directions at once: to calm Mrs Eze down, and to leap to Achebe's defence. Neither is quite the same as listening to them.
"I'm sitting right here, Mum." # speaker: Achebe # mood: angry # decision: own-mind, Mrs Eze says Achebe doesn't know her own mind. How do you respond? # key
* [Acknowledge how frightening last year was. Explain in plain words that adults are presumed able to make their own decisions, that this is judged one decision at a time, and that nothing suggests Achebe can't make this one. Ask what she has noticed lately. #id: presume-and-listen #standard: SWE-3.1 +2 #standard: SWE-1.2 +2 #standard: SWE-1.4 +1 #feedback: This explained Mental Capacity Act principle 1, presume capacity, and that capacity is about this decision at this time, without dismissing a frightened parent; a past illness cannot on its own show a lack of capacity (MCA s2(3)), and a choice her mother thinks unwise is still hers to make (principle 3). Inviting her observations treated her as a source of real information, which can go into Achebe's staying-well plan with Achebe's agreement.]
    ~ cap = 1
    ~ nudge(voice, 1)
    ~ nudge(partnership, 1)
    You acknowledge how frightening last year was for all of them. Then you explain, in plain words, that the law starts from the position that adults can make their own decisions. Capacity is about one decision at a time, and being unwell last year doesn't mean Achebe can't decide this now. Nothing you have seen suggests she can't. You ask Mrs Eze what she has noticed lately that worries her, and she says it again: the nights, the quiet.
    "I'm up at night because I'm doing my course modules. It's the only time the house is quiet, and you're at work anyway." # speaker: Achebe # mood: thoughtful
    "If you see me not sleeping at all, or going quiet and not answering my phone, that's when to worry. Tell me. Tell the team. That's what the plan is for." # speaker: Achebe # mood: calm
    You suggest that those signs could go into her staying-well plan, with her mum named as someone who can raise them, if Achebe wants that. She nods slowly.
    -> carer
* [Offer to arrange a formal assessment of Achebe's capacity to decide about the move, so that everyone can be reassured. #id: offer-capacity-assessment #standard: SWE-1.7 -2 #standard: SWE-3.1 -1 #standard: SWE-1.4 +1 #feedback: It took her worry seriously and offered something concrete. One thing to consider is that a relative's concern is a prompt to ask yourself whether anything gives real reason to doubt Achebe's capacity for this decision (MCA Code of Practice, chapter 4), not a reason to assess in order to reassure; a past episode of psychosis (MCA s2(3)) or a choice others think unwise (principle 3) does not establish doubt, and nothing she has said or done today suggests it. The offer itself can tell Achebe she is doubted.]
    ~ cap = 2
    ~ nudge(voice, -2)
    ~ nudge(partnership, 1)
    You offer to arrange a formal assessment of Achebe's capacity to decide about the move, so that everyone can be reassured.
    "Yes. Thank you. That's all I'm asking." # speaker: Mrs Eze # mood: relieved
    Achebe stares at you.
    "You think I can't decide? I've done everything you lot asked. Everything." # speaker: Achebe # mood: distressed
    You start to explain what an assessment would involve. Achebe has stopped listening. She is pulling at a loose thread on her cardigan sleeve, and she does not look at either of you for some time.
    -> carer
* [Tell her firmly that Achebe is an adult, that the law says this is her decision, and that it is not up for debate. #id: state-the-law #standard: SWE-3.1 +1 #standard: SWE-1.2 +1 #standard: SWE-1.4 -2 #standard: HCPC-2 -1 #feedback: The law is accurate, and it protected Achebe's right to decide. Another option some practitioners use is to say the same thing while acknowledging the fear behind her words and asking what she has noticed, so that her mother stays in the conversation rather than feeling overruled.]
    ~ cap = 3
    ~ nudge(voice, 1)
    ~ nudge(partnership, -2)
    You say firmly that Achebe is an adult, that the law says this is her decision, and that it isn't up for debate.
    Mrs Eze folds her arms.
    "Then why am I here? Why am I in this meeting at all?" # speaker: Mrs Eze # mood: angry
    "Mum..." # speaker: Achebe # mood: sad
    You try to soften it, and say that her mother's view matters even if the decision isn't hers. Mrs Eze nods, but she has gone quiet, and she doesn't mention the late nights again.
    -> carer
* [Suggest that the move waits until Achebe's consultant is confident she is fully recovered. #id: wait-for-recovery #standard: SWE-1.7 -2 #standard: SWE-1.3 -2 #standard: SWE-1.4 +1 #feedback: Involving the consultant and wanting the move to be safe are reasonable instincts. One thing to consider is that the consultant was part of agreeing the plan, recovery is rarely a fixed point, and waiting for fully better overrides a capable adult's decision; the Care Act 2014 s1 wellbeing principle starts from the assumption that Achebe is best placed to judge her own wellbeing and asks that any restriction on her freedom be kept to the minimum necessary.]
    ~ cap = 4
    ~ nudge(voice, -2)
    ~ nudge(partnership, 2)
    You suggest that the move might wait until Achebe's consultant is confident she has fully recovered.
    Mrs Eze closes her eyes.
    "Thank you." # speaker: Mrs Eze # mood: relieved
    "That's not what we agreed. The consultant was at my review. He said..." # speaker: Achebe # mood: angry
    Achebe stops.
    "Fine. Whatever." # speaker: Achebe # mood: sad
    She closes the binder on the photo of the flat.
    -> carer

=== carer ===
Mrs Eze glances at the clock on the cooker. She leaves for work at seven. # clock: 16:45
"When she was on the ward, I rang every day. Every day they said they couldn't tell me anything. I'm a nurse. I know why they said it. It still felt like a door shut in my face." # speaker: Mrs Eze # mood: sad
{ refused_all:
    "Like in this kitchen, an hour ago." # speaker: Mrs Eze # mood: sad
}
"I do four nights a week. On my nights off I lie awake listening for her. I check her door. I haven't slept properly in a year." # speaker: Mrs Eze # mood: sad
Achebe looks at her mother.
"You never said." # speaker: Achebe # mood: sad # decision: carer-support, Mrs Eze has told you how exhausted she is. What do you offer her? # key
* [Tell her that, as Achebe's carer, she has a right to an assessment of her own needs from the council, whatever happens with the flat, and offer to refer her. Mention the team's family sessions and ask Achebe whether she would want them. #id: carers-assessment #standard: SWE-1.4 +2 #standard: HCPC-1 +2 #standard: SWE-1.2 +1 #feedback: This recognised her as a carer in her own right: under the Care Act 2014 s10 the council must assess any carer who appears to need support, now or in the future, whatever the level of need or her finances, and she need not live with Achebe or give hands-on care, since emotional support counts. NICE recommends family intervention for families of people with psychosis; checking that Achebe wants it keeps her in charge of what is shared in those sessions.]
    ~ carer_help = 1
    ~ nudge(partnership, 2)
    You tell Mrs Eze that, as Achebe's carer, she has a right to an assessment of her own needs from the council, whatever happens with the flat, and you offer to refer her today and to talk it through with her on her own another time. You add that the team runs family sessions, and ask Achebe whether she would want that.
    "An assessment for me? I'm not the one who's ill." # speaker: Mrs Eze # mood: thoughtful
    You explain that it is about her: her sleep, her work, what would help her keep going.
    "She should have it." # speaker: Achebe # mood: thoughtful
    Achebe turns to you.
    "And I'd come to the family sessions. I think." # speaker: Achebe # mood: thoughtful
    Mrs Eze looks at her daughter, then at you.
    "All right. Put my name down." # speaker: Mrs Eze # mood: relieved
    -> next_steps
* [Give her the details of the local carers' centre and the support group it runs. #id: carers-centre-leaflet #standard: SWE-1.4 +1 #standard: HCPC-1 +1 #feedback: Signposting to a carers' centre is useful and low-key, and it recognised her as a carer. One thing to consider is that what she has just described is the appearance of need that triggers a carer's assessment under the Care Act 2014 s10, which a leaflet may not tell her about, and that many carers do not think of themselves as carers until someone says so.]
    ~ carer_help = 2
    ~ nudge(partnership, 1)
    You give her the details of the local carers' centre and the support group it runs on Thursday evenings.
    Mrs Eze reads the leaflet and pins it to the fridge, next to the shift calendar.
    "Thursdays I'm at work. But thank you." # speaker: Mrs Eze # mood: neutral
    -> next_steps
* [Suggest gently that she talks to her GP, or to occupational health at work, about her sleep and stress. #id: suggest-gp #standard: HCPC-1 +1 #standard: SWE-1.4 -1 #feedback: Her health matters, and her GP is a sensible route for problems with sleep. Another option some practitioners use is to recognise her as a carer in her own right, since much of the strain comes from caring, and to offer support that sees the whole family, such as a carer's assessment under the Care Act 2014 s10.]
    ~ carer_help = 3
    You suggest gently that she talks to her GP, or to occupational health at work, about her sleep and the stress.
    "My GP will give me sleeping tablets, and then I'll sleep through the one night she needs me." # speaker: Mrs Eze # mood: sad
    Achebe opens her mouth as if to say something, then doesn't.
    -> next_steps
* [Acknowledge how hard this year has been, and say you can look at support for her once the plan is settled. #id: later #standard: SWE-1.4 -1 #standard: HCPC-1 -1 #standard: SWE-1.3 +1 #feedback: Keeping the visit focused on Achebe is understandable, and you did acknowledge the strain. One thing to consider is that her needs as a carer exist now, whatever happens with the flat: the Care Act 2014 s10 duty to offer an assessment arises as soon as it appears she may need support, and the Triangle of Care asks services to identify carers and offer them support from the first contact.]
    ~ carer_help = 4
    ~ nudge(partnership, -1)
    You tell her you can hear how hard this year has been, and that you can look at support for her once the plan is settled.
    Mrs Eze nods without looking up.
    "Once it's settled." # speaker: Mrs Eze # mood: sad
    Achebe watches her mother for a moment, then looks back at the binder.
    -> next_steps

=== next_steps ===
It is nearly five. # clock: 16:55
{ voice <= 3:
    Achebe has stopped taking part. Her binder is closed and she is looking at her phone.
}
{ voice >= 7:
    Achebe has her binder open at her staying-well plan, a pen in her hand.
}
{ partnership <= 1:
    Mrs Eze sits stiffly, her coat already over her arm.
}
{ partnership >= 6:
    Mrs Eze has taken her coat off the back of the chair and hung it up again.
}
You have perhaps ten minutes before the visit needs to end. # decision: next-steps, Time is nearly up. How do you bring the visit to a close? # key # rationale
* [Ask Achebe to say in her own words what she wants to happen next, and to agree what her mum will be told from now on. Offer a follow-up family meeting if she wants one, and set a review date. #id: achebe-sums-up #standard: SWE-1.3 +2 #standard: HCPC-5 +1 #standard: SWE-1.2 +1 #feedback: This ended the visit where it started, with Achebe's plan in her own words, and turned consent into something concrete: an agreement about what her mother will be told. Offering a family meeting on her terms keeps her mother involved without handing her a veto.]
    ~ next_step = 1
    ~ nudge(voice, 1)
    You ask Achebe to say in her own words what she wants to happen next, and what her mum will be told from now on. You offer a follow-up family meeting if she wants one, and a date to review how things are going.
    -> outcome
* [Ask Achebe whether anything she has heard today changes anything for her, and say clearly that the decision stays hers either way. #id: invite-reflection #standard: SWE-1.3 +1 #standard: SWE-1.4 +2 #standard: PCF-6 +1 #feedback: This gave Achebe room to weigh her mother's views herself, which is where any change to her plan belongs. One thing to consider is how the question lands after a hard conversation: it can be heard as pressure to give ground, so saying clearly that no is a fine answer, as you did, matters.]
    ~ next_step = 2
    You ask Achebe whether anything she has heard today changes anything for her, and say clearly that the decision stays hers either way.
    -> outcome
* [Suggest bringing her care plan review forward, with her consultant and her mum invited, and holding off on the tenancy until then. #id: bring-forward-review #standard: SWE-1.4 +1 #standard: SWE-1.3 -2 #standard: SWE-1.7 -1 #feedback: Bringing in the consultant and giving her mother a formal voice are reasonable ways to work through a disagreement. One thing to consider is that the plan was agreed at a review two weeks ago; reopening it because a relative disagrees turns Achebe's decision back into a professionals' decision and puts her tenancy at risk.]
    ~ next_step = 3
    ~ nudge(voice, -1)
    You suggest bringing her care plan review forward, with her consultant and her mum invited, and holding off on the tenancy until then.
    -> outcome
* [Suggest Achebe waits a month before signing the tenancy, so that everyone has time to adjust. #id: suggest-a-month #standard: SWE-1.3 -2 #standard: SWE-1.4 +1 #standard: SWE-1.7 -1 #feedback: A pause can lower the temperature and give her mother time to adjust. One thing to consider is whose pause it is: the idea came from you rather than Achebe, and a month's delay may cost her the flat she chose. The Care Act 2014 wellbeing principle starts from her as the best judge of her own wellbeing, and SWE 1.7 asks for the least intrusive intervention.]
    ~ next_step = 4
    ~ nudge(voice, -1)
    You suggest Achebe waits a month before signing the tenancy, so that everyone has time to adjust.
    -> outcome

=== outcome ===
{
- shared_meds && not repaired:
    ~ result = 1
    -> out_trust
- voice <= 3 || partnership <= 0:
    ~ result = 2
    -> out_conflict
- next_step >= 3:
    ~ result = 3
    -> out_postponed
- next_step == 2 && partnership >= 5:
    ~ result = 4
    -> out_adjusted
- else:
    ~ result = 5
    -> out_stands
}

=== out_trust ===
{ next_step == 1:
    Asked what her mum should be told from now on, Achebe looks at you for a long moment.
- else:
    Achebe looks at you for a long moment.
}
Whatever else happened this afternoon, the medication review is still sitting between you. Achebe closes the binder.
"I'm not doing this." # speaker: Achebe # mood: angry
"If what I tell you goes straight to my mum, what's the point of telling you anything?" # speaker: Achebe # mood: distressed
She goes upstairs. A door closes overhead. # sound: door-close
Mrs Eze sits with both hands round her cold mug.
"She'll come round. She always comes round." # speaker: Mrs Eze # mood: sad
She doesn't sound sure.
{ carer_help == 1:
    Before you leave, she checks that you still have her number for the carer's assessment.
}
You let yourself out.
-> car

=== out_conflict ===
{
- next_step == 1:
    "What's the point? She's decided. You've all decided." # speaker: Achebe # mood: angry
- next_step == 2:
    "Yeah. I've realised nobody in this room actually listens to me." # speaker: Achebe # mood: angry
- next_step == 3:
    Achebe pushes her chair back.
    "Another meeting about me." # speaker: Achebe # mood: angry
- else:
    "A month. Then another month. Then I'm thirty and still in that bedroom." # speaker: Achebe # mood: angry
}
"Then do what you like. You always do." # speaker: Mrs Eze # mood: angry
"Because you never listen!" # speaker: Achebe # mood: distressed
Achebe takes her jacket from the hook. The front door bangs shut behind her. # sound: door-close
Mrs Eze puts her head in her hands. You sit with her for a few minutes. Before you go, you check she has the team's number and the out-of-hours crisis line, and agree that she will ring if she is worried about Achebe tonight.
On the doorstep you send Achebe a short text: you are sorry the visit ended like that, the flat and the plan are still hers, and you will ring her on Thursday.
-> car

=== out_postponed ===
{ next_step == 3:
    Achebe agrees to the earlier review. She doesn't argue. She writes the date in her binder, very neatly.
- else:
    Achebe agrees to wait a month. She doesn't argue. She writes the date in her binder, very neatly.
}
"The housing officer said they can only hold the flat for two weeks." # speaker: Achebe # mood: sad
Mrs Eze squeezes her daughter's hand.
"It's for the best." # speaker: Mrs Eze # mood: relieved
Achebe doesn't squeeze back.
-> car

=== out_adjusted ===
Achebe is quiet for a while, turning her pen over in her fingers.
"I'm still going. That's not changing." # speaker: Achebe # mood: calm
{ cap == 4:
    "Not waiting for fully better, either. That's not a date." # speaker: Achebe # mood: thoughtful
}
"But maybe I move when Mum's run of nights finishes, not in the middle of it. A week later. And I come back for Sunday dinner. And Mum goes on my staying-well plan as someone who can ring the team if she's worried. Not to check up on me. Just if she's worried." # speaker: Achebe # mood: thoughtful
Mrs Eze's eyes fill.
"Sunday dinner. Every Sunday?" # speaker: Mrs Eze # mood: relieved
"Most Sundays. Don't push it." # speaker: Achebe # mood: relieved
You write the changes down in Achebe's words, and agree to ask the housing officer tomorrow whether the tenancy can start a week later.
{ carer_help == 1:
    You also agree a date for Mrs Eze's carer's assessment, on one of her days off.
}
-> car

=== out_stands ===
{ next_step == 2:
    "No. I've heard it. I get why she's scared. But nothing's changed. I'm going." # speaker: Achebe # mood: calm
}
"I'm moving on the third. Mum can know about the flat, my support worker and my staying-well plan. The medication, I'll tell her how each review goes myself. Dad can know everything." # speaker: Achebe # mood: calm
{ cap == 2:
    "And I don't need an assessment to know my own mind." # speaker: Achebe # mood: angry
}
{ cap == 4:
    "And I'm not waiting till I'm fully better. Nobody's ever fully better." # speaker: Achebe # mood: angry
}
She turns to her mother.
"Mum, will you come to the viewing on Friday?" # speaker: Achebe # mood: anxious
Mrs Eze takes a long breath.
"I'm on nights Friday. But I'll come before." # speaker: Mrs Eze # mood: thoughtful
You agree a family meeting at the flat in three weeks, if Achebe still wants it, and a date for her next review.
{ carer_help == 1:
    You also agree a date for Mrs Eze's carer's assessment, on one of her days off.
}
-> car

=== car ===
You sit in your car with the laptop on your knee. The street lights are coming on. # scene: street # ambience: street # clock: 17:20
{ cap == 2:
    Somewhere in this note you will need to explain the capacity assessment you offered, and what reason you had to doubt Achebe's capacity for this decision.
}
{ shared_meds:
    You will also need to record what you told Mrs Eze in the kitchen before Achebe came down.
}
Before you drive off, you open Achebe's record to write up the visit. # decision: recording, How do you record the visit?
* [Write a factual note: Achebe's views in her words, what she agreed her mum can be told, Mrs Eze's concerns and observations in hers, Achebe's explanation, your reasoning on capacity, and what you offered Mrs Eze as a carer. Offer Achebe a copy. #id: full-factual #standard: HCPC-10 +2 #standard: SWE-3 +2 #standard: HCPC-5 +1 #feedback: A record like this shows how decisions were reached and holds both accounts side by side, which is what colleagues need if Mrs Eze rings the duty line one night. Writing down what Achebe agreed can be shared turns her consent into something the whole team can follow, and offering her a copy keeps the record open to her.]
    You write a factual note: Achebe's views in her own words, what she agreed her mother can be told, Mrs Eze's concerns and observations in hers, {cap == 1:Achebe's explanation for the late nights, }your reasoning about capacity, and what you offered Mrs Eze as a carer. You add a reminder to offer Achebe a copy.
    -> finale
* [Write a short note: home visit with Achebe and her mother, mother has concerns about the plan, discussed, see care plan. #id: brief-note #standard: HCPC-10 -1 #standard: SWE-3 -1 #feedback: A concise note has its place, and it is accurate as far as it goes. One thing to consider is that it does not show how decisions were reached, what Achebe agreed can be shared with her mother, or what was offered to her mother, and those are the things a colleague would need to know next.]
    You type: home visit with Achebe and her mother, mother has concerns about the plan, discussed, see care plan. You save it and start the engine.
    -> finale
* [Record Mrs Eze's observations as new information about possible relapse, and email the team asking for Achebe to be visited more often. #id: flag-risk #standard: SWE-3.2 +1 #standard: SWE-1.7 -1 #standard: SWE-1.3 -1 #feedback: Carers' observations are valuable evidence: broken sleep and withdrawal can be early warning signs, and making sure her care coordinator knows about them is sound practice. One thing to consider is that asking for more visits without Achebe's own account or agreement turns a family worry into more intervention; recording both accounts side by side and agreeing any change with her is more proportionate (SWE 1.7).]
    You record Mrs Eze's observations as new information about possible relapse, and email the team asking for Achebe to be visited more often.
    -> finale
* {shared_meds} [Write the visit up fully, including that you told Mrs Eze about the medication review without Achebe's consent, and ask your supervisor for time tomorrow to talk it through. #id: record-the-breach #standard: HCPC-8 +3 #standard: SWE-3 +2 #standard: HCPC-10 +2 #standard: SWE-4.2 +1 #feedback: Recording the disclosure honestly and taking it to supervision is what accountability looks like when something goes wrong (HCPC 8, SWE 3 and 4.2). Your supervisor can also help you report it through your organisation's information governance process, as a disclosure of health information without consent usually needs to be, and the team can support Achebe to decide whether she wants to raise it formally.]
    You write the visit up fully, including that you told Mrs Eze about the medication review without Achebe's consent, and you email your supervisor to ask for time tomorrow to talk it through.
    -> finale
* {not shared_meds} [Leave the write-up until tomorrow morning, when you have had time to think the visit through. #id: write-tomorrow #standard: PCF-6 +1 #standard: HCPC-10 -1 #standard: SWE-3 -1 #feedback: Taking time to reflect before writing can make a record more balanced. One thing to consider is that records should be made as soon as practicable; Mrs Eze starts a night shift in two hours, and if she rings the team tonight, colleagues will not know what Achebe agreed can be shared with her.]
    You close the laptop. You'll write it up first thing tomorrow, when you have had time to think.
    -> finale

=== finale ===
{ result:
- 1:
    Your phone buzzes as you pull away. A message from Achebe: "I'm still moving. But I want to talk to someone else in the team about who gets told what about me." # sound: message-ping
    You pull over and read it twice. She has every right to ask. You will tell your supervisor in the morning and make sure Achebe knows how to raise it, and who else in the team she could speak to.
    Achebe will still move into her flat, but the trust she had in you has been shaken, and rebuilding it will take time and honesty. # ending: trust-damaged, Achebe's trust damaged by sharing without consent
    -> END
- 2:
    Your phone buzzes as you pull away. A message from Achebe: "Sorry about today. Not ready to talk about it. I'll ring the team next week." # sound: message-ping
    You think about what the visit gave each of them: a chance to be heard, or a chance to be overruled. You will let her care coordinator know tonight how the visit ended, ring Achebe on Thursday as you said, and leave the door open.
    The visit ended with mother and daughter further apart than when it began. Achebe has stepped back from the team for now, and Mrs Eze is going to work carrying all of it. # ending: conflict-withdrawal, Visit ends in conflict and Achebe withdraws
    -> END
- 3:
    Your phone buzzes as you pull away. A message from Achebe: "Ok. See you at the review I suppose." # sound: message-ping
    You think about the words you wrote down at the review: the one who decides when I'm ready. Tomorrow you will ring the housing officer to ask how long the flat can really be held.
    The move is on hold. Mrs Eze is relieved; Achebe has agreed, but the decision to wait was not hers, and the flat may not be there when she is ready. # ending: move-postponed, Move put on hold at the worker's suggestion
    -> END
- 4:
    Your phone buzzes as you pull away. A message from Achebe: "That was hard. Thanks for letting me actually say stuff." # sound: message-ping
    You think about how different the same change would have felt if you had suggested it.
    Achebe is still moving, on a date she chose, with her mother written into her staying-well plan at her own invitation. {carer_help == 1:Mrs Eze has a carer's assessment booked.|Mrs Eze's own needs as a carer have still to be properly looked at.} # ending: plan-adjusted-by-achebe, Achebe adjusts her own plan after a family conversation
    -> END
- else:
    Your phone buzzes as you pull away. A message from Achebe: "Mum's just sent me a photo of the street the flat's on. I think that means she's coming." # sound: message-ping
    On the drive back you turn the visit over. Nothing in the plan changed today. What changed is who knows what, and who said so.
    The plan stands as Achebe agreed it, and she has set out what her mother will be told. {carer_help == 1:Mrs Eze has a carer's assessment booked.|Mrs Eze's own needs as a carer have still to be properly looked at.} # ending: plan-stands, Plan stands as Achebe agreed it
    -> END
}
