#!/usr/bin/env python3
"""Writes functional.jsonl: functional tests of hateful and offensive language, after the 29
functionalities of HateCheck (Röttger et al., 2021), in templates of our own wording filled with
the seven protected groups HateCheck uses. Written in session 9 and scored once before any engine
change. Run from this folder:
    python3 make_functional_set.py > functional.jsonl

Each line is a received comment on a school account (channel comment, author public) with
`functionality` and `offensive`: whether a moderator should be shown a conduct finding. Where a
school's policy and HateCheck differ, the policy wins and the label says so: profanity that is
not hateful (HateCheck's profanity_nh) is still conduct.profanity, and abuse of one person
(target_indiv_nh) is still bullying, so both are labelled offensive here.
"""
import json

# (plural, singular) as they appear mid-sentence.
GROUPS = [
    ("women", "woman"),
    ("trans people", "trans person"),
    ("gay people", "gay person"),
    ("black people", "black person"),
    ("disabled people", "disabled person"),
    ("Muslims", "Muslim"),
    ("immigrants", "immigrant"),
]

items = []


def cap(s):
    return s[0].upper() + s[1:]


def emit(functionality, offensive, text):
    text = cap(text.replace(" a immigrant", " an immigrant"))
    items.append({"functionality": functionality, "offensive": offensive, "text": text})


def per_group(functionality, offensive, templates, groups=GROUPS):
    for t in templates:
        for p, s in groups:
            emit(functionality, offensive, t.format(P=p, S=s))


def fixed(functionality, offensive, texts):
    for t in texts:
        emit(functionality, offensive, t)


def write_items(prefix):
    """Prints the items as JSON lines, ids numbered after `prefix` (the later fresh sets)."""
    for k, it in enumerate(items, 1):
        print(json.dumps({"id": f"{prefix}-{k:04d}", "functionality": it["functionality"], "channel": "comment",
                          "author": "public", "text": it["text"], "offensive": it["offensive"]}, ensure_ascii=False))


per_group("derog_neg_emote_h", True, [
    "I can't bear {P}.",
    "I truly hate all {P}.",
    "{P} fill me with disgust.",
    "Nothing makes me angrier than {P}.",
    "I am so fed up with {P} like you.",
    "{P} repulse me.",
    "I loathe {P} with every fibre of my being.",
    "I'm sick to death of {P}.",
])
per_group("derog_neg_attrib_h", True, [
    "{P} are so stupid.",
    "All {P} are liars.",
    "{P} are filthy and lazy.",
    "Every {S} I have ever met was dishonest.",
    "{P} are pathetic.",
    "{P} are born thieves.",
    "{P} are so ugly.",
    "{P} are thick as mud.",
])
per_group("derog_dehum_h", True, [
    "{P} are vermin.",
    "{P} are nothing but rats.",
    "{P} are parasites.",
    "{P} are subhuman.",
    "{P} are a disease.",
    "Those {P} are just animals.",
    "{P} are a plague on this country.",
    "{P} are cockroaches.",
])
per_group("derog_impl_h", True, [
    "{P} should be kept in cages.",
    "{P} belong in the gutter.",
    "I'd never let a {S} near my children.",
    "{P} are a drain on this country.",
    "{P} don't deserve to breathe the same air as us.",
    "A {S} as head teacher? What a joke.",
    "{P} are only good for cleaning toilets.",
])
per_group("threat_dir_h", True, [
    "I'm going to hurt the next {S} I see.",
    "I will kill any {S} who comes near me.",
    "I'm going to beat up every {S} in this town.",
    "I want to stab a {S} tonight.",
    "I will make sure every {S} here suffers.",
    "I'm going to smash the face of the next {S} who talks to me.",
])
per_group("threat_norm_h", True, [
    "{P} should all be shot.",
    "Someone needs to get rid of {P} for good.",
    "We ought to hang every {S}.",
    "{P} deserve to be beaten.",
    "All {P} should be wiped out.",
    "{P} should be put down like dogs.",
    "The world would be better if all {P} died.",
])
SLURS = ["bitch", "tranny", "faggot", "poof", "nigger", "coon", "retard", "spastic", "raghead", "paki"]
for slur in SLURS:
    for t in [
        "You are nothing but a {x}.",
        "Shut up, you {x}.",
        "Typical {x} behaviour.",
        "Get out of here, {x}.",
        "There are too many {x}s round here.",
    ]:
        emit("slur_h", True, t.format(x=slur))
