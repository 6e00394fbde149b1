import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { ErrorMessage } from '../../src/components/ErrorMessage';
import { Notice } from '../../src/components/Notice';
import { Progress } from '../../src/components/Progress';

test('a notice shows its title as a heading of the chosen level', () => {
  render(
    <Notice tone="danger" title="Call now" titleLevel={3}>
      <p>Details</p>
    </Notice>,
  );

  expect(screen.getByRole('heading', { level: 3, name: 'Call now' })).toBeVisible();
  expect(screen.getByText('Details')).toBeVisible();
});

test('an error message says it is an error to screen readers too', () => {
  render(<ErrorMessage id="e1">Choose one</ErrorMessage>);

  expect(screen.getByText(/choose one/i)).toHaveTextContent('Error: Choose one');
});

test('progress is a named native progress bar', () => {
  render(<Progress step={3} total={7} label="Questionnaire progress" />);

  const bar = screen.getByRole('progressbar', { name: 'Questionnaire progress' });
  expect(bar).toHaveAttribute('value', '3');
  expect(bar).toHaveAttribute('max', '7');
});
