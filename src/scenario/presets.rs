//! Placeholder: replaced by the presets work.
use super::Scenario;

pub const PRESETS: [&str; 1] = ["default"];

pub fn preset_names() -> Vec<&'static str> {
    PRESETS.to_vec()
}

pub fn preset(name: &str) -> Option<Scenario> {
    (name == "default").then(Scenario::default)
}
