// Attachment links: documents published as files (decision full texts, benchmark tables, flowcharts).
const ATTACHMENT_EXTENSIONS = new Set([
  'pdf', 'ofd', 'doc', 'docx', 'wps', 'rtf', 'txt', 'xls', 'xlsx', 'et', 'csv', 'ppt', 'pptx', 'dps',
  'zip', 'rar', '7z', 'ceb', 'caj', 'odt', 'ods',
]);
// Extensions in the path or in a query value (download.jsp?filename=1904181520390.pdf).
const EXTENSION = /\.([a-z0-9]{2,4})(?=$|[?#&])/gi;

/** The lower-case attachment extension of a URL, or undefined when it does not name a document file. */
export function attachmentExtension(href: string): string | undefined {
  let found: string | undefined;
  for (const match of href.matchAll(EXTENSION)) {
    const extension = match[1]!.toLowerCase();
    if (ATTACHMENT_EXTENSIONS.has(extension)) found = extension;
  }
  return found;
}
