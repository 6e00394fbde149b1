// src/lib/router.ts (kept under tests/app, the router's only user).
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { Link } from '../../src/components/Link';
import { navigate, useRoute } from '../../src/lib/router';

test('useRoute reads the address and follows navigate', () => {
  window.history.replaceState(null, '', '/');
  const { result } = renderHook(() => useRoute());
  expect(result.current).toEqual({ path: '/', search: '' });

  act(() => navigate('/history/compare?a=1&b=2'));

  expect(result.current).toEqual({ path: '/history/compare', search: '?a=1&b=2' });
});

test('navigate adds a history entry, and replace does not', () => {
  window.history.replaceState(null, '', '/');
  const before = window.history.length;

  act(() => navigate('/step/1'));
  expect(window.history.length).toBe(before + 1);

  act(() => navigate('/step/2', { replace: true }));
  expect(window.history.length).toBe(before + 1);
  expect(window.location.pathname).toBe('/step/2');
});

test('navigating to the page already shown adds no entry', () => {
  window.history.replaceState(null, '', '/results');
  const before = window.history.length;

  act(() => navigate('/results'));

  expect(window.history.length).toBe(before);
});

test('the route keeps the same object while the address is unchanged', () => {
  window.history.replaceState(null, '', '/step/3');
  const { result, rerender } = renderHook(() => useRoute());
  const first = result.current;

  rerender();

  expect(result.current).toBe(first);
});

test('browser Back and Forward update the route', async () => {
  window.history.replaceState(null, '', '/');
  const { result } = renderHook(() => useRoute());
  act(() => navigate('/step/1'));

  act(() => window.history.back());

  await vi.waitFor(() => expect(result.current.path).toBe('/'));
});

test('a plain click on a Link navigates in place', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/');
  render(<Link to="/history">History</Link>);

  await user.click(screen.getByRole('link', { name: 'History' }));

  expect(window.location.pathname).toBe('/history');
});

test('a modified click on a Link is left to the browser', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/');
  render(<Link to="/history">History</Link>);

  await user.keyboard('{Control>}');
  await user.click(screen.getByRole('link', { name: 'History' }));
  await user.keyboard('{/Control}');

  expect(window.location.pathname).toBe('/');
});

test('a Link is a real link to its address', () => {
  render(<Link to="/step/7">Check the warning signs</Link>);

  expect(screen.getByRole('link', { name: 'Check the warning signs' })).toHaveAttribute(
    'href',
    '/step/7',
  );
});
