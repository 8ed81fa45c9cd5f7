import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, the bar every screen is held to. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on what the page shows now, in the light and the dark theme (both follow
 * the system), and fails on any critical or serious violation, naming each node.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    // One line per rule: what it is, how many nodes, and the first few of them.
    const serious = violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => {
        const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
        return `${v.impact} ${v.id} (${colorScheme}, ${v.nodes.length} nodes): ${nodes.join(' | ')}`;
      });
    expect(serious, `${screen}: axe found ${serious.length} critical or serious problems`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null, reducedMotion: null });
}
