import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { CheckboxGroup } from '../../src/components/CheckboxGroup';

const options = [
  { value: 'a', label: 'Aches' },
  { value: 'b', label: 'Cramps' },
  { value: 'c', label: 'Numbness' },
];

function Harness({ error, exclusive }: { error?: string; exclusive?: boolean }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <CheckboxGroup
        legend="What do your legs feel like?"
        options={options}
        value={value}
        onChange={setValue}
        error={error}
        exclusiveOption={exclusive ? { value: 'none', label: 'None of these' } : undefined}
      />
      <output aria-label="chosen">{value.join(',')}</output>
    </>
  );
}

test('ticked options are kept in the list order, whatever order they were ticked in', async () => {
  const user = userEvent.setup();
  render(<Harness />);

  await user.click(screen.getByRole('checkbox', { name: 'Numbness' }));
  await user.click(screen.getByRole('checkbox', { name: 'Aches' }));

  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('a,c');
});

test('person can tick and untick with the Space key', async () => {
  const user = userEvent.setup();
  render(<Harness />);

  await user.tab();
  await user.keyboard(' ');
  expect(screen.getByRole('checkbox', { name: 'Aches' })).toBeChecked();
  await user.keyboard(' ');
  expect(screen.getByRole('checkbox', { name: 'Aches' })).not.toBeChecked();
});

test('the exclusive option clears the others and is cleared by them', async () => {
  const user = userEvent.setup();
  render(<Harness exclusive />);

  await user.click(screen.getByRole('checkbox', { name: 'Aches' }));
  await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^none$/);

  await user.click(screen.getByRole('checkbox', { name: 'Cramps' }));
  expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^b$/);
});

test('an error marks every box invalid and describes it', () => {
  render(<Harness error="Choose at least one symptom" />);

  for (const box of screen.getAllByRole('checkbox')) {
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Error: Choose at least one symptom');
  }
  expect(screen.getByText('Choose at least one symptom')).toBeVisible();
});

test('a ticked option can show a short note, and only while ticked', async () => {
  const user = userEvent.setup();
  render(<NoteHarness />);

  expect(screen.queryByText('Note for Cramps')).not.toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: 'Cramps' }));
  expect(screen.getByText('Note for Cramps')).toBeVisible();
  await user.click(screen.getByRole('checkbox', { name: 'Cramps' }));
  expect(screen.queryByText('Note for Cramps')).not.toBeInTheDocument();
});

function NoteHarness() {
  const [value, setValue] = useState<string[]>([]);
  return (
    <CheckboxGroup
      legend="What do your legs feel like?"
      options={options}
      value={value}
      onChange={setValue}
      checkedNote={(item) => (item === 'b' ? 'Note for Cramps' : undefined)}
    />
  );
}
