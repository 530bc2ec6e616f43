// What reading an attachment gives: its text in labelled parts (PDF pages, sheets, the document body), or
// the precise reason it could not be read, for the report's "not checked" list.
export type AttachmentFormat = 'pdf' | 'docx' | 'xlsx';

export type UnreadableReason =
  | 'no-text-layer' // a scanned PDF: images only
  | 'legacy-format' // .doc .xls .wps .et .rtf .ofd …: no maintained browser reader
  | 'encrypted'
  | 'too-large'
  | 'corrupt'
  | 'fetch-failed';

export interface TextPart {
  /** Where in the file: "p. 3", a sheet name, "document". */
  label: string;
  text: string;
}

export type AttachmentText =
  | { ok: true; format: AttachmentFormat; parts: TextPart[] }
  | { ok: false; reason: UnreadableReason; detail: string };

/** An OLE compound file (legacy .doc/.xls, or an encrypted OOXML file): D0 CF 11 E0 A1 B1 1A E1. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, index) => bytes[index] === byte);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
