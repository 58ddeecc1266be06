#!/usr/bin/env python3
"""Writes fresh23.jsonl: a twenty-fourth fresh school set, written in session 14 after the
twenty-third set's fixes, again shaped like the held-out set (every channel and kind of finding,
names written every way, UK personal data in its common formats, disguised words, and clean posts
with words that only look bad), and scored once before any change. Run from this folder:
    python3 make_fresh23_set.py > fresh23.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-fourth fresh batch (session 14), written before running it.
# Official posts
add(O, "school", "Well done to McDonald Isla for her beautiful handwriting this week!", [FN])
add(O, "school", "A big thank you to Zoe Unal's family for all the cakes at the bake sale!", [FN])
add(O, "school", "Our Ivy class have been learning all about the Great Fire of London.")
add(O, "school", "Year 6 have been writing to pen pals at schools in Cockermouth and Penistone.")
add(O, "school", "Please return reply slips to the school office, 1 School Lane, Preston PR1 2AB.")
add(O, "school", "Christmas cards for Mr Ellis can be sent to his new address, 14 Beech Grove, Preston PR2 3XY.", [AD])
add(O, "school", "Sports day photos are up - well done everyone!", [IMG], images=[["Holly Brown"], ["Mary-Jane Watson", "Summer Khan"]])
add(O, "school", "Eid Mubarak to all our Muslim families celebrating today!")
add(O, "school", "Reception are walking to the library right now and will be back by 11.", [LL])
add(O, "school", "Isla McDonald's inhaler has been left in the office - please could someone collect it.", [FN, SC])

# Staff personal accounts
add(P, "staff", "Gutted for my class. Ofsted have said we require improvement but we can't tell anyone until the report comes out.", [CONF])
add(P, "staff", "I teach at Holly Grove and honestly the new behaviour policy is a joke", [DEROG, DISCL])
add(P, "staff", "Text me on 07812 345678 if you need help with your coursework over half term", [PRIV, PH])
add(P, "staff", "Finally finished my marking, time for a very large glass of wine.")
add(P, "staff", "Payroll still haven't fixed my tax code - my NI number is JT 48 29 17 B if anyone in the office sees this", [ID])

# Comments received on school accounts
add(C, "public", "Ms Shah is a total k1ll j0y, worst DSL ever", [DEROG])
add(C, "parent", "Why are the toilets still locked during lessons? My daughter was in tears. I've emailed twice and heard nothing.", [COMP])
add(C, "parent", "So glad the anti-bullying assembly tackled 'gay' being used as an insult. Well done.")
add(C, "public", "f.u.c.k.i.n.g disgrace of a school", [PROF, DEROG])
add(C, "parent", "Proud to be a gay dad at Holly Grove - thank you for such an inclusive book week!")
add(C, "pupil", "@ameliaclarke09 ur so fake, no wonder ur mum left", [FN, BULLY])
add(C, "public", "Muslims are a cancer on this country and your school is full of them", [DISC])

# Messages
add(M, "parent", "Jack's NHS number is 612 345 6784 for the trip medical form.", [ID])
add(M, "pupil", "miss i took a load of my mums tablets last night and i feel really weird", [SH])
add(M, "public", "hey cutie, how old r u? wanna meet up at the park, i'll bring vapes", [GR])
add(M, "pupil", "there's older lads paying year 8s to carry stuff to Blackpool for them", [EXP])
add(M, "public", "Your a disgrace of a headteacher and I will be waiting for you in the car park tomorrow", [THREAT, DEROG])
add(M, "pupil", "can u follow me back on tiktok miss", [PRIV])
add(M, "parent", "Thanks for letting me know about the parents' evening slots, see you Thursday.")
add(M, "pupil", "my brother showed me a video of a man getting his head cut off and said the infidels deserve it", [RAD])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
