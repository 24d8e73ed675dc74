// Median, min and max of a handful of samples. The median, not the mean: one
// run disturbed by something else on the machine should not move the result.

export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarise(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)!, samples: [...samples] };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
