import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ChoiceBox } from '../../src/components/ChoiceBox';
import { toggledValues } from '../../src/components/choice';

test('a box is labelled, described by its hint and the group error, and reports its ticks', async () => {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(
    <>
      <p id="err">Choose one</p>
      <ChoiceBox
        inputId="box"
        name="where"
        option={{ value: 'feet', label: 'Feet', hint: 'Soles and toes' }}
        checked
        onChange={onChange}
        errorId="err"
        invalid
        note="Noted"
      />
    </>,
  );
  const box = screen.getByRole('checkbox', { name: 'Feet' });
  expect(box).toBeInvalid();
  expect(box).toHaveAccessibleDescription('Soles and toes Choose one');
  expect(screen.getByText('Noted')).toBeVisible();

  await user.click(box);
  expect(onChange).toHaveBeenCalledWith(false);
});

test('ticked values keep the order of the options', () => {
  const options = [{ value: 'a' }, { value: 'b' }, { value: 'c' }];
  expect(toggledValues(options, ['c'], 'a', true)).toEqual(['a', 'c']);
  expect(toggledValues(options, ['a', 'c'], 'a', false)).toEqual(['c']);
});
