import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { UpdatePrompt } from '../../src/components/UpdatePrompt';
import { createPwaUpdates, type RegisterServiceWorker } from '../../src/lib/pwa';

/** A stand-in service worker whose new version the test can announce. */
async function startFakeServiceWorker() {
  const updateServiceWorker = vi.fn(async (_reloadPage?: boolean) => undefined);
  let announce = () => {};
  const register: RegisterServiceWorker = (options) => {
    announce = () => options.onNeedRefresh?.();
    return updateServiceWorker;
  };
  const updates = createPwaUpdates(async () => register);
  await updates.start();
  return { updates, updateServiceWorker, newVersionReady: () => act(() => announce()) };
}

test('person sees no update message while the app is current', async () => {
  const { updates } = await startFakeServiceWorker();
  render(<UpdatePrompt updates={updates} />);
  expect(screen.getByRole('status', { name: 'App update' })).toBeEmptyDOMElement();
  expect(screen.queryByRole('button', { name: /reload/i })).not.toBeInTheDocument();
});

test('person is told politely that a new version is available and can reload into it', async () => {
  const user = userEvent.setup();
  const { updates, updateServiceWorker, newVersionReady } = await startFakeServiceWorker();
  render(<UpdatePrompt updates={updates} />);
  const liveRegion = screen.getByRole('status', { name: 'App update' });
  // The region is there, empty, before the message: screen readers only announce changes
  // inside a live region they already know about.
  expect(liveRegion).toHaveAttribute('aria-live', 'polite');
  expect(liveRegion).toBeEmptyDOMElement();

  newVersionReady();

  expect(liveRegion).toHaveTextContent(/a new version of legcheck is available/i);
  expect(liveRegion).toHaveTextContent(/your answers are kept/i);
  await user.click(screen.getByRole('button', { name: 'Reload' }));
  expect(updateServiceWorker).toHaveBeenCalledWith(true);
});

test('person can put the update off without losing focus or their place', async () => {
  const user = userEvent.setup();
  const { updates, updateServiceWorker, newVersionReady } = await startFakeServiceWorker();
  render(<UpdatePrompt updates={updates} />);
  newVersionReady();
  expect(screen.getByRole('button', { name: 'Reload' })).not.toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Not now' }));

  expect(screen.queryByText(/a new version/i)).not.toBeInTheDocument();
  expect(updateServiceWorker).not.toHaveBeenCalled();
});

test('person can reach the update buttons with the keyboard', async () => {
  const user = userEvent.setup();
  const { updates, updateServiceWorker, newVersionReady } = await startFakeServiceWorker();
  render(<UpdatePrompt updates={updates} />);
  newVersionReady();

  await user.tab();
  expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(updateServiceWorker).toHaveBeenCalledWith(true);
});

test('a keyboard user who puts the update off lands on the page heading, not the document', async () => {
  const user = userEvent.setup();
  const { updates, newVersionReady } = await startFakeServiceWorker();
  render(
    <>
      <main>
        <h1>About you</h1>
      </main>
      <UpdatePrompt updates={updates} />
    </>,
  );
  newVersionReady();

  act(() => screen.getByRole('button', { name: 'Not now' }).focus());
  await user.keyboard('{Enter}');

  expect(screen.queryByText(/a new version/i)).not.toBeInTheDocument();
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'About you' }));
});
