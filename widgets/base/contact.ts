// Phone numbers and mailboxes as links built only from their validated characters: a tel: href keeps digits and
// a leading +, a mailto: href only a plain address, so no data can smuggle a scheme or markup into the href.
import { html, nothing, type TemplateResult } from 'lit';

const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function phoneLink(phone: unknown): TemplateResult | typeof nothing {
  if (typeof phone !== 'string' || phone === '') return nothing;
  // 0571-87654321转8001 → dial the main number; the extension stays in the visible text.
  const dialable = phone.split(/转|,|，|、/)[0]!.replace(/[^\d+]/g, '');
  if (dialable.length < 3) return html`${phone}`;
  return html`<a href=${`tel:${dialable}`} part="phone">${phone}</a>`;
}

export function emailLink(email: unknown): TemplateResult | typeof nothing {
  if (typeof email !== 'string' || email === '') return nothing;
  if (!PLAIN_EMAIL.test(email)) return html`${email}`;
  return html`<a href=${`mailto:${email}`} part="email">${email}</a>`;
}
