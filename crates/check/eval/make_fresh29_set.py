#!/usr/bin/env python3
"""Writes fresh29.jsonl: a thirtieth fresh school set, written in session 15 after the
twenty-ninth set's fixes, shaped like the held-out set (newsletter-length official posts, dates of
birth, identifiers and addresses in messages, live locations, staff staying in touch with former
pupils), and scored once before any change. Run from this folder:
    python3 make_fresh29_set.py > fresh29.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirtieth fresh batch (session 15), written before running it.
# Official posts
add(O, "school", "Newsletter: Year 1 have been learning about minibeasts. Rowan Hughes' mum is collecting donations for the PTA raffle.", [FN])
add(O, "school", "Happy birthday to Jack Smith, born on 04/06/2016!", [FN, DOB])
add(O, "school", "Our choir are singing live at St John's Church right now - pop in and listen!", [LL])
add(O, "school", "The children loved the visit from PC Jones today, learning all about stranger danger.")
add(O, "school", "Reminder: school closes at 1.30pm on Friday for staff training.")
add(O, "school", "Aarav Patel's drawing won the county art competition!", [NP])
add(O, "school", "Our Year 6 leavers' assembly", [NP], images=[["Tobias Wright", "Holly Brown"]])
add(O, "school", "If you have any safeguarding concerns, please contact Mrs Shah on 01772 123456.")

# Staff personal accounts
add(P, "staff", "Parents' evening at Holly Grove tonight. Some of these parents are as dim as their kids.", [DEROG, DISCL])
add(P, "staff", "Amazing day on the Year 4 trip! The kids were a credit to the school.")
add(P, "staff", "Any of my old Year 6s who want to keep in touch, my number's 07700 900456", [PRIV, PH])
add(P, "staff", "Can't believe the head has suspended a kid for a haircut. Madness.", [CONF])
add(P, "staff", "Honoured to be speaking at the Lancashire headteachers' conference tomorrow.")

# Comments received on school accounts
add(C, "parent", "Absolute joke, my daughter's teacher hasn't set any homework in weeks. Sort it out!", [COMP])
add(C, "public", "Mr Clegg is a total creep", [DEROG])
add(C, "parent", "Congratulations to all the Year 6s on their SATs results!")
add(C, "pupil", "go kill yourself you ugly freak", [BULLY])
add(C, "public", "Gay teachers shouldn't be allowed near children", [DISC])
add(C, "public", "This school is a dump run by clowns", [DEROG])

# Messages
add(M, "pupil", "theres a man who messages me on roblox and wants me to send him pictures of me in my pjs", [GR])
add(M, "pupil", "sir i took a load of my mums pills last night and i feel really ill", [SH])
add(M, "parent", "Isla's UPN is F888200121011 - could you check her record?", [ID])
add(M, "public", "We know what you did to our brother. You and your family are finished.", [THREAT])
add(M, "pupil", "my cousin says if i join his crew ill get a phone and trainers, i just have to keep stuff at mine", [EXP])
add(M, "parent", "Holly's dad has just come out of prison so please don't let him collect her", [CONF])
add(M, "public", "Send me nudes or I'll share the ones you already sent", [GR, THREAT])
add(M, "staff", "Mrs Brown, it's easier if you WhatsApp me on my own phone: 07700 900789", [PRIV, PH])
add(M, "parent", "My address has changed to Flat 3, 22 Ribble Road, Preston PR1 4TT", [AD])
add(M, "parent", "Thank you for helping Jack settle in, he loves his new class!")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
