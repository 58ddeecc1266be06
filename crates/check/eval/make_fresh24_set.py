#!/usr/bin/env python3
"""Writes fresh24.jsonl: a twenty-fifth fresh school set, written in session 14 after the
twenty-fourth set's fixes, shaped like the held-out set (every channel and kind of finding, names
in capitals and without their hyphens, the school's own details in other formats, disguised
words, teaching and counter-speech, clean posts that only look bad), and scored once before any
change. Run from this folder:
    python3 make_fresh24_set.py > fresh24.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-fifth fresh batch (session 14), written before running it.
# Official posts
add(O, "school", "CONGRATULATIONS JACK SMITH ON YOUR GOLD MEDAL!!!", [FN])
add(O, "school", "Mary Jane Watson and Olly Smith Jones read their poems beautifully in last week's assembly.", [FN])
add(O, "school", "By the grace of a dry afternoon, sports day went ahead!")
add(O, "school", "Our LGBT+ club meets every Tuesday lunchtime in room 12 - everyone welcome.")
add(O, "school", "This week in online safety, Year 8 learned how groomers try to get children to keep secrets.")
add(O, "school", "Please ring the office on (01772) 123456 if your child is absent.")
add(O, "school", "Year 10 are at the Houses of Parliament at the moment and will be back at school for 6pm.", [LL])
add(O, "school", "Please welcome Mr Clegg, our new Year 4 teacher, who joins us from a school in Cockermouth.")
add(O, "school", "Aarav's family have asked us to share how proud they are of him.", [NP])
add(O, "school", "Our Christmas jumper day!", [], images=[["Jack Smith", "Will Turner"]])

# Staff personal accounts
add(P, "staff", "Honestly, the parents at this school are the rudest I've ever met", [DEROG])
add(P, "staff", "Who else is on strike tomorrow? Solidarity!")
add(P, "staff", "Head's called a meeting about the allegations against a member of staff, can't say more", [CONF])
add(P, "staff", "Add me on snap if you're in my form and want the homework answers lol", [PRIV])
add(P, "staff", "Love working with the amazing team at Holly Grove School - best staff room ever!", [DISCL])

# Comments received on school accounts
add(C, "parent", "what a load of b0ll0cks, my kid never got the letter", [PROF, COMP])
add(C, "public", "This head has ruined a good school. Shameful.", [DEROG])
add(C, "parent", "Good luck to all the Year 11s in their exams!")
add(C, "public", "Who's the teacher with the ѕhіt attitude on the gate every morning?", [PROF, DEROG])
add(C, "pupil", "Isla McDonald is a snake and a liar", [FN, BULLY])
add(C, "public", "Immigrants are ruining this town and this school is letting them take over", [DISC])
add(C, "parent", "My daughter has autism and the school has done nothing to support her. I'm going to the local authority.", [COMP])

# Messages
add(M, "pupil", "sir can we talk? someone has been posting nudes of me on a group chat", [SEX])
add(M, "public", "Hi sweetheart, I'm a friend of your dad's. I can pick you up from school today, don't tell your teacher.", [GR])
add(M, "pupil", "i don't see the point anymore, i've written letters to everyone", [SH])
add(M, "public", "You'll pay for what you did to my son. Watch your back.", [THREAT])
add(M, "pupil", "can I have your personal number miss for when I'm at home", [PRIV])
add(M, "public", "Need runners aged 13-16, £50 a day, no experience needed, must be able to keep quiet", [EXP])
add(M, "parent", "Will's appointment at CAMHS is on Tuesday so he'll miss PE.", [SC])
add(M, "parent", "Hi, it's Sam's mum, my number is +44 7700 900987 if you need me", [PH])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
