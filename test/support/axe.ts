import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
// A script that registers `window.axe` (the chai-a11y-axe plugin loads the same file).
import 'axe-core/axe.min.js';

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules: what the element promises to pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core's WCAG A and AA rules over `element` (shadow roots included). */
export function axeRun(element: Element): Promise<AxeResults> {
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS } };
  return axe.run(element, options);
}

/** Fails with each violation's rule and targets when axe finds any; checks that rules ran. */
export async function expectNoAxeViolations(element: Element, context = ''): Promise<void> {
  const results = await axeRun(element);
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`,
  );
  expect(found, `axe violations ${context}`).to.deep.equal([]);
  // Rules that passed inside the shadow root: the run saw the element's content.
  expect(
    results.passes.map((p) => p.id),
    context,
  ).to.include('button-name');
}
