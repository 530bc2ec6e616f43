// Whether the page is being printed. Widgets that paginate or collapse render everything for paper; one
// listener pair for the whole page tells every connected widget.
interface PrintListener {
  onPrintChange(isPrinting: boolean): void;
}

const listeners = new Set<PrintListener>();
let isPrinting = false;
let isListening = false;

function setPrinting(value: boolean): void {
  if (value === isPrinting) return;
  isPrinting = value;
  for (const listener of listeners) listener.onPrintChange(value);
}

export function watchPrint(listener: PrintListener): boolean {
  listeners.add(listener);
  if (!isListening && typeof window !== 'undefined') {
    isListening = true;
    // beforeprint runs the handlers (and Lit's microtask updates) before the print layout is taken.
    window.addEventListener('beforeprint', () => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false));
    window.matchMedia?.('print').addEventListener?.('change', (event) => setPrinting(event.matches));
  }
  return isPrinting;
}

export function unwatchPrint(listener: PrintListener): void {
  listeners.delete(listener);
}
