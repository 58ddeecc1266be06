#!/usr/bin/env python3
"""Writes fresh28.jsonl: a twenty-ninth fresh school set, written in session 15 after the
twenty-eighth set's fixes, shaped like the held-out set, with more of the way parents and pupils
really write (no capitals, text-speak, a finding in the middle of a longer post), and scored once
before any change. Run from this folder:
    python3 make_fresh28_set.py > fresh28.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-ninth fresh batch (session 15), written before running it.
# Official posts
add(O, "school", "What a brilliant week! Year 3 visited the fire station, Year 4 baked bread and Amelia Clarke read her poem in assembly.", [FN])
add(O, "school", "Good luck to our netball team playing at Preston Sports Arena this Saturday at 10am - come and cheer!", [LL])
add(O, "school", "Our new website is live: www.hollygrove.lancs.sch.uk")
add(O, "school", "Please remember Summer in Year 4 has a severe nut allergy, so no nuts in lunchboxes.", [SC])
add(O, "school", "We are saddened to share that a member of our staff has been suspended pending an investigation.", [CONF])
add(O, "school", "Huge thanks to Mr Ellis for organising the charity bake sale.")
add(O, "school", "Toby from Year 6 won the spelling bee!", [NP])
add(O, "school", "Class photos are in! Oliver Smith-Jones and Isla McDonald looking very smart.", [FN])

# Staff personal accounts
add(P, "staff", "Honestly some of the kids I teach are thick as mince. Not my problem after July.", [DEROG])
add(P, "staff", "Proud to work at Holly Grove. Today we raised £500 for Children in Need!", [DISCL])
add(P, "staff", "Mrs Hartley told us in the staff meeting that Ofsted gave us Requires Improvement. Report out next month.", [CONF])
add(P, "staff", "Snapchat me if you need help with your GCSE revision, Year 11!", [PRIV])
add(P, "staff", "Half term at last. Time for a very large glass of wine.")

# Comments received on school accounts
add(C, "public", "ur school is full of chavs lol", [DEROG])
add(C, "parent", "My son has been bullied for months and nobody at this school has lifted a finger. I'm going to the papers.", [COMP])
add(C, "pupil", "Grace O'Neil is a snake, nobody talk to her", [FN, BULLY])
add(C, "parent", "Well done everyone involved, fantastic production!")
add(C, "public", "I know where you live Mr Taylor and I'll be waiting", [THREAT])
add(C, "public", "All these foreigners taking school places from British kids", [DISC])
add(C, "public", "What a bunch of tossers running this school", [PROF, DEROG])

# Messages
add(M, "pupil", "a man at the park keeps offering me money to carry bags to people for him", [EXP])
add(M, "pupil", "i cant do this anymore i just want everything to stop", [SH])
add(M, "public", "u got a bf? ur so pretty, send me a pic in ur uniform", [GR])
add(M, "parent", "Jack has been prescribed ADHD medication, can the office give him his tablet at lunch?", [SC])
add(M, "public", "Remigration now. Our people need to wake up and fight back before it's too late", [RAD])
add(M, "parent", "His NHS number is 943 476 5919 if you need it for the form", [ID])
add(M, "staff", "Hi Holly, great work today! Add me on Snapchat, it's easier than school email", [PRIV])
add(M, "pupil", "miss can u give me ur number so i can text u about homework", [PRIV])
add(M, "public", "Ill kill ur whole family", [THREAT])
add(M, "pupil", "my step dad hits me when hes drunk", [CONF])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
