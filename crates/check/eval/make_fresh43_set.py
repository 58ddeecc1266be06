#!/usr/bin/env python3
"""Writes fresh43.jsonl: a forty-fourth fresh school set, written in session 19 before running it
(a trip to Scunthorpe, an RE lesson on faiths and the Holocaust, a lesson on nudes and
cyberbullying, a named pupil's NHS number and allergy, a named pupil's date of birth with dots, a
named pupil's family address, the school play about to start, a class called feral, a post with
its disclaimer, a staff grievance naming the school, a teacher's Instagram for her pupils, great
tits at the Penistone show, teachers called parasites, transphobia, a parent going to the papers,
a bullet for the head, a pupil called a slag, Muslim children called terrorists, a stranger
collecting a child, a brother making a pupil sell, antisemitic recruitment, a pupil who thinks
everyone would be better off without them, a teacher called a whale, money for a picture of
feet, everyday posts and messages), and scored once before any change. Run from this folder:
    python3 make_fresh43_set.py > fresh43.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Forty-fourth fresh batch (session 19), written before running it.
# Official posts
add(O, "school", "Our Year 3 trip to Scunthorpe was brilliant - thanks to the staff at the museum!")
add(O, "school", "In RE this week Year 5 learned how Muslims and Christians celebrate, and about the Holocaust.")
add(O, "school", "Year 6 have been learning how to report cyberbullying and what to do if someone asks for nudes.")
add(O, "school", "Medical form for Amelia Clarke: NHS number 943 476 5919, allergic to peanuts.", [FN, ID, SC])
add(O, "school", "Congratulations to Zoe Unal, born 02.09.2016, on her reading award", [FN, DOB])
add(O, "school", "Year 2's Christmas play starts at 2pm today in the hall - the children are getting changed now!")
add(O, "school", "Isla McDonald's family can be contacted at 14 Beech Road, PR1 2AB", [FN, AD])

# Staff personal accounts
add(P, "staff", "Some of the kids in my class are feral. Wouldn't trust them with a pencil.", [DEROG])
add(P, "staff", "Views my own. Great to see so many families at Holly Grove's summer fair today!")
add(P, "staff", "Fuming. SLT have cut our PPA time again and won't listen to anyone. Holly Grove is going downhill.", [COMP, DEROG, DISCL])
add(P, "staff", "If any of my Year 8 girls want to chat, my personal Insta is @missjones_pe", [PRIV])
add(P, "staff", "Spent the weekend at the Penistone show - great tits and blue tits at the bird tent!")

# Comments received on school accounts
add(C, "public", "Teachers these days are nothing but lazy parasites", [DEROG])
add(C, "public", "Why is a tranny teaching kids?", [DISC])
add(C, "parent", "I have raised concerns three times about my son being bullied and nobody has done anything. I'm going to the papers.", [COMP])
add(C, "public", "Someone needs to put a bullet in that headteacher", [THREAT])
add(C, "public", "Lovely to see the children enjoying the snow!")
add(C, "pupil", "@amelia_c ur such a slag everyone knows what u did", [BULLY])
add(C, "public", "The muslim kids at this school are all terrorists in training", [DISC])

# Messages
add(M, "public", "Hi sweetheart, I'm a friend of your dad's. He asked me to pick you up from school today, don't tell your teacher", [GR])
add(M, "pupil", "sir my brother is making me sell stuff for his mates and i owe them money", [CONF, EXP])
add(M, "public", "Come to our meetings, we will show you the truth about the Jews", [DISC, RAD])
add(M, "pupil", "everyone would be better off without me", [SH])
add(M, "parent", "Can Holly stay for after school club on Thursday please?")
add(M, "pupil", "did u see the state of miss shah today lmao she looked like a whale", [DEROG])
add(M, "public", "send me a picture of ur feet and ill give u £20", [GR])
add(M, "staff", "Hi Mrs Khan, just to let you know Summer had a lovely day today.")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
