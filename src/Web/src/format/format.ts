// Numbers, money and dates as a Norwegian reader expects them: nb-NO, times in Europe/Oslo.

const TIME_ZONE = 'Europe/Oslo';
const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE,
});
const relative = new Intl.RelativeTimeFormat('nb-NO', { numeric: 'auto' });

/** Whole numbers with Norwegian digit grouping: 1 234 567. */
export function formatNumber(n: number): string {
  return integer.format(n);
}

/**
 * NOK the way Norwegian public documents say it: "2,5 mill. kr" from a million up, "850 000 kr" below,
 * "1,2 mrd. kr" from a billion.
 */
export function formatNok(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  const abs = Math.abs(amount);
  if (abs >= 1_000_000_000) return `${oneDecimal.format(amount / 1_000_000_000)} mrd. kr`;
  if (abs >= 1_000_000) return `${oneDecimal.format(amount / 1_000_000)} mill. kr`;
  return `${integer.format(amount)} kr`;
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

/** "1. mars 2027" from an ISO date ("2027-03-01"), read as a calendar day (no time-zone shift). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "23. november 2026 kl. 19:00" from an ISO instant, in Oslo time. */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  return dateTimeFormat.format(new Date(isoInstant));
}

/** "for 5 minutter siden", "i går" … for recent instants; the full date beyond a week. */
export function formatRelative(isoInstant: string, now: Date = new Date()): string {
  const seconds = (new Date(isoInstant).getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return relative.format(0, 'second') === 'nå' ? 'nå' : 'akkurat nå';
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return formatDateTime(isoInstant);
}

/** A date range as "1. mars 2027 – 31. desember 2027", or the one end that is known. */
export function formatWindow(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `fra ${formatDate(from)}`;
  if (to) return `til ${formatDate(to)}`;
  return '';
}
