#![cfg(not(target_arch = "wasm32"))]
use chrono::{DateTime, Utc};
use salesflow::domain::demo::{generate, DemoSize, Lang};
use salesflow::domain::Collections;

#[test]
fn scratch() {
    // floats
    let mut bad = 0;
    let mut x: u64 = 0x1234_5678_9abc_def1;
    for _ in 0..200000 {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        let f = f64::from_bits(x);
        if !f.is_finite() { continue; }
        let s = serde_json::to_string(&f).unwrap();
        let g: f64 = serde_json::from_str(&s).unwrap();
        if g != f { bad += 1; if bad < 5 { println!("float {f:e} -> {s} -> {g:e}"); } }
    }
    println!("bad floats {bad}");
    let mut bad2 = 0; let mut tot = 0;
    for _ in 0..1_000_000 {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        let f = (x >> 11) as f64 / (1u64 << 53) as f64 * 360.0 - 180.0;
        tot += 1;
        let s = serde_json::to_string(&f).unwrap();
        let g: f64 = serde_json::from_str(&s).unwrap();
        if g != f { bad2 += 1; if bad2 < 5 { println!("geo {f:e} -> {s} -> {g:e}"); } }
    }
    println!("bad geo {bad2}/{tot}");
    for secs in [253_402_300_800i64, 253_402_300_799, -62_167_219_201, -62_135_596_800 - 1, 8_210_266_876_799] {
        let t = DateTime::<Utc>::from_timestamp(secs, 123).unwrap();
        let s = serde_json::to_string(&t).unwrap();
        let back: Result<DateTime<Utc>, _> = serde_json::from_str(&s);
        println!("{secs} {s} {:?}", back.map(|b| b == t));
    }
    let mut ws = generate(DemoSize::Small, Lang::En, 1);
    let t = DateTime::<Utc>::from_timestamp(253_402_300_800, 0).unwrap();
    let text = salesflow::store::format::export_json(&ws, t);
    println!("{:?}", salesflow::store::import::parse(&text, &Collections::default()).map(|_| ()));
    ws.data.deals[0].name = "\u{0}\u{1f}\"\\ \u{2028}😀中".into();
    ws.data.sort_by_id();
}
