#!/usr/bin/env node
// Draws images/icon.png (128x128, the Marketplace icon): three quorum nodes joined in a triangle
// on a dark rounded square, rendered with 4x4 supersampling and written with zlib only.
// Run: node scripts/package-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = 128,
  SS = 4;

const bg = [35, 31, 32]; // near-black
const line = [200, 200, 200]; // links
const node = [255, 255, 255]; // brokers
const leader = [232, 119, 34]; // the active controller (orange)

const nodes = [
  { x: 64, y: 34, r: 15, c: leader },
  { x: 34, y: 88, r: 15, c: node },
  { x: 94, y: 88, r: 15, c: node },
];

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour (rgba) of one sample point. */
function sample(x, y) {
  // Rounded square background, radius 24.
  const R = 24,
    cx = Math.min(Math.max(x, R), N - R),
    cy = Math.min(Math.max(y, R), N - R);
  if (Math.hypot(x - cx, y - cy) > R) return [0, 0, 0, 0];
  for (const n of nodes) {
    const d = Math.hypot(x - n.x, y - n.y);
    if (d <= n.r) return d >= n.r - 4 || n.c === leader ? [...n.c, 255] : [...bg, 255]; // rings; the leader is filled
  }
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i],
      b = nodes[(i + 1) % nodes.length];
    if (distToSegment(x, y, a.x, a.y, b.x, b.y) <= 2.5) return [...line, 255];
  }
  return [...bg, 255];
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = sample(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        acc[0] += c[0] * c[3];
        acc[1] += c[1] * c[3];
        acc[2] += c[2] * c[3];
        acc[3] += c[3];
      }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    const a = acc[3] / (SS * SS);
    raw[o] = acc[3] ? Math.round(acc[0] / acc[3]) : 0;
    raw[o + 1] = acc[3] ? Math.round(acc[1] / acc[3]) : 0;
    raw[o + 2] = acc[3] ? Math.round(acc[2] / acc[3]) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(ROOT, 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(ROOT, out)} (${png.length} bytes)`);
