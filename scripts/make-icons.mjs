// `npm run icons`: draws the app icon from build/icon-source.json and writes every file electron-builder needs:
//   build/icon.png (1024), build/icons/<n>x<n>.png (Linux), build/icon.ico (Windows), build/icon.icns (macOS).
// Pure Node (no image packages): shapes are signed-distance functions, anti-aliased per pixel, and each size is
// drawn directly from the description, so small sizes stay sharp. Same description in → same bytes out.
//
// Usage: node scripts/make-icons.mjs [--source build/icon-source.json] [--out build]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data (Apple's iconutil uses the same codes): [type, pixel size].
export const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic13', 256], // 128@2x
  ['ic08', 256],
  ['ic14', 512], // 256@2x
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
];

// ---------- drawing ----------

function hexColor(hex) {
  const value = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!value) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(value[1], 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

// Signed distance from (px, py) to a rounded rectangle (negative inside).
function roundedRectDistance(px, py, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(px - cx) - (halfW - radius);
  const qy = Math.abs(py - cy) - (halfH - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

const clamp01 = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);
const smoothstep = (edge0, edge1, v) => {
  const t = clamp01((v - edge0) / (edge1 - edge0));
  return t * t * (3 - 2 * t);
};

/** Builds the shape list once per description; `shade(x, y, pixel)` then gives a premultiplied RGBA sample. */
function compileDesign(design) {
  const { tile, bars, shadow } = design;
  const half = 0.5 - tile.inset;
  const radius = tile.cornerRadius;
  const from = hexColor(tile.gradientFrom);
  const to = hexColor(tile.gradientTo);
  const border = hexColor(tile.border);
  const barColor = hexColor(bars.color);
  const shadowColor = hexColor(shadow.color);
  const count = bars.heights.length;
  const totalWidth = count * bars.width + (count - 1) * bars.gap;
  const barCenters = bars.heights.map(
    (_, i) => 0.5 - totalWidth / 2 + bars.width / 2 + i * (bars.width + bars.gap),
  );

  return function shade(x, y, pixel) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    // Porter-Duff "over" in premultiplied space.
    const over = (color, alpha) => {
      r = color[0] * alpha + r * (1 - alpha);
      g = color[1] * alpha + g * (1 - alpha);
      b = color[2] * alpha + b * (1 - alpha);
      a = alpha + a * (1 - alpha);
    };

    const shadowDistance = roundedRectDistance(x, y, 0.5, 0.5 + shadow.offsetY, half, half, radius);
    over(shadowColor, shadow.alpha * (1 - smoothstep(-shadow.blur, shadow.blur + pixel, shadowDistance)));

    const tileDistance = roundedRectDistance(x, y, 0.5, 0.5, half, half, radius);
    const tileCoverage = clamp01(0.5 - tileDistance / pixel);
    if (tileCoverage > 0) {
      const u = clamp01((x - tile.inset + (y - tile.inset)) / (4 * half));
      const lift = tile.highlight * clamp01(1 - (y - tile.inset) / (1.2 * half));
      const base = from.map((c, i) => c + (to[i] - c) * u);
      over(
        base.map((c) => c + (1 - c) * lift),
        tileCoverage,
      );
      // A faint inner rim keeps the tile readable on dark and light backgrounds alike.
      const rim = clamp01(
        0.5 - (Math.abs(tileDistance + tile.borderWidth / 2) - tile.borderWidth / 2) / pixel,
      );
      over(border, tile.borderAlpha * rim * tileCoverage);

      for (let i = 0; i < count; i += 1) {
        const height = bars.heights[i];
        const d = roundedRectDistance(
          x,
          y,
          barCenters[i],
          bars.centerY,
          bars.width / 2,
          height / 2,
          bars.width / 2,
        );
        const coverage = clamp01(0.5 - d / pixel);
        if (coverage > 0) over(barColor, coverage);
      }
    }
    return [r, g, b, a];
  };
}

/** Renders the design at `size`×`size` into straight (non-premultiplied) RGBA bytes. */
export function renderIcon(design, size) {
  const shade = compileDesign(design);
  const pixels = Buffer.alloc(size * size * 4);
  const pixel = 1 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const [r, g, b, a] = shade((px + 0.5) * pixel, (py + 0.5) * pixel, pixel);
      const o = (py * size + px) * 4;
      const alpha = Math.round(a * 255);
      if (alpha === 0) continue;
      pixels[o] = Math.round(clamp01(r / a) * 255);
      pixels[o + 1] = Math.round(clamp01(g / a) * 255);
      pixels[o + 2] = Math.round(clamp01(b / a) * 255);
      pixels[o + 3] = alpha;
    }
  }
  return pixels;
}

