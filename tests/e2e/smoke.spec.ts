import { expect, test } from '@playwright/test';

test('the app loads and shows its name and purpose', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
  await expect(page.getByText(/nutrient/i).first()).toBeVisible();
  await expect(page).toHaveTitle(/LegCheck/);
});
