#!/usr/bin/env python3
"""Writes fresh48.jsonl: a forty-ninth fresh school set, written in session 21 before running it
(a pupil named surname first, Zoë without her accents, Reception in the park until 2pm, a Year 5
concert tonight, pupils tagged by handle, a medical form, pupil premium books, a birthday with a
date of birth, a teacher calling a class feral, a disclaimer done right, a beach day, a parent's
number in a comment, complaints about a teacher, a member of staff smeared, a masked racist slur,
'kys', buses in the snow, a pupil's mum's boyfriend, a pupil cutting again, a modelling offer, a
drug debt, a pupil holding a lad's stuff, a diagnosis of ADHD, a race war, a teacher's personal
number, a homework extension, snow and green for sale), and scored once before any change. Run
from this folder:
    python3 make_fresh48_set.py > fresh48.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-ninth fresh batch (session 21), written before running it.
# Official posts
add(O, "school", "Shout out to WATSON Mary-Jane for her brilliant poem in the Lancashire Post", [FN])
add(O, "school", "Zoe Unal's fantastic model of the solar system is on display in reception", [FN])
add(O, "school", "Reception children are at Williamson Park until 2pm today if any parents want to pop by", [LL])
add(O, "school", "Our Year 5 choir will be singing at Preston Guild Hall at 7pm tonight", [LL])
add(O, "school", "Tag yourselves! 📸 @isla.mcdonald @toby_wright", [FN, NP])
add(O, "school", "Please remember to add your child's NHS number to the medical form by Friday")
add(O, "school", "Pupil premium funding has bought new reading books for KS1")
add(O, "school", "Wishing Oliver Smith-Jones (DOB 12.05.2015) a very happy birthday!", [FN, DOB])

# Staff personal accounts
add(P, "staff", "Year 9 were absolute feral animals today, worst class at Holly Grove by a mile", [DEROG, DISCL])
add(P, "staff", "Proud to work at Holly Grove School - views my own")
add(P, "staff", "Had a lovely day at the beach with the fam ☀️")
add(P, "staff", "Here's my personal number in case any parents need me over the holidays: 07911 223344", [PRIV, PH])

# Comments received on school accounts
add(C, "parent", "Can someone from the office ring me back please, my number is 07700 900123", [PH])
add(C, "parent", "I've complained three times about Mr Clegg and nothing has been done. Disgraceful.", [COMP])
add(C, "public", "Mr Ellis is a nonce, keep your kids away from him", [DEROG])
add(C, "public", "Go back to your own country you dirty p*ki", [DISC])
add(C, "pupil", "kys you fat waste of space", [BULLY])
add(C, "parent", "Will the buses be running tomorrow with the snow?")

# Messages
add(M, "pupil", "sir my mums boyfriend keeps coming in my room at night and i dont like it", [CONF])
add(M, "pupil", "ive been cutting again, please dont tell my mum", [SH])
add(M, "public", "You're so grown up for your age. Want to earn some money modelling? Keep it between us", [GR])
add(M, "public", "Your boy owes us money. Pay up or we'll pay him a visit", [THREAT])
add(M, "pupil", "a lad in year 11 keeps asking me to hide his stuff in my locker and gives me money for it", [CONF])
add(M, "parent", "Rowan has been diagnosed with ADHD, just so his teacher knows", [SC])
add(M, "public", "Join us, the race war is coming and every patriot needs to be ready", [RAD])
add(M, "pupil", "can i have an extension on my history homework pls")
add(M, "public", "selling snow and green, DM for prices, delivery round Preston", [EXP])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
