import type { Locator } from '@playwright/test';

/** The guided debrief filled in step by step: the feeling first, then R.E.S.P.O.N.D., each field once, marked done. */
export async function fillFullDebrief(form: Locator, today: string, reflectionOn: string): Promise<void> {
  await form.getByTestId('interview-company').fill('Northwind');
  await form.getByTestId('interview-role').fill('Product manager');
  await form.getByTestId('interview-date').fill(today);
  await form.getByTestId('interview-outcome').selectOption('rejected');
  await form.getByTestId('interview-feeling').fill('Deflated');
  await form.getByTestId('interview-reflection-on').fill(reflectionOn);
  await form.getByTestId('interview-recall').fill('Tell me about a conflict.\nWhy this role?');
  await form.getByTestId('interview-went-well').fill('Clear opening, good rapport.');
  await form.getByTestId('interview-felt').fill('Steady; engaged once we got going.');
  await form.getByTestId('interview-good-thing').fill('I met a team I would love to work with.');
  await form.getByTestId('interview-struggled').fill('No result at the end of the conflict answer.');
  await form.getByTestId('gap-kind-communication').check();
  await form.getByTestId('gap-kind-behavioural').check();
  await form.getByTestId('interview-refine').fill('End every answer on the result.');
  await form.getByTestId('interview-next-actions').fill('Record two conflict answers by Friday.');
  await form.getByTestId('interview-notify').fill('Priya');
  await form.getByTestId('interview-next-plan').fill('Research their recent launches.');
  await form.getByTestId('interview-debrief-done').check();
}
