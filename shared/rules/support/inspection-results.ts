// Columns of a published inspection-results table (抽查对象 | 检查结果 | 日期 …).
import type { FieldSpec } from './fields.ts';

export const INSPECTION_RESULT_FIELDS: readonly FieldSpec[] = [
  { key: 'target', pattern: /(抽查|检查|检验|检测)对象|(企业|单位|主体|商户)名称|市场主体|被(抽查|检查)(单位|对象)/, isCore: true },
  { key: 'result', pattern: /(抽查|检查|检验|检测)?(结果|结论|情况)/, isCore: true },
  { key: 'date', pattern: /(抽查|检查|检验|检测)?(日期|时间)/ },
  { key: 'item', pattern: /(抽查|检查)(事项|项目)|事项名称/ },
];
