//! The runs without each campaign, taken alongside the main run instead of after it.
//!
//! A campaign's counterfactual run is the scenario with that campaign switched off. Until the
//! campaign first sends a member an offer, that member's path is the same in both runs, bit
//! for bit: the campaign draws nothing for them (its hold-out draw is on its own stream), and
//! a switched-off campaign changes nothing else — provided no budget can run out (a budget
//! ties a member's offers to the members before them) and switching the campaign off does not
//! remove the member day (which splits the month's purchase stretches). Then the
//! counterfactual run observes the main run's months until the campaign's first offer, and
//! simulates the member itself only from that month on, starting from the main run's state
//! saved when campaigns could first reach the member (month 0, or the join month if later).
//! Members the campaign never reaches cost nothing extra, and the results are exactly those
//! of a separate run.
//!
//! Referred members are matched by id and join month: each run keeps its own queue, and a
//! run follows the main run's member only if its queue holds the same member at that point.
//!
//! Not for: runs under other rules (the run without the programme is a separate run).

use crate::member::{Member, MonthEvents};
use crate::population::arrivals;
use crate::rules::points::HorizonPointsUse;

use super::offers::has_member_day;
use crate::population::JoinMonth;

use super::{
    blank_member, enrol, live, Budgets, Life, Observer, Plan, Progress, Referred, PROGRESS_EVERY,
};

/// A counterfactual run to take alongside the main run: `plan` is the main plan with
/// `campaign` switched off, and `observer` sees its months.
pub struct Counterfactual<'p, 's, O> {
    pub plan: &'p Plan<'s>,
    pub campaign: usize,
    pub observer: O,
}

/// Whether the run without `campaign` can be taken alongside the main run of `plan`
/// (see the module's comment): no campaign has a budget, and the member day stays.
pub fn can_follow(plan: &Plan, campaign: usize) -> bool {
    let without = Plan::new(plan.scenario).without_campaign(campaign);
    Budgets::new(plan).never_run_out() && has_member_day(plan) == has_member_day(&without)
}

/// One counterfactual run's own state as the members go by.
struct Follower<'c, 'p, 's, O> {
    run: &'c mut Counterfactual<'p, 's, O>,
    budgets: Budgets,
    member: Member,
    events: MonthEvents,
    referred: Referred,
    /// Whether this run follows the main run's current member, and if so the month the
    /// campaign first sent them an offer (from which this run simulates them itself).
    following: bool,
    parts_from: Option<i32>,
}

/// The main run's own state as the members go by.
struct Main<'l, 'p> {
    plan: &'l Plan<'p>,
    budgets: Budgets,
    member: Member,
    events: MonthEvents,
    referred: Referred,
    /// The current member as they stood when campaigns could first reach them (month 0, or
    /// their join month if later): where a follower that parts takes over.
    saved: Member,
}

/// The main run's observer, which also hands the months of the current member to every
/// counterfactual run still following them.
struct Relay<'a, 'c, 'p, 's, M, O> {
    main: &'a mut M,
    followers: &'a mut [Follower<'c, 'p, 's, O>],
    horizon: i32,
}

impl<M: Observer, O: Observer> Observer for Relay<'_, '_, '_, '_, M, O> {
    fn observe(&mut self, month: u32, member: &Member, events: &MonthEvents) {
        self.main.observe(month, member, events);
        let month_index = month as i32;
        for f in self.followers.iter_mut() {
            if !f.following || f.parts_from.is_some() {
                continue;
            }
            if events.campaigns.get(f.run.campaign).is_some_and(|c| c.sent) {
                f.parts_from = Some(month_index);
                continue;
            }
            if events.referrals > 0 && month_index + 1 < self.horizon {
                if let Err(stop) = f.referred.add(events.referrals, month_index + 1) {
                    f.budgets.stop(stop);
                    continue;
                }
            }
            f.run.observer.observe(month, member, events);
        }
    }

    fn observe_runoff(&mut self, k: u32, member: &Member, used: HorizonPointsUse) {
        self.main.observe_runoff(k, member, used);
    }

    fn wants_runoff(&self) -> bool {
        self.main.wants_runoff()
    }
}

