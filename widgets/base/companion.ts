// A second kind of data a widget renders beside its own (zfgs-agency shows its duties): read from a property or
// from the island labelled with that kind, validated, and written back to that island when it came by property,
// so the auditor finds each kind in its own island.
import { SCHEMA_VERSION, validate, type SchemaKind, type SchemaOutput, type ValidationIssue } from '../../shared/schema/index.ts';
import type { DataSource } from './events.ts';
import { annotateIsland, findIsland, islandText, writeIsland } from './island.ts';
import { messageOf } from './fetch-json.ts';

export type CompanionState = 'absent' | 'valid' | 'invalid';

export class Companion<K extends SchemaKind> {
  value?: SchemaOutput<K>;
  issues: ValidationIssue[] = [];
  source?: DataSource;
  state: CompanionState = 'absent';
  #lastInput?: unknown;
  #lastText?: string;

  constructor(
    private readonly host: Element,
    readonly kind: K,
  ) {}

  /**
   * Reads the companion again (cheap when nothing changed). Returns true when it has just become invalid, so
   * the widget fires one zfgs-invalid for it.
   */
  refresh(property: unknown): boolean {
    const island = findIsland(this.host, this.kind, false);
    if (property !== undefined) {
      if (property === this.#lastInput) return false;
      this.#lastInput = property;
      this.#lastText = undefined;
      return this.#accept(property, 'property');
    }
    this.#lastInput = undefined;
    const text = island?.textContent ?? undefined;
    if (text === this.#lastText && this.source !== 'property') return false;
    this.#lastText = text;
    if (text === undefined) {
      this.#set('absent');
      return false;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const detail = messageOf(error);
      this.issues = [{ path: '$', code: 'type', message: { 'zh-CN': `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` } }];
      this.#set('invalid', 'island');
      return true;
    }
    return this.#accept(parsed, 'island');
  }

  #accept(input: unknown, source: DataSource): boolean {
    const result = validate(this.kind, input);
    if (source === 'property') {
      try {
        this.#lastText = islandText(input);
        writeIsland(this.host, this.kind, SCHEMA_VERSION, this.#lastText, false);
      } catch {
        // not serialisable: nothing the auditor could read
      }
    }
    if (result.ok) {
      this.value = result.value as SchemaOutput<K>;
      this.issues = [];
      this.#set('valid', source);
      return false;
    }
    this.value = undefined;
    this.issues = result.issues;
    this.#set('invalid', source);
    return true;
  }

  #set(state: CompanionState, source?: DataSource): void {
    this.state = state;
    this.source = source;
    const island = findIsland(this.host, this.kind, false);
    if (island && state !== 'absent') annotateIsland(island, { status: state === 'valid' ? 'rendered' : 'invalid' });
  }
}
