#!/usr/bin/env python3
"""Writes fresh11.jsonl: a twelfth fresh school set, written in session 11 after the eleventh set's
fixes, heavier on personal data, names and multi-sentence posts, and scored once before any
change. Run from this folder:
    python3 make_fresh11_set.py > fresh11.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Eleventh fresh batch (session 11), written before running it.
# Official posts
add(O, "school", "Our new reception pupil Rowan joins us from Little Acorns Nursery. Welcome Rowan!")
add(O, "school", "Congratulations to Grace O'Neil (Year 5) on her brown belt in judo!", [FN])
add(O, "school", "Lost: a red lunchbox belonging to Isla Mcdonald, please return it to the office.", [FN])
add(O, "school", "If your child has a medical condition, please tell the office so we can update their care plan.")
add(O, "school", "Class photos will be taken on Tuesday 4 March. Please make sure uniform is clean!")
add(O, "school", "Year 6 are currently on the coach to London and should arrive at the Science Museum by 11am.", [LL])
add(O, "school", "Our Year 4 team were runners-up at the Lancashire quiz final in Preston last Friday.")
add(O, "school", "Pupils in Holly class made fantastic poppies for Remembrance Day.")
add(O, "school", "Please welcome our new pupil, Zoe, who has just arrived from Turkey and speaks very little English.", [SC])
add(O, "school", "The summer fete will be held at 1 School Lane, PR1 2AB on Saturday from 12pm.")
add(O, "school", "Will Turner's mum has kindly donated a new set of reading books. Thank you!", [FN])
add(O, "school", "A big thank you to the parents who helped at the Bonfire Night disco.")
add(O, "school", "Could the parent of the child with UPN D888200121000 please contact the office?", [ID])
add(O, "school", "Amelia Clarke, 10 Meadow Road, PR2 3CD has won the Easter bonnet competition!", [FN, AD])

# Staff personal accounts
add(P, "staff", "Teaching is the best job in the world, even on a wet Monday.")
add(P, "staff", "Anyone know a good lawyer? Holly Grove are trying to push me out after my grievance.", [COMP, DISCL])
add(P, "staff", "My NI number is QQ 12 34 56 C for the payroll form, can someone in the office update it?", [ID])
add(P, "staff", "Who else is sick of Ofsted moving the goalposts every year?")
add(P, "staff", "I've got a Year 5 boy with ADHD who will not sit still, send help!", [])
add(P, "staff", "Shout out to the amazing TAs at my school, we'd be lost without you. Opinions my own.")

# Comments received on school accounts
add(C, "parent", "My daughter Summer Khan was left crying in the playground at lunch and nobody noticed.", [FN, COMP])
add(C, "parent", "Can you tell us what time the Year 3 trip gets back please?")
add(C, "public", "What kind of school lets a bloke in a dress teach kids? Disgusting.", [DISC])
add(C, "parent", "Mr Taylor is the best teacher my son has ever had!")
add(C, "public", "Every teacher at that school deserves a slap", [THREAT])
add(C, "parent", "Three weeks and still no reply to my letter about the school bus. Poor communication as always.", [COMP])
add(C, "pupil", "olly smith-jones is a grass, dont tell him anything", [FN, BULLY])
add(C, "parent", "Lovely to see the Diwali celebrations, thank you for including everyone.")
add(C, "public", "Pack of feral chavs at that school, should all be locked up", [DEROG])
add(C, "parent", "Our Rowan has coeliac disease, can we get gluten free options at the cake sale?", [SC])

# Messages
add(M, "pupil", "miss can u tell me ur insta so we can talk in the holidays", [PRIV])
add(M, "public", "hey gorgeous how old r u? 😘", [GR])
add(M, "pupil", "i dont see the point in anything anymore", [SH])
add(M, "pupil", "some year 11s are making us carry stuff in our bags for them and they hit us if we say no", [EXP])
add(M, "public", "Our brothers in Syria need fighters. Message me if you're serious.", [RAD])
add(M, "parent", "Hi, Jack's NHS number is 943 476 5919 for the medical form.", [ID])
add(M, "public", "I will find out where you live and make you pay", [THREAT])
add(M, "pupil", "someone posted a video of me getting changed in PE and everyone has seen it", [SEX])
add(M, "parent", "Can we book a parents evening slot with Mrs Shah please?")
add(M, "public", "u seem really mature, i'm 24 but age is just a number right", [GR])
add(M, "pupil", "i think my friend is being groomed by a man she met on roblox", [GR])
add(M, "staff", "Call me on my personal mobile after school, 07700 123987, and we can chat about it", [PH, PRIV])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
