/**
 * A set of 16-bit numbers (UTF-16 units, or hashes folded to 16 bits) as a bit table of 8 KB. The
 * recognizer asks such sets at nearly every character; byte or Map tables of 64 KB and more fell out of
 * the CPU cache between documents, while the other stages ran, and most asks became cache misses.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  add(code: number): void {
    this.bits[(code & 0xffff) >>> 5]! |= 1 << (code & 31);
  }

  /** Adds every number of `other` (the union of two sets). */
  addAll(other: CodeSet): void {
    for (let i = 0; i < this.bits.length; i++) this.bits[i]! |= other.bits[i]!;
  }

  has(code: number): boolean {
    return ((this.bits[(code & 0xffff) >>> 5]! >>> (code & 31)) & 1) === 1;
  }
}
