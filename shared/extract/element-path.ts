// Targets (one CSS selector per document level, as axe-core) built during the single extraction pass.
// Each element visited gets a PathNode that knows, when it is created, whether its tag alone is ambiguous
// among its siblings (an earlier one has the tag, or a later one does: one look ahead along the siblings), so
// any selector can be written at once, saying `tr:nth-of-type(3)` only where a bare `tr` would be ambiguous.
// Ids anchor a selector when they are unique in their tree. Nothing here recurses: a 2,000-level DOM is fine.
import type { Target } from './snapshot.ts';

/** One document level: a Document, a shadow root or a frame's document. */
export interface Tree {
  /** The element hosting this tree (shadow host or frame element); undefined for the top document. */
  host: PathNode | undefined;
  /** Whether an id occurs exactly once in this tree (asked of the tree's id index, remembered per id). */
  isUniqueId(id: string): boolean;
  /** Sibling counts of the tree's top-level elements, by tag. */
  topCounts: Map<string, number>;
  /** Whether the tree is a shadow root (its top-level selectors must not match deeper elements). */
  isShadow: boolean;
}

export interface PathNode {
  tree: Tree;
  parent: PathNode | undefined;
  tag: string;
  /** 1-based position among siblings of the same tag. */
  nth: number;
  /** Whether a sibling has the same tag (so the selector needs :nth-of-type). */
  isAmbiguous: boolean;
  id: string | undefined;
  /** Counts of this element's children by tag, filled as they are visited. */
  childCounts: Map<string, number> | undefined;
  selector: string | undefined;
  target: Target | undefined;
}

export function createTree(root: Document | ShadowRoot, host: PathNode | undefined, isShadow: boolean): Tree {
  const known = new Map<string, boolean>();
  const isUniqueId = (id: string): boolean => {
    let isUnique = known.get(id);
    if (isUnique === undefined) {
      // An id selector is answered from the tree's id map, not by walking the tree.
      isUnique = id.trim() === id && id !== '' && root.querySelectorAll(`#${cssEscape(id)}`).length === 1;
      known.set(id, isUnique);
    }
    return isUnique;
  };
  return { host, isUniqueId, topCounts: new Map(), isShadow };
}

function hasLaterSiblingLike(element: Element, tag: string): boolean {
  for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName === tag) return true;
  }
  return false;
}

/** Counts `element` among its parent's children of its tag; returns its 1-based position among them. */
function countChild(tree: Tree, parent: PathNode | undefined, tag: string): number {
  const counts = parent ? (parent.childCounts ??= new Map()) : tree.topCounts;
  const nth = (counts.get(tag) ?? 0) + 1;
  counts.set(tag, nth);
  return nth;
}

function uniqueId(tree: Tree, element: Element, hasAttributes: boolean): string | undefined {
  const elementId = hasAttributes ? element.id : '';
  return elementId && tree.isUniqueId(elementId) ? elementId : undefined;
}

// A shadow root's top-level elements always take :nth-of-type (see ownSelector).
function isAmbiguous(tree: Tree, parent: PathNode | undefined, element: Element, tag: string, nth: number, id: string | undefined): boolean {
  return nth > 1 || (parent === undefined && tree.isShadow) || (id === undefined && hasLaterSiblingLike(element, tag));
}

/** Called for each element in document order; `parent` undefined for a tree's top-level elements. */
export function createPathNode(tree: Tree, parent: PathNode | undefined, element: Element, hasAttributes = true, tag = element.localName): PathNode {
  const nth = countChild(tree, parent, tag);
  const id = uniqueId(tree, element, hasAttributes);
  return { tree, parent, tag, nth, isAmbiguous: isAmbiguous(tree, parent, element, tag, nth, id), id, childCounts: undefined, selector: undefined, target: undefined };
}

/** Counts an element that needs no PathNode (a cell whose text is all that is kept), so its later siblings' positions stay right. */
export function countPlainChild(tree: Tree, parent: PathNode | undefined, tag: string): void {
  countChild(tree, parent, tag);
}

/**
 * The target of an element that gets no PathNode of its own — a row of a long list, read with its cells in one
 * step: the parent's selector and one more step, as a PathNode would give.
 */
export function targetOfChild(tree: Tree, parent: PathNode | undefined, element: Element, tag: string, hasAttributes: boolean): Target {
  const nth = countChild(tree, parent, tag);
  const id = uniqueId(tree, element, hasAttributes);
  const selector = selectorStep(tree, tag, nth, isAmbiguous(tree, parent, element, tag, nth, id), id, id === undefined && parent ? selectorOf(parent) : undefined);
  const host = tree.host;
  return host ? [...targetOf(host), selector] : [selector];
}

/** CSS.escape for identifiers (CSSOM §2.1), written out because jsdom has no CSS.escape. */
export function cssEscape(value: string): string {
  let result = '';
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const char = value.charAt(index);
    if (code === 0) result += '\ufffd';
    else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f || (index === 0 && code >= 0x30 && code <= 0x39) ||
      (index === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)) result += `\\${code.toString(16)} `;
    else if (index === 0 && value.length === 1 && code === 0x2d) result += `\\${char}`;
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) result += char;
    else result += `\\${char}`;
  }
  return result;
}

function selectorStep(tree: Tree, tag: string, nth: number, isAmbiguousTag: boolean, id: string | undefined, prefix: string | undefined): string {
  if (id !== undefined) return `#${cssEscape(id)}`;
  const step = isAmbiguousTag ? `${tag}:nth-of-type(${nth})` : tag;
  // A shadow root's top-level elements are matched with :host > … so they cannot match deeper elements.
  if (prefix === undefined) return tree.isShadow ? `:host > ${step}` : step;
  return `${prefix} > ${step}`;
}

function ownSelector(node: PathNode, prefix: string | undefined): string {
  return selectorStep(node.tree, node.tag, node.nth, node.isAmbiguous, node.id, prefix);
}

/** The selector of `node` within its own tree. */
export function selectorOf(node: PathNode): string {
  if (node.selector !== undefined) return node.selector;
  const parent = node.parent;
  // Document order makes the parent's selector known already almost always: no walk needed.
  if (node.id !== undefined || parent === undefined || parent.selector !== undefined) {
    node.selector = ownSelector(node, node.id === undefined ? parent?.selector : undefined);
    return node.selector;
  }
  const chain: PathNode[] = [];
  let cursor: PathNode | undefined = node;
  while (cursor && cursor.selector === undefined && cursor.id === undefined) {
    chain.push(cursor);
    cursor = cursor.parent;
  }
  let prefix = cursor ? selectorOf(cursor) : undefined;
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const current = chain[index]!;
    current.selector = ownSelector(current, prefix);
    prefix = current.selector;
  }
  return node.selector!;
}

/** The full target: the selectors of every host from the top document down, then the node's own. */
export function targetOf(node: PathNode): Target {
  if (node.target) return node.target;
  const host = node.tree.host;
  node.target = host ? [...targetOf(host), selectorOf(node)] : [selectorOf(node)];
  return node.target;
}
