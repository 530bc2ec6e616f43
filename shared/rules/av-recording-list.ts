// av-recording-list (advisory): which enforcement scenes are recorded on audio/video, in full or as needed
// (hz-jl 15; zc 25; hb (八); qp 二(二)2).
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'scene', pattern: /(执法)?(环节|场景|事项|情形)/, isCore: true },
  { key: 'recording', pattern: /(全程|记录)(方式|要求|形式)|音像记录|录音录像/, isCore: true },
];

const spec: ItemSpec<'avRecording'> = {
  id: 'av-recording-list',
  section: { kind: 'avRecording' },
  names: /音像记录(事项)?(清单|目录)|全过程(音像)?记录(事项)?(清单|目录)|(音视频|录音录像)(记录)?(事项)?(清单|目录)/,
  columns: { fields: () => FIELDS, min: 2 },
  acceptsDocuments: true,
};

export const avRecordingList: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
