//! Studies over many runs: comparisons are fair, error bars are honest, sweeps and
//! goal-seek find what they claim. A study's figure is checked against the shop run
//! directly with the same change (not only its sign), and every KPI must be there (not only
//! those present). Each test runs a small shop (a few thousand members, 12–18 months) so
//! the whole file stays within seconds in a release build.

use tierlab::behaviour::SegmentBehaviour;
use tierlab::metrics::simulate;
use tierlab::scenario::{parse, validate, Scenario, Wording};
use tierlab::study::{
    compare, design, kpi_names, kpi_value, kpis, replicate_comparison, replication_of, run_summary,
    seeded, seek_liability_ceiling, seek_thresholds, sweep, tier_shares, tornado, with_thresholds,
    LadderDesign, PointsLever, Progression, RunSummary, ON_TARGET,
};

/// The command line's wording: English, the scenario's own numbers.
const PLAIN: Wording = Wording::PLAIN;

/// A shop with four tiers by rolling-12-month growth, a one-tier downgrade and tier
/// benefits that change behaviour (so tiers feed back on who reaches them).
const SHOP: &str = r#"{
  "version": 1,
  "name": "Study fixture: a small four-tier shop",
  "horizon": { "months": 18, "seed": 11, "start_year": 2026, "start_month": 1 },
  "population": {
    "starting_members": 3000,
    "new_members_per_month": 100,
    "segments": [
      {
        "name": "Shoppers",
        "share": 1.0,
        "behaviour": {
          "form": "planner",
          "purchases_per_month": 0.8,
          "purchase_rate_spread": 1.0,
          "lost_per_year": 0.3,
          "average_order_value": 60,
          "order_value_spread": 0.5
        }
      }
    ]
  },
  "tiers": {
    "basis": "rolling_12_months",
    "downgrade": "one_tier",
    "grace_months": 0,
    "levels": [
      { "name": "Regular", "threshold": 0, "keep_threshold": 0 },
      { "name": "Silver", "threshold": 200, "keep_threshold": 100,
        "earn_multiplier": 1.2, "purchase_rate_uplift": 0.05, "redemption_per_month": 0.3 },
      { "name": "Gold", "threshold": 600, "keep_threshold": 300,
        "earn_multiplier": 1.5, "discount": 0.03, "purchase_rate_uplift": 0.1,
        "dropout_reduction": 0.1, "redemption_per_month": 0.3 },
      { "name": "Platinum", "threshold": 1500, "keep_threshold": 750,
        "earn_multiplier": 2.0, "discount": 0.05, "purchase_rate_uplift": 0.15,
        "dropout_reduction": 0.2, "redemption_per_month": 0.3 }
    ]
  },
  "goal_gradient": { "within_share": 0.2, "purchase_rate_uplift": 0.2 }
}"#;

fn shop() -> Scenario {
    parse(SHOP).unwrap_or_else(|problems| panic!("the shop fixture is invalid: {problems:?}"))
}

/// Every KPI of a run of the four-tier shop: it holds points at the end (a breakage rate)
/// and spends on its members (an ROI), so none of them may be missing.
fn every_kpi() -> usize {
    kpi_names(4).len()
}

/// The KPI `name` of a run of `scenario` made directly, not through a study.
fn simulated(scenario: &Scenario, name: &str) -> Option<f64> {
    kpi_value(&kpis(&simulate(scenario)), name)
}

/// The shop at a third of the size over 12 months, for studies that run many seeds.
fn small_shop() -> Scenario {
    let mut s = shop();
    s.population.starting_members = 1_000;
    s.population.new_members_per_month = 30.0;
    s.horizon.months = 12;
    s
}

#[test]
fn two_identical_scenarios_differ_by_exactly_zero() {
    let a = shop();
    let comparison = compare(&[a.clone(), a]);
    assert!(!comparison.fairness.seeds_changed);
    assert_eq!(comparison.kpis.len(), every_kpi());
    for kpi in &comparison.kpis {
        let b = kpi.scenarios.get(1).expect("B has a cell for every KPI");
        assert!(b.value.is_some(), "B has no {}", kpi.kpi);
        assert_eq!(b.difference_from_a, Some(0.0), "{}", kpi.kpi);
        assert_eq!(b.percent_difference_from_a, Some(0.0), "{}", kpi.kpi);
    }
    let series: Vec<_> = comparison.scenarios.iter().map(|s| &s.series).collect();
    assert_eq!(series.first(), series.get(1));
    let json = serde_json::to_string(&comparison).unwrap_or_default();
    assert!(json.contains("\"difference_from_A\""), "{json}");
    let csv = comparison.to_csv();
    assert!(csv
        .starts_with("kpi,unit,scenario,name,value,difference_from_A,percent_difference_from_A\n"));
}

