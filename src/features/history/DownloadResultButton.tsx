import { DownloadButton } from '../../components/DownloadButton';
import { buildExportFile, exportFileName } from './export-format';
import type { Snapshot } from './schema';

/** Offers one result as a LegCheck export file, named after the day it was saved. */
export function DownloadResultButton({ snapshot }: { snapshot: Snapshot }) {
  return (
    <DownloadButton
      file={() => ({
        name: exportFileName('result', new Date(snapshot.createdAt)),
        data: buildExportFile([snapshot]),
      })}
    >
      Download this result as a file
    </DownloadButton>
  );
}

/** Offers every saved result as one LegCheck export file. */
export function DownloadAllResultsButton({
  entries,
  variant,
}: {
  entries: readonly Snapshot[];
  variant: 'primary' | 'secondary';
}) {
  return (
    <DownloadButton
      variant={variant}
      file={() => ({
        name: exportFileName('history', new Date()),
        data: buildExportFile(entries),
      })}
    >
      Download all results as a file
    </DownloadButton>
  );
}
