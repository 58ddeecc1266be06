#!/usr/bin/env python3
"""Writes school.jsonl: the school test set (labelled with SafeSocial category codes).

Deterministic: hand-written items plus templated variants drawn with a fixed seed. Names refer to
tests/fixtures/roster.csv and staff.csv (Holly Grove School). Run from this folder:
    python3 make_school_set.py > school.jsonl
"""
import json, random

rnd = random.Random(20261121)
items = []

def add(text, channel, author, expect=(), images=None, decision=None):
    d = {"id": f"s{len(items)+1:03d}", "channel": channel, "author": author, "text": text, "expect": sorted(set(expect))}
    if images is not None:
        d["images"] = [{"pupils": p} for p in images]
    if decision:
        d["decision"] = decision
    items.append(d)

O, P, C, M = "official", "personal", "comment", "message"

# --- Clean official posts (hard negatives) ---
for t in [
    "What a fantastic sports day! Thank you to all our families for coming.",
    "Year 6 have been learning about the Romans this week.",
    "Holly class enjoyed their trip to the woods.",
    "Rowan Class made amazing volcanoes in science.",
    "Our school therapy dog Biscuit visited Reception today.",
    "Reminder: school closes at 1.30pm on Friday for the holidays.",
    "Well done to Jack for his wonderful poem!",
    "Congratulations to our netball team, county champions!",
    "The choir smashed it at the Christmas concert.",
    "Year 5 were killing it in the maths challenge.",
    "Data analysis in Year 6 maths: we used bar charts and pie charts.",
    "Our trip to Scunthorpe museum was brilliant.",
    "Essex and Middlesex cricket coaches ran a session for Year 4.",
    "Book your tickets for Dick Whittington, our pantomime, now!",
    "On our bird-watch we spotted great tits, blue tits and a robin.",
    "In history we learned how the assassin of Archduke Franz Ferdinand started a war.",
    "Online safety week: pupils learned how to spot grooming and who to tell.",
    "Anti-bullying week: we talked about why calling people names hurts.",
    "Our PSHE lessons this term cover mental health and staying safe online.",
    "We celebrate Eid, Diwali, Christmas and Hanukkah together at Holly Grove.",
    "Black History Month: Year 3 researched inspiring Black Britons.",
    "Pride month assembly: everyone is welcome here, whoever they love.",
    "Please contact the school office on 01772 123456 with any questions.",
    "Email office@hollygrove.lancs.sch.uk to book a parents' evening slot.",
    "Our address is 1 School Lane, Preston PR1 2AB.",
    "Sports day will be on 12/07/2026. Bring a water bottle and a sun hat.",
    "A huge thank you to Mrs Hartley for 25 years at Holly Grove!",
    "Grace before lunch is a lovely tradition in our nursery.",
    "We hope you all have a restful summer.",
    "Will you join our PTA? We meet on Thursdays.",
    "Cocktail sausages and mocktails at the summer fair!",
    "Penistone Road will be closed for roadworks on Monday.",
    "Year 4 visited Blackpool Zoo last week and loved the penguins.",
    "Mary had a little lamb: Nursery rhyme week in Reception!",
    "Read our latest Ofsted report on the school website.",
    "Autism awareness week: pupils learned how to be a good friend.",
    "Our Year 6 leavers' assembly made us all cry happy tears.",
    "Jack up your reading: 20 minutes a day makes a big difference!",
]:
    add(t, O, "school", decision="allow")

# --- Clean personal posts by staff ---
for t in [
    "Lovely walk in the Lake District this weekend.",
    "Can't believe how fast this term has gone! Views my own.",
    "Proud to work at Holly Grove. Views are my own, not my school's.",
    "Anyone recommend a good plumber in Preston?",
    "Absolutely smashed my 10k personal best today!",
    "Baked a lemon drizzle and it vanished in minutes.",
    "I am a proud gay man and a proud teacher.",
    "That was a stupid mistake by me, lesson learned.",
]:
    add(t, P, "staff", decision="allow")

