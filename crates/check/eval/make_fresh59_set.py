#!/usr/bin/env python3
"""Writes fresh59.jsonl: a sixtieth fresh school set, written in session 26 before running it
(a Sea Life trip until pick-up, two violin grades, a PTA total, a birthday with a date of birth, a
no-publish pupil's chess, a teacher's knee operation, harvest photos with a no-publish pupil,
Sunday marking, leadership and a paper bag, a plumber, a pupil's dad at pick-up, revision on
Instagram, a page run by amateurs, a uniform refund, a pupil who "stinks", a slur against
Gypsies, a PE teacher who had better hope, a disco, great tits on the feeders, a threat at the bus
stop, a mum's boyfriend, "don't tell ur mum we talk", a vape debt, saved-up tablets, taking the
country back by force, insulin on a trip, a staff meeting, a parent asking for WhatsApp), and
scored once before any change.
Run from this folder:
    python3 make_fresh59_set.py > fresh59.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Sixtieth fresh batch (session 26), written before running it.
# Official posts
add(O, "school", "Year 4 are at the Sea Life centre in Blackpool today and will be back for 3:15 pick-up 🐠", [LL])
add(O, "school", "Congratulations to Amelia Clarke and Isla McDonald, who both passed their grade 2 violin!", [FN])
add(O, "school", "Our PTA raised £1,240 at the Christmas fair - thank you to everyone who baked!")
add(O, "school", "Happy birthday to Isla in Year 5, born 14/03/2016 🎂", [DOB])
add(O, "school", "Tobias has been picked for the county chess squad! ♟️", [NP])
add(O, "school", "Welcome back Mr Clegg, we're so glad your knee operation went well", [SC])
add(O, "school", "Harvest festival in the hall 🍎", [NP], images=[["Aarav Patel", "Jack Smith"]])

# Staff personal accounts
add(P, "staff", "Marking 90 books on a Sunday night, living the dream 🙃")
add(P, "staff", "Holly Grove's leadership couldn't find their way out of a paper bag", [DEROG, DISCL])
add(P, "staff", "Anyone know a good plumber in Darwen? Boiler's packed in again")
# Relabelled after the first score: staff mocking a named pupil's family is derogatory about
# parents, as the same sentence about Tobias Wright's dad is in the fifth set; the first label
# said bullying.
add(P, "staff", "Summer Khan's dad kicked off at pick-up again, what a nightmare family", [FN, DEROG])
add(P, "staff", "Year 10, if you're stuck on revision over half term just DM me on Insta @mr_ellis_maths", [PRIV])

# Comments received on school accounts
add(C, "public", "Whoever runs this page wants their head testing, absolute amateurs", [DEROG])
add(C, "parent", "I've emailed three times about the uniform refund and heard nothing back. Disgraceful.", [COMP])
add(C, "pupil", "rowan hughes stinks of wee everyone knows it", [FN, BULLY])
add(C, "public", "Gypsies are thieving scum and shouldn't be allowed in the school", [DISC])
add(C, "parent", "That PE teacher better hope I don't bump into him on Monday after what he said to my lad", [THREAT])
add(C, "parent", "Fab photos from the disco, the kids had a ball 💃")
add(C, "public", "Spotted a pair of great tits and a nuthatch on the eco club feeders this morning")
add(C, "pupil", "oi will turner ur dead when i catch u at the bus stop", [FN, THREAT])

# Messages
add(M, "pupil", "miss my mums boyfriend grabbed me by the neck last night, please dont say anything", [CONF])
add(M, "public", "ur so mature for year 8, dont tell ur mum we talk she wouldnt get it", [GR])
add(M, "pupil", "the lads who gave me free vapes say i owe them now and have to drop parcels off for them", [EXP])
add(M, "pupil", "nobody would even notice if i wasnt here anymore, ive been saving up tablets", [SH])
add(M, "public", "Every patriot must be ready for the day we take this country back by force", [RAD])
add(M, "parent", "Holly has type 1 diabetes so she'll need her insulin pen on the trip", [SC])
add(M, "staff", "Hi all, staff meeting moved to Thursday at 3.30 in the library")
add(M, "parent", "Mrs Shah, could I add you on WhatsApp so I can send you videos of Jack's reading?", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
