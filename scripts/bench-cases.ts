// `npm run bench:cases`: scores the current model on the published cases in tests/cases and
// prints one line per case and the four totals. Exits non-zero if a case file or its projected
// answers are invalid (an error, never a skip).
import { loadCases } from '../tests/cases/case-file';
import { ratesOf, runCase } from '../tests/cases/bench';
import type { CaseResult, Rate } from '../tests/cases/bench';

const pad = (value: string, width: number) => value.padEnd(width);
const yes = (flag: boolean) => (flag ? 'yes' : 'NO');

function line(r: CaseResult): string {
  return [
    pad(r.id, 42),
    pad(r.confirmed, 12),
    pad(`#${r.rank} ${r.band} (${r.score})`, 20),
    pad(r.rank === 1 ? '' : `lead: ${r.leader}`, 20),
    pad(`${r.confirmingTest}: ${yes(r.testSuggested)}`, 30),
    `${r.triage} vs ${r.minimumTriage}: ${r.triageSafe ? 'safe' : 'UNDER'}`,
  ].join(' ');
}

const show = (label: string, r: Rate) => `${pad(label, 42)} ${r.hits}/${r.total} (${r.percent}%)`;

const cases = loadCases();
const results = cases.map(runCase);
console.log(`LegCheck case bench: ${results.length} published cases\n`);
for (const r of results) {
  console.log(line(r));
}

const perNutrient = new Map<string, number>();
for (const r of results) perNutrient.set(r.confirmed, (perNutrient.get(r.confirmed) ?? 0) + 1);
console.log(
  `\nCases per confirmed factor: ${[...perNutrient].map(([n, c]) => `${n} ${c}`).join(', ')}`,
);

const rates = ratesOf(results);
console.log('');
console.log(show('Confirmed factor ranked first', rates.top1));
console.log(show('Confirmed factor in the top three', rates.top3));
console.log(show('Its blood test suggested', rates.testSuggested));
console.log(show('Triage at or above the clinician', rates.triageSafe));
