// The widgets' English strings as a lazily loaded engine (engine.ts): a widget whose language is English loads them
// and re-renders; until then, and if they cannot load, it speaks zh-CN (the default) rather than show nothing.
import { lazyEngine } from './engine.ts';
import type * as strings from './english-strings.ts';

export const englishStrings = lazyEngine<typeof strings>('English strings', () => import('./english-strings.ts'));
