// Scratch preview (to be deleted).
use tierlab::chart::{render_all, Lang};
fn main() {
    let name = std::env::args().nth(1).unwrap_or("hotpot".into());
    let members: u32 = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(3000);
    let mut s = tierlab::scenario::preset(&name).unwrap_or_default();
    s.population.starting_members = members;
    let r = tierlab::metrics::simulate(&s);
    std::fs::create_dir_all("/tmp/charts").unwrap();
    for lang in [Lang::En, Lang::ZhCn] {
        for (id, svg) in render_all(&r, lang) {
            std::fs::write(format!("/tmp/charts/{}_{}_{}.svg", name, lang.code(), id), svg).unwrap();
        }
    }
    println!("tiers {:?} months {}", r.tier_names, r.months.len());
}
