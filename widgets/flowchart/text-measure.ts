// Width estimates and line wrapping for SVG text. SVG <text> does not wrap, and measuring in the DOM would make
// the layout depend on fonts and on a document; an estimate per character keeps the layout pure and deterministic.
// CJK characters are one em wide in every CJK font; Latin letters and digits average about 0.6 em.

const NARROW_SPACE = 0.3;
const CLOSING_PUNCTUATION = '，。、；：？！）」』》〉】〕”’…,.;:?!)';
const NARROW = 0.6;

/** True for characters drawn one em wide: CJK, full-width forms, CJK punctuation. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 // supplementary ideographs
  );
}

function charWidth(char: string, fontSize: number): number {
  const code = char.codePointAt(0) ?? 0;
  if (isWide(code)) return fontSize;
  return (char === ' ' ? NARROW_SPACE : NARROW) * fontSize;
}

/** Estimated rendered width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char, fontSize);
  return width;
}

/** Splits into units that must stay together: a run of Latin letters/digits, or any single other character. */
function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9.%-]+|[\s\S]/gu) ?? [];
}

/**
 * Wraps `text` into lines no wider than `maxWidth`. Chinese breaks between any two characters; a Latin word or
 * number stays whole unless it is wider than a line by itself. Whitespace at a line start is dropped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    const unitWidth = textWidth(unit, fontSize);
    // 禁则: closing punctuation never starts a line; it hangs past the end of the previous one instead.
    const hangs = line !== '' && CLOSING_PUNCTUATION.includes(unit) && width + unitWidth <= maxWidth + fontSize;
    if (width + unitWidth <= maxWidth || hangs) {
      if (!(line === '' && unit === ' ')) {
        line += unit;
        width += unitWidth;
      }
      continue;
    }
    if (unitWidth <= maxWidth) {
      push();
      if (unit !== ' ') {
        line = unit;
        width = unitWidth;
      }
      continue;
    }
    // A unit wider than a line (a very long code): break it by characters.
    for (const char of unit) {
      const w = charWidth(char, fontSize);
      if (width + w > maxWidth && line !== '') push();
      line += char;
      width += w;
    }
  }
  push();
  return lines;
}
