// Typed zfgs-<kebab> events: bubbling and composed so a page can listen on document for every widget.
import type { SchemaKind, ValidationIssue } from '../../shared/schema/index.ts';

/** Where the data the widget tried to render came from. */
export type DataSource = 'property' | 'island' | 'src';

export interface ZfgsInvalidDetail {
  issues: ValidationIssue[];
  source: DataSource;
  /** The schema kind that failed (a widget may render a companion kind, e.g. zfgs-agency's duties). */
  kind: SchemaKind;
}

export type LoadFailureReason = 'network' | 'http' | 'json';

export interface ZfgsLoadErrorDetail {
  url: string;
  reason: LoadFailureReason;
  /** HTTP status when reason is 'http'. */
  status?: number;
  /** The underlying error message, untranslated. */
  detail: string;
}

/** Every event a zfgs- widget can fire, by name; widgets add theirs by declaration merging. */
export interface ZfgsEventMap {
  'zfgs-invalid': CustomEvent<ZfgsInvalidDetail>;
  'zfgs-load-error': CustomEvent<ZfgsLoadErrorDetail>;
}

type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

/** Dispatches a bubbling, composed CustomEvent whose detail type is checked against ZfgsEventMap. */
export function emit<N extends keyof ZfgsEventMap>(target: EventTarget, name: N, detail: DetailOf<ZfgsEventMap[N]>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  // Typed addEventListener('zfgs-…') on any element and on document (declaration merging needs the empty body).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ZfgsEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ZfgsEventMap {}
}
