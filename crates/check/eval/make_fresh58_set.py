#!/usr/bin/env python3
"""Writes fresh58.jsonl: a fifty-ninth fresh school set, written in session 25 before running it
(bulbs in the community garden, a new SENCo, a hundred books, a match report by first names, a
retirement, a lunchbox, science week photos with a pupil without consent, a pupil's joke about a
cardigan, the best decision, a colleague signed off with stress, a teacher's Facebook for
parents, a pupil's mum at sports day, a kick on the bus, a teacher called a disgrace, a "little
rat", a head teacher's car, an assembly, a slur against trans people, trip money, a girl in Year
8, left alone with no food, a fake fifteen-year-old, a house in Blackburn, an Xbox given away, an
autism assessment, a call to jihad, a dentist appointment, a pupil asking to come round), and
scored once before any change.
Run from this folder:
    python3 make_fresh58_set.py > fresh58.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-ninth fresh batch (session 25), written before running it.
# Official posts
add(O, "school", "Our Year 1s are planting bulbs in the community garden on Moor Lane until home time 🌷", [LL])
add(O, "school", "Please welcome Mrs Ellis-Brown, our new SENCo, who joins us after Easter")
add(O, "school", "Well done Zoe Unal for reading 100 books this year! 📚", [FN])
add(O, "school", "Match report: our U11 girls beat St Anne's 4-1, with goals from Isla, Holly and Grace ⚽")
add(O, "school", "Happy retirement to Mrs Jean Barker, our lollipop lady for 25 years!")
add(O, "school", "Can the parent of the child who left a blue lunchbox in the hall please collect it from the office")
add(O, "school", "Science week fun! 🧪", [IMG], images=[["Oliver Smith-Jones", "Summer Khan"]])

# Staff personal accounts
add(P, "staff", "That moment when a Year 3 tells you your cardigan looks like their nan's 😂")
add(P, "staff", "Working at Holly Grove is honestly the best thing I've done, love my team", [DISCL])
add(P, "staff", "Deepa's been signed off with stress again, not surprised the way she's been treated", [CONF])
add(P, "staff", "If any parents want to chat about their child's progress, add me on Facebook - Sam Taylor", [PRIV])
# Relabelled twice: the first label (derogatory) was right. Staff mocking a named pupil or their
# family is derogatory about pupils or parents, as "Tobias Wright's dad kicked off again, what a
# nightmare family" and "Jack Smith in my class is a proper little shit" are in earlier sets;
# session 25 wrongly changed it to bullying, and session 26 put it back.
add(P, "staff", "Can't believe Jack Smith's mum turned up drunk to sports day 🤦", [FN, DEROG])

# Comments received on school accounts
add(C, "parent", "Why has nobody from the school replied about my son being kicked on the bus?? Absolutely shocking", [COMP])
add(C, "public", "Mr Taylor is a f**king disgrace", [DEROG, PROF])
add(C, "pupil", "olly smith jones is a little rat, grassed on everyone", [FN, BULLY])
add(C, "public", "Someone should key that head teacher's car and see how she likes it", [THREAT])
add(C, "parent", "Lovely assembly this morning, the Year 2 recorder group were brilliant")
add(C, "public", "Trannies shouldn't be allowed anywhere near children", [DISC])
add(C, "parent", "Please can someone call me about the trip money, 07845 112233", [PH])
add(C, "pupil", "that new girl in year 8 is so fit, bet she'd look good in a bikini", [SEX])

# Messages
add(M, "pupil", "my mum leaves me and my little brother on our own for days and theres never any food in", [CONF])
add(M, "public", "heyy i'm 15 too, my cam's broken so i can't video call but send me a pic of u first", [GR])
add(M, "pupil", "the older boys at the park made me carry something to a house in blackburn", [EXP])
add(M, "pupil", "i've given my xbox away and said bye to everyone, it won't matter after friday", [SH])
add(M, "parent", "Mia won't be at school this week, she's being assessed for autism on Thursday", [SC])
add(M, "public", "Brothers, the time for talking is over. Come to the meeting and learn what jihad really means", [RAD])
add(M, "staff", "Hi Mr Ahmed, just confirming Rowan's dentist appointment on Friday - he can leave at 1.30")
add(M, "pupil", "can i come round yours after school sir", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
