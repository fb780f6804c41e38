// The results table, for the terminal and for docs/benchmarks.md.

const f = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : '—');
const kb = (b) => `${f(b / 1024, 1)} KB`;

/** rows: { scenario, n, app, baseline, ratio, spread, goal, met, note } */
export function table(rows) {
  const head = ['Scenario', 'N', 'App (median)', 'Baseline (median)', 'Ratio (IQR)', 'Goal', 'Met'];
  const body = rows.map((r) => [r.scenario, r.n, r.app, r.baseline, r.ratio, r.goal, r.met]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export const ms = (v) => `${f(v, v < 100 ? 1 : 0)} ms`;
export const ratio = (r) => `${f(r.ratio, 2)}× (${f(r.ratioQ1, 2)}–${f(r.ratioQ3, 2)})`;
export { f, kb };