#[test]
fn scenarios_saved_with_different_seeds_run_with_a_s_seed_and_the_report_says_so() {
    let a = shop();
    let b = seeded(&a, 99);
    let comparison = compare(&[a, b]);
    assert!(comparison.fairness.seeds_changed);
    assert!(comparison.fairness.note.contains("A's seed 11"));
    assert_eq!(comparison.kpis.len(), every_kpi());
    for kpi in &comparison.kpis {
        let b = kpi.scenarios.get(1).expect("B has a cell for every KPI");
        assert!(b.value.is_some(), "B has no {}", kpi.kpi);
        assert_eq!(b.difference_from_a, Some(0.0), "{}", kpi.kpi);
    }
}

#[test]
fn a_programme_with_stronger_tier_benefits_keeps_more_members_active_than_a() {
    let a = shop();
    let mut b = a.clone();
    for tier in b.tiers.levels.iter_mut().skip(1) {
        tier.purchase_rate_uplift += 0.5;
        tier.dropout_reduction = 0.6;
    }
    let comparison = compare(&[a.clone(), b.clone()]);
    let difference = |name: &str| {
        comparison
            .kpis
            .iter()
            .find(|k| k.kpi == name)
            .and_then(|k| k.scenarios.get(1))
            .and_then(|b| b.difference_from_a)
    };
    // Each difference is B's own run less A's, both made directly with A's seed.
    for name in [
        "active_members_at_end",
        "revenue",
        "liability_at_end",
        "upgrades",
    ] {
        let direct = simulated(&b, name)
            .zip(simulated(&a, name))
            .map(|(b, a)| b - a);
        assert!(direct.is_some(), "{name} has a value in both runs");
        assert_eq!(difference(name), direct, "B − A {name}");
    }
    // The same members and draws: more purchases and less dropout can only add actives.
    let active = difference("active_members_at_end").unwrap_or(0.0);
    assert!(active > 0.0, "B − A active members = {active}");
}

#[test]
fn the_interval_on_a_kpi_narrows_as_the_seeds_grow() {
    let scenario = small_shop();
    let runs: Vec<RunSummary> = (0..40)
        .map(|i| run_summary(&seeded(&scenario, 100 + i)))
        .collect();
    let standard_error = |runs: &[RunSummary]| {
        replication_of(runs)
            .kpis
            .iter()
            .find(|k| k.kpi == "active_members_at_end")
            .and_then(|k| k.interval.as_ref())
            .and_then(|i| i.standard_error)
            .unwrap_or(f64::NAN)
    };
    let all_forty = standard_error(&runs);
    let blocks_of_five: Vec<f64> = runs.chunks(5).map(standard_error).collect();
    let mean_of_fives = blocks_of_five.iter().sum::<f64>() / blocks_of_five.len() as f64;
    // The standard error shrinks like 1/√R: from 5 to 40 seeds by √8 ≈ 2.8 (2.66 once the
    // sample deviation's small-sample bias at 5 is counted). One block of five estimates
    // the spread from 4 degrees of freedom and can be low by chance, so the check averages
    // the eight blocks: the ratio is then known to about ±17% (±0.45), and a factor of 1.5
    // sits more than two and a half of those below 2.66.
    assert!(
        all_forty * 1.5 < mean_of_fives,
        "40 seeds: {all_forty}; blocks of 5: {blocks_of_five:?}"
    );
    let replication = replication_of(&runs);
    // Active members, revenue, programme cost, liability and a share per tier, each monthly.
    assert_eq!(replication.bands.len(), 4 + 4);
    for band in &replication.bands {
        assert_eq!(band.p50.len(), 12, "{}", band.name);
        for ((low, middle), high) in band.p10.iter().zip(&band.p50).zip(&band.p90) {
            assert!(low <= middle && middle <= high, "{}", band.name);
        }
    }
    assert_eq!(replication.seeds.len(), 40);
}

