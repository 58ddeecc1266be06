#!/usr/bin/env python3
"""Writes fresh37.jsonl: a thirty-eighth fresh school set, written in session 17 before running
it, shaped like the held-out set and weighted to how names and personal data are written (a
first name with an initial and an inhaler, a surname in capitals on a label, surname first with a
comma, a colleague's home number, the school's own details, a name in leetspeak, a pupil's
postcode, an NI number with spaces), disguised words (letters spaced out, an asterisk, a digit
for a letter), a colleague's IVF, private tutoring, secrecy asked by staff, a faith mocked, and a
stranger's modelling offer), and scored once before any change. Run from this folder:
    python3 make_fresh37_set.py > fresh37.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirty-eighth fresh batch (session 17), written before running it.
# Official posts
add(O, "school", "Reminder: Mary-Jane W. in Year 3 keeps her inhaler in the office.", [SC])
add(O, "school", "Tickets from office@hollygrove.lancs.sch.uk or 01772 123456.")
add(O, "school", "Lost property: a blue coat with ROWAN HUGHES written on the label.", [FN])
add(O, "school", "Smith, Jack - Year 5 - Star of the Week", [FN])
add(O, "school", "Well done to everyone who took part in the Scunthorpe United penalty shoot-out!")
add(O, "school", "Mrs Shah can be reached at home on 01772 654321 during the holidays.", [PH])
add(O, "school", "Please return the trip form with your child's date of birth and NHS number by Friday.")

# Staff personal accounts
add(P, "staff", "Absolutely sh1tting it about the observation tomorrow", [PROF])
add(P, "staff", "Sam Taylor from work is going through IVF, send her some love x", [SC])
add(P, "staff", "Pupils in my form are absolute sweethearts, love my job")
add(P, "staff", "DM me if your kid needs a tutor over summer, I teach Year 6 maths", [PRIV])
add(P, "staff", "Holly Grove's SATs results are out and they're shocking. Not surprised given the leadership.", [DEROG, DISCL])

# Comments received on school accounts
add(C, "parent", "J4ck Sm1th pushed my son over at break, sort it out", [FN, COMP])
add(C, "parent", "The head's assembly on kindness was lovely, well done all.")
add(C, "public", "P a k i s go home", [DISC])
add(C, "public", "Ms Shah wears a hijab so obviously she's a terrorist sympathiser", [DISC])
add(C, "parent", "What a cracking nativity, the kids absolutely killed it!")

# Messages
add(M, "pupil", "my postcode is PR2 8QT if u want to send the certificate", [AD])
add(M, "pupil", "can u send me the homework sheet pls")
add(M, "public", "u wanna be a model? send me some full body pics first x", [GR])
add(M, "pupil", "my step dad said if i tell anyone he'll hurt my mum", [CONF])
add(M, "parent", "My NI number is JK 12 34 56 C, do you need it for the DBS?", [ID])
add(M, "staff", "Don't worry about the detention, I'll sort it - just keep it between us ;)", [GR])
add(M, "parent", "Sorry, Will won't be in today, he's been sick in the night.")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
