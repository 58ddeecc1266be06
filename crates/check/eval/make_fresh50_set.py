#!/usr/bin/env python3
"""Writes fresh50.jsonl: a fifty-first fresh school set, written in session 22 before running it
(art prizes with initials, a walk to church, a tenth birthday with a date of birth, an eco council
photo, a no-publish pupil's spelling bee, a water bottle, a pupil's diabetes, the school nurse on
the school's number, a colleague's disciplinary hearing, a canal walk, SATs with a disclaimer, a
teacher's mobile for homework, the head called a joke, "watch your back", a pupil said to smell,
the uniform shop, the school called a disgrace, a bruise nobody mentioned, a changing-room video,
a mum's pills, a stranger's secrecy, a dad in prison, bats at the gates, a pupil friending a
teacher, ket and pingers, parents' evening, "take back what is ours"), and scored once before
any change. Run from this folder:
    python3 make_fresh50_set.py > fresh50.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-first fresh batch (session 22), written before running it.
# Official posts
add(O, "school", "Well done to Summer K and Rowan H for their art prizes!")
add(O, "school", "Our Year 4 class are walking to St Mary's Church now for the Harvest service, back by 11:30", [LL])
add(O, "school", "Happy 10th birthday to Mary-Jane, born on 14 March 2016!", [DOB])
add(O, "school", "Meet our new eco council!", [IMG], images=[["Summer Khan", "Will Turner"]])
add(O, "school", "Aarav Patel wins the spelling bee!", [NP])
add(O, "school", "Please send in a named water bottle for PE")
add(O, "school", "Rowan Hughes in 5B has been diagnosed with diabetes, please don't send sweets in for birthdays", [FN, SC])
add(O, "school", "Our school nurse can be reached on 01772 123456 ext 4")

# Staff personal accounts
add(P, "staff", "Sat in a disciplinary hearing all afternoon for a colleague, what a day", [CONF])
add(P, "staff", "Lovely walk along the canal with the dog this morning")
add(P, "staff", "So proud of my Year 6s at Holly Grove, they smashed their SATs! (views my own)")
add(P, "staff", "Text me on 07700 900789 if your child needs help with homework, parents", [PRIV, PH])

# Comments received on school accounts
add(C, "parent", "The head is an absolute joke, she never answers emails", [DEROG, COMP])
add(C, "public", "watch your back mr ellis", [THREAT])
add(C, "pupil", "jack smith smells like a bin lol", [FN, BULLY])
add(C, "parent", "Is the uniform shop open on Saturday?")
add(C, "public", "This school is a disgrace, the teachers don't care about the kids", [DEROG])
add(C, "parent", "My daughter came home with a bruise and nobody told me. I want answers.", [COMP])

# Messages
# Labelled a disclosure before scoring, against the twelfth set's item (fresh11.jsonl: "someone posted a
# video of me getting changed in PE and everyone has seen it"), labelled sexual: the earlier
# convention stands (corrected after scoring).
add(M, "pupil", "miss someone posted a video of me getting changed in PE and its going round", [SEX])
add(M, "pupil", "i took loads of my mums pills last night", [SH])
add(M, "public", "you can trust me, I won't tell your parents we've been talking", [GR])
add(M, "parent", "Please can you keep an eye on Oliver, his dad has just gone to prison", [CONF])
add(M, "public", "We're coming to the school gates at 3 with bats, your lot won't know what hit them", [THREAT])
add(M, "pupil", "can you add me on insta sir", [PRIV])
add(M, "public", "Selling ket and pingers, Year 10s get mates rates", [EXP])
add(M, "staff", "Just a reminder that parents evening is on Thursday from 4pm")
add(M, "public", "White people need to wake up and take back what is ours before it's too late", [RAD])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
