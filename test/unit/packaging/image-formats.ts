// Independent readers for the icon containers, so the tests check the generator's files against the formats
// themselves rather than against the generator's own code.
import { inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** The inflated IDAT stream: one filter byte + the row's bytes, per row. */
  scanlines: Buffer;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function readPng(bytes: Buffer): PngInfo {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG signature');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    if (crc !== crc32(bytes.subarray(offset + 4, offset + 8 + length))) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!header) throw new Error('no IHDR');
  if (!ended || offset !== bytes.length) throw new Error('IEND missing or data after it');
  return {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bitDepth: header[8] ?? -1,
    colourType: header[9] ?? -1,
    scanlines: inflateSync(Buffer.concat(data)),
  };
}

export interface IcoEntry {
  width: number;
  height: number;
  bitsPerPixel: number;
  image: Buffer;
}

export function readIco(bytes: Buffer): IcoEntry[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO header');
  const count = bytes.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = 6 + 16 * i;
    const size = bytes.readUInt32LE(at + 8);
    const offset = bytes.readUInt32LE(at + 12);
    if (offset + size > bytes.length) throw new Error(`ICO entry ${i} runs past the end`);
    entries.push({
      width: bytes[at] === 0 ? 256 : (bytes[at] ?? -1),
      height: bytes[at + 1] === 0 ? 256 : (bytes[at + 1] ?? -1),
      bitsPerPixel: bytes.readUInt16LE(at + 6),
      image: bytes.subarray(offset, offset + size),
    });
  }
  return entries;
}

export interface IcnsElement {
  type: string;
  data: Buffer;
}

export function readIcns(bytes: Buffer): IcnsElement[] {
  if (bytes.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS header');
  if (bytes.readUInt32BE(4) !== bytes.length) throw new Error('ICNS length does not match the file');
  const elements: IcnsElement[] = [];
  let offset = 8;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > bytes.length) throw new Error(`bad ICNS element at ${offset}`);
    elements.push({
      type: bytes.toString('latin1', offset, offset + 4),
      data: bytes.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return elements;
}

/** Undoes the per-row PNG filters of an 8-bit RGBA image: straight RGBA bytes, row after row. */
export function rgbaPixels(png: PngInfo): Buffer {
  const stride = png.width * 4;
  const out = Buffer.alloc(stride * png.height);
  for (let y = 0; y < png.height; y += 1) {
    const filter = png.scanlines[y * (stride + 1)];
    const row = png.scanlines.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i += 1) {
      const left = i >= 4 ? (out[y * stride + i - 4] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = i >= 4 && y > 0 ? (out[(y - 1) * stride + i - 4] ?? 0) : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const predictor =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : pa <= pb && pa <= pc
                  ? left
                  : pb <= pc
                    ? up
                    : upLeft;
      out[y * stride + i] = ((row[i] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}
