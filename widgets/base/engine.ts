// A heavy part of the widgets (the decision-text pipeline, the flowchart layout) loaded on demand as a sibling
// chunk of the module that imports it, so dist/widgets/zfgs.js stays small and a page that shows no decision never
// downloads the detectors. The dynamic import() resolves relative to the importing module, so the dist/widgets
// folder works wherever it is copied. A widget lists the engines it needs (ZfgsElement.requiredEngines) and shows
// nothing of its data until they have loaded: when one cannot load, it shows a bilingual error instead (fail closed).

export interface Engine<T> {
  /** What the widgets call it in errors, for developers: `decision text pipeline`. */
  readonly name: string;
  /** Starts loading; undefined once loaded (so a loaded engine costs no extra turn), else the pending load. */
  load(): Promise<T> | undefined;
  /** The loaded engine, or undefined while it has not loaded. */
  peek(): T | undefined;
  /** The loaded engine; throws when it has not loaded (a widget only calls it after its engines loaded). */
  get(): T;
}

/** An engine loaded by `importer` the first time a widget needs it; a failed load is tried again next time. */
export function lazyEngine<T>(name: string, importer: () => Promise<T>): Engine<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    name,
    load() {
      if (loaded !== undefined) return undefined;
      loading ??= importer().then(
        (engine) => (loaded = engine),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    peek() {
      return loaded;
    },
    get() {
      if (loaded === undefined) throw new Error(`The ${name} has not loaded.`);
      return loaded;
    },
  };
}
