#!/usr/bin/env python3
"""Writes fresh42.jsonl: a forty-third fresh school set, written in session 19 before running it,
in messier writing than the sets before it (names in lower case, nicknames, text-speak, asterisks,
emoji): a pupil named in lower case, a no-publish pupil by nickname in a list, a class at a
museum until 3, a parent named by her child's full name, a staff post naming the school with a
view, a member of staff under investigation, a staff mobile for tutoring, an injured child's
complaint, a group insult, anti-Muslim hate, a disguised swear word about the school, a teacher
called a paedo, a stranger asking a child's age, a pupil who does not want to be here, free weed
outside school, a demand with a threat to a son, a pupil asking to be followed back, a named
pupil's autism, a slur against Travellers, a stranger waiting for a daughter, everyday posts and
messages), and scored once before any change. Run from this folder:
    python3 make_fresh42_set.py > fresh42.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-third fresh batch (session 19), written before running it.
# Official posts
add(O, "school", "Massive congrats to jack smith (yr4) on his swimming badge!!", [FN])
add(O, "school", "Photos from sports day are up - well done to Grace, Summer and Toby!", [NP])
add(O, "school", "Year 6 SATs results: 82% met the expected standard in reading.")
add(O, "school", "Our Y5 class are currently at the Science Museum and will be heading back at 3!", [LL])
add(O, "school", "Well done to the whole of Rowan class for 100% attendance this week!")
add(O, "school", "Thank you to Holly Brown's mum for baking for the cake sale", [FN])

# Staff personal accounts
add(P, "staff", "Working at Holly Grove has been an absolute nightmare since the new head arrived", [DISCL, DEROG])
add(P, "staff", "Anyone know a good solicitor? Being investigated at work for something I didn't do", [CONF])
add(P, "staff", "Our school disco was a hit tonight, so proud of all the kids 🙂")
add(P, "staff", "Text me on 07812 345678 if your child needs extra maths help over the summer", [PRIV, PH])

# Comments received on school accounts
add(C, "parent", "my son has come home with bruises AGAIN and the school does nothing", [COMP])
add(C, "public", "ur all a bunch of inbred scumbags", [BULLY])
add(C, "public", "Muslims are ruining this country", [DISC])
add(C, "public", "this place is a f*cking disgrace", [PROF, DEROG])
add(C, "parent", "Can someone tell me what time the nativity starts tomorrow?")
add(C, "pupil", "mr ellis is a paedo", [DEROG])
add(C, "public", "Brilliant to see the kids enjoying themselves, well done all")
add(C, "public", "Nice school. Shame about the pikeys that live round there", [DISC])

# Messages
add(M, "public", "hey cutie how old r u? wanna video call later? 😘", [GR])
add(M, "pupil", "i dont want to be here anymore", [SH])
add(M, "pupil", "theres some older lads outside school giving out free weed", [EXP])
add(M, "public", "we know where your son goes to school. pay up or else", [THREAT])
add(M, "pupil", "miss can u follow me back on insta", [PRIV])
add(M, "staff", "Well done on your test today, see you tomorrow")
add(M, "parent", "Olly has been diagnosed with autism, can we have a meeting about his support?", [SC])
add(M, "public", "I'll be outside the school gates at 3:15 waiting for your daughter", [THREAT])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
