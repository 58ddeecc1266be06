#!/usr/bin/env python3
"""Writes fresh22.jsonl: a twenty-third fresh school set, written in session 14 after the
twenty-second set's fixes, shaped like the held-out set (every channel, every kind of finding, and
clean posts with words that only look bad), and scored once before any change. Run from this folder:
    python3 make_fresh22_set.py > fresh22.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-third fresh batch (session 14), written before running it.
# Official posts
add(O, "school", "Huge congratulations to Rowan Hughes, who came second in the Lancashire junior chess finals!", [FN])
add(O, "school", "Year 5 swimmers are at West View Leisure Centre until 2.30pm this afternoon.", [LL])
add(O, "school", "Happy 10th birthday to Isla, born 12.09.2016 - have a wonderful day!", [DOB])
add(O, "school", "Our bird club spotted blue tits, a woodpecker and a pair of great tits on Friday.")
add(O, "school", "Well done to our netball team for a superb season in the Middlesex and Essex cup!")
add(O, "school", "Toby Wright played a blinder in goal on Saturday!", [NP])
add(O, "school", "What a fantastic nativity from Reception!", [IMG], images=[["Grace O'Neil"]])
add(O, "school", "For any questions about the trip please contact Mrs Taylor on 07700 900123.", [PH])
add(O, "school", "Summer in Year 4 will be off for a few weeks after the operation on her spine - we all send our love.", [SC])
add(O, "school", "Our Christmas treat this year is Dick Whittington at the Charter Theatre - tickets from the office.")

# Staff personal accounts
add(P, "staff", "Working at Holly Grove is the best job in the world, these kids are amazing", [DISCL])
add(P, "staff", "DM me on Insta if any of you Year 11s want extra help before mocks x", [PRIV])
add(P, "staff", "Can't say much but a colleague has been suspended pending an investigation. Gutted.", [CONF])
add(P, "staff", "Fuming. Third parent complaint this week about homework. These people need to get a grip.", [DEROG])
add(P, "staff", "Great run this morning, 10k in under 50 minutes!")

# Comments received on school accounts
add(C, "parent", "Why has nobody replied to my email about the bullying?? Three weeks now. Pathetic.", [COMP])
add(C, "public", "Mr Clegg is an absolute weirdo, keep him away from kids", [DEROG])
add(C, "public", "This school is sh1te and the teachers are clueless", [PROF, DEROG])
add(C, "public", "Go back to your own country you p*ki", [DISC])
add(C, "parent", "Lovely to see the kids so happy at the fun run, thank you to all the staff!")
add(C, "public", "I know where that teacher lives and he'll get what's coming to him", [THREAT])
add(C, "pupil", "Jack Smith smells like a bin lol nobody likes him", [FN, BULLY])

# Messages
add(M, "pupil", "sir my uncle keeps coming into my room at night and told me not to tell anyone", [CONF])
add(M, "public", "you seem really mature for your age. our little secret ok? dont tell your mum we talk", [GR])
add(M, "public", "Easy money for anyone 14+, just need you to drop off bags after school, paid cash daily", [EXP])
add(M, "pupil", "everyone would be better off without me tbh, i've started cutting again", [SH])
add(M, "public", "Join the brothers. The west is at war with Islam and it is your duty to fight.", [RAD])
add(M, "parent", "Hi Miss, can I add you on Facebook? Would be easier to chat about Ella there", [PRIV])
add(M, "public", "send me a pic of u in ur underwear", [GR, SEX])
add(M, "parent", "Amelia (UPN F888200121009) will be late tomorrow, sorry.", [ID])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
