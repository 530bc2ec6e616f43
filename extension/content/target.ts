// Resolves a finding's target (one CSS selector per document level, as axe-core writes them) to an element,
// through shadow roots — closed ones too, via chrome.dom in content scripts — and same-origin frames.
export interface ResolvedTarget {
  element: Element;
  /** The frame elements crossed on the way, outermost first (their positions offset the element's box). */
  frames: Element[];
}

export type TargetProblem = 'empty' | 'invalid-selector' | 'not-found' | 'not-a-container' | 'frame-inaccessible';

function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  // Content scripts (not pages) have chrome.dom, which also opens closed shadow roots.
  if (typeof chrome === 'undefined' || !chrome.dom?.openOrClosedShadowRoot) return null;
  try {
    return chrome.dom.openOrClosedShadowRoot(element as HTMLElement) ?? null;
  } catch {
    return null; // not an element that can host a shadow root
  }
}

function isFrame(element: Element): element is HTMLIFrameElement | HTMLFrameElement {
  return element.localName === 'iframe' || element.localName === 'frame';
}

export function resolveTarget(target: readonly string[], top: Document = document): ResolvedTarget | TargetProblem {
  if (target.length === 0) return 'empty';
  let root: Document | ShadowRoot = top;
  const frames: Element[] = [];
  for (let level = 0; level < target.length; level += 1) {
    let element: Element | null;
    try {
      element = root.querySelector(target[level]!);
    } catch {
      return 'invalid-selector';
    }
    if (!element) return 'not-found';
    if (level === target.length - 1) return { element, frames };
    const shadow = shadowRootOf(element);
    if (shadow) {
      root = shadow;
    } else if (isFrame(element)) {
      let frameDocument: Document | null = null;
      try {
        frameDocument = element.contentDocument;
      } catch {
        frameDocument = null;
      }
      if (!frameDocument) return 'frame-inaccessible';
      frames.push(element);
      root = frameDocument;
    } else {
      return 'not-a-container';
    }
  }
  return 'not-found';
}

/** The element's box in the top viewport, now (frames move when their documents scroll). */
export function boxInTopViewport({ element, frames }: ResolvedTarget): DOMRect {
  let x = 0;
  let y = 0;
  for (const frame of frames) {
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
  }
  const rect = element.getBoundingClientRect();
  return new DOMRect(rect.left + x, rect.top + y, rect.width, rect.height);
}
