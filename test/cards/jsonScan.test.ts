/**
 * The scan that lets a card skip its own serialization: its size bound is never below the card's real
 * JSON size in UTF-8 (else an oversized card would reach Teams), and it finds a marker in any string value.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanJson } from '../../cards/jsonScan';

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('"', '\\', '\u0000', '\u001f', '\ud800', '\udfff', '—', '😀', '${x}', '{{DATE(x)}}'),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    strings,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(strings, tie('value')),
  ),
})).value;

function stringValues(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringValues(item, out));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((item) => stringValues(item, out));
  return out;
}

describe('scanning a card without serializing it', () => {
  it('never bounds the size below the JSON size in UTF-8', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = JSON.stringify(value) as string | undefined;
        if (text === undefined) return;
        const scan = scanJson(value, ['{{']);
        assert.ok(
          scan.bytesAtMost >= Buffer.byteLength(text),
          `${scan.bytesAtMost} < ${Buffer.byteLength(text)}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('bounds the longest numbers JSON writes', () => {
    // Found by the property above on a CI run: 25 characters, one more than the bound was.
    for (const value of [-0.0000012291810498380351, -0.0000012345678901234567, -1.2345678901234567e-308]) {
      const bytes = Buffer.byteLength(JSON.stringify(value));
      assert.ok(scanJson(value, ['{{']).bytesAtMost >= bytes, `${value}: ${bytes} bytes`);
      assert.ok(scanJson([value, value], ['{{']).bytesAtMost >= 2 * bytes + 3);
    }
  });

  it('finds a marker in exactly the values whose strings hold one', () => {
    fc.assert(
      fc.property(json, (value) => {
        const expected = stringValues(value).some((text) => text.includes('${') || text.includes('{{'));
        assert.equal(scanJson(value, ['${', '{{']).marked, expected);
      }),
      { numRuns: 2000 },
    );
  });
});
