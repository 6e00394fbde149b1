// Source ids are read by people in two places the type checker does not reach: comments and the
// decision records ("S75-S77"), and the scoring table, whose ids are any `S${number}`. This test
// reads the files themselves, so an id that names no source, or a source nothing cites, fails.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { isSourceId, SOURCE_IDS } from '../../src/knowledge/sources';

const SOURCES_FILE = path.join('src', 'knowledge', 'sources.ts');

/** Every file under `dir` whose name ends in one of `endings`, as a path from the project root. */
function filesUnder(dir: string, endings: readonly string[]): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => endings.some((ending) => file.endsWith(ending)));
}

// sources.ts is left out: it is where the ids are defined, so every key there would count as
// "used", and its header names the reference's own ranges.
const CODE = filesUnder('src', ['.ts', '.tsx']).filter((file) => file !== SOURCES_FILE);
const DOCS = filesUnder(path.join('docs', 'decisions'), ['.md']);

interface Mention {
  file: string;
  id: string;
}

/**
 * Ids named in `text`. A range ("S59–S63") names its two ends; the ids between may be gaps in
 * the reference's numbering, so only the ends must exist.
 */
function mentionedIds(text: string): string[] {
  const ids: string[] = [];
  const rest = text.replace(/\bS(\d+)\s?[-–—]\s?S(\d+)\b/g, (_range, from: string, to: string) => {
    ids.push(`S${from}`, `S${to}`);
    return ' ';
  });
  for (const match of rest.matchAll(/\bS(\d+)\b/g)) ids.push(`S${match[1] ?? ''}`);
  return ids;
}

function mentionsIn(files: readonly string[]): Mention[] {
  return files.flatMap((file) =>
    mentionedIds(fs.readFileSync(file, 'utf8')).map((id) => ({ file, id })),
  );
}

test('the reader finds ids alone and at both ends of a range', () => {
  expect(mentionedIds("sources: ['S22', 'S36'] (S75-S77; S59–S63)")).toEqual([
    'S75',
    'S77',
    'S59',
    'S63',
    'S22',
    'S36',
  ]);
  expect(mentionedIds('SS1 S1a PS2 cites S9.')).toEqual(['S9']);
});

test('every source id named in the code, its comments and the decision records is a listed source', () => {
  const mentions = mentionsIn([...CODE, ...DOCS]);
  expect(mentions.length).toBeGreaterThan(300);
  const unknown = mentions
    .filter(({ id }) => !isSourceId(id))
    .map(({ file, id }) => `${file}: ${id}`);
  expect(unknown).toEqual([]);
});

test('every listed source is cited in the code outside the list itself', () => {
  // A citation is a quoted id ('S16'), as in sourceIds and the scoring table; a comment alone
  // does not show the source to anyone.
  const cited = new Set(
    CODE.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"`](S\d+)['"`]/g)].map((match) => match[1]),
    ),
  );
  const unused = SOURCE_IDS.filter((id) => !cited.has(id));
  expect(unused).toEqual([]);
});