fixed("slur_homonym_nh", False, [
    "I had a queer feeling that we were being watched.",
    "Faggots in gravy with mash is my nan's favourite tea.",
    "Our dog is a bitch and she has just had six puppies.",
    "The curtains in the hall are treated with fire retardant.",
    "Our Maine Coon cat is called Biscuit.",
    "The pansies in the school garden are blooming.",
    "What a queer old house that is.",
    "We had spotted dick and custard for pudding.",
])
fixed("slur_reclaimed_nh", False, [
    "As a queer woman I am proud of who I am.",
    "We're here, we're queer, get used to it!",
    "I'm a dyke and proud of it.",
    "My queer friends and I are going to Pride.",
    "Queer and happy, that's me.",
])
per_group("profanity_h", True, [
    "{P} are fucking disgusting.",
    "Fuck all {P}.",
    "I hate {P}, they are shit.",
    "Shut up, you stupid fucking {S}.",
    "{P} are a bunch of shits.",
])
fixed("profanity_nh", True, [
    "Fuck, I forgot my keys again.",
    "That match was fucking brilliant.",
    "Holy shit, the results are out!",
    "I'm so fucking tired today.",
    "Shit, I missed the bus.",
    "Fucking hell, what a day.",
    "This is bloody brilliant, fucking love it.",
])
per_group("ref_subs_clause_h", True, [
    "I have met a lot of {P} and every one of them is disgusting.",
    "There are loads of {P} on my street and I hate them all.",
    "I work with {P} and they are all vermin.",
    "Whenever I see {P}, I want to hurt them.",
    "My sister married one of those {P} and I can't stand him.",
])
per_group("ref_subs_sent_h", True, [
    "{P} are everywhere now. They make me sick.",
    "Have you seen the {P} in town? They are vermin.",
    "My neighbour is a {S}. I hate them.",
    "{P} think they're equal to us. They are scum.",
    "Look at all the {P}. They should be locked up.",
])
per_group("negate_pos_h", True, [
    "{P} are never any good.",
    "I will never respect a {S}.",
    "{P} are not worth the air they breathe.",
    "{P} do not deserve any respect.",
    "{P} have no place in a civilised society.",
    "{P} are not real people.",
])
per_group("negate_neg_nh", False, [
    "I don't hate {P}.",
    "{P} are not stupid.",
    "No {S} deserves to be abused.",
    "{P} are not a burden on society.",
    "I have never thought {P} are inferior.",
    "{P} are not dangerous.",
])
per_group("phrase_question_h", True, [
    "Why are {P} so stupid?",
    "Is it just me or are all {P} disgusting?",
    "Why do {P} always have to ruin everything?",
    "Wouldn't the world be better without {P}?",
    "Why are {P} such vermin?",
])
per_group("phrase_opinion_h", True, [
    "I think {P} are a waste of space.",
    "In my opinion {P} are vermin.",
    "I believe every {S} should be locked up.",
    "I reckon {P} are all criminals.",
    "Honestly I feel {P} are inferior.",
])
per_group("ident_neutral_nh", False, [
    "I work with two {P}.",
    "My new neighbour is a {S}.",
    "There are {P} in our book club.",
    "We welcomed several {P} to the meeting today.",
    "A {S} won the local election.",
    "{P} live all over the UK.",
])
per_group("ident_pos_nh", False, [
    "{P} are brilliant.",
    "I admire {P} so much.",
    "Very proud to stand with {P}.",
    "Our school celebrates {P} and everything they bring.",
    "{P} make our community stronger.",
    "So glad to have {P} as friends.",
])
per_group("counter_quote_nh", False, [
    "Saying '{P} are vermin' is completely unacceptable.",
    "\"I hate {P}\" is not an opinion, it is hate.",
    "I was shocked to read the comment 'kill all {P}' on our page.",
    "Posting '{P} are a plague' online is a hate crime.",
    "When he said \"{P} are disgusting\" I reported him.",
])
per_group("counter_ref_nh", False, [
    "Stop saying {P} are stupid.",
    "It is wrong to claim that {P} are inferior.",
    "I can't believe people still think {P} are dirty.",
    "Nobody should ever say {P} deserve to die.",
    "Your comment that {P} are parasites is hateful.",
])
fixed("target_obj_nh", False, [
    "I really hate Mondays.",
    "This weather is disgusting.",
    "Brussels sprouts are the worst.",
    "My phone is a useless piece of junk.",
    "I can't stand traffic jams.",
    "The new car park layout is pathetic.",
    "Honestly, this rain is vile.",
    "Cold tea is the worst thing ever.",
])
fixed("target_indiv_nh", True, [
    "You are a pathetic loser.",
    "You make me sick.",
    "Nobody likes you, you idiot.",
    "You're so stupid it hurts.",
    "You are an ugly waste of space.",
    "Shut up, you absolute moron.",
    "You're disgusting and everyone knows it.",
])
# Insults of a profession outside the school community are rude but break no clause of the
# policy (conduct.derogatory is about the school, its staff, pupils and parents), so, as in
# HateCheck, they are not offensive here.
fixed("target_group_nh", False, [
    "Politicians are scum.",
    "Estate agents are parasites.",
    "Journalists are vermin.",
    "Bankers are a disease on society.",
    "Traffic wardens are the lowest of the low.",
])


