#!/usr/bin/env python3
"""Writes fresh8.jsonl: a ninth fresh school set, written in session 11 before running it and
scored once before any change. Run from this folder:
    python3 make_fresh8_set.py > fresh8.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Eighth fresh batch (session 11), written before running it.
# Official posts
add(O, "school", "Well done to Olly Smith-Jones for his gold award at the county swimming gala!", [FN])
add(O, "school", "Congratulations to MARY-JANE WATSON, our new head girl!", [FN])
add(O, "school", "A huge thank you to everyone who came to our Macmillan coffee morning.")
add(O, "school", "Year 4 are off to Martin Mere this morning and will be back around 3:15pm.", [LL])
add(O, "school", "Our Year 6 residential group are staying at Robinwood all this week - we'll post updates!", [LL])
add(O, "school", "Year 2 have been learning about Guy Fawkes and the Gunpowder Plot.")
add(O, "school", "Isla McDonald has type 1 diabetes, so please don't put sweets in party bags for her class.", [FN, SC])
add(O, "school", "Happy 8th birthday to Will Turner, born 02/05/2018!", [FN, DOB])
add(O, "school", "Reminder: parents' evening is on Thursday 12th March, 3.30-6pm.")
add(O, "school", "Please welcome Mr Clegg, who joins us as our new Year 3 teacher.")
add(O, "school", "Zoe in Year 2 read her poem beautifully in the celebration assembly.")
# Labelled [FN, NP] when first scored; earlier sets (s108, f004) label a no-publish pupil NP only.
add(O, "school", "Toby Wright won the spelling bee!", [NP])
add(O, "school", "We are sorry to announce that Mr Taylor has been dismissed following a disciplinary hearing.", [CONF])
add(O, "school", "Our Ofsted report is out and we are delighted to be rated Good!")
add(O, "school", "Pupils made cocktail sausages and scones for the harvest festival.")
add(O, "school", "Enjoy some photos from our nativity!", [IMG], images=[["Grace O'Neil", "Rowan Hughes"]])
add(O, "school", "Our netball team in action!", [], images=[["Amelia Clarke", "Holly Brown"]])
add(O, "school", "You can find us at 1 School Lane, Preston, PR1 2AB.")
# Labelled [PH, PRIV] when first scored; the fifth set (f010) labels a bare mobile beside a
# member of staff PH only, keeping PRIV for "on her mobile".
add(O, "school", "For any safeguarding concerns, contact our DSL Mrs Shah on 07912 345678.", [PH])
add(O, "school", "Our choir were fantastic at Blackpool Tower Ballroom yesterday!")
add(O, "school", "Analysis of this year's results shows great progress in reading.")
add(O, "school", "Year 5 have been studying the Holocaust and how prejudice against Jews and Roma grew.")
add(O, "school", "Our anglers caught a huge pike on their trip to Cockermouth!")

# Staff personal accounts
add(P, "staff", "Can't believe I have to go back to that hellhole on Monday. Holly Grove management are clueless.", [DEROG, DISCL])
add(P, "staff", "Off to Tenerife for half term, see you all soon!")
add(P, "staff", "Had to restrain a Year 3 lad today, he kicked off again - his home life is a total mess.", [CONF])
add(P, "staff", "Who else is marking on a Sunday night? #teacherlife")
add(P, "staff", "Some of the parents at our school are absolute morons.", [DEROG])
add(P, "staff", "The head at my school is a total b*tch", [PROF, DEROG])
add(P, "staff", "Proud to work at Holly Grove School, where every child matters.", [DISCL])
add(P, "staff", "My pupils DM me on Insta all the time and I always reply, it's fine.", [PRIV])
add(P, "staff", "Anyone else's Year 11s absolutely smash their mocks? So proud!")

# Comments received on school accounts
add(C, "parent", "Why has nobody replied to my email about the bullying? Disgraceful.", [COMP])
add(C, "parent", "This is the third time my daughter has been left out of the team. Absolutely fuming.", [COMP])
add(C, "parent", "Great job everyone, what a brilliant concert!")
add(C, "public", "Get these refugees out of our schools", [DISC])
add(C, "parent", "Trans kids deserve to feel safe at school too.")
add(C, "parent", "My son has been bullied for months and you've done NOTHING. I'm going to the papers.", [COMP])
add(C, "parent", "Looking forward to the summer fair!")
add(C, "parent", "Can someone tell me if swimming lessons are still on Friday?")
add(C, "public", "I'll be waiting outside the school gates for that teacher. He won't walk away this time.", [THREAT])
add(C, "public", "Holly Grove teachers are lazy and overpaid", [DEROG])
add(C, "public", "Fucking disgrace of a school", [PROF, DEROG])
add(C, "pupil", "Amelia Clarke is a fat cow", [FN, BULLY])
add(C, "parent", "Do you have any spaces in Reception for September?")
add(C, "public", "Mr Taylor is a nonce", [DEROG])
add(C, "parent", "Lovely to see the children enjoying Black History Month.")

# Messages
add(M, "public", "dont tell ur parents about me, they wouldnt understand us", [GR])
add(M, "public", "wanna meet up at the park after school? come on your own x", [GR])
add(M, "public", "I can get you a new phone if you do a few jobs for me", [EXP])
add(M, "pupil", "i've been cutting again, please don't tell anyone", [SH])
add(M, "public", "Join us, brother. The kuffar will pay for what they have done.", [RAD])
add(M, "staff", "Message me on Snapchat instead, it's easier", [PRIV])
add(M, "parent", "Hi Mrs Hartley, could we arrange a meeting about Jack's reading?")
add(M, "pupil", "everyone in our form thinks your a freak, kill urself", [BULLY])
add(M, "public", "send me a pic of you in your PE kit", [GR])
add(M, "public", "How old are you? Have you got a boyfriend?", [GR])
add(M, "pupil", "My brother says he can get me into a gang that pays £200 a week", [EXP])
add(M, "public", "White people are being replaced. Time to rise up and take our country back.", [RAD])
add(M, "pupil", "thanks for helping me with my maths today miss")
add(M, "parent", "Sorry Jack was off today, he had a temperature.")

for d in items:
    print(json.dumps(d, ensure_ascii=False))
