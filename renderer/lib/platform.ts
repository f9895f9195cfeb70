/** Whether the keyboard's command key is ⌘ (macOS) rather than Ctrl. */
export const isMac: boolean = (() => {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = nav.userAgentData?.platform ?? nav.platform ?? '';
  return /mac/i.test(platform);
})();
