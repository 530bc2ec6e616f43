// A widget composed inside another (the sections of zfgs-disclosure, the detail zfgs-decisions opens) writes its
// own island, repeating data the outer island already holds. It is labelled data-zfgs-nested="<outer kind>" so the
// auditor can count every decision, officer … once.
import { ISLAND_SELECTOR } from '../../shared/extract/island.ts';

type Settling = Element & { settled?: Promise<void> };

/** Labels the islands of the widgets in `root` (light DOM children of each) once each has settled. */
export function labelNestedIslands(root: ParentNode, outerKind: string): void {
  for (const widget of root.querySelectorAll<Settling>('*')) {
    if (!widget.localName.startsWith('zfgs-') || !widget.settled) continue;
    void widget.settled.then(() => {
      for (const island of widget.querySelectorAll(`:scope > ${ISLAND_SELECTOR}`)) {
        if (island.getAttribute('data-zfgs-nested') !== outerKind) island.setAttribute('data-zfgs-nested', outerKind);
      }
    });
  }
}
