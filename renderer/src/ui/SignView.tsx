/**
 * <SignView signId withText size /> — one GB 2894 sign as inline SVG, composed by the same pure
 * code as the PDFs (core/signs/compose.ts) from the shipped pictograms (resources/signs/*.svg,
 * bundled as text by Vite).
 *
 * Safety: the pictograms are our own files, still every one goes through parsePictogram, which
 * keeps only plain shapes (no script, style, text, links, images or event handlers), and the
 * composer escapes the title; so the markup handed to React holds nothing but shapes and one
 * escaped <text> per title line.
 */
import { useMemo, type CSSProperties } from 'react';
import { composeSignSvg, signTitleZh } from '../../../core/signs/compose';
import { parsePictogram, type Pictogram } from '../../../core/signs/pictogram';
import { safetySign, type SignEdition } from '../../../core/standards/signs';

const FILES = import.meta.glob<string>('../../../resources/signs/*.svg', { query: '?raw', import: 'default', eager: true });

/** Parsed pictograms by sign id; a file that does not parse is left out (frame only). */
const PICTOGRAMS: ReadonlyMap<string, Pictogram> = (() => {
  const map = new Map<string, Pictogram>();
  for (const [path, text] of Object.entries(FILES)) {
    const slug = /([a-z0-9-]+)\.svg$/.exec(path)?.[1];
    if (!slug) continue;
    try {
      map.set(`sign.${slug}`, parsePictogram(text));
    } catch {
      /* a broken file: the sign is drawn without its pictogram (core/signs/artwork.test.ts guards this) */
    }
  }
  return map;
})();

/** Whether a pictogram is bundled for the sign id. */
export function hasPictogram(signId: string): boolean {
  return PICTOGRAMS.has(signId);
}

export interface SignViewProps {
  /** Registry id, `sign.<slug>`. */
  signId: string;
  /** Draw the text panel with the title under the symbol (default true). */
  withText?: boolean;
  /** Width in px (number) or a CSS length; the height follows the sign's proportions. Default 96. */
  size?: number | string;
  /** Title to print instead of the registry title. */
  textZh?: string;
  /** Edition whose title is printed. */
  edition?: SignEdition;
  className?: string;
}

/** Renders nothing for an id that is not in the registry. */
export function SignView({ signId, withText = true, size = 96, textZh, edition, className }: SignViewProps) {
  const sign = safetySign(signId);
  const svg = useMemo(() => {
    if (!sign) return null;
    const composed = composeSignSvg(sign, PICTOGRAMS.get(sign.id) ?? null, { withText, widthMm: 100, textZh, edition });
    // Inline sizing for the browser only; the composed string itself stays viewBox-only.
    return composed.replace('<svg ', '<svg width="100%" style="display:block;height:auto" focusable="false" aria-hidden="true" ');
  }, [sign, withText, textZh, edition]);
  if (!sign || !svg) return null;
  const style: CSSProperties = { display: 'inline-block', width: size, lineHeight: 0, verticalAlign: 'middle' };
  return (
    <span
      className={className}
      role="img"
      aria-label={textZh ?? signTitleZh(sign, edition)}
      data-sign-id={sign.id}
      style={style}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
