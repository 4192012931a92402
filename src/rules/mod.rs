//! The programme's rules, one file per area, each rule stated in the planner's words.
//!
//! Rules change one member's state and report what happened; they never count anything
//! for the reports (that is `metrics`) and never decide when they run (that is `engine`).

pub mod campaigns;
pub mod growth;
pub mod lifecycle;
pub mod points;
pub mod purchases;
pub mod referral;
pub mod tiers;
