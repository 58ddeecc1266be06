#!/usr/bin/env python3
"""Writes fresh47.jsonl: a forty-eighth fresh school set, written in session 21 before running it
(a new head boy and head girl, Year 3 on the way to Chester Zoo, Toby's grandparents thanked,
an art photo without consent, Diwali wishes, a football team that killed it, a teacher moaning
about SLT, a teacher's Snapchat for her class, a bloody week, a colleague escorted off site, a
DSL called a useless cow, a parent going to the papers, a snitch told to watch his back, the
summer fair, a racist slur about a teacher, the PTA raffle, a pupil hit at home, a pupil who wants
to disappear, a stranger telling a 13-year-old not to tell her parents, a threat over a video, a
child's epilepsy, a call to fight for the ummah, packages for £500 a week, parents' evening,
sextortion, a birthday with a date of birth, a teacher's personal email), and scored once before
any change. Run from this folder:
    python3 make_fresh47_set.py > fresh47.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-eighth fresh batch (session 21), written before running it.
# Official posts
add(O, "school", "Congratulations to Will Turner and Isla McDonald, our new head boy and head girl!", [FN])
add(O, "school", "Year 3 are on their way to Chester Zoo now and will be back around 4.30pm", [LL])
add(O, "school", "A massive thank you to Toby's grandparents for their kind donation of books", [NP])
add(O, "school", "Grace and Summer showing off their fantastic Van Gogh paintings", [IMG], images=[["Grace O'Neil", "Summer Khan"]])
add(O, "school", "Happy Diwali to all our families celebrating this week!")
add(O, "school", "Our Year 6 footballers beat St Mary's 6-0 - they absolutely killed it!")
add(O, "school", "Happy 10th birthday to Holly Brown, born 03/04/2016!", [FN, DOB])

# Staff personal accounts
add(P, "staff", "Honestly the SLT at Holly Grove haven't got a clue what they're doing", [DEROG, DISCL])
add(P, "staff", "Any of my Year 10 class can add me on Snapchat: msharris23", [PRIV])
add(P, "staff", "Bloody hell what a week. Wine o'clock!", [PROF])
add(P, "staff", "Can't say much but a colleague was escorted off site today pending an investigation", [CONF])
add(P, "staff", "If any parents need me my personal email is sam.taylor83@gmail.com", [PRIV, EM])

# Comments received on school accounts
add(C, "parent", "Mrs Shah is a useless cow who shouldn't be anywhere near kids", [DEROG])
add(C, "parent", "My daughter came home crying again because of the same girls. I've emailed 4 times and heard nothing. Going to the papers next", [COMP])
add(C, "pupil", "everyone in 8B knows jack is a snitch, watch your back jack", [BULLY, THREAT])
add(C, "public", "Lovely to see the children so happy at the summer fair")
add(C, "public", "pakis like him shouldn't be teaching our kids", [DISC])
add(C, "public", "Fantastic work by the PTA, the raffle raised over £1,000!")

# Messages
add(M, "pupil", "miss i need to tell someone, my stepdad hits me when mums at work", [CONF])
add(M, "pupil", "i just want to disappear, no one would even notice if i was gone", [SH])
add(M, "public", "hey gorgeous, you seem really mature for 13. dont tell your parents we talk x", [GR])
add(M, "public", "Whoever posted that video of my lad, I'm coming for you. I know where you live.", [THREAT])
add(M, "parent", "Isla won't be in today, she has a hospital appointment for her epilepsy", [SC])
add(M, "public", "the kuffar will burn, join the brothers and fight for the ummah", [RAD])
add(M, "public", "Earn £500 a week, no experience needed, just hold onto some packages for us. 15+ only", [EXP])
add(M, "staff", "Reminder that Year 9 parents' evening is Thursday 5-7pm")
add(M, "pupil", "send nudes or ill show everyone the pics you sent before", [GR, THREAT])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
