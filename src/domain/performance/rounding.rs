//! Controlled rounding of a table: whole numbers whose rows and columns both
//! add up exactly to given totals.
//!
//! A plan splits a parent's twelve months among its children. Splitting each
//! month on its own (largest remainder) keeps every month exact but lets a
//! child's months drift a unit or two from its annual share; splitting each
//! child's year on its own does the reverse. Both margins can be kept: with
//! `cell = row × col ÷ total` the fractional parts form a table whose rows and
//! columns add up to whole numbers, so a 0/1 table with those sums exists on
//! the cells with a fraction (bipartite flow is integral). Largest fractions
//! are tried first; augmenting paths fix what the greedy pass cannot place.
//! Every cell is then its exact share rounded down or up.

/// `rows[i] × cols[j] ÷ Σ` rounded so row `i` adds up to `rows[i]` and column
/// `j` to `cols[j]`. `None` when the totals differ or a value is negative.
pub fn round_table(rows: &[i64], cols: &[i64]) -> Option<Vec<Vec<i64>>> {
    if rows.iter().chain(cols).any(|&v| v < 0) {
        return None;
    }
    let total: i64 = rows.iter().sum();
    if total != cols.iter().sum::<i64>() {
        return None;
    }
    if total == 0 {
        return Some(vec![vec![0; cols.len()]; rows.len()]);
    }
    let t = total as u128;
    let mut out = vec![vec![0i64; cols.len()]; rows.len()];
    let mut frac: Vec<(u128, usize, usize)> = Vec::new();
    for (i, &r) in rows.iter().enumerate() {
        for (j, &c) in cols.iter().enumerate() {
            let x = r as u128 * c as u128;
            out[i][j] = (x / t) as i64;
            if x % t > 0 {
                frac.push((x % t, i, j));
            }
        }
    }
    let mut row_need: Vec<i64> = rows.iter().enumerate().map(|(i, r)| r - out[i].iter().sum::<i64>()).collect();
    let mut col_need: Vec<i64> = cols.iter().enumerate().map(|(j, c)| c - out.iter().map(|r| r[j]).sum::<i64>()).collect();
    frac.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut up = vec![vec![false; cols.len()]; rows.len()];
    for &(_, i, j) in &frac {
        if row_need[i] > 0 && col_need[j] > 0 {
            up[i][j] = true;
            row_need[i] -= 1;
            col_need[j] -= 1;
        }
    }
    let open: Vec<Vec<bool>> = (0..rows.len()).map(|i| (0..cols.len()).map(|j| out_frac(rows[i], cols[j], t)).collect()).collect();
    while let Some(start) = row_need.iter().position(|&n| n > 0) {
        let end = augment(start, &open, &mut up, &col_need)?;
        row_need[start] -= 1;
        col_need[end] -= 1;
    }
    for (i, row) in out.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell += i64::from(up[i][j]);
        }
    }
    Some(out)
}

fn out_frac(r: i64, c: i64, t: u128) -> bool {
    (r as u128 * c as u128) % t > 0
}

/// One more unit for row `start`: a path row → column (cell not yet raised)
/// → row (cell raised there, so it can give its unit up) … ending at a
/// column that still needs a unit. Flips the path and returns that column.
fn augment(start: usize, open: &[Vec<bool>], up: &mut [Vec<bool>], col_need: &[i64]) -> Option<usize> {
    let cols = col_need.len();
    let mut col_parent: Vec<Option<usize>> = vec![None; cols];
    let mut row_parent: Vec<Option<usize>> = vec![None; open.len()];
    let mut row_seen = vec![false; open.len()];
    row_seen[start] = true;
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(i) = queue.pop_front() {
        for j in 0..cols {
            if !open[i][j] || up[i][j] || col_parent[j].is_some() {
                continue;
            }
            col_parent[j] = Some(i);
            if col_need[j] > 0 {
                let end = j;
                let mut j = j;
                loop {
                    let i = col_parent[j]?;
                    up[i][j] = true;
                    if i == start {
                        return Some(end);
                    }
                    let back = row_parent[i]?;
                    up[i][back] = false;
                    j = back;
                }
            }
            for k in 0..open.len() {
                if up[k][j] && !row_seen[k] {
                    row_seen[k] = true;
                    row_parent[k] = Some(j);
                    queue.push_back(k);
                }
            }
        }
    }
    None
}