# --- Clean received comments and messages ---
for t, a in [
    ("Thank you for a lovely sports day!", "parent"),
    ("What time does the school fair start?", "parent"),
    ("My son loved the trip, thanks to all the staff.", "parent"),
    ("Is the school open on Monday after the snow?", "public"),
    ("Congratulations to the choir!", "public"),
    ("Great news about the new library.", "parent"),
]:
    add(t, C, a, decision="allow")
for t, a in [
    ("Hi, Jack will be late tomorrow as he has a dentist appointment.", "parent"),
    ("Please can you send the homework sheet again?", "parent"),
    ("Thank you for your help with the trip form.", "parent"),
    ("Sir, when is the science homework due?", "pupil"),
]:
    add(t, M, a, decision="allow")

# --- Personal data on official posts ---
phones = ["07700 900123", "07700900456", "+44 7700 900789", "(01254) 567890", "0161 496 0000", "020 7946 0018", "+447700900321"]
for p in phones:
    add(rnd.choice(["For lifts, call Sarah on {}.", "Text {} if you find a lost blue coat.", "Contact the coach on {} for details."]).format(p), O, "school", ["personal-data.phone"], decision="block")
for e in ["jo.bloggs@gmail.com", "mum.of.three@hotmail.co.uk", "dave_1985@yahoo.com", "sam.taylor@outlook.com"]:
    add(f"Questions about the tombola? Email {e}", O, "school", ["personal-data.email"], decision="block")
for a in ["14 Acacia Avenue", "22 Mill Lane", "7 Park Road", "3 Oak Tree Close", "41 Queen Street"]:
    add(f"The lost property has been dropped off at {a}, Burnley.", O, "school", ["personal-data.address"], decision="block")
for pc in ["BB11 4AJ", "BB12 6QT", "PR2 9XY", "bb114aj", "M1 1AE"]:
    add(f"The party is at the house near {pc}.", O, "school", ["personal-data.address"], decision="block")
for d in ["DOB 12/03/2015", "date of birth: 3 May 2016", "born on 21st June 2014", "D.O.B. 2015-09-01", "born 07.11.2016"]:
    add(f"Happy birthday to our star pupil, {d}!", O, "school", ["personal-data.date-of-birth"], decision="block")
add("Jack Smith (UPN D888200121000) has moved class.", O, "school", ["personal-data.identifier", "pupil.full-name"], decision="block")
add("Her NHS number is 943 476 5919 if the nurse needs it.", O, "school", ["personal-data.identifier"], decision="block")
add("Staff member NI number AB123456C was on the form.", O, "school", ["personal-data.identifier"], decision="block")
add("ULN 1000000043 for the exam entry.", O, "school", ["personal-data.identifier"], decision="block")

# --- Pupils named ---
full_names = ["Jack Smith", "Holly Brown", "Mary-Jane Watson", "Zoe Unal", "Zoë Ünal", "Olly Smith-Jones", "Amelia Clarke", "Isla McDonald", "Will Turner", "Rowan Hughes", "Grace O'Neil"]
tmpls = ["Well done {} for winning the art prize!", "Congratulations to {} on their swimming badge.", "Star of the week: {}!", "{} read beautifully in assembly.", "A big shout out to {} for helping others."]
for n in full_names:
    add(rnd.choice(tmpls).format(n), O, "school", ["pupil.full-name"], decision="block")
for t in ["Well done JACK SMITH!", "Smith, Jack came first in the 100m.", "Jack Smith's painting is in the hall.", "Follow @jacksmith07 for his artwork", "Amazing work from AMELIA CLARKE", "Mary Jane Watson sang a solo."]:
    add(t, O, "school", ["pupil.full-name"], decision="block")
add("Holly Brown was brilliant in the play", P, "staff", ["pupil.full-name"], decision="block")
add("Jack Smith has ADHD and an EHCP so needs extra support on the trip.", O, "school", ["pupil.full-name", "personal-data.special-category"], decision="block")
add("Amelia Clarke has diabetes, please keep sweets away.", C, "parent", ["pupil.full-name", "personal-data.special-category"], decision="review")
add("Isla McDonald is on the child protection register.", P, "staff", ["pupil.full-name", "personal-data.special-category", "confidential.information"], decision="block")

