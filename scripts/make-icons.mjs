#!/usr/bin/env node
// Draws LegCheck's app icons (a leg and a check mark) into public/ with nothing but node:zlib,
// so the icons can be regenerated without an image library. Run: node scripts/make-icons.mjs
// Writes: favicon.svg, pwa-192x192.png, pwa-512x512.png, maskable-512x512.png,
// apple-touch-icon-180x180.png. The PNGs are committed; this script is only needed to change them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const publicDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public');

const BACKGROUND = [0x1f, 0x5f, 0x7a];
const LEG = [0xff, 0xff, 0xff];
const CHECK = [0xff, 0xd1, 0x66];

// Shapes in a unit square (y down). Each capsule is a segment with a radius: simple to rasterise
// and to write as an SVG line with round caps.
const LEG_CAPSULES = [
  { a: [0.4, 0.17], b: [0.44, 0.5], r: 0.085 },
  { a: [0.44, 0.5], b: [0.41, 0.79], r: 0.062 },
  { a: [0.41, 0.8], b: [0.59, 0.8], r: 0.045 },
];
const CHECK_CAPSULES = [
  { a: [0.58, 0.4], b: [0.65, 0.47], r: 0.035 },
  { a: [0.65, 0.47], b: [0.8, 0.27], r: 0.035 },
];

function distanceToSegment([px, py], { a: [ax, ay], b: [bx, by] }) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const inCapsules = (p, capsules) => capsules.some((c) => distanceToSegment(p, c) <= c.r);

function inRoundedSquare([x, y], radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * Colour of one point: the artwork is scaled by `scale` about the centre so that a maskable
 * icon keeps it inside the 80% safe circle; `cornerRadius` null means a full-bleed square.
 */
function colourAt(x, y, { scale, cornerRadius }) {
  if (cornerRadius !== null && !inRoundedSquare([x, y], cornerRadius)) return null;
  const p = [(x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5];
  if (inCapsules(p, CHECK_CAPSULES)) return CHECK;
  if (inCapsules(p, LEG_CAPSULES)) return LEG;
  return BACKGROUND;
}

function render(size, options) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            options,
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = ([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const n = (v) => Math.round(v * 64 * 100) / 100;
  const line = ({ a, b, r }, colour) =>
    `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${hex(colour)}" stroke-width="${n(2 * r)}" stroke-linecap="round"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${n(0.2)}" fill="${hex(BACKGROUND)}"/>`,
    ...LEG_CAPSULES.map((c) => line(c, LEG)),
    ...CHECK_CAPSULES.map((c) => line(c, CHECK)),
    '</svg>',
    '',
  ].join('\n');
}

const icons = [
  { file: 'pwa-192x192.png', size: 192, scale: 1, cornerRadius: 0.2 },
  { file: 'pwa-512x512.png', size: 512, scale: 1, cornerRadius: 0.2 },
  // Maskable: full bleed, artwork inside the central 80% circle that every mask keeps.
  { file: 'maskable-512x512.png', size: 512, scale: 0.72, cornerRadius: null },
  // iOS fills transparency with black and rounds the corners itself: full bleed, opaque.
  { file: 'apple-touch-icon-180x180.png', size: 180, scale: 0.85, cornerRadius: null },
];

for (const { file, size, ...options } of icons) {
  fs.writeFileSync(path.join(publicDir, file), encodePng(size, render(size, options)));
  console.log(`wrote public/${file}`);
}
fs.writeFileSync(path.join(publicDir, 'favicon.svg'), svg());
console.log('wrote public/favicon.svg');
