import { expect, test } from 'vitest';
import { nextPath } from '../../../src/features/wizard/form';
import { earlierGap, stepNumberOf } from '../../../src/features/wizard/steps';
import { draftActions } from '../../../src/features/wizard/draft-store';
import { paths } from '../../../src/lib/paths';
import { completeSteps } from './helpers';

test('only a step that opens early, with a gap before it, has an earlier gap', () => {
  const signs = stepNumberOf('warningSigns');
  expect(earlierGap('warningSigns', 1)).toBe(1);
  expect(earlierGap('warningSigns', signs)).toBeNull();
  expect(earlierGap('warningSigns', null)).toBeNull();
  expect(earlierGap('timing', 1)).toBeNull();
});

test('Next on the warning signs leads where the one earlier-gap rule says', () => {
  draftActions.draftCleared();
  completeSteps(1);
  expect(nextPath('warningSigns')).toBe(paths.step('symptoms'));
  completeSteps(2);
  expect(nextPath('warningSigns')).toBe(paths.step('timing'));
});
