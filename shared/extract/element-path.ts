// Targets (one CSS selector per document level, as axe-core) built during the single extraction pass.
// Each element visited gets a PathNode; selectors are written only at the end, when every sibling count is
// known, so a selector says `tr:nth-of-type(3)` only where a bare `tr` would be ambiguous. Ids anchor a
// selector when they are unique in their tree. Nothing here recurses: a 2,000-level DOM is fine.
import type { Target } from './snapshot.ts';

/** One document level: a Document, a shadow root or a frame's document. */
export interface Tree {
  /** The element hosting this tree (shadow host or frame element); undefined for the top document. */
  host: PathNode | undefined;
  /** Ids that occur exactly once in this tree. */
  uniqueIds: ReadonlySet<string>;
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
  id: string | undefined;
  /** Counts of this element's children by tag, filled as they are visited. */
  childCounts: Map<string, number> | undefined;
  selector: string | undefined;
  target: Target | undefined;
}

export function createTree(root: Document | ShadowRoot, host: PathNode | undefined, isShadow: boolean): Tree {
  const seen = new Map<string, number>();
  for (const element of root.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
  const uniqueIds = new Set<string>();
  for (const [id, count] of seen) if (count === 1 && id.trim() === id && id !== '') uniqueIds.add(id);
  return { host, uniqueIds, topCounts: new Map(), isShadow };
}

/** Called for each element in document order; `parent` undefined for a tree's top-level elements. */
export function createPathNode(tree: Tree, parent: PathNode | undefined, element: Element): PathNode {
  const tag = element.localName;
  const counts = parent ? (parent.childCounts ??= new Map()) : tree.topCounts;
  const nth = (counts.get(tag) ?? 0) + 1;
  counts.set(tag, nth);
  const id = element.id && tree.uniqueIds.has(element.id) ? element.id : undefined;
  return { tree, parent, tag, nth, id, childCounts: undefined, selector: undefined, target: undefined };
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

function step(node: PathNode): string {
  const siblings = node.parent ? node.parent.childCounts : node.tree.topCounts;
  const isAmbiguous = (siblings?.get(node.tag) ?? 1) > 1 || (node.parent === undefined && node.tree.isShadow);
  return isAmbiguous ? `${node.tag}:nth-of-type(${node.nth})` : node.tag;
}

/** The selector of `node` within its own tree. */
export function selectorOf(node: PathNode): string {
  if (node.selector !== undefined) return node.selector;
  // Walk up to the nearest node whose selector is known (or an id anchor), then write the path down.
  const chain: PathNode[] = [];
  let cursor: PathNode | undefined = node;
  while (cursor && cursor.selector === undefined && cursor.id === undefined) {
    chain.push(cursor);
    cursor = cursor.parent;
  }
  let prefix: string | undefined;
  if (cursor) {
    cursor.selector ??= `#${cssEscape(cursor.id!)}`;
    prefix = cursor.selector;
  }
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const current = chain[index]!;
    // A shadow root's top-level elements are matched with :host > … so they cannot match deeper elements.
    const own = step(current);
    current.selector = prefix !== undefined ? `${prefix} > ${own}` : current.tree.isShadow ? `:host > ${own}` : own;
    prefix = current.selector;
  }
  return node.selector!;
}

/** The full target: the selectors of every host from the top document down, then the node's own. */
export function targetOf(node: PathNode): Target {
  if (node.target) return node.target;
  const levels: PathNode[] = [];
  for (let cursor: PathNode | undefined = node; cursor; cursor = cursor.tree.host) levels.push(cursor);
  node.target = levels.reverse().map(selectorOf);
  return node.target;
}
