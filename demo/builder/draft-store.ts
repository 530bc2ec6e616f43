// Work in progress survives a reload: the imported table (Date cells included — IndexedDB stores them natively),
// the mapping, the accepted masks and the export settings, kept in IndexedDB through idb. Nothing leaves the machine.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EmbedMode } from './embed.ts';
import type { Mapping } from './mapping.ts';
import type { Table } from './parse.ts';
import type { TargetId } from './targets.ts';

export interface Draft {
  target: TargetId;
  fileName: string;
  /** The table as imported, with accepted masks applied and rows removed. */
  table: Table;
  mapping: Mapping;
  updated: string;
  mode: EmbedMode;
  scriptUrl: string;
  jsonUrl: string;
  savedAt: string;
}

interface BuilderDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

const DB_NAME = 'zfgs-builder';
const CURRENT = 'current';

let database: Promise<IDBPDatabase<BuilderDb>> | undefined;

function db(): Promise<IDBPDatabase<BuilderDb>> {
  database ??= openDB<BuilderDb>(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('drafts');
    },
  });
  return database;
}

export async function saveDraft(draft: Draft): Promise<void> {
  await (await db()).put('drafts', draft, CURRENT);
}

export async function loadDraft(): Promise<Draft | undefined> {
  return (await db()).get('drafts', CURRENT);
}

export async function clearDraft(): Promise<void> {
  await (await db()).delete('drafts', CURRENT);
}
