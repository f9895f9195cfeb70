/**
 * The app's id: electron-builder's appId, and the AppUserModelID by which
 * Windows groups the app's windows and taskbar pin. The two must be the same
 * (electron/packaging.test.ts holds them together).
 */
export const APP_ID = 'org.themata.app';
