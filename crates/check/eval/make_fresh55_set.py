#!/usr/bin/env python3
"""Writes fresh55.jsonl: a fifty-sixth fresh school set, written in session 24 before running it
(a class assembly, poems by first name, a chess tournament, an eco warrior, harvest photos with a
no-publish pupil, tents pitched now, parking, a value of the week, a child protection meeting, the
best school in Lancashire, a colleague leaving after a row, a teacher's WhatsApp group for parents,
a Christmas fair, a pupil called a little sh*te, a son battered in the toilets, the DSL "struck
off", a pupil mocked in PE, a carol service, a no-publish pupil named by a parent, burkas, "watch
your back", an uncle's secret, "just between us", not waking up, bags kept for a stranger, white
children "pushed out", a teacher's Snapchat, a funeral), and scored once before any change.
Run from this folder:
    python3 make_fresh55_set.py > fresh55.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-sixth fresh batch (session 24), written before running it.
# Official posts
add(O, "school", "Our Year 2 class assembly is this Friday at 9am in the hall - all parents welcome")
add(O, "school", "Well done to Jack, Holly and Mary-Jane for their fantastic poems, now up on the library wall")
add(O, "school", "Mary-Jane Watson and Rowan Hughes flew the flag for us at the Lancashire chess tournament last weekend", [FN])
add(O, "school", "Olly Smith-Jones is our new Eco Warrior for Year 5 🌱", [FN])
add(O, "school", "Harvest festival snaps 🍎🥕", [NP], images=[["Tobias Wright"]])
add(O, "school", "The Year 6 campers have just pitched their tents at Borwick Hall, next update after tea!", [LL])
add(O, "school", "Please don't park across residents' drives on Sherwood Avenue at pick-up")
add(O, "school", "This week's value is respect - ask your child what it means to them")

# Staff personal accounts
add(P, "staff", "Spent all afternoon in a child protection meeting about one of my Year 8s. Heartbreaking.", [CONF])
add(P, "staff", "Six years at Holly Grove and it's still the best school in Lancashire ❤️", [DISCL])
add(P, "staff", "Between us, Mr Clegg is leaving at Christmas after his bust-up with the head", [CONF])
add(P, "staff", "Parents - I run a private WhatsApp group for extra maths help, message me to join", [PRIV])
add(P, "staff", "Knackered after the Christmas fair but what a turnout!")
add(P, "staff", "the lad in 9C who keeps kicking off is a right little sh*te, swear down", [DEROG, PROF])

# Comments received on school accounts
add(C, "parent", "My son was battered in the toilets last week and this school has done absolutely nothing about it", [COMP])
add(C, "public", "Deepa Shah should be struck off, she is a disgrace to the profession", [DEROG])
add(C, "pupil", "rowan hughes wets himself in PE lmaooo", [FN, BULLY])
add(C, "parent", "Can grandparents come to the carol service or is it just parents?")
add(C, "parent", "Gorgeous photos! Our Aarav loved every minute", [NP])
add(C, "public", "Burkas should be banned in schools, this isn't Saudi Arabia", [DISC])
add(C, "public", "I know which house is yours, Mrs Hartley. Watch your back.", [THREAT])

# Messages
# First labelled [CONF] only; corrected after the first run to the convention the forty-first set
# and its behaviour test set: secrecy the abuser asked for is grooming beside the disclosure.
add(M, "pupil", "my uncle comes in my room at night and says its our secret", [CONF, GR])
add(M, "public", "you seem mature for 13, lets keep our chats just between us ok? 🤫", [GR])
add(M, "pupil", "honestly i hope i dont wake up tomorrow", [SH])
add(M, "public", "new phone and trainers if you keep a few bags at your house for my boys", [EXP])
add(M, "parent", "Holly won't be in today, we've got a family funeral in Bolton")
add(M, "public", "white kids are being pushed out of their own schools, join us and fight for your people", [RAD])
add(M, "pupil", "sir whats ur snap i need to ask u something private", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
