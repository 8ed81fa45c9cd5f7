/** A clock that ticks every half minute, so "5 minutes ago" stays true while a screen is open. */
export class Now {
  value = $state(Date.now());

  constructor() {
    setInterval(() => {
      this.value = Date.now();
    }, 30_000);
  }
}

export const now = new Now();
