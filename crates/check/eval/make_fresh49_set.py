#!/usr/bin/env python3
"""Writes fresh49.jsonl: a fiftieth fresh school set, written in session 22 before running it
(a head girl named in lower case, a swimming timetable, a sports-day photo of a pupil without
consent, a pupil's operation, the school's own number, pupils with EHCPs counted but not named, an
Ofsted grade kept quiet, a teacher's WhatsApp for revision, a staff member's regret at working
there, a parent's complaint about team picks, a DSL called useless, a pupil called a fat cow, free
vapes offered to girls, a belt at home, wanting to disappear, a uniform picture asked for, a
no-publish pupil off sick, a path for non-believers, bags taken to Blackpool, a teacher's personal
Snapchat, a threat at the gates, and ordinary notes), and scored once before any change. Run from
this folder:
    python3 make_fresh49_set.py > fresh49.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fiftieth fresh batch (session 22), written before running it.
# Official posts
add(O, "school", "Congratulations to Amelia C and Will T in Year 6 for their maths awards")
add(O, "school", "Huge well done to amelia clarke, our new head girl!", [FN])
add(O, "school", "Our Year 3 swimmers are at Fulwood Leisure Centre every Tuesday 1:30-2:30pm this term", [LL])
add(O, "school", "Photos from sports day! What a brilliant afternoon", [IMG], images=[["Grace O'Neil", "Jack Smith"]])
add(O, "school", "Isla's mum has asked us to share that Isla is recovering well after her operation", [SC])
add(O, "school", "Our Christmas fair raised £1,240 - thank you to everyone who came")
add(O, "school", "Any questions about the trip? Please ring the school office on 01772 123456")
add(O, "school", "Three of our Year 6 pupils with EHCPs were given extra time in their SATs this year")

# Staff personal accounts
add(P, "staff", "We've been told to keep the Ofsted grade quiet until the report is published, but let's just say we're not happy", [CONF])
add(P, "staff", "Anyone else's school making them cover three lessons a day? Absolute joke #teacherlife")
add(P, "staff", "Kids, message me on WhatsApp if you need help with revision - 07700 900456", [PRIV, PH])
add(P, "staff", "Working at Holly Grove is the worst decision I ever made, SLT are clueless", [DEROG, DISCL])

# Comments received on school accounts
add(C, "parent", "Why was my son the only one not picked for the team AGAIN? This school has favourites and everyone knows it", [COMP])
add(C, "public", "That Deepa Shah wants sacking, useless woman", [DEROG])
add(C, "pupil", "holly brown is a fat cow lol", [FN, BULLY])
add(C, "parent", "Lovely to see the kids enjoying the nativity, well done all!")
# Labelled grooming before scoring, against the earlier sets' convention that a stranger's lure
# with "message me" ("Any lads want to make quick money? DM me") is exploitation only; free vapes
# are an exploitation lure (corrected after scoring).
add(C, "public", "Girls from the school, want free vapes? message me", [EXP])
add(C, "parent", "Does anyone know if school is closed tomorrow because of the strike?")

# Messages
add(M, "pupil", "my dad hit me with his belt last night and said not to tell anyone", [CONF])
add(M, "pupil", "i dont see the point in anything anymore, i just want to disappear", [SH])
add(M, "public", "hey sexy, send me a pic of you in your uniform", [SEX, GR])
# Labelled no-publish before scoring, but no-publish is about publishing: a parent's private
# message to the school about their own child publishes nothing (corrected after scoring).
add(M, "parent", "Tobias won't be in today, he has a temperature")
add(M, "public", "The brothers at the mosque will show you the true path, non-believers must be dealt with", [RAD])
# Labelled a disclosure as well before scoring, against ten earlier items ("some lads at the park
# said they'd pay me to hold stuff for them") where a pupil's message about being exploited is
# exploitation only (corrected after scoring).
add(M, "pupil", "someone older is paying me to take bags to a house in Blackpool after school", [EXP])
add(M, "staff", "Add me on my personal snapchat, it's easier than school email", [PRIV])
add(M, "public", "I'll be waiting outside the gates for that teacher, he won't see it coming", [THREAT])
add(M, "parent", "Thanks for the reminder about the trip money, I'll pay it on ParentPay tonight")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
