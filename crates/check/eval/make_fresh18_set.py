#!/usr/bin/env python3
"""Writes fresh18.jsonl: a nineteenth fresh school set, written in session 13 after the
eighteenth set's fixes, in the voices of a school with many faiths and pupils with additional
needs: festivals, fasting, strike days, staff news, former pupils, and the hardest messages a
school inbox gets, and scored once before any change. Run from this folder:
    python3 make_fresh18_set.py > fresh18.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Nineteenth fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Eid Mubarak to all our families celebrating today!")
add(O, "school", "Ibrahim in Year 2 will be fasting for Ramadan, so he'll sit out of PE this month.", [SC])
add(O, "school", "Our SEND coffee morning is on Thursday at 9am in the library - all welcome.")
add(O, "school", "Holly Brown is using a wheelchair after her operation - please hold doors for her!", [FN, SC])
add(O, "school", "Strike day on Wednesday: the school will be closed to all pupils except Year 6.")
add(O, "school", "Our Year 5 football team are playing at Ashton Park right now - come and cheer them on!", [LL])
add(O, "school", "Jack Smith and Grace O'Neil represented us at the Young Voices concert.", [FN])
add(O, "school", "Look at our fantastic Reception artists!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Look who won the Year 6 spelling bee!", [NP], images=[["Aarav Patel"]])
add(O, "school", "Parents evening booking is open - use the link in your email.")
add(O, "school", "We are saddened to share that Mr Clegg has been suspended pending an investigation.", [CONF])

# Staff personal accounts
add(P, "staff", "Strike tomorrow. Not because we want to, because we have to. ✊")
add(P, "staff", "Ex-pupil just sent me a friend request, he's only 16 😬 declined obviously")
add(P, "staff", "Nothing makes me prouder than my SEN kids at Holly Grove. Best job in the world.", [DISCL])
add(P, "staff", "Honestly the head at Holly Grove is clueless, views my own", [DEROG])
add(P, "staff", "Any Year 11s who want to talk over the summer, my DMs are open", [PRIV])
add(P, "staff", "Poor little lad in my class has just been taken into care. Breaks my heart.", [CONF])

# Comments received on school accounts
add(C, "parent", "Ramadan Mubarak to all the staff and families x")
add(C, "public", "Another school bowing down to Islam. Sick of it.", [DISC])
add(C, "parent", "Why was my son left sitting on his own at lunch AGAIN? I want answers.", [COMP])
add(C, "public", "Shut down this school, the teachers are all paedos", [DEROG])
add(C, "parent", "Mr Ellis you are a legend, thanks for everything this year!")
add(C, "public", "That Shah woman wants reporting, she's a joke", [DEROG])
add(C, "parent", "Can't believe you've let them strike again. My kids are missing out. I'll be writing to the council.", [COMP])

# Messages
add(M, "pupil", "my uncle touches me when mum's at work", [CONF])
add(M, "pupil", "nobody would even notice if i was gone", [SH])
add(M, "public", "ur so mature for ur age, i bet ur bf doesnt appreciate u", [GR])
add(M, "pupil", "sir can i have ur number for when i need help with coursework", [PRIV])
add(M, "pupil", "if u grass ill make ur life hell", [THREAT])
add(M, "public", "we pay £50 a day, just need u to hold a bag for a few hours. tell no one", [EXP])
# Relabelled after the first score: a parent telling the school about their own child is the
# right channel, and the third set's "my son's EHCP review" (a public comment) is no finding of
# special-category data either.
add(M, "parent", "My daughter has been diagnosed with ADHD, can we arrange a meeting with the SENCo?")
add(M, "pupil", "can u tell mr taylor i cant come to detention cos of my mums funeral")
add(M, "public", "The kuffar schools are teaching your children filth. Pull them out and join us.", [RAD])
add(M, "pupil", "ur dead at 3 o clock", [THREAT])
add(M, "parent", "Can you send me the dates for the Year 6 residential please?")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
