import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeBase64Url,
  decodeTextBase64Url,
  decodeUtf8,
  encodeBase64Url,
  encodeTextBase64Url,
  encodeUtf8,
} from '../../../src/core/share/base64url';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('UTF-8', () => {
  it('encodes ASCII, 2-, 3- and 4-byte characters like the standard', () => {
    expect(hex(encodeUtf8('A'))).toBe('41');
    expect(hex(encodeUtf8('é'))).toBe('c3 a9');
    expect(hex(encodeUtf8('€'))).toBe('e2 82 ac');
    expect(hex(encodeUtf8('😀'))).toBe('f0 9f 98 80');
  });

  it('encodes lone surrogates as U+FFFD', () => {
    expect(hex(encodeUtf8('\ud800x'))).toBe('ef bf bd 78');
  });

  it('matches Node TextEncoder on any string', () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(hex(encodeUtf8(s))).toBe(hex(enc.encode(s)));
      }),
    );
  });

  it('round-trips any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const wellFormed = new TextDecoder().decode(new TextEncoder().encode(s));
        expect(decodeUtf8(encodeUtf8(wellFormed))).toEqual({ ok: true, value: wellFormed });
      }),
    );
  });

  it('rejects overlong, truncated, surrogate and stray continuation bytes', () => {
    for (const bad of [[0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0x80], [0xf5, 0x80, 0x80, 0x80]])
      expect(decodeUtf8(Uint8Array.from(bad)).ok).toBe(false);
  });

  it('accepts exactly what a fatal TextDecoder accepts', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let expected: string | null;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = null;
        }
        const got = decodeUtf8(bytes);
        expect(got.ok ? got.value : null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('base64url', () => {
  it('matches Node base64url on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const encoded = encodeBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        const back = decodeBase64Url(encoded);
        expect(back.ok && hex(back.value)).toBe(hex(bytes));
      }),
    );
  });

  it('rejects foreign characters, padding, impossible lengths and non-canonical tails', () => {
    expect(decodeBase64Url('ab+c').ok).toBe(false);
    expect(decodeBase64Url('ab==').ok).toBe(false);
    expect(decodeBase64Url('abcde').ok).toBe(false);
    expect(decodeBase64Url('QR').ok).toBe(false); // 'QQ' is the canonical form of "A"
    expect(decodeBase64Url('QQ')).toEqual({ ok: true, value: Uint8Array.from([0x41]) });
  });

  it('round-trips Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(decodeTextBase64Url(encodeTextBase64Url(s))).toEqual({ ok: true, value: s });
      }),
    );
  });
});
