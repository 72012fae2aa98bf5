/**
 * Post-processing of a .docx written by docx 9 so that Chinese text keeps a proper face everywhere:
 *
 * - word/fontTable.xml (docx leaves it empty) declares Microsoft YaHei with its Chinese name
 *   微软雅黑 (w:altName), GB2312 charset (86), swiss family and PANOSE: when YaHei is missing, Word
 *   and WPS substitute a Simplified-Chinese sans face by these attributes instead of a Latin one.
 *   LibreOffice substitutes through fontconfig (Noto Sans CJK SC on Linux).
 * - word/settings.xml gets `w:themeFontLang eastAsia="zh-CN"` (theme fonts resolve to the Chinese
 *   ones) and `w:characterSpacingControl compressPunctuation` (Chinese punctuation compression,
 *   Word's default for zh-CN documents).
 *
 * Input and output are the bytes of the .docx (a zip). Throws when the zip lacks these parts.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { OFFICE_FONTS } from './fonts';

const FONT_ENTRIES =
  `<w:font w:name="${OFFICE_FONTS.eastAsia}"><w:altName w:val="微软雅黑"/><w:panose1 w:val="020B0503020204020204"/>` +
  `<w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>` +
  `<w:font w:name="${OFFICE_FONTS.latin}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>` +
  `<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;

export async function patchFontTable(docx: Buffer): Promise<Buffer> {
  const files = unzipSync(new Uint8Array(docx));
  const fontTable = files['word/fontTable.xml'];
  const settings = files['word/settings.xml'];
  if (!fontTable || !settings) throw new Error('docx without fontTable.xml or settings.xml');

  let fonts = strFromU8(fontTable);
  fonts = /<w:fonts([^>]*)\/>/.test(fonts)
    ? fonts.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${FONT_ENTRIES}</w:fonts>`)
    : fonts.replace('</w:fonts>', `${FONT_ENTRIES}</w:fonts>`);

  let s = strFromU8(settings);
  if (!s.includes('w:characterSpacingControl')) s = s.replace('<w:compat>', '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat>');
  if (!s.includes('w:themeFontLang')) s = s.replace('</w:compat>', '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');

  const out: Zippable = {};
  // [Content_Types].xml first, as Office writes it (some readers sniff the first entry)
  const names = Object.keys(files).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    const data = files[name]!;
    out[name] = name === 'word/fontTable.xml' ? strToU8(fonts) : name === 'word/settings.xml' ? strToU8(s) : data;
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
