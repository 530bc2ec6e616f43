// Review marks ("reviewed" / "not a problem", with a note), per site, keyed by the finding's content.
import { database, guarded, type ReviewMark } from './database.ts';

export async function listMarks(site: string): Promise<ReviewMark[]> {
  const db = await database();
  return guarded('read review marks', () => db.getAllFromIndex('marks', 'by-site', site));
}

export async function saveMark(mark: ReviewMark): Promise<void> {
  const db = await database();
  await guarded('save review mark', () => db.put('marks', mark));
}

export async function deleteMark(site: string, key: string): Promise<void> {
  const db = await database();
  await guarded('delete review mark', () => db.delete('marks', [site, key]));
}
