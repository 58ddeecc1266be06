#!/usr/bin/env python3
"""Writes fresh56.jsonl: a fifty-seventh fresh school set, written in session 24 before running it
(a birthday with a date of birth, lost property by initial, the school's own email, a pupil's
handle, a rehearsal now, science week photos with a pupil without consent, a parent's book stall,
a poetry prize, a former pupil's degree, a no-publish pupil by first name, management called a
joke, a teacher's mobile for the summer, a staff night out, grooming training, a moderator called
a w*nker, a pupil's dad sent down, the ugliest girl, a Christmas concert, gates locked in the
rain, Eastern European children, "through the window", skipping meals, deleted chats, vapes and
weed behind the sports hall, migraines, "the invaders", a pupil adding a teacher, a spelling
test), and scored once before any change.
Run from this folder:
    python3 make_fresh56_set.py > fresh56.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-seventh fresh batch (session 24), written before running it.
# Official posts
add(O, "school", "Happy 10th birthday to our wonderful Isla McDonald, born 4th May 2015! 🎉", [FN, DOB])
add(O, "school", "Please collect lost property from the office - there is a coat labelled H. Brown")
add(O, "school", "Reminder: send any medical forms to office@hollygrove.lancs.sch.uk by Friday")
add(O, "school", "Congratulations to @jack.smith.2014 on his county swimming medal!", [FN])
add(O, "school", "Our Year 4s are at Preston Guild Hall rehearsing right now for tonight's concert", [LL])
add(O, "school", "Some of our favourite moments from science week 🔬", [IMG], images=[["Summer Khan", "Will Turner"]])
add(O, "school", "Amelia's mum has kindly offered to run the book stall - thank you!")
add(O, "school", "The winner of our poetry prize is Zoë Ünal in Year 3!", [FN])

# Staff personal accounts
add(P, "staff", "Feeling proud: a lad I taught 10 years ago just got his degree 🎓")
add(P, "staff", "Tobias from my class was so brave at the dentist today, well done buddy", [NP])
add(P, "staff", "Told off by SLT for posting about work again. Holly Grove management are a f*cking joke", [DISCL, DEROG, PROF])
add(P, "staff", "Message me on 07700 900111 if your child needs a chat over the summer", [PRIV, PH])
add(P, "staff", "Our staff night out was ace, thanks Mo and Sam for organising")
add(P, "staff", "Safeguarding refresher done ✅ Always learning how to spot the signs of grooming")

# Comments received on school accounts
add(C, "public", "Mr Ellis is an absolute w*nker", [DEROG, PROF])
add(C, "public", "Grace O'Neil's dad has just been sent down for 6 years lol", [FN, CONF])
add(C, "pupil", "summer k is the ugliest girl in year 6 👎", [BULLY])
add(C, "parent", "Well done to all the children at the Christmas concert, the ukuleles were fab")
add(C, "parent", "Why are the school gates locked at 8.40?? Kids stood in the rain again, I've emailed twice and heard nothing", [COMP])
add(C, "public", "Those Eastern European kids in Year 5 are all thieves", [DISC])
add(C, "parent", "say one more word about my kid and ill put you through the window", [THREAT])

# Messages
add(M, "pupil", "i keep skipping meals so i can lose weight, nobody knows", [SH])
add(M, "public", "u seem sad lately, im always here for u. just delete our chats after ok", [GR])
add(M, "pupil", "theres a lad in year 11 selling vapes and weed behind the sports hall", [EXP])
add(M, "parent", "Please can Grace sit away from the window? She gets migraines with the glare", [SC])
add(M, "public", "We are the only ones who will protect your children from the invaders. Join the movement", [RAD])
add(M, "pupil", "miss can i add u on insta so i can send u my art", [PRIV])
add(M, "staff", "Hi Mrs Clarke, Amelia did brilliantly in her spelling test today!")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
