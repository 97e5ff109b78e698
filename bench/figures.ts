/**
 * What every benchmark prints the same way: command-line flags, min/median/max and ratios against
 * the baseline measured in the same run (developers' guide: "Performance is measured").
 */

/** The value after `--name` on the command line, if given. */
export function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** min, median and max; undefined when there is nothing to summarise. */
export function minMedianMax(values: number[]): { min: number; median: number; max: number } | undefined {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return undefined;
  return { min: Math.min(...finite), median: median(finite), max: Math.max(...finite) };
}

/** `ours / baseline` as `0.25×`; blank when either side is missing or the baseline is 0. */
export function ratio(ours: number, baseline: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return '';
  return `${(ours / baseline).toFixed(2)}×`;
}

/** Milliseconds as seconds with one decimal and the unit. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
