#!/usr/bin/env python3
"""Writes fresh10.jsonl: an eleventh fresh school set, written in session 11 after the tenth set's
fixes, mixing terse chat, slang and formal wording, and scored once before any change. Run from
this folder:
    python3 make_fresh10_set.py > fresh10.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Tenth fresh batch (session 11), written before running it.
# Official posts
add(O, "school", "Big shout out to Oliver Smith-Jones and Will Turner for organising the Year 5 litter pick!", [FN])
add(O, "school", "Our Year 6 pupils are walking down to St Mary's Church now for the carol service.", [LL])
add(O, "school", "Year 2 had great fun at the Harris Museum today!")
add(O, "school", "Happy retirement to Mrs Hartley after 30 wonderful years at Holly Grove!")
add(O, "school", "Please note: a pupil in Year 4 has chickenpox, so look out for spots.")
add(O, "school", "We're delighted that Amelia has been selected for the county choir.")
add(O, "school", "Photos from the Year 3 trip are below!", [IMG], images=[["Jack Smith", "Summer Khan"]])
add(O, "school", "Our nursery children will be at Moor Park this afternoon from 1pm to 3pm.", [LL])
add(O, "school", "Well done to all the pupils who took part in the Bikeability course.")
add(O, "school", "Ofsted visited this week - we can't say anything until the report is published, but thank you all!")

# Staff personal accounts
add(P, "staff", "Can't wait to meet my new class on Monday! #NQT")
add(P, "staff", "Absolutely gutted for the kids at Holly Grove, we deserved so much better.", [DISCL])
add(P, "staff", "Just had the worst parents evening ever. Some of these parents are vile.", [DEROG])
add(P, "staff", "The Khan girl in my class has been self-harming again, really worried about her.", [CONF, SH])
add(P, "staff", "Year 2 parents, message me privately if your child needs extra help with reading!", [PRIV])
add(P, "staff", "Love my job at Holly Grove, best team ever!", [DISCL])
add(P, "staff", "Off sick again, the stress at work is unbearable. Management couldn't care less.", [COMP])

# Comments received on school accounts
add(C, "parent", "@HollyGroveSch why has my daughter's detention been doubled without anyone calling me?!", [COMP])
add(C, "parent", "Brilliant school, my kids love it here.")
add(C, "public", "These teachers are paedos, keep your kids away", [DEROG])
add(C, "public", "Go back to Poland", [DISC])
add(C, "parent", "The dinner lady called my son fat. I want her sacked.", [COMP])
add(C, "parent", "Proper chuffed for the footy team!")
add(C, "pupil", "Ur school is a dump lol", [DEROG])
add(C, "public", "Who's the fit blonde teacher in Year 4?", [SEX])
add(C, "parent", "Islam is a religion of peace and we should all respect it.")
add(C, "public", "Muslims should be banned from teaching", [DISC])
add(C, "pupil", "Mary-Jane Watson is a slag", [FN, BULLY])
add(C, "parent", "Anyone know if the school disco is still on?")
add(C, "parent", "You lot should be ashamed, my son has been in tears every night because of the bullying and you do nothing", [COMP])

# Messages
add(M, "pupil", "sir can i add u on snap", [PRIV])
add(M, "public", "r u home alone rn? 😉", [GR])
add(M, "public", "I'm 15 too lol what school do you go to? send a selfie", [GR])
add(M, "pupil", "some lads at the park said they'd pay me to hold stuff for them", [EXP])
add(M, "pupil", "im going to end it tonight", [SH])
add(M, "pupil", "my mate keeps talking about joining some group online that hates muslims and wants to fight them", [RAD])
add(M, "public", "Hey beautiful, you look older than 13 in your profile pic ;)", [GR])
add(M, "parent", "Jack won't be in tomorrow, he's got a hospital appointment.")
add(M, "staff", "text me on 07812 345678 if you need anything for the trip", [PH, PRIV])
add(M, "pupil", "miss my uncle keeps touching me when mum is at work", [CONF])
add(M, "public", "we know where your school is. you'll regret this", [THREAT])
add(M, "pupil", "u r so ugly no wonder ur dad left", [BULLY])
add(M, "public", "Want to earn £500 this weekend? DM me, no questions asked", [EXP])
add(M, "parent", "Please can you confirm the date of the Year 6 leavers' assembly?")
add(M, "public", "the west must be destroyed, join the fight brothers", [RAD])
add(M, "public", "send me your address and I'll send you a present x", [GR])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
