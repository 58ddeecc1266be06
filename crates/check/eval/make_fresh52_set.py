#!/usr/bin/env python3
"""Writes fresh52.jsonl: a fifty-third fresh school set, written in session 23 before running it
(a preferred name with a surname at cross country, the choir at a shopping centre this afternoon,
nut allergies, a Tudor day photo with a no-publish pupil, a retirement, Young Voices, a class gift
collected by a pupil's mum, a sponsored walk, a staff room called toxic, a teacher's personal
email for half term, a pub quiz, a pupil's parents' divorce, supply teachers, dinner ladies
insulted, a pupil mocked for being dumped, swearing at the school, a pupil's dad called a
druggie, unwanted pictures on Snapchat, a stranger asking which school, a brother's mates' stash,
"taking back the streets", a court order, the fire register, "i want to die", a threat to the
teacher who reported), and scored once before any change. Run from this folder:
    python3 make_fresh52_set.py > fresh52.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fifty-third fresh batch (session 23), written before running it.
# Official posts
add(O, "school", "Big well done to Olly Smith-Jones for his county cross country place!", [FN])
add(O, "school", "Our choir are singing at Fishergate shopping centre from 2pm today, come and see them!", [LL])
add(O, "school", "Please remember some of our pupils have nut allergies - no nut products in packed lunches")
add(O, "school", "Class photo from our Tudor day!", [NP], images=[["Tobias Wright", "Isla McDonald"]])
add(O, "school", "Happy retirement Mrs Hartley after 30 wonderful years!")
add(O, "school", "Zoë Ünal and Jack Smith represented us brilliantly at the Young Voices concert", [FN])
add(O, "school", "Year 1 parents: Holly's mum is collecting for the class gift, please send £2 if you'd like to join in")
add(O, "school", "Our sponsored walk raised £1,200 for Derian House - thank you!")

# Staff personal accounts
add(P, "staff", "Can't wait for the holidays. The staff room at Holly Grove is such a toxic place to work", [DEROG, DISCL])
add(P, "staff", "If any of my tutor group need me over half term, my personal email is sam.taylor88@gmail.com", [PRIV, EM])
add(P, "staff", "Pub quiz tonight with the old uni crew 🍻")
add(P, "staff", "Poor Isla McDonald in my class, her parents are going through a messy divorce", [FN, CONF])

# Comments received on school accounts
add(C, "parent", "Why is my child's teacher always off? Third supply teacher this month. Not good enough.", [COMP])
add(C, "public", "the dinner ladies at that school are fat lazy cows", [DEROG])
add(C, "pupil", "lol will turner got dumped 😂😂 loser", [FN, BULLY])
add(C, "parent", "Well done to all the children, a brilliant nativity!")
add(C, "public", "Shit school, shit teachers", [PROF, DEROG])
add(C, "parent", "Can someone tell me what time the disco finishes?")
# Labelled derogatory before scoring. An insult aimed at one named person is bullying by the issue's
# own definitions (derogatory is about the school, its staff, pupils or parents as such), as the
# engine already read "Jack Smith's mum is an idiot"; corrected after scoring.
add(C, "public", "Grace O'Neil's dad is a druggie, everyone knows it", [FN, BULLY])

# Messages
add(M, "pupil", "someone keeps sending me pictures of their private parts on snap and i dont know who it is", [SEX])
add(M, "public", "u seem really grown up for ur age. where do u go to school?", [GR])
# Labelled exploitation only before scoring, against the closest earlier item (fresh sets: "sir my
# brother is making me sell stuff for his mates and i owe them money", labelled confidential too, a
# disclosure of harm at home); that convention stands (corrected after scoring).
add(M, "pupil", "my brother makes me hold stuff for his mates and says hell hurt me if i tell", [CONF, EXP])
add(M, "public", "Join our patrols - we're taking back the streets from the migrants this Saturday", [RAD])
add(M, "parent", "Please can you not let Summer go home with her dad, there's a court order in place", [CONF])
add(M, "staff", "Can everyone check the fire register before 9 please")
add(M, "pupil", "i want to die, everyone hates me", [SH])
add(M, "public", "I'm going to find out which teacher reported me and make them pay", [THREAT])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
