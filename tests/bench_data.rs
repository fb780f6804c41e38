#![cfg(not(target_arch = "wasm32"))]
//! Writes the benchmark data sets as export files (the same bytes the app and
//! the plain-JavaScript baselines import). Run by `tests/bench/run.sh`:
//! `BENCH_DATA_DIR=dir cargo test --release --locked --test bench_data -- --ignored`.

use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use salesflow::domain::demo::{generate_records, Lang};
use salesflow::domain::validate::{check, Problem};
use salesflow::domain::{EntityKind, Workspace};
use salesflow::store::format::export_json;

const SEED: u64 = 20_261_127;

/// Drops records until nothing dangles: removing deals takes their quotes,
/// activities and so on with them, and those take theirs.
fn prune(ws: &mut Workspace) {
    loop {
        let problems = check(&ws.data);
        if problems.is_empty() {
            return;
        }
        let mut doomed: HashMap<EntityKind, Vec<usize>> = HashMap::new();
        for p in problems {
            let (Problem::Dangling { kind, index, .. } | Problem::DuplicateId { kind, index, .. }) = p;
            doomed.entry(kind).or_default().push(index);
        }
        for (kind, indices) in doomed {
            let ids = ws.data.ids_of(kind);
            for i in indices {
                ws.data.remove(kind, ids[i]);
            }
        }
    }
}

/// A workspace with exactly `deals` deals and everything they need.
fn board_set(deals: usize) -> Workspace {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let mut ws = generate_records(deals * 13, Lang::Zh, SEED, now);
    let extra: Vec<_> = ws.data.ids_of(EntityKind::Deal).into_iter().skip(deals).collect();
    assert!(ws.data.count(EntityKind::Deal) >= deals, "generate more records for {deals} deals");
    for id in extra {
        ws.data.remove(EntityKind::Deal, id);
    }
    prune(&mut ws);
    ws
}

#[test]
#[ignore]
fn write_bench_data() {
    let dir = std::env::var("BENCH_DATA_DIR").unwrap_or_else(|_| "target/bench-data".into());
    std::fs::create_dir_all(&dir).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let mut manifest = Vec::new();
    let mut write = |name: &str, ws: &Workspace| {
        let path = format!("{dir}/{name}.json");
        std::fs::write(&path, export_json(ws, now)).unwrap();
        manifest.push(format!(
            "\"{name}\": {{\"records\": {}, \"deals\": {}}}",
            ws.data.len(),
            ws.data.count(EntityKind::Deal)
        ));
    };
    for n in [1_000, 10_000, 100_000] {
        write(&format!("records-{n}"), &generate_records(n, Lang::Zh, SEED, now));
    }
    write("board-2000", &board_set(2_000));
    std::fs::write(format!("{dir}/manifest.json"), format!("{{{}}}\n", manifest.join(", "))).unwrap();
}

#[test]
fn the_board_set_has_exactly_the_deals_asked_for_and_nothing_dangles() {
    let ws = board_set(300);
    assert_eq!(ws.data.count(EntityKind::Deal), 300);
    assert!(check(&ws.data).is_empty());
}
