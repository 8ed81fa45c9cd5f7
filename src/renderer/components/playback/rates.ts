/** The playback speeds review and compare offer, slowest first. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** The speed one step slower or faster than `rate`, held at the ends; an unknown rate counts as 1×. */
export function stepRate(rate: number, direction: 1 | -1): number {
  const index = RATES.indexOf(rate as (typeof RATES)[number]);
  return RATES[Math.min(RATES.length - 1, Math.max(0, (index < 0 ? 2 : index) + direction))]!;
}
