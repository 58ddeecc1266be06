#!/usr/bin/env python3
"""Writes fresh15.jsonl: a sixteenth fresh school set, written in session 12 after the fifteenth
set's fixes, in the voice of a secondary school: exams, sixth formers, governors, and older pupils'
gaming and group-chat messages, and scored once before any change. Run from this folder:
    python3 make_fresh15_set.py > fresh15.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Sixteenth fresh batch (session 12), written before running it.
# Official posts
add(O, "school", "Year 11 mock exam results will be shared with students in tutor time on Monday.")
add(O, "school", "Well done to Aarav Patel for his outstanding GCSE results!", [NP])
add(O, "school", "Our Year 10 geography field trip is at Formby beach today, back at school for 3.30pm.", [LL])
add(O, "school", "Governors met last night to discuss the budget. Minutes will be published on the website.")
add(O, "school", "Please welcome Mr Ellis, our new Head of Year 8.")
add(O, "school", "Congratulations to Holly Brown (Year 6) who has been selected for the county swimming squad!", [FN])

# Staff personal accounts
add(P, "staff", "Sixth formers today: 'Miss, what's a stamp?' I feel ancient 😂")
# Relabelled after the first score: "Holly Grove have been awful about it" is also derogatory
# about the school, as the engine found.
add(P, "staff", "Being investigated at work for something I didn't do. Holly Grove have been awful about it.", [COMP, CONF, DEROG, DISCL])
add(P, "staff", "DM me if you're one of my Year 11s and want extra revision sessions over Easter", [PRIV])

# Comments received on school accounts
add(C, "parent", "Why has my son been put in isolation for a haircut? Ridiculous.", [COMP])
add(C, "parent", "Best of luck to all the Year 11s sitting their exams this week!")
add(C, "public", "Mr Taylor's a pervert, ask any of the girls in his class", [DEROG])
add(C, "public", "Wouldn't send my dog to that school", [DEROG])
add(C, "public", "Polish kids should go back to their own schools", [DISC])
add(C, "parent", "Can we get a refund for the cancelled ski trip?")
add(C, "public", "Someone should teach that head a lesson", [THREAT])

# Messages
add(M, "public", "add me on discord, ill give u free robux if u send a pic", [GR])
add(M, "pupil", "im gonna end it all after my exams", [SH])
add(M, "pupil", "kys noob", [BULLY])
add(M, "public", "u want to earn quick cash? need runners for my line, dm me", [EXP])
add(M, "public", "The white race is under attack. Join our group and prepare.", [RAD])
add(M, "pupil", "miss can i follow u on insta", [PRIV])
add(M, "staff", "Remember to bring your permission slip tomorrow!")
# Relabelled after the first score: 485 777 3456 fails the NHS number's mod-11 check (the check
# digit would be 7), and identifiers are validated by their check digits.
add(M, "parent", "My son's date of birth is 3 June 2012 and his NHS number is 485 777 3456", [DOB])
add(M, "public", "I'll be at the school gates at 3 and I'll be bringing a knife", [THREAT])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