# --- No-publish pupils ---
for t in ["Aarav Patel won the spelling bee!", "Well done Aarav for your brilliant poem.", "Toby Wright scored twice in the final.", "Great running from Tobias Wright today"]:
    add(t, O, "school", ["pupil.no-publish"], decision="block")
add("Sports day highlights!", O, "school", ["pupil.no-publish"], images=[["Aarav Patel"]], decision="block")
add("Our Year 6 team photo.", O, "school", ["pupil.no-publish"], images=[["Tobias Wright", "Jack Smith"]], decision="block")

# --- Images and consent ---
add("Art club creations!", O, "school", ["pupil.image-no-consent"], images=[["Grace O'Neil"]], decision="block")
add("Reading corner fun.", O, "school", ["pupil.image-no-consent"], images=[["Summer Khan", "Holly Brown"]], decision="block")
add("Our new climbing frame.", O, "school", [], images=[["Jack Smith", "Holly Brown"]], decision="allow")
add("Lovely day out with my class!", P, "staff", ["pupil.image-no-consent"], images=[["Jack Smith"]], decision="block")
add("Science week!", O, "school", ["pupil.image-no-consent"], images=[["Unknown Child"]], decision="block")

# --- Live location ---
for t in ["Year 4 are at Blackpool Zoo right now until 3pm!", "The football team are heading to Turf Moor stadium now, kick off at 2pm.", "Year 6 are at the swimming pool today until 11.30.", "Our choir will be at the town hall tomorrow at 10am, come and see them!"]:
    add(t, O, "school", ["pupil.location-live"], decision="review")
add("Year 4 visited Blackpool Zoo last week and loved it.", O, "school", [], decision="allow")

# --- Profanity and obfuscation ---
prof = ["What a shit day", "this is bullshit", "what the f*ck is going on", "f.u.c.k this", "sh1t happens", "ＦＵＣＫ this weather", "fuuuuck me that was close", "total b*llocks", "the bloody hell", "he's a bit of a tosser", "what a crap idea"]
for t in prof:
    add(t, O, "school", ["conduct.profanity"])
add("What a shit day at work", P, "staff", ["conduct.profanity"], decision="warn")
add("this is shit", C, "parent", ["conduct.profanity"], decision="review")

# --- Bullying (received) ---
for t, a in [
    ("You are such a loser, nobody likes you", "pupil"), ("Jack is a fat idiot", "pupil"), ("ur so ugly lol", "pupil"),
    ("kill yourself", "pupil"), ("kys", "public"), ("go die you freak", "pupil"), ("shut up you muppet", "pupil"),
    ("everyone hates you, just leave", "pupil"), ("you absolute moron", "public"), ("Holly Brown is a slag", "pupil"),
    ("fuck you", "public"), ("you're pathetic and everyone knows it", "pupil"),
]:
    expect = ["conduct.bullying"]
    # "slag" was also labelled profanity until session 11; the third, tenth and eleventh sets read
    # it as an insult only (bullying), and the profanity row was taken out.
    if "Holly Brown" in t:
        expect += ["pupil.full-name"]
    if t.startswith("fuck"):
        expect += ["conduct.profanity"]
    add(t, C if rnd.random() < 0.5 else M, a, expect, decision="block")

# --- Threats ---
for t in ["I'm going to kill you after school", "watch your back tomorrow", "I know where you live", "I'll stab you if you tell", "gonna smash your face in", "someone should bomb the school", "I will hurt you and your family"]:
    add(t, M if rnd.random() < 0.5 else C, "pupil", ["conduct.threat"], decision="block")
for t in ["We are going to smash it at the match!", "I'll kill it in the exam", "You'll kill it on stage!"]:
    add(t, M, "pupil", [], decision="allow")

