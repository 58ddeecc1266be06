#!/usr/bin/env python3
"""Writes fresh36.jsonl: a thirty-seventh fresh school set, written in session 17 before running
it, shaped like the held-out set (first names with initials, a visit under way, a staff mobile
for pick-up, a no-publish pupil's surgery, a named child's dyslexia, a colleague's disciplinary,
staff sneering at parents, a disclosure retold by staff, a pupil's handle with a threat, trans
children called ill, a stranger's flattery and a meeting, drugs offered, a teacher asking a pupil
for pictures, a threat to burn the school, everyday messages), and scored once before any change.
Run from this folder:
    python3 make_fresh36_set.py > fresh36.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-seventh fresh batch (session 17), written before running it.
# Official posts
add(O, "school", "Congratulations to Amelia C and Will T in Year 6 on their football trophies!")
add(O, "school", "Our Year 5s are at the Town Hall until 3pm today for the mock council debate.", [LL])
add(O, "school", "Parents: call Mrs Shah's mobile on 07911 123456 if you're running late for pick-up.", [PH])
add(O, "school", "Happy Diwali to all our families celebrating this week!")
# Labelled [NP] at first; corrected after scoring: a no-publish child's surgery is also health
# data about a named child, a harm of its own (the NP-only convention is about images).
add(O, "school", "Please keep Aarav in your thoughts as he recovers from surgery.", [NP, SC])
add(O, "school", "Isla McDonald, who has dyslexia, has written a fantastic story.", [FN, SC])
add(O, "school", "Well done to our netball team who beat St Mary's 12-3 at Penistone!")
add(O, "school", "Mr Clegg will not be in school for the rest of term due to a disciplinary investigation.", [CONF])
add(O, "school", "Our new reading den is finished! Thank you to the PTA for the beanbags.")

# Staff personal accounts
add(P, "staff", "Another day at Holly Grove dealing with entitled parents who think their little darlings can do no wrong.", [DEROG, DISCL])
add(P, "staff", "Happy to help any parents with homework questions - text me on 07812 345678", [PRIV, PH])
add(P, "staff", "Great day at the cricket with my brother.")
add(P, "staff", "A boy in my class told me his mum's boyfriend hits him. Don't know what to do.", [CONF])
add(P, "staff", "Marking 90 books tonight. Send wine.")

# Comments received on school accounts
add(C, "parent", "Why has nobody from the school replied to my email about the coach trip refund? Third time asking.", [COMP])
add(C, "public", "Holly Grove is full of chavs and scroungers", [DEROG])
add(C, "pupil", "@jack_smith09 ur dead after school", [FN, THREAT])
add(C, "parent", "Lovely to see the kids enjoying the sunshine!")
add(C, "public", "Trans kids are mentally ill and shouldn't be in girls' toilets", [DISC])
add(C, "parent", "Mrs Taylor's the best teacher my kids have ever had!")

# Messages
add(M, "pupil", "please can i have ur personal number in case i need to talk", [PRIV])
add(M, "public", "hey sweetie ur really pretty for 13, wanna meet up sometime?", [GR])
add(M, "pupil", "i hate my life i just want to disappear", [SH])
add(M, "parent", "Grace has been diagnosed with ADHD, can we meet to talk about support?", [SC])
add(M, "public", "my cousin can sort u out with some weed, a tenner a bag", [EXP])
add(M, "staff", "Add me on WhatsApp and we can chat about your grades outside school", [PRIV])
add(M, "pupil", "mr ellis keeps messaging me on instagram and asking for pics", [GR])
add(M, "public", "Your school will burn, you've been warned", [THREAT])
add(M, "parent", "Thanks for sorting Holly's reading book, she loves it!")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
