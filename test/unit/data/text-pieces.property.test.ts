import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePiece, decodeText } from '../../../src/data/text-source.js';

// UTF-8 of 1-4 bytes a character, with invalid bytes spliced in now and then.
const bytes = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('a', ',', '\n', 'é', '€', '😀', '"').map((c) => Buffer.from(c)) }, { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80])) }), { maxLength: 60 })
  .map((parts) => Buffer.concat(parts));

describe('decodePiece', () => {
  it('pieces of any size, cut after whole characters, give the text and first invalid byte of decoding it whole', () => {
    let invalid = 0;
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 16 }), (buf, pieceBytes) => {
        const whole = decodeText(buf);
        let text = '';
        let invalidAt = -1;
        for (let at = 0; at < buf.length; ) {
          const piece = decodePiece(buf, at, pieceBytes);
          expect(piece.end).toBeGreaterThan(at);
          expect(piece.end - at).toBeLessThanOrEqual(Math.max(4, pieceBytes));
          text += piece.text;
          if (piece.invalidAt >= 0) {
            invalidAt = piece.invalidAt;
            break;
          }
          at = piece.end;
        }
        if (whole.invalidAt >= 0) invalid++;
        expect({ text, invalidAt }).toEqual({ text: whole.text, invalidAt: whole.invalidAt });
      }),
      { numRuns: 500 },
    );
    expect(invalid).toBeGreaterThan(100);
  });
});
