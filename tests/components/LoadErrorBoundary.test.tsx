import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { expect, test, vi } from 'vitest';
import { LoadErrorBoundary, PageLoadError } from '../../src/components/LoadErrorBoundary';

/** A page whose code never arrives, as a lazy chunk fails offline. */
function missingPage() {
  return lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
}

function expectReactToReport() {
  // React reports the caught error on the console; that is expected here.
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

test('a page whose code cannot load says so, says the answers are safe, and offers Reload', async () => {
  const reported = expectReactToReport();
  const Missing = missingPage();
  render(
    <LoadErrorBoundary fallback={<PageLoadError />}>
      <Suspense fallback={<p>Loading…</p>}>
        <Missing />
      </Suspense>
    </LoadErrorBoundary>,
  );

  expect(
    await screen.findByRole('heading', { level: 1, name: 'This page could not load' }),
  ).toBeVisible();
  expect(screen.getByText(/your answers are safe on this device/i)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  expect(reported).toHaveBeenCalled();
});

/** /results with code that never arrives, once its error is on screen. */
async function renderFailedResultsPage() {
  expectReactToReport();
  const Missing = missingPage();
  const rendered = render(
    <LoadErrorBoundary resetKey="/results" fallback={<PageLoadError />}>
      <Suspense fallback={null}>
        <Missing />
      </Suspense>
    </LoadErrorBoundary>,
  );
  await screen.findByRole('heading', { name: 'This page could not load' });
  return rendered;
}

test('a new address tries again instead of keeping the error', async () => {
  const { rerender } = await renderFailedResultsPage();

  rerender(
    <LoadErrorBoundary resetKey="/history" fallback={<PageLoadError />}>
      <p>Saved results</p>
    </LoadErrorBoundary>,
  );

  expect(screen.getByText('Saved results')).toBeVisible();
  expect(screen.queryByRole('heading', { name: 'This page could not load' })).toBeNull();
});

test('without a new address the error stays, so the page does not flicker', async () => {
  const { rerender } = await renderFailedResultsPage();

  rerender(
    <LoadErrorBoundary resetKey="/results" fallback={<PageLoadError />}>
      <p>Results</p>
    </LoadErrorBoundary>,
  );

  expect(screen.getByRole('heading', { name: 'This page could not load' })).toBeVisible();
});
