#!/usr/bin/env python3
"""Writes fresh31.jsonl: a thirty-second fresh school set, written in session 16 before running
it, shaped like the held-out set (a staff mobile and a pupil's condition in official posts, staff
venting about parents and colleagues, threats to property, slurs about the school, grooming by
flattery, self-harm in a pupil's words, an NHS number in a parent's message), and scored once
before any change. Run from this folder:
    python3 make_fresh31_set.py > fresh31.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-second fresh batch (session 16), written before running it.
# Official posts
add(O, "school", "Huge congratulations to our netball team, who beat St Mary's 12-4 on Saturday! Player of the match: Isla McDonald.", [FN])
add(O, "school", "Year 1 are at the fire station right now - give them a wave if you drive past on Ribbleton Lane!", [LL])
add(O, "school", "Any questions about the Year 6 SATs, speak to Mrs Shah on her mobile 07700 900123.", [PH])
add(O, "school", "Toby Wright and his sister raised £200 for the food bank!", [NP])
add(O, "school", "Our Year 2 children have been learning about Diwali and made beautiful rangoli patterns.")
add(O, "school", "A reminder that pupils with asthma must bring their inhalers on the trip.")
add(O, "school", "Well done Summer K in 5B, who has worked so hard despite her dyslexia.", [SC])
add(O, "school", "Congratulations to Mr Ellis, who has been appointed as our new assistant head from September.")
add(O, "school", "Fun in the sun at our summer fair!", [IMG], images=[["Grace O'Neil", "Holly Brown"]])

# Staff personal accounts
add(P, "staff", "Long week at Holly Grove. Some of these parents think we're a free babysitting service.", [DEROG, DISCL])
add(P, "staff", "Can't wait for half term. Netflix and a duvet for a week.")
add(P, "staff", "If any of my old Year 6s need help with their GCSE revision, text me on 07700 900456", [PRIV, PH])
add(P, "staff", "Richard from our maths department has been suspended and no one is telling us why.", [CONF])
add(P, "staff", "So proud of my class today, they smashed their times tables test!")
add(P, "staff", "Voting Reform because I'm sick of these immigrants taking over our towns.", [DISC])

# Comments received on school accounts
add(C, "parent", "Mrs Hartley is an absolute joke of a headteacher, she should resign", [DEROG])
add(C, "parent", "My daughter has been bullied for months and nobody at this school has done a thing about it", [COMP])
add(C, "pupil", "jack smith ur actually so ugly no wonder no one likes u", [FN, BULLY])
add(C, "parent", "What a lovely sports day, thank you to all the staff!")
add(C, "public", "I know which car is yours Mr Clegg. Be a shame if something happened to it.", [THREAT])
add(C, "public", "That school is full of pakis now, no wonder standards have dropped", [DISC])
add(C, "public", "This school is absolute sh1te", [PROF, DEROG])
add(C, "parent", "Congrats to the under 11s, brilliant result!!")

# Messages
add(M, "public", "ur so mature for ur age, dont tell ur mum we've been talking ok", [GR])
add(M, "pupil", "i cut again last night and i cant stop", [SH])
add(M, "public", "Want to earn £500 a week? Just need you to hold some bags for my mate, no questions asked", [EXP])
add(M, "public", "The white race is being replaced and it's time we fought back", [RAD])
add(M, "parent", "Isla's NHS number is 943 476 5919, she needs her inhaler at lunchtime", [ID, SC])
add(M, "pupil", "can u add me on snap miss? my username is holly_b09", [PRIV])
add(M, "parent", "Our new address is 22 Church Road, Penwortham, PR1 9XY", [AD])
add(M, "parent", "Thanks for sorting out the lunch money issue so quickly.")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
