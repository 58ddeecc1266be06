#!/usr/bin/env python3
"""Writes fresh.jsonl: a second school test set, written in session 4 after the engine existed and
before looking at its lexicons, to measure how the engine does on phrasing it was not built from.

Names refer to tests/fixtures/roster.csv and staff.csv (Holly Grove School). Run from this folder:
    python3 make_fresh_set.py > fresh.jsonl
"""
import json
O, P, C, M = "official", "personal", "comment", "message"
items = []
def add(ch, au, text, expect=(), images=None):
    d = {"id": f"f{len(items)+1:03d}", "channel": ch, "author": au, "text": text, "expect": sorted(set(expect))}
    if images is not None:
        d["images"] = [{"pupils": p} for p in images]
    items.append(d)
FN, NP, LL, IMG = "pupil.full-name", "pupil.no-publish", "pupil.location-live", "pupil.image-no-consent"
PH, EM, AD, DOB, ID, SC = ("personal-data.phone", "personal-data.email", "personal-data.address",
    "personal-data.date-of-birth", "personal-data.identifier", "personal-data.special-category")
PROF, DISC, BULLY, THREAT, SEX, DEROG = ("conduct.profanity", "conduct.discrimination", "conduct.bullying",
    "conduct.threat", "conduct.sexual", "conduct.derogatory")
SH, GR, RAD, EXP = "safeguarding.self-harm", "safeguarding.grooming", "safeguarding.radicalisation", "safeguarding.exploitation"
PRIV, CONF, COMP, DISCL = "boundary.private-contact", "confidential.information", "complaint.wrong-channel", "disclaimer.missing"

# Official posts
add(O, "school", "Huge well done to Amelia Clarke in Year 6 for winning the county cross-country!", [FN])
add(O, "school", "Tobias has been picked for the district football squad - well done Toby!", [NP])
add(O, "school", "Year 3 are off to Martin Mere today and will be back at school by 3.15pm.", [LL])
add(O, "school", "Our Year 6 residential group are at Robinwood until Friday afternoon.", [LL])
add(O, "school", "Please remember PE kits on Wednesday.")
add(O, "school", "Harvest festival donations go to the Preston food bank - thank you!")
add(O, "school", "Reception enjoyed their first Forest School session in the rain!")
add(O, "school", "Year 2 met the Cockermouth mountain rescue team and their search dog.")
add(O, "school", "Grace and Summer read beautifully in assembly this morning.")
add(O, "school", "Well done Isla McDonald and Rowan Hughes, our new school councillors.", [FN])
add(O, "school", "Congratulations to the Year 5 pupils who played in the Lancashire Schools Chess Championship.")
add(O, "school", "Watch the video of Aarav's amazing dance routine!", [NP])
add(O, "school", "Children with allergies: please let us know before the cooking workshop.")
add(O, "school", "Amelia in Year 6 has type 1 diabetes, so please don't send sweets into her class.", [SC])
add(O, "school", "The team bus leaves the car park at 8am tomorrow and the match kicks off at 10am at Deepdale.", [LL])
add(O, "school", "Ofsted have rated us Outstanding! The report isn't published until next month, so keep it quiet for now.", [CONF])
add(O, "school", "Year 6 analysed Macbeth this week, including the assassination of King Duncan.")
add(O, "school", "Our cross-country runners are absolutely killing it this season!")
add(O, "school", "Year 4 loved rock pooling on our trip to the Sussex coast.")
add(O, "school", "Our Year 5 gymnasts brought home gold from the Scunthorpe regional finals.")
add(O, "school", "Today Year 6 learned what to do if someone online asks them to keep a secret or send photos.")
add(O, "school", "In PSHE we talked about drugs, county lines and how gangs try to recruit young people.")
add(O, "school", "Staff completed their Prevent training today on spotting signs of radicalisation.")
add(O, "school", "Mental Health Awareness Week: it's OK to talk about self-harm and to ask for help.")
add(O, "school", "Well done to Smith, Jack (Year 4) for winning the spelling bee.", [FN])
add(O, "school", "Zoe Unal won the poetry prize with a poem about her grandma.", [FN])
add(O, "school", "Olly Smith-Jones scored the winning goal in the cup final!", [FN])
add(O, "school", "Rowan class and Holly class are swapping reading books on Friday.")
add(O, "school", "Will Turner's painting is now hanging in the school hall.", [FN])
add(O, "school", "We will turn the hall into a cinema for film night on Friday.")
add(O, "school", "Well done to Jack in Year 4 for his super reading.")
add(O, "school", "Our open evening is on 14/10/2026 from 5pm to 7pm.")
add(O, "school", "Isla (DOB 03/04/2018) has joined our Reception class.", [DOB])
add(O, "school", "Mary-Jane Watson's birthday is 21st March 2017 - happy birthday!", [FN, DOB])
add(O, "school", "Lost property: a blue coat belonging to Oliver. Please ring his mum on 07911 123456.", [PH])
add(O, "school", "Email our bursar at j.harris@hollygrove.lancs.sch.uk with any payment questions.")
add(O, "school", "Fun in the sun at sports day!", [IMG], images=[["Summer Khan"]])
add(O, "school", "Look at this brilliant castle model!", [], images=[["Jack Smith"]])
add(O, "school", "Our new reading corner is open!", [NP], images=[["Tobias Wright"]])
add(O, "school", "Year 6 visited Blackpool Tower last Friday and loved the ballroom.")
add(O, "school", "Please keep Mary-Jane in your thoughts while she has her chemotherapy.", [SC])
add(O, "school", "A big thank you to Mrs Shah, our Designated Safeguarding Lead, for the parent workshop.")
add(O, "school", "We celebrated Diwali with dancing, sweets and lots of colourful lights.")
add(O, "school", "Our Year 1 class are at Preston Park right now and back for lunch at 12.", [LL])
add(O, "school", "Robins and great tits are nesting in our school garden boxes again.")

