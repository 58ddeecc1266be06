#!/usr/bin/env python3
"""Writes fresh20.jsonl: a twenty-first fresh school set, written in session 13 after the
twentieth set's fixes, aimed at the categories that hang most on wording: confidential matters
(exclusions, arrests, what happens at home), complaints, derogatory remarks and private contact,
in the voices of a pastoral team, tired staff, parents and pupils, and scored once before any
change. Run from this folder:
    python3 make_fresh20_set.py > fresh20.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-first fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Due to staff illness, Year 3 will be taught by Mrs Shah this week.")
add(O, "school", "Following last week's incident, one pupil has been permanently excluded.", [CONF])
add(O, "school", "Our Ofsted report is now published - read it on our website!")

# Staff personal accounts
add(P, "staff", "Another kid excluded today for bringing a knife in. Where is this country going.", [CONF])
add(P, "staff", "SLT at my place couldn't organise a raffle. Honestly.", [DEROG])
add(P, "staff", "Anyone else's head treat staff like dirt or is it just mine? 🙃", [COMP])
add(P, "staff", "Parents at my school, if you want to talk, my door's always open - or message me here!", [PRIV])
add(P, "staff", "Feeling blessed to teach the best Year 6s at Holly Grove ❤️ #proudteacher", [DISCL])

# Comments received on school accounts
add(C, "parent", "Third time this term my daughter's come home with someone else's uniform. Sort it out.", [COMP])
add(C, "public", "Worst headteacher this school has ever had, everyone knows it", [DEROG])
add(C, "parent", "I've been told my son's been excluded but nobody will tell me why. Shocking communication.", [COMP])
add(C, "parent", "Miss Shah is amazing, my son loves her!")
add(C, "public", "That school covers up bullying, ask any parent", [DEROG])
add(C, "parent", "When is the next INSET day please?")
add(C, "parent", "The state of the toilets in that school is a health hazard. Disgusting.", [COMP])

# Messages
add(M, "pupil", "my dad gets really angry when he drinks and i'm scared to go home", [CONF])
add(M, "pupil", "can you add me on snap miss? it's jess_x09", [PRIV])
add(M, "parent", "Can I have Mr Taylor's personal number please? Need to ask about the trip", [PRIV])
add(M, "pupil", "everyone knows ur the reason Ella tried to kill herself", [BULLY])
add(M, "public", "I know which school your daughter goes to", [THREAT])
add(M, "pupil", "me and the boys are gonna jump him at the park after school", [THREAT])
add(M, "staff", "Please don't share this with other parents, but Jack's dad has been arrested.", [CONF])
add(M, "public", "hey, saw ur tiktok, ur cute. how old are u? 🙂", [GR])
add(M, "pupil", "can u stop the year 10s vaping in the toilets they keep offering it to us")
add(M, "parent", "Thanks for sorting the bus pass so quickly!")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
