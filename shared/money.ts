/** Money crosses the boundary as a number in currency units and is stored as integer cents. */
export const toCents = (amount: number): number => Math.round(amount * 100);

/** Integer cents back to a number in currency units (exact for any stored value). */
export const fromCents = (cents: number): number => cents / 100;
