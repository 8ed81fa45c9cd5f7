import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reviveBytes } from '../../src/main/hosts/web/api-route';
import { stringifyWithBytes } from '../../src/web-client/bytes-json';

/** The web client's encoder and the web host's decoder must agree byte for byte. */
describe('Uint8Array over JSON ({"$bytes": base64})', () => {
  const roundTrip = (value: unknown): unknown => JSON.parse(stringifyWithBytes(value), reviveBytes);

  it.each([0, 1, 2, 3, 4, 1000, 0x8000 + 7, 9 * 1024 * 1024])('%i bytes survive the trip', (size) => {
    const data = new Uint8Array(randomBytes(size));
    const back = roundTrip({ attemptId: 1, seq: 0, data }) as { data: Uint8Array };
    expect(back.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.data).equals(Buffer.from(data))).toBe(true);
  });

  it('uses btoa in slices where Uint8Array has no toBase64', () => {
    const data = new Uint8Array(randomBytes(100_000));
    Object.defineProperty(data, 'toBase64', { value: undefined });
    expect(JSON.parse(stringifyWithBytes({ data }))).toEqual({ data: { $bytes: Buffer.from(data).toString('base64') } });
  });

  it('decodes into a fresh array, not a view of a shared pool', () => {
    const back = roundTrip({ data: new Uint8Array([1, 2, 3]) }) as { data: Uint8Array };
    expect(back.data.byteOffset).toBe(0);
    expect(back.data.buffer.byteLength).toBe(3);
  });

  it('leaves anything that is not exactly {"$bytes": <base64>} alone', () => {
    const parse = (text: string): unknown => JSON.parse(text, reviveBytes);
    expect(parse('{"data":{"$bytes":"AQID","x":1}}')).toEqual({ data: { $bytes: 'AQID', x: 1 } });
    expect(parse('{"data":{"$bytes":"not base64!"}}')).toEqual({ data: { $bytes: 'not base64!' } });
    expect(parse('{"data":{"$bytes":"AQI"}}')).toEqual({ data: { $bytes: 'AQI' } });
    expect(parse('{"data":{"$bytes":7}}')).toEqual({ data: { $bytes: 7 } });
    expect(parse('{"data":[{"$bytes":"AQID"}]}')).toEqual({ data: [new Uint8Array([1, 2, 3])] });
  });
});