#[test]
fn paired_differences_between_identical_scenarios_are_zero_under_every_seed() {
    let a = small_shop();
    let replicated = replicate_comparison(&[a.clone(), a], 4);
    let paired = replicated.differences.first().expect("B against A");
    assert_eq!(paired.differences_from_a.len(), every_kpi());
    for kpi in &paired.differences_from_a {
        let interval = kpi.interval.as_ref();
        let figures = interval.map(|i| (i.runs, i.mean, i.p10, i.p90, i.standard_error));
        assert_eq!(figures, Some((4, 0.0, 0.0, 0.0, Some(0.0))), "{}", kpi.kpi);
    }
    assert!(replicated.to_csv().contains(",difference_from_A,"));
}

#[test]
fn raising_the_gold_threshold_leaves_fewer_members_in_gold_and_above() {
    let result = sweep(
        &shop(),
        "tiers.levels[2].threshold",
        400.0,
        1400.0,
        6,
        PLAIN,
    )
    .unwrap_or_else(|p| panic!("{p}"));
    let gold_and_above: Vec<f64> = result
        .steps
        .iter()
        .map(|step| {
            assert!(step.problems.is_empty(), "{:?}", step.problems);
            let share = |k: &str| kpi_value(&step.kpis, k).unwrap_or(f64::NAN);
            share("share_in_tier_2") + share("share_in_tier_3")
        })
        .collect();
    let values: Vec<f64> = result.steps.iter().map(|s| s.value).collect();
    assert_eq!(values, vec![400.0, 600.0, 800.0, 1000.0, 1200.0, 1400.0]);
    assert!(
        gold_and_above.windows(2).all(|w| w[1] < w[0]),
        "{gold_and_above:?}"
    );
    // Each step is the run of the shop with Gold's threshold set to that value directly.
    for step in &result.steps {
        let mut at_value = shop();
        at_value.tiers.levels[2].threshold = step.value as u32;
        assert_eq!(step.kpis.len(), every_kpi(), "at {}", step.value);
        assert_eq!(step.kpis, kpis(&simulate(&at_value)), "at {}", step.value);
    }
    assert!(result
        .to_csv()
        .starts_with("tiers.levels[2].threshold,problems,"));
}

#[test]
fn a_sweep_value_the_programme_cannot_take_gives_that_step_problems_not_a_panic() {
    // Gold above Platinum's 1,500 is not a ladder.
    let result = sweep(
        &small_shop(),
        "tiers.levels[2].threshold",
        1000.0,
        2000.0,
        2,
        PLAIN,
    )
    .unwrap_or_else(|p| panic!("{p}"));
    let last = result.steps.last().expect("two steps");
    assert!(last.kpis.is_empty());
    assert!(last
        .problems
        .iter()
        .any(|p| p.path == "tiers.levels[3].threshold"));
    assert!(sweep(
        &small_shop(),
        "tiers.levels[7].threshold",
        1.0,
        2.0,
        2,
        PLAIN
    )
    .is_err());
}

#[test]
fn the_tornado_puts_the_widest_swing_first_and_cost_per_point_moves_no_member() {
    let scenario = small_shop();
    let result =
        tornado(&scenario, "active_members_at_end", 0.2, PLAIN).unwrap_or_else(|p| panic!("{p}"));
    // Every main assumption of the shop is set (none is zero everywhere), so each has a bar.
    assert_eq!(result.bars.len(), 10, "{:?}", result.bars);
    assert!(result.bars.windows(2).all(|w| w[0].swing >= w[1].swing));
    assert_eq!(result.base, simulated(&scenario, "active_members_at_end"));
    // The purchase-rate bar: the shop run directly with every segment buying 20% less
    // often, then 20% more often; its length is the distance between the farthest ends.
    let at_rate = |factor: f64| {
        let mut changed = scenario.clone();
        for segment in &mut changed.population.segments {
            if let SegmentBehaviour::Planner(planner) = &mut segment.behaviour {
                planner.purchases_per_month *= factor;
            }
        }
        simulated(&changed, "active_members_at_end")
    };
    let bar = |name: &str| result.bars.iter().find(|b| b.assumption == name);
    let rate = bar("purchase_rate").expect("a purchase-rate bar");
    let (low, high) = (at_rate(0.8), at_rate(1.2));
    assert_eq!((rate.low, rate.high), (low, high));
    let ends: Vec<f64> = [low, high, result.base].into_iter().flatten().collect();
    assert_eq!(ends.len(), 3, "both ends and the base have a value");
    let widest = ends.iter().copied().fold(f64::MIN, f64::max)
        - ends.iter().copied().fold(f64::MAX, f64::min);
    assert_eq!(rate.swing, widest);
    assert!(
        widest > 0.0,
        "buying more or less often moves who is active"
    );
    assert_eq!(bar("cost_per_point").map(|b| b.swing), Some(0.0));
    assert!(tornado(&small_shop(), "happiness", 0.2, PLAIN).is_err());
}

