// Results people saved, and files they downloaded, with an earlier LegCheck: the frozen fixtures
// in tests/fixtures/records were written once by the real app of their day. Every later version
// must read them without a problem, open, compare, print and export them again. When one of
// these tests fails after a change, add a record migration (src/features/history/records);
// never edit a fixture.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { expect, test, vi } from 'vitest';
import { CurrentHistoryPage } from '../../support/history-page';
import {
  buildExportFile,
  EXPORT_FORMAT_VERSION,
  importHistoryText,
  parseExportFile,
  recordVersionOfFormat,
} from '../../../src/features/history/export-format';
import {
  HISTORY_VERSION,
  migrateHistory,
  parseStoredHistory,
  readEnvelope,
  recordVersionOfHistory,
} from '../../../src/features/history/persistence';
import {
  CURRENT_RECORD_VERSION,
  newestRecordSchema,
  RECORD_VERSIONS,
  upgradeRecord,
} from '../../../src/features/history/records/chain';
import type { RecordVersion } from '../../../src/features/history/records/chain';
import { snapshotSchema } from '../../../src/features/history/schema';
import { historyStores } from '../../../src/features/history/store';
import { formatSavedAt } from '../../../src/features/history/words';
import { answersSchema, assess, assessmentSchema, SCORING_VERSION } from '../../../src/scoring';
import { answersArb } from '../../scoring/arbitraries';
import { loadHistory, storedIds } from './helpers';
// The exact text of each frozen fixture, and of the frozen record schema.
import EXPORT_V1 from '../../fixtures/records/export-v1.json?raw';
import HISTORY_V1 from '../../fixtures/records/history-v1.json?raw';
import EXPORT_V2 from '../../fixtures/records/export-v2.json?raw';
import HISTORY_V2 from '../../fixtures/records/history-v2.json?raw';
import HISTORY_V3 from '../../fixtures/records/history-v3.json?raw';
import RECORD_V1_SOURCE from '../../../src/features/history/records/v1.ts?raw';
import RECORD_V2_SOURCE from '../../../src/features/history/records/v2.ts?raw';

// The full results page is a large document; role queries over it take seconds in jsdom.
vi.setConfig({ testTimeout: 20_000 });

// The results in history-v2.json, newest first.
/** A vegan on metformin with pins and needles for months: see a doctor. */
const TINGLING_ID = '41986247-fbf1-40b1-8e2a-1e8f2095e901';
/** One calf swollen since yesterday: a warning sign, get seen today. */
const SWOLLEN_ID = 'addd8945-2e8b-458a-87cb-1d4ee96eea33';
/** Night cramps for weeks, with the person's note; also in export-v1.json. */
const CRAMPS_ID = '0d0af7ce-f8eb-4637-9e6a-b88d9a27393e';
/** The other result in export-v1.json: an older runner on a statin. */
const RUNNER_ID = 'a03d7a9e-a0f8-4850-9487-9ea677d349ec';
const CRAMPS_NOTE =
  'Cramps wake me most nights. Ask about magnesium & the diuretic <water tablet>.';

// The results in history-v3.json (record version 2, scoring 2), newest first.
/** A man of 51-70, vegetarian, restless legs for months: iron likely, look for the cause. */
const IRON_ID = 'run-iron-1db06e53623d05';
/** A woman of 51-70 with kidney disease, a water pill and night cramps; with her note. */
const KIDNEY_ID = 'run-kidney-13ec1d9429e2b2';
/** A man of 71+ on metformin and an acid reducer, numb feet while taking B12. */
const OLDER_ID = 'run-older-21e841677b641';
const KIDNEY_NOTE = 'Ask the kidney clinic before any magnesium & <check> the water pill.';

const MIGRATION_MISSING =
  'A result saved by an earlier LegCheck no longer fits the live schemas: add a record migration (src/features/history/records/chain.ts) instead of changing the fixture';

/** The raw results a fixture holds, with the record version its container says they are. */
function rawRecords(): Array<{ from: string; version: RecordVersion; raw: unknown }> {
  const found: Array<{ from: string; version: RecordVersion; raw: unknown }> = [];
  for (const [name, text] of [
    ['history-v3.json', HISTORY_V3],
    ['history-v2.json', HISTORY_V2],
    ['history-v1.json', HISTORY_V1],
  ] as const) {
    const envelope = readEnvelope(text);
    if (!envelope.ok) throw new Error(`${name} has no envelope`);
    const recordVersion = recordVersionOfHistory(envelope.version);
    if (recordVersion === undefined) throw new Error(`${name}: unknown history version`);
    // The first format kept `results` with `date`; the migration names them as records and
    // brings them through the record chain, so they come out as records of the newest version.
    const state = envelope.version === 1 ? migrateHistory(envelope.state, 1) : envelope.state;
    const version = envelope.version === 1 ? CURRENT_RECORD_VERSION : recordVersion;
    const { entries } = entriesOf(state);
    for (const raw of entries) found.push({ from: name, version, raw });
  }
  for (const [name, text] of [
    ['export-v2.json', EXPORT_V2],
    ['export-v1.json', EXPORT_V1],
  ] as const) {
    const file: { formatVersion: number; entries: unknown[] } = JSON.parse(text);
    const version = recordVersionOfFormat(file.formatVersion);
    if (version === undefined) throw new Error(`${name}: unknown format version`);
    for (const raw of file.entries) found.push({ from: name, version, raw });
  }
  return found;
}

