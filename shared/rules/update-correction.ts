// update-correction: changed information is updated within 5 working days (hz-gs 16, 18; zc 20, 21; wh-gs 7).
// A page or data section states when it was last updated; changes the page itself reveals — a certificate
// that expired, a decision that was revoked — after that date and longer ago than the profile's limit mean it
// was not updated. Whether information was wrong and corrected is for a person (notChecked).
import { workingDays } from './support/calendar.ts';
import type { RuleFinding as Finding } from './types.ts';
import { firstDate } from '../extract/dates.ts';
import type { Snapshot, Target } from '../extract/snapshot.ts';
import { decisionsOnPage } from './support/decisions.ts';
import { findLabels, type FieldSpec } from './support/fields.ts';
import { sectionsOf } from './support/islands.ts';
import { officersOnPage } from './support/officers.ts';
import { pageOf } from './support/page.ts';
import { dataSnippetText, lazySnippet } from './support/snippet.ts';
import type { Rule, RuleContext } from './types.ts';

interface Change {
  date: string;
  /** Message key of what changed. */
  what: string;
  text: string;
}

interface Subject {
  url: string;
  target: Target;
  text: string;
  updated: string | undefined;
  changes: Change[];
}

const UPDATED_LABEL: readonly FieldSpec[] = [{ key: 'updated', pattern: /(最后|最近)?(更新|修订|修改)(日期|时间)/ }];

function islandSubjects(snapshot: Snapshot, context: RuleContext): Subject[] {
  return sectionsOf(snapshot).filter((section) => section.data).map((section) => {
    const data = section.data as { updated?: string; items?: unknown[] };
    const changes: Change[] = [];
    if (section.kind === 'officers') {
      for (const officer of (section.data as { items: { name: string; validUntil?: string }[] }).items) {
        if (officer.validUntil && officer.validUntil < context.now) changes.push({ date: officer.validUntil, what: '@change.certificateExpired', text: officer.name });
      }
    }
    if (section.kind === 'decisions') {
      for (const decision of (section.data as { items: { documentNumber: string; revocation?: { date: string } }[] }).items) {
        if (decision.revocation && decision.revocation.date <= context.now) changes.push({ date: decision.revocation.date, what: '@change.decisionRevoked', text: decision.documentNumber });
      }
    }
    return { url: snapshot.url, target: section.target, text: dataSnippetText(section.data), updated: data.updated, changes };
  });
}

function legacySubject(snapshot: Snapshot, context: RuleContext): Subject | undefined {
  if (snapshot.islands.length > 0) return undefined;
  const officers = officersOnPage(snapshot);
  const decisions = decisionsOnPage(snapshot);
  if (officers.length === 0 && decisions.length === 0) return undefined;
  const label = findLabels(pageOf(snapshot), UPDATED_LABEL).get('updated');
  const changes: Change[] = [
    ...officers.filter((officer) => officer.validUntil && officer.validUntil < context.now).map((officer) => ({ date: officer.validUntil!, what: '@change.certificateExpired', text: officer.text })),
    ...decisions.filter((decision) => decision.revocation?.date && decision.revocation.date <= context.now).map((decision) => ({ date: decision.revocation!.date!, what: '@change.decisionRevoked', text: decision.texts[0]?.text ?? '' })),
  ];
  // Nothing visibly changed and no date shown: there is nothing to judge here.
  if (!label && changes.length === 0) return undefined;
  const target = label?.target ?? officers[0]?.list ?? decisions[0]?.table ?? decisions[0]?.target ?? [];
  return { url: snapshot.url, target, text: label?.text ?? '', updated: label ? firstDate(label.value) : undefined, changes };
}

function judge(subject: Subject, context: RuleContext): Finding[] {
  const at = (status: Finding['status'], reason: string, data: Finding['data'], text = subject.text): Finding =>
    ({ status, target: subject.target, url: subject.url, snippet: text ? lazySnippet(context, text) : '', reason, data });
  const { updated } = subject;
  if (!updated) return [at('review', 'noUpdateDate', { changes: subject.changes.length })];
  if (updated > context.now) return [at('review', 'updatedInFuture', { updated })];
  const limit = context.profile.correctionDeadline;
  const findings: Finding[] = [];
  for (const change of subject.changes.filter((item) => item.date > updated)) {
    const days = workingDays(change.date, context.now);
    const data = { updated, date: change.date, what: change.what };
    if (days === 'unknown') findings.push(at('review', 'calendarUnknown', data, change.text));
    else if (limit.kind !== 'working-days') findings.push(at('review', 'promptlyOnly', { ...data, days }, change.text));
    else if (days > limit.days) findings.push(at('fail', 'notUpdated', { ...data, days, limit: limit.days }, change.text));
  }
  return findings.length > 0 ? findings : [at('pass', 'updated', { updated })];
}

export const updateCorrection: Rule = {
  id: 'update-correction',
  reasons: ['notUpdated', 'updated', 'noUpdateDate', 'updatedInFuture', 'calendarUnknown', 'promptlyOnly'],
  evaluate(snapshots, context) {
    const subjects = snapshots.flatMap((snapshot) => {
      const legacy = legacySubject(snapshot, context);
      return legacy ? [...islandSubjects(snapshot, context), legacy] : islandSubjects(snapshot, context);
    });
    return subjects.flatMap((subject) => judge(subject, context));
  },
};
