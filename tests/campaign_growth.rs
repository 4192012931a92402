//! A campaign's `gives_growth` against the programme's rule that campaign rewards give no
//! growth (seed 004): never silently ignored.

use tierlab::scenario::{campaign_presets, validate_in, Scenario, Wording};
use tierlab::words::Lang;

fn growth_giving_campaign(programme_allows: bool) -> Scenario {
    let mut s = Scenario::default();
    s.growth.campaign_rewards_give_growth = programme_allows;
    s.campaigns = campaign_presets();
    s.campaigns[1].gives_growth = true;
    s
}

#[test]
fn a_campaign_that_gives_growth_is_refused_where_the_programme_says_campaign_rewards_give_none() {
    let s = growth_giving_campaign(false);
    for lang in [Lang::En, Lang::ZhCn] {
        let problems = validate_in(&s, Wording::page(lang));
        let at: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(at, ["campaigns[1].gives_growth"], "{lang:?}: {problems:?}");
        let message = &problems[0].message;
        let names_the_programme_rule = match lang {
            Lang::En => message.contains("campaign rewards give growth"),
            Lang::ZhCn => message.contains("活动奖励计入成长值"),
        };
        assert!(names_the_programme_rule, "{lang:?}: {message}");
    }
}

#[test]
fn a_campaign_that_gives_growth_is_accepted_where_the_programme_allows_it() {
    assert_eq!(
        validate_in(&growth_giving_campaign(true), Wording::PLAIN),
        []
    );
}
