// The last notification sequence the supplier has marked as read, per organisation, in this browser.
const key = (org: string) => `samspill.varsler.seen.${org}`;

export function readSeen(org: string): number {
  const v = Number(localStorage.getItem(key(org)));
  return Number.isFinite(v) ? v : 0;
}

export function writeSeen(org: string, sequence: number) {
  localStorage.setItem(key(org), String(sequence));
}
