import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ConfirmButton } from '../../src/components/ConfirmButton';

function renderPrompt() {
  const onConfirm = vi.fn();
  render(
    <ConfirmButton
      label="Delete everything"
      question="Delete all 3 results?"
      confirmLabel="Yes, delete them"
      cancelLabel="No, keep them"
      onConfirm={onConfirm}
    >
      <p>This cannot be undone.</p>
    </ConfirmButton>,
  );
  return onConfirm;
}

test('the button asks first, and the question takes focus so it is read out', async () => {
  const user = userEvent.setup();
  const onConfirm = renderPrompt();
  expect(screen.queryByRole('group')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Delete everything' }));

  const prompt = screen.getByRole('group', { name: 'Delete all 3 results?' });
  expect(
    within(prompt).getByRole('heading', { level: 2, name: 'Delete all 3 results?' }),
  ).toHaveFocus();
  expect(within(prompt).getByText('This cannot be undone.')).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Delete everything' })).not.toBeInTheDocument();
  expect(onConfirm).not.toHaveBeenCalled();
});

test('"no" does nothing and puts focus back on the button', async () => {
  const user = userEvent.setup();
  const onConfirm = renderPrompt();
  await user.click(screen.getByRole('button', { name: 'Delete everything' }));

  await user.click(screen.getByRole('button', { name: 'No, keep them' }));

  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveFocus();
  expect(onConfirm).not.toHaveBeenCalled();
});

test('"yes" acts once, by keyboard too', async () => {
  const user = userEvent.setup();
  const onConfirm = renderPrompt();
  await user.tab();
  await user.keyboard('{Enter}');
  await user.tab();
  expect(screen.getByRole('button', { name: 'Yes, delete them' })).toHaveFocus();

  await user.keyboard('{Enter}');

  expect(onConfirm).toHaveBeenCalledOnce();
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
});

test('after "yes", a keyboard user is back on the button when the page stays as it was', async () => {
  const user = userEvent.setup();
  const onConfirm = renderPrompt();
  act(() => screen.getByRole('button', { name: 'Delete everything' }).focus());
  await user.keyboard('{Enter}');
  expect(document.activeElement).toBe(
    screen.getByRole('heading', { name: 'Delete all 3 results?' }),
  );

  act(() => screen.getByRole('button', { name: 'Yes, delete them' }).focus());
  await user.keyboard('{Enter}');

  expect(onConfirm).toHaveBeenCalledOnce();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything' }));
});

test('after "yes", focus stays where the action put it', async () => {
  const user = userEvent.setup();
  render(
    <>
      <h1 tabIndex={-1}>Elsewhere</h1>
      <ConfirmButton
        label="Go"
        question="Go?"
        confirmLabel="Yes, go"
        onConfirm={() => screen.getByRole('heading', { name: 'Elsewhere' }).focus()}
      />
    </>,
  );
  await user.click(screen.getByRole('button', { name: 'Go' }));
  await user.click(screen.getByRole('button', { name: 'Yes, go' }));

  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Elsewhere' }));
});
