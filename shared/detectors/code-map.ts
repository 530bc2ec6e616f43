// A small map from UTF-16 code units to values: open addressing in typed arrays, so a lookup is a multiply,
// a shift and a compare or two, and a word list with a few hundred first characters takes a few kilobytes
// (an array indexed by code unit would take half a megabyte per list).
export class CodeMap<T> {
  private keys = new Int32Array(16).fill(-1);
  private values: Array<T | undefined> = new Array(16);
  private shift = 28; // 32 - log2(capacity)
  private count = 0;

  private slot(code: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== code && this.keys[slot] !== -1) slot = (slot + 1) & mask;
    return slot;
  }

  get(code: number): T | undefined {
    const mask = this.keys.length - 1;
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === code) return this.values[slot];
      if (key === -1) return undefined;
      slot = (slot + 1) & mask;
    }
  }

  set(code: number, value: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slot(code);
    if (this.keys[slot] === -1) this.count += 1;
    this.keys[slot] = code;
    this.values[slot] = value;
  }

  *keysIterator(): Iterable<number> {
    for (const key of this.keys) if (key !== -1) yield key;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1);
    this.values = new Array(oldKeys.length * 2);
    this.shift -= 1;
    this.count = 0;
    oldKeys.forEach((key, slot) => {
      if (key !== -1) this.set(key, oldValues[slot] as T);
    });
  }
}
