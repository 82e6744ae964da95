#!/usr/bin/env node
// Draws Koble's app icon (two linked rings on a blue rounded square) and writes
// resources/icon.png (512×512), resources/icon-256.png and resources/icon.ico (a 256×256 PNG
// inside, as Windows Vista and later read it). No image library: plain Node, zlib for PNG.
// electron-builder derives the macOS .icns and the Linux sizes from the 512 PNG.
// Run again only to change the design: `node scripts/make-icon.mjs`; the results are committed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', 'resources');
const BLUE = [0x1e, 0x4f, 0x91];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb7, 0x05];
const SAMPLES = 4; // 4×4 samples per pixel for smooth edges

/** Inside a rounded square covering the canvas, corner radius r (coordinates in 0..1). */
function inRoundedSquare(x, y, margin, r) {
  const dx = Math.max(margin + r - x, 0, x - (1 - margin - r));
  const dy = Math.max(margin + r - y, 0, y - (1 - margin - r));
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= r * r;
}

function onRing(x, y, cx, cy, radius, width) {
  const d = Math.hypot(x - cx, y - cy);
  return Math.abs(d - radius) <= width / 2;
}

/** The colour at a point, or null for transparent. The right ring passes over the left at the top, under it at the bottom. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 0.04, 0.2)) return null;
  const left = onRing(x, y, 0.39, 0.5, 0.19, 0.075);
  const right = onRing(x, y, 0.61, 0.5, 0.19, 0.075);
  if (left && right) return y < 0.5 ? GOLD : WHITE;
  if (right) return GOLD;
  if (left) return WHITE;
  return BLUE;
}

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (SAMPLES * SAMPLES))], i);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = draw(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An .ico holding one 256×256 PNG (width and height 0 mean 256). */
function ico(image) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header.set([0, 0, 0, 0], 6);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, image]);
}

const large = png(512);
const small = png(256);
writeFileSync(join(OUT, 'icon.png'), large);
writeFileSync(join(OUT, 'icon-256.png'), small);
writeFileSync(join(OUT, 'icon.ico'), ico(small));
console.log(`resources/icon.png ${large.length} B, icon-256.png ${small.length} B, icon.ico ${small.length + 22} B`);