/** The entries list of a stored history state. */
function entriesOf(state: unknown): { entries: unknown[] } {
  if (typeof state !== 'object' || state === null || !('entries' in state)) {
    throw new Error('no entries in the stored state');
  }
  const { entries } = state;
  if (!Array.isArray(entries)) throw new Error('entries is not a list');
  return { entries };
}

function visit(path: string) {
  window.history.replaceState(null, '', path);
  return render(<CurrentHistoryPage />);
}

test('the stored history of HISTORY_VERSION 2 reads without any problem', () => {
  const { history: read, problem } = parseStoredHistory(HISTORY_V2);
  expect(problem).toBeNull();
  expect(read?.entries.map((entry) => entry.id)).toEqual([TINGLING_ID, SWOLLEN_ID, CRAMPS_ID]);
  expect(read?.entries.find((entry) => entry.id === CRAMPS_ID)?.note).toBe(CRAMPS_NOTE);
  expect(read?.entries.find((entry) => entry.id === SWOLLEN_ID)?.assessment.triage).toEqual({
    level: 'urgent',
    reasons: ['one-leg-swollen'],
  });
  // Nothing is changed on the way in but what record version 2 adds: the results are exactly
  // the stored ones, with no cautions (a result of record version 1 showed none).
  expect(
    read?.entries.map(({ assessment: { cautions, ...assessment }, ...entry }) => {
      expect(cautions).toEqual([]);
      return { ...entry, assessment };
    }),
  ).toEqual(entriesOf(JSON.parse(HISTORY_V2).state).entries);
});

test('the stored history of HISTORY_VERSION 3 reads without any problem, exactly as stored', () => {
  const { history: read, problem } = parseStoredHistory(HISTORY_V3);
  expect(problem).toBeNull();
  expect(read?.entries.map((entry) => entry.id)).toEqual([IRON_ID, KIDNEY_ID, OLDER_ID]);
  expect(read?.entries.find((entry) => entry.id === KIDNEY_ID)?.note).toBe(KIDNEY_NOTE);
  expect(read?.entries.map((entry) => entry.assessment.cautions)).toEqual([
    ['iron-cause-check'],
    ['kidney-disease-supplements', 'diuretic-calcium-vitamin-d', 'b12-food-bound'],
    ['b12-food-bound'],
  ]);
  expect(read?.entries).toEqual(entriesOf(JSON.parse(HISTORY_V3).state).entries);
});

test('an export file of format 2 reads without any problem', () => {
  const parsed = parseExportFile(EXPORT_V2);
  if (!parsed.ok) throw new Error(`export-v2.json was refused: ${JSON.stringify(parsed.problem)}`);
  expect(parsed.file.entries.map((entry) => [entry.id, entry.note])).toEqual([
    [IRON_ID, undefined],
    [KIDNEY_ID, KIDNEY_NOTE],
  ]);
});

test('the frozen export file of format 2 imports into its history: nothing new, both known', async () => {
  await loadHistory(HISTORY_V3);
  const result = importHistoryText(
    EXPORT_V2,
    historyStores.store.getState().actions.entriesImported,
  );
  expect(result).toEqual({ ok: true, added: 0, skipped: 2, stored: true });
  expect(storedIds()).toEqual([IRON_ID, KIDNEY_ID, OLDER_ID]);
});

test('person opens a result saved by scoring 2, shown as saved, and is told the rules changed since', async () => {
  await loadHistory(HISTORY_V3);
  visit(`/history/${KIDNEY_ID}`);
  expect(historyStores.status.getState().loadProblem).toBeNull();
  const saved = screen.getByRole('region', { name: 'This saved result' });
  expect(within(saved).getByText(KIDNEY_NOTE)).toBeVisible();
  // Scored by rules 2; the rules have moved on (scoring 3, decision 001), and the page says so.
  expect(
    within(saved).getByRole('heading', { name: 'The rules have changed since' }),
  ).toBeVisible();
});

test('person prints the summary for a doctor of a result from history version 3', async () => {
  await loadHistory(HISTORY_V3);
  visit(`/history/${OLDER_ID}/print`);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  expect(screen.getByText('Book a doctor’s appointment.')).toBeVisible();
});