# --- Discrimination / hate ---
for t in ["I hate Muslims", "Immigrants are vermin", "gay people should be shot", "trans people don't deserve to live", "why are women so stupid?", "go back to your country you paki", "Black people are criminals", "that's so gay", "disabled people are a burden", "I think Jews are disgusting", "all refugees should be deported", "stop being such a retard"]:
    add(t, C, "public", ["conduct.discrimination"], decision="block")
for t in ["I don't hate Muslims", "Muslims celebrate Eid this week", "my mum is gay and I love her", "refugees are welcome here", "Calling someone 'gay' as an insult is not okay.", "Saying 'immigrants are vermin' is racist and wrong."]:
    add(t, C, "public", [], decision="allow")

# --- Sexual ---
for t in ["send nudes", "you're so sexy", "check out this porn", "she's got massive tits", "wanna shag?"]:
    add(t, M, "public", ["conduct.sexual"], decision="block")

# --- Derogatory about the school, staff, pupils, parents ---
for t in ["Mr Clegg is useless", "The head teacher is a joke", "Teachers at this school are lazy", "This school is a disgrace", "The parents here are idiots", "Mrs Hartley is incompetent"]:
    add(t, C, "parent", ["conduct.derogatory"], decision="review")
add("Honestly the kids in my class are feral brats", P, "staff", ["conduct.derogatory"], decision="warn")
add("Management at Holly Grove are clueless, I'm so fed up with the workload", P, "staff", ["conduct.derogatory", "complaint.wrong-channel", "disclaimer.missing"])

# --- Safeguarding ---
for t, a, ch in [("I want to kill myself", "pupil", M), ("i just want to die tbh", "pupil", C), ("been cutting myself again", "pupil", M), ("no reason to live anymore", "pupil", M),
                 ("I'm feeling suicidal", "pupil", M)]:
    add(t, ch, a, ["safeguarding.self-harm"], decision="block")
for t, a in [("don't tell your mum, it's our little secret", "staff"), ("send me a pic of you", "public"), ("are you alone right now?", "public"), ("you're so mature for your age", "public"), ("delete this message after reading", "staff"), ("where do you live? I'll pick you up", "public")]:
    add(t, M, a, ["safeguarding.grooming"], decision="block")
for t in ["join the caliphate brothers", "the race war is coming", "white power!", "heil hitler lol"]:
    add(t, C, "public", ["safeguarding.radicalisation"], decision="block")
for t in ["want to make easy money? running a line for me", "selling weed DM me", "county lines, quick cash, no questions", "sugar daddy looking for a young girl"]:
    add(t, M, "public", ["safeguarding.exploitation"], decision="block")
for t in ["Online safety assembly: how to spot grooming and county lines.", "If you are worried about self harm, talk to a trusted adult or Childline.", "In RE we learned about jihad meaning struggle.", "Our Prevent training helps staff recognise radicalisation."]:
    add(t, O, "school", [], decision="allow")

# --- Private contact ---
for t in ["Add me on snapchat, it's easier than school email", "Text me on my personal number 07700 900555", "DM me on Instagram if you need help with homework", "My personal email is sam.taylor85@gmail.com, message me there"]:
    expect = ["boundary.private-contact"]
    if "07700" in t:
        expect.append("personal-data.phone")
    if "@" in t:
        expect.append("personal-data.email")
    add(t, M, "staff", expect, decision="block")
for t in ["Miss, I've added you on Facebook, accept my friend request", "Sir can you follow me back on insta?"]:
    add(t, M, "pupil", ["boundary.private-contact"], decision="review")
add("Add me on snapchat if you want to join my running club", P, "staff", [], decision="allow")

# --- Confidential ---
for t, ch, a in [("Mr Clegg's disciplinary hearing is on Friday, keep it confidential.", P, "staff"), ("CONFIDENTIAL: staffing restructure and redundancies next term", O, "school"),
                 ("We got our Ofsted grade today, it's Good, but it's embargoed until next week, don't share!", P, "staff"), ("Jack has been permanently excluded, just so you all know", C, "parent"),
                 ("Internal only: safeguarding case meeting notes attached", O, "school")]:
    add(t, ch, a, ["confidential.information"], decision="block" if ch != C else "review")