# Staff personal accounts
add(P, "staff", "Absolutely shattered after parents' evening. Some of these parents are a total nightmare.", [DEROG])
add(P, "staff", "Can't believe what we put up with at Holly Grove, the head is completely useless.", [DEROG, DISCL])
add(P, "staff", "Proud to work at Holly Grove School! Great Christmas fair today. Views my own.")
add(P, "staff", "Lovely evening at the pub with old friends.")
add(P, "staff", "Any of my Year 6 class who want help with revision can message me on Snapchat: misst_88", [PRIV])
add(P, "staff", "Brilliant match today, we absolutely smashed it 5-0.")
add(P, "staff", "Bloody hell, Monday again.", [PROF])
add(P, "staff", "Another teacher at our school has been suspended for gross misconduct, can't say who.", [CONF])
add(P, "staff", "Just found out one of the Year 5 kids is being permanently excluded next week.", [CONF])
# An internal grievance aired on a personal account is also the wrong channel (label revised after the first run).
add(P, "staff", "Holly Grove teachers are overworked and underpaid and the governors could not care less.", [DISCL, COMP])
add(P, "staff", "I think Holly Grove's new behaviour policy is far too strict.", [DISCL])
add(P, "staff", "I think Holly Grove's new behaviour policy is far too strict. Views are my own.")
add(P, "staff", "At Blackpool Tower with 30 Year 4s until 2pm, wish me luck!", [LL])
add(P, "staff", "Strictly between us, the deputy head is under investigation.", [CONF])
add(P, "staff", "Shitake mushroom risotto for tea tonight, yum.")
add(P, "staff", "Sports day selfie with my class!", [IMG], images=[["Holly Brown"]])
add(P, "staff", "Rowan Hughes's EHCP review went really well today.", [FN, SC])
add(P, "staff", "Got my new NI number letter: AB 12 34 56 C. Finally!", [ID])
add(P, "staff", "Pupils who need me over the holidays can text my personal mobile, 07700 900456.", [PRIV, PH])
add(P, "staff", "What a day. Jack Smith in my class is a proper little shit.", [FN, PROF, DEROG])

