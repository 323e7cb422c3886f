import { describe, expect, it } from 'vitest';
import { base64ToFloat32, float32ToBase64 } from '../../../electron/agent/nlu/float32-base64';

describe('storing floats as base64', () => {
  it('round-trips values exactly', () => {
    const values = Float32Array.from([0, -1.5, 3.1415927, 1e-20, 65504]);
    expect(base64ToFloat32(float32ToBase64(values))).toEqual(values);
  });

  it('refuses text that is not a whole number of floats', () => {
    expect(base64ToFloat32('AAA=')).toBeUndefined();
  });

  it('refuses text that is not base64', () => {
    expect(base64ToFloat32('not base64!')).toBeUndefined();
  });
});
