/**
 * Registers the bundled Noto Sans SC (from the npm package, never committed) as a fallback web
 * font, so screens show Chinese even on a machine without a CJK system font. System fonts come
 * first in the stack: on Windows the UI looks native (Microsoft YaHei).
 */
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

export const FONT_STACK = "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'App Sans SC', sans-serif";

export function registerFonts(): void {
  const style = document.createElement('style');
  style.textContent = `@font-face { font-family: 'App Sans SC'; src: url('${regularUrl}') format('truetype'); font-weight: 100 900; font-display: swap; }
html, body { margin: 0; font-family: ${FONT_STACK}; }`;
  document.head.appendChild(style);
}
