//! Tests that the reader's mirrors of the tagged objects (`read::tagged`) stay in step with
//! the scenario's own types: every kind of audience, offer, history and expiry the scenario
//! can hold reads through its mirror without a complaint.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::scenario::read::tagged::{AudienceFields, ExpiryFields, HistoryFields, OfferFields};
use crate::scenario::Stage;
use crate::scenario::{Audience, Expiry, History, Offer};

/// The value's fields besides `kind`, read as that kind of the mirror `T`.
fn reads_through_mirror<T: DeserializeOwned>(value: &impl serde::Serialize) -> bool {
    let Ok(Value::Object(mut object)) = serde_json::to_value(value) else {
        return false;
    };
    let Some(Value::String(kind)) = object.remove("kind") else {
        return false;
    };
    let tagged = serde_json::json!({ kind: object });
    serde_json::from_value::<T>(tagged).is_ok()
}

/// One condition of each kind. The match fails to compile when a kind is added, so that
/// this list and the mirror are brought up to date with it.
fn one_of_each_audience() -> Vec<Audience> {
    let all = vec![
        Audience::Everyone,
        Audience::Stage {
            stages: vec![Stage::Dormant],
        },
        Audience::Tier { tiers: vec![1] },
        Audience::Segment {
            segments: vec!["A".into()],
        },
        Audience::DaysSinceLastPurchase { min: 1, max: 2 },
        Audience::Purchases { min: 1, max: 2 },
        Audience::TotalSpend { min: 1.0, max: 2.0 },
        Audience::TrailingSpend {
            months: 3,
            min: 1.0,
            max: 2.0,
        },
        Audience::PointsBalance { min: 1, max: 2 },
        Audience::TenureMonths { min: 1, max: 2 },
        Audience::BirthdayThisMonth,
        Audience::JoinedBetween {
            from_month: -1,
            to_month: 2,
        },
        Audience::All {
            of: vec![Audience::Everyone],
        },
        Audience::Any {
            of: vec![Audience::Everyone],
        },
        Audience::Not {
            of: Box::new(Audience::Everyone),
        },
    ];
    for audience in &all {
        match audience {
            Audience::Everyone
            | Audience::Stage { .. }
            | Audience::Tier { .. }
            | Audience::Segment { .. }
            | Audience::DaysSinceLastPurchase { .. }
            | Audience::Purchases { .. }
            | Audience::TotalSpend { .. }
            | Audience::TrailingSpend { .. }
            | Audience::PointsBalance { .. }
            | Audience::TenureMonths { .. }
            | Audience::BirthdayThisMonth
            | Audience::JoinedBetween { .. }
            | Audience::All { .. }
            | Audience::Any { .. }
            | Audience::Not { .. } => {}
        }
    }
    all
}

/// One offer of each kind (the match: as for the audiences).
fn one_of_each_offer() -> Vec<Offer> {
    let all = vec![
        Offer::AmountOff {
            min_spend: 1.0,
            amount: 2.0,
        },
        Offer::PercentOff {
            percent: 0.1,
            cap: 2.0,
        },
        Offer::PointsMultiplier {
            multiplier: 2.0,
            max_bonus_points: 3,
        },
        Offer::BonusPoints { points: 3 },
        Offer::Gift { cost: 1.0 },
        Offer::RewardDiscount { share: 0.5 },
    ];
    for offer in &all {
        match offer {
            Offer::AmountOff { .. }
            | Offer::PercentOff { .. }
            | Offer::PointsMultiplier { .. }
            | Offer::BonusPoints { .. }
            | Offer::Gift { .. }
            | Offer::RewardDiscount { .. } => {}
        }
    }
    all
}

#[test]
fn every_kind_of_audience_reads_through_the_readers_mirror() {
    for audience in one_of_each_audience() {
        assert!(
            reads_through_mirror::<AudienceFields>(&audience),
            "{audience:?}"
        );
    }
}

#[test]
fn every_kind_of_offer_reads_through_the_readers_mirror() {
    for offer in one_of_each_offer() {
        assert!(reads_through_mirror::<OfferFields>(&offer), "{offer:?}");
    }
}

#[test]
fn every_kind_of_history_and_expiry_reads_through_the_readers_mirror() {
    for history in [
        History::NewProgramme,
        History::ExistingProgramme { warmup_months: 3 },
    ] {
        assert!(
            reads_through_mirror::<HistoryFields>(&history),
            "{history:?}"
        );
    }
    for expiry in [
        Expiry::Never,
        Expiry::MonthsAfterEarning { months: 3 },
        Expiry::EndOfNextYear,
        Expiry::AfterInactivity { months: 3 },
    ] {
        assert!(reads_through_mirror::<ExpiryFields>(&expiry), "{expiry:?}");
    }
}