def swap(w):
    i = max(1, len(w) // 2 - 1)
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def drop(w):
    i = len(w) // 2
    return w[:i] + w[i + 1:]


def spaced(w):
    return " ".join(w)


LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})

for p, s in GROUPS:
    emit("spell_char_swap_h", True, f"I {swap('hate')} {p}.")
    emit("spell_char_swap_h", True, f"{p} are {swap('disgusting')}.")
    emit("spell_char_swap_h", True, f"{p} are {swap('vermin')}.")
    emit("spell_char_del_h", True, f"{p} are {drop('disgusting')}.")
    emit("spell_char_del_h", True, f"{p} are {drop('parasites')}.")
    emit("spell_char_del_h", True, f"I {drop('despise')} {p}.")
    emit("spell_space_del_h", True, f"{p} are totalscum.")
    emit("spell_space_del_h", True, f"Ihate {p}.")
    emit("spell_space_del_h", True, f"{p} are absolutevermin.")
    emit("spell_space_add_h", True, f"{p} are {spaced('disgusting')}.")
    emit("spell_space_add_h", True, f"{p} are {spaced('scum')}.")
    emit("spell_space_add_h", True, f"I {spaced('despise')} {p}.")
    emit("spell_leet_h", True, f"I {'hate'.translate(LEET)} {p}.")
    emit("spell_leet_h", True, f"{p} are {'disgusting'.translate(LEET)}.")
    emit("spell_leet_h", True, f"{p} are {'vermin'.translate(LEET)}.")
    emit("spell_leet_h", True, f"{p.translate(LEET)} are scum.")

for i, it in enumerate(items, 1):
    print(json.dumps({
        "id": f"fn-{i:04}",
        "functionality": it["functionality"],
        "channel": "comment",
        "author": "public",
        "text": it["text"],
        "offensive": it["offensive"],
    }, ensure_ascii=False))
