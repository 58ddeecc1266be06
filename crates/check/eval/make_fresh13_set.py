#!/usr/bin/env python3
"""Writes fresh13.jsonl: a fourteenth fresh school set, written in session 12 after the thirteenth
set's fixes, mixing newsletter-style official posts, place names and identity words used kindly,
staff venting about their day, and messages in young people's own spelling, and scored once before
any change. Run from this folder:
    python3 make_fresh13_set.py > fresh13.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fourteenth fresh batch (session 12), written before running it.
# Official posts
add(O, "school", "Year 3 had a brilliant time at Cockermouth Castle today - thank you to all the parent helpers!")
add(O, "school", "Our Pride assembly today celebrated all kinds of families. Love is love! 🏳️‍🌈")
add(O, "school", "Reminder to parents: the car park is staff only. Please use the drop-off zone on Meadow Lane.")
add(O, "school", "Jack S and Will T represented us brilliantly at the county cross country.")
add(O, "school", "Toby's mum has asked us to thank everyone for their kind messages.", [NP])
add(O, "school", "Congratulations to Mary-Jane Watson and Isla McDonald, joint winners of the poetry prize!", [FN])
add(O, "school", "Class 4 are at Preston Guild Hall this afternoon until 3pm rehearsing for the concert.", [LL])
add(O, "school", "We are sad to announce that Mr Clegg has been suspended pending an investigation.", [CONF])
add(O, "school", "Please remember that Amelia Clarke in Year 6 has a severe nut allergy - no nuts in packed lunches please.", [FN, SC])
add(O, "school", "Happy Eid to all our families celebrating today!")
add(O, "school", "Any Year 6 parents who haven't yet returned the residential form, please do so by Friday.")
add(O, "school", "Science week fun!", [IMG], images=[["Grace O'Neil", "Holly Brown"]])
add(O, "school", "Well done Olly Smith-Jones for a superb maths score!", [FN])
add(O, "school", "Our school phone number is 01772 123456 - please ring if your child is absent.")

# Staff personal accounts
add(P, "staff", "Honoured to have been made Head of Maths at Holly Grove from September!", [DISCL])
add(P, "staff", "Exhausted. Three kids in my class were sick today and one bit a TA.")
add(P, "staff", "Any teachers know a good way to get a Year 9 to stop swearing at staff? Asking for a friend 😅")
add(P, "staff", "Had to restrain one of my Year 2s today after he threw a chair at another child. Shaking.", [CONF])
add(P, "staff", "If any of my old students want to catch up, I'm on Instagram @mrs_shah_art", [PRIV])
add(P, "staff", "Gutted the school's been put in special measures. Can't say more until it's official.", [CONF])

# Comments received on school accounts
add(C, "parent", "Why is my daughter's class being taught by supply teachers every week? Absolutely fed up.", [COMP])
add(C, "parent", "Lovely photos, looks like they had a fab time 😍")
add(C, "public", "Mr Taylor is a nonce, keep your kids away from him", [DEROG])
add(C, "public", "Bunch of snowflakes running this place, in my day we got the cane", [DEROG])
add(C, "public", "I'll be waiting outside the gates for that teacher at 3:15, tell him that", [THREAT])
add(C, "parent", "Can someone tell me if the PE kit is needed on Thursday?")
add(C, "public", "Gay teachers shouldn't be allowed near kids", [DISC])
add(C, "parent", "Well done to all the staff, the Christmas fair was amazing!")
add(C, "parent", "My son came home with bruises again and no one from school even rang me. Disgusting.", [COMP])
add(C, "parent", "The lollipop lady on Church Road is an absolute legend 🙌")
add(C, "pupil", "shut up you fat slag", [BULLY])
add(C, "public", "Ur school is full of inbred chavs lol", [DEROG])

# Messages
add(M, "public", "hey i saw ur tiktok, ur really mature for 13. wanna video call later? just us", [GR])
add(M, "pupil", "someone at school said they'll stab me at lunch tomorrow", [CONF])
add(M, "public", "Join us. The kafir system is finished. Allah's soldiers are rising.", [RAD])
add(M, "pupil", "i keep making myself sick after meals and i cant stop", [SH])
add(M, "public", "I can get you free vapes and trainers if you help me move some packages", [EXP])
add(M, "parent", "Sorry Sam wasn't in today, he's got an upset stomach.")
add(M, "staff", "Hi, it's Mr Taylor - here's my personal number in case you need me at weekends: 07800 112233", [PH, PRIV])
add(M, "pupil", "can u add me on fb sir? i need help with my homework", [PRIV])
add(M, "public", "Hand over £500 or the video goes to everyone in your contacts", [THREAT])
add(M, "pupil", "my dad hit me with a belt last night", [CONF])
add(M, "parent", "Please could you send me the dates for next term?")
add(M, "public", "Whites are the real victims in this country. Time to fight back before we're replaced.", [RAD])
add(M, "staff", "Well done today! Keep this between us but you're my favourite 😉", [GR])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
