/** Okabe–Ito: eight colours that stay distinct for colour-blind readers; the notebook's defaults. */
export const OKABE_ITO = [
  { hex: '#D55E00', name: 'Vermillion' },
  { hex: '#0072B2', name: 'Blue' },
  { hex: '#009E73', name: 'Bluish green' },
  { hex: '#CC79A7', name: 'Reddish purple' },
  { hex: '#E69F00', name: 'Orange' },
  { hex: '#56B4E9', name: 'Sky blue' },
  { hex: '#F0E442', name: 'Yellow' },
  { hex: '#000000', name: 'Black' },
] as const;

export function colourName(hex: string): string {
  return OKABE_ITO.find((c) => c.hex.toLowerCase() === hex.toLowerCase())?.name ?? hex.toUpperCase();
}
