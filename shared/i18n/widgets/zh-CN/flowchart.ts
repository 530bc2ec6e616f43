// zfgs-flowchart strings (procedure-flowchart, legal-review-flowchart). zh-CN is the source.
export const flowchartMessages = {
  'flowchart.title': '执法流程图',
  'flowchart.chartLabel': '流程图：{title}（内容与文字版相同）',
  'flowchart.textHeading': '文字版流程（共 {count} 个步骤）',
  'flowchart.showText': '只看文字版',
  'flowchart.showChart': '显示流程图',
  'flowchart.legend': '图例：圆角框为开始或结束，六边形为判断，方框为办理步骤；箭头表示流转方向，虚线箭头表示退回重办。',
  'flowchart.kind.start': '开始',
  'flowchart.kind.step': '步骤',
  'flowchart.kind.decision': '判断',
  'flowchart.kind.end': '结束',
  'flowchart.kindLabel': '【{kind}】{label}',
  'flowchart.unit': '承办：{unit}',
  'flowchart.timeLimit': '时限：{time}',
  'flowchart.next': '下一步：第 {number} 步“{step}”',
  'flowchart.branch': '{label}：转第 {number} 步“{step}”',
  'flowchart.back': '返回第 {number} 步“{step}”',
  'flowchart.branchBack': '{label}：返回第 {number} 步“{step}”',
  'flowchart.condition': '（{condition}）',
  'flowchart.separator': '；',
  'flowchart.problemsTitle': '流程中有无法画出的连线',
  'flowchart.problemsIntro': '以下 {count} 处数据有误，相关连线未画出：',
} as const;

export type FlowchartMessageKey = keyof typeof flowchartMessages;
