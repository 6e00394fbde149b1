// One axe check for every spec, so a failure always names the page and the rules it broke.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Runs axe over the page (or only `include`) and fails with `where: rule (nodes)` lines. */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  options: { include?: string } = {},
) {
  const builder = new AxeBuilder({ page });
  if (options.include) builder.include(options.include);
  const { violations } = await builder.analyze();
  expect(
    violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.length})`),
  ).toEqual([]);
}
