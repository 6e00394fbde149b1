import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { RadioGroup } from '../../src/components/RadioGroup';

const options = [
  { value: 'one', label: 'One leg' },
  { value: 'both', label: 'Both legs', hint: 'Left and right' },
];

function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState<string | undefined>(undefined);
  return (
    <RadioGroup
      legend="Is it one leg or both?"
      hint="Pick one"
      options={options}
      value={value}
      onChange={setValue}
      error={error}
    />
  );
}

test('the group is named by its visible legend and described by its hint', () => {
  render(<Harness />);

  const group = screen.getByRole('radiogroup', { name: 'Is it one leg or both?' });
  expect(group).toHaveAccessibleDescription('Pick one');
  expect(screen.getByRole('radio', { name: 'Both legs' })).toHaveAccessibleDescription(
    'Left and right',
  );
});

test('person can choose with the mouse and with arrow keys', async () => {
  const user = userEvent.setup();
  render(<Harness />);

  await user.click(screen.getByText('One leg'));
  expect(screen.getByRole('radio', { name: 'One leg' })).toBeChecked();

  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('radio', { name: 'Both legs' })).toBeChecked();
  expect(screen.getByRole('radio', { name: 'One leg' })).not.toBeChecked();
});

test('an error is shown next to the group and linked to it and every option', () => {
  render(<Harness error="Say whether it is one leg or both" />);

  const group = screen.getByRole('radiogroup', { name: 'Is it one leg or both?' });
  expect(group).toHaveAttribute('aria-invalid', 'true');
  expect(group).toHaveAccessibleDescription('Pick one Error: Say whether it is one leg or both');
  expect(screen.getByRole('radio', { name: 'One leg' })).toHaveAccessibleDescription(
    'Error: Say whether it is one leg or both',
  );
});
