//! "Behaviour given as": a segment's behaviour switched between the papers' symbols and the
//! planner's terms, and back, is the scenario it was, to the byte (src/behaviour/forms.rs).

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use tierlab::behaviour::{BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour};
use tierlab::digest::results_digest;
use tierlab::metrics::simulate;
use tierlab::scenario::{parse, preset, preset_names, validate, Scenario};

/// Every segment of the scenario in the other form, read back from its JSON text first, as
/// the page hands it over (so every figure must survive being written and read).
fn switched(scenario: &Scenario) -> Scenario {
    let mut out = parse(&json(scenario)).expect("a valid scenario reads back");
    for segment in &mut out.population.segments {
        segment.behaviour = segment
            .behaviour
            .switched()
            .expect("a valid behaviour switches");
    }
    out
}

fn json(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(scenario).expect("a scenario writes as JSON")
}

fn every_scenario() -> Vec<Scenario> {
    let mut all = vec![Scenario::default()];
    all.extend(preset_names().into_iter().filter_map(preset));
    all
}

#[test]
fn switching_every_segments_form_and_back_gives_the_scenario_byte_for_byte() {
    for scenario in every_scenario() {
        let other = switched(&scenario);
        assert_ne!(
            json(&other),
            json(&scenario),
            "{}: the form changed",
            scenario.name
        );
        assert_eq!(
            validate(&other),
            Vec::new(),
            "{}: the other form is valid",
            scenario.name
        );
        assert_eq!(
            json(&switched(&other)),
            json(&scenario),
            "{}",
            scenario.name
        );
    }
}

#[test]
fn cdnow_in_the_planners_terms_keeps_its_dropout_and_spend_shapes() {
    let Some(SegmentBehaviour::Planner(planner)) = SegmentBehaviour::cdnow().switched() else {
        panic!("CDNOW switches to the planner's terms");
    };
    // a + b = 0.793 + 2.426 and q = 3.74 (the old page rounded them to 3.2 and 4: a 0.788).
    assert_eq!(planner.dropout_concentration, 3.219);
    assert_eq!(planner.spend_rate_shape, 3.74);
    let model = planner.to_model();
    for (got, fitted) in [
        (model.purchases.a, 0.793),
        (model.purchases.b, 2.426),
        (model.spend.q, 3.74),
    ] {
        assert!((got - fitted).abs() < 1e-12, "{got} for {fitted}");
    }
}

#[test]
fn a_planners_description_switched_to_the_papers_symbols_runs_the_same_members() {
    for name in ["hotel", "hotpot"] {
        let mut scenario = preset(name).expect("a preset");
        scenario.population.starting_members = 2_000;
        scenario.population.new_members_per_month = 50.0;
        scenario.horizon.months = 12;
        let symbols = switched(&scenario);
        assert!(symbols
            .population
            .segments
            .iter()
            .all(|s| matches!(s.behaviour, SegmentBehaviour::Model(_))));
        assert_eq!(
            results_digest(&simulate(&symbols)),
            results_digest(&simulate(&scenario)),
            "{name}"
        );
    }
}

/// The behaviour written as JSON and read again, as it comes back from the page.
fn read_back(behaviour: &SegmentBehaviour) -> SegmentBehaviour {
    let text = serde_json::to_string(behaviour).expect("JSON");
    serde_json::from_str(&text).expect("reads back")
}

/// A figure as a planner types it: `digits` significant digits, between `low` and `high`.
fn typed(rng: &mut ChaCha8Rng, low: f64, high: f64, digits: usize) -> f64 {
    let figure = rng.random_range(low..high);
    let decimals = digits - 1;
    format!("{figure:.decimals$e}")
        .parse()
        .expect("a decimal reads back")
}

#[test]
fn any_figures_typed_with_up_to_twelve_digits_come_back_as_typed() {
    let mut rng = ChaCha8Rng::seed_from_u64(16);
    let (mut models, mut planners) = (0, 0);
    for digits in [1, 3, 6, 9, 12] {
        for _ in 0..2_000 {
            let d = digits;
            let model = SegmentBehaviour::Model(BehaviourModel {
                purchases: BgNbd {
                    r: typed(&mut rng, 0.05, 20.0, d),
                    alpha: typed(&mut rng, 0.5, 50.0, d),
                    a: typed(&mut rng, 0.01, 5.0, d),
                    b: typed(&mut rng, 0.05, 20.0, d),
                },
                spend: GammaGamma {
                    p: typed(&mut rng, 0.2, 30.0, d),
                    q: typed(&mut rng, 1.6, 20.0, d),
                    gamma: typed(&mut rng, 0.5, 500.0, d),
                },
            });
            // The planner's form cannot say "lost" for a share that rounds to 1.
            if model.planner().lost_per_year < 0.999 {
                let there = model
                    .switched()
                    .unwrap_or_else(|| panic!("{model:?} switches"));
                assert_eq!(
                    read_back(&there).switched(),
                    Some(model),
                    "{model:?} via {there:?}"
                );
                models += 1;
            }
            let planner = SegmentBehaviour::Planner(PlannerBehaviour {
                purchases_per_month: typed(&mut rng, 0.01, 60.0, d),
                purchase_rate_spread: typed(&mut rng, 0.1, 5.0, d),
                lost_per_year: typed(&mut rng, 0.0001, 0.94, d),
                average_order_value: typed(&mut rng, 1.0, 5_000.0, d),
                order_value_spread: typed(&mut rng, 0.05, 3.0, d),
                dropout_concentration: typed(&mut rng, 0.1, 50.0, d),
                spend_rate_shape: typed(&mut rng, 1.6, 20.0, d),
            });
            let there = planner
                .switched()
                .unwrap_or_else(|| panic!("{planner:?} switches"));
            assert_eq!(
                read_back(&there).switched(),
                Some(planner),
                "{planner:?} via {there:?}"
            );
            planners += 1;
        }
    }
    assert!(
        models > 5_000 && planners == 10_000,
        "{models} models, {planners} descriptions"
    );
}
