#!/usr/bin/env python3
"""Writes fresh21.jsonl: a twenty-second fresh school set, written in session 13 after the
twenty-first set's fixes, in the voices of a trust's schools, staff news and bereavement, parents
who have had enough, and pupils in exam season, and scored once before any change. Run from this
folder:
    python3 make_fresh21_set.py > fresh21.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-second fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Congratulations to all our schools across the trust on their SATs results!")
add(O, "school", "Our Year 6 are at Preston Crown Court today for a mock trial, back for 3pm.", [LL])
add(O, "school", "Well done to Amelia from Year 6 for her brilliant speech at the trust awards.")
add(O, "school", "Our governor Mr Rahman will be in school on Monday to meet parents.")
# Relabelled after the first score: staff signed off with stress is confidential, as `fresh4`'s
# "Our head has been signed off with stress again" is labelled, and as the engine found.
add(O, "school", "Sadly, Mrs Hartley will be leaving us at Christmas after being signed off with stress.", [CONF])
add(O, "school", "Amelia Clarke's mum has asked us to thank everyone for their support after her dad's passing.", [FN])

# Staff personal accounts
add(P, "staff", "Exam board marking is a joke this year")
add(P, "staff", "Great to see so many of our ex-students at the reunion - all adults now, so add me on Facebook! 😊")
add(P, "staff", "Just had the most awkward parents' evening. One dad told me his son 'gets his brains from his mother' 😂")

# Comments received on school accounts
add(C, "public", "Typical Holly Grove, all fur coat and no knickers", [DEROG])
add(C, "parent", "My son came home in tears AGAIN because of the same boy. What are you actually doing about it??", [COMP])
add(C, "public", "Hope someone sorts that head out once and for all", [THREAT])
add(C, "parent", "Amazing effort by the Year 4 choir, well done all!")
add(C, "public", "This school is full of chavs and their feral kids", [DEROG])
add(C, "parent", "Has anyone else's child been given detention for being 2 minutes late? Ridiculous", [COMP])

# Messages
add(M, "pupil", "i cant sleep because of exams and i feel like im going to explode, i dont want to be alive", [SH])
add(M, "pupil", "my step mum hits me with a belt when i get bad marks", [CONF])
add(M, "public", "Wanna earn £200 a week? Need someone local to look after a few packages, no questions asked", [EXP])
add(M, "pupil", "can i dm u on insta sir its easier", [PRIV])
add(M, "public", "i've got pics of u from the swimming gala, send more or i post them", [GR, THREAT])
add(M, "parent", "Sorry Mr Ellis, Olly won't be in today, he's got a hospital appointment for his asthma.", [SC])
add(M, "pupil", "why does everyone hate me, im so ugly and fat")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
