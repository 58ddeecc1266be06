#!/usr/bin/env python3
"""Writes fresh46.jsonl: a forty-seventh fresh school set, written in session 20 before running it
(a county swimmer named in full, the choir at the Tower Ballroom right now, Rowan and Holly
classes at forest school, Zoë raising money, a nativity photo without consent, Scunthorpe United's
coaches, a teacher calling parents scumbags, blue tits in the car park, a teacher feeling low, a
teacher's WhatsApp for parents, the school's uniform policy called a joke, unanswered emails about
bullying, a sweary comment about the school, a pupil told everyone hates him, immigrant children
told to go back, sports day, a PE teacher warned off, a parent's autistic son, a stranger asking
a pupil's age, Year 11s demanding dinner money, a pupil starving herself, a staff briefing, a
threat about a cousin, a call to jihad, a worksheet, a lad wanted to run bags), and scored once
before any change. Run from this folder:
    python3 make_fresh46_set.py > fresh46.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-seventh fresh batch (session 20), written before running it.
# Official posts
add(O, "school", "Huge well done to Amelia Clarke (Y5) who swam for Lancashire at the weekend 🏊‍♀️", [FN])
add(O, "school", "The choir are performing at Blackpool Tower Ballroom right now - come and support!", [LL])
add(O, "school", "Our Rowan and Holly classes had a brilliant time at forest school today")
add(O, "school", "Zoë in Year 4 has raised £200 for the RSPCA!")
add(O, "school", "Photos of Year 2's nativity", [IMG], images=[["Grace O'Neil"]])
add(O, "school", "Scunthorpe United's community coaches ran a football session for KS2 today")

# Staff personal accounts
add(P, "staff", "Not being funny but some of the parents at my school are absolute scumbags", [DEROG])
add(P, "staff", "A pair of blue tits are nesting in the staff car park, the kids are loving it")
add(P, "staff", "Feeling so low lately, honestly don't know how much longer I can keep going", [SH])
add(P, "staff", "Message me on WhatsApp if your child needs help over half term - 07845 112233", [PRIV, PH])
add(P, "staff", "Holly Grove's new uniform policy is a joke. Who decides this stuff?", [DEROG, DISCL])

# Comments received on school accounts
add(C, "parent", "Why has nobody from the school replied to my emails about the bullying?? Three weeks now", [COMP])
add(C, "public", "fking joke of a school, shut it down", [PROF, DEROG])
add(C, "pupil", "everyone hates you olly, just leave", [BULLY])
add(C, "public", "These immigrant kids should be sent back where they came from", [DISC])
add(C, "public", "What a fantastic sports day, well done everyone!")
add(C, "public", "That PE teacher better not show his face round here again or he'll regret it", [THREAT])
add(C, "parent", "My son has autism and this school is failing him completely", [COMP])

# Messages
add(M, "public", "u looked so pretty in ur school photo, how old r u?", [GR])
add(M, "pupil", "some year 11s said they'll beat me up if i dont give them my dinner money", [CONF])
add(M, "pupil", "i havent eaten properly in like 5 days and i want to keep going till im thin enough", [SH])
add(M, "staff", "Don't forget - staff briefing moved to 8:15 tomorrow")
add(M, "public", "We know what you did to our cousin. Watch yourself.", [THREAT])
add(M, "public", "Brothers, the West is at war with Islam. Only jihad will free us.", [RAD])
add(M, "pupil", "can u send me the worksheet miss i lost it")
add(M, "public", "need a young lad to run a few bags to Blackburn for me, £200 a day, no questions asked", [EXP])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
