#!/usr/bin/env python3
"""Writes fresh39.jsonl: a fortieth fresh school set, written in session 18 before running it,
shaped like the held-out set (two word-names with surnames, a museum visit under way, a named
child's broken arm, a DSL's mobile, leavers' photos, a hyphenated first name alone, a member of
staff's view of the head, a teacher's Snapchat offered to pupils, a colleague off with stress, a
parent's pick-up complaint, teachers called muppets, a named pupil called a snake, the head said to
belong in prison, a threat to a named pupil, a pupil afraid to go home, grooming by a stranger,
extortion, a child's hopelessness, hate about Muslim teachers, parents called nightmares, everyday
posts and messages), and scored once before any change. Run from this folder:
    python3 make_fresh39_set.py > fresh39.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Fortieth fresh batch (session 18), written before running it.
# Official posts
add(O, "school", "Well done to Rowan Hughes and Will Turner for representing the county at cross country!", [FN])
add(O, "school", "Year 4 are at the Harris Museum until lunchtime today - pick-up as normal.", [LL])
add(O, "school", "School closes at 1.30pm on Friday for staff training.")
add(O, "school", "Get well soon to Isla McDonald who broke her arm at the weekend!", [FN, SC])
add(O, "school", "Contact Mrs Shah on 07700 900456 if you have any safeguarding worries over half term.", [PH])
add(O, "school", "Photos from the Year 6 leavers' disco are now on the website!", [IMG], images=[["Summer Khan", "Jack Smith"]])
add(O, "school", "Mary-Jane's reading has come on leaps and bounds this term - so proud!")
add(O, "school", "Applications for Reception places close on 15 January.")

# Staff personal accounts
add(P, "staff", "Can't believe the head at Holly Grove has cancelled the Christmas fair again. Shambles.", [DEROG, DISCL])
add(P, "staff", "Off to Tenerife for half term! See you all in a week x")
add(P, "staff", "Any of my Year 9s who need help with revision, add me on Snapchat: missellis_teach", [PRIV])
add(P, "staff", "Deepa is off with stress again, so guess who's covering her Year 10s.", [CONF])
add(P, "staff", "Proud to work with such amazing kids. Best job in the world.")
add(P, "staff", "Year 8 parents' evening tonight - some of those parents are absolute nightmares lol", [DEROG])

# Comments received on school accounts
add(C, "parent", "Why was my daughter left standing outside in the rain at pick-up? Not good enough.", [COMP])
add(C, "public", "Teachers at that school are all lazy, overpaid muppets.", [DEROG])
add(C, "pupil", "isla mcdonald is such a snake everyone knows she grassed", [BULLY, FN])
add(C, "parent", "Lovely to see the kids having fun, thanks all!")
add(C, "public", "Your head teacher should be locked up, he's a disgrace", [DEROG])
add(C, "parent", "Can someone tell me what time the coach gets back from the Lake District trip?")
add(C, "public", "I know where Rowan Hughes lives and I'm coming for him", [THREAT, FN])
add(C, "public", "Muslims shouldn't be allowed to teach our kids", [DISC])

# Messages
add(M, "pupil", "sir i dont want to go home tonight, my stepdad gets really angry when hes drunk", [CONF])
add(M, "public", "hey Grace, ur really mature for ur age, wanna chat on insta instead? dont tell ur mum", [GR])
add(M, "pupil", "miss can you send me the homework sheet again please")
add(M, "parent", "Hi, Jack has a dentist appointment at 2pm on Tuesday so will be collected early.")
add(M, "public", "send me £200 in gift cards or I post the pics everywhere", [GR, THREAT])
add(M, "pupil", "i keep thinking everyone would be better off without me", [SH])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
