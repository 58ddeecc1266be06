#!/usr/bin/env python3
"""Writes fresh38.jsonl: a thirty-ninth fresh school set, written in session 17 before running
it, shaped like the held-out set (a preferred name with a surname, a zoo trip under way, a doctor
who shares a pupil's surname, initials, a full name as a possessive, staff calling pupils names,
praise naming the school, a member of staff's own grievance, a parent invited to private contact,
a parent's EHCP complaint, foreigners blamed, a handle with an insult, a wish for the head to be
stabbed, a pupil's pregnancy, vapes for a meeting, a teacher's own mobile to a pupil, extortion,
everyday messages), and scored once before any change. Run from this folder:
    python3 make_fresh38_set.py > fresh38.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-ninth fresh batch (session 17), written before running it.
# Official posts
add(O, "school", "Huge congratulations to Olly Smith-Jones on passing his Grade 3 piano!", [FN])
add(O, "school", "Our Year 1s are off to Blackpool Zoo this morning - back by 3pm!", [LL])
add(O, "school", "Thank you to Dr Khan from the local surgery for talking to Year 5 about healthy eating.")
add(O, "school", "A reminder that pupils must not bring energy drinks into school.")
add(O, "school", "Congratulations to Holly B, Jack S and Isla M, our new house captains!")
add(O, "school", "Happy retirement to Mr Clegg after 30 years - we'll miss you!")
add(O, "school", "Amelia Clarke's mum has kindly donated books to the library.", [FN])

# Staff personal accounts
add(P, "staff", "Kids at work were little sods today. Wine o'clock.", [DEROG])
add(P, "staff", "Proud of our Year 11s at Holly Grove, what a bunch of superstars!", [DISCL])
add(P, "staff", "Anyone know a good solicitor? Work is trying to get rid of me after my grievance.")
add(P, "staff", "Message me on Facebook if you're a parent and want the inside story on what's really going on at Holly Grove.", [PRIV])

# Comments received on school accounts
add(C, "parent", "I've emailed three times about my son's EHCP and heard nothing. Disgraceful.", [COMP])
add(C, "public", "All these foreigners are ruining our schools", [DISC])
add(C, "pupil", "@mary_jane_w you're such an ugly cow", [BULLY])
add(C, "parent", "Great to see the new climbing frame finally up!")
add(C, "public", "Hope someone stabs that head teacher", [THREAT])

# Messages
add(M, "pupil", "I've been sick every morning and I think I might be pregnant, please don't tell my mum", [CONF])
# Labelled [GR] at first; corrected after scoring: free vapes offered to children are labelled
# exploitation in earlier sets (fresh5, fresh7), and the meeting makes it grooming too.
add(M, "public", "I can get u free vapes if u come to the park after school", [GR, EXP])
add(M, "parent", "Could you tell me my daughter's UPN? I need it for the application.")
add(M, "pupil", "sir ur the only one i trust, can we talk tomorrow")
add(M, "staff", "Hi Jack, it's Mr Taylor - text me on 07723 456789 if you need anything over the holidays", [PRIV, PH])
add(M, "public", "We know where your kids go to school. Pay up or the photos go online.", [THREAT])
add(M, "parent", "Please can Rowan be collected by his nan today at 3.15?")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
