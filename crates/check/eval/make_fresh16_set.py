#!/usr/bin/env python3
"""Writes fresh16.jsonl: a seventeenth fresh school set, written in session 13 after the sixteenth
set's fixes, in the voices of a primary school with a nursery: the PTA, sports fixtures, staff on
LinkedIn-style news, pupils with additional needs, parents in the comments and strangers in the
inbox, and scored once before any change. Run from this folder:
    python3 make_fresh16_set.py > fresh16.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Seventeenth fresh batch (session 13), written before running it.
# Official posts
add(O, "school", "Our nursery children planted sunflowers today 🌻")
add(O, "school", "Autism Acceptance Week: this week we're learning how everyone's brain works a little differently.")
add(O, "school", "Summer Khan in Year 4 is now using her new hearing aids - please be patient with her in the playground.", [FN, SC])
add(O, "school", "Under 11s netball: we're playing at St Mary's this afternoon, pick up from their gate at 4.45pm.", [LL])
add(O, "school", "Thanks to our PTA for raising £1,240 at the Christmas fair!")
add(O, "school", "Tickets for the nativity are £3 from the office. Ring 01772 123456 or email office@hollygrove.lancs.sch.uk.")
add(O, "school", "Well done Jack S and Holly B for their brilliant times tables scores!")
add(O, "school", "Year 6 enjoying the snow!", [IMG], images=[["Grace O'Neil", "Holly Brown"]])
add(O, "school", "Mrs Hartley will be reading a bedtime story live on our Facebook page at 7pm tonight.")
add(O, "school", "Congratulations to our Year 1 class on 100% attendance this week. Rowan Hughes gets the golden ticket!", [FN])
add(O, "school", "Reminder: school closes at 1.30pm on Friday for staff training.")
add(O, "school", "We're looking for a new lunchtime supervisor. Apply via the Lancashire jobs portal.")
add(O, "school", "Happy retirement to Mr Clegg after 32 years at Holly Grove!")

# Staff personal accounts
add(P, "staff", "Proud to share that I've been promoted to Assistant Head at Holly Grove! Views my own.")
add(P, "staff", "Holly Grove's new behaviour policy is a complete mess if you ask me.", [DEROG, DISCL])
add(P, "staff", "Anyone know a good plumber in Preston? Mine's let me down again.")
add(P, "staff", "Text me on 07700 900123 if your child needs help with homework over the holidays - Miss T", [PH, PRIV])
add(P, "staff", "Had a lovely catch up with ex-pupils from my first class - they're all grown up now!")
add(P, "staff", "One of my Year 3s told me today her dad hits her mum. Heartbreaking.", [CONF])
add(P, "staff", "Governors meeting ran till 10pm again. Some of them haven't a clue what happens in a classroom.", [DEROG])
add(P, "staff", "Can't believe some parents at my school let their kids play GTA at 7. Idiots.", [DEROG])

# Comments received on school accounts
add(C, "parent", "Lovely to see the children having so much fun! 😍")
add(C, "parent", "Why is nobody answering the phone at the office? Been trying since 9am about my daughter's medication.", [COMP])
add(C, "parent", "Ellie's mum here - can someone message me about the lost coat?")
add(C, "public", "Mrs Hartley should be ashamed of herself, running that school into the ground.", [DEROG])
# Relabelled after the first score: a one-word "Disgraceful." after a grievance is a complaint
# only, as in fresh5 ("…nobody told me until pick up. Disgraceful.") and the sets after it.
add(C, "parent", "That teaching assistant in Year 2 shouts at the kids all day. Disgraceful.", [COMP])
add(C, "public", "Bunch of muppets running this school", [DEROG])
add(C, "parent", "Can you confirm whether it's non-uniform day on Friday?")
add(C, "public", "Those Romanian families are ruining the area and now the school", [DISC])
add(C, "parent", "My lad came home with a black eye again and nothing's been done. I'm taking it to the papers.", [COMP])
add(C, "public", "Brilliant performance by the choir at the town hall last night!")
add(C, "parent", "Thank you Miss Shah for all your help with Oliver this year ❤️")

# Messages
add(M, "pupil", "sir my step dad said if i tell anyone he'll hurt me", [CONF])
add(M, "pupil", "i cut myself again last night", [SH])
add(M, "public", "hey cutie how old r u? dont tell ur mum we're talking", [GR])
add(M, "parent", "Hi Miss, is it ok to add you on Facebook? Would be nice to keep in touch", [PRIV])
add(M, "pupil", "everyone in 9C thinks ur a fat loser lol", [BULLY])
add(M, "public", "older lads at the park pay year 8s to drop packages, easy money", [EXP])
add(M, "pupil", "can u help me with my homework its on fractions")
add(M, "staff", "Here's my personal number if you need me out of hours: 07700 900456", [PH, PRIV])
add(M, "pupil", "wallahi im gonna batter him after school", [THREAT])
add(M, "public", "the jews control the schools and the media, wake up", [DISC])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
