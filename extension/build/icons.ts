// Vite plugin: draws the extension's icons (a white magnifying glass on a red rounded square) as PNGs at the
// sizes Chrome asks for, at build time. Drawn from geometry with 4×4 supersampling, so no binary image is kept
// in the repository and every size is sharp.
import { deflateSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const RED = [0xb7, 0x1c, 0x1c];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage of the icon's shapes at a point of the unit square: 0 outside, 1 on red, 2 on white. */
function shapeAt(x: number, y: number): 0 | 1 | 2 {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return 0;
  const lens = Math.hypot(x - 0.43, y - 0.43);
  if (lens <= 0.25 && lens >= 0.16) return 2;
  // The handle: a thick segment from the lens towards the lower right.
  const t = Math.max(0, Math.min(1, ((x - 0.6) * 0.17 + (y - 0.6) * 0.17) / (2 * 0.17 * 0.17)));
  const distance = Math.hypot(x - (0.6 + 0.17 * t), y - (0.6 + 0.17 * t));
  return distance <= 0.065 ? 2 : 1;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number): Buffer {
  const samples = 4;
  const rows: number[] = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x += 1) {
      let red = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const shape = shapeAt((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (shape === 1) red += 1;
          else if (shape === 2) white += 1;
        }
      }
      const covered = red + white;
      const alpha = covered / (samples * samples);
      const color = covered === 0 ? RED : RED.map((channel, i) => Math.round((channel * red + WHITE[i]! * white) / covered));
      rows.push(...color, Math.round(alpha * 255));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', new Uint8Array())]);
}

export const iconPath = (size: number): string => `icons/icon-${size}.png`;

export function extensionIcons(): Plugin {
  return {
    name: 'zfgs-extension-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES) this.emitFile({ type: 'asset', fileName: iconPath(size), source: iconPng(size) });
    },
  };
}
