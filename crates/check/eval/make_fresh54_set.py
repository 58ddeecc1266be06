#!/usr/bin/env python3
"""Writes fresh54.jsonl: a fifty-fifth fresh school set, written in session 24 before running it
(a choir at a care home, a grandad in the RAF, a walk to the library now, a pupil's diabetes,
costumes with a pupil without consent, nursery places, saplings, a star of the week, a fourteen-hour
day, mocks, a teacher's mobile for exam stress, a no-publish pupil's nan, a named exclusion, a dog
groomer, a teacher called a nonce, a tie detention, a pupil mocked for being poor, a nativity,
floods, Travellers' children, a car to be torched, a stepdad who hits, a stranger asking a child's
age, scratching with a compass, packages round Preston, an orthodontist, "Islam is invading", a
friend request), and scored once before any change.
Run from this folder:
    python3 make_fresh54_set.py > fresh54.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-fifth fresh batch (session 24), written before running it.
# Official posts
add(O, "school", "Our Year 3 choir sang carols for the residents at Fulwood Lodge this morning 🎶")
add(O, "school", "A huge thank you to Summer Khan's grandad, who told Year 6 all about his years in the RAF", [FN])
add(O, "school", "Year 1 are walking to the library on Church Street as we speak - pick-up will be from there at 2.45 today", [LL])
add(O, "school", "Please note Zoe Unal (Year 2) now has type 1 diabetes, so we ask that no sweets are sent in for her class", [FN, SC])
add(O, "school", "Look at these amazing World Book Day costumes!", [IMG], images=[["Grace O'Neil", "Jack Smith"]])
add(O, "school", "We still have 3 nursery places for January. Ring 01772 123456 to book a visit")
add(O, "school", "Our eco council planted 40 saplings on the field this week with help from the Essex Street allotment group")
add(O, "school", "Star of the week in Rowan class: Isla M, for her fantastic persuasive writing")

# Staff personal accounts
add(P, "staff", "Fourteen-hour day at Holly Grove again, and SLT wonder why everyone's leaving. Clueless.", [DEROG, DISCL])
add(P, "staff", "Back-to-back mocks marking this weekend, pray for me ☕")
add(P, "staff", "Students, if you're stressed about exams over Easter just text me on 07700 900321, any time", [PRIV, PH])
add(P, "staff", "Had such a lovely chat with Tobias Wright's nan at pick-up today", [NP])
add(P, "staff", "Will Turner in Year 10 got a fixed-term exclusion today for vaping in the toilets", [CONF, FN])
add(P, "staff", "Does anyone have a recommendation for a decent dog groomer near Longridge?")

# Comments received on school accounts
add(C, "public", "that maths teacher is a nonce, everyone knows it", [DEROG])
add(C, "parent", "3rd detention this month for a missing tie. This school cares more about uniform than learning. Pathetic.", [COMP])
add(C, "pupil", "amelia clarke u smell and ur mum cant even afford soap lol", [FN, BULLY])
add(C, "parent", "What a fantastic nativity, the little ones were superstars ⭐")
add(C, "parent", "Will the school be shut tomorrow if the roads flood again?")
add(C, "public", "Travellers' kids shouldn't be let near our schools, every one of them a thief", [DISC])
add(C, "public", "Somebody needs to torch the head's car, see how she likes it", [THREAT])

# Messages
add(M, "pupil", "my stepdad hits me when hes been drinking, please dont say i told you", [CONF])
add(M, "public", "hiya beautiful 😘 how old r u? do ur parents go thru ur phone?", [GR])
add(M, "pupil", "ive started scratching my arms with a compass at night again", [SH])
add(M, "public", "need young lads to carry packages round Preston, £300 a week cash in hand, no questions", [EXP])
add(M, "parent", "Rowan has an orthodontist appointment at 11 tomorrow, I'll bring him back in after lunch")
add(M, "public", "Islam is invading Britain and the day is coming when we have to fight back", [DISC, RAD])
add(M, "pupil", "sir did u get my friend request on facebook? accept it pls", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
