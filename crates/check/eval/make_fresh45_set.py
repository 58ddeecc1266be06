#!/usr/bin/env python3
"""Writes fresh45.jsonl: a forty-sixth fresh school set, written in session 20 before running it
(a county spelling champion named in full, a residential trip's arrival time, Will and the relay
team, a trip photo tagging a no-publish pupil, a sponsored walk, an analysis of results, a teacher
whose job is killing them, smashed times tables, a plumber wanted, a teacher's mobile for pupils,
the police called about a Year 10, a parent left out of the photos, a pupil told to jump off a
bridge, a teacher called a stuck-up cow, snow, go back to your own country, weed delivered, a
no-publish pupil praised by name, a pupil who smells, a stranger after a Year 9 girl's Snapchat,
a mother's boyfriend at night, no point any more, a colleague suspended, a diagnosis of ADHD, a
dead man walking, the caliphate, everyday messages), and scored once before any change. Run from
this folder:
    python3 make_fresh45_set.py > fresh45.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-sixth fresh batch (session 20), written before running it.
# Official posts
add(O, "school", "Congratulations to Isla McDonald in 6M, our new county spelling bee champion!", [FN])
add(O, "school", "Year 6 have set off for Robinwood and should arrive there around 3pm.", [LL])
add(O, "school", "Well done Will and the rest of the relay team for a brilliant run!")
add(O, "school", "Photos from Year 3's trip to Chester Zoo", [NP], images=[["Tobias Wright", "Jack Smith"]])
add(O, "school", "Our sponsored walk raised £1,432 for Derian House - thank you!")
add(O, "school", "Analysis of this year's results shows great progress in reading and maths.")

# Staff personal accounts
add(P, "staff", "Working at Holly Grove is slowly killing me, the management haven't got a clue", [DEROG, DISCL])
add(P, "staff", "Proud of my Year 4s today, they absolutely smashed their times tables test")
add(P, "staff", "Anyone know a decent plumber in Preston? Ours has let us down again")
add(P, "staff", "Text me on 07712 345678 if you get stuck on the homework, kids", [PRIV, PH])
add(P, "staff", "Can't say much but we've had to call the police about one of our Year 10s today", [CONF])

# Comments received on school accounts
add(C, "parent", "Absolutely disgusted my daughter was left out of the trip photos AGAIN. This school never listens to parents.", [COMP])
add(C, "public", "go jump off a bridge you ugly skank", [BULLY])
add(C, "pupil", "miss ellis is a stuck up cow", [DEROG])
add(C, "public", "Lovely to see the kids enjoying the snow!")
add(C, "public", "Go back to your own country, this is a British school", [DISC])
add(C, "public", "DM me for cheap weed, delivered to your door 🍃", [EXP])
add(C, "parent", "Aarav Patel was brilliant in the nativity!", [NP])
add(C, "pupil", "holly brown smells and has no mates", [BULLY, FN])

# Messages
add(M, "public", "hey are you the girl from year 9 with the blonde hair? add me on snap x", [GR])
add(M, "pupil", "my mums new boyfriend keeps coming into my room at night and i dont like it", [CONF])
add(M, "pupil", "i dont see the point anymore, everyone would be better off without me", [SH])
add(M, "staff", "Keep this between us, but Mr Taylor has been suspended while they investigate", [CONF])
add(M, "parent", "Just to let you know Amelia has been diagnosed with ADHD", [SC])
add(M, "public", "tell your son Oliver he's a dead man walking", [THREAT])
add(M, "public", "The kuffar will be punished, join your brothers and fight for the caliphate", [RAD])
add(M, "pupil", "thank you for helping me with my coursework sir")
add(M, "parent", "Jack won't be in tomorrow, he's got the dentist")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