test('person compares two results of history version 3', async () => {
  await loadHistory(HISTORY_V3);
  visit(`/history/compare?a=${OLDER_ID}&b=${KIDNEY_ID}`);
  expect(screen.getByRole('heading', { level: 1, name: 'Compare two results' })).toBeVisible();
  expect(screen.getByRole('table', { name: /Each factor’s score/ })).toBeVisible();
});

test('the frozen history of version 3 exports again, and the file reads back the same', async () => {
  await loadHistory(HISTORY_V3);
  const { entries } = historyStores.store.getState();
  expect(entries).toHaveLength(3);
  const parsed = parseExportFile(JSON.stringify(buildExportFile(entries)));
  expect(parsed.ok && parsed.file.entries).toEqual(entries);
});

test('the first storage format (version 1) reads without any problem', () => {
  const { history: read, problem } = parseStoredHistory(HISTORY_V1);
  expect(problem).toBeNull();
  expect(read?.entries.map((entry) => [entry.createdAt, entry.scoringVersion, entry.note])).toEqual(
    [
      ['2026-07-19T21:03:40.017Z', 0, 'Went to urgent care the same day.'],
      ['2026-06-02T06:48:09.311Z', 0, undefined],
    ],
  );
});

test('an export file of format 1 reads without any problem', () => {
  const parsed = parseExportFile(EXPORT_V1);
  if (!parsed.ok) throw new Error(`export-v1.json was refused: ${JSON.stringify(parsed.problem)}`);
  expect(parsed.file.formatVersion).toBe(EXPORT_FORMAT_VERSION);
  expect(parsed.file.exportedAt).toBe('2026-11-28T10:14:37.552Z');
  expect(parsed.file.entries.map((entry) => [entry.id, entry.note])).toEqual([
    [CRAMPS_ID, CRAMPS_NOTE],
    [RUNNER_ID, undefined],
  ]);
});

test('every frozen record, brought to the newest record version, fits the live schemas', () => {
  const records = rawRecords();
  expect(records).toHaveLength(12);
  for (const { from, version, raw } of records) {
    const upgraded = upgradeRecord(raw, version);
    if (!upgraded.ok) throw new Error(`${from}: a record of version ${version} was refused`);
    const { answers, assessment } = upgraded.record;
    expect(answersSchema.safeParse(answers).success, `${from}: ${MIGRATION_MISSING}`).toBe(true);
    expect(assessmentSchema.safeParse(assessment).success, `${from}: ${MIGRATION_MISSING}`).toBe(
      true,
    );
    expect(snapshotSchema.safeParse(upgraded.record).success, `${from}: ${MIGRATION_MISSING}`).toBe(
      true,
    );
  }
});

test('what the app saves today is a record of the newest version, which both containers hold', () => {
  expect(RECORD_VERSIONS.at(-1)).toBe(CURRENT_RECORD_VERSION);
  expect(recordVersionOfHistory(HISTORY_VERSION)).toBe(CURRENT_RECORD_VERSION);
  expect(recordVersionOfFormat(EXPORT_FORMAT_VERSION)).toBe(CURRENT_RECORD_VERSION);
  fc.assert(
    fc.property(answersArb, fc.uuid(), (answers, id) => {
      const saved = {
        id,
        createdAt: '2026-11-29T12:00:00.000Z',
        answers,
        assessment: assess(answers),
        scoringVersion: SCORING_VERSION,
      };
      expect(
        newestRecordSchema.safeParse(saved).success,
        'The live answers or assessment changed shape: add a record version (a frozen schema and a migration in src/features/history/records) and a new HISTORY_VERSION and EXPORT_FORMAT_VERSION',
      ).toBe(true);
    }),
    { numRuns: 200 },
  );
});

test.each([
  ['1', RECORD_V1_SOURCE],
  ['2', RECORD_V2_SOURCE],
])('record version %s is frozen: it takes nothing from the live scoring', (_version, source) => {
  const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
  expect(imports).toEqual(['zod/mini']);
});

test('person opens a result from the frozen history and sees its advice as it was shown', async () => {
  await loadHistory(HISTORY_V2);
  visit(`/history/${SWOLLEN_ID}`);
  expect(historyStores.status.getState().loadProblem).toBeNull();
  expect(
    screen.getByRole('heading', {
      level: 1,
      name: (name) =>
        name.startsWith(`Your result from ${formatSavedAt('2026-10-21T19:05:51.608Z')}`),
    }),
  ).toBeVisible();
  // The advice comes first, with the warning sign the person ticked.
  const advice = screen.getByRole('region', {
    name: /^Warning sign: what to do now\W+Get seen today$/,
  });
  expect(
    within(advice).getByText('One leg swollen, red or warm, with a tender calf'),
  ).toBeVisible();
  // It was scored by rules 1; the rules have moved on (scoring 3 now), and the page says so.
  const saved = screen.getByRole('region', { name: 'This saved result' });
  expect(
    within(saved).getByRole('heading', { name: 'The rules have changed since' }),
  ).toBeVisible();
});

