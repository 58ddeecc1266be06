#!/usr/bin/env python3
"""Writes fresh61.jsonl: a sixty-second fresh school set, written in session 26 before running it
(a no-publish pupil by his short name, a brass band at the Flag Market, poems by a named class, an
Eco-Schools award, fire station photos with a pupil without consent, the DSL's school e-mail, a
birthday in words, ten years at the school, homework messages on Facebook, the worst head, a
teacher's WhatsApp for exams, detentions for a teacher's own son, someone else's coat, teachers as
leeches, a spoilt brat, a slur quoted to condemn it, a teacher's house, a legend of a teacher, a
UPN without a number, netball photos, an uncle's bed, a selfie for £20, drugs in a school bag, who
gets my stuff, a brotherhood, panic attacks after a death, a PE kit, a pupil asking for a Gmail),
and scored once before any change.
Run from this folder:
    python3 make_fresh61_set.py > fresh61.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Sixty-second fresh batch (session 26), written before running it.
# Official posts
add(O, "school", "Toby and his team won the Year 4 quiz this afternoon! 🧠", [NP])
add(O, "school", "Our brass band are playing at the Christmas market on the Flag Market until 5 today 🎺", [LL])
add(O, "school", "Isla McDonald's Year 5 class wrote beautiful poems about autumn 🍂", [FN])
add(O, "school", "Congratulations to our Year 2 eco team on their Eco-Schools green flag 🌍")
add(O, "school", "Thank you to the fire crew who showed Reception round the station today 🚒", [IMG], images=[["Grace O'Neil", "Will Turner"]])
add(O, "school", "Please contact Mrs Shah, our DSL, at dsl@hollygrove.lancs.sch.uk with any concerns")
add(O, "school", "Mary-Jane was born on the 2nd of May 2015 - happy birthday, superstar!", [DOB])

# Staff personal accounts
add(P, "staff", "Ten years at Holly Grove today and I still love it ❤️", [DISCL])
add(P, "staff", "Parents, please stop messaging me on Facebook about homework - use the school app!")
add(P, "staff", "Honestly, Mrs Hartley is the worst head I've ever worked for", [DEROG])
add(P, "staff", "Any of my Year 11s panicking about exams, I'm on WhatsApp - 07788 123456", [PH, PRIV])
add(P, "staff", "Is it normal for a Year 7 to get three detentions in a week? Asking for my son")

# Comments received on school accounts
add(C, "parent", "Third time this month my son has come home in someone else's coat. Sort it out!", [COMP])
add(C, "public", "Teachers these days are lazy leeches living off the taxpayer", [DEROG])
add(C, "pupil", "holly brown is a spoilt brat and everyone hates her", [FN, BULLY])
add(C, "public", "Shame on whoever wrote 'all Muslims are terrorists' on the bus shelter by the school")
add(C, "public", "I know where that teacher lives and I'll be paying her a visit", [THREAT])
add(C, "pupil", "sir ur a legend 😂 best lesson ever")
add(C, "parent", "Jack's UPN is on his report if anyone from the office needs it")
add(C, "public", "Nice legs on the girls in that netball photo 👀", [SEX])

# Messages
add(M, "pupil", "my uncle makes me sleep in his bed when mum works nights and i hate it", [CONF])
add(M, "public", "if u send me a selfie in ur uniform i'll send u £20", [GR])
add(M, "pupil", "they make me keep drugs in my school bag or they'll hurt my little sister", [EXP])
add(M, "pupil", "i've sorted out who gets my stuff when i'm gone", [SH])
add(M, "public", "Real men defend their faith with blood, not words. DM me to join the brotherhood", [RAD])
add(M, "parent", "Amelia's been having panic attacks since her nan died, could her teacher keep an eye on her?", [SC])
add(M, "staff", "Hi Mr Hughes, Rowan left his PE kit here - it's in the office for collection")
add(M, "pupil", "miss can i have ur gmail so i can send u my coursework", [PRIV])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
