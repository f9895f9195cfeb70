/** A backup as the researcher reads it: when, why and how big, in words. */
import type { BackupReason } from '../../../electron/contract';

export const REASON_IN_WORDS: Record<BackupReason, string> = {
  hourly: 'While you worked',
  'before-upgrade': 'Before an upgrade',
  'before-restore': 'Before a restore',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Today, 10:15", "Yesterday, 17:00", "Tue 24 Nov, 09:00", or with the year
 * for an older one ("24 Nov 2025, 09:00"), in the researcher's time zone and
 * the way their system writes dates and times.
 */
export function whenInWords(iso: string, now: Date = new Date(), locale?: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const days = Math.round((startOfDay(now) - startOfDay(at)) / DAY_MS);
  if (days === 0) return `Today, ${time}`;
  if (days === 1) return `Yesterday, ${time}`;
  const sameYear = at.getFullYear() === now.getFullYear();
  const date = at.toLocaleDateString(locale, sameYear ? { weekday: 'short', day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
  return `${date}, ${time}`;
}

/** The full date and time, for a tooltip and the confirmation. */
export function whenInFull(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function countInWords(count: number | null, noun: string, locale?: string): string {
  if (count === null) return `${noun}s unknown`;
  return `${count.toLocaleString(locale)} ${noun}${count === 1 ? '' : 's'}`;
}

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
