// "Why we ask" (issue 11, part 2): every question says in one plain sentence why LegCheck asks
// it, and names at least one source that exists. The type already demands a why with a source;
// this checks the words and the sources as a reader meets them.
import { expect, test } from 'vitest';
import type { AnswerFieldLabels } from '../../src/knowledge/answer-labels';
import { ANSWER_LABELS } from '../../src/knowledge/answer-labels';
import { isSourceId, SOURCES } from '../../src/knowledge/sources';
import { QUESTION_IDS } from '../../src/scoring';

function wordsOf(id: (typeof QUESTION_IDS)[number]): AnswerFieldLabels<string> {
  return ANSWER_LABELS[id];
}

test('every question says why it is asked, with at least one source that exists', () => {
  for (const id of QUESTION_IDS) {
    const { why } = wordsOf(id);
    expect(why.text.trim(), id).not.toBe('');
    expect(why.sourceIds.length, id).toBeGreaterThan(0);
    for (const sourceId of why.sourceIds)
      expect(isSourceId(sourceId), `${id} ${sourceId}`).toBe(true);
    expect(new Set(why.sourceIds).size, `${id} cites a source twice`).toBe(why.sourceIds.length);
  }
});

test('each reason is one short, plain sentence that never tells a person what they have', () => {
  for (const id of QUESTION_IDS) {
    const { text } = wordsOf(id).why;
    // One sentence: a capital at the start, one full stop at the end and none inside.
    expect(text, id).toMatch(/^[A-Z][^.!?]*\.$/);
    expect(text.split(/\s+/).length, `${id}: "${text}"`).toBeLessThanOrEqual(32);
    expect(text, id).not.toMatch(/\byou have\b|\byou've got\b|\byou are (deficient|low)\b/i);
  }
});

test('the sources a reason shows are the official pages, not copies or second-hand summaries', () => {
  for (const id of QUESTION_IDS) {
    for (const sourceId of wordsOf(id).why.sourceIds) {
      const source = SOURCES[sourceId];
      expect(source.title, `${id} ${sourceId}`).not.toMatch(/\bcopy\b/i);
      expect('secondary' in source && source.secondary, `${id} ${sourceId}`).not.toBe(true);
    }
  }
});
