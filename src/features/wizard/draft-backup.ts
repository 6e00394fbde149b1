// What keeps an unreadable stored draft aside, and why it could not be read. Loaded with
// draft-schema.ts only when there is a stored draft to check (both bring zod), so a first
// visit's start page loads neither.
import { readDraftEnvelope } from './draft-schema';

export {
  addKeptAside,
  keptAsideFile,
  keptAsideStatus,
  markKeptAsideDownloaded,
  readKeptAside,
} from '../../lib/kept-aside';

/** Plain words for why a stored draft's text could not be read, kept with it in the backup. */
export function unreadableDraftReason(raw: string, currentVersion: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'The saved answers are damaged and cannot be read.';
  }
  if (readDraftEnvelope(raw, currentVersion)) {
    return 'Some saved answers are not ones this version of LegCheck knows.';
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    'version' in parsed &&
    typeof parsed.version === 'number' &&
    parsed.version > currentVersion
  ) {
    return `The saved answers were written by a newer version of LegCheck (format ${parsed.version}), which this version cannot read.`;
  }
  return 'The saved answers are not in a form LegCheck recognises.';
}
