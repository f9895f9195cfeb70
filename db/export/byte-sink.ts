/**
 * Text appended as UTF-8 into a few large blocks. An export of 100,000
 * sentences made of small strings kept alive until the end spends most of its
 * time in the garbage collector; bytes in blocks are a handful of objects, and
 * filling a new block never copies the ones before it.
 */
export class ByteSink {
  private readonly blocks: Buffer[] = [];
  private block: Buffer;
  private used = 0;
  private written = 0;
  /** Small appends are joined first: one write into a block per 32 K characters, not per sentence. */
  private pending = '';

  /** Blocks start small (a section may quote one sentence) and double up to a megabyte. */
  constructor(firstBlockBytes = 16 * 1024) {
    this.block = Buffer.allocUnsafe(firstBlockBytes);
  }

  append(text: string): void {
    this.pending += text;
    if (this.pending.length >= 32 * 1024) this.flush();
  }

  get byteLength(): number {
    this.flush();
    return this.written;
  }

  /** The bytes written so far, in order, as views of the blocks (not copies). */
  chunks(): Buffer[] {
    this.flush();
    const full = this.blocks.slice();
    if (this.used > 0) full.push(this.block.subarray(0, this.used));
    return full;
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.used + most > this.block.length) {
      if (this.used > 0) this.blocks.push(this.block.subarray(0, this.used));
      this.block = Buffer.allocUnsafe(Math.max(Math.min(this.block.length * 2, 1024 * 1024), most));
      this.used = 0;
    }
    const bytes = this.block.write(text, this.used, 'utf8');
    this.used += bytes;
    this.written += bytes;
  }
}
