# title: A day on crisis duty
# summary: You are the duty social worker for the day, with Rob's funding-panel application due at five and a visit to Mr Boateng booked, when a call comes in about Jenny, 19, who is thinking of ending her life. Time only moves when you act, so you decide where it goes.
# minutes: 18
# version: 2
# content-note: suicidal thoughts, past self-harm, domestic abuse, mental health crisis
# author: swsim project team
# meter: time_left, Time left today (hours), 0, 8
# reflect: What? Looking back over the day, which choice about where your time went mattered most, and what did it cost elsewhere?
# reflect: So what? How did you come to understand what Jenny needed without a risk score or label, and how did that shape the plan she made?
# reflect: Now what? What from today would you take to supervision with Priya, and what would you ask for to manage duty alongside your own caseload?

// State. Time is counted in minutes since 09:00, always in steps of 15.
VAR minutes_used = 0
VAR time_left = 8
VAR pitch_minutes = 0
VAR pitch_ready = false
VAR pitch_strong = false
VAR pitch_template = false
VAR pitch_need = 0
VAR pitch_late = false
VAR priya_briefed = false
VAR tribunal_started = false
VAR rapport = 5
VAR jenny_route = 0
VAR leah_staying = false
VAR told_leah = false
VAR jenny_home = false
VAR jenny_admitted = false
VAR consent_pressured = false
VAR second_crisis = false
VAR checklist_used = false
VAR boateng_called = false
VAR boateng_admin = false
VAR boateng_kept = false
VAR boateng_colleague = false
VAR boateng_late_cancel = false
VAR boateng_seen = false
VAR rob_listened = false
VAR rob_promised = false
VAR rob_s42 = false
VAR rob_put_off = false
VAR handover_level = 0
VAR risk_label_used = false
VAR end_choice = 0

-> start

=== function spend(m) ===
~ minutes_used += m
~ time_left = (480 - minutes_used) / 60
{ time_left < 0:
    ~ time_left = 0
}

// ---------------------------------------------------------------- 09:00 the duty office

