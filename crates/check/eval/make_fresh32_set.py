#!/usr/bin/env python3
"""Writes fresh32.jsonl: a thirty-third fresh school set, written in session 16 before running
it, shaped like the held-out set (surnames first in capitals, a birthday in an official post,
staff inviting pupils to message them, an exclusion and a LADO call on a staff account, insults
through handles, gaming-gift grooming, errands for money, a parent's own details in a comment), and
scored once before any change. Run from this folder:
    python3 make_fresh32_set.py > fresh32.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-third fresh batch (session 16), written before running it.
# Official posts
add(O, "school", "WATSON Mary-Jane and ÜNAL Zoë have been selected for the county choir!", [FN])
add(O, "school", "Our Year 4 swimmers are at Fulwood Leisure Centre this afternoon until 3pm - good luck!", [LL])
add(O, "school", "Isla was born on 3rd May 2016 and joined us in Reception.", [DOB])
add(O, "school", "Happy 10th birthday to our school, which opened in May 2016!")
add(O, "school", "Check out our amazing Year 3 artists!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Friendly reminder: the car park is for staff only during drop-off.")
add(O, "school", "Thank you to Mr Taylor's class for a brilliant assembly about kindness.")

# Staff personal accounts
add(P, "staff", "Drinks with the Holly Grove crew tonight, best staff room in Lancashire!", [DISCL])
add(P, "staff", "Any of my Year 10s stuck on homework, DM me on insta @mrtaylor_teach", [PRIV])
add(P, "staff", "Year 9 lad excluded today for bringing a blade in. What is the world coming to.", [CONF])
add(P, "staff", "Counting down the days to the summer holidays!")
add(P, "staff", "Had to call the LADO today about a colleague. Worst day of my career.", [CONF])

# Comments received on school accounts
add(C, "pupil", "@OllySmithJones ur a fat loser and everyone knows it", [FN, BULLY])
add(C, "pupil", "nobody likes u isla, just leave", [BULLY])
add(C, "pupil", "gonna batter u on friday after school watch", [THREAT])
add(C, "public", "wtf is this f**king nonsense", [PROF])
add(C, "parent", "Please can someone ring me back about the uniform order? 07700 900789", [PH])
add(C, "parent", "Well done to all the kids who took part, you were all fab!")
add(C, "parent", "Absolutely disgusting how the school handled my son's exclusion, I'll be going to the papers", [COMP])
add(C, "public", "These teachers are a bunch of overpaid babysitters", [DEROG])

# Messages
add(M, "public", "add me on discord and dont tell anyone, ill send u vbucks if u send a pic", [GR])
add(M, "public", "just drop this bag at the park for me and ill pay u £50, easy money", [EXP])
add(M, "pupil", "i just want it all to end, no one would even miss me", [SH])
add(M, "public", "The kafir will burn. Join your brothers before it is too late.", [RAD])
add(M, "pupil", "Miss can I have your WhatsApp number so I can ask about homework?", [PRIV])
add(M, "parent", "Jack's mum here, he won't be in today as he has a hospital appointment for his epilepsy", [SC])
add(M, "parent", "You can reach me on my personal email, dan.jones1985@gmail.com", [EM])
add(M, "parent", "Thank you for all your support with Amelia this year.")
add(M, "parent", "I'm going to tell everyone what you did to my daughter, you'll regret this", [THREAT])
add(M, "parent", "Can we book a meeting about the Year 6 residential?")
add(M, "public", "ur so fit, send me a pic of u in ur bikini", [GR, SEX])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
