/**
 * A small zip writer for test files that must never sit in memory whole: each entry's content is
 * produced in chunks and deflated as it goes; the local header is patched with the sizes and CRC
 * afterwards. `repeat` entries deflate one block once (full flush, so the compressed block is
 * self-contained) and write it `times` times: 2 GB of XML from a 2 MB file in a second or two.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { createDeflateRaw } from 'node:zlib';

export type ZipEntry =
  | { name: string; data: string | Buffer }
  | { name: string; chunks: () => Iterable<string> }
  | { name: string; head?: string; repeat: string; times: number; tail?: string };

type Central = { name: Buffer; crc: number; compressed: number; size: number; offset: number };

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

/** Deflates `chunks` one after another into one raw deflate stream, calling `out` with each piece. */
async function deflateChunks(chunks: Iterable<Buffer>, out: (piece: Buffer) => void): Promise<void> {
  const deflate = createDeflateRaw({ level: 6 });
  deflate.on('data', out);
  const ended = new Promise<void>((done, fail) => {
    deflate.on('end', done);
    deflate.on('error', fail);
  });
  for (const chunk of chunks) {
    if (!deflate.write(chunk)) await new Promise((done) => deflate.once('drain', done));
  }
  deflate.end();
  await ended;
}

/** Writes the zip to `path`; returns the total unpacked size. */
export async function writeZip(path: string, entries: ZipEntry[]): Promise<{ unpacked: number }> {
  const fd = openSync(path, 'w');
  let offset = 0;
  let unpacked = 0;
  const centrals: Central[] = [];
  const write = (bytes: Buffer) => {
    writeSync(fd, bytes, 0, bytes.length, offset);
    offset += bytes.length;
  };
  try {
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const start = offset;
      write(localHeader(name, 0, 0, 0));
      write(name);
      let crc = 0;
      let size = 0;
      const dataStart = offset;
      const take = (text: string | Buffer) => {
        const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        crc = crc32(bytes, crc);
        size += bytes.length;
        return bytes;
      };
      if ('data' in entry) write(deflateRawSync(take(entry.data)));
      else if ('chunks' in entry) {
        const source = entry.chunks();
        await deflateChunks((function* () { for (const text of source) yield take(text); })(), write);
      } else {
        const flush = (bytes: Buffer) => deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
        if (entry.head) write(flush(take(entry.head)));
        const block = Buffer.from(entry.repeat, 'utf8');
        const packed = flush(block);
        for (let i = 0; i < entry.times; i++) {
          take(block);
          write(packed);
        }
        write(deflateRawSync(take(entry.tail ?? '')));
      }
      const compressed = offset - dataStart;
      writeSync(fd, localHeader(name, crc, compressed, size), 0, 30, start);
      centrals.push({ name, crc, compressed, size, offset: start });
      unpacked += size;
    }
    const centralStart = offset;
    for (const c of centrals) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(8, 10);
      header.writeUInt32LE(c.crc >>> 0, 16);
      header.writeUInt32LE(c.compressed, 20);
      header.writeUInt32LE(c.size, 24);
      header.writeUInt16LE(c.name.length, 28);
      header.writeUInt32LE(c.offset, 42);
      write(header);
      write(c.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(centrals.length, 8);
    end.writeUInt16LE(centrals.length, 10);
    end.writeUInt32LE(offset - centralStart, 12);
    end.writeUInt32LE(centralStart, 16);
    write(end);
  } finally {
    closeSync(fd);
  }
  return { unpacked };
}
