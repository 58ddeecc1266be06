#!/usr/bin/env python3
"""Writes fresh41.jsonl: a forty-second fresh school set, written in session 19 before running it,
shaped like the held-out set (two pupils named for a chess final, a class on the beach until 2pm,
a no-publish pupil in the nativity, a teacher's mobile for the disco, a birthday with a date of
birth, a staff home address for lost property, an Eid assembly, a proud staff post naming the
school, a teacher's Snapchat for revision, a suspended colleague, parents called idiots, an
unanswered bullying complaint, an insult, homophobia, a pupil calling the head a cow, a threat to
a parent, a request for a uniform photo, a stepdad's violence, an extremist call, a pupil asking
for a teacher's number, an offer of easy money for holding stuff, everyday posts and messages),
and scored once before any change. Run from this folder:
    python3 make_fresh41_set.py > fresh41.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-second fresh batch (session 19), written before running it.
# Official posts
add(O, "school", "Well done Rowan Hughes and Isla McDonald for reaching the county chess final!", [FN])
add(O, "school", "Year 4 are on Formby beach until 2pm today if any parents fancy popping down to wave!", [LL])
add(O, "school", "Aarav in Year 2 will be playing Joseph in Thursday's nativity - don't miss it!", [NP])
add(O, "school", "For any questions about the disco, call Mr Taylor on 07700 900123.", [PH])
add(O, "school", "Happy 11th birthday to Oliver Smith-Jones, born 14/03/2015!", [FN, DOB])
add(O, "school", "Lost property can be picked up from Mrs Brown at 12 Cherry Lane, Lancaster LA1 4XY.", [AD])
add(O, "school", "Our Eid assembly was wonderful - thank you to all the families who shared food.")
add(O, "school", "Parents' evening bookings close on Friday. Please use the online booking system.")

# Staff personal accounts
add(P, "staff", "So proud to work at Holly Grove School, the kids here are the best in Lancashire!", [DISCL])
add(P, "staff", "Year 9s, add me on snapchat if you need help with revision - mr_t_science", [PRIV])
add(P, "staff", "Another teacher got suspended at work today. Can't say who but it's a total mess.", [CONF])
add(P, "staff", "Honestly some of the parents at our school are absolute idiots", [DEROG])
add(P, "staff", "Had the best time at the Christmas market with the family.")

# Comments received on school accounts
add(C, "parent", "Why has nobody replied to my emails about my daughter being bullied? Disgraceful.", [COMP])
add(C, "public", "you're an ugly little rat and everyone hates you", [BULLY])
add(C, "public", "Gays shouldn't be allowed anywhere near children", [DISC])
add(C, "pupil", "Mrs Hartley is a fat cow", [DEROG])
add(C, "public", "I know which school your kids go to. Watch your back.", [THREAT])
add(C, "parent", "Is the school closed tomorrow because of the snow?")
add(C, "public", "Lovely photos, the kids look like they had a great time")

# Messages
add(M, "public", "you're so mature for your age, send me a pic of you in your uniform x", [GR])
add(M, "pupil", "my stepdad hits me when he's drunk, please don't tell anyone", [CONF])
add(M, "public", "Join us brothers, the kuffar will pay for what they have done to us", [RAD])
add(M, "pupil", "can i have your number sir so i can text you about my coursework", [PRIV])
add(M, "public", "want to earn some easy money? just need you to keep some stuff at your house for a bit", [EXP])
add(M, "parent", "Jack has a dentist appointment at 2pm so he'll be leaving early today.")
add(M, "pupil", "thanks miss, see you on monday")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
