// `npm run bench:reading`: the reading grade (Flesch-Kincaid, US school year) of what LegCheck
// shows: the overall grade of the results text, the start page, the questions and the knowledge no
// page shows yet, then the hardest sentences with where they are written. The limits it is held
// to are checked by tests/knowledge/reading-grade.test.ts; see docs/decisions/010-reading-grade.md.
import type { ReadingGroup } from '../tests/knowledge/reading';
import {
  gradeOf,
  gradeSentences,
  groupGrade,
  hardest,
  reportLine,
} from '../tests/knowledge/reading';
import { allTexts, casePages } from '../tests/knowledge/reading-text';

const HARDEST_SHOWN = 15;

const groups: ReadonlyArray<readonly [ReadingGroup, string]> = [
  ['results', 'Results page (main results text)'],
  ['start', 'Start page'],
  ['questions', 'Questions (hints, why we ask)'],
  ['hints', 'Hints under choices (medicine names)'],
  ['unshown', 'Knowledge no page shows yet'],
];

const graded = gradeSentences(allTexts());
console.log('LegCheck reading grade (Flesch-Kincaid grade level, per sentence and overall)\n');
for (const [group, label] of groups) {
  const count = graded.filter((s) => s.group === group).length;
  console.log(
    `${label.padEnd(36)} grade ${groupGrade(graded, group).toFixed(1)}  (${count} sentences)`,
  );
}

const pages = casePages()
  .map((page) => ({ id: page.id, grade: gradeOf(page.sentences), count: page.sentences.length }))
  .toSorted((a, b) => b.grade - a.grade);
const median = pages[Math.floor(pages.length / 2)]?.grade ?? Number.NaN;
console.log(
  `\nResults pages of the ${pages.length} published cases: median grade ${median.toFixed(1)}, hardest:`,
);
for (const page of pages.slice(0, 5))
  console.log(`  ${page.grade.toFixed(1)}  ${page.id} (${page.count} sentences)`);

for (const [group, label] of groups) {
  const inGroup = graded.filter((s) => s.group === group);
  console.log(`\n${label}: the ${HARDEST_SHOWN} hardest sentences`);
  for (const sentence of hardest(inGroup, HARDEST_SHOWN)) console.log(reportLine(sentence));
}
