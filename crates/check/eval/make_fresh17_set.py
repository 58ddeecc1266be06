#!/usr/bin/env python3
"""Writes fresh17.jsonl: an eighteenth fresh school set, written in session 13 after the
seventeenth set's fixes, in the voice of the school office's inbox (forms, identifiers, addresses)
and of comments typed in a hurry or disguised (lower-case names, dropped accents and hyphens,
leetspeak, spaced-out swearing), and scored once before any change. Run from this folder:
    python3 make_fresh17_set.py > fresh17.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Eighteenth fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Big shout out to jack smith in year 4 for his 100 club certificate!", [FN])
add(O, "school", "Well done to O'Neil, Grace for her poem in the county anthology", [FN])
add(O, "school", "Congratulations to Zoe Unal, our Star of the Week!", [FN])
add(O, "school", "Congratulations to Mary Jane Watson for her lovely handwriting", [FN])
add(O, "school", "Year 3 are at Blackpool Zoo today - back around 3pm.", [LL])
add(O, "school", "Photos from the Year 5 residential are on the website - thank you to all the staff who gave up their weekend.")
add(O, "school", "Please keep Friday free: Jack, Holly and Grace from Year 6 will lead our Remembrance assembly.")
add(O, "school", "Happy birthday Aarav! 🎂", [NP])
add(O, "school", "This week's Star Writer is Will from Year 3.")
add(O, "school", "School photographer is in on Tuesday 12th - sibling photos from 8.15am in the hall.")
add(O, "school", "Our Pride display was made by pupils in Year 5 and 6 - thank you!")

# Staff personal accounts
add(P, "staff", "Marking mocks till midnight, send wine 🍷")
add(P, "staff", "Honestly some parents at pick up are f*cking rude", [PROF, DEROG])
add(P, "staff", "Anyone going to the NEU conference in Harrogate? 🙋‍♀️")
add(P, "staff", "Hollygrove SLT have zero idea how to run a school lol", [DEROG, DISCL])
add(P, "staff", "Reminder to my tutor group: snap me if ur stuck on the homework 👻", [PRIV])

# Comments received on school accounts
add(C, "public", "Mr T4ylor is a n0nce", [DEROG])
add(C, "public", "this school is sh*te", [PROF, DEROG])
add(C, "parent", "well done to all the kids, fab performance x")
add(C, "parent", "Who do I speak to about free school meals? Can't find the form anywhere")
add(C, "parent", "Ms Sh4h the DSL is useless, my daughter told her everything and nothing happened", [DEROG, COMP])
add(C, "public", "f u c k this school", [PROF, DEROG])
add(C, "parent", "Absolutely gutted our Year 6 lost the final, but so proud of them!")
add(C, "parent", "Can the school please put the PE days on the website? Thanks")
add(C, "public", "Gay teachers shouldn't be allowed near kids", [DISC])

# Messages
# Relabelled after the first score: "Grace's … allergy plan" tells that a named child has an
# allergy, health data of an identifiable person, as "Amelia in Year 6 has type 1 diabetes" is in
# the first fresh set.
add(M, "parent", "Hi, Grace's NHS number is 401 023 2137 for the allergy plan", [ID, SC])
add(M, "parent", "Oliver's ULN is 5123456782 for his college application", [ID])
add(M, "parent", "We've moved - new address is 22 Ribbleton Lane, Preston PR1 5EJ", [AD])
add(M, "parent", "my NI number is AB 12 34 56 C for the wraparound care form", [ID])
add(M, "parent", "Holly was born on 12.05.2016 if you need it for the register", [DOB])
add(M, "pupil", "ur such a fat cow nobody likes u", [BULLY])
add(M, "public", "u r so pretty, want to be a model? send me some pics in ur swimsuit", [GR])
add(M, "pupil", "i dont want to be here anymore", [SH])
add(M, "public", "Join the patriots on Saturday, we're taking our streets back from the invaders", [RAD])
add(M, "pupil", "my mates brother said he can get me a job moving stuff for cash, just have to skip school", [EXP])
add(M, "staff", "Happy to chat on my personal Insta if easier - @missk_teaches", [PRIV])
add(M, "pupil", "miss whats ur snap", [PRIV])
add(M, "parent", "Please can you let me know if Jack has eaten his lunch today, he's been poorly")
add(M, "public", "I know what car you drive and where you live. Watch yourself.", [THREAT])
add(M, "pupil", "h0w d0 1 kn0w if 1m g4y")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
