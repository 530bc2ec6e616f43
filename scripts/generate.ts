// `npm run generate`: rewrites every generated file that a test keeps in sync with its source.
//   shared/law/articles.json                  ← shared/law/texts/    (scripts/law-index.ts)
//   shared/schema/zfgs-disclosure.schema.json ← shared/schema/*.ts   (scripts/json-schema.ts)
//   demo/data/*.json                          ← demo/data/compose/   (demo/data/generate.ts)
export {};
await import('./law-index.ts');
await import('./json-schema.ts');
await import('../demo/data/generate.ts');
