#!/usr/bin/env python3
"""Writes fresh9.jsonl: a tenth fresh school set, written in session 11 after the ninth set's
fixes, in longer, more conversational posts, and scored once before any change. Run from this
folder:
    python3 make_fresh9_set.py > fresh9.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Ninth fresh batch (session 11), written before running it.
# Official posts
add(O, "school", "What a week! Year 3 finished their Egyptian topic with a museum day, and Amelia Clarke brought in her grandad's real scarab beetle.", [FN])
add(O, "school", "Lost property: a blue coat labelled J. Smith has been handed in at the office.")
add(O, "school", "Congratulations to our Year 6 girls' football team, who are through to the county final on Saturday!")
add(O, "school", "The Year 5 swimmers are at West View Leisure Centre until 2.30pm, so they'll be a little late back for lunch.", [LL])
add(O, "school", "Please keep Holly Brown's family in your thoughts as her mum recovers from cancer treatment.", [FN, SC])
add(O, "school", "Our Eid celebration was a wonderful chance for the whole community to come together.")
add(O, "school", "Rowan Hughes (DOB 14.07.2019) is our Reader of the Month!", [FN, DOB])
add(O, "school", "Any parent with concerns about the new uniform supplier can email the office at office@hollygrove.lancs.sch.uk.")
add(O, "school", "Well done Jack S for his fantastic times tables score!")
add(O, "school", "Our Year 1s have been writing letters to Father Christmas - look at their lovely handwriting!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Mrs Hartley is delighted to welcome Ms Shah back after her maternity leave.")
add(O, "school", "We have received a complaint about parking on School Lane and ask everyone to park considerately.")
add(O, "school", "Following last week's incident, one pupil has been permanently excluded.", [CONF])
add(O, "school", "Zoë Ünal's lovely poem about autumn is on display in the entrance hall.", [FN])
add(O, "school", "Our after-school club will now finish at 5.30pm every day.")
add(O, "school", "Year 4 learnt how racism affected the Windrush generation in their history lesson.")
add(O, "school", "Meet our new School Council: Will, Grace, Holly and Rowan!")
add(O, "school", "Please pray for Mr Clegg, who is in hospital after a serious heart attack.", [SC])

# Staff personal accounts
add(P, "staff", "Feeling shattered after parents evening, but so many lovely conversations.")
add(P, "staff", "Honestly, some of these kids are feral. No wonder the teachers at Holly Grove are leaving in droves.", [DEROG, DISCL])
add(P, "staff", "Safeguarding meeting about the Smith boy again today, his dad's back on the scene.", [CONF])
add(P, "staff", "Fuming that the head has cancelled our PPA time again. Typical of this place.", [DEROG])
add(P, "staff", "Any Year 6 parents who want to chat can WhatsApp me on 07700 911222.", [PH, PRIV])
add(P, "staff", "Brilliant CPD session on phonics today, lots to take back to the classroom.")
add(P, "staff", "I swear to god if one more parent emails me at 11pm I'll lose it")
add(P, "staff", "Working at Holly Grove has been the best decision of my career. All views my own.")

# Comments received on school accounts
add(C, "parent", "I've emailed three times about my son's EHCP review and had no reply. Not good enough.", [COMP])
add(C, "parent", "Is the school open tomorrow with all this snow?")
add(C, "public", "Schools these days are run by woke idiots", [DEROG])
add(C, "parent", "My daughter absolutely loved the trip, thank you to all the staff!")
add(C, "public", "Send them all back on the boats", [DISC])
add(C, "pupil", "lol mary-jane watson fell over in PE today 😂😂", [FN])
add(C, "parent", "That Mrs Hartley wants sacking, she hasn't got a clue", [DEROG])
add(C, "public", "Somebody should teach that teacher a lesson he won't forget", [THREAT])
add(C, "parent", "Thank you Mrs Shah for all your support this year.")
add(C, "public", "Nice to see a school celebrating Pride month properly.")
add(C, "public", "Pride month in a primary school? Grooming kids, that's what this is.", [DISC])
add(C, "parent", "Why are the children being made to play out in the rain? Ridiculous.", [COMP])
add(C, "public", "total shambles of a school, fucking joke", [PROF, DEROG])
add(C, "parent", "Brilliant to see the boys' dance group, well done lads!")
add(C, "pupil", "@jacksmith u smell like a bin and ur mum knows it", [FN, BULLY])

# Messages
add(M, "public", "Hey sweetie, I'm a model scout and I think you've got what it takes. Send me some pictures in your swimsuit.", [GR])
add(M, "pupil", "sir theres a lad in year 10 selling weed at the bus stop every morning", [EXP])
add(M, "public", "Babe I bought you that phone so the least you can do is answer when I call", [GR])
add(M, "pupil", "Miss, I don't want to go home tonight, my stepdad gets really angry when he's drunk", [CONF])
add(M, "parent", "Please could you let Mrs Hartley know Jack has a dentist appointment at 2pm?")
add(M, "public", "You'll earn more in a week with us than your mum does in a month. Just keep your phone on.", [EXP])
add(M, "pupil", "I've written a goodbye letter to my family", [SH])
add(M, "public", "The teachers are brainwashing you. Only we tell you the truth. Come to our meeting on Friday.", [RAD])
add(M, "staff", "I've friended a few of the Year 11s on Facebook, hope that's OK?", [PRIV])
add(M, "pupil", "Can I have your number in case I need to talk outside school?", [PRIV])
add(M, "pupil", "thanks for sorting the trip money out miss")
add(M, "public", "If you tell anyone what happened I'll hurt your little brother", [THREAT, GR])
add(M, "pupil", "a boy keeps sending me pictures of his private parts and asking for mine", [SEX, GR])

for d in items:
    print(json.dumps(d, ensure_ascii=False))
