// A Snapshot is plain, serialisable JSON describing one page: what extraction saw, with no judgement.
// Rules read only Snapshots; a Snapshot can be saved and replayed as a test fixture.

/**
 * Where an element is: one CSS selector per document level, as axe-core does. The first selector is in
 * the top document; each following one is inside the previous element's shadow root (or frame document).
 */
export type Target = string[];

export interface TextRun {
  /**
   * Text of one block-level element (its own inline descendants included), whitespace collapsed. The cells
   * of a table longer than 200 rows are not runs: their text is in the TableInfo's rows.
   */
  text: string;
  target: Target;
}

export interface HeadingInfo {
  level: number;
  text: string;
  target: Target;
}

export interface LinkInfo {
  /** Absolute URL. */
  href: string;
  text: string;
  target: Target;
}

export interface TableInfo {
  caption?: string;
  /** Header cells of the first header row (th, or the first row when it looks like a header). */
  headers: string[];
  rows: string[][];
  target: Target;
  /** One target per entry of `rows` (the <tr>), so a finding about one row can point at it. */
  rowTargets?: Target[];
}

export interface DateMention {
  /** YYYY-MM-DD; YYYY-MM when only the month is written (then `precision` is 'month'). */
  iso: string;
  /** Absent for a full date. */
  precision?: 'month';
  /** As written: 2023年4月20日, 2023.4.20, 二〇二三年四月二十日 */
  raw: string;
  /** Index into Snapshot.text and offset of raw within that run's text. */
  run: number;
  offset: number;
}

export interface DataIsland {
  /** The SchemaKind named by data-zfgs-kind. */
  kind: string;
  version?: string;
  /** The parsed JSON, or undefined when it does not parse (then `error` says why). */
  data?: unknown;
  error?: string;
  /** data-zfgs-* annotations other than kind and version. */
  annotations: Record<string, string>;
  target: Target;
}

export interface ImageInfo {
  /** Absolute URL. */
  src: string;
  /** The alt text (or title), whitespace collapsed; flowcharts are often published as images. */
  alt: string;
  target: Target;
}

export interface AttachmentLink extends LinkInfo {
  /** Lower-case file extension: pdf, doc, docx, xls, xlsx, wps, ofd, zip … */
  extension: string;
}

export interface Snapshot {
  url: string;
  title: string;
  lang?: string;
  /** When the page was captured (ISO 8601); rules judge against `now`, never this. */
  capturedAt: string;
  text: TextRun[];
  headings: HeadingInfo[];
  links: LinkInfo[];
  tables: TableInfo[];
  dates: DateMention[];
  islands: DataIsland[];
  attachments: AttachmentLink[];
  /** Images with their alt text (absent in Snapshots saved before it was added). */
  images?: ImageInfo[];
  /** What extraction could not take in full (size limits, cross-origin frames …), for honest reports. */
  limits: { truncated: boolean; nodeCount: number; skippedFrames: number; notes: string[] };
}
