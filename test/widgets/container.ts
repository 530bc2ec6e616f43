// A wrapper element for a test, appended to the document without waiting for an animation frame: open-wc's
// fixture('<div></div>') waits for requestAnimationFrame on a plain element, which never fires while the page is in
// the background of a concurrent test run. Removed after each test.
const created: HTMLElement[] = [];

afterEach(() => {
  for (const element of created.splice(0)) element.remove();
});

export function container(): HTMLDivElement {
  const element = document.createElement('div');
  document.body.append(element);
  created.push(element);
  return element;
}