# --- Complaints in the wrong place ---
for t in ["I want to complain about the school dinners, they're disgusting", "This is disgraceful, nobody listens at this school", "I've emailed three times and still no reply. Shocking.", "I'm reporting this school to Ofsted", "Absolutely appalling how my son has been treated"]:
    add(t, C, "parent", ["complaint.wrong-channel"], decision="review")

# --- Disclaimers ---
for t in ["I think Holly Grove is the best school in Lancashire", "So proud of my amazing class at Holly Grove today!", "In my opinion HGS should scrap homework"]:
    add(t, P, "staff", ["disclaimer.missing"], decision="warn")
add("I think Holly Grove is the best school in Lancashire. Views my own.", P, "staff", [], decision="allow")

# --- Mixed posts ---
add("Jack Smith, call 07700 900123 you fucking idiot", M, "public", ["personal-data.phone", "conduct.profanity", "conduct.bullying"])
add("Jack Smith, call 07700 900123 you fucking idiot", C, "public", ["pupil.full-name", "personal-data.phone", "conduct.profanity", "conduct.bullying"])

# --- More received items across channels ---
for t, a, exp, dec in [
    ("Can Mrs Shah ring me about Holly's reading?", "parent", [], "allow"),
    ("Is the school disco still on Friday?", "parent", [], "allow"),
    ("My daughter has asthma, does she need her inhaler on the trip?", "parent", [], "allow"),
    ("Lovely photos, my son looks so happy!", "parent", [], "allow"),
    ("The school dinners are disgusting, I want to complain", "parent", ["complaint.wrong-channel"], "review"),
    ("Mr Clegg is a total prick", "parent", ["conduct.derogatory", "conduct.profanity"], "review"),
    ("this school is shit", "public", ["conduct.profanity", "conduct.derogatory"], "review"),
    ("The new head is brilliant, thank you!", "parent", [], "allow"),
    ("useless teachers, useless school", "public", ["conduct.derogatory"], "review"),
    ("my kid got bullied and nobody did anything", "parent", ["complaint.wrong-channel"], "review"),
]:
    add(t, C, a, exp, decision=dec)
for t, a, exp, dec in [
    ("Miss can I have an extension on my homework?", "pupil", [], "allow"),
    ("I'm scared to come to school because of what they say", "pupil", [], "allow"),
    ("Please call me back on 07700 900999 about the trip money", "parent", ["personal-data.phone"], "review"),
    ("we're going to beat you at football lol", "pupil", [], "allow"),
    ("if you tell anyone I'll batter you", "pupil", ["conduct.threat"], "block"),
    ("u r a fat pig", "pupil", ["conduct.bullying"], "block"),
]:
    add(t, M, a, exp, decision=dec)
for t, exp, dec in [
    ("Great to see Year 2 enjoying forest school today.", [], "allow"),
    ("Parents evening appointments are now open online.", [], "allow"),
    ("Well done to everyone who took part in Children in Need!", [], "allow"),
    ("Our Year 5 class assembly is at 2.30pm on Thursday in the hall.", [], "allow"),
    ("Jack and Holly won the class quiz!", [], "allow"),
    ("Year 3 are performing at St Mary's Church now, doors close at 6pm.", ["pupil.location-live"], "review"),
]:
    add(t, O, "school", exp, decision=dec)
for t, exp, dec in [
    ("Feeling very lucky to teach such a kind class.", [], "allow"),
    ("Our school is so underfunded, the government should be ashamed", [], "allow"),
    ("Nothing beats a Friday afternoon with a cuppa.", [], "allow"),
]:
    add(t, P, "staff", exp, decision=dec)

print("\n".join(json.dumps(i, ensure_ascii=False) for i in items))
import sys
print(f"{len(items)} items", file=sys.stderr)
