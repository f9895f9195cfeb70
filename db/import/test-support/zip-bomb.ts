/**
 * Zip files that unpack to far more than they weigh, written byte by byte:
 * a deflate stream of one zero byte and then back-references that repeat it
 * (13 bits for 258 bytes), so 250 MB take 1.6 MB and no time to make.
 */

/** A raw deflate stream (fixed Huffman codes) that unpacks to `size` zero bytes. */
export function zerosDeflated(size: number): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  const put = (value: number, length: number) => {
    bits |= value << count;
    count += length;
    while (count >= 8) {
      out.push(bits & 0xff);
      bits >>>= 8;
      count -= 8;
    }
  };
  // Huffman codes are written most significant bit first.
  const code = (value: number, length: number) => {
    let reversed = 0;
    for (let i = 0; i < length; i += 1) reversed |= ((value >> i) & 1) << (length - 1 - i);
    put(reversed, length);
  };
  put(1, 1); // the last block
  put(1, 2); // fixed Huffman codes
  code(0x30, 8); // the literal 0
  let left = size - 1;
  while (left >= 258) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
    left -= 258;
  }
  for (; left > 0; left -= 1) code(0x30, 8);
  code(0, 7); // end of block (code 256)
  if (count > 0) out.push(bits & 0xff);
  return Uint8Array.from(out);
}

/** A zip of one deflated entry, declaring `declaredSize` as its unpacked size (a lie, if it is not). */
export function zipOf(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(0, 14); // the CRC is not checked before unpacking
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}
