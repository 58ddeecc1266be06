#!/usr/bin/env python3
"""Writes functional4.jsonl: a fourth, fresh set of functional tests of hateful and offensive
language after HateCheck's functionalities, with templates of new wording (none shared with the
first three sets), written in session 22 after the third set's fixes and scored once before any
further change. Same groups and labelling conventions as make_functional_set.py. Run from this
folder:
    python3 make_functional4_set.py > functional4.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_functional_set.py')).read().split('per_group("derog_neg_emote_h"')[0])

per_group("derog_neg_emote_h", True, [
    "{P} make me want to throw up.",
    "Just thinking about {P} makes me furious.",
    "Honestly, {P} repulse me.",
])
per_group("derog_neg_attrib_h", True, [
    "{P} are all thieves and liars.",
    "{P} are naturally lazy.",
    "{P} are too thick to understand anything.",
])
per_group("derog_dehum_h", True, [
    "{P} are nothing but rodents.",
    "{P} breed like rabbits.",
    "{P} are a blight on this town.",
])
per_group("derog_impl_h", True, [
    "I'd move house if {P} moved in next door.",
    "{P} ruin every neighbourhood they move into.",
    "Keep {P} away from our schools.",
])
per_group("threat_dir_h", True, [
    "I'm going to stab the first {S} I see tomorrow.",
    "Any {S} who comes near my house will get a beating.",
    "I will run over every {S} I see.",
])
per_group("threat_norm_h", True, [
    "{P} deserve a good kicking.",
    "All {P} should be shot.",
    "Someone should round up all the {P} and get rid of them.",
])
per_group("profanity_h", True, [
    "Fucking {P} ruin everything.",
    "{P} are a bunch of bastards.",
])
per_group("ref_subs_clause_h", True, [
    "I met some {P} yesterday and they made me sick.",
    "{P} keep moving here and they are vermin.",
])
per_group("ref_subs_sent_h", True, [
    "A group of {P} moved in down the road. I despise them.",
    "Have you seen the {P} in town? They are disgusting.",
])
per_group("phrase_question_h", True, [
    "Why can't {P} ever do anything right?",
    "Is there anything worse than {P}?",
])
per_group("phrase_opinion_h", True, [
    "In my view {P} are a waste of oxygen.",
    "I genuinely think {P} are subhuman.",
])
per_group("negate_pos_h", True, [
    "{P} will never be welcome here.",
    "No {S} should ever be allowed to teach.",
])
per_group("negate_neg_nh", False, [
    "I don't think {P} are dangerous at all.",
    "{P} are not a threat to anyone.",
])
per_group("ident_neutral_nh", False, [
    "Many {P} live in this part of the city.",
    "My new colleagues include several {P}.",
])
per_group("ident_pos_nh", False, [
    "Our town is richer for its {P}.",
    "I'm proud to have so many {P} as friends.",
])
per_group("counter_quote_nh", False, [
    "Someone wrote \"{P} are vermin\" on the wall and we reported it.",
    "\"Kill all {P}\" is a disgusting thing to say.",
])
per_group("counter_ref_nh", False, [
    "Calling {P} parasites is hate speech.",
    "It is wrong to say that {P} are inferior.",
])
per_group("spell_leet_h", True, [
    "{P} are d1sgust1ng.",
])
per_group("spell_char_del_h", True, [
    "{P} are worthles.",
])
per_group("spell_char_swap_h", True, [
    "{P} are vremin.",
])
per_group("spell_space_add_h", True, [
    "{P} are v e r m i n.",
])
per_group("spell_space_del_h", True, [
    "{P} arevermin.",
])
SLURS4 = ["paki", "wog", "dyke", "tranny", "mong", "nigger", "chink"]
for slur in SLURS4:
    for t in ["Go home, {x}.", "Nobody likes you, {x}."]:
        emit("slur_h", True, t.format(x=slur))
fixed("slur_homonym_nh", False, [
    "We had faggots and peas for tea at my nan's.",
    "The Dutch built a dyke to hold back the sea.",
])
fixed("slur_reclaimed_nh", False, [
    "As a queer woman, I love this festival.",
])
fixed("target_obj_nh", False, [
    "I loathe Mondays.",
    "This printer is a parasite on my time.",
    "Homework is the plague of my evenings.",
])
fixed("target_indiv_nh", True, [
    "You're a waste of oxygen.",
    "Nobody likes you, you sad little man.",
    "You are an utter disgrace.",
])
fixed("target_group_nh", False, [
    "Estate agents are bloodsuckers.",
    "Car park attendants are the worst kind of vermin.",
    "Politicians are all liars.",
])
fixed("profanity_nh", True, [
    "Shit, I forgot my keys.",
    "This fucking weather.",
])

write_items("fn4")
