/** Locale-independent number formatting, so every rendering is byte-stable. */

/** 1234567 -> "1,234,567". */
export function formatCount(n: number): string {
  const s = String(Math.round(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.9812 -> "98%", 0.0042 -> "0.4%", tiny non-zero -> "<0.1%". */
export function formatShare(share: number): string {
  if (share <= 0) return '0%';
  const pct = share * 100;
  if (pct < 0.1) return '<0.1%';
  if (pct < 10) return `${(Math.round(pct * 10) / 10).toFixed(1).replace(/\.0$/, '')}%`;
  if (pct < 100 && Math.round(pct) === 100) return '>99%';
  return `${Math.round(pct)}%`;
}

/** Bytes -> "1.2 MB" (decimal units). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/** Milliseconds -> "850 ms" / "12.3 s" / "4 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Code-unit string order (not locale order), for deterministic sorting. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
