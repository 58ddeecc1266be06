#!/usr/bin/env python3
"""Writes fresh19.jsonl: a twentieth fresh school set, written in session 13 after the nineteenth
set's fixes, in the voices of a school on TikTok and Instagram, its staff's teacher accounts, a
local community group talking about the school, and pupils' messages about what happens to them
online, and scored once before any change. Run from this folder:
    python3 make_fresh19_set.py > fresh19.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twentieth fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Our Year 6 leavers' hoodies have arrived! Collect from the office after 3pm.")
add(O, "school", "Meet our new Reception teacher, Miss Amy Cole! 👋")
add(O, "school", "Congratulations to Olly Smith-Jones, who passed his Grade 3 piano!", [FN])
add(O, "school", "Year 2 are walking to the library now and will be there until 11.30.", [LL])
add(O, "school", "Holiday club runs 9am to 3pm at Holly Grove every day next week. Book online.")
add(O, "school", "A reminder that mobile phones must be handed in at the office at the start of the day.")
add(O, "school", "Please pray for Mrs Hartley's husband, who is very poorly in hospital.", [SC])
add(O, "school", "Well done to Tobias for his brilliant science project!", [NP])
add(O, "school", "Watch our Year 4s performing their Viking rap on TikTok! Link in bio.")

# Staff personal accounts
add(P, "staff", "POV: it's the last week of term and you've got Year 9 period 5 😵‍💫 #teachersoftiktok")
add(P, "staff", "That moment a kid tells you you're their favourite teacher 🥹")
add(P, "staff", "Working at Holly Grove is like working in a zoo, the animals run the place", [DEROG, DISCL])
add(P, "staff", "Can't say much but we had a really serious safeguarding case today. Hug your kids.", [CONF])
add(P, "staff", "If any of my students want to follow my study account it's @mrtaylorrevises", [PRIV])

# Comments received on school accounts
add(C, "public", "Heard a teacher at Holly Grove got caught with a pupil, disgusting", [DEROG])
add(C, "parent", "Does anyone know if the school is open tomorrow with the snow?")
add(C, "public", "Kids from that school are feral, they were smashing bus windows last night", [DEROG])
add(C, "parent", "Please can someone check the lost property for a blue coat with Ellie's name in it")
add(C, "public", "That head teacher needs a slap", [THREAT])
add(C, "parent", "The new head has been brilliant, so much better than the last one")
add(C, "public", "Somebody should torch that school", [THREAT])

# Messages
add(M, "pupil", "someone made a fake account of me and is posting my pics saying im a slag", [BULLY])
add(M, "public", "i'm a talent scout, ur really photogenic, send me a few full length pics", [GR])
add(M, "pupil", "i havent eaten in 3 days and i keep making myself throw up", [SH])
add(M, "pupil", "miss, ur insta is public btw, we can see ur holiday pics lol")
add(M, "public", "Muslim paedo gangs are protected by this school", [DISC])
add(M, "parent", "Hi, just to let you know Holly will be late today, dentist appointment at 9")
add(M, "pupil", "bro ur actually so ugly its embarrassing 💀", [BULLY])
add(M, "public", "The great replacement is happening in our schools. Wake up and fight back.", [RAD])
add(M, "staff", "Hi Grace, I've set up a group chat for the netball team on my WhatsApp 👍", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
