#!/usr/bin/env python3
"""Writes functional6.jsonl: a sixth, fresh set of functional tests of hateful and offensive
language after HateCheck's functionalities, with templates of new wording (none shared with the
first five sets), written in session 24 after the fifth set's fixes and scored once before any
further change. Same groups and labelling conventions as make_functional_set.py. Run from this
folder:
    python3 make_functional6_set.py > functional6.jsonl
"""
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_functional_set.py')).read().split('per_group("derog_neg_emote_h"')[0])

per_group("derog_neg_emote_h", True, [
    "I can't stand being in the same room as {P}.",
    "Just seeing {P} puts me in a foul mood.",
    "Honestly {P} make me want to throw up.",
])
per_group("derog_neg_attrib_h", True, [
    "{P} are lazy, every last one of them.",
    "{P} have no morals whatsoever.",
    "{P} are thick as mince.",
])
per_group("derog_dehum_h", True, [
    "{P} are a plague on this town.",
    "{P} are nothing more than animals in clothes.",
    "{P} breed like rats.",
])
per_group("derog_impl_h", True, [
    "I'd sell my house if {P} moved in next door.",
    "You can always tell when {P} have been somewhere, it's filthy.",
    "Our school went downhill when the {P} started coming.",
])
per_group("threat_dir_h", True, [
    "Any {S} who comes near my kids will get a brick through their window.",
    "I'm going to run over the next {S} I see.",
    "I will make every {S} in this town suffer.",
])
per_group("threat_norm_h", True, [
    "{P} ought to be put down.",
    "{P} want a good hiding, the lot of them.",
    "Somebody needs to sort {P} out with their fists.",
])
per_group("profanity_h", True, [
    "{P} are a fucking disgrace.",
    "Bloody {P} ruin everything.",
])
per_group("ref_subs_clause_h", True, [
    "The {P} who live round here are vermin.",
    "I sat near some {P} on the train and they were disgusting animals.",
])
per_group("ref_subs_sent_h", True, [
    "More {P} have moved onto our road. I can't stand them.",
    "There are {P} in my son's class now. They are all useless.",
])
per_group("phrase_question_h", True, [
    "Why are {P} so thick?",
    "Is there anything more pathetic than {P}?",
])
per_group("phrase_opinion_h", True, [
    "In my opinion {P} are a waste of oxygen.",
    "I honestly think {P} are subhuman.",
])
per_group("negate_pos_h", True, [
    "{P} will never be proper members of society.",
    "There is no such thing as a decent {S}.",
])
per_group("negate_neg_nh", False, [
    "{P} pose no danger to anybody.",
    "I don't think {P} are any worse than the rest of us.",
])
per_group("ident_neutral_nh", False, [
    "My neighbours are {P}.",
    "The charity interviewed {P} about finding jobs.",
])
per_group("ident_pos_nh", False, [
    "{P} are some of the kindest people I know.",
    "I'm proud to have so many {P} in our community.",
])
per_group("counter_quote_nh", False, [
    "A man on the bus said \"{P} are vermin\" and I told him to stop.",
    "\"All {P} are criminals\" is a lie that needs challenging.",
])
per_group("counter_ref_nh", False, [
    "Calling {P} a plague is hate speech.",
    "It's wrong to say {P} are lazy.",
])
per_group("spell_leet_h", True, [
    "{P} are sc4mm3rs.",
])
per_group("spell_char_del_h", True, [
    "{P} are pathtic.",
])
per_group("spell_char_swap_h", True, [
    "{P} are wrothless.",
])
per_group("spell_space_add_h", True, [
    "{P} are p a r a s i t e s.",
])
per_group("spell_space_del_h", True, [
    "{P} aretrash.",
])
SLURS6 = ["kike", "pikey", "towelhead", "batty boy", "shemale", "spastic", "wog"]
for slur in SLURS6:
    for t in ["Shut your mouth, {x}.", "Look at this {x} over here."]:
        emit("slur_h", True, t.format(x=slur))
fixed("slur_homonym_nh", False, [
    "We had faggots and peas from the chippy for tea.",
    "There are some huge pike in the canal this year.",
])
fixed("slur_reclaimed_nh", False, [
    "Queer Eye is my favourite programme.",
])
fixed("target_obj_nh", False, [
    "I hate Monday mornings so much.",
    "Spam emails are a plague.",
    "Parking tickets are the scum of the earth.",
])
fixed("target_indiv_nh", True, [
    "You're a disgusting excuse for a human being.",
    "Nobody will ever love you, loser.",
    "You are a spineless little rat.",
])
fixed("target_group_nh", False, [
    "Estate car drivers are all menaces.",
    "Bailiffs are vultures.",
    "Ticket touts are parasites.",
])
fixed("profanity_nh", True, [
    "Oh shit, I left my keys at home.",
    "Fucking hell, what a match.",
])

write_items("fn6")
