/** A clock that ticks once a minute, so "5 minutes ago" stays true while a screen is open. */
class Now {
  value = $state(Date.now());

  constructor() {
    setInterval(() => {
      this.value = Date.now();
    }, 30_000);
  }
}

export const now = new Now();
