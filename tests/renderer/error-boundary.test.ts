import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportUncaughtErrors } from '../../src/renderer/lib/error-reporting';
import { inProcessBridge } from '../support/in-process-bridge';
import { openTestRetake, type TestRetake } from '../support/services';
import BrokenScreen from './fixtures/BrokenScreen.svelte';

let t: TestRetake;
beforeEach(() => {
  t = openTestRetake();
});
afterEach(async () => {
  cleanup();
  await t.dispose();
});

const logText = () => readFileSync(t.services.log.file, 'utf8');

describe('the app shell’s error boundary', () => {
  it('shows a recoverable message naming the log, and the error lands in the log file', async () => {
    const broken = { now: true };
    render(BrokenScreen, { bridge: inProcessBridge(t.services), broken });

    const alert = await screen.findByTestId('render-error');
    expect(alert.textContent).toContain('This screen stopped working');
    await expect.poll(() => alert.textContent).toContain(`The details are in the log at ${t.services.log.file}.`);
    await expect
      .poll(logText)
      .toMatch(/ERROR \[renderer test-client\] render: TypeError: Cannot read properties of undefined \(reading "startMs"\)\n {4}TypeError/);

    broken.now = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The screen works again')).toBeTruthy();
    expect(screen.queryByTestId('render-error')).toBeNull();
  });

  it('reports errors and rejections nothing caught, until told to stop', async () => {
    const stop = reportUncaughtErrors(inProcessBridge(t.services));
    // Plain events: the test runner reports real ErrorEvents as failures of its own.
    const failure = (type: string, reason: unknown) => Object.assign(new Event(type), type === 'error' ? { error: reason } : { reason });
    window.dispatchEvent(failure('error', new Error('a click handler broke')));
    window.dispatchEvent(failure('unhandledrejection', new Error('nobody awaited this')));
    stop();
    window.dispatchEvent(failure('unhandledrejection', new Error('after stopping')));
    await expect.poll(logText).toContain('unhandled rejection: Error: nobody awaited this');
    expect(logText()).toContain('uncaught error: Error: a click handler broke');
    expect(logText()).not.toContain('after stopping');
  });
});
