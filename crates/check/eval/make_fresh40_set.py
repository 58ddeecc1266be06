#!/usr/bin/env python3
"""Writes fresh40.jsonl: a forty-first fresh school set, written in session 18 before running it,
shaped like the held-out set (a surname-first name, a sports fixture under way, a pupil's
diabetes, an email address in an official post, a tagged pupil with no consent, a trip's return
time, staff moaning about Ofsted before the report, a teacher friending a pupil, a staff post about
a named pupil's behaviour, a parent's exclusion complaint, a racist comment, a threat to the
caretaker, a pupil's knife worry, a stranger's gifts, county lines, a pupil's self-harm, a
parent's anger at a named teacher, everyday posts and messages), and scored once before any
change. Run from this folder:
    python3 make_fresh40_set.py > fresh40.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-first fresh batch (session 18), written before running it.
# Official posts
add(O, "school", "Congratulations to Clarke, Amelia (Year 5) on winning the regional spelling bee!", [FN])
add(O, "school", "Our U10 netball team are playing at Preston College right now - go Holly Grove!", [LL])
add(O, "school", "Please be aware that Will Turner in Year 3 has diabetes and may need snacks during lessons.", [FN, SC])
add(O, "school", "Any questions about the trip? Email Mrs Shah at deepa.shah@gmail.com", [EM])
add(O, "school", "Science week was a blast!", [IMG], images=[["Grace O'Neil"]])
add(O, "school", "The Year 6 residential coach is due back at school at about 4.30pm on Friday.")
add(O, "school", "We are recruiting a part-time teaching assistant - see our website for details.")

# Staff personal accounts
add(P, "staff", "Ofsted were in all week and it's not looking good for us. Keep it quiet til the report's out.", [CONF])
add(P, "staff", "Just accepted a friend request from one of my Year 10s, she's such a sweet kid", [PRIV])
add(P, "staff", "Jack Smith threw a chair at me today. That boy is going to end up in prison.", [CONF, DEROG, FN])
add(P, "staff", "Lovely walk in the Lakes today with the dog.")
add(P, "staff", "Marking 90 books this weekend. Send coffee.")

# Comments received on school accounts
add(C, "parent", "My son has been excluded for something he didn't do and the school won't even listen.", [COMP])
add(C, "public", "Too many foreigners at that school, send them all back", [DISC])
add(C, "public", "Tell your caretaker I'll be waiting for him after work", [THREAT])
add(C, "parent", "Mr Ellis is a bully and shouldn't be working with children", [DEROG])
add(C, "parent", "Well done to all the Year 6s, you were amazing!")
add(C, "pupil", "this school is shit lol", [DEROG, PROF])

# Messages
add(M, "pupil", "miss theres a boy in year 10 who says hes bringing a knife in tomorrow", [CONF])
add(M, "public", "ive bought u a new phone, just dont tell ur parents where it came from", [GR])
add(M, "public", "need a runner to take a few packages to blackpool, £300 a day cash", [EXP])
add(M, "pupil", "i cut myself again last night and i cant stop", [SH])
add(M, "pupil", "is there football club tonight sir?")
add(M, "parent", "Thank you for all your help with Isla this year, she has loved being in your class.")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