test('person compares two results from the frozen history', async () => {
  await loadHistory(HISTORY_V2);
  visit(`/history/compare?a=${TINGLING_ID}&b=${CRAMPS_ID}`);
  expect(screen.getByRole('heading', { level: 1, name: 'Compare two results' })).toBeVisible();
  const answers = screen.getByRole('table', {
    name: 'Answers that changed between the two results',
  });
  const symptoms = within(answers).getByRole('row', { name: /^Symptoms/ });
  expect(
    within(symptoms)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(['Painful cramps', expect.stringMatching(/^Pins and needles \(tingling\); /)]);
  expect(screen.getByRole('table', { name: /Each factor’s score/ })).toBeVisible();
});

test('person prints the summary for a doctor of a result from the frozen history', async () => {
  await loadHistory(HISTORY_V2);
  visit(`/history/${CRAMPS_ID}/print`);
  expect(
    screen.getByRole('heading', { level: 1, name: 'Leg symptoms: summary for a doctor' }),
  ).toBeVisible();
  expect(screen.getByRole('heading', { level: 2, name: 'Advice from the answers' })).toBeVisible();
  expect(screen.getByText('Book a doctor’s appointment.')).toBeVisible();
  expect(screen.getByText(CRAMPS_NOTE)).toBeVisible();
  expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
});

test('the frozen history exports again, and the file reads back to the same results', async () => {
  await loadHistory(HISTORY_V2);
  const { entries } = historyStores.store.getState();
  expect(entries).toHaveLength(3);
  const parsed = parseExportFile(JSON.stringify(buildExportFile(entries)));
  expect(parsed.ok && parsed.file.entries).toEqual(entries);
});

test('the frozen export file imports into the frozen history: new results added, known ones skipped', async () => {
  await loadHistory(HISTORY_V2);
  const result = importHistoryText(
    EXPORT_V1,
    historyStores.store.getState().actions.entriesImported,
  );
  expect(result).toEqual({ ok: true, added: 1, skipped: 1, stored: true });
  expect(storedIds()).toEqual([TINGLING_ID, SWOLLEN_ID, CRAMPS_ID, RUNNER_ID]);
});

test('person imports the frozen export file through the page', async () => {
  const user = userEvent.setup();
  await loadHistory();
  visit('/history');
  await user.upload(
    screen.getByLabelText('Import results from a file'),
    new File([EXPORT_V1], 'legcheck-history-2026-11-28.json', { type: 'application/json' }),
  );
  expect(await screen.findByText('Imported 2, skipped 0 already here.')).toBeVisible();
  expect(screen.getAllByRole('link', { name: /^Result from / })).toHaveLength(2);
});

test('record version 2 holds the answers of contract v2, and still the ones saved before', () => {
  const [saved] = rawRecords().filter(({ version }) => version === 2);
  if (!saved) throw new Error('history-v3.json holds no record version 2');
  const upgraded = upgradeRecord(saved.raw, 2);
  if (!upgraded.ok) throw new Error('a record of version 2 was refused');
  const record = upgraded.record;
  // Every v2 answer a person can now give: where it is felt, the new conditions, medicines,
  // supplement and warning signs.
  const v2Answers = {
    ...record.answers,
    symptoms: { ...record.answers.symptoms, where: ['feet', 'thighs-hips', 'around-mouth'] },
    lifestyle: { ...record.answers.lifestyle, supplements: ['b12-injections'] },
    health: {
      conditions: [
        'pernicious-anaemia',
        'stomach-bowel-surgery',
        'recent-diarrhoea-vomiting',
        'underactive-thyroid',
        'liver-disease',
        'fluid-restriction',
      ],
      medications: ['blood-thinner', 'nitrous-oxide'],
    },
    redFlags: ['very-unwell', 'rest-pain-ulcer', 'long-cramp'],
  };
  expect(newestRecordSchema.safeParse({ ...record, answers: v2Answers }).success).toBe(true);
  // An empty `where` is "not said", as a missing one; a place not on the list is refused.
  const emptyWhere = { ...v2Answers, symptoms: { ...v2Answers.symptoms, where: [] } };
  expect(newestRecordSchema.safeParse({ ...record, answers: emptyWhere }).success).toBe(true);
  const knee = { ...v2Answers, symptoms: { ...v2Answers.symptoms, where: ['knee'] } };
  expect(newestRecordSchema.safeParse({ ...record, answers: knee }).success).toBe(false);
});
