/** Signs in PDFs: pictogram loading, drawing one sign, the contact sheet. */
export { loadPictograms, pictogramDir, type SignPictograms } from './pictograms';
export { drawSign, PT_PER_MM, type DrawSignOptions, type DrawnSign } from './drawSign';
export { renderContactSheet, editionCaption, artworkMark, artworkLegend } from './contactSheet';
