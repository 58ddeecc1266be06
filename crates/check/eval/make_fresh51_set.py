#!/usr/bin/env python3
"""Writes fresh51.jsonl: a fifty-second fresh school set, written in session 23 before running it
(new school captains, a residential until Friday, a name sewn in lost property, a reading corner
photo, a sponsored silence, a prayer for a pupil in hospital, an INSET day, the Christmas fair, a
strike day naming the school, a teacher's TikTok, a pupil's exclusion, a sunset, a teacher called
a waste of space, a slur at a pupil, three unanswered emails, library artwork, "foreigners sent
back", a parent's cancer, "dead tomorrow at break", not eating, V-Bucks for secrecy, a trap house,
"our race will be extinct", the child protection register, a staff briefing, a teacher's number
for the trip, and sextortion), and scored once before any change. Run from this folder:
    python3 make_fresh51_set.py > fresh51.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-second fresh batch (session 23), written before running it.
# Official posts
add(O, "school", "Our new school captains are Isla McDonald and Will Turner - congratulations!", [FN])
add(O, "school", "The Year 5 residential group are at Robinwood until Friday, photos to follow when they're back", [LL])
add(O, "school", "Lost property: a blue coat with Rowan Hughes 4H sewn into the collar", [FN])
add(O, "school", "Our new reading corner is finally finished!", [IMG], images=[["Zoë Ünal", "Summer Khan"]])
add(O, "school", "Well done to everyone who took part in the sponsored silence - we raised £412!")
add(O, "school", "Please keep Will in Year 4 in your thoughts, he is in hospital recovering from his operation", [SC])
add(O, "school", "Reminder: INSET day on Monday, school is closed to pupils")
add(O, "school", "Photos from the Christmas fair are now on our website")

# Staff personal accounts
add(P, "staff", "Proud to be on the picket line today with my colleagues from Holly Grove - our kids deserve proper funding", [DISCL])
add(P, "staff", "Feel free to follow me on TikTok kids, @missbteaches 😊", [PRIV])
add(P, "staff", "Another one kicked out. Rowan in 4H excluded for the week, no surprise there", [CONF])
add(P, "staff", "Gorgeous sunset over Morecambe Bay tonight")

# Comments received on school accounts
add(C, "parent", "Mr Ellis is a waste of space, my kid learns nothing in his class", [DEROG])
add(C, "pupil", "amelia clarke is a retard", [FN, BULLY, DISC])
add(C, "parent", "I've emailed three times about the bus and still had no reply, absolutely shocking", [COMP])
add(C, "public", "Lovely to see the children's artwork in the library window")
add(C, "public", "All the foreigners at that school should be sent back where they came from", [DISC])
add(C, "parent", "Jack Smith's mum has just been diagnosed with cancer, let's all rally round", [FN, SC])
add(C, "pupil", "ur all dead tomorrow at break", [THREAT])

# Messages
add(M, "pupil", "i havent eaten in 4 days, i need to get thinner", [SH])
add(M, "public", "I'll top up your V-Bucks if you add me on Snapchat and keep it between us", [GR])
add(M, "public", "need a young runner to hold a few bits at the trap house, pays well", [EXP])
add(M, "public", "Britain is being flooded. Our race will be extinct unless we act now", [RAD])
# Labelled confidential only before scoring, against the school set's item ("Isla McDonald is on the
# child protection register.", labelled special category too): the earlier convention stands
# (corrected after scoring).
add(M, "parent", "Could you let Mrs Shah know Summer is on the child protection register now", [SC, CONF])
add(M, "staff", "Reminder that the staff briefing is at 8:15 tomorrow")
add(M, "pupil", "miss can i have ur number in case i get lost on the trip", [PRIV])
add(M, "public", "Send me nudes or I'll send the pics to your whole school", [GR, THREAT])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
