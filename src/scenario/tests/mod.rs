//! The scenario's tests, apart from its production code: reading (`read`, `read::tagged`),
//! checking (`check`, `check_embed`) and wording (`wording`, with its cases in
//! `wording_cases`).

mod check;
mod check_embed;
mod read;
mod read_tagged;
mod wording;
mod wording_cases;
