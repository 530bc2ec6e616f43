// XLSX → text, one part per sheet, one line per row (read-excel-file: maintained, small, no SheetJS).
import readXlsxFile from 'read-excel-file/browser';
import { isCompoundFile, isZip, type AttachmentText } from './attachment-text.ts';

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

export async function xlsxText(bytes: Uint8Array<ArrayBuffer>): Promise<AttachmentText> {
  if (isCompoundFile(bytes)) return { ok: false, reason: 'encrypted', detail: 'OLE compound file: password-protected' };
  if (!isZip(bytes)) return { ok: false, reason: 'corrupt', detail: 'not a ZIP package' };
  try {
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const parts = sheets
      .map(({ sheet, data }) => ({ label: sheet, text: data.map((row) => row.map(cellText).join('\t').trimEnd()).join('\n').trim() }))
      .filter((part) => part.text.length > 0);
    return { ok: true, format: 'xlsx', parts };
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}
