#!/usr/bin/env python3
"""Writes fresh34.jsonl: a thirty-fifth fresh school set, written in session 16 before running
it, shaped like the held-out set (a member of staff's home address and a handle with a pupil's
name in official posts, a coach journey under way, staff offering WhatsApp to parents, a pupil's
disclosure retold on a staff account, a colleague outed, racist abuse of a named man, sextortion,
a stranger asking for a pupil's address, everyday messages), and scored once before any change.
Run from this folder:
    python3 make_fresh34_set.py > fresh34.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-fifth fresh batch (session 16), written before running it.
# Official posts
add(O, "school", "Please drop your tombola donations at Mrs Shah's house, 22 Oak Avenue, by Friday.", [AD])
add(O, "school", "Welcome to our newest starter, Isla, born 02.09.2017!", [DOB])
add(O, "school", "Mary Jane Watson read her poem beautifully in assembly.", [FN])
add(O, "school", "@amelia.clarke09 won the Year 6 spelling bee!", [FN])
add(O, "school", "Year 6 are on the coach heading to Lake Windermere right now - back around 6pm.", [LL])
add(O, "school", "Year 3 learned about the Great Fire of London and how it spread.")
add(O, "school", "An Essex-based author visited our Year 4 class today.")
add(O, "school", "Congratulations to Rowan and Holly classes on 100% attendance this week!")

# Staff personal accounts
add(P, "staff", "Shout out to my fab Year 5 class at Holly Grove, best bunch ever!", [DISCL])
add(P, "staff", "Parents, if your child needs extra help, WhatsApp me on 07700 900654.", [PRIV, PH])
add(P, "staff", "One of my pupils told me today that her dad hits her. Heartbreaking.", [CONF])
add(P, "staff", "Sunday roast and a long walk. Ready for the week.")

# Comments received on school accounts
add(C, "public", "Ms Shah is a lesbian, everyone knows", [SC])
add(C, "parent", "@HollyGroveSchool your head should be ashamed, my kid has been left out of every trip", [COMP])
add(C, "public", "Go back to where you came from, Mr Patel", [DISC])
add(C, "pupil", "stfu u mug", [PROF, BULLY])
add(C, "parent", "The nativity was absolutely killing me, so funny!")
add(C, "parent", "My child's teacher keeps shouting at her and I'm sick of it. Nobody listens.", [COMP])

# Messages
add(M, "public", "if u dont send more pics ill show everyone the ones u sent", [GR, THREAT])
add(M, "public", "Can I have Amelia's home address to drop off her birthday present?", [GR])
add(M, "pupil", "im gonna jump off the bridge tonight", [SH])
add(M, "public", "We need soldiers for the coming race war. Are you ready?", [RAD])
add(M, "parent", "Her NHS number is 485 777 3457 in case you need it for the trip.", [ID])
add(M, "pupil", "sir do u have snapchat", [PRIV])
add(M, "parent", "Could you remind me what time the Christmas fair finishes?")
add(M, "parent", "My daughter loved the trip, thank you so much.")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
