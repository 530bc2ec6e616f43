// Types of the rule catalogue (one entry per id of requirements.md) and of jurisdiction profiles.
export type Phase = 'pre' | 'during' | 'post';
export type Severity = 'required' | 'advisory';
export type ProfileId = 'baseline' | 'hz' | 'qp' | 'zc' | 'hb' | 'wh';

/** Short document ids of the regulations (regulations/README.md). */
export type DocumentId = 'hz-gs' | 'hz-jl' | 'hz-sh' | 'hz-px' | 'qp' | 'zc' | 'hb' | 'sd' | 'wh-gs' | 'wh-zr' | 'wh-sh' | 'wh-jl';

export interface Cite {
  doc: DocumentId;
  /** As requirements.md writes it: 6(1), 10 ¶2, (四), 二(一)2. */
  article: string;
  /** requirements.md's parenthetical remark after the article, e.g. 有效期 for wh-gs 5(4) (有效期). */
  note?: string;
}

export interface CatalogueEntry {
  id: string;
  phase: Phase;
  severity: Severity;
  /** Profiles whose documents impose it; 'baseline' means every profile. */
  profiles: ProfileId[];
  cites: Cite[];
  /** False for requirements a machine cannot judge from a page (they are reported as not checked). */
  automatable: boolean;
  /**
   * True when part of an automatable requirement still needs a person (state secrets, "other unsuitable
   * content" …): the report lists it under notChecked with the message `<id>.manual`.
   */
  hasManualPart?: boolean;
}
