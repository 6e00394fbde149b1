import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { PrintPage } from '../../../src/features/history/PrintPage';
import { PrintSummary } from '../../../src/features/history/PrintSummary';
import { describeReason } from '../../../src/knowledge/answer-labels';
import { LAB_TESTS } from '../../../src/knowledge/lab-tests';
import { TRIAGE_ADVICE } from '../../../src/knowledge/triage-advice';
import { NEWER, OLDER } from './fixtures';

// The summary is a long document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

test('the summary for a doctor holds the advice, factors, tests, medicines, note and sources', () => {
  render(<PrintSummary snapshot={NEWER} />);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  expect(screen.getByText(/March 14, 2025/)).toBeVisible();

  const advice = screen.getByRole('region', { name: 'Advice from the answers' });
  expect(advice).toHaveTextContent(TRIAGE_ADVICE[NEWER.assessment.triage.level].action);

  const factors = screen.getByRole('table');
  expect(within(factors).getAllByRole('row')).toHaveLength(8);
  const b12 = within(factors).getByRole('row', { name: /^Vitamin B12/ });
  const b12Reasons = NEWER.assessment.ranked.find((f) => f.nutrient === 'vitamin-b12')?.reasons;
  const [firstReason] = b12Reasons ?? [];
  if (!firstReason) throw new Error('B12 has reasons for this vegan with tingling');
  expect(b12).toHaveTextContent(
    `${firstReason.weight >= 0 ? '+' : '−'} ${describeReason(firstReason.field, firstReason.value)}`,
  );

  const tests = screen.getByRole('region', { name: 'Blood tests to ask about' });
  for (const id of NEWER.assessment.tests) {
    expect(tests).toHaveTextContent(LAB_TESTS[id].name);
  }
  expect(NEWER.assessment.tests.length).toBeGreaterThan(0);

  const medicines = screen.getByRole('region', { name: 'Medicines, conditions and supplements' });
  expect(medicines).toHaveTextContent(/Metformin/i);

  expect(screen.getByRole('region', { name: 'The person’s note' })).toHaveTextContent(
    'Ask about B12 <b>not bold</b>',
  );
  const answers = screen.getByRole('region', { name: 'The answers in short' });
  expect(within(answers).getByText('Symptoms')).toBeVisible();

  const sources = screen.getByRole('region', { name: 'Sources' });
  expect(within(sources).getAllByRole('listitem').length).toBeGreaterThan(2);
  expect(sources).toHaveTextContent(/https:\/\//);
});

test('a summary without a note has no note section', () => {
  render(<PrintSummary snapshot={OLDER} />);
  expect(screen.queryByRole('region', { name: 'The person’s note' })).not.toBeInTheDocument();
});

test('person can print the summary or go back to the full result', async () => {
  const user = userEvent.setup();
  const print = vi.spyOn(window, 'print').mockImplementation(() => {});
  render(<PrintPage snapshot={NEWER} />);
  await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
  expect(print).toHaveBeenCalledOnce();
  expect(screen.getByRole('link', { name: 'Back to the full result' })).toHaveAttribute(
    'href',
    `/history/${NEWER.id}`,
  );
});
