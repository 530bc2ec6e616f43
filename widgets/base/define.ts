// Guarded registration: a page that loads two copies of the bundle (a CMS template plus a page-level embed, or
// zfgs.js beside a per-widget module) keeps the first definition instead of throwing NotSupportedError.

/** Defines `tag` unless some definition of it already exists. Returns the class that now owns the tag. */
export function defineElement(tag: string, element: CustomElementConstructor): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  customElements.define(tag, element);
  return element;
}
