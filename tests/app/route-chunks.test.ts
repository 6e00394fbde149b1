import { expect, test } from 'vitest';
import { pageFor } from '../../src/app/route-chunks';

test('each address names its page', () => {
  expect(pageFor('/')).toEqual({ page: 'start' });
  expect(pageFor('/step/warning-signs')).toEqual({ page: 'step', step: 'warningSigns' });
  expect(pageFor('/step/timing')).toEqual({ page: 'step', step: 'timing' });
  // An old numbered address is read by the order of before: 7 was the warning signs.
  expect(pageFor('/step/7')).toEqual({ page: 'step', step: 'warningSigns' });
  expect(pageFor('/step/3')).toEqual({ page: 'step', step: 'timing' });
  expect(pageFor('/results')).toEqual({ page: 'results' });
  // Read once, here: the history page is handed what the address names.
  expect(pageFor('/history')).toEqual({ page: 'history', at: { page: 'list' } });
  expect(pageFor('/history/compare')).toEqual({ page: 'history', at: { page: 'compare' } });
  expect(pageFor('/history/abc/print')).toEqual({
    page: 'history',
    at: { page: 'print', id: 'abc' },
  });
  expect(pageFor('/history/%63%6F%6D%70%61%72%65')).toEqual({
    page: 'history',
    at: { page: 'result', id: 'compare' },
  });
});

test('a trailing slash names the same page', () => {
  expect(pageFor('/results/')).toEqual({ page: 'results' });
  expect(pageFor('/history/')).toEqual({ page: 'history', at: { page: 'list' } });
  expect(pageFor('/step/timing/')).toEqual({ page: 'step', step: 'timing' });
});

test.each([
  '/step/8',
  '/step/warningSigns',
  '/step/0',
  '/results/extra',
  '/historyx',
  '/history/abc/edit',
  '/history/%E0%A4%A',
  '/%',
  '/nowhere',
  '/index.html',
])('%s is not a page', (path) => {
  expect(pageFor(path)).toEqual({ page: 'not-found' });
});
