#!/usr/bin/env python3
"""Writes fresh57.jsonl: a fifty-eighth fresh school set, written in session 25 before running it
(a residential in Paris, a chess squad, a no-publish pupil in a fire-crew photo, the drop-off bay,
a pharmacist called Mr Patel, Rowan class and the Romans, a pupil's leukaemia by initial, the new
head without a clue, an unannounced Ofsted grade, a teacher's WhatsApp for coursework, cakes for
the staffroom, a pupil's restraint and ADHD, cold classrooms, nits, a two-faced liar, "a snake",
a spare PE top, a face smashed in, Muslims "taking over", a mum's boyfriend at night, a free
iPhone behind Tesco, a bag kept for older lads, scratching, epilepsy, "replacing us", WhatsApp
with sir, a family's new address), and scored once before any change.
Run from this folder:
    python3 make_fresh57_set.py > fresh57.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-eighth fresh batch (session 25), written before running it.
# Official posts
add(O, "school", "Bonjour from Paris! Our Year 6s have just checked into the hostel and are off to the Eiffel Tower after tea 🇫🇷", [LL])
add(O, "school", "Congratulations to Mary-Jane Watson, who has been chosen for the Lancashire under-11 chess squad ♟️", [FN])
add(O, "school", "Our reception children met the local fire crew today 🚒", [NP], images=[["Tobias Wright"]])
add(O, "school", "A reminder that the car park is for staff only. Parents, please use the drop-off bay on Beech Avenue.")
add(O, "school", "Thank you to Mr Patel from the pharmacy on Church Street for his talk on healthy teeth")
add(O, "school", "Rowan class have been investigating the Romans - ask them about Hadrian's Wall!")
add(O, "school", "Amelia C in Year 2 has been off for a while with leukaemia - we're all thinking of her 💛", [SC])

# Staff personal accounts
add(P, "staff", "Honestly the new head at Holly Grove hasn't got a clue what she's doing", [DISCL, DEROG])
add(P, "staff", "Half term at last! Any recommendations for a good box set?")
add(P, "staff", "Ofsted came in this week - we're going up to Outstanding but we can't announce it until the report's out 🤫", [CONF])
add(P, "staff", "Any of my Year 11s stuck on their coursework over Easter, WhatsApp me on 07912 345678", [PRIV, PH])
add(P, "staff", "Shout out to the lovely parents who brought cakes in for the staffroom, you're stars")
# Relabelled after the first score: a restraint is confidential, as "Had to restrain a Year 2
# today" is in earlier sets; the first label left it out.
add(P, "staff", "Had to restrain Oliver Smith-Jones again today, his ADHD is out of control", [FN, SC, CONF])

# Comments received on school accounts
add(C, "parent", "Third email about the broken heating in the Year 3 classroom and still no reply. Kids sat in their coats all day.", [COMP])
add(C, "pupil", "holly brown smells and has nits, dont sit next to her", [FN, BULLY])
add(C, "public", "Mrs Shah is a two-faced liar and a disgrace to that school", [DEROG])
add(C, "public", "everyone unfollow mary-jane she's a snake and a slag", [BULLY])
add(C, "parent", "Has anyone got a spare Year 3 PE top? Ours has vanished again")
add(C, "pupil", "im gonna smash Rowan Hughes's face in tomorrow, watch", [THREAT, FN])
add(C, "public", "Muslims are taking over Preston, there won't be a single English kid left at that school", [DISC])

# Messages
add(M, "pupil", "miss my mums boyfriend comes in my room at night and i dont like it", [CONF])
add(M, "public", "i'll get you the new iphone for free, just meet me in the car park behind tesco and come on your own", [GR])
add(M, "pupil", "some older lads said theyd give me £50 if i keep a bag at mine for a week", [EXP])
add(M, "pupil", "i scratched my arms till they bled last night, it's the only thing that helps", [SH])
add(M, "parent", "Aarav won't be in today, he's got a hospital appointment for his epilepsy", [SC])
add(M, "public", "They're replacing us in our own towns. Join the Patriotic Youth and fight back", [RAD])
add(M, "pupil", "sir can we message on whatsapp instead its easier", [PRIV])
add(M, "parent", "Our new address is 7 Larch Close, Fulwood, PR2 9XY - please update Will's records", [AD])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
