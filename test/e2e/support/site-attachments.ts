// The attachments of the demo site's disclosure column (demo/pages/site/files/), made by the writers in
// attachment-writers.ts. A test checks the committed files are exactly these (and rewrites them with
// ZFGS_WRITE_FIXTURES=1). Personal data in them is invented; the ID number has a valid check digit so that the
// detector takes it for real.
import { docx, imageOnlyPdf, textPdf, xlsx } from './attachment-writers.ts';

export const LEAKED_ID_NUMBER = '330106198506120023';
export const LEAKED_MOBILE = '13812345678';

export const SITE_ATTACHMENTS: Readonly<Record<string, () => Uint8Array>> = {
  'cf-2026-004.pdf': () =>
    textPdf([
      '江城市南山区综合行政执法局',
      '行政处罚决定书',
      '南综执罚〔2026〕4号',
      `当事人：李某某，身份证号码：${LEAKED_ID_NUMBER}`,
      `住址：江城市南山区某某路88号3栋502室，联系电话：${LEAKED_MOBILE}`,
      '主要违法事实：当事人于2026年2月占用城市道路从事经营活动。',
      '处罚依据：《城市道路管理条例》第二十七条、第四十二条。',
      '处罚内容：罚款人民币一千元。',
      '作出决定日期：2026年4月10日',
    ]),
  'saomiao-2024.pdf': imageOnlyPdf,
  'caoliang.docx': () =>
    docx([
      '江城市南山区综合行政执法局行政处罚裁量基准',
      '一、占用城市道路经营：首次违法且及时改正的，不予处罚；逾期不改正的，处五百元以上一千元以下罚款。',
      '二、运输建筑垃圾未覆盖：处五千元以上二万元以下罚款。',
    ]),
  'tongji-2025.xlsx': () =>
    xlsx('2025年度', [
      ['执法类别', '办件数', '罚没金额（万元）'],
      ['行政处罚', '356', '128.5'],
      ['行政许可', '1204', ''],
      ['行政检查', '2310', ''],
    ]),
  // A legacy Word 97 file: the OLE compound-file signature and nothing a browser could read.
  'jiandu-2019.doc': () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
};