# Comments received on school accounts
add(C, "parent", "Why has nobody from the school replied to my email about the bullying? Disgraceful.", [COMP])
add(C, "parent", "Mr Clegg is a useless teacher and should be sacked.", [DEROG])
add(C, "public", "You are a fat ugly loser and everyone hates you.", [BULLY])
add(C, "public", "I know where you live and I'll be waiting for you after school.", [THREAT])
add(C, "parent", "Great photos, thank you for sharing!")
add(C, "parent", "What time does the summer fair start?")
add(C, "public", "Fucking joke of a school.", [PROF, DEROG])
add(C, "public", "All immigrants should go back where they came from.", [DISC])
add(C, "parent", "Lovely to see a school that welcomes Muslim, Jewish and Christian families alike.")
add(C, "parent", "Does anyone know if school is closed tomorrow because of the snow?")
add(C, "parent", "My address is 14 Fishergate Hill, Preston PR1 8JD if anyone finds my son's bike.", [AD])
add(C, "parent", "Contact me at sarah.jones1984@hotmail.co.uk about the uniform sale.", [EM])
add(C, "public", "this school is sh1te", [PROF, DEROG])
add(C, "public", "f.u.c.k.i.n.g useless teachers", [PROF, DEROG])
add(C, "public", "What a b!tch that receptionist is.", [PROF, DEROG])
add(C, "public", "Ｓｈｉｔ school with ｓｈｉｔ teachers", [PROF, DEROG])
add(C, "public", "Disabled kids shouldn't be in mainstream schools.", [DISC])
add(C, "parent", "Someone called my daughter a 'slag' at the bus stop and that is not acceptable.")
add(C, "public", "Someone should punch that teacher in the face.", [THREAT])
add(C, "public", "Hope the head gets run over on the way home.", [THREAT])
add(C, "parent", "The dinner lady is a fat cow.", [DEROG])
add(C, "public", "The new PE teacher is well fit, I'd love to shag her.", [SEX])
add(C, "parent", "I've complained three times about my son's teacher and nothing has been done. Absolute joke.", [COMP])
add(C, "public", "Join the fight for a pure white Britain. Message us.", [RAD, DISC])
add(C, "public", "@hollybrown2015 looked amazing in the play!", [FN])
add(C, "parent", "Well done to all the children, what a brilliant nativity.")
add(C, "public", "Blue tits and great tits on the bird feeder - lovely photo!")

# Messages
add(M, "pupil", "Miss can I add you on Instagram?", [PRIV])
add(M, "pupil", "I don't want to be here anymore. I've been cutting myself again.", [SH])
add(M, "public", "You're really mature for your age. Don't tell your parents we talk, ok?", [GR])
add(M, "public", "I can get you weed and you can earn 50 quid a day running packages for us.", [EXP])
add(M, "pupil", "My brother keeps showing me videos saying we have to fight the non-believers.", [RAD])
add(M, "pupil", "Thanks for the homework help sir.")
add(M, "public", "Can you send me a pic of you in your swimsuit? It'll be our little secret.", [GR])
add(M, "staff", "Meet me after school by the shops, and don't tell anyone.", [GR])
add(M, "public", "Easy money, just drop off a few packages for me after school.", [EXP])
add(M, "pupil", "I took a load of pills last night, I just want it all to stop.", [SH])
add(M, "pupil", "I've been thinking about ending it all.", [SH])
add(M, "pupil", "nobody likes you, you smelly freak, go away", [BULLY])
add(M, "staff", "His UPN is D888200121000 for the transfer form.", [ID])
add(M, "parent", "Can we have a meeting about Summer's reading next week?")
add(M, "pupil", "Sir you're the best teacher ever!")
for d in items:
    print(json.dumps(d, ensure_ascii=False))
