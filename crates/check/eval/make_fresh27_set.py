#!/usr/bin/env python3
"""Writes fresh27.jsonl: a twenty-eighth fresh school set, written in session 15 before any change
that session, shaped like the held-out set (every channel and kind of finding, preferred names,
masked swearing, staff contact details in posts and messages), and scored once before any change.
Run from this folder:
    python3 make_fresh27_set.py > fresh27.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-eighth fresh batch (session 15), written before running it.
# Official posts
add(O, "school", "Congratulations to Olly Smith-Jones on passing his grade 5 piano exam!", [FN])
add(O, "school", "Our Year 5 trip to Blackpool Zoo sets off at 9am tomorrow - follow along on our page!", [LL])
add(O, "school", "Please welcome Mrs Shah, our new Designated Safeguarding Lead.")
add(O, "school", "Lost property: a blue coat with the name tag Grace O'Neil was handed in to the office.", [FN])
add(O, "school", "Breakfast club is run by Mr Taylor - call him on 07700 900123 to book a place.", [PH])
add(O, "school", "Rowan class have written some beautiful poems about autumn.")
add(O, "school", "94% of our Year 6 reached the expected standard in reading. So proud!")
add(O, "school", "Aarav was a star in the nativity!", [NP])
add(O, "school", "Sports day winners!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Our food bank collection raised 300 tins. Thank you Holly Grove families!")

# Staff personal accounts
add(P, "staff", "Management at Holly Grove are a bunch of clowns. Another 11pm finish.", [DEROG, DISCL])
add(P, "staff", "Had a parent scream at me in the car park today. Some people shouldn't be allowed to breed.", [DEROG])
add(P, "staff", "Feeling proud of my tutor group today.")
add(P, "staff", "Year 9s, add me on insta for the homework answers @mr_taylor_pe", [PRIV])
add(P, "staff", "Can't wait for Friday's disciplinary hearing, Mr Clegg is finally getting what he deserves", [CONF])

# Comments received on school accounts
add(C, "parent", "Disgraceful that my daughter was left outside in the rain at pick up. Shame on you Holly Grove.", [COMP])
add(C, "public", "Mrs Hartley couldn't run a bath let alone a school", [DEROG])
add(C, "parent", "Lovely photos, thank you for sharing!")
add(C, "pupil", "Jack Smith is a snitch and everyone knows it", [FN, BULLY])
add(C, "public", "Muslims are ruining this country and this school is helping them", [DISC])
add(C, "public", "Watch your back on the way home Miss", [THREAT])
add(C, "public", "F***ing joke of a school", [PROF, DEROG])

# Messages
add(M, "pupil", "my uncle keeps giving me weed to sell at school and says i owe him", [EXP])
add(M, "pupil", "i've been cutting again and i dont know who to tell", [SH])
add(M, "public", "hey sweetie you look older than 13 in your pics. video chat tonight? dont tell your mum x", [GR])
add(M, "parent", "Please can you tell her class teacher that Mary-Jane has been diagnosed with epilepsy and must not swim.", [SC])
add(M, "public", "The true believers will rise up against the kuffar. Join us brother.", [RAD])
add(M, "parent", "Our new address is 14 Meadow Close, Preston PR2 3XY - please update your records.", [AD])
add(M, "staff", "Oliver, you can always talk to me, here's my personal email sam.t1984@gmail.com", [PRIV, EM])
add(M, "pupil", "sir can i add u on fb", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
