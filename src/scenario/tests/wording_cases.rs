//! Invalid scenarios and documents for the wording tests: together they reach every
//! problem the validators and the reader can give, a few rules to each case.

use crate::behaviour::{
    BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour, DROPOUT_CONCENTRATION,
    SPEND_RATE_SHAPE,
};
use crate::scenario::campaigns::{Audience, Offer};
use crate::scenario::tests::check_embed::slider;
use crate::scenario::{
    campaign_presets, EmbedSlider, Expiry, GrowthBehaviour, History, Reward, Scenario, Segment,
    Tier,
};

fn model(r: f64, alpha: f64, p: f64, q: f64) -> SegmentBehaviour {
    SegmentBehaviour::Model(BehaviourModel {
        purchases: BgNbd {
            r,
            alpha,
            a: 0.8,
            b: 2.4,
        },
        spend: GammaGamma { p, q, gamma: 15.0 },
    })
}

fn planner(purchases_per_month: f64, lost_per_year: f64, spread: f64) -> SegmentBehaviour {
    SegmentBehaviour::Planner(PlannerBehaviour {
        purchases_per_month,
        purchase_rate_spread: spread,
        lost_per_year,
        average_order_value: 0.0,
        order_value_spread: 9.0,
        dropout_concentration: DROPOUT_CONCENTRATION,
        spend_rate_shape: SPEND_RATE_SHAPE,
    })
}

/// A planner's behaviour with ordinary spreads and order value.
fn typical(purchases_per_month: f64, lost_per_year: f64) -> SegmentBehaviour {
    SegmentBehaviour::Planner(PlannerBehaviour {
        purchases_per_month,
        purchase_rate_spread: 1.0,
        lost_per_year,
        average_order_value: 50.0,
        order_value_spread: 0.5,
        dropout_concentration: DROPOUT_CONCENTRATION,
        spend_rate_shape: SPEND_RATE_SHAPE,
    })
}

fn segment(name: &str, share: f64, behaviour: SegmentBehaviour) -> Segment {
    Segment {
        name: name.into(),
        share,
        behaviour,
    }
}

/// A change that makes the default scenario invalid.
type Change = Box<dyn Fn(&mut Scenario)>;

