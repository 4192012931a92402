#!/usr/bin/env python3
"""One pass of the plain model in vectorised numpy: the yardstick of issue 15.

What it is for: the benchmark (`bash tests/tasks.sh bench`, `src/bin/bench.rs
--plain-model`) times one native pass of the plain-model scenario
(`tests/bench/plain_model.json`) and runs this script right after on the same scenario, so
that the two are timed on the same machine at the same moment. It is the same model as
Tierlab's engine, written as an analyst would write it with numpy: arrays over members,
month by month. Its random numbers are numpy's, not Tierlab's, so its figures agree with
the native ones within sampling noise, not to the digit.

Not for: anything the product uses, or any model richer than the plain one. It refuses a
scenario with campaigns, referral, growth behaviours, goal gradient, tier effects, warm-up,
monthly intake, pending points, more than one segment or reward, or another tier basis,
downgrade policy or expiry.

    plain_model.py SCENARIO [MEMBERS]     (MEMBERS replaces population.starting_members)

Prints one JSON object: the processor and wall-clock seconds of the simulation (reading the
scenario and importing numpy are not timed), the monthly rows (the same kinds of figures as
the engine's monthly rows) and headline figures per member with their standard errors.

The model, step by step in the order of the engine's month (src/engine/mod.rs):
- members: λ ~ Gamma(r, scale 1/α) purchases a week, p ~ Beta(a, b), ν ~ Gamma(q, scale 1/γ)
  (Fader, Hardie & Lee 2005: "Counting your customers the easy way"; "RFM and CLV").
- enrolment: every member enrols on a day drawn uniformly within month 0, with a first
  purchase; in month 0 they buy only over the rest of the month.
- purchases: a member still a customer makes Poisson(λ × 365.25/12/7 weeks) purchases in a
  month, and after each repeat purchase drops out for good with chance p. The number of
  repeat purchases up to and including the one after which a member drops out is therefore
  Geometric(p): it is drawn once per member, and each month a member makes
  min(k, purchases left) and is lost when none are left. This is the same process, exactly.
- the day of a member's last purchase: k purchases fall uniformly over the month, so the
  m-th of them (the last one made) falls at Beta(m, k − m + 1) of the month.
- spend: each purchase is Gamma(p, scale 1/ν), rounded to the cent. Growth and points are
  rounded down per purchase, as the engine does, so purchases are drawn one by one rather
  than as one Gamma(k·p) per member-month, whose rounding would differ.
- tiers: qualifying growth is the calendar year's; reaching a threshold upgrades at once;
  at the end of December a member below their tier's keep threshold goes down one tier.
- points: at the month's end a member still a customer whose balance covers the reward
  redeems it with the tier's monthly chance, oldest points first; at the end of December
  the points earned the year before expire.
- lifecycle stages from recency (whole days), purchases and spend, as the CRM sees them.
"""

import json
import sys
import time
from types import SimpleNamespace

import numpy as np

DAYS_PER_MONTH = 365.25 / 12
WEEKS_PER_MONTH = DAYS_PER_MONTH / 7


def plain_rules(scenario, members):
    """The scenario's numbers the plain model needs; refuses anything it does not model."""
    population, tiers, points = scenario["population"], scenario["tiers"], scenario["points"]
    levels = tiers["levels"]
    segments = population["segments"]
    behaviour = segments[0]["behaviour"]
    no_effects = all(
        level["earn_multiplier"] == 1
        and level["discount"] == 0
        and level["benefit_cost_per_month"] == 0
        and level["dropout_reduction"] == 0
        and level["purchase_rate_uplift"] == 0
        for level in levels
    )
    checks = {
        "a new programme": population["history"]["kind"] == "new_programme",
        "no monthly intake": population["new_members_per_month"] == 0,
        "one segment in the model form": len(segments) == 1 and behaviour["form"] == "model",
        "no campaigns": not scenario["campaigns"],
        "no referral": scenario["referral"]["referrals_per_month"] == 0,
        "no growth behaviours": not scenario["growth"]["behaviours"],
        "no goal gradient": scenario["goal_gradient"]["within_share"] == 0
        or scenario["goal_gradient"]["purchase_rate_uplift"] == 0,
        "calendar-year tiers, one tier down, no grace": tiers["basis"] == "calendar_year"
        and tiers["downgrade"] == "one_tier"
        and tiers["grace_months"] == 0,
        "no tier effects": no_effects,
        "points at once, expiring at the end of the next year": points["pending_months"] == 0
        and points["expiry"]["kind"] == "end_of_next_year",
        "one reward": len(points["rewards"]) == 1,
    }
    missing = [what for what, holds in checks.items() if not holds]
    if missing:
        sys.exit("plain_model.py models a plain scenario only; this one lacks: "
                 + ", ".join(missing))
    horizon, lifecycle, reward = scenario["horizon"], scenario["lifecycle"], points["rewards"][0]
    return SimpleNamespace(
        members=members if members is not None else population["starting_members"],
        months=horizon["months"],
        seed=horizon["seed"],
        start_month=horizon["start_month"],
        purchases=behaviour["purchases"],
        spend=behaviour["spend"],
        growth_per_unit=scenario["growth"]["per_currency_unit"],
        points_per_unit=points["per_currency_unit"],
        thresholds=np.array([level["threshold"] for level in levels], dtype=np.int64),
        keep=np.array([level["keep_threshold"] for level in levels], dtype=np.int64),
        redemption=np.array([level["redemption_per_month"] for level in levels]),
        reward_points=reward["points"],
        reward_cost=reward["cost"],
        reward_cash=reward["cash"],
        active_days=lifecycle["active_window_days"],
        churned_days=lifecycle["churned_after_days"],
        maturity_purchases=lifecycle["maturity_purchases"],
        maturity_spend_cents=lifecycle["maturity_spend"] * 100,
    )


