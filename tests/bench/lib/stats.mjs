// Order statistics for benchmark samples.

export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/**
 * Runs `app` and `baseline` alternately (A B B A A B B A …) so drift on a
 * shared machine hits both sides equally, and pairs each app run with the
 * baseline run next to it. Each function returns one figure (ms).
 */
export async function alternate(pairs, app, baseline, onPair = () => {}) {
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      a.push(await app(i));
      b.push(await baseline(i));
    } else {
      b.push(await baseline(i));
      a.push(await app(i));
    }
    onPair(i, a[i], b[i]);
  }
  return summarise(a, b);
}

/** Median ratio of paired samples with its interquartile range. */
export function summarise(a, b) {
  const ratios = a.map((x, i) => x / b[i]);
  return {
    pairs: a.length,
    ratio: median(ratios),
    ratioQ1: quantile(ratios, 0.25),
    ratioQ3: quantile(ratios, 0.75),
    app: median(a),
    baseline: median(b),
    appSamples: a,
    baselineSamples: b,
  };
}
