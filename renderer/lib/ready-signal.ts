/**
 * Tells the end-to-end fixtures (and anything else watching) that the
 * workspace has loaded the notebook and drawn its first page.
 */
export function markReady(): void {
  if (document.documentElement.dataset.themataReady !== 'true') document.documentElement.dataset.themataReady = 'true';
}
