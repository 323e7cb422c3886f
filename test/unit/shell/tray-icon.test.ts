import { nativeImage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { trayIcon } from '../../../electron/shell/tray-icon';
import type { FakeNativeImage } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const icon = (platform: NodeJS.Platform) => trayIcon(nativeImage, platform) as unknown as FakeNativeImage;

/** The pixel size a PNG data URL declares in its header. */
function pngSize(dataUrl: string): { width: number; height: number } {
  const png = Buffer.from(dataUrl.replace('data:image/png;base64,', ''), 'base64');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const sizes = (image: FakeNativeImage) =>
  image.representations.map((representation) => ({
    scaleFactor: representation.scaleFactor,
    ...pngSize(representation.dataURL),
  }));

describe('the tray icon image', () => {
  it('is a template image on macOS, so the menu bar tints it for light and dark', () => {
    expect(icon('darwin').isTemplateImage()).toBe(true);
  });

  it('comes at 16 and 32 pixels for normal and high-density menu bars', () => {
    expect(sizes(icon('darwin'))).toEqual([
      { scaleFactor: 1, width: 16, height: 16 },
      { scaleFactor: 2, width: 32, height: 32 },
    ]);
  });

  it('is the coloured icon at 16 and 32 pixels on Windows', () => {
    const windows = icon('win32');
    expect(windows.isTemplateImage()).toBe(false);
    expect(sizes(windows)).toEqual([
      { scaleFactor: 1, width: 16, height: 16 },
      { scaleFactor: 2, width: 32, height: 32 },
    ]);
    expect(windows.representations[0]?.dataURL).not.toBe(icon('darwin').representations[0]?.dataURL);
  });

  it('is the larger coloured icon on Linux, for the panel to scale', () => {
    expect(sizes(icon('linux'))).toEqual([{ scaleFactor: 1, width: 32, height: 32 }]);
  });
});