=== start ===
Thursday, nine o'clock. You are the duty social worker in the community mental health team today: the duty phone, walk-ins and anything urgent are yours until five. # scene: duty-office # ambience: office # clock: 09:00
Your own work hasn't gone away. Rob Daley's application for a transport grant must reach the funding panel by five today for tomorrow's meeting. Mr Boateng expects you at two for his check-in. And the social circumstances report for Dean Harris's tribunal next week is due on Monday.
Priya, the duty manager, brings two mugs of tea over from the kitchen. # sound: kettle
"Morning. Quiet so far, which never lasts." # speaker: Priya # mood: calm
She glances at the tribunal papers on your desk.
"For Dean's report, remember his home circumstances, the section 117 aftercare he'd have, since he's on a section 3, and his own views as well as his nearest relative's. You'll need to see him yourself before you write it. And check he knows he can have a solicitor, free of charge, and an independent mental health advocate." # speaker: Priya # mood: calm
She heads back to her office. The phones are quiet, for now. # decision: first-hour, How do you use the first hour of duty?
* [Read the overnight duty log, then tell Priya what is fixed in your day: Rob's deadline, Mr Boateng at two, the tribunal report #id: log-and-brief #standard: SWE-3 +2 #standard: PCF-8 +1 #standard: HCPC-6 +1 #feedback: Checking what came in overnight before settling to your own work is how duty triage starts, and naming your fixed commitments early lets the duty manager plan around them. One thing to consider is that it leaves less quiet time for the pitch, so it helps to agree with Priya when you will get it.]
    ~ spend(30)
    ~ priya_briefed = true
    The overnight log is short. One entry catches your eye: at eleven last night a young woman called Leah rang, worried about a friend, and was given the crisis line number.
    You put your head round Priya's door and run through the fixed points in your day.
    "Thanks for telling me now rather than at half four. If duty gets heavy, I'll get Dev to hold the phone this afternoon so you can write." # speaker: Priya # mood: calm
    -> the_call
* [Use the quiet to get Rob's application drafted before the phones start #id: pitch-first #standard: SWE-2.1 +1 #standard: SWE-3 -1 #standard: PCF-1 +1 #feedback: Protecting time for a deadline that matters to Rob is reliable and keeps faith with him. One thing to consider is that on duty the overnight log and the duty manager usually come first, since something urgent may already be waiting and nobody yet knows what else you are carrying.]
    ~ spend(60)
    ~ pitch_minutes += 60
    You get the bones of Rob's application down: his weekly visits to his daughter Ellie, why he can't get there without his partner's car, and what three months of fares would cost. It's half done.
    -> the_call
* [Start the tribunal report while your notes on Dean are fresh #id: tribunal-first #standard: SWE-1.2 +1 #standard: SWE-3 -1 #standard: PCF-5 +1 #feedback: The report protects Dean's right to a fair hearing, and starting early respects that. One thing to consider is that Monday's report closes later than today's panel deadline, and the duty log comes first on a duty day, so this hour might serve more people spent elsewhere.]
    ~ spend(60)
    ~ tribunal_started = true
    You draft Dean's chronology and home circumstances, and list what you need to ask his sister, his nearest relative. The ward confirms he has a solicitor and has met the advocate, and you book time to see Dean himself before Monday. Rob's application stays untouched.
    -> the_call

// ---------------------------------------------------------------- the call about Jenny

=== the_call ===
The duty phone rings. # sound: phone-ring # scene: phone-call
-> time_line("The caller is a young woman called Leah.") ->
{priya_briefed: It's the name from the overnight log.} Leah shares a house with her friend Jenny Walsh, who is nineteen. Jenny left college in the spring, and her relationship ended three weeks ago. Since then she has barely left her room. Last night she told Leah she couldn't see the point any more and that everyone would be better off without her. Jenny has hurt herself in the past.
Leah is ringing from the kitchen. Jenny is upstairs, and she knows Leah is calling. # decision: jenny-call, How do you respond to the call about Jenny? # key
* [Ask whether Jenny is safe right now and would speak to you, talk with Jenny yourself, then arrange to see her this morning with the crisis team and tell Priya #id: speak-to-jenny #standard: SWE-1.3 +2 #standard: HCPC-6 +2 #standard: SWE-3 +1 #standard: PCF-7 +1 #feedback: Hearing from Jenny herself, checking immediate safety and arranging a prompt visit with the crisis team responds in proportion to what Leah described, and telling Priya keeps duty covered while you are out. It takes the most time now, but it means the first person Jenny talks to is someone who will actually come.]
    ~ spend(30)
    ~ rapport += 2
    ~ jenny_route = 1
    Leah says Jenny hasn't hurt herself today. She takes the phone upstairs, and after a muffled exchange, Jenny comes on the line.
    "Leah shouldn't have rung you. I'm not going to do anything right now. I'm just so tired of all of it." # speaker: Jenny # mood: sad
    You ask whether you could come and see her this morning, with a colleague from the crisis team.
    "Here? OK. I don't want to go anywhere." # speaker: Jenny # mood: anxious
    Sam Taylor from the crisis and home treatment team can meet you at the house within the hour. You tell Priya where you're going and why.
    -> boateng
* [Refer Jenny to the crisis and home treatment team, who assess urgent cases, and tell Leah they will be in touch #id: refer-crisis-team #standard: SWE-3.2 +1 #standard: SWE-1.3 -1 #standard: HCPC-6 -1 #standard: HCPC-4 +1 #feedback: Using the specialist crisis service is a reasonable route, and many areas ask for exactly this. One thing to consider is that nobody had yet spoken to Jenny or agreed when she would be seen, so she and Leah were left waiting; a short call with Jenny and a shared plan with the crisis team keeps her from being passed between services.]
    ~ spend(15)
    ~ rapport -= 1
    ~ jenny_route = 2
    You pass Jenny's details to the crisis and home treatment team, tell Leah someone will be in touch, and go back to Rob's application while you wait.
    ~ spend(45)
    ~ pitch_minutes += 30
    -> time_line("Sam Taylor from the crisis team rings back.") ->
    "We're two people down today. Could you come out with me as a joint visit? Leah's rung us twice asking when someone's coming." # speaker: Sam # mood: anxious
    You agree to meet Sam at the house.
    -> boateng
* [Advise Leah to take Jenny to A&E, where the liaison psychiatry team can see her today #id: advise-ae #standard: HCPC-6 +1 #standard: SWE-1.7 -1 #standard: SWE-1.3 -1 #standard: PCF-7 -1 #feedback: A&E is the right place when someone is injured or in immediate danger, and the motive here is to get Jenny seen quickly. One thing to consider is that Jenny was not hurt and was willing to talk, so hours in a waiting room may feel harder than a visit at home; keeping A&E for if things change, and going to see her, is often more proportionate.]
    ~ spend(15)
    ~ rapport -= 1
    ~ jenny_route = 3
    You suggest Leah takes Jenny to A&E, where the liaison team can assess her, and ask her to ring back if there's a problem. You go back to Rob's application.
    ~ spend(45)
    ~ pitch_minutes += 30
    -> time_line("Leah rings back.") ->
    Jenny won't go. She said she couldn't face hours in a waiting room, but she would talk to someone at the house. Leah sounds close to tears. You ring the crisis team, and Sam Taylor agrees to meet you there.
    -> boateng

// ---------------------------------------------------------------- Mr Boateng

=== boateng ===
Before you leave, you check your diary. Mr Boateng is expecting you at two, and it's hard to see how you'll make it. # scene: duty-office
He's doing well: three months out of hospital, living alone, and proud of how far he's come. # decision: boateng-visit, What do you do about Mr Boateng's two o'clock visit?
* [Ring Mr Boateng yourself, apologise, say something urgent has come up, and offer a definite new time #id: ring-him-yourself #standard: SWE-2.1 +2 #standard: SWE-1.1 +1 #standard: HCPC-2 +1 #feedback: Telling him yourself, early and honestly, with a definite new time, is what reliability looks like when plans change, and it lets you check how he is. It costs a few minutes now, which is usually time well spent.]
    ~ spend(15)
    ~ boateng_called = true
    He picks up on the second ring. # scene: phone-call
    "Ah. Well. These things happen, don't they? I'd been saving up some news for you." # speaker: Mr Boateng # mood: sad
    You apologise and explain that something urgent has come up, without saying what. You ask how he's been, and he tells you, a little proudly, about his new allotment plot. You offer Monday at ten.
    "Monday at ten. I'll have the kettle on. You go and do what you need to do." # speaker: Mr Boateng # mood: calm
    -> to_jenny
* [Ask Bev, the team administrator, to phone him and rebook the visit #id: ask-admin #standard: HCPC-4 +1 #standard: SWE-2.1 -1 #standard: PCF-8 +1 #feedback: Delegating a routine rebooking frees you for the crisis, and an administrator can do it well with a new time and a clear message. One thing to consider is that the visit is partly a check on how he is, which Bev cannot do, so a short call from you later still matters to him.]
    ~ boateng_admin = true
    You ask Bev to ring Mr Boateng and offer Monday at ten. She says she'll ring him this morning.
    -> to_jenny
* [Leave the visit in the diary for now and see how the morning goes #id: keep-visit #standard: SWE-2.1 -1 #standard: SWE-1.1 +1 #standard: PCF-1 -1 #feedback: Wanting to keep your word to someone who is doing well is a good instinct. One thing to consider is that a crisis rarely fits a timetable, and a cancellation at the last minute tends to land harder than an early, honest rebooking.]
    ~ boateng_kept = true
    You leave two o'clock in the diary. If the morning goes smoothly, you might still make it.
    -> to_jenny
* [Ask a colleague who has space this afternoon to visit him in your place #id: colleague-covers #standard: HCPC-4 +1 #standard: SWE-1.3 -1 #standard: SWE-2.1 +1 #feedback: Making sure the check-in still happens keeps contact going, and a clear brief makes delegation safe. One thing to consider is asking Mr Boateng first, since he knows you and may prefer a later visit from you to a stranger at the door.]
    ~ spend(15)
    ~ boateng_colleague = true
    Amira has a gap this afternoon. You brief her on Mr Boateng's progress and what the check-in usually covers, and she agrees to go at two.
    -> to_jenny

// ---------------------------------------------------------------- Jenny's house

=== to_jenny ===
~ spend(30)
You drive across town to a row of shared houses near the ring road. # scene: street # ambience: street
-> time_line("Sam is waiting by the gate, lanyard tucked into a jacket.") ->
"Thanks for coming out. One thing before we go in: the old duty form still has that risk checklist, the one with a score at the bottom and a low, medium or high box. The bed manager always asks for it. Some people like to get it done first." # speaker: Sam # mood: neutral
Leah lets you in and slips away to the front room. Jenny is at the kitchen table in an oversized hoodie, a sketchbook pushed to one side. # scene: family-home # ambience: home
{
- jenny_route == 1:
    "Hi. You're the one I spoke to." # speaker: Jenny # mood: anxious
- else:
    "Leah said someone was coming ages ago. I thought you'd forgotten." # speaker: Jenny # mood: sad
}
You pull out a chair. # decision: jenny-assessment, How do you begin to understand what is happening for Jenny? # key # rationale
* [Let her tell it her way, then ask calmly and directly about thoughts of suicide, any plans, what has helped before and what keeps her going #id: listen-and-ask #standard: SWE-1.3 +2 #standard: HCPC-6 +2 #standard: PCF-7 +2 #standard: SWE-2 +1 #feedback: This is the needs-focused psychosocial assessment NICE NG225 describes, her story, a calm and direct question about suicide, and her own strengths and past coping. Asking directly does not put the idea in someone's head, and it usually brings relief and a fuller picture of what will help.]
    ~ spend(60)
    ~ rapport += 2
    You ask what the last few weeks have been like, and let her answer at her own pace.
    It comes out in pieces. Leaving college because she couldn't keep up and couldn't tell anyone. Jordan ending things by text. Her mum still thinking she's on the course. Lying awake scrolling old messages until it gets light.
    When she pauses, you ask her calmly whether she has been having thoughts of ending her life.
    "Yeah. Last night was the worst it's been. I've been saving up tablets. I haven't taken any. I don't really know why I'm keeping them." # speaker: Jenny # mood: distressed
    You thank her for telling you, and ask what has kept her going, even a little.
    "My little brother. Leah. And I've got half a sketchbook I want to finish, which sounds stupid." # speaker: Jenny # mood: sad
    It doesn't sound stupid to you, and you tell her so. She nearly smiles.
    -> involve
* [Work through the checklist with her, so you have a score and a rating to base the plan on #id: score-checklist #standard: SWE-3.2 -2 #standard: PCF-5 -1 #standard: HCPC-6 -1 #standard: SWE-3 +1 #feedback: Wanting a structured, defensible record is understandable, and a checklist does make sure key questions get asked. NICE NG225 advises against risk tools, scores and low, medium or high labels for predicting suicide or deciding care, because they predict poorly and can crowd out the conversation; the same questions asked within her story, leading to a plan, tell you far more.]
    ~ spend(45)
    ~ rapport -= 1
    ~ checklist_used = true
    You work down the form. Jenny answers in single words, watching the screen rather than you. The total comes out in the middle band: medium.
    "Medium. Great. Like a T-shirt." # speaker: Jenny # mood: sad
    Sam sets the form aside and asks her, gently, what last night was like. Slowly it comes out: leaving college, Jordan ending things by text, lying awake until it gets light, and the tablets she has been saving. None of that was on the form.
    Sam asks what has kept her going. Her little brother, she says. Leah. A sketchbook she wants to finish.
    ~ spend(15)
    -> involve
* [Focus on the practical pressures of college, the break-up and money, and leave suicide for her to raise so as not to put ideas in her head #id: practical-first #standard: SWE-1.1 +1 #standard: HCPC-6 -2 #standard: PCF-5 -1 #feedback: Starting with what is pressing in her life is warm and often helps someone settle. One thing to consider is that asking directly about suicidal thoughts does not increase risk, and waiting for her to raise it can leave her plans, and the means she has, unspoken.]
    ~ spend(45)
    You start with what's pressing. Jenny talks more easily than you expected: Jordan ending things by text, her mum still thinking she's on the course, the rent she's behind on.
    You don't ask about suicide, and she doesn't raise it. In the end it's Sam who asks her, plainly, whether she has been thinking of ending her life.
    "Yeah." A long pause. "I've been saving up tablets. Nobody's ever asked me straight out before." # speaker: Jenny # mood: distressed
    Sam asks what has kept her going. Her little brother, she says. Leah. A sketchbook she wants to finish.
    ~ spend(15)
    -> involve
* [Ask her to agree to keep herself safe and sign a no-harm agreement before anything else #id: no-harm-contract #standard: SWE-1.3 -1 #standard: HCPC-6 -2 #standard: PCF-5 -1 #feedback: Seeking her commitment to staying safe is well meant and puts safety first. One thing to consider is that no-harm agreements have no good evidence behind them and can make people less likely to say when things get worse; a safety plan she writes with you does the protective work instead.]
    ~ spend(30)
    ~ rapport -= 1
    You explain that before anything else you'd like her to agree to keep herself safe, and write it down for her to sign. She signs without reading it and goes quiet.
    Sam asks what the last few weeks have been like. It takes a long time, but it comes out: leaving college, Jordan ending things by text, and at last the tablets she has been saving.
    "I didn't want to say, after signing that. I thought I'd be in trouble." # speaker: Jenny # mood: anxious
    Sam asks what has kept her going. Her little brother, she says. Leah. A sketchbook she wants to finish.
    ~ spend(30)
    -> involve

=== involve ===
"Leah's in the front room. She's been brilliant." # speaker: Jenny # mood: calm
Jenny hesitates.
"Please don't ring my mum, though. She thinks I'm still at college." # speaker: Jenny # mood: anxious # decision: who-to-involve, Who do you involve in Jenny's plan, and how?
* [Ask Jenny who she would like involved and what Leah can know, then bring Leah in with her agreement #id: ask-jenny #standard: SWE-1.4 +2 #standard: HCPC-5 +2 #standard: SWE-1.3 +1 #feedback: Letting Jenny decide who knows what respects her confidentiality as an adult and makes Leah part of the plan, which NICE NG225 encourages when the person agrees. Her consent is what makes Leah's support sustainable.]
    ~ spend(15)
    ~ rapport += 1
    ~ leah_staying = true
    You ask who she'd like to know what, and agree together what Leah can be told. Jenny goes to fetch her herself.
    Leah says she can swap her night shift and stay in tonight. Jenny looks at the floor, then at Leah, and something in her face loosens. Before you go back to the kitchen, you ask Leah how she is doing herself, and make sure she has the crisis team's number for her own use too.
    -> plan
* [Fill Leah in fully, since she made the referral and will be the one at home with Jenny #id: brief-leah-anyway #standard: HCPC-5 -2 #standard: SWE-1.4 +1 #standard: SWE-2.2 -1 #feedback: Leah is clearly an important support and keeping her informed has a protective motive. One thing to consider is that Jenny is 19 and is presumed to have capacity, so what Leah is told is hers to decide unless there is a serious and immediate reason to override that; asking her first usually brings the same support without the breach of trust.]
    ~ spend(15)
    ~ rapport -= 2
    ~ leah_staying = true
    ~ told_leah = true
    You step into the front room and tell Leah everything. She offers to swap her night shift and stay in tonight.
    When you go back, it's clear Jenny heard through the wall.
    "You could have asked me first." # speaker: Jenny # mood: angry
    -> plan
* [Explain that her mum, as her next of kin, ought to know how serious things are #id: tell-mum #standard: SWE-1.2 -2 #standard: HCPC-5 -2 #standard: SWE-1.4 +1 #feedback: Family can be a real source of support, and wanting them to know is protective in intent. One thing to consider is that Jenny is an adult, so there is no next-of-kin right to information, and pressing it when she has asked you not to can cost her trust; exploring why she does not want her mum told may open that door later.]
    ~ spend(15)
    ~ rapport -= 2
    You explain that her mum, as her next of kin, ought to know how serious things are.
    "I'm nineteen. You can't just ring her." Jenny folds her arms. "I'm not saying anything else if she's getting told." # speaker: Jenny # mood: angry
    Sam catches your eye. You say that nobody will contact her mum without her agreement, and the room slowly settles. Nobody asks about Leah, who, it turns out, is on nights this week.
    -> plan
* [Keep it between Jenny, Sam and you, to protect her privacy #id: keep-it-private #standard: HCPC-5 +1 #standard: SWE-1.4 -1 #standard: SWE-2.2 +1 #feedback: Guarding her privacy respects her dignity and her right to confidentiality. One thing to consider is that Jenny named Leah as someone who helps, and without asking whether she wants Leah involved, the plan misses the person most likely to be with her tonight.]
    You reassure Jenny that what she's told you stays with you, Sam and the services involved. Nobody asks Leah anything. When you pass the front room later, she has gone to get ready for work: she's on nights this week.
    -> plan

=== plan ===
-> time_line("Jenny looks exhausted, but steadier than when you arrived.") ->
"I don't want to die. I just want it to stop feeling like this." # speaker: Jenny # mood: sad
What happens next matters more than anything else you do today. # decision: jenny-plan, What do you offer Jenny next? # key # rationale
* [Set out the real options, a safety plan at home with home treatment visits or a short informal admission, and help her weigh them and choose #id: shared-options #standard: SWE-1.7 +2 #standard: SWE-1.3 +2 #standard: SWE-3.1 +1 #standard: PCF-7 +1 #feedback: Offering the less restrictive options first and letting Jenny choose follows the Mental Health Act Code of Practice principles of least restriction and of empowerment and involvement. Whatever she chooses, making the safety plan with her, in her words, is what NICE NG225 recommends.]
    ~ spend(15)
    You set out what she could choose between: staying at home with a safety plan and daily visits from Sam's team, or a short stay in hospital as an informal patient. You're honest about what each would be like. Jenny asks good questions and takes her time.
    -> jenny_decides
* [Tell her you think hospital is the safest place for now and recommend that she goes in informally #id: recommend-admission #standard: HCPC-6 +1 #standard: SWE-1.7 -1 #standard: SWE-1.3 -1 #feedback: A clear recommendation can be a relief to someone exhausted, and informal admission is far less restrictive than detention. One thing to consider is that home treatment was not explored, and the least restrictive option principle asks for it to be considered first; her agreement means most when she has weighed the choices herself.]
    ~ spend(15)
    You tell Jenny you think a short stay in hospital would be safest for now.
    "If you think that's best." She looks at the table. "Can I leave if I want to?" # speaker: Jenny # mood: anxious
    You answer honestly: as an informal patient she is free to leave and doesn't need anyone's permission, though staff would want to talk it through with her first. She understands, asks sensible questions about the ward, and agrees. Sam mentions that the home treatment team could have visited her here instead. Jenny thinks about it, and says she'd still rather go in.
    ~ jenny_admitted = true
    -> safety_plan
* [Tell her that if she will not go into hospital voluntarily, you may need to ask for a Mental Health Act assessment #id: mention-detention #standard: SWE-1.7 -3 #standard: SWE-3.1 -2 #standard: SWE-2.1 +1 #feedback: Being open about the powers that exist can feel like honesty. One thing to consider is that agreement given under threat of detention is not real consent to informal admission, and Jenny had not refused any help; the Mental Health Act Code of Practice expects compulsion to be considered only where it is genuinely needed, through an AMHP, and never used as leverage.]
    ~ spend(30)
    ~ rapport -= 2
    ~ consent_pressured = true
    You tell Jenny that if she won't go into hospital voluntarily, you may need to ask for a Mental Health Act assessment.
    Her face closes.
    "So I don't actually have a choice." # speaker: Jenny # mood: distressed
    Sam asks for a word in the hallway.
    "She hasn't said no to anything. If she agrees now, is that really her agreeing? And nobody's spoken to an AMHP." # speaker: Sam # mood: thoughtful
    You go back in, apologise, and say clearly that nobody is planning to detain her. Then you set out what she could choose between: a safety plan at home with daily visits from Sam's team, or a short stay in hospital as an informal patient. It takes a while for her shoulders to come down.
    -> jenny_decides
* [As she says she feels calmer now, leave her the crisis line number and ask her GP to see her tomorrow #id: gp-tomorrow #standard: SWE-1.2 +1 #standard: HCPC-6 -2 #standard: SWE-3 -1 #feedback: Respecting that she feels calmer and linking her with her GP honours her autonomy and uses ordinary services. One thing to consider is that she described her strongest thoughts last night and tablets she has been saving, and feeling calmer for now changes neither; NICE NG225 looks for a safety plan made with her, including what to do about the tablets, and agreed follow-up before the assessment ends.]
    ~ spend(15)
    ~ second_crisis = true
    Jenny says she feels calmer now. You give her the crisis line number and say you'll ask her GP to see her tomorrow.
    "OK. Thanks." # speaker: Jenny # mood: neutral
    Outside, Sam is quiet for a moment. # scene: street # ambience: street
    "I'll add her to our list for a call tomorrow. I'm not completely easy about it, to be honest." # speaker: Sam # mood: anxious
    ~ spend(30)
    -> boateng_check

=== jenny_decides ===
{
- leah_staying:
    "If Leah's here, I think I can do tonight at home. Would someone come tomorrow?" # speaker: Jenny # mood: thoughtful
    "I'll come back myself at seven this evening, and the team will visit every day for as long as you need. You'll have our number all night." # speaker: Sam # mood: calm
    ~ jenny_home = true
- else:
    "Leah's on nights. I don't want to be on my own in this house tonight. Could I go in for a couple of days, just till it's quieter in my head? Could I leave if I wanted?" # speaker: Jenny # mood: anxious
    You answer honestly: as an informal patient she is free to leave and doesn't need anyone's permission, though staff would want to talk it through with her first. She weighs it up, asks what the ward is like, and decides to go in. Nothing suggests she can't make this decision: she understands what a stay would mean, weighs it against a night at home, and tells you why in her own words. It's clearly her decision. Sam rings the bed manager.
    ~ jenny_admitted = true
}
-> safety_plan

=== safety_plan ===
~ spend(45)
Together you write Jenny's safety plan, in her words, on paper she'll keep.
Her reasons to hold on: her little brother, Leah, the sketchbook. Her warning signs: not sleeping, scrolling old messages, putting the sketchbook away. Things she can do: a shower, her playlist, ten minutes of drawing, a walk to the corner shop. People and places: Leah, her nan on the phone, the café on the corner. Professional contacts: Sam's team day and night, her GP, and Samaritans on 116 123.
When you ask what would make things safer right now, Jenny is quiet for a while. Then she {second_crisis: agrees to walk back to the house with you,} fetches a paper bag of tablets from her room and hands it to Sam to take back to the pharmacy.
"I don't want them near me." # speaker: Jenny # mood: relieved
{jenny_home: -> home_plan}
-> admission

=== home_plan ===
Sam puts the team's number into Jenny's phone and confirms the visit at seven. With Jenny's agreement, you'll let her GP know what's happening.
{
- rapport >= 6:
    "Thanks for actually listening. I thought you'd just tell me off." # speaker: Jenny # mood: relieved
- else:
    "OK. I'll try." # speaker: Jenny # mood: thoughtful
    She holds the plan carefully, as if it might break.
}
~ spend(30)
You say goodbye to Jenny and Leah and head back to the car.
-> after_jenny

=== admission ===
"Will you come with me? Just to the ward." # speaker: Jenny # mood: anxious
~ spend(75)
It takes Sam several calls before the bed manager confirms a bed on Willow Ward, the local unit. On another day it could have meant waiting into the evening, or a ward miles from home. {not checklist_used: The bed manager asks for a risk level; Sam tells her instead what Jenny is struggling with and what her plan is.}
Sam drives Jenny to the hospital and you follow. # scene: ward # ambience: ward
-> time_line("On Willow Ward, the nurse in charge welcomes Jenny and goes through her rights as an informal patient, including her right to leave.") ->
Being informal doesn't lessen the ward's duty to take reasonable steps to keep her safe, the same Article 2 duty owed to detained patients. Her own safety plan goes at the front of her notes, and the nurse reads it with her.
{
- consent_pressured:
    "You did say I had a choice in the end. I'm holding you to that." # speaker: Jenny # mood: thoughtful
- rapport >= 6:
    "Thanks for not making me feel like a problem." # speaker: Jenny # mood: relieved
- else:
    "It's quieter than I thought." # speaker: Jenny # mood: neutral
}
Dean Harris is on this ward too, and his report is due on Monday.
* [Spend half an hour with Dean for his tribunal report]
    ~ spend(30)
    ~ tribunal_started = true
    Dean tells you where he hopes to live and what help he would want at home. You check he knows his solicitor's name and how to reach the advocate. Half an hour well spent for Monday, and half an hour less for Rob.
    -> leave_ward
* [Head straight back to the office]
    You note that you need to see Dean before Monday, and leave.
    -> leave_ward

=== leave_ward ===
~ spend(15)
-> after_jenny

=== after_jenny ===
{second_crisis && (jenny_home || jenny_admitted): -> back_again}
-> boateng_check

// ---------------------------------------------------------------- the afternoon

=== boateng_check ===
{
- boateng_kept && minutes_used <= 285:
    -> boateng_visit
- boateng_kept:
    -> boateng_late
- else:
    -> office
}

=== boateng_visit ===
~ temp wait = 300 - minutes_used
~ temp drafted = wait
{ pitch_minutes + drafted > 90:
    ~ drafted = 90 - pitch_minutes
}
{ wait > 0:
    ~ spend(wait)
    ~ pitch_minutes += drafted
    You use the gap before two to work on Rob's application in a café near Mr Boateng's flat.
}
You make Mr Boateng's two o'clock after all. # scene: family-home # ambience: home # sound: door-knock
-> time_line("He opens the door at your first knock.") ->
"Right on time. Sit down, sit down. I've got news." # speaker: Mr Boateng # mood: relieved
He tells you about his allotment plot and the neighbour who is teaching him to grow okra. He's sleeping better and hasn't missed a dose of his medication. You agree to see him again in a fortnight.
~ spend(45)
~ boateng_seen = true
-> office

=== boateng_late ===
~ boateng_late_cancel = true
-> time_line("You notice a missed diary reminder: Mr Boateng, two o'clock.") ->
You ring him straight away. # scene: phone-call
"Oh. I'd put the biscuits out." A pause. "Never mind. I know you're busy people. Another time." # speaker: Mr Boateng # mood: sad
You apologise properly and offer Monday at ten. He accepts, but he sounds flatter than he has in weeks.
-> office

=== office ===
You get back to the duty office. # scene: duty-office # ambience: office
{
- priya_briefed:
    Dev has been holding the duty phone, as Priya promised. Nothing is waiting for you but a cold cup of tea.
- else:
    Two routine duty calls are waiting: a pharmacy query and a carer asking about a blue badge. They take half an hour.
    ~ spend(30)
}
{boateng_admin: Bev has left a note: Mr Boateng is rebooked for Monday at ten. He asked whether he'd done something wrong.}
{boateng_colleague: Amira texts from Mr Boateng's flat: all fine, though he said he'd been looking forward to telling you his news himself.}
-> rob_call

=== rob_call ===
The duty phone rings again. # sound: phone-ring # scene: phone-call
-> time_line("It's Rob Daley, asking for you by name.") ->
"Sorry to ring the duty line. I know you're busy." # speaker: Rob # mood: sad
His voice is flat.
"She laughed at me this morning. Said no one's going to pay for my taxis. Maybe she's right. Honestly, what's the point?" # speaker: Rob # mood: sad
His application is still on your screen, and the deadline hasn't moved. # decision: rob-call, How do you respond to Rob's call?
* [Make time to listen, ask him directly how low he is feeling, check he is safe at home, and tell him honestly where the application stands #id: listen-to-rob #standard: SWE-2.1 +2 #standard: HCPC-6 +1 #standard: SWE-1.1 +1 #standard: PCF-7 +1 #feedback: Listening, asking directly about suicidal thoughts and about safety at home, and giving him an honest update treats his low mood as seriously as the day's crisis. It costs pitch time, which is a trade-off worth naming to Priya.]
    ~ spend(30)
    ~ rob_listened = true
    You let him talk. Then you ask him directly whether he has had thoughts of ending his life.
    "No. Not like that. Ellie's the reason I get up. But some days I can't see how it ever changes." # speaker: Rob # mood: sad
    His partner is at work until six, and he has the charity worker's number. You tell him honestly where the application is, that the panel meets tomorrow, and that you'll ring him by three tomorrow either way.
    "By three. Right. Thanks for not fobbing me off." # speaker: Rob # mood: relieved
    -> after_rob
* [Reassure him the panel is bound to approve it and he will be able to leave soon #id: reassure-rob #standard: SWE-2.1 -2 #standard: SWE-1.1 +1 #standard: HCPC-9 -1 #feedback: Offering hope to someone who is low is kind and can lift him. One thing to consider is that the panel's decision is not yours to promise, and a promise that falls through may cost his trust just as he is planning to leave; honest hope, what you are doing and when he will hear, is steadier.]
    ~ spend(15)
    ~ rob_promised = true
    You tell him not to worry: the panel is bound to say yes, and he'll be able to leave soon.
    "Really? You think so?" He brightens. "Right. OK. I'll tell Ellie at the weekend." # speaker: Rob # mood: relieved
    As you put the phone down, you realise you've promised something that isn't yours to promise.
    -> after_rob
* [Tell him you will raise a Care Act safeguarding concern today about his partner's abuse of him #id: raise-s42 #standard: HCPC-7 +1 #standard: SWE-1.2 -1 #standard: SWE-1.3 -1 #feedback: Recognising domestic abuse as a possible safeguarding matter is sound, since Rob has care and support needs and is experiencing abuse. One thing to consider is that the section 42 duty turns on reasonable cause to suspect that, because of those needs, he cannot protect himself, and Making Safeguarding Personal means working out with Rob how any concern is raised and how his wishes shape it, rather than telling him it will happen.]
    ~ spend(30)
    ~ rob_s42 = true
    You tell Rob you're going to raise a safeguarding concern about his partner today.
    "No. Please. If someone turns up at the house it'll make everything worse. I've got a plan with the charity. I just need the transport sorted." # speaker: Rob # mood: anxious
    You agree to talk to Priya before doing anything. She walks through the test with you: Rob has care and support needs, and what he describes is domestic abuse. The question the section 42 duty turns on is whether there is reasonable cause to suspect that, because of those needs, he can't protect himself, and that is for the safeguarding team to weigh. Whether he has capacity doesn't decide it either way, but his wishes shape what happens next. You agree to share the concern with the safeguarding team, with Rob's knowledge and his wishes written into it: no visit to the house, and the charity as the people he trusts. You ring him back to explain exactly that, check how low he's feeling, and record your reasoning.
    -> after_rob
* [Tell him you cannot talk now and will ring him first thing tomorrow, as his application needs every minute #id: call-back-tomorrow #standard: SWE-2.1 -1 #standard: HCPC-6 -2 #standard: PCF-1 +1 #feedback: Protecting time for the application is in Rob's interest too, since it is his grant. One thing to consider is that he rang the duty line because he is low today, and checking how low and how safe he is cannot safely wait until tomorrow; even ten minutes and a clear call-back time would help.]
    ~ rob_put_off = true
    You tell Rob you can't talk now and will ring him first thing tomorrow.
    "Right. Yeah. Course." # speaker: Rob # mood: sad
    The line goes quiet. You turn back to your screen, but the flatness in his voice stays with you.
    -> after_rob

=== after_rob ===
{second_crisis: -> second_call}
-> records

=== second_call ===
The duty phone rings once more. It's Leah. # sound: phone-ring
-> time_line("Jenny has texted her to say sorry for everything, and now she isn't answering.") ->
You ring Jenny. On the third try, she picks up.
"I haven't done anything. I just couldn't be in my room." # speaker: Jenny # mood: distressed
She's on a bench in the park at the end of her road. You tell Priya, call Sam, and go.
~ spend(30)
The park is nearly empty. Jenny is where she said she'd be, knees pulled up. Sam sits on one side of her and you on the other. # scene: street # ambience: street
~ spend(15)
This time you take it slowly. You ask what the afternoon has been like, and then set out the real choices with her: a safety plan at home with daily visits from Sam's team, or a short stay in hospital as an informal patient.
-> jenny_decides

=== back_again ===
You get back to the duty office. # scene: duty-office # ambience: office
-> records

// ---------------------------------------------------------------- records, the pitch, the end of the day

=== records ===
-> time_line("You open Jenny's record.") ->
{minutes_used < 480: Rob's application still has to reach the panel by five, and every minute you spend here comes out of it.|The panel's five o'clock deadline has already gone, and Rob's application is still not finished.} # decision: record-handover, What do you record and hand over about Jenny? # key
* [Write up what Jenny told you, your reasoning and her safety plan, share it with the crisis team and, with her agreement, her GP, and brief the out-of-hours team #id: record-and-share #standard: SWE-3 +2 #standard: HCPC-10 +2 #standard: HCPC-7 +1 #standard: PCF-1 +1 #feedback: A clear record of what she said, what was decided and why, with a handover to everyone who may be called tonight, is what makes a plan hold after five o'clock. It costs the most time, and it is worth noticing what it displaced.]
    ~ spend(45)
    ~ handover_level = 3
    You write it up properly: her story, what she wants, the options she weighed, her safety plan, and what anyone should do if she or Leah calls tonight. {rob_listened || rob_s42: You add a note of Rob's call and your reasoning.} Then you ring the out-of-hours team.
    -> pitch
* [Add a short note saying seen, plan agreed, crisis team involved, and tell Sam and Priya the rest #id: short-note #standard: SWE-3 +1 #standard: HCPC-10 -1 #standard: HCPC-2 +1 #feedback: A prompt note and a word with colleagues means the essentials are known today. One thing to consider is that a short note leaves out your reasons and her own safety plan, which is exactly what the out-of-hours team would need if Leah rings at midnight.]
    ~ spend(15)
    ~ handover_level = 2
    You add three lines to the record, text Sam, and tell Priya the rest in passing.
    -> pitch
* [Record her risk as medium with a plan in place, so the out-of-hours team can see her level at a glance #id: risk-label #standard: SWE-3 +1 #standard: SWE-3.2 -2 #standard: HCPC-10 -1 #feedback: Writing something clear and quick for colleagues is a considerate aim. One thing to consider is that NICE NG225 advises against low, medium or high labels, because they can falsely reassure or alarm and say nothing about what Jenny needs; a few lines on her situation, her plan and what to do if she calls say far more.]
    ~ spend(15)
    ~ handover_level = 2
    ~ risk_label_used = true
    You write a brief entry: risk medium, safety plan in place, {jenny_home: crisis team visiting|admitted informally}. It's quick, and it looks tidy on the screen.
    -> pitch
* [Tell Sam and Priya now and write the full record first thing tomorrow, when you can do it properly #id: write-tomorrow #standard: SWE-3 -2 #standard: HCPC-10 -2 #standard: HCPC-2 +1 #feedback: Telling colleagues face to face is valuable, and wanting a careful record is reasonable. One thing to consider is that anyone picking Jenny up tonight can only act on what is written, so at least the plan and your reasons need recording today.]
    ~ handover_level = 1
    You tell Sam and Priya what happened and decide to write it up tomorrow, when you're fresh.
    -> pitch

=== pitch ===
-> time_line("You turn to Rob's application.") ->
{
- minutes_used >= 480:
    The panel deadline has already passed for today.
- 480 - minutes_used < 120 - pitch_minutes:
    {pitch_minutes > 0: It's partly drafted, but there isn't enough time left to finish it properly.|You haven't started it, and there isn't enough time left to do it properly.}
- else:
    If you keep going, you can finish it before five.
}
You check one thing first: Rob's past admissions were all informal, so he has no section 117 aftercare entitlement, and the Care Act is the right route.
Rob needs the money to keep seeing Ellie while he leaves a partner who belittles him. # decision: pitch-approach, How do you make the case for Rob's transport grant?
* [Build it on the Care Act eligibility criteria, showing which outcomes his needs stop him achieving and the impact on his wellbeing, then set out his strengths and plan #id: strengths-eligibility #standard: PCF-5 +2 #standard: SWE-1.1 +2 #standard: PCF-4 +1 #feedback: Linking his needs to the eligibility criteria and to his wellbeing under section 1 of the Care Act, and then to his own strengths, gives the panel what it needs to say yes and presents Rob as a man taking charge of his life. It also makes a time-limited cost easy to justify.]
    ~ pitch_strong = true
    You set it out against the eligibility criteria. Rob's needs arise from his depression and the anxiety that makes crowded buses and trains very hard for him. Because of them, without his partner's car he can't achieve two of the outcomes the regulations list, since managing alone would cause him significant anxiety: keeping up his relationship with his daughter, and using services in the community, including the charity's. The impact on his wellbeing, his mental health, his family life and his protection from abuse, is significant. Then his strengths: months of steady work towards leaving, a plan with the charity, and not one weekly visit to Ellie missed. The cost is twelve weeks of fares, until the charity's housing comes through.
    -> write_pitch
* [Lead with the danger at home, so the panel feels it has to act #id: lead-with-risk #standard: PCF-5 -1 #standard: SWE-2.2 -1 #standard: HCPC-6 +1 #feedback: Making the urgency visible is a fair aim; the abuse is real and it matters. One thing to consider is that a transport grant is decided on eligibility and outcomes, and a case built mainly on danger can overstate risk and leave out the strengths and plan that show the money will work.]
    You open with the abuse: the insults, the control over the car, the way his partner uses Ellie's visits against him. It reads as urgent, but there's little in it about what Rob himself is doing.
    -> write_pitch
* [Set out his diagnosis and history in detail, to show how unwell he has been #id: lead-with-diagnosis #standard: PCF-5 -1 #standard: SWE-1.1 -1 #standard: HCPC-5 -1 #feedback: Showing that his needs arise from a mental health condition is part of the eligibility test. One thing to consider is that eligibility also turns on which outcomes he cannot achieve and the impact on his wellbeing, and the panel needs only the clinical detail that explains those, not his whole history.]
    You set out his diagnosis, his past admissions and his medication in detail. It shows he has been unwell, but says little about what the grant would change.
    -> write_pitch
* [Adapt last month's successful application for someone else and change the details #id: reuse-template #standard: PCF-1 +1 #standard: SWE-1.1 -2 #standard: HCPC-5 -1 #feedback: Reusing a structure that worked is an efficient way to work under pressure. One thing to consider is that a borrowed case can miss what is particular to Rob and risks leaving another person's details in the document; a short template of headings gives the speed without those risks.]
    ~ pitch_template = true
    ~ pitch_minutes += 30
    You open last month's application and start changing the names and numbers. It goes quickly, though twice you catch the other man's details still in the text.
    -> write_pitch

=== write_pitch ===
// What is left to write; borrowing last month's structure saves half an hour, but a final read always takes a quarter of an hour.
~ pitch_need = 120 - pitch_minutes
{ pitch_template:
    ~ pitch_need -= 30
}
{ pitch_need < 15:
    ~ pitch_need = 15
}
~ temp avail = 480 - minutes_used
{ avail < 0:
    ~ avail = 0
}
~ temp write = pitch_need
{ write > avail:
    ~ write = avail
}
~ spend(write)
~ pitch_minutes += write
~ pitch_ready = write == pitch_need
{
- pitch_ready:
    -> time_line("You read it through once more and send it to the panel.") ->
- write > 0:
    -> time_line("Five o'clock comes, and the application is still unfinished.") ->
}
{ pitch_ready && minutes_used < 450:
    -> spare_time
}
-> end_of_day

=== spare_time ===
~ temp spare = 450 - minutes_used
~ spend(spare)
{
- spare >= 60 && not tribunal_started:
    ~ tribunal_started = true
    With the application done early, you use the rest of the afternoon to start Dean's tribunal report: his home circumstances, the aftercare he would have, and the questions for his sister. You ring the ward and book time to hear from Dean himself before Monday.
- else:
    With the application done, you use the rest of the afternoon to clear the duty tray and return calls.
}
-> end_of_day

=== end_of_day ===
{
- minutes_used >= 510:
    -> time_line("You look up from your screen. The office emptied a while ago.") ->
- else:
    -> time_line("You look up from your screen. The office is emptying.") ->
}
Jenny is {jenny_home: at home with her safety plan, Leah staying in, and Sam visiting at seven|on Willow Ward as an informal patient}. Rob's application is {pitch_ready: with the panel|not finished}. Dean's tribunal report is {tribunal_started: started|not started}, and it's due on Monday.
{boateng_admin: Mr Boateng's question, whether he'd done something wrong, is still waiting for an answer.}
Priya comes out of her office with her coat over her arm. {minutes_used >= 510: She has waited for you.} # sound: door-close
"How are we looking?" # speaker: Priya # mood: neutral # decision: end-of-day, How do you finish the day? # key # rationale
* [Go through everything with Priya, including what is not done, and agree together what happens to it #id: talk-to-priya #standard: SWE-4.2 +2 #standard: PCF-1 +2 #standard: SWE-3 +1 #standard: HCPC-4 +1 #feedback: Being open about what is done and what is not, and agreeing priorities with the duty manager, keeps workload safe and shared rather than carried alone. It also gives Priya what she needs for supervision and for whoever picks things up tonight.]
    ~ end_choice = 1
    -> with_priya
* [Stay on after five and finish everything yourself #id: stay-late #standard: PCF-1 -1 #standard: SWE-2.1 +1 #standard: SWE-4.2 -1 #feedback: Finishing what you promised shows real commitment to Rob and the others. One thing to consider is that working late alone hides the workload from your manager and wears down the judgement crisis duty relies on; saying what cannot be done today is part of practising safely.]
    ~ end_choice = 2
    -> stay_late
* {pitch_ready} [With Rob's application sent, leave yourself a list for tomorrow and go home #id: submit-and-go #standard: PCF-1 +1 #standard: SWE-2.1 +1 #standard: SWE-3 -1 #feedback: Meeting the main deadline and leaving on time is sustainable practice. One thing to consider is a two-minute word with Priya before you go, so the duty manager knows how the day ended and what is waiting for tomorrow.]
    ~ end_choice = 3
    -> ending_router
* {not pitch_ready} [Send Rob's application to the panel as it stands, so at least it has something from him #id: submit-as-is #standard: SWE-2.1 +1 #standard: PCF-1 -1 #standard: SWE-1.1 -1 #feedback: Getting something in front of the panel keeps Rob's case alive, which matters. One thing to consider is that an unfinished case may not show the panel what it needs, and asking Priya whether the panel would accept a completed version first thing is sometimes possible.]
    ~ end_choice = 4
    -> ending_router
* [Leave what is unfinished until the morning and sort it out first thing #id: leave-for-morning #standard: PCF-1 -1 #standard: SWE-3 -2 #standard: HCPC-7 -1 #feedback: Stopping at the end of a long, demanding day protects your own wellbeing. One thing to consider is that nobody else knows what is outstanding, and a deadline or handover left unspoken can quietly become someone else's risk; a short word with Priya closes that gap.]
    ~ end_choice = 5
    -> ending_router

=== with_priya ===
You go through it all: Jenny, Rob, Mr Boateng, Dean's report, and what isn't done.
{ handover_level == 1:
    "Jenny's record first. Out-of-hours can only go on what's written, so put her plan and your reasons on it before anything else." # speaker: Priya # mood: thoughtful
    ~ spend(30)
    ~ handover_level = 2
    You write down her plan, what she wants, and what to do if she or Leah calls tonight.
}
{
- not pitch_ready:
    "Right. I'll ring the panel chair now. She'll take it by nine tomorrow if I ask, and I'll cover duty until ten so you can finish it." # speaker: Priya # mood: calm
- else:
    "Good. And Rob's application went in on time, with everything else going on. That's not nothing." # speaker: Priya # mood: calm
}
{ not tribunal_started:
    "And I'll keep you off duty on Monday morning for Dean's report." # speaker: Priya # mood: thoughtful
}
{boateng_admin || boateng_late_cancel || boateng_colleague:
    "Before you go, give Mr Boateng five minutes on the phone. It'll mean more than you think." # speaker: Priya # mood: thoughtful
    ~ spend(15)
    You ring him. He's fine, and pleased you called. He tells you about the okra himself.
}
-> ending_router

=== stay_late ===
{ handover_level == 1:
    ~ spend(45)
    ~ handover_level = 3
}
~ temp more = 120 - pitch_minutes
{ pitch_template:
    ~ more -= 30
}
{ more < 15:
    ~ more = 15
}
{ not pitch_ready:
    ~ spend(more)
    ~ pitch_minutes = 120
    ~ pitch_ready = true
    ~ pitch_late = true
}
{ not tribunal_started:
    ~ spend(60)
    ~ tribunal_started = true
}
-> ending_router

// ---------------------------------------------------------------- endings

=== ending_router ===
{
- handover_level == 1 || (end_choice == 5 && not pitch_ready):
    -> ending_loose
- end_choice == 2:
    -> ending_late
- end_choice == 1 && not pitch_ready:
    -> ending_handed_over
- jenny_home:
    -> ending_home
- else:
    -> ending_admitted
}

=== loose_threads ===
{
- pitch_ready && pitch_strong:
    On Friday the panel approves Rob's grant. When you ring him, he's quiet for a moment, then says thank you three times.
- pitch_ready:
    On Friday the panel approves Rob's grant, but only for six weeks, and asks for a fuller case next time. It's something.
- end_choice == 4:
    On Friday the panel defers Rob's application and asks for more detail. It will be another month.
}
{rob_promised && not (pitch_ready && pitch_strong): You will have to tell Rob that what you promised him hasn't quite happened.}
{rob_put_off: You still owe Rob the call you put off.}
{boateng_late_cancel: You also owe Mr Boateng a visit that starts with an apology.}
{boateng_admin && end_choice != 1: Mr Boateng's question, whether he'd done something wrong, is still waiting for you. You ring him first thing.}
{checklist_used || risk_label_used: Later, in supervision, Priya asks what the word medium told you about Jenny that her own words didn't.}
->->

=== ending_home ===
-> time_line("You switch off your screen.") ->
That evening Sam visits Jenny as planned. She and Leah are watching something terrible on television, and the sketchbook is back on the kitchen table.
-> loose_threads ->
Jenny stays at home, with a plan she made herself and a team that knows her. # ending: home-with-plan, Jenny at home with her safety plan and home treatment
-> END

=== ending_admitted ===
-> time_line("You switch off your screen.") ->
Jenny spends four nights on Willow Ward. She goes home on Monday with her safety plan, daily visits from Sam's team, and an appointment with a college adviser about going back in September.
{consent_pressured: When you take today to supervision, you start with the moment you mentioned the Mental Health Act, and what it might have felt like to be nineteen and hear it.}
-> loose_threads ->
{consent_pressured: Jenny's stay was short and informal, and by the end she was the one choosing it.|Jenny's stay was short, informal and her own choice.} # ending: informal-admission, Jenny in hospital as an informal patient
-> END

=== ending_handed_over ===
-> time_line("You leave later than you meant to, but not alone with it.") ->
{jenny_home: Jenny is at home with her plan, and Sam visits at seven.|Jenny is settled on Willow Ward, with her plan at the front of her notes.} Priya has the rest: the panel chair has agreed to take Rob's application by nine, and duty is covered until ten.
At half eight on Friday morning you finish it with a clear head. {pitch_strong: The panel approves the grant, and Rob says thank you three times.|The panel approves six weeks of fares and asks for a fuller case next time.}
{rob_put_off: You still owe Rob the call you put off.}
{rob_promised && not pitch_strong: You also have to explain to Rob why it isn't quite what you promised him.}
{checklist_used || risk_label_used: In supervision, Priya asks what the word medium told you about Jenny that her own words didn't.}
Not everything got done today, but everyone who needed to know what was left knows. # ending: handed-over-safely, Unfinished work handed over safely at the end of a long day
-> END

=== ending_late ===
-> time_line("You switch off the last light in the office.") ->
Everything is done: Rob's application, {tribunal_started: a draft of Dean's report,} and your notes. {pitch_late: The panel administrator replies to your late email with a kind word and agrees to add Rob's application to the morning's papers.} The building is silent. Nobody but you knows how long it took.
{jenny_home: Jenny is at home with Leah and her plan.|Jenny is settled on Willow Ward.}
-> loose_threads ->
On the drive home you realise you haven't eaten since breakfast. Next week you're on duty again.
You finished everything, alone and late. # ending: late-finish, Everything finished late into the evening
-> END

=== ending_loose ===
-> time_line("You head home.") ->
{
- handover_level == 1 && jenny_admitted:
    At ten that night Jenny asks the night nurse on Willow Ward whether her mum has been told. The nurse looks for what was agreed and finds only a line saying to see tomorrow's notes, and spends an hour on the phone piecing together what you already knew. Jenny is fine, but nobody could tell that from the record.
- handover_level == 1:
    At ten that night Leah rings the out-of-hours line, worried because Jenny has gone quiet. The worker finds only a line saying to see tomorrow's notes, and spends an hour piecing together what you already knew. Jenny is safe, asleep with her plan by the bed, but nobody could tell that from the record.
- else:
    Jenny is {jenny_home: at home with her plan|on Willow Ward}, and her record tells the next person what they need to know.
}
{
- end_choice == 4:
    Rob's unfinished application reaches the panel. On Friday it defers the decision and asks for more detail. It will be another month.
- not pitch_ready:
    Rob's application misses the five o'clock deadline. The next panel is in a month. Someone has to tell him, and it should be you.
- else:
    Rob's application went off on time.
}
{rob_put_off: You still owe Rob the call you put off.}
{rob_promised && not pitch_ready: You also have to tell Rob that what you promised him hasn't happened.}
{boateng_admin: Mr Boateng's question, whether he'd done something wrong, is still unanswered.}
On Friday morning there's a list waiting for you, and Priya wants a word. # ending: loose-ends, Loose ends to pick up tomorrow
-> END

// ---------------------------------------------------------------- the clock

=== time_line(msg) ===
// Prints one line of narration with the in-story clock for the time used so far.
// Generated: every cost in this story is a multiple of 15 minutes.
{
- minutes_used < 15: {msg} # clock: 09:00
- minutes_used < 30: {msg} # clock: 09:15
- minutes_used < 45: {msg} # clock: 09:30
- minutes_used < 60: {msg} # clock: 09:45
- minutes_used < 75: {msg} # clock: 10:00
- minutes_used < 90: {msg} # clock: 10:15
- minutes_used < 105: {msg} # clock: 10:30
- minutes_used < 120: {msg} # clock: 10:45
- minutes_used < 135: {msg} # clock: 11:00
- minutes_used < 150: {msg} # clock: 11:15
- minutes_used < 165: {msg} # clock: 11:30
- minutes_used < 180: {msg} # clock: 11:45
- minutes_used < 195: {msg} # clock: 12:00
- minutes_used < 210: {msg} # clock: 12:15
- minutes_used < 225: {msg} # clock: 12:30
- minutes_used < 240: {msg} # clock: 12:45
- minutes_used < 255: {msg} # clock: 13:00
- minutes_used < 270: {msg} # clock: 13:15
- minutes_used < 285: {msg} # clock: 13:30
- minutes_used < 300: {msg} # clock: 13:45
- minutes_used < 315: {msg} # clock: 14:00
- minutes_used < 330: {msg} # clock: 14:15
- minutes_used < 345: {msg} # clock: 14:30
- minutes_used < 360: {msg} # clock: 14:45
- minutes_used < 375: {msg} # clock: 15:00
- minutes_used < 390: {msg} # clock: 15:15
- minutes_used < 405: {msg} # clock: 15:30
- minutes_used < 420: {msg} # clock: 15:45
- minutes_used < 435: {msg} # clock: 16:00
- minutes_used < 450: {msg} # clock: 16:15
- minutes_used < 465: {msg} # clock: 16:30
- minutes_used < 480: {msg} # clock: 16:45
- minutes_used < 495: {msg} # clock: 17:00
- minutes_used < 510: {msg} # clock: 17:15
- minutes_used < 525: {msg} # clock: 17:30
- minutes_used < 540: {msg} # clock: 17:45
- minutes_used < 555: {msg} # clock: 18:00
- minutes_used < 570: {msg} # clock: 18:15
- minutes_used < 585: {msg} # clock: 18:30
- minutes_used < 600: {msg} # clock: 18:45
- minutes_used < 615: {msg} # clock: 19:00
- minutes_used < 630: {msg} # clock: 19:15
- minutes_used < 645: {msg} # clock: 19:30
- minutes_used < 660: {msg} # clock: 19:45
- minutes_used < 675: {msg} # clock: 20:00
- minutes_used < 690: {msg} # clock: 20:15
- minutes_used < 705: {msg} # clock: 20:30
- minutes_used < 720: {msg} # clock: 20:45
- minutes_used < 735: {msg} # clock: 21:00
- minutes_used < 750: {msg} # clock: 21:15
- minutes_used < 765: {msg} # clock: 21:30
- minutes_used < 780: {msg} # clock: 21:45
- minutes_used < 795: {msg} # clock: 22:00
- minutes_used < 810: {msg} # clock: 22:15
- minutes_used < 825: {msg} # clock: 22:30
- minutes_used < 840: {msg} # clock: 22:45
- minutes_used < 855: {msg} # clock: 23:00
- minutes_used < 870: {msg} # clock: 23:15
- minutes_used < 885: {msg} # clock: 23:30
- minutes_used < 900: {msg} # clock: 23:45
- else: {msg} # clock: 23:59
}
->->
