#!/usr/bin/env python3
"""Writes fresh6.jsonl: a seventh fresh school set, written in session 8 after the fifth fresh set's
fixes and scored once before any change. Run from this folder:
    python3 make_fresh6_set.py > fresh6.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Sixth fresh batch (session 8), written before running it.
# Official posts
add(O, "school", "Congratulations to Olly Smith-Jones, who has been made captain of the football team.", [FN])
add(O, "school", "Our choir is singing at Preston Guild Hall tonight from 6pm, see you there!", [LL])
add(O, "school", "We were so proud of our choir at the Guild Hall last night.")
add(O, "school", "Happy retirement to Mrs Hartley after 30 years at Holly Grove!")
add(O, "school", "Please can parents of Year 2 return the trip consent forms by Friday.")
add(O, "school", "Well done Toby for your brilliant poem about the seaside.", [NP])
add(O, "school", "Summer Khan and Grace O'Neil made the front page of the Lancashire Post!", [FN])
add(O, "school", "Our Year 6s will be at the Winckley Square lights switch-on at 5pm on Thursday - come and wave!", [LL])
add(O, "school", "Isla's mum has asked us to share that Isla is recovering well from her operation.", [SC])
add(O, "school", "Reminder: the school office number is 01772 123456.")
add(O, "school", "Children should bring a packed lunch, a water bottle and a waterproof on Tuesday.")
add(O, "school", "A huge thank you to the dads who helped dig the new vegetable beds.")
add(O, "school", "Our Year 4 readers have loved the new coloured overlays in the library.")
add(O, "school", "Jack Smith (Year 4, UPN D888200121000) won the reading challenge.", [FN, ID])
add(O, "school", "Here is our Year 5 netball team with their trophy!", [IMG], images=[["Grace O'Neil", "Holly Brown"]])
add(O, "school", "Meet our new school dog, Biscuit!", [], images=[["Jack Smith"]])
add(O, "school", "Mr Clegg's class have been practising fractions with cake. Yum!")
add(O, "school", "Our pupils are walking to St Mary's Church right now for the carol service.", [LL])
add(O, "school", "Drop-off reminder: please don't park on the zig-zags, it's dangerous.")
add(O, "school", "The outcome of the disciplinary investigation into a member of staff will be shared with governors only.", [CONF])
add(O, "school", "We celebrated Eid with our Muslim families today - Eid Mubarak!")

# Staff personal accounts
add(P, "staff", "Half term can't come soon enough. Year 5 have been absolute monsters this week.", [DEROG])
add(P, "staff", "If any parents need me over the holidays, my personal number is 07700 900456.", [PH, PRIV])
add(P, "staff", "I work at Holly Grove and honestly the new behaviour policy is a disaster.", [DEROG, DISCL])
add(P, "staff", "Great day at Holly Grove School today! (All views my own.)")
add(P, "staff", "Off to Tenerife tomorrow, bring on the sunshine!")
add(P, "staff", "Hey Amelia, add me on Insta so we can chat about your project", [PRIV])
add(P, "staff", "Can't say much but we've got a child protection case going on in Year 3 that's breaking my heart.", [CONF])
add(P, "staff", "Just finished marking 60 books. Wine o'clock!")
add(P, "staff", "Parents who send their kids in with nits should be ashamed of themselves, disgusting.", [DEROG])
add(P, "staff", "Our head got the sack today for fiddling the budget, can't believe it.", [CONF])
add(P, "staff", "Proud to march at Pride today with my wife!")

# Comments received on school accounts
add(C, "parent", "Why has nobody from the school replied to my emails about the bullying? Absolutely disgraceful.", [COMP])
add(C, "parent", "Well done to all the kids, what a fab show!")
add(C, "parent", "Mr Taylor is a useless prat who shouldn't be allowed near children.", [DEROG])
add(C, "public", "Go back to your own country, you lot don't belong here.", [DISC])
add(C, "parent", "My daughter has been picked on every day by the same girl and you've done nothing. I'm going to the papers.", [COMP])
add(C, "parent", "Can someone tell me what time the disco finishes on Friday?")
add(C, "public", "I'll be waiting outside the gates for that teacher at 3.15, she won't know what's hit her.", [THREAT])
add(C, "parent", "This school is an absolute shambles from top to bottom.", [DEROG])
add(C, "parent", "The new head is doing a brilliant job, thank you!")
add(C, "public", "Those kids from Holly Grove are feral, little scrotes the lot of them.", [DEROG])
add(C, "parent", "F**k this school and its stupid rules", [PROF, DEROG])
add(C, "parent", "Lost: blue Frozen lunchbox, please return to 14 Cedar Avenue, Preston PR2 3XY", [AD])
add(C, "parent", "My son's NHS number is 943 476 5919 if the nurse needs it", [ID])
add(C, "pupil", "Holly Brown is a fat ugly cow and everyone hates her", [BULLY, FN])
add(C, "public", "Would love to get my hands on some of those Year 6 girls", [SEX])
add(C, "parent", "Too many foreigners in this school now, it's not what it used to be.", [DISC])

# Messages
add(M, "pupil", "I don't want to be here anymore, I've been cutting myself again", [SH])
add(M, "public", "hey sweetie how old r u? send me a pic and don't tell ur mum", [GR])
add(M, "pupil", "Sir can I add you on Snapchat?", [PRIV])
add(M, "pupil", "There's a lad at the park who pays us to carry bags to other towns, he gave me a new phone", [EXP])
add(M, "parent", "Please can you tell me if Jack is in school today? He said he felt ill this morning.")
add(M, "public", "Join us brothers, the kuffar schools are poisoning your children. Jihad is the only answer.", [RAD])
add(M, "pupil", "miss im being bullied in my class and they call me names every day")
add(M, "parent", "Thank you for the lovely report, Mrs Hartley.")
add(M, "staff", "Text me on 07700 900789 if you need anything over the weekend, Amelia x", [PH, PRIV])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
