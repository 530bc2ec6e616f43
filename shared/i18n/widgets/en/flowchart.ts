// zfgs-flowchart strings in English; keys mirror zh-CN/flowchart.ts.
import type { FlowchartMessageKey } from '../zh-CN/flowchart.ts';

export const flowchartMessages: Record<FlowchartMessageKey, string> = {
  'flowchart.title': 'Enforcement flowchart',
  'flowchart.chartLabel': 'Flowchart: {title} (the text version says the same)',
  'flowchart.textHeading': 'Text version ({count} steps)',
  'flowchart.showText': 'Text version only',
  'flowchart.showChart': 'Show the flowchart',
  'flowchart.legend': 'Key: rounded boxes start or end the procedure, hexagons are decisions, rectangles are steps; arrows show the flow, dashed arrows go back.',
  'flowchart.kind.start': 'Start',
  'flowchart.kind.step': 'Step',
  'flowchart.kind.decision': 'Decision',
  'flowchart.kind.end': 'End',
  'flowchart.kindLabel': '[{kind}] {label}',
  'flowchart.unit': 'Handled by: {unit}',
  'flowchart.timeLimit': 'Time limit: {time}',
  'flowchart.next': 'Next: step {number}, “{step}”',
  'flowchart.branch': '{label}: go to step {number}, “{step}”',
  'flowchart.back': 'Back to step {number}, “{step}”',
  'flowchart.branchBack': '{label}: back to step {number}, “{step}”',
  'flowchart.condition': ' ({condition})',
  'flowchart.separator': '; ',
  'flowchart.problemsTitle': 'Some connections cannot be drawn',
  'flowchart.problemsIntro': '{count} problems in the data; those connections are left out:',
};
