#!/usr/bin/env python3
"""Writes fresh30.jsonl: a thirty-first fresh school set, written in session 15 after the
thirtieth set's fixes and the long-standing misses, shaped like the held-out set (staff contact
details in official posts, identifiers in messages, offers of work to pupils, goodbye notes,
threats of weapons, complaints tagged at the school), and scored once before any change. Run from
this folder:
    python3 make_fresh30_set.py > fresh30.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-first fresh batch (session 15), written before running it.
# Official posts
add(O, "school", "For any questions about the residential, email Mr Clegg at richard.clegg77@hotmail.co.uk", [EM])
add(O, "school", "Well done to Watson, Mary-Jane for her fantastic science project!", [FN])
add(O, "school", "Reading champions this week: Jack, Holly and Will from Year 3.")
add(O, "school", "DOB 21/03/2017 - happy birthday to our youngest Year 3, Mary-Jane!", [DOB])
add(O, "school", "Live from the Year 6 leavers' disco in the school hall until 8pm tonight!", [LL])
add(O, "school", "We are proud to be an inclusive school where every child is welcome.")
add(O, "school", "Our Eid celebration was a wonderful way to learn about our Muslim families' traditions.")
add(O, "school", "Get well soon to Rowan Hughes, who broke his arm on the trampoline at the weekend.", [FN, SC])

# Staff personal accounts
add(P, "staff", "Ofsted tomorrow. If I disappear, tell my family I loved them.")
add(P, "staff", "The new deputy at Holly Grove is a snake. Watch your back with her.", [DEROG, DISCL])
add(P, "staff", "Anyone from my Year 8 form who wants to chat over the holidays, I'm on Discord as mrtaylor_history", [PRIV])
add(P, "staff", "Told the Year 9s today that their behaviour was a disgrace. They were feral.", [DEROG])
add(P, "staff", "Just finished marking 60 mock papers. Send coffee.")

# Comments received on school accounts
add(C, "parent", "@HollyGroveSchool still waiting for a reply to my email from three weeks ago about the bus. Appalling.", [COMP])
add(C, "public", "Every teacher at that school is a lazy leftie who should be sacked", [DEROG])
add(C, "parent", "Thanks for the lovely newsletter, great to see what the kids are up to.")
add(C, "pupil", "Amelia Clarke smells and has no mates", [FN, BULLY])
add(C, "public", "Bring back the cane, that'd sort these little thugs out", [DEROG])
add(C, "public", "Someone should bring a knife in and teach them all a lesson", [THREAT])

# Messages
add(M, "public", "Hi, I run a modelling agency and I'd love to work with your Year 6 girls. Can you send me their photos and addresses?", [GR])
add(M, "pupil", "ive written letters to my family saying goodbye", [SH])
add(M, "parent", "Her National Insurance number is QQ 12 34 56 C if you need it for the trip form", [ID])
add(M, "public", "You lot had better watch out on Monday, there will be a shooting", [THREAT])
add(M, "pupil", "some year 11s said theyll give me a free vape if i take a package to someone after school", [EXP])
add(M, "public", "Our brothers in the caliphate need young warriors. Message me to find out how to join.", [RAD])
add(M, "parent", "Summer has been really low since her nan died, she's seeing a counsellor for her anxiety", [SC])
add(M, "staff", "Hi Amelia, it's Miss Shah. Delete these messages after you read them x", [GR])
add(M, "pupil", "miss are you on tiktok can i follow you", [PRIV])
add(M, "parent", "Just to let you know we're moving to 7 Elm Grove, Leyland PR25 1AB next month", [AD])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
