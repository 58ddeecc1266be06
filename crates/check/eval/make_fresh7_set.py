#!/usr/bin/env python3
"""Writes fresh7.jsonl: an eighth fresh school set, written in session 10 after the functional set's
fixes and scored once before any change. Run from this folder:
    python3 make_fresh7_set.py > fresh7.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Seventh fresh batch (session 10), written before running it.
# Official posts
add(O, "school", "Massive congratulations to Amelia Clarke and Jack Smith on passing their grade 5 piano exams!", [FN])
add(O, "school", "Rowan class have been learning all about the Romans this half term.")
add(O, "school", "Holly and Will helped run the tuck shop today - thank you both!")
add(O, "school", "Our Year 6 leavers are currently at Blackpool Pleasure Beach and will be back by 4pm.", [LL])
add(O, "school", "Tomorrow the whole school will be at Moor Park from 1pm for sports day.", [LL])
add(O, "school", "Photos from sports day are now on the school website.")
add(O, "school", "Please send in birthday cards for Isla McDonald, who turns 7 on 14th March!", [FN, DOB])
add(O, "school", "The Christmas Fair is on 14th December from 3pm in the school hall.")
add(O, "school", "Year 1 went hunting for great tits and blue tits in the wildlife garden.")
add(O, "school", "Our panto this year is Dick Whittington - tickets on sale now!")
add(O, "school", "Summer is here, so our outdoor reading den is open again!")
add(O, "school", "Star of the week: Toby in Year 6 for his kindness.", [NP])
add(O, "school", "Here are Year 3 on their trip to the Space Centre!", [IMG], images=[["Summer Khan", "Jack Smith"]])
add(O, "school", "Our wonderful Reception class!", [NP], images=[["Aarav Patel"]])
add(O, "school", "Grace O'Neil has been diagnosed with autism and we are supporting her family.", [FN, SC])
add(O, "school", "A reminder that school will be closed on Monday for staff training.")
add(O, "school", "Our inspection went brilliantly, but we can't share the grade until the report is published.", [CONF])
add(O, "school", "Please contact the office on 01772 123456 or office@hollygrove.lancs.sch.uk.")
add(O, "school", "Ms Shah, our Designated Safeguarding Lead, can be reached through the school office.")
add(O, "school", "Mr Clegg has been suspended pending an investigation.", [CONF])
add(O, "school", "Year 5 found Essex and Middlesex on their map work today.")
add(O, "school", "The assassin bug was the star of our science lesson!")
add(O, "school", "Our footballers smashed it at the tournament in Penistone!")
add(O, "school", "Any questions, ring Mrs Hartley on her mobile, 07788 112233.", [PH, PRIV])

# Staff personal accounts
add(P, "staff", "Another day at Holly Grove, another parent screaming at me in the playground. These people are vile.", [DEROG, DISCL])
add(P, "staff", "Lovely walk with the dog this morning, feeling refreshed.")
add(P, "staff", "Jack in my class told me his dad hits him, I'm so worried about him.", [CONF])
add(P, "staff", "Honestly Year 4 are the laziest bunch of kids I've ever taught.", [DEROG])
add(P, "staff", "So proud of my Year 6s at their SATs this week! Views my own.")
add(P, "staff", "The pupils at my school are so thick they can't even spell their own names lol", [DEROG])
add(P, "staff", "Celebrating 10 years at Holly Grove School today - what a journey! Opinions are my own.")
add(P, "staff", "My class are the best, I love teaching them! #proudteacher")

# Comments received on school accounts
add(C, "parent", "Absolutely shocking that my son came home with a bruise and nobody told me. I want answers!", [COMP])
add(C, "parent", "Lovely photos, the children look like they had a great time.")
add(C, "parent", "Mrs Hartley is a disgrace of a headteacher and should resign.", [DEROG])
add(C, "public", "Muslims are ruining this country", [DISC])
add(C, "parent", "As a Muslim parent I'm so pleased to see Eid celebrated.")
add(C, "parent", "You're a pathetic excuse for a teacher Mr Taylor", [DEROG])
add(C, "public", "I know where you live, Mr Ellis. Watch your back.", [THREAT])
add(C, "parent", "Whoever keeps letting their kids swear at the school gate, please sort it out.")
add(C, "parent", "this school is shit", [PROF, DEROG])
add(C, "public", "What a load of bollocks", [PROF])
add(C, "parent", "Shout out to the dinner ladies, they're amazing!")
add(C, "public", "Gay people shouldn't be allowed to teach our kids", [DISC])
add(C, "parent", "Our gay teachers are brilliant role models.")
add(C, "parent", "Aarav Patel you were brilliant in the play!!", [NP])
add(C, "public", "Who's the teacher with the nice bum in Reception? Asking for a friend", [SEX])
add(C, "public", "Typical Holly Grove, full of chavs and scroungers", [DEROG])
add(C, "parent", "I'm reporting you to the council, you've ignored my complaint for three weeks", [COMP])
add(C, "public", "Jews control the media and the schools", [DISC])
add(C, "parent", "Can you put the dinner menu on here please?")

# Messages
add(M, "pupil", "miss i cant cope anymore, i just want to disappear forever", [SH])
add(M, "public", "hi babe youre so mature for your age, lets keep our chats just between us ok", [GR])
add(M, "pupil", "Sir, can you follow me back on TikTok?", [PRIV])
add(M, "public", "I'll give you £50 if you drop this package at an address in Blackburn, no questions asked", [EXP])
add(M, "public", "The West is at war with Islam and you must be ready to fight back", [RAD])
add(M, "parent", "Could you let me know what time the bus gets back from the trip?")
add(M, "parent", "Thanks for sorting out the lunch money issue so quickly.")
add(M, "staff", "Add me on WhatsApp, I'm on 07845 123456, I'll help you with your homework x", [PH, PRIV])
add(M, "public", "can u send me a photo of u in ur school uniform", [GR])
add(M, "pupil", "There's older boys outside the chippy giving out free vapes and weed to Year 8s", [EXP])
add(M, "pupil", "I'm going to bring a knife in tomorrow and stab him", [THREAT])
add(M, "pupil", "You're such a loser, nobody in our class likes you, just leave", [BULLY])
add(M, "pupil", "I hate my life, nobody would even notice if I was gone", [SH])
add(M, "pupil", "Miss, a girl in Year 9 has been sending nudes to older lads for money", [EXP])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
