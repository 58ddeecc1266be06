#!/usr/bin/env python3
"""Writes fresh26.jsonl: a twenty-seventh fresh school set, written in session 14 after the
twenty-sixth set's fixes, shaped like the held-out set (every channel and kind of finding, names
that are ordinary words, accents, tagged images, staff messages sent to pupils), and scored once
before any change. Run from this folder:
    python3 make_fresh26_set.py > fresh26.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-seventh fresh batch (session 14), written before running it.
# Official posts
add(O, "school", "Well done Holly Brown, Year 6's new head girl!", [FN])
add(O, "school", "Holly class have planted sunflowers in the garden.")
add(O, "school", "Will you join us for the Christmas fair? Will Turner's band is playing!", [FN])
add(O, "school", "Grace, Summer and Rose from Year 4 sang beautifully at the care home.")
add(O, "school", "Our Year 6 girls are on their way to the county finals in Blackburn and kick off at 1pm!", [LL])
add(O, "school", "Questions about support? Contact our SENCo, Mrs Taylor, at senco@hollygrove.lancs.sch.uk.")
add(O, "school", "Reminder for Amelia's mum: her EHCP review is at 2pm on Thursday.", [SC])
add(O, "school", "Zoë Ünal came first in the 100m!", [FN])
add(O, "school", "Look at our amazing Year 2 scientists!", [], images=[["Zoe Unal", "Rowan Hughes"]])
add(O, "school", "Tobias has settled in brilliantly to Year 6.", [NP])

# Staff personal accounts
add(P, "staff", "Can't believe some of the things parents write on the school Facebook page. Absolute morons.", [DEROG])
add(P, "staff", "Any Year 10s who missed the revision session, my WhatsApp is on the board x", [PRIV])
add(P, "staff", "Ofsted next week. Pray for me.")
add(P, "staff", "Our school got outstanding!! Can't say which one till it's published", [CONF])
add(P, "staff", "Holly Grove School is a fantastic place to work. Views my own.")

# Comments received on school accounts
add(C, "public", "The head is a spineless coward who hides behind her office door", [DEROG])
add(C, "public", "Kids at this school are feral, I wouldn't send my dog there", [DEROG])
add(C, "parent", "Shout out to the dinner ladies, they do an amazing job!")
add(C, "parent", "Where's my son's PE kit?? Third time this term it's gone missing. Nobody cares.", [COMP])
add(C, "pupil", "Zoe Unal you are a fat pig", [FN, BULLY])
add(C, "public", "Go back to where you came from", [DISC])

# Messages
add(M, "pupil", "me and my friends keep getting messages from a man who says he's 15 but he's definitely older", [GR])
add(M, "pupil", "i want to die", [SH])
add(M, "public", "Ur a dead man walking sir", [THREAT])
add(M, "public", "Any lads want to make quick money? DM me, need someone to hold a package for a week", [EXP])
add(M, "pupil", "miss whats your snapchat", [PRIV])
add(M, "parent", "Could you let Mr Clegg know that Jack has been diagnosed with dyslexia?", [SC])
add(M, "public", "Send me your address and I'll post you a present x", [GR])
add(M, "parent", "Thanks for all you do, Mrs Hartley - have a lovely half term.")
add(M, "staff", "Hi Jack, it's Mr Taylor, text me on my personal phone 07700 900321 if you're struggling", [PRIV, PH])

for it in items:
    print(json.dumps(it, ensure_ascii=False))
