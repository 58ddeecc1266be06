#!/usr/bin/env python3
"""Writes fresh25.jsonl: a twenty-sixth fresh school set, written in session 14 after the
twenty-fifth set's fixes, mostly of clean everyday posts, comments and messages whose words only
look bad (smashing, destroyed, killer, shoot, dying to, trans-Pennine, Scunthorpe, Dick
King-Smith, a hamster that passed away), to measure false findings, with a few real ones, and
scored once before any change. Run from this folder:
    python3 make_fresh25_set.py > fresh25.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Twenty-sixth fresh batch (session 14), written before running it.
# Official posts
add(O, "school", "Year 3 had a smashing time at the pottery workshop!")
add(O, "school", "Our Year 6 boys absolutely destroyed the opposition in the football final.")
add(O, "school", "Shoot for the stars! Well done to our netball shooters on a brilliant season.")
add(O, "school", "Please don't bring nuts into school - some of our pupils have severe allergies.")
add(O, "school", "We're dying to see you all at the summer fair on Saturday!")
add(O, "school", "The Year 5 play was a killer performance - what talent!")
add(O, "school", "Our Muslim, Hindu, Sikh and Christian families came together for the peace assembly.")
add(O, "school", "Black History Month: Year 4 learned about Mary Seacole and Walter Tull.")
add(O, "school", "Our trans-Pennine trip to Leeds was brilliant, thanks to all the helpers.")
add(O, "school", "Harvest festival: please bring tins for the food bank to help families who are struggling.")
add(O, "school", "Well done to Jack in Year 4 for his fab gymnastics!")
add(O, "school", "The drugs education session with PC Evans was really useful for Year 6.")
add(O, "school", "Year 9 are studying Of Mice and Men, including why its racist language was used and why it hurts.")
add(O, "school", "Our headteacher had a blast at the staff vs pupils rounders match.")
add(O, "school", "Fancy dress day on Friday: come as your favourite villain!")
add(O, "school", "Congratulations to Mrs Shah on the birth of her baby girl!")
add(O, "school", "Sad news: our school hamster, Nibbles, passed away over the weekend.")
add(O, "school", "Dick King-Smith's The Hodgeheg is our class book this term!")
add(O, "school", "A huge thank you to the Rotary Club for the gift of a dictionary for every Year 3 pupil.")
add(O, "school", "Year 11 prom tickets go on sale at lunchtime - they'll go like hot cakes!")

# Staff personal accounts
add(P, "staff", "Knackered after a day of Year 9, but they were brilliant today.")
add(P, "staff", "Off to Scunthorpe for my cousin's wedding!")
add(P, "staff", "So proud of our team's inspection result - report published today!")
add(P, "staff", "Marking mountain conquered. Wine time.")

# Comments received on school accounts
add(C, "parent", "Thank you Mrs Hartley for sorting out the bus problem so quickly.")
add(C, "parent", "Is the school open tomorrow with the snow?")
add(C, "public", "Old pupil here - this school made me who I am. Bloody brilliant teachers!", [PROF])
add(C, "parent", "My son loved science week - he hasn't stopped talking about the exploding pumpkin!")
add(C, "parent", "Can someone tell me what time the nativity finishes?")
add(C, "public", "All the teachers at that school are paedos", [DEROG])

# Messages
add(M, "parent", "Thanks for the call today, we'll keep an eye on him at home.")
add(M, "pupil", "sir I left my PE kit in your classroom can I get it at lunch")
add(M, "pupil", "miss is the homework due tomorrow or friday")
add(M, "parent", "Jack's been really upset about being left out at break, could we have a chat?")
add(M, "public", "I've seen your daughter walking home alone past the park every day", [THREAT])
add(M, "parent", "Please can you remind Isla to take her reading book home tonight?")

for it in items:
    print(json.dumps(it, ensure_ascii=False))
