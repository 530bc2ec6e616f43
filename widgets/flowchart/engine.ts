// The flowchart engine as a lazily loaded engine (base/engine.ts): zfgs-flowchart requires it before it draws.
import { lazyEngine } from '../base/engine.ts';
import type * as engine from './flowchart-engine.ts';

export const flowchartEngine = lazyEngine<typeof engine>('flowchart layout', () => import('./flowchart-engine.ts'));
