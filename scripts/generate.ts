// `npm run generate`: rewrites every generated file that tests keep in sync with its source.
//   shared/law/articles.json                 ← shared/law/texts/ (scripts/law-index.ts)
await import('./law-index.ts');
