import { downloadJson } from '../../lib/download';
import { buildExportFile, exportFileName } from './export-format';
import type { Snapshot } from './schema';

/** Offers one result as a LegCheck export file, named after the day it was saved. */
export function DownloadResultButton({ snapshot }: { snapshot: Snapshot }) {
  return (
    <button
      className="button button--secondary"
      type="button"
      onClick={() =>
        downloadJson(
          exportFileName('result', new Date(snapshot.createdAt)),
          buildExportFile([snapshot]),
        )
      }
    >
      Download this result as a file
    </button>
  );
}