#[test]
fn goal_seek_puts_each_tier_within_one_point_of_its_target_share() {
    let scenario = shop();
    let targets = [0.5, 0.3, 0.15, 0.05];
    let month = 12;
    let found =
        seek_thresholds(&scenario, month, &targets, PLAIN).unwrap_or_else(|e| panic!("{e}"));
    for (achieved, target) in found.achieved_shares.iter().zip(targets) {
        assert!(
            (achieved - target).abs() <= ON_TARGET,
            "{:?} against {targets:?} with thresholds {:?}",
            found.achieved_shares,
            found.thresholds
        );
    }
    assert!(found.on_target);
    assert_eq!(
        found.tiers_on_target, [true; 4],
        "each tier marked on target"
    );
    // A full run of the scenario with the thresholds applied shows the same shares.
    let applied =
        with_thresholds(&scenario, &found.thresholds, PLAIN).unwrap_or_else(|e| panic!("{e}"));
    assert!(validate(&applied).is_empty());
    let results = simulate(&applied);
    let row = results.months.get(month as usize).expect("month 12 ran");
    assert_eq!(tier_shares(&row.tiers), found.achieved_shares);
    assert!(found.runs < 60, "{} runs", found.runs);
}

#[test]
fn the_liability_ceiling_is_met_by_the_highest_earn_rate_or_cost_per_point_under_it() {
    let scenario = small_shop();
    let full = simulate(&scenario).totals.liability_at_end.units();
    let ceiling = (full / 2.0).round();
    let by_rate = seek_liability_ceiling(&scenario, PointsLever::EarnRate, ceiling, PLAIN)
        .unwrap_or_else(|e| panic!("{e}"));
    let rate = by_rate.value.expect("an earn rate of 0 holds no points");
    assert!(
        rate > 0.0 && rate < scenario.points.per_currency_unit,
        "{rate}"
    );
    assert!(by_rate.liability_at_end.unwrap_or(f64::MAX) <= ceiling);
    // The liability reported is that of the shop run directly at the rate found, and a rate
    // one step of the search (0.1% of the shop's) higher passes the ceiling: the highest.
    let liability_at = |rate: f64| {
        let run = simulate(&PointsLever::EarnRate.applied(&scenario, rate));
        run.totals.liability_at_end.units()
    };
    assert_eq!(by_rate.liability_at_end, Some(liability_at(rate)));
    let step = scenario.points.per_currency_unit * 0.001;
    assert!(
        liability_at(rate + step) > ceiling,
        "{rate} + {step} stays under"
    );
    // Liability is outstanding points × cost per point × redemption rate: halving it halves
    // the cost per point, to within the search's 0.1% and a cent of rounding.
    let by_cost = seek_liability_ceiling(&scenario, PointsLever::CostPerPoint, ceiling, PLAIN)
        .unwrap_or_else(|e| panic!("{e}"));
    let cost = by_cost.value.expect("a cost per point of 0 costs nothing");
    // Without an override the search starts from the cost per point the rewards imply.
    let implied = simulate(&scenario).totals.cost_per_point.value;
    assert_eq!(scenario.points.cost_per_point, None);
    assert_eq!(by_cost.scenario_value, implied);
    let expected = implied * ceiling / full;
    assert!(
        (cost - expected).abs() <= implied * 0.0011,
        "{cost} against {expected}"
    );
    let generous = seek_liability_ceiling(&scenario, PointsLever::EarnRate, full * 2.0, PLAIN)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(generous.value, Some(scenario.points.per_currency_unit));
}

#[test]
fn each_progression_designs_a_ladder_the_shop_can_run_with() {
    for progression in [
        Progression::Exponential { ratio: 2.0 },
        Progression::Power { exponent: 1.5 },
        Progression::Fibonacci,
    ] {
        let plan = LadderDesign {
            years_to_top: 2.0,
            daily_growth_cap: 3.0,
            tiers: 4,
            progression,
        };
        let ladder = design(&plan, PLAIN).unwrap_or_else(|e| panic!("{e}"));
        // The top tier: 2 years × 365 days × 3 growth a day.
        assert_eq!(ladder.thresholds.last(), Some(&2_190), "{progression:?}");
        let applied =
            with_thresholds(&shop(), &ladder.thresholds, PLAIN).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(validate(&applied), vec![], "{progression:?}");
    }
}
