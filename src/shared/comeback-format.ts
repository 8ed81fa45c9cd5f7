/** How the plan's figures read, the same on screen and in the exports. */

/** A month without applications has no rate, and says so rather than showing 0%. */
export const formatRate = (rate: number | null): string => (rate === null ? 'no applications' : `${Math.round(rate * 100)}%`);

export const formatRating = (rating: number | null): string => (rating === null ? 'none rated' : rating.toFixed(1));
