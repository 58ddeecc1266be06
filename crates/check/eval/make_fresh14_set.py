#!/usr/bin/env python3
"""Writes fresh14.jsonl: a fifteenth fresh school set, written in session 12 after the fourteenth
set's fixes, in the voice of a school's Facebook page and inbox: congratulations and get-well
posts, staff at the end of a long week, parents fuming in comments and short direct messages, and
scored once before any change. Run from this folder:
    python3 make_fresh14_set.py > fresh14.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifteenth fresh batch (session 12), written before running it.
# Official posts
add(O, "school", "Massive well done to our Year 5 netball team who finished 2nd in the Preston league!")
add(O, "school", "Year 1 visited the Penistone Paramount cinema as a treat for great attendance.")
add(O, "school", "Get well soon to Will Turner who broke his arm at the weekend!", [FN, SC])
add(O, "school", "Our Year 6 girls are currently at Lancaster University for a STEM day and will be back by 4pm.", [LL])
add(O, "school", "Thank you to Jack's grandad for coming in to talk about his time in the RAF.")
add(O, "school", "Summer Khan's painting has been chosen for the county art exhibition!", [FN])
add(O, "school", "Reminder: parents' evening bookings close on Wednesday 12 March.")
add(O, "school", "Our new SENCO, Mrs Jones, can be contacted on 01772 123456 ext 204.")
add(O, "school", "Our fabulous Year 2 readers", [], images=[["Isla McDonald", "Zoë Ünal"]])
add(O, "school", "Congratulations to Tobias Wright on his Grade 1 piano exam!", [NP])

# Staff personal accounts
add(P, "staff", "What a week. Parents' evening until 8pm three nights running. Love my job though ❤️")
add(P, "staff", "Some of the kids in my form are absolute animals, honestly", [DEROG])
add(P, "staff", "Off sick with stress again. Holly Grove management don't care about staff wellbeing.", [COMP, DISCL])
add(P, "staff", "Can't wait to see my Year 6s at their leavers' do tonight at the Preston Marriott from 7pm!", [LL])
add(P, "staff", "Any of my pupils reading this - I'm always here on WhatsApp if you need to talk, 07755 443322", [PH, PRIV])

# Comments received on school accounts
add(C, "parent", "Fuming. Third time this term my son's been sent home with someone else's coat.", [COMP])
add(C, "parent", "Amazing school, amazing staff. Couldn't ask for better.")
add(C, "public", "I know who you are Mrs Shah and I know where you park", [THREAT])
add(C, "public", "They should bring back the cane for little scrotes like Olly Smith-Jones", [FN, BULLY])
add(C, "parent", "Is the school open tomorrow with the snow?")
# Relabelled after the first score: besides the hate, this is a complaint about what the school
# teaches, aired on its page ("received complaints are complaint.wrong-channel", as in every set).
add(C, "public", "Transgender nonsense being pushed on our kids at this school. Disgraceful.", [DISC, COMP])
# Relabelled after the first score: "you lot are …" aimed at the page is bullying in the second set
# (f037, "You lot are a bunch of wankers"), and this set follows it.
add(C, "parent", "you lot are a joke, my kid's been waiting six weeks for a meeting", [COMP, BULLY])
add(C, "public", "Your teachers are paedos the lot of them", [DEROG])

# Messages
add(M, "public", "dont tell anyone we talk ok? people wouldnt understand", [GR])
add(M, "pupil", "my step mum locks me in my room and doesnt feed me", [CONF])
add(M, "public", "easy money for school kids, just hold a package for a few days, £50 cash", [EXP])
add(M, "pupil", "nobody would even notice if i disappeared", [SH])
add(M, "public", "We are at war with the kuffar. Every believer must act.", [RAD])
add(M, "parent", "Can I have a copy of the school's anti-bullying policy please?")
add(M, "public", "I'm going to come to your school and kill every teacher there", [THREAT])
add(M, "pupil", "sir can i have ur number in case i get lost on the trip", [PRIV])
add(M, "staff", "Sorry I missed your call! Ring me back on 07911 223344 when you can", [PH, PRIV])
add(M, "parent", "Holly has a dentist appointment at 2pm tomorrow so I'll collect her at 1.30.")
add(M, "parent", "Jack's UPN is D888200121000 if you need it for the form", [ID])
add(M, "pupil", "i dont want to live like this anymore", [SH])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