/// Runs every member of the main plan, and alongside it each counterfactual run (each must
/// pass [`can_follow`]), reporting the main run's progress. Returns what each campaign
/// committed in the main run.
pub fn run_alongside<M: Observer, O: Observer>(
    plan: &Plan,
    observer: &mut M,
    counterfactuals: &mut [Counterfactual<'_, '_, O>],
    progress: &mut dyn FnMut(Progress),
) -> Budgets {
    let runs = arrivals(plan.scenario);
    let planned: u64 = runs.iter().map(|r| r.count).sum();
    let mut main = Main {
        plan,
        budgets: Budgets::new(plan),
        member: blank_member(),
        events: MonthEvents::default(),
        referred: Referred::new(planned),
        saved: blank_member(),
    };
    let mut followers: Vec<Follower<O>> = counterfactuals
        .iter_mut()
        .map(|run| Follower {
            budgets: Budgets::new(run.plan),
            run,
            member: blank_member(),
            events: MonthEvents::default(),
            referred: Referred::new(planned),
            following: true,
            parts_from: None,
        })
        .collect();
    let mut done = 0u64;
    let mut report = |done: u64, main: &Main| {
        if done.is_multiple_of(PROGRESS_EVERY) {
            progress(Progress {
                members_done: done,
                members_total: planned + main.referred.created,
                cohort_month: main.member.join_month,
                by_referral: main.member.referred,
            });
        }
    };
    let stopped = |main: &Main, followers: &[Follower<O>]| {
        main.budgets.stopped().is_some() || followers.iter().any(|f| f.budgets.stopped().is_some())
    };
    for run in &runs {
        for id in run.first_id..run.first_id + run.count {
            if stopped(&main, &followers) {
                break;
            }
            for f in followers.iter_mut() {
                f.following = true;
            }
            run_member(&mut main, observer, &mut followers, id, run.join, false);
            done += 1;
            report(done, &main);
        }
    }
    // Referred members, in id order across the runs' queues.
    loop {
        let next = followers
            .iter()
            .filter_map(|f| f.referred.next_waiting())
            .chain(main.referred.next_waiting())
            .min();
        let Some(id) = next.filter(|_| !stopped(&main, &followers)) else {
            break;
        };
        let main_member = (main.referred.next_waiting() == Some(id))
            .then(|| main.referred.pop())
            .flatten();
        let mut alone = Vec::new();
        for (i, f) in followers.iter_mut().enumerate() {
            let own = (f.referred.next_waiting() == Some(id))
                .then(|| f.referred.pop())
                .flatten();
            f.following = own.is_some() && own == main_member;
            if let (Some((_, join, _)), false) = (own, f.following) {
                alone.push((i, join));
            }
        }
        if let Some((_, join, by_referral)) = main_member {
            run_member(&mut main, observer, &mut followers, id, join, by_referral);
            done += 1;
            report(done, &main);
        }
        for (i, join) in alone {
            if let Some(f) = followers.get_mut(i) {
                let own = f.run.plan;
                live(
                    own,
                    &mut f.budgets,
                    &mut f.member,
                    id,
                    join,
                    true,
                    &mut f.referred,
                    &mut f.run.observer,
                    i32::MIN,
                );
            }
        }
    }
    progress(Progress {
        members_done: done,
        members_total: done,
        cohort_month: main.member.join_month,
        by_referral: main.member.referred,
    });
    // A run taken alongside that stopped stops the whole: its figures are the main run's too.
    if let Some(stop) = followers.iter().find_map(|f| f.budgets.stopped()) {
        main.budgets.stop(stop);
    }
    main.budgets
}

/// Runs member `id` in the main run, handing their months to the followers that follow them;
/// then each follower that parted from the main path simulates the member itself from the
/// month the main run's state was saved, showing its observer the months from the parting.
fn run_member<M: Observer, O: Observer>(
    main: &mut Main,
    observer: &mut M,
    followers: &mut [Follower<'_, '_, '_, O>],
    id: u64,
    join: JoinMonth,
    by_referral: bool,
) {
    let horizon = main.plan.scenario.horizon.months as i32;
    for f in followers.iter_mut() {
        f.parts_from = None;
    }
    let mut streams = enrol(main.plan, &mut main.member, id, join, by_referral);
    let join_month = main.member.join_month;
    let reachable_from = join_month.max(0);
    let mut relay = Relay {
        main: observer,
        followers,
        horizon,
    };
    let mut life = Life {
        plan: main.plan,
        budgets: &mut main.budgets,
        member: &mut main.member,
        streams: &mut streams,
        events: &mut main.events,
    };
    life.months(
        join_month..reachable_from,
        &mut main.referred,
        &mut relay,
        i32::MIN,
    );
    let saved_streams = (!relay.followers.is_empty()).then(|| {
        main.saved.clone_from(life.member);
        life.streams.clone()
    });
    life.months(
        reachable_from..horizon,
        &mut main.referred,
        &mut relay,
        i32::MIN,
    );
    if relay.wants_runoff() {
        life.run_off(&mut relay);
    }
    let Some(saved_streams) = saved_streams else {
        return;
    };
    for f in relay.followers.iter_mut() {
        let (true, Some(parted)) = (f.following, f.parts_from) else {
            continue;
        };
        f.member.clone_from(&main.saved);
        let mut streams = saved_streams.clone();
        let mut life = Life {
            plan: f.run.plan,
            budgets: &mut f.budgets,
            member: &mut f.member,
            streams: &mut streams,
            events: &mut f.events,
        };
        life.months(
            reachable_from..horizon,
            &mut f.referred,
            &mut f.run.observer,
            parted,
        );
    }
}
