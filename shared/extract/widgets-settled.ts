// A rendered page is read once its zfgs- widgets have settled: loaded their data (src fetches too), validated it
// and rendered, and written their islands. Widgets expose this as a `settled` promise (widgets/base).
type Settling = Element & { settled?: Promise<unknown> };

/** The defined zfgs- elements under `root`, in light DOM and open shadow roots, not yet in `seen`. */
function widgetsIn(root: Document | ShadowRoot, registry: CustomElementRegistry, seen: ReadonlySet<Element>, found: Settling[] = []): Settling[] {
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('zfgs-') && !seen.has(element) && registry.get(element.localName)) found.push(element);
    if (element.shadowRoot) widgetsIn(element.shadowRoot, registry, seen, found);
  }
  return found;
}


/**
 * Resolves when every zfgs- widget of `doc` has settled, widgets that appear while others settle (a disclosure's
 * sections) included, plus a task for what settling triggers (nested islands are labelled then): true, or false
 * when `limitMs` passed first. A zfgs- element not defined once the page has loaded is left alone (its script
 * failed or is not ours): it never settles.
 */
export function widgetsSettled(doc: Document, limitMs = 15_000): Promise<boolean> {
  const view = doc.defaultView;
  if (!view) return Promise.resolve(true);
  // A task, not an animation frame: frames never come in a hidden tab or frame.
  const nextTask = () => new Promise<void>((resolve) => view.setTimeout(resolve, 0));
  const seen = new Set<Element>();
  const settle = async () => {
    await nextTask();
    for (let widgets = widgetsIn(doc, view.customElements, seen); widgets.length > 0; widgets = widgetsIn(doc, view.customElements, seen)) {
      for (const widget of widgets) seen.add(widget);
      await Promise.all(widgets.map((widget) => Promise.resolve(widget.settled).catch(() => undefined)));
      await nextTask();
    }
    return true;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), limitMs)));
  return Promise.race([settle(), limit]).finally(() => clearTimeout(timer));
}
