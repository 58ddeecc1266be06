//! Policy reviews as an explicit state machine: opened on schedule or by a trigger,
//! consulted on, ended with "no change" or a new version.

use thiserror::Error;

macro_rules! coded {
    ($name:ident { $($v:ident = $code:literal, $label:literal;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($v),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            pub fn code(self) -> &'static str { match self { $($name::$v => $code),* } }
            pub fn label(self) -> &'static str { match self { $($name::$v => $label),* } }
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|x| x.code() == s)
            }
        }
    };
}

// Trigger words are the seeds' own (001 §11.2; 003 Review).
coded!(ReviewTrigger {
    Scheduled = "scheduled", "The review date is due";
    Legislation = "legislation", "A change in legislation";
    Guidance = "guidance", "New good-practice guidance";
    CaseLaw = "case-law", "Case law";
    Incident = "incident", "A significant incident was reported";
    Technology = "technology", "A change in technology";
});

// 003 Review: "in consultation with governors, the safeguarding team, staff, students, and parents/carers".
coded!(Consultee {
    Governors = "governors", "Governors";
    SafeguardingTeam = "safeguarding-team", "The safeguarding team";
    Staff = "staff", "Staff";
    Pupils = "pupils", "Pupils";
    ParentsCarers = "parents-carers", "Parents and carers";
    TradeUnions = "trade-unions", "Recognised trade unions and professional associations";
});

coded!(ReviewState {
    Open = "open", "Open";
    Consulting = "consulting", "Consultation under way";
    Closed = "closed", "Closed";
});

coded!(ReviewOutcome {
    NoChange = "no-change", "Reviewed: no change";
    NewVersion = "new-version", "Reviewed: a new version";
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewEvent {
    Consulted,
    Close(ReviewOutcome),
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ReviewError {
    #[error("This review is closed; open a new review instead.")]
    Closed,
    #[error("Record who was consulted before closing the review.")]
    NotConsulted,
}

/// The one place that decides which review transitions are allowed.
pub fn next(state: ReviewState, event: ReviewEvent) -> Result<ReviewState, ReviewError> {
    use ReviewState::*;
    match (state, event) {
        (Closed, _) => Err(ReviewError::Closed),
        (Open | Consulting, ReviewEvent::Consulted) => Ok(Consulting),
        (Open, ReviewEvent::Close(_)) => Err(ReviewError::NotConsulted),
        (Consulting, ReviewEvent::Close(_)) => Ok(Closed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_transition_is_as_designed() {
        let events = [
            ReviewEvent::Consulted,
            ReviewEvent::Close(ReviewOutcome::NoChange),
            ReviewEvent::Close(ReviewOutcome::NewVersion),
        ];
        for &s in ReviewState::ALL {
            for e in events {
                let expected = match (s, e) {
                    (ReviewState::Closed, _) => Err(ReviewError::Closed),
                    (_, ReviewEvent::Consulted) => Ok(ReviewState::Consulting),
                    (ReviewState::Open, _) => Err(ReviewError::NotConsulted),
                    (ReviewState::Consulting, _) => Ok(ReviewState::Closed),
                };
                assert_eq!(next(s, e), expected, "{s:?} + {e:?}");
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for &t in ReviewTrigger::ALL {
            assert_eq!(ReviewTrigger::parse(t.code()), Some(t));
        }
        for &c in Consultee::ALL {
            assert_eq!(Consultee::parse(c.code()), Some(c));
        }
        assert_eq!(ReviewTrigger::parse("whim"), None);
    }
}
