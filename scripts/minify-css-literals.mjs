// A Vite plugin that minifies the CSS inside Lit's css`…` tagged templates of the widgets: comments and
// indentation are most of those bytes, and Vite's lib mode leaves template literals untouched. Quoted strings
// (content: ' (' …) are kept byte for byte; templates with ${…} interpolations are left alone.

/** Minifies one stylesheet's text without touching quoted strings. */
export function minifyCss(text) {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else {
      let end = index;
      while (end < text.length && !`"'`.includes(text[end]) && !(text[end] === '/' && text[end + 1] === '*')) end += 1;
      out += text
        .slice(index, end)
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/;}/g, '}');
      index = end;
    }
  }
  return out.trim();
}

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssLiterals() {
  return {
    name: 'zfgs-minify-css-literals',
    transform(code, id) {
      if (!/\/widgets\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_whole, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
