/**
 * Bytes to text, refusing what is not text. Every importer of a text format starts here so
 * that empty, binary, oversized and mis-encoded files get the same clear answers.
 */
import { isUtf8 } from 'node:buffer';
import { MinutebookError } from '../domain/errors.js';
import type { Warning } from '../domain/record.js';

/** Summaries are a few kilobytes; a whole year of minutes in one file is well under this. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * The most characters of text read from one file: a long verbatim record is a few hundred
 * thousand, a year of minutes about a million. It keeps the pages that show a text bounded.
 */
export const MAX_TEXT_CHARACTERS = 2_000_000;

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: Warning[];
}

const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX, ODT or similar)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];

/** Decodes a file's bytes as UTF-8 (or UTF-16 with a byte order mark), or says why it cannot. */
export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  const where = file === undefined ? {} : { file };
  if (bytes.length === 0) throw new MinutebookError('empty-input', 'the file is empty', where);
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new MinutebookError(
      'input-too-large',
      `the file is ${mb} MB; a summary over ${MAX_INPUT_BYTES / 1024 / 1024} MB is refused`,
      where,
    );
  }
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) {
    throw new MinutebookError(
      'unsupported-format',
      `this is ${signature.what}, not text; save it as Markdown or plain text first`,
      where,
    );
  }
  const decoded = decodeBytes(bytes, file);
  if (decoded.text.trim() === '') {
    throw new MinutebookError('empty-input', 'the file holds only white space', where);
  }
  if (decoded.text.length > MAX_TEXT_CHARACTERS) {
    const count = (n: number) => n.toLocaleString('en');
    throw new MinutebookError(
      'input-too-large',
      `the file holds ${count(decoded.text.length)} characters of text; a summary of more than ${count(MAX_TEXT_CHARACTERS)} is refused`,
      { ...where, line: decoded.text.slice(0, MAX_TEXT_CHARACTERS).split('\n').length },
    );
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array, file?: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const nul = bytes.subarray(0, 65536).indexOf(0);
  if (nul !== -1) {
    throw new MinutebookError('binary-input', `the file holds binary data (a NUL byte at offset ${nul})`, {
      ...(file === undefined ? {} : { file }),
      line: lineAt(bytes, nul),
    });
  }
  if (isUtf8(bytes)) {
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', warnings: [] };
  }
  // Older summaries were often saved by office software as Windows-1252; reading them that
  // way keeps every character, and the warning lets the reviewer check the accents.
  const bad = firstInvalidUtf8(bytes);
  const line = lineAt(bytes, bad);
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    warnings: [
      {
        code: 'not-utf8',
        line,
        message: `the file is not UTF-8 (first invalid byte at line ${line}); it was read as Windows-1252`,
      },
    ],
  };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or the length when there is none. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return bytes.length;
}

// The characters of bytes 0x80–0x9F in Windows-1252 (the rest of the upper half is Latin-1).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}
