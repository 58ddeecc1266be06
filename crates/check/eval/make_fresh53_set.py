#!/usr/bin/env python3
"""Writes fresh53.jsonl: a fifty-fourth fresh school set, written in session 23 before running it
(piano grades with initials, a history walk now, the Summer fair, a get-well message, volcanoes
with a no-publish pupil in the photo, permission slips by full name, phones, Diwali, Year 9s
called feral, a plumber, a colleague's gross misconduct, a teacher's Snapchat, a daughter left
in the office, a racist slur, a trip, a pupil called a snitch, snowflake teachers, a parent's
number in a comment, a car boot, a mum not home for three days, money for a picture, a group
chat of pictures, a bank account for a stranger, "the day of the rope", thanks for help with a
no-publish pupil in a message, a bridge, smashed windows), and scored once before any change.
Run from this folder:
    python3 make_fresh53_set.py > fresh53.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-fourth fresh batch (session 23), written before running it.
# Official posts
add(O, "school", "Congratulations to Amelia C, Rowan H and Jack S on passing their grade 3 piano!")
add(O, "school", "Year 6 are heading to Winckley Square now for their history walk, back at 3", [LL])
add(O, "school", "Date for your diary: Summer fair on Saturday 14 June, 12-3pm")
add(O, "school", "Get well soon Mr Clegg, we all miss you!")
add(O, "school", "Our Year 4s made amazing volcanoes 🌋", [NP], images=[["Holly Brown", "Aarav Patel"]])
add(O, "school", "Reminder: Oliver Smith-Jones, Isla McDonald and Will Turner still need to bring their permission slips", [FN])
add(O, "school", "A reminder that pupils must not bring mobile phones into school")
add(O, "school", "Happy Diwali to all our families celebrating this week ✨")

# Staff personal accounts
add(P, "staff", "my year 9s are feral today, someone send wine 🍷", [DEROG])
add(P, "staff", "Anyone know a good plumber in Preston?")
add(P, "staff", "Mo Ellis from work is being investigated for gross misconduct, can't believe it", [CONF])
add(P, "staff", "Kids, add me on snap if you need homework help: mrs_t_science", [PRIV])

# Comments received on school accounts
add(C, "parent", "Absolutely disgusted. My daughter was left sitting in the office for an hour and nobody rang me", [COMP])
add(C, "public", "go back to pakistan you p*ki", [DISC])
add(C, "parent", "thanks for a fab trip, the kids loved it")
add(C, "pupil", "isla mcdonald is a snitch, dont talk to her", [FN, BULLY])
add(C, "public", "This school is full of snowflake teachers, a total joke", [DEROG])
add(C, "parent", "Mrs Shah please ring me on 07911 223344 about Rowan", [PH])
add(C, "public", "What time does the car boot start on Sunday?")

# Messages
add(M, "pupil", "my mum hasnt been home for 3 days and theres no food in the house", [CONF])
add(M, "public", "if u send me a pic ill give u £50, no one has to know", [GR])
add(M, "pupil", "theres a group chat where boys share pics of year 8 girls", [SEX])
add(M, "public", "Any teens want easy money? Just need you to open a bank account for me", [EXP])
add(M, "public", "The day of the rope is coming for the traitors in our schools", [RAD])
add(M, "parent", "Thank you so much for all your help with Toby this year")
add(M, "pupil", "im going to jump off the bridge after school", [SH])
add(M, "public", "keep reporting my posts and ill smash your windows in", [THREAT])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