/// Scenarios with every problem the validators word, a few rules to each.
pub(in crate::scenario) fn invalid_scenarios() -> Vec<(&'static str, Scenario)> {
    let mut cases: Vec<(&'static str, Change)> = vec![
        (
            "version, name",
            Box::new(|s| {
                s.version = 9;
                s.name = " ".into();
            }),
        ),
        ("long name", Box::new(|s| s.name = "x".repeat(101))),
        (
            "horizon",
            Box::new(|s| {
                s.horizon.months = 0;
                s.horizon.start_year = 1;
                s.horizon.start_month = 0;
            }),
        ),
        (
            "active window",
            Box::new(|s| s.lifecycle.active_window_days = 0),
        ),
        (
            "churn below active",
            Box::new(|s| {
                s.lifecycle.churned_after_days = 10;
                s.lifecycle.maturity_purchases = 1;
                s.lifecycle.maturity_spend = f64::NAN;
            }),
        ),
        (
            "churn too long",
            Box::new(|s| {
                s.lifecycle.churned_after_days = 9_999;
                s.economics.gross_margin = f64::INFINITY;
            }),
        ),
        (
            "intake",
            Box::new(|s| {
                s.population.new_members_per_month = -1.0;
                s.population.acquisition_growth_per_month = 2.0;
                s.population.history = History::ExistingProgramme { warmup_months: 0 };
            }),
        ),
        (
            "uncountable",
            Box::new(|s| {
                s.horizon.months = 120;
                s.population.new_members_per_month = f64::MAX;
                s.population.acquisition_growth_per_month = 1.0;
            }),
        ),
        (
            "too many members",
            Box::new(|s| s.population.starting_members = u32::MAX),
        ),
        (
            "nobody",
            Box::new(|s| {
                s.population.starting_members = 0;
                s.population.new_members_per_month = 0.0;
            }),
        ),
        ("no segments", Box::new(|s| s.population.segments.clear())),
        (
            "segments",
            Box::new(|s| {
                s.population.segments = vec![
                    segment("A", 0.5, model(0.0, 1.0, 0.0, 1.0)),
                    segment("A", 0.2, model(100.0, 0.01, 6.0, 3.0)),
                    segment("", 1.5, model(0.2, 4.0, 1e9, 1.5)),
                ]
            }),
        ),
        (
            "too many segments",
            Box::new(|s| {
                s.population.segments = (0..21)
                    .map(|i| segment(&format!("S{i}"), 1.0 / 21.0, model(0.2, 4.0, 6.0, 3.0)))
                    .collect()
            }),
        ),
        (
            "planner ranges",
            Box::new(|s| s.population.segments = vec![segment("P", 1.0, planner(0.0, 1.0, 0.0))]),
        ),
        (
            "planner: never lost",
            // The smallest float: ln(1 − lost) a purchase underflows to 0.
            Box::new(|s| s.population.segments = vec![segment("P", 1.0, typical(1.0, 5e-324))]),
        ),
        (
            "planner: lost at once",
            Box::new(|s| {
                s.population.segments = vec![segment("P", 1.0, typical(1e-300, 0.999_999))]
            }),
        ),
        (
            "growth",
            Box::new(|s| {
                s.growth.per_currency_unit = -1.0;
                s.growth.behaviours = vec![
                    GrowthBehaviour {
                        name: "Sign-in".into(),
                        growth_per_action: 1,
                        actions_per_month: 200.0,
                        once: false,
                    },
                    GrowthBehaviour {
                        name: "Profile".into(),
                        growth_per_action: 1,
                        actions_per_month: 2.0,
                        once: true,
                    },
                ];
            }),
        ),
        (
            "no tiers",
            Box::new(|s| {
                s.tiers.levels.clear();
                s.tiers.grace_months = 99;
            }),
        ),
        (
            "tiers",
            Box::new(|s| {
                s.tiers.levels = vec![
                    Tier {
                        earn_multiplier: -1.0,
                        discount: 0.95,
                        ..Tier::plain("Entry", 10)
                    },
                    Tier {
                        keep_threshold: 20,
                        ..Tier::plain("Entry", 5)
                    },
                ]
            }),
        ),
        (
            "goal gradient",
            Box::new(|s| {
                s.goal_gradient.within_share = 1.0;
                s.goal_gradient.purchase_rate_uplift = 11.0;
            }),
        ),
        (
            "points",
            Box::new(|s| {
                s.points.per_currency_unit = -1.0;
                s.points.pending_months = 3;
                s.points.expiry = Expiry::MonthsAfterEarning { months: 2 };
                s.points.cost_per_point = Some(-1.0);
                s.points.rewards = vec![Reward {
                    name: "R".into(),
                    points: 0,
                    cash: -1.0,
                    cost: -1.0,
                }];
            }),
        ),
        (
            "expiry",
            Box::new(|s| {
                s.points.pending_months = 30;
                s.points.expiry = Expiry::AfterInactivity { months: 0 };
            }),
        ),
        (
            "campaigns",
            Box::new(|s| {
                let mut c = campaign_presets();
                for (i, (offer, audience)) in [
                    (
                        Offer::AmountOff {
                            min_spend: -1.0,
                            amount: 0.0,
                        },
                        Audience::Tier { tiers: vec![7] },
                    ),
                    (
                        Offer::PercentOff {
                            percent: 2.0,
                            cap: 0.0,
                        },
                        Audience::Segment {
                            segments: vec!["Nobody".into()],
                        },
                    ),
                    (
                        Offer::PointsMultiplier {
                            multiplier: 1.0,
                            max_bonus_points: 0,
                        },
                        Audience::TotalSpend { min: 5.0, max: 1.0 },
                    ),
                    (
                        Offer::RewardDiscount { share: 0.0 },
                        Audience::TrailingSpend {
                            months: 0,
                            min: -1.0,
                            max: 0.0,
                        },
                    ),
                    (
                        Offer::Gift { cost: -1.0 },
                        Audience::JoinedBetween {
                            from_month: 3,
                            to_month: 1,
                        },
                    ),
                ]
                .into_iter()
                .enumerate()
                {
                    if let Some(campaign) = c.get_mut(i) {
                        campaign.offer = offer;
                        campaign.audience = audience;
                        campaign.holdout_share = 0.95;
                        campaign.schedule.start_month = 200;
                        campaign.schedule.end_month = 100;
                        campaign.schedule.validity_days = 0;
                        campaign.limits.contact_cost = -1.0;
                        campaign.response.usage_share = 2.0;
                    }
                }
                if let Some(first) = c.first().cloned() {
                    c.push(first);
                }
                s.campaigns = c;
            }),
        ),
        (
            "deep audience",
            Box::new(|s| {
                let mut audience = Audience::Everyone;
                for _ in 0..10 {
                    audience = Audience::Not {
                        of: Box::new(audience),
                    };
                }
                s.campaigns = campaign_presets()
                    .into_iter()
                    .take(1)
                    .map(|mut c| {
                        c.audience = audience.clone();
                        c
                    })
                    .collect();
            }),
        ),
        (
            "referral",
            Box::new(|s| {
                s.referral.referrals_per_month = 0.5;
                s.referral.referrer_cost = -1.0;
            }),
        ),
        (
            "points, growth and money past their bounds",
            Box::new(|s| {
                s.referral.referrer_points = u64::MAX;
                s.points.rewards[0].cost = 2e6;
                s.growth.behaviours = vec![GrowthBehaviour {
                    name: "Sign-in".into(),
                    growth_per_action: u32::MAX,
                    actions_per_month: 1.0,
                    once: false,
                }];
            }),
        ),
        (
            "referral outgrows the tab",
            Box::new(|s| {
                s.horizon.months = 120;
                s.referral.referrals_per_month = 0.2;
            }),
        ),
        (
            "embed",
            Box::new(|s| {
                s.embed.sliders = vec![
                    slider("tiers.levels[1].threshold", 0.5, 50.0, 0.5),
                    slider("tiers.levels.1.threshold", 0.0, 500.0, 50.0),
                    slider("version", 0.0, 1.0, 1.0),
                    slider("tiers.levels[9].threshold", 0.0, 1.0, 1.0),
                    slider("name", 0.0, 1.0, 1.0),
                    slider("points.per_currency_unit", 1.0, 1.0, -1.0),
                    EmbedSlider {
                        label: "x".repeat(101),
                        ..slider("economics.gross_margin", 0.0, 0.5, 0.9)
                    },
                ]
            }),
        ),
        (
            "embed: not numbers",
            Box::new(|s| {
                s.embed.sliders = vec![slider("horizon.months", f64::NAN, f64::INFINITY, f64::NAN)]
            }),
        ),
    ];
    cases
        .drain(..)
        .map(|(case, change)| {
            let mut scenario = Scenario::default();
            change(&mut scenario);
            (case, scenario)
        })
        .collect()
}

