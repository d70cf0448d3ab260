import { describe, expect, it } from 'vitest';
import { hexChannels } from '../../../../src/shared/exchange/hexColor';

describe('hexChannels', () => {
  it('reads long and short hex the same way, in any case', () => {
    expect(hexChannels('#33aa77')).toEqual([51, 170, 119]);
    expect(hexChannels('#3A7')).toEqual([51, 170, 119]);
  });

  it('refuses what is not a hex colour', () => {
    for (const color of ['red', 'rgb(1,2,3)', '#12345', '#ggg', '33aa77', '']) expect(hexChannels(color)).toBeNull();
  });
});
