// Named examples of zfgs-decision (fictional agency and parties; personal data already masked as published
// decisions must be). The gallery, the tests, the axe run and the XSS harness all read these.
import type { Decision } from '../../shared/schema/index.ts';
import { defineExamples } from '../base/examples.ts';

const BODY = '江城市东湖区市场监督管理局';

export const penaltyDecision: Decision = {
  documentNumber: '东湖市监处罚〔2026〕第125号',
  caseName: '江城市博远超市有限公司经营无标签的预包装食品案',
  party: { kind: 'legal', name: '江城市博远超市有限公司', uscc: '91429901MA4DCTM353', legalRepresentative: '史辉' },
  facts: '2026年6月29日，本局执法人员对当事人经营场所进行检查，发现当事人销售的预先包装的牛肉干共69袋，包装上无任何标签。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项',
  content: '没收违法经营的食品，罚款8000元',
  kind: 'penalty',
  procedure: 'general',
  enforcingBody: BODY,
  decisionDate: '2026-08-17',
  publicationDate: '2026-08-21',
  fulfilment: '已按期缴纳罚没款，履行完毕',
  attachments: [{ title: '东湖市监处罚〔2026〕第125号（盖章版）', url: 'https://scjg.donghu.jiangcheng.example/zfgs/cf/2026-125.pdf', mediaType: 'application/pdf' }],
  fullText: [
    '# 江城市东湖区市场监督管理局行政处罚决定书',
    '',
    '东湖市监处罚〔2026〕第125号',
    '',
    '当事人：江城市博远超市有限公司  ',
    '统一社会信用代码：91429901MA4DCTM353  ',
    '法定代表人：史辉',
    '',
    '## 一、违法事实',
    '',
    '2026年6月29日，本局执法人员对当事人经营场所进行检查，发现其销售的预先包装的牛肉干共69袋，包装上无任何标签。现场检查由执法人员王某某、张某进行，消费者李某提供了购物小票。',
    '',
    '## 二、处罚决定',
    '',
    '依据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项，本局决定：',
    '',
    '1. 没收违法经营的食品；',
    '2. 罚款人民币8000元。',
    '',
    '当事人如不服本决定，可以在收到本决定书之日起六十日内向江城市东湖区人民政府申请行政复议，也可以在六个月内依法向江城市东湖区人民法院提起行政诉讼。',
  ].join('\n'),
};

export const decisionExamples = defineExamples({
  tag: 'zfgs-decision',
  kind: 'decision',
  examples: [
    {
      name: 'penalty-full-text',
      title: { 'zh-CN': '行政处罚决定：摘要与决定书全文', en: 'Penalty decision: summary and full text' },
      data: penaltyDecision,
    },
    {
      name: 'licence',
      title: { 'zh-CN': '行政许可决定（个体工商户）', en: 'Licence decision (sole trader)' },
      data: {
        documentNumber: '东湖市监许准〔2026〕第1312号',
        caseName: '江城市东湖区优选大药房食品经营许可（变更）',
        party: { kind: 'other', name: '江城市东湖区优选大药房', uscc: '92429901MA3GLUEX2G', legalRepresentative: '徐怡子' },
        legalBasis: '《中华人民共和国食品安全法》第三十五条；《中华人民共和国行政许可法》第三十八条第一款',
        content: '准予食品经营许可（变更），许可证编号JY24299010758407，有效期至2031年10月9日',
        kind: 'licence',
        enforcingBody: BODY,
        decisionDate: '2026-10-10',
        publicationDate: '2026-10-19',
      },
    },
    {
      name: 'simple-procedure-natural-person',
      title: { 'zh-CN': '简易程序处罚（自然人，已隐去个人信息）', en: 'On-the-spot penalty (natural person, personal data masked)' },
      data: {
        documentNumber: '东湖市监简罚〔2026〕第37号',
        caseName: '刘建国未亮照经营案',
        party: { kind: 'natural', name: '刘建国' },
        facts: '当事人在经营场所未悬挂营业执照，联系电话177****7285。',
        legalBasis: '《中华人民共和国市场主体登记管理条例》第四十八条第一款',
        content: '警告',
        kind: 'penalty',
        procedure: 'simple',
        enforcingBody: BODY,
        decisionDate: '2026-09-03',
        publicationDate: '2026-09-08',
      },
    },
    {
      name: 'revoked',
      title: { 'zh-CN': '已撤销的决定：只显示撤下说明', en: 'A revoked decision: shown as taken down' },
      data: {
        ...penaltyDecision,
        documentNumber: '东湖市监处罚〔2025〕第090号',
        decisionDate: '2025-06-12',
        publicationDate: '2025-06-17',
        revocation: { kind: 'revoked', date: '2025-09-19', reason: '经行政复议，江城市东湖区人民政府决定撤销原处罚决定' },
      },
    },
  ],
});
