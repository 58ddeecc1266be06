#!/usr/bin/env python3
"""Writes fresh12.jsonl: a thirteenth fresh school set, written in session 12 before any change
that session, heavier on hints and indirect wording (what is implied rather than said), images
tagged with pupils, and staff writing about their own work, and scored once before any change.
Run from this folder:
    python3 make_fresh12_set.py > fresh12.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_fresh_set.py')).read().split('# Official posts')[0])
# Thirteenth fresh batch (session 12), written before running it.
# Official posts
add(O, "school", "Well done to Amelia and Jack for reading 100 books each this term!")
add(O, "school", "Huge congratulations to Holly Brown, our new head girl!", [FN])
add(O, "school", "Photos from sports day are up on the website - a massive well done to everyone who took part.")
add(O, "school", "Aarav in Year 6 wrote a brilliant poem about the sea, read it below.", [NP])
add(O, "school", "Year 2 are walking down to St Mary's Church right now for the harvest service.", [LL])
add(O, "school", "What a day at the farm!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Our chess club champions!", [], images=[["Jack Smith", "Will Turner"]])
add(O, "school", "Lovely to see our Year 6 footballers in action", [NP], images=[["Toby Wright", "Jack Smith"]])
add(O, "school", "Reminder: school closes at 1.30pm on Friday 19 December for the Christmas holiday.")
add(O, "school", "Our thoughts are with Mrs Shah, who is in hospital recovering from her operation.", [SC])
add(O, "school", "Any parent wishing to volunteer at the fair, please ring Mr Ellis on 07700 900456.", [PH])
add(O, "school", "Happy retirement to Mr Clegg after 32 years at Holly Grove - you will be missed!")
add(O, "school", "Star of the week: Smith, Jack (Year 4) for always being kind.", [FN])
add(O, "school", "Happy 10th birthday to Holly Brown, born 2 May 2015!", [FN, DOB])
add(O, "school", "Please do not share photos of other children from the school play on social media.")
add(O, "school", "Well done Isla (Year 2) for her fantastic handwriting!")
add(O, "school", "Our Rowan class visited the fire station today and loved trying on the helmets.")

# Staff personal accounts
add(P, "staff", "Long week. Some of the parents at my school are an absolute nightmare.", [DEROG])
add(P, "staff", "Not allowed to say much but let's just say a certain member of staff won't be back after half term 👀", [CONF])
add(P, "staff", "Holly Grove is the best school in Preston and I'm lucky to work there.", [DISCL])
add(P, "staff", "Add me on snap if you're in my tutor group and need help with revision - mrtaylor_teach", [PRIV])
add(P, "staff", "One of my pupils told me today that her dad hits her mum. Heartbreaking.", [CONF])
add(P, "staff", "Proud of my Year 3s today, they smashed their times tables test!")
add(P, "staff", "Parents, if you want to reach me outside school my email is sam.taylor1987@gmail.com", [EM, PRIV])
add(P, "staff", "Ofsted this week. We got outstanding but can't say officially till the report's out 🤫", [CONF])
add(P, "staff", "Marking 60 books tonight with a large glass of wine. Living the dream.")

# Comments received on school accounts
add(C, "parent", "Absolutely disgraceful that my son was sent home for having the wrong shoes. I'll be taking this further.", [COMP])
add(C, "parent", "Thanks Mrs Hartley and all the staff for a wonderful nativity ❤️")
add(C, "public", "That teacher Mr Clegg wants to watch his back", [THREAT])
add(C, "public", "Hope the place burns down with them all inside", [THREAT])
add(C, "public", "Who let the gypsies into the school? Lock your cars", [DISC])
add(C, "parent", "The dinner ladies there are a bunch of fat lazy cows", [DEROG])
add(C, "parent", "Is there an after school club on Wednesdays?")
add(C, "parent", "My child has been bullied for months and you've done nothing. Next stop is the local paper.", [COMP])
add(C, "public", "Muslims are ruining this country, get them out of our schools", [DISC])
add(C, "parent", "The head should be sacked. Worst school in Lancashire.", [DEROG])
add(C, "parent", "Mrs Hartley is a lying witch and everyone knows it", [DEROG])
add(C, "parent", "Brilliant result for the netball team, well played girls!")

# Messages
add(M, "pupil", "sir im scared to go home tonight, my mums boyfriend said hed hurt me", [CONF])
add(M, "public", "You're so pretty, I could make you a model. Just send me a few photos first, nothing too much 😉", [GR])
add(M, "public", "Want to make £200 this weekend? Just need you to drop off a parcel, no questions asked", [EXP])
add(M, "pupil", "ive been cutting again, please dont tell my mum", [SH])
add(M, "parent", "Please can you let me know if Jack's reading book has been changed?")
add(M, "public", "Delete your account or I'll make sure everyone sees those pics", [THREAT])
add(M, "pupil", "ur so ugly no wonder ur dad left", [BULLY])
add(M, "staff", "Text me on 07712 345678 if you need anything over the holidays x", [PH, PRIV])
add(M, "public", "The kuffar teachers are poisoning your minds. Real muslims fight back. DM me.", [RAD])
add(M, "pupil", "my brothers mates keep giving me weed to sell at school", [EXP])
add(M, "parent", "Hi Miss, Amelia's date of birth is 14/03/2015 for the trip form", [DOB])
add(M, "public", "I know where you live. 14 Meadow Close. Sleep well.", [THREAT, AD])
add(M, "pupil", "my mate sent nudes to a lad and now the whole year has them", [SEX])
add(M, "parent", "Thank you for all your help with Olly this year, he's loved being in your class.")

for d in items:
    print(json.dumps(d, ensure_ascii=False))
