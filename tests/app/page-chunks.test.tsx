import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { App } from '../../src/app/App';
import { preloadPage } from '../../src/app/route-chunks';

// src/main.tsx loads the opened page's code before the first render. That page must then show
// at once: a loading message first would stay up for at least 300 ms (React keeps a fallback it
// has shown that long), which put off the results' first paint on a reload of /results.
test.each([
  ['/results', 'Your results'],
  ['/history', 'Your saved results'],
])(
  '%s, its code already loaded, shows its page at once with no loading message',
  async (path, heading) => {
    await preloadPage(path);
    window.history.replaceState(null, '', path);
    render(<App />);

    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  },
);

test('a page whose code is not loaded yet shows the loading message, then the page', async () => {
  window.history.replaceState(null, '', '/step/about');
  render(<App />);

  expect(screen.getByText('Loading…')).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 1, name: /about you/i })).toBeInTheDocument();
});
