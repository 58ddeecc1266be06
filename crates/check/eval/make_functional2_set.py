#!/usr/bin/env python3
"""Writes functional2.jsonl: a second, fresh set of functional tests of hateful and offensive
language after HateCheck's functionalities, with templates of new wording (none shared with
make_functional_set.py), written in session 21 and scored once before any engine change. The
labels follow the first set's conventions: profanity and abuse of one person are offensive under
a school's policy; abuse of a group that is not protected is not. Run from this folder:
    python3 make_functional2_set.py > functional2.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_functional_set.py')).read().split('per_group("derog_neg_emote_h"')[0])

per_group("derog_neg_emote_h", True, [
    "I really despise {P}.",
    "{P} make me sick to my stomach.",
    "Honestly I can't stand {P}.",
])
per_group("derog_neg_attrib_h", True, [
    "{P} are all liars and cheats.",
    "{P} are naturally less intelligent.",
    "You can never trust a {S}.",
])
per_group("derog_dehum_h", True, [
    "{P} are nothing more than filth.",
    "{P} are a cancer on society.",
    "{P} are less than human.",
])
per_group("derog_impl_h", True, [
    "{P} should stick to the jobs nobody else wants.",
    "This town was fine before the {P} turned up.",
    "I wouldn't sit next to a {S} on the bus.",
])
per_group("threat_dir_h", True, [
    "I'll beat the next {S} I meet black and blue.",
    "Any {S} who comes to my street is getting stabbed.",
    "I'm going to burn down the house of every {S} here.",
])
per_group("threat_norm_h", True, [
    "{P} should be thrown in the sea.",
    "Someone should shoot every {S} they see.",
    "It's time {P} were exterminated.",
])
per_group("profanity_h", True, [
    "Fuck {P}.",
    "{P} are fucking scum.",
])
per_group("ref_subs_clause_h", True, [
    "I've met lots of {P} and I hate every one of them.",
    "{P} think they're special but they are worthless.",
])
per_group("ref_subs_sent_h", True, [
    "{P} keep moving in. They are a disease.",
    "Look at all the {P}. I wish they would all die.",
])
per_group("phrase_question_h", True, [
    "Why are {P} so disgusting?",
    "Isn't it obvious that {P} are inferior?",
])
per_group("phrase_opinion_h", True, [
    "I think {P} are a waste of oxygen.",
    "In my opinion {P} are subhuman.",
])
per_group("negate_pos_h", True, [
    "{P} will never be equal to the rest of us.",
    "No {S} deserves any respect.",
])
per_group("negate_neg_nh", False, [
    "I would never say {P} are worthless.",
    "{P} are no threat to anyone.",
])
per_group("ident_neutral_nh", False, [
    "Many of our neighbours are {P}.",
    "Our assembly today was about {P} in history.",
])
per_group("ident_pos_nh", False, [
    "{P} make this country a better place.",
    "So proud of the {P} in our community.",
])
per_group("counter_quote_nh", False, [
    "Saying \"{P} are vermin\" is disgusting and wrong.",
    "If you post \"I hate {P}\" you will be blocked.",
])
per_group("counter_ref_nh", False, [
    "Comments claiming {P} are inferior will be reported.",
    "Calling {P} parasites is hate speech, plain and simple.",
])
per_group("spell_leet_h", True, [
    "I h4te {P}.",
    "{P} are d1sgusting.",
])
per_group("spell_char_del_h", True, [
    "{P} are disgustng.",
])
per_group("spell_char_swap_h", True, [
    "{P} are diugsting.",
])
per_group("spell_space_add_h", True, [
    "{P} are s c u m.",
])
per_group("spell_space_del_h", True, [
    "Ihate {P}.",
])
SLURS2 = ["slag", "tranny", "fag", "dyke", "nigga", "retard", "mong", "muzzie", "p*ki"]
for slur in SLURS2:
    for t in ["Nobody wants you here, {x}.", "Look at that {x} over there."]:
        emit("slur_h", True, t.format(x=slur))
fixed("slur_homonym_nh", False, [
    "The walkers followed the old dyke along the edge of the field.",
    "We had faggots and peas for tea at the pub.",
    "Mong Kok is one of the busiest places in Hong Kong.",
    "The dog show had a prize for the best bitch in the class.",
])
fixed("slur_reclaimed_nh", False, [
    "Proud to be a queer teacher.",
    "Queer history month starts on Monday.",
])
fixed("target_obj_nh", False, [
    "I despise this broken printer.",
    "Monday mornings are a disease.",
    "This wifi is absolutely pathetic.",
    "Queues at the tip are the worst.",
])
fixed("target_indiv_nh", True, [
    "You're a spineless little coward.",
    "You are thick as two short planks.",
    "Nobody could stand you, you vile man.",
    "You absolute waste of oxygen.",
])
fixed("target_group_nh", False, [
    "Traffic wardens are parasites.",
    "Bankers are scum.",
    "Estate agents are liars and cheats.",
    "Referees are useless.",
])
fixed("profanity_nh", True, [
    "Shit, I've left my lunch at home.",
    "That was a fucking great gig.",
])

write_items("fn2")
