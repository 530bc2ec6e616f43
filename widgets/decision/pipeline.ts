// The decision-text pipeline as an engine (base/engine.ts): zfgs-decision, zfgs-decisions and zfgs-disclosure
// require it, so no decision text reaches the DOM unless the detectors have loaded (fail closed).
import { lazyEngine } from '../base/engine.ts';
import type * as pipeline from './decision-pipeline.ts';
import type { RedactedDecision } from './leaks.ts';

export type DecisionPipeline = typeof pipeline;

export const decisionPipeline = lazyEngine<DecisionPipeline>('decision text pipeline', () => import('./decision-pipeline.ts'));

/** A per-element cache of scans (redaction.ts scanCache), made when first used: after the pipeline has loaded. */
export function scanCache(): <T>(item: T) => RedactedDecision<T> {
  let scans: (<T>(item: T) => RedactedDecision<T>) | undefined;
  return <T>(item: T) => (scans ??= decisionPipeline.get().scanCache())(item);
}
