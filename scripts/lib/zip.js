// Writes a zip archive of a folder: node scripts/lib/zip.js <folder> <archive.zip>
// Node is already required by the scripts, so packaging needs no zip tool on the machine. Entries are deflated
// and keep their Unix mode, so the custom handler's executable stays executable when the Functions host unpacks it.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [folder, archive] = process.argv.slice(2);
if (!folder || !archive) { console.error('usage: node zip.js <folder> <archive.zip>'); process.exit(2); }

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const parts = [];
const central = [];
let offset = 0;
const files = listFiles(folder).sort();
if (files.length > 0xffff) throw new Error('too many files for a zip without zip64');
for (const file of files) {
  const name = Buffer.from(path.relative(folder, file).split(path.sep).join('/'));
  const data = fs.readFileSync(file);
  const compressed = zlib.deflateRawSync(data);
  const crc = crc32(data);
  const mode = (fs.statSync(file).mode & 0o777) | 0o100000; // regular file + permissions

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);   // local file header signature
  local.writeUInt16LE(20, 4);           // version needed
  local.writeUInt16LE(8, 8);            // method: deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);

  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);   // central directory header signature
  entry.writeUInt16LE(0x031e, 4);       // made by: Unix, spec 3.0 — so the mode below is read
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(compressed.length, 20);
  entry.writeUInt32LE(data.length, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt32LE((mode << 16) >>> 0, 38);
  entry.writeUInt32LE(offset, 42);

  parts.push(local, name, compressed);
  central.push(entry, name);
  offset += local.length + name.length + compressed.length;
}
const directory = Buffer.concat(central);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);       // end of central directory signature
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
fs.writeFileSync(archive, Buffer.concat([...parts, directory, end]));
