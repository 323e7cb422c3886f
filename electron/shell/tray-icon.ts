import type { NativeImage, nativeImage as NativeImageModule } from 'electron';
// Inlined as data URLs, so the icons travel inside the built main script and need no file at run time.
import colourIcon from '../../build/tray/icon-16.png?inline';
import colourIcon2x from '../../build/tray/icon-32.png?inline';
import templateIcon from '../../build/tray/template-16.png?inline';
import templateIcon2x from '../../build/tray/template-32.png?inline';

/**
 * The tray icon for this platform: on macOS a template image (the menu bar tints it for light and
 * dark); elsewhere the coloured icon. Each comes at 1x and 2x for high-density displays; Linux
 * panels get the larger one and scale it to their own size.
 */
export function trayIcon(
  nativeImage: Pick<typeof NativeImageModule, 'createFromDataURL'>,
  platform: NodeJS.Platform,
): NativeImage {
  if (platform === 'linux') return nativeImage.createFromDataURL(colourIcon2x);
  const [base, double] = platform === 'darwin' ? [templateIcon, templateIcon2x] : [colourIcon, colourIcon2x];
  const image = nativeImage.createFromDataURL(base);
  image.addRepresentation({ scaleFactor: 2, dataURL: double });
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}
