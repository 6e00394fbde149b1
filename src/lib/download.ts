// A same-document download: the file is built in memory and handed to the browser through a
// blob: URL on an <a download>, so nothing is sent anywhere and no new page opens.

/** Offers `text` to the person as a file called `filename`. Returns false if the browser refused. */
export function downloadText(filename: string, text: string, type = 'text/plain'): boolean {
  try {
    const blob = new Blob([text], { type: `${type};charset=utf-8` });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}

/** Offers `data` as a pretty-printed JSON file. */
export function downloadJson(filename: string, data: unknown): boolean {
  return downloadText(filename, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

/** A file-name-safe date stamp (local date), e.g. 2025-03-14. */
export function fileDateStamp(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
