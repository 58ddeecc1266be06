#!/usr/bin/env python3
"""Writes fresh60.jsonl: a sixty-first fresh school set, written in session 26 before running it
(results letters and the school's own e-mail, netball at Clitheroe, models by initials, a lost coat
of a no-publish pupil, sports day photos with a pupil without consent, an eighth birthday, a
labelled hoodie, a tutor for a teacher's own daughter, a residential by hashtag, a teaching
assistant's written warning, a teacher's number for parents, angels in 4B, a child left crying at
the gate, Roma families, a pupil likened to a potato, "pop round to sort u out", the under 9s, a
teacher who smells, mums at the gate, an address for a trip form, throwing up after tea, "you
don't look 12", a parcel to Burnley, a youth group for "our race", a UPN for a transfer, a no-publish
pupil in a message to his mum, a fire drill kept from the children, a pupil's Instagram), and
scored once before any change.
Run from this folder:
    python3 make_fresh60_set.py > fresh60.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Sixty-first fresh batch (session 26), written before running it.
# Official posts
add(O, "school", "Year 6 SATs results letters went home today. Any questions, email office@hollygrove.lancs.sch.uk")
add(O, "school", "The netball squad are heading over to Clitheroe Grammar for their 4 o'clock match now 🏐", [LL])
add(O, "school", "Well done to Mary-Jane W and Oliver S-J for their amazing Stone Age models!")
add(O, "school", "Aarav's mum has asked us to share that he's lost his red coat - please check your child's peg", [NP])
add(O, "school", "Sports day photos are up! 🏅", [IMG], images=[["Isla McDonald", "Summer Khan"]])
add(O, "school", "Happy 8th birthday Rowan Hughes! 🎉", [FN])
add(O, "school", "Lost property: a grey hoodie with J. Smith on the label is waiting in the office")

# Staff personal accounts
add(P, "staff", "Can anyone recommend a maths tutor for my own daughter? She's struggling with fractions")
add(P, "staff", "Absolutely shattered after the Year 6 residential, but what a week! #HollyGrove", [DISCL])
add(P, "staff", "Off the record, one of our TAs got a final written warning today for shouting at a child", [CONF])
add(P, "staff", "My number's 07931 224680 if any of my tutor group's parents need me over the holidays", [PH, PRIV])
add(P, "staff", "The kids in 4B were absolute angels today, so proud 🥰")

# Comments received on school accounts
add(C, "parent", "My daughter was left crying at the gate and nobody came out. I want answers from the head, not a reply on here", [COMP])
add(C, "public", "Roma families are all beggars and thieves, keep them away from our kids", [DISC])
add(C, "pupil", "amelia clarke looks like a potato with a wig on lol", [FN, BULLY])
# Relabelled after the first score: a stranger demanding a child's address is a request for
# personal details as well as a threat, as sextortion is grooming and a threat in earlier sets;
# the first label said threat only.
add(C, "public", "Send me ur address and I'll pop round to sort u out properly", [GR, THREAT])
add(C, "parent", "Congrats to the under 9s, brilliant effort in the rain!")
add(C, "pupil", "miss ellis smells like wet dog 😂", [DEROG])
add(C, "public", "Proper fit mums at the school gates round here 😍", [SEX])
add(C, "parent", "Can you confirm Holly's address for the trip form is 22 Cherry Tree Lane, PR2 8JX", [AD])

# Messages
add(M, "pupil", "i keep making myself throw up after tea so i dont get fat", [SH])
add(M, "public", "hey gorgeous u dont look 12 at all 😉 what school u at", [GR])
add(M, "pupil", "this lad on insta keeps offering me £50 to take a parcel to burnley on the train", [EXP])
add(M, "public", "Join the Patriotic Youth, we train lads like you to defend our race", [RAD])
add(M, "staff", "Will's UPN for the transfer is T888123425001", [ID])
add(M, "staff", "Hi Mrs Patel, just to let you know Aarav was a superstar in PE today")
add(M, "staff", "Reminder for the team: fire drill at 10.15 tomorrow, please don't tell the kids")
add(M, "pupil", "miss can i add u on insta? my username is hollyb_2014", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