def draw_members(rules, rng):
    """Each member's traits and an empty history."""
    n, bgnbd, gg = rules.members, rules.purchases, rules.spend
    dropout = rng.beta(bgnbd["a"], bgnbd["b"], n)
    join = rng.random(n)
    return SimpleNamespace(
        join=join,
        rate_per_week=rng.gamma(bgnbd["r"], 1 / bgnbd["alpha"], n),
        spend_rate=rng.gamma(gg["q"], 1 / gg["gamma"], n),
        repeats_left=rng.geometric(dropout),
        alive=np.ones(n, dtype=bool),
        purchases=np.zeros(n, dtype=np.int64),
        spend_cents=np.zeros(n, dtype=np.int64),
        last_day=join * DAYS_PER_MONTH,
        year_growth=np.zeros(n, dtype=np.int64),
        tier=np.zeros(n, dtype=np.int64),
        points_last_year=np.zeros(n, dtype=np.int64),
        points_this_year=np.zeros(n, dtype=np.int64),
        # Per member over the horizon, for the standard errors of the headline figures.
        points_earned=np.zeros(n, dtype=np.int64),
        points_redeemed=np.zeros(n, dtype=np.int64),
        points_expired=np.zeros(n, dtype=np.int64),
        downgrades=np.zeros(n, dtype=np.int64),
    )


def pay(rules, m, rng, who, count, row):
    """Purchases: `count[i]` purchases by member `who[i]` (ids ascending). Spend, growth and
    points, each purchase rounded as the engine rounds it; then upgrades."""
    if who.size == 0:
        return
    owner = np.repeat(who, count)
    cents = np.floor(rng.gamma(rules.spend["p"], 1.0, owner.size) / m.spend_rate[owner] * 100 + 0.5)
    growth = np.floor(cents / 100 * rules.growth_per_unit)
    points = np.floor(cents / 100 * rules.points_per_unit)
    starts = np.concatenate(([0], np.cumsum(count)[:-1]))
    cents_each = np.add.reduceat(cents, starts).astype(np.int64)
    growth_each = np.add.reduceat(growth, starts).astype(np.int64)
    points_each = np.add.reduceat(points, starts).astype(np.int64)
    m.purchases[who] += count
    m.spend_cents[who] += cents_each
    m.points_this_year[who] += points_each
    m.points_earned[who] += points_each
    m.year_growth[who] += growth_each
    reached = np.searchsorted(rules.thresholds, m.year_growth[who], side="right") - 1
    up = reached > m.tier[who]
    m.tier[who[up]] = reached[up]
    row["upgrades"] += int(np.count_nonzero(up))
    row["revenue_cents"] += int(cents_each.sum())
    row["growth_earned"] += int(growth_each.sum())
    row["points_issued"] += int(points_each.sum())


def buy(rules, m, rng, month, row):
    """A month's repeat purchases of the members still customers, and their dropouts."""
    customers = np.flatnonzero(m.alive)
    # In month 0 a member buys only from their join day on.
    start = m.join[customers] if month == 0 else np.zeros(customers.size)
    k = rng.poisson(m.rate_per_week[customers] * WEEKS_PER_MONTH * (1 - start))
    buying = k > 0
    who, k, start = customers[buying], k[buying], start[buying]
    made = np.minimum(k, m.repeats_left[who])
    m.repeats_left[who] -= made
    m.alive[who[m.repeats_left[who] == 0]] = False
    within = start + (1 - start) * rng.beta(made, k - made + 1)
    m.last_day[who] = (month + within) * DAYS_PER_MONTH
    row["repeat_purchases"] += int(made.sum())
    pay(rules, m, rng, who, made, row)


def redeem(rules, m, rng, row):
    """One reward at the month's end, oldest points first, for members still customers."""
    balance = m.points_last_year + m.points_this_year
    can = np.flatnonzero(m.alive & (balance >= rules.reward_points))
    takes = can[rng.random(can.size) < rules.redemption[m.tier[can]]]
    from_last_year = np.minimum(m.points_last_year[takes], rules.reward_points)
    m.points_last_year[takes] -= from_last_year
    m.points_this_year[takes] -= rules.reward_points - from_last_year
    m.points_redeemed[takes] += rules.reward_points
    row["rewards_redeemed"] = int(takes.size)
    row["points_redeemed"] = int(takes.size) * rules.reward_points
    row["reward_cost"] = takes.size * rules.reward_cost
    row["reward_cash"] = takes.size * rules.reward_cash


