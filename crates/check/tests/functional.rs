//! Functional tests of hateful and offensive language, after the HateCheck functionalities:
//! derogation, dehumanisation, threats, slurs, profanity, pronoun reference, negation, questions,
//! opinions, neutral and positive identity statements, counter-speech, and abuse not aimed at a
//! protected group. `true` means a conduct finding is expected on a received comment.
//!
//! Known misses, not asserted: a spaced-out verb that swallows the pronoun ("I h a t e women"),
//! and implicit comparisons ("I'd rather die than work with a Muslim").

use check::*;

#[test]
fn hateful_and_offensive_functionalities() {
    let engine = Engine::new(Context::default()).unwrap();
    let cases: &[(bool, &str)] = &[
        (true, "I hate women."),
        (true, "All Muslims are disgusting."),
        (true, "Black people are a cancer."),
        (true, "Gay people are vermin."),
        (true, "Trans people are nothing but animals."),
        (true, "Muslims belong in a zoo."),
        (true, "Immigrants are a plague on society."),
        (true, "I am going to shoot the next gay person I see."),
        (true, "All Muslims should be killed."),
        (true, "You are just a faggot to me."),
        (false, "I'm a proud dyke and I love my wife."),
        (true, "Fucking immigrants ruin everything."),
        (true, "I have met many women and I hate every single one of them."),
        (true, "Women are worthless. I hate them."),
        (true, "Women are not worth anything."),
        (true, "Muslims are not human."),
        (false, "I don't hate Muslims."),
        (false, "Muslims are not disgusting."),
        (true, "Why are gay people so disgusting?"),
        (true, "I think that black people are scum."),
        (false, "We are a group of Muslims."),
        (false, "I love gay people."),
        (false, "Statements like 'Muslims are scum' are deeply hurtful."),
        (false, "You have to stop calling trans people disgusting."),
        (false, "I really can't stand cauliflower."),
        (true, "You are a disgusting cunt."),
        (true, "I hate wom3n."),
        (true, "Disabled people are a burden on society."),
        (true, "Immigrants should go back to where they came from."),
        (true, "Jews are greedy parasites."),
        (false, "My best friend is a Jewish woman."),
        (true, "Trans women are not real women."),
        (true, "Gays should not be allowed near children."),
        (false, "Gay people should be allowed to marry."),
        (true, "Black people are too stupid to run a country."),
        (false, "It is wrong to say that black people are stupid."),
        (true, "These disabled people are so pathetic."),
        (true, "Women belong in the kitchen."),
        // Session 9, from eval/functional.jsonl.
        (true, "I can't bear Muslims."),
        (true, "Immigrants repulse me."),
        (true, "Women are a drain on this country."),
        (true, "Muslims should all be shot."),
        (true, "Disabled people deserve to be beaten."),
        (true, "The world would be better if all gay people died."),
        (true, "Black people are everywhere now. They make me sick."),
        (true, "I work with immigrants and they are all vermin."),
        (true, "I'm going to hurt the next woman I see."),
        (true, "Every Muslim I have ever met was dishonest."),
        (true, "Nothing makes me angrier than trans people."),
        (false, "I have never thought women are inferior."),
        (false, "It is wrong to claim that Muslims are inferior."),
        (false, "Your comment that immigrants are parasites is hateful."),
        (false, "When he said \"gay people are disgusting\" I reported him."),
        (false, "We should remember the Muslims killed in the attack."),
        (false, "I hope all the immigrants who died at sea are remembered."),
        (false, "No woman deserves to be beaten."),
        (false, "Muslims should not be killed."),
        (false, "We welcomed our Muslim families today. They are lovely."),
        (false, "Immigrants built this country. They are not a burden."),
        (false, "Our Maine Coon cat is called Biscuit."),
        (false, "We had spotted dick and custard for pudding."),
        // Misspelt, run together and spaced out.
        (true, "I htae immigrants."),
        (true, "Muslims are disguting."),
        (true, "Gay people are vemrin."),
        (true, "Women are totalscum."),
        (true, "Ihate black people."),
        (true, "Trans people are d i s g u s t i n g."),
        (true, "I d e s p i s e disabled people."),
        (false, "Please block the car park entrance."),
        (false, "We are setting up the hall for the fitting of the new stage."),
        (false, "Go and hose the car down."),
        (false, "Our therapist visited the Scunthorpe school."),
        (false, "Ihope you all have a lovely half term."),
        (false, "The pupils are absolutely amazing and totally brilliant."),
        // Implicit derogation, threats to "the next Muslim" and "make sure … suffers".
        (true, "I'd never let a gay man near my kids."),
        (false, "I would never let a stranger near my kids."),
        (true, "I'm going to smash the face of the next immigrant who talks to me."),
        (true, "I'm going to hurt the next Muslim I see."),
        (false, "I'm going to smash the ball over the head of the next defender."),
        (false, "I'm going to help the next Muslim family that moves in."),
        (true, "I'll make sure every woman here suffers."),
        (false, "I'll make sure every woman here is safe."),
        (false, "We will make sure nobody suffers from the heat on sports day."),
    ];
    let mut wrong = Vec::new();
    for (offensive, text) in cases {
        let o = engine.check(&Draft::new(*text, Channel::Comment, Author::Public)).unwrap();
        let found = o.findings.iter().any(|f| f.category.is_conduct());
        if found != *offensive {
            wrong.push(format!(
                "{text:?}: expected {offensive}, got {:?}",
                o.findings.iter().map(|f| f.category.code()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
