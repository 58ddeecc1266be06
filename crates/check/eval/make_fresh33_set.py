#!/usr/bin/env python3
"""Writes fresh33.jsonl: a thirty-fourth fresh school set, written in session 16 before running
it, shaped like the held-out set (names in hashtags and surname first, a staff e-mail in an
official post, an evening concert, a published inspection, a colleague's health, the school's
short name, slurs against faiths, a pupil's disclosure of harm at home, stockpiled tablets,
secrecy asked by a member of staff, everyday messages that only look bad), and scored once
before any change. Run from this folder:
    python3 make_fresh33_set.py > fresh33.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-fourth fresh batch (session 16), written before running it.
# Official posts
add(O, "school", "What a performance! #WellDoneHollyBrown", [FN])
add(O, "school", "Star of the week: Clarke, Amelia (Year 6) for her kindness.", [FN])
add(O, "school", "For questions about the trip, email Mrs Shah directly at deepa.shah84@gmail.com", [EM])
add(O, "school", "The choir are performing at Preston Minster at 7pm tonight - come along!", [LL])
add(O, "school", "Our Ofsted report is now published on our website - we are rated Good!")
add(O, "school", "Killer Sudoku club starts on Monday in Room 4.")
add(O, "school", "We had a smashing time at the book fair this morning.")
# Labelled image-no-consent when first scored; Tobias is also no-publish, and the convention is no-publish only.
add(O, "school", "Year 1 enjoying the sunshine!", [NP], images=[["Tobias Wright"]])

# Staff personal accounts
add(P, "staff", "Exhausted after parents' evening at HGS. Some lovely families though.", [DISCL])
# Labelled special-category when first scored; earlier sets label a colleague signed off sick as confidential.
add(P, "staff", "Our TA Mrs Khan has been signed off with stress again.", [CONF])
add(P, "staff", "Marking 90 essays on Jane Eyre. Pray for me.")

# Comments received on school accounts
add(C, "public", "Mr Clegg is a nonce, keep your kids away from him", [DEROG])
add(C, "public", "why does the school let muslims pray in the hall, this is england", [DISC])
add(C, "parent", "my son came home with a black eye and you lot did nothing", [COMP])
add(C, "public", "lmao who let this clown run a school", [DEROG])
add(C, "parent", "Ring me on +44 (0) 7700 900321 about the lost coat please", [PH])
add(C, "parent", "Can you tell me when the Year 5 trip gets back?")

# Messages
add(M, "pupil", "ive been saving my tablets, i think this weekend is the time", [SH])
add(M, "pupil", "my uncle makes me do stuff i dont like and says ill get in trouble if i tell", [CONF])
add(M, "public", "Brother, the West is at war with Islam. We need you.", [RAD])
add(M, "public", "ur a good looking lad, fancy earning some cash? meet me at the station", [EXP, GR])
add(M, "parent", "Please send the form to 14 Elm Grove, Preston PR14TT", [AD])
add(M, "pupil", "sir can i have ur number in case i get lost on the trip", [PRIV])
add(M, "staff", "Well done today! Let's keep this chat between us, yeah?", [GR])
add(M, "parent", "Isla has a dentist appointment at 2pm so I'll collect her at 1.30.")
add(M, "parent", "Sorry he was late, the bus broke down again!")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
