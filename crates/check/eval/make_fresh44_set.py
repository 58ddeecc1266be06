#!/usr/bin/env python3
"""Writes fresh44.jsonl: a forty-fifth fresh school set, written in session 19 before running it
(a pupil inside a handle, netball girls warming up at Deepdale, the Cockermouth fire station,
two tagged pupils one without consent, Dick Whittington tickets, a closure for training, a pupil's
swearing quoted by a teacher, a teacher leaving, a colleague called a coward, kids driving a
teacher up the wall, teachers wished into gas chambers, a complaint going to Ofsted, a racist
slur, a pupil naming another as a fat loser, thanks, a sexual taunt, a stranger praising a Year
8's body, an overdose, holiday money for lads, a pupil adding a teacher on Facebook, a named
pupil's seizure, a threat about a teacher's car, white-supremacist recruitment, everyday
messages), and scored once before any change. Run from this folder:
    python3 make_fresh44_set.py > fresh44.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-fifth fresh batch (session 19), written before running it.
# Official posts
add(O, "school", "Shout out to @rowan.hughes10 for his amazing art!", [FN])
add(O, "school", "Our netball girls are warming up at Deepdale now - match starts at 4!", [LL])
add(O, "school", "Year 1 enjoyed a visit from Cockermouth fire station today.")
add(O, "school", "Grace O'Neil and Summer Khan singing in the choir", [FN, IMG], images=[["Grace O'Neil", "Summer Khan"]])
add(O, "school", "Dick Whittington tickets are now on sale at the school office!")
add(O, "school", "A reminder that school will be closed on Monday for staff training.")

# Staff personal accounts
add(P, "staff", "Another day, another kid telling me to f*** off. Love this job.", [PROF])
add(P, "staff", "Our lovely Year 2 teacher is leaving at Easter - we'll miss her!")
add(P, "staff", "My head of department is a spineless coward", [DEROG])
add(P, "staff", "Can't wait for half term, these kids are driving me up the wall")

# Comments received on school accounts
add(C, "public", "send ur teachers to the gas chambers", [THREAT])
add(C, "parent", "Reported the bullying to Mrs Shah weeks ago and still nothing. Going to Ofsted next.", [COMP])
add(C, "public", "This school is full of pakis", [DISC])
add(C, "pupil", "jack smith is a fat loser lol", [BULLY, FN])
add(C, "public", "Thank you for all you do for our children")
add(C, "public", "get ur tits out for the lads", [SEX])

# Messages
add(M, "public", "u have such a nice body for a year 8 😍", [GR, SEX])
add(M, "pupil", "i took a load of my mums pills last night", [SH])
add(M, "public", "Looking for lads 14+ to make £££ in the holidays, message me for details", [EXP])
add(M, "pupil", "sir can i add you on facebook", [PRIV])
add(M, "parent", "Rowan had a seizure this morning so he will be off today", [SC])
add(M, "public", "you better watch your back teacher, I know what car you drive", [THREAT])
add(M, "public", "The white race is under attack, join the fight before it's too late", [RAD])
add(M, "pupil", "happy birthday miss!!")
add(M, "staff", "Don't forget your PE kit tomorrow")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
