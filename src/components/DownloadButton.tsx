import { useState } from 'react';
import type { ReactNode } from 'react';
import { downloadJson } from '../lib/download';
import './download-button.css';

/** What the person reads when the browser refused a download. */
export const DOWNLOAD_REFUSED =
  'The file could not be downloaded: this browser did not allow it. Please try again.';

/**
 * A button that offers a JSON file built when it is pressed, and says so in plain words when the
 * browser refuses the download (blocked downloads, no storage for blobs), instead of doing nothing.
 */
export function DownloadButton<T>({
  file,
  onDownloaded,
  variant = 'secondary',
  children,
}: {
  /** The file's name and content, built at the moment of the press. */
  file: () => { name: string; data: T };
  /** After the browser took the file; a text it returns is shown as a problem. */
  onDownloaded?: (data: T) => string | null;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  const [problem, setProblem] = useState('');

  function download() {
    const { name, data } = file();
    if (!downloadJson(name, data)) {
      setProblem(DOWNLOAD_REFUSED);
      return;
    }
    setProblem(onDownloaded?.(data) ?? '');
  }

  return (
    <>
      <button type="button" className={`button button--${variant}`} onClick={download}>
        {children}
      </button>
      {problem ? (
        <span role="alert" className="download-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
