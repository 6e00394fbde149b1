import { render, screen, within } from '@testing-library/react';
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