/// Documents with every problem the reader words.
pub(in crate::scenario) const INVALID_DOCUMENTS: [&str; 20] = [
    "",
    "{",
    r#"{"name": "A",}"#,
    r#"{} x"#,
    r#"{name: 1}"#,
    r#"{"name" "A"}"#,
    r#"{"name": "A" "horizon": {}}"#,
    r#"{"horizon": {"months": 1]}"#,
    r#"{"name": tru}"#,
    r#"{"horizon": {"seed": 1e999}}"#,
    r#"{"name": "a\qb"}"#,
    "{\"name\": \"a\nb\"}",
    r#"[1, 2]"#,
    r#"{"name": "A", "name": "B", "horizon": []}"#,
    r#"{"points": {"expiry": {"kind": "never", "months": 3}}}"#,
    r#"{"horizon": {"monhts": 3, "months": "36", "start_month": -1, "seed": 1.5}, "tiers": {"basis": "rolling", "downgrade": 3}}"#,
    r#"{"population": {"segments": [{"share": 1, "behaviour": {"form": "model"}}]}}"#,
    r#"{"growth": {"campaign_rewards_give_growth": 1, "behaviours": {}}, "economics": {"gross_margin": "high"}, "embed": {"sliders": [{"path": 3}]}}"#,
    r#"{"tiers": {"levels": [{"name": "A", "threshold": 0, "keep_threshold": 0, "colour": 1}]}, "horizon": {"start_year": 1e12}}"#,
    r#"{"points": {"expiry": {"kind": "months_after_earning", "month": 3}}, "population": {"history": {"kind": "new_programme", "warmup_months": 2}}}"#,
];