def year_end(rules, m, row):
    """End of December: last year's points expire; the tier review, one tier down."""
    row["points_expired"] = int(m.points_last_year.sum())
    m.points_expired += m.points_last_year
    m.points_last_year, m.points_this_year = m.points_this_year, m.points_last_year
    m.points_this_year[:] = 0
    failed = np.flatnonzero((m.tier > 0) & (m.year_growth < rules.keep[m.tier]))
    m.tier[failed] -= 1
    m.downgrades[failed] += 1
    row["downgrades"] = int(failed.size)


def observe(rules, m, month, row):
    """The month's end as the reports see it: customers, lifecycle stages, tiers, points."""
    # Whole days since the last purchase, as a CRM (and the engine) counts them.
    recency = np.floor((month + 1) * DAYS_PER_MONTH - m.last_day)
    active = recency <= rules.active_days
    churned = recency > rules.churned_days
    mature = active & (
        (m.purchases >= rules.maturity_purchases) | (m.spend_cents >= rules.maturity_spend_cents)
    )
    repeat = active & ~mature & (m.purchases >= 2)
    alive = int(np.count_nonzero(m.alive))
    row.update(
        alive=alive,
        dropped_out=rules.members - alive,
        active=int(np.count_nonzero(active)),
        stages={
            "introduction": int(np.count_nonzero(active & ~mature & ~repeat)),
            "growth": int(np.count_nonzero(repeat)),
            "maturity": int(np.count_nonzero(mature)),
            "dormant": int(np.count_nonzero(~active & ~churned)),
            "churned": int(np.count_nonzero(churned)),
        },
        tiers=np.bincount(m.tier, minlength=rules.thresholds.size).tolist(),
        points_outstanding=int(m.points_last_year.sum() + m.points_this_year.sum()),
    )


def simulate(rules):
    """The whole horizon; returns the members at the end and the monthly rows."""
    rng = np.random.default_rng(rules.seed)
    m = draw_members(rules, rng)
    rows = []
    for month in range(rules.months):
        month_of_year = (rules.start_month - 1 + month) % 12 + 1
        row = dict.fromkeys(
            ["first_purchases", "repeat_purchases", "upgrades", "downgrades", "revenue_cents",
             "growth_earned", "points_issued", "points_expired"], 0)
        row["month"] = month
        if month_of_year == 1:
            m.year_growth[:] = 0
        if month == 0:
            everyone = np.arange(rules.members)
            row["first_purchases"] = rules.members
            pay(rules, m, rng, everyone, np.ones(rules.members, dtype=np.int64), row)
        buy(rules, m, rng, month, row)
        redeem(rules, m, rng, row)
        if month_of_year == 12:
            year_end(rules, m, row)
        observe(rules, m, month, row)
        row["revenue"] = row.pop("revenue_cents") / 100
        rows.append(row)
    return m, rows


def mean_with_error(values):
    """Mean per member and its standard error."""
    values = np.asarray(values, dtype=np.float64)
    return {"value": float(values.mean()), "se": float(values.std(ddof=1) / np.sqrt(values.size))}


def headline(rules, m):
    """Figures per member to set beside the native pass's, with standard errors."""
    spend, bought = m.spend_cents / 100, m.purchases
    per_purchase = spend.sum() / bought.sum()
    # A ratio of sums over members: its standard error by the delta method.
    residual = spend - per_purchase * bought
    figures = {
        "repeat_purchases_per_member": mean_with_error(m.purchases - 1),
        "alive_share_at_end": mean_with_error(m.alive),
        "active_share_at_end": mean_with_error(
            np.floor(rules.months * DAYS_PER_MONTH - m.last_day) <= rules.active_days),
        "spend_per_purchase": {
            "value": float(per_purchase),
            "se": float(np.sqrt((residual**2).sum()) / bought.sum()),
        },
        "points_issued_per_member": mean_with_error(m.points_earned),
        "points_redeemed_per_member": mean_with_error(m.points_redeemed),
        "points_expired_per_member": mean_with_error(m.points_expired),
        "points_outstanding_per_member": mean_with_error(m.points_last_year + m.points_this_year),
        "downgrades_per_member": mean_with_error(m.downgrades),
    }
    for tier in range(rules.thresholds.size):
        figures[f"tier_{tier}_share_at_end"] = mean_with_error(m.tier == tier)
    return figures


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit("usage: plain_model.py SCENARIO [MEMBERS]")
    with open(argv[1], encoding="utf-8") as file:
        scenario = json.load(file)
    rules = plain_rules(scenario, int(argv[2]) if len(argv) == 3 else None)
    cpu, wall = time.process_time(), time.perf_counter()
    m, rows = simulate(rules)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    json.dump(
        {
            "numpy": np.__version__,
            "members": rules.members,
            "months": rules.months,
            "seconds_process": cpu,
            "seconds_wall": wall,
            "headline": headline(rules, m),
            "months_rows": rows,
        },
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main(sys.argv)
