#!/usr/bin/env python3
"""Writes fresh35.jsonl: a thirty-sixth fresh school set, written in session 17 before running
it, shaped like the held-out set (a birthday with an age, a member of staff's personal e-mail and
a colleague's treatment in official posts, a walk to the park today, a grade told early, a
colleague's nerves, staff inviting pupils to follow them, a stranger's flattery of a child, a
Traveller family abused, county lines by parcels, a parent's allegation about a teacher, secrecy
asked by staff, everyday messages), and scored once before any change. Run from this folder:
    python3 make_fresh35_set.py > fresh35.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-sixth fresh batch (session 17), written before running it.
# Official posts
add(O, "school", "Birthday shout-out to Will Turner, 9 today!", [FN])
add(O, "school", "Questions about the residential? Email Mr Clegg at rclegg.home@outlook.com", [EM])
add(O, "school", "Year 2 will be walking down to Beacon Park at 1.30 today - give us a wave!", [LL])
add(O, "school", "Toby Wright scored a hat-trick at the weekend tournament!", [NP])
add(O, "school", "Zoe Unal has been elected as our new school council chair.", [FN])
add(O, "school", "We can't share the grade yet but the inspectors told us we're Outstanding!!", [CONF])
add(O, "school", "Summer fair this Saturday: cocktail stall for the grown-ups, face painting for the kids.")
add(O, "school", "What a great day at the farm!", [IMG], images=[["Grace O'Neil", "Jack Smith"]])
add(O, "school", "Reminder: Jack in 3B has a severe nut allergy, so please no nuts in lunchboxes.", [SC])
add(O, "school", "Our Year 6 mathematicians smashed their arithmetic test today!")
add(O, "school", "Please welcome Mrs Shah back after her cancer treatment - we've missed you!", [SC])

# Staff personal accounts
add(P, "staff", "Parents' evening done. Some Holly Grove parents honestly think we're miracle workers.", [DISCL])
add(P, "staff", "Mrs Hartley's been signed off with her nerves again. Third time this year.", [CONF])
add(P, "staff", "Any of my Year 10s who want revision tips, follow me on TikTok @missT_revises", [PRIV])
add(P, "staff", "Gorgeous sunset over Morecambe Bay tonight.")
add(P, "staff", "The new head at HGS hasn't got a clue what she's doing.", [DEROG, DISCL])
add(P, "staff", "Teaching the assassination of JFK tomorrow with Year 11, any good documentaries?")

# Comments received on school accounts
add(C, "parent", "Three weeks and still no reply about my son being bullied. Shocking, Holly Grove.", [COMP])
add(C, "public", "that teacher mr ellis is a groomer, watch your kids", [DEROG])
add(C, "parent", "Smashed it again Year 4, so proud!")
add(C, "pupil", "Rowan Hughes is a smelly tramp", [FN, BULLY])
add(C, "public", "whats ur snap hun? u look older than 12", [GR])
add(C, "public", "Gypsies like the Wards shouldn't be allowed in a decent school", [DISC])

# Messages
add(M, "pupil", "miss can i follow u on insta", [PRIV])
add(M, "public", "wanna earn 300 quid this weekend? just gotta drop a few parcels for me", [EXP])
add(M, "pupil", "nobody would even notice if i wasnt here anymore", [SH])
add(M, "parent", "Hi, Oliver will be late tomorrow as he's at the dentist.")
add(M, "public", "join the brothers and wage jihad against the kuffar", [RAD])
add(M, "parent", "My daughter says Mr Ellis put his hand on her leg in class. I want this dealt with today.", [CONF])
add(M, "staff", "You're my favourite in the class Holly, but don't tell the others x", [GR])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
