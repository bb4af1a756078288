// Small statistics for the benchmark: quantiles and the frame-time summary.

/** Frame budget at 60 Hz. */
export const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps jitter by a fraction of a millisecond around the 16.67 ms vsync, so a frame
 * counts as over budget (a dropped frame) only past the budget plus this tolerance.
 */
export const FRAME_TOLERANCE_MS = 1;

/** The q-quantile (0 … 1) of `values`, interpolating between neighbours; null when empty. */
export function quantile(values, q) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** Median, p95, worst and dropped-frame count of a list of frame times (ms). */
export function frameStats(frames) {
  return {
    median: median(frames),
    p95: quantile(frames, 0.95),
    max: Math.max(...frames),
    over: frames.filter((ms) => ms > FRAME_BUDGET_MS + FRAME_TOLERANCE_MS).length,
    frames: frames.length,
  };
}
