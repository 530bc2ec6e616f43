// Saves an export through the browser's download UI: a blob URL and an <a download> in the extension's own
// page. No `downloads` permission, no request anywhere.
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** zfgs-<host>-<YYYYMMDD-HHMM>.<extension>, from the audit's own time. */
export function exportFileName(url: string, timestamp: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/[^\w.-]+/g, '_') || host;
  } catch {
    // keep 'page'
  }
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = Number.isNaN(date.getTime())
    ? 'undated'
    : `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `zfgs-${host}-${stamp}.${extension}`;
}
