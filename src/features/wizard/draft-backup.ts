// What keeps an unreadable stored draft aside, and why it could not be read. Loaded with
// draft-schema.ts only when there is a stored draft to check (both bring zod), so a first
// visit's start page loads neither.
import { readPersistEnvelope } from '../../lib/persist-envelope';

export {
  addKeptAside,
  keptAsideFile,
  keptAsideStatus,
  markKeptAsideDownloaded,
  readKeptAside,
} from '../../lib/kept-aside';

/** Plain words for why a stored draft's text could not be read, kept with it in the backup. */
export function unreadableDraftReason(raw: string, currentVersion: number): string {
  const read = readPersistEnvelope(raw, currentVersion);
  if (read.ok) return 'Some saved answers are not ones this version of LegCheck knows.';
  switch (read.problem.kind) {
    case 'not-json':
      return 'The saved answers are damaged and cannot be read.';
    case 'newer-version':
      return `The saved answers were written by a newer version of LegCheck (format ${read.problem.version}), which this version cannot read.`;
    case 'wrong-shape':
      return 'The saved answers are not in a form LegCheck recognises.';
  }
}