// ---------- PNG ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(left, up, upLeft) {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

// Per row, the filter whose output has the smallest sum of absolute signed bytes (the usual PNG heuristic).
function filterRows(pixels, width, height) {
  const stride = width * 4;
  const out = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  const best = Buffer.alloc(stride);
  for (let y = 0; y < height; y += 1) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    let bestType = 0;
    let bestScore = Infinity;
    for (let type = 0; type < 5; type += 1) {
      let score = 0;
      for (let i = 0; i < stride; i += 1) {
        const left = i >= 4 ? row[i - 4] : 0;
        const up = prev[i];
        const upLeft = i >= 4 ? prev[i - 4] : 0;
        const predictor =
          type === 0
            ? 0
            : type === 1
              ? left
              : type === 2
                ? up
                : type === 3
                  ? (left + up) >> 1
                  : paeth(left, up, upLeft);
        const value = (row[i] - predictor) & 0xff;
        candidate[i] = value;
        score += value < 128 ? value : 256 - value;
      }
      if (score < bestScore) {
        bestScore = score;
        bestType = type;
        candidate.copy(best);
      }
    }
    out[y * (stride + 1)] = bestType;
    best.copy(out, y * (stride + 1) + 1);
  }
  return out;
}

export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const data = deflateSync(filterRows(pixels, width, height), { level: 9, memLevel: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- ICO and ICNS containers ----------

/** Windows ICO whose entries are PNG streams (supported since Windows Vista). */
export function encodeIco(pngBySize) {
  const sizes = [...pngBySize.keys()].sort((a, b) => a - b);
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const png = pngBySize.get(size);
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size; // 0 means 256
    header[entry + 1] = size >= 256 ? 0 : size;
    header[entry + 2] = 0; // no palette
    header[entry + 3] = 0;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...sizes.map((size) => pngBySize.get(size))]);
}

/** Apple ICNS: 'icns' + total length, then (type, length including its 8-byte header, PNG data) elements. */
export function encodeIcns(pngBySize) {
  const elements = ICNS_ENTRIES.map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

// ---------- files ----------

/** Draws every size and returns the files to write, keyed by path relative to the output folder. */
export function makeIconFiles(design) {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_ENTRIES.map(([, size]) => size)])];
  const pngBySize = new Map(sizes.map((size) => [size, encodePng(renderIcon(design, size), size, size)]));
  const files = new Map();
  files.set('icon.png', pngBySize.get(1024));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, pngBySize.get(size));
  files.set('icon.ico', encodeIco(new Map(ICO_SIZES.map((size) => [size, pngBySize.get(size)]))));
  files.set('icon.icns', encodeIcns(pngBySize));
  return files;
}

function argument(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const source = argument('--source', join(projectDir, 'build', 'icon-source.json'));
  const outDir = argument('--out', join(projectDir, 'build'));
  const files = makeIconFiles(JSON.parse(readFileSync(source, 'utf8')));
  let total = 0;
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), bytes);
    total += bytes.length;
  }
  console.log(`icons: ${files.size} files, ${Math.round(total / 1024)} KiB written to ${outDir}`);
}
