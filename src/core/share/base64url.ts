/**
 * UTF-8 and base64url (RFC 4648 §5, no padding) in pure TypeScript.
 * The core has no DOM and no Node: no TextEncoder, atob, btoa or Buffer. Encoding follows
 * RFC 3629 (UTF-8); lone surrogates become U+FFFD, as TextEncoder does. Decoding is strict:
 * any malformed byte sequence, overlong form or non-alphabet character is an error, never a guess.
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * Encode a string as UTF-8 bytes.
 * @returns the bytes; lone surrogates are encoded as U+FFFD. Never throws.
 */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      bytes.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return Uint8Array.from(bytes);
}

/**
 * Decode UTF-8 bytes strictly.
 * @returns the string, or an error for truncated, overlong, surrogate or out-of-range sequences.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    let need: number;
    let cp: number;
    let min: number;
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
    else return err(`invalid UTF-8 lead byte at ${i}`);
    if (i + need >= bytes.length) return err('truncated UTF-8 sequence');
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k] ?? 0;
      if ((b & 0xc0) !== 0x80) return err(`invalid UTF-8 continuation byte at ${i + k}`);
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return err(`invalid UTF-8 code point at ${i}`);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return ok(out);
}

/**
 * Encode bytes as base64url without padding (URL- and hash-safe: `A–Z a–z 0–9 - _`).
 * @returns the encoded text. Never throws.
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 0x3f];
  }
  return out;
}

/**
 * Decode unpadded base64url strictly.
 * @returns the bytes, or an error for a foreign character, an impossible length or non-zero spare bits.
 */
export function decodeBase64Url(text: string): Result<Uint8Array> {
  if (text.length % 4 === 1) return err('impossible base64url length');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const ch = group[k];
      const v = ch === undefined ? 0 : LOOKUP.get(ch);
      if (v === undefined) return err(`invalid base64url character at ${i + k}`);
      n = (n << 6) | v;
    }
    const count = group.length - 1;
    const all = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    // Canonical form only: the spare low bits of a short final group must be zero (tamper check).
    if (count < 3 && all.slice(count).some((b) => b !== 0)) return err('non-canonical base64url');
    bytes.push(...all.slice(0, count));
  }
  return ok(Uint8Array.from(bytes));
}

/** Unicode-safe string → base64url (UTF-8 inside). Never throws. */
export function encodeTextBase64Url(text: string): string {
  return encodeBase64Url(encodeUtf8(text));
}

/** base64url → string, strictly (see {@link decodeBase64Url} and {@link decodeUtf8}). Never throws. */
export function decodeTextBase64Url(text: string): Result<string> {
  const bytes = decodeBase64Url(text);
  return bytes.ok ? decodeUtf8(bytes.value) : bytes;
}
