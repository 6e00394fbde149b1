import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { draftActions } from '../../src/features/wizard/draft-store';

vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  await import('../../src/features/wizard/WizardStep');
});

beforeEach(() => {
  draftActions.draftCleared();
});

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

test('every page has a skip link, the main links, a main landmark and the emergency line', async () => {
  const user = userEvent.setup();
  renderAt('/');

  const skip = screen.getByRole('link', { name: 'Skip to main content' });
  expect(skip).toHaveAttribute('href', '#main');
  const nav = screen.getByRole('navigation', { name: 'Main' });
  expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  expect(within(nav).getByRole('link', { name: 'History' })).toHaveAttribute('href', '/history');
  expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  const safety = screen.getByRole('complementary', { name: 'When to see a doctor' });
  expect(safety).toHaveTextContent(/call your local emergency number/i);

  await user.click(within(safety).getByRole('link', { name: 'Check the warning signs' }));
  await screen.findByRole('heading', { level: 1, name: /warning signs/i });
  expect(screen.getByRole('complementary', { name: 'When to see a doctor' })).toBeVisible();
});

test('the start page names LegCheck and sets the tab title', () => {
  renderAt('/');

  expect(screen.getByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
  expect(document.title).toBe('LegCheck: leg pain and nutrition check');
});

test('the first page of a visit leaves focus where the browser put it', () => {
  renderAt('/');

  expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
});

test('an unknown address shows a not-found page with a way back', async () => {
  const user = userEvent.setup();
  renderAt('/no/such/page');

  expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(document.title).toBe('Page not found – LegCheck');

  await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
  const start = await screen.findByRole('heading', { level: 1, name: /LegCheck/ });
  await waitFor(() => expect(start).toHaveFocus());
  expect(window.location.pathname).toBe('/');
});

test('a step number out of range is not found', () => {
  renderAt('/step/8');

  expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('History and the pages under it load on demand', async () => {
  const user = userEvent.setup();
  renderAt('/');

  await user.click(screen.getByRole('link', { name: 'History' }));

  const heading = await screen.findByRole(
    'heading',
    { level: 1, name: 'Your saved results' },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(heading).toHaveFocus());
  expect(window.location.pathname).toBe('/history');
  expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
});

test('browser Back after a link returns to the start page and focuses its heading', async () => {
  const user = userEvent.setup();
  renderAt('/');
  await user.click(screen.getByRole('link', { name: 'Start the questions' }));
  await screen.findByRole('heading', { level: 1, name: /about you/i });

  act(() => window.history.back());

  const start = await screen.findByRole('heading', { level: 1, name: /LegCheck/ });
  await waitFor(() => expect(start).toHaveFocus());
});

test.each([
  ['/results/', '/results', /^Your results$/],
  ['/history/', '/history', /saved results/i],
  ['/step/about/', '/step/about', /about you/i],
  // An old numbered address is read by the order of before (warning signs were step 7).
  ['/step/1', '/step/about', /about you/i],
  ['/step/7', '/step/warning-signs', /warning signs/i],
  ['/step/7/', '/step/warning-signs', /warning signs/i],
])(
  'an address typed as %s (a trailing slash, an old step number) shows its page and is corrected to %s',
  async (typed, canonical, heading) => {
    renderAt(typed);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    await waitFor(() => expect(window.location.pathname).toBe(canonical));
    expect(screen.queryByRole('heading', { name: 'Page not found' })).not.toBeInTheDocument();
  },
);

test('a trailing slash is dropped without losing the query or adding a history entry', async () => {
  renderAt('/history/compare/?a=x&b=y');
  const entries = window.history.length;

  await waitFor(() => expect(window.location.pathname).toBe('/history/compare'));
  expect(window.location.search).toBe('?a=x&b=y');
  expect(window.history.length).toBe(entries);
});

test.each(['/%', '/history/%E0%A4%A', '/history/%E0%A4%A/print', '/history/abc/edit'])(
  'an address the app cannot read (%s) shows "Page not found" with a way home',
  async (path) => {
    const user = userEvent.setup();
    renderAt(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(await screen.findByRole('heading', { level: 1, name: /LegCheck/ })).toBeVisible();
    expect(window.location.pathname).toBe('/');
  },
);
