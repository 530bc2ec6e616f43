// complaint-channel: where and how to complain or report — department, address, postcode, phone, website,
// email, handling procedure (wh-gs 5(7); hz-gs 7(3); hb (五)). Labels count only on a page that names
// complaints: every footer has 地址 and 电话.
import type { ComplaintChannel } from '../schema/index.ts';
import type { FieldSpec } from './support/fields.ts';
import { judgePresence, PRESENCE_REASONS, type ItemSpec } from './support/presence.ts';
import type { Rule } from './types.ts';

const FIELDS: readonly FieldSpec[] = [
  { key: 'phone', pattern: /(投诉|举报|监督|受理|咨询)?(电话|热线)/, isCore: true },
  { key: 'address', pattern: /(通讯|联系|受理|办公)?地址/, isCore: true },
  { key: 'department', pattern: /(受理|投诉|举报)(部门|单位|机构)/ },
  { key: 'postcode', pattern: /邮编|邮政编码/ },
  { key: 'website', pattern: /网址|网站|网上(投诉|举报)/ },
  { key: 'email', pattern: /(电子)?邮箱|电子邮件|E-?mail/i },
  { key: 'procedure', pattern: /受理(程序|流程|反馈)|反馈(程序|方式|时限)|办理(程序|流程)/ },
];
const DATA_FIELDS: Readonly<Record<string, keyof ComplaintChannel>> = {
  phone: 'phone', address: 'address', postcode: 'postalCode', website: 'website', email: 'email', procedure: 'procedure',
};

const spec: ItemSpec<'complaint'> = {
  id: 'complaint-channel',
  section: {
    kind: 'complaint',
    lacks: (data) => [[], Object.entries(DATA_FIELDS).filter(([, key]) => !data.items.some((item) => item[key])).map(([field]) => field)],
  },
  names: /投诉(举报)?|举报(投诉)?|监督(投诉|举报|电话)/,
  labels: { fields: () => FIELDS, min: 2, required: ['phone'], isNamedOnPage: true },
};

export const complaintChannel: Rule = {
  id: spec.id,
  reasons: PRESENCE_REASONS,
  evaluate: (snapshots, context) => judgePresence(spec, snapshots, context),
};
