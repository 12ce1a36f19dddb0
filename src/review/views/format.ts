/** Words and numbers as the dashboard shows them (en-GB). */

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('en-GB');

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return `${dateFormat.format(d)}, ${timeFormat.format(d)}`;
}

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "42 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return 'not finished';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Seconds with one decimal below a minute: "4.2 s". */
export function formatSeconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : formatDuration(ms);
}

export function signed(n: number, digits = 0): string {
  const rounded = Number(n.toFixed(digits));
  const text = digits > 0 && !Number.isInteger(rounded) ? rounded.toFixed(digits) : String(rounded);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text.slice(1)}` : '0';
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}
