import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { expect, test } from 'vitest';
import { z } from 'zod/mini';
import type { BodyMapOption, BodyRegion } from '../../src/components/BodyMap';
import { BodyMap } from '../../src/components/BodyMap';
import { FormBodyMap } from '../../src/features/wizard/fields';

const options: BodyMapOption[] = [
  { value: 'feet', label: 'Feet and toes', region: 'feet' },
  { value: 'calves', label: 'Calves', region: 'calves' },
  { value: 'shins', label: 'Shins', region: 'shins' },
  { value: 'thighs-hips', label: 'Thighs, hips or buttocks', region: 'thighs-hips' },
  { value: 'hands-arms', label: 'Hands or arms too' },
  { value: 'around-mouth', label: 'Around the mouth' },
];

function Harness({ error, hint }: { error?: string; hint?: string }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <BodyMap
        legend="Where do you feel it?"
        hint={hint}
        name="where"
        options={options}
        value={value}
        onChange={setValue}
        error={error}
      />
      <output aria-label="chosen">{value.join(',')}</output>
    </>
  );
}

/**
 * The picture is aria-hidden (the checkboxes carry the meaning), so no role or label reaches
 * it: a person taps the drawn area, which the test finds by the part of the body it draws.
 */
function pictureArea(container: HTMLElement, region: BodyRegion): Element {
  const area = container.querySelector(`[data-region="${region}"]`);
  if (!area) throw new Error(`no ${region} in the picture`);
  return area;
}

test('every area is a checkbox with its own label, in a group named by the question', () => {
  render(<Harness hint="Tick all that apply." />);

  const group = screen.getByRole('group', { name: 'Where do you feel it?' });
  expect(group).toHaveAccessibleDescription('Tick all that apply.');
  for (const option of options) {
    expect(screen.getByRole('checkbox', { name: option.label })).not.toBeChecked();
  }
  expect(screen.getAllByRole('checkbox')).toHaveLength(options.length);
});

test('the picture is hidden from screen readers, so nothing is read twice', () => {
  const { container } = render(<Harness />);

  expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
});

test('ticked areas are kept in the list order, whatever order they were ticked in', async () => {
  const user = userEvent.setup();
  render(<Harness />);

  await user.click(screen.getByRole('checkbox', { name: 'Around the mouth' }));
  await user.click(screen.getByRole('checkbox', { name: 'Calves' }));

  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^calves,around-mouth$/);
});

test('tapping an area of the picture ticks its checkbox, and tapping again unticks it', async () => {
  const user = userEvent.setup();
  const { container } = render(<Harness />);

  await user.click(pictureArea(container, 'calves'));
  expect(screen.getByRole('checkbox', { name: 'Calves' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Shins' })).not.toBeChecked();

  await user.click(pictureArea(container, 'thighs-hips'));
  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^calves,thighs-hips$/);

  await user.click(pictureArea(container, 'calves'));
  expect(screen.getByRole('checkbox', { name: 'Calves' })).not.toBeChecked();
  expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent(/^thighs-hips$/);
});

test('a ticked checkbox shows in the picture as a hatched area, not by colour alone', async () => {
  const user = userEvent.setup();
  const { container } = render(<Harness />);

  expect(pictureArea(container, 'feet')).not.toHaveAttribute('fill');
  await user.click(screen.getByRole('checkbox', { name: 'Feet and toes' }));

  expect(pictureArea(container, 'feet')).toHaveAttribute('fill', expect.stringMatching(/^url\(#/));
  expect(pictureArea(container, 'feet')).toHaveClass('body-map__region--checked');
  expect(pictureArea(container, 'shins')).not.toHaveClass('body-map__region--checked');
});

test('person can tick and untick areas with Tab and Space', async () => {
  const user = userEvent.setup();
  render(<Harness />);

  await user.tab();
  expect(screen.getByRole('checkbox', { name: 'Feet and toes' })).toHaveFocus();
  await user.tab();
  await user.keyboard(' ');
  expect(screen.getByRole('checkbox', { name: 'Calves' })).toBeChecked();
  await user.keyboard(' ');
  expect(screen.getByRole('checkbox', { name: 'Calves' })).not.toBeChecked();

  await user.tab();
  await user.tab();
  await user.tab();
  await user.keyboard(' ');
  expect(screen.getByRole('checkbox', { name: 'Hands or arms too' })).toBeChecked();
});

test('an error is announced with every checkbox and marks them invalid', () => {
  render(<Harness error="Choose at least one place" />);

  for (const box of screen.getAllByRole('checkbox')) {
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Error: Choose at least one place');
  }
  expect(screen.getByText('Choose at least one place')).toBeVisible();
});

test('without an error nothing is marked invalid', () => {
  render(<Harness />);

  for (const box of screen.getAllByRole('checkbox')) {
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAccessibleDescription();
  }
});

const whereSchema = z.object({
  where: z.array(z.string()).check(z.minLength(1, { error: 'Choose at least one place' })),
});

function FormHarness({ onSubmit }: { onSubmit: (where: string[]) => void }) {
  const { control, handleSubmit } = useForm({
    resolver: zodResolver(whereSchema),
    defaultValues: { where: [] },
    shouldFocusError: true,
  });
  return (
    <form noValidate onSubmit={handleSubmit((data) => onSubmit(data.where))}>
      <FormBodyMap
        control={control}
        name="where"
        legend="Where do you feel it?"
        options={options}
      />
      <button type="submit">Next</button>
    </form>
  );
}

test('in a form, Next with nothing ticked says so and takes the person to the first box', async () => {
  const user = userEvent.setup();
  const submitted: string[][] = [];
  const { container } = render(<FormHarness onSubmit={(where) => submitted.push(where)} />);

  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByText('Choose at least one place')).toBeVisible();
  expect(screen.getByRole('checkbox', { name: 'Feet and toes' })).toHaveFocus();
  expect(screen.getByRole('checkbox', { name: 'Calves' })).toHaveAccessibleDescription(
    'Error: Choose at least one place',
  );

  await user.click(pictureArea(container, 'shins'));
  await user.click(screen.getByRole('checkbox', { name: 'Around the mouth' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(submitted).toEqual([['shins', 'around-mouth']]));
});
