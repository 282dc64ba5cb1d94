import { dn } from '../text/dialogue';

/** A follow as the supplier has it: kind and value (a CPV code, consortium id, kommunenummer or county number). */
export interface FollowRef {
  kind: string;
  value: string;
}

/** What an announced event is about, enough to tell which follows it matches. */
export interface EventAudience {
  cpv: readonly { code: string; label: string }[];
  consortium: {
    id: string;
    title: string;
    lead: { number: string; name: string; county: { number: string; name: string } };
    members: readonly { status: string; municipality: { number: string; name: string; county: { number: string; name: string } } }[];
  };
}

/** The significant digits of a CPV code: "33000000-0" → "33", "48100000-9" → "481". */
export function cpvStem(code: string): string {
  return code.split('-')[0].replace(/0+$/, '');
}

/** True when `code` lies in the subtree of the followed code (the followed code itself included). */
export function cpvCovers(followed: string, code: string): boolean {
  return cpvStem(code).startsWith(cpvStem(followed));
}

/**
 * Why an event reached the supplier, as Norwegian phrases ("CPV 33000000-0 Medisinsk utstyr", "Nordland"), in the
 * server's order of matching: CPV codes (a follow covers its subtree), the consortium, the lead or a joined member,
 * their counties. Empty when none of the follows match.
 */
export function matchReasons(follows: readonly FollowRef[], e: EventAudience, cpvLabel: (code: string) => string | undefined): string[] {
  const places = [e.consortium.lead, ...e.consortium.members.filter((m) => m.status === 'JOINED').map((m) => m.municipality)];
  const reasons: string[] = [];
  for (const f of follows) {
    if (f.kind === 'CPV' && e.cpv.some((c) => cpvCovers(f.value, c.code))) {
      reasons.push(dn.supplier.reasonCpv(f.value, cpvLabel(f.value) ?? e.cpv.find((c) => c.code === f.value)?.label ?? ''));
    } else if (f.kind === 'CONSORTIUM' && f.value === e.consortium.id) {
      reasons.push(dn.supplier.reasonConsortium(e.consortium.title));
    } else if (f.kind === 'MUNICIPALITY') {
      const m = places.find((p) => p.number === f.value);
      if (m) reasons.push(dn.supplier.reasonMunicipality(m.name));
    } else if (f.kind === 'COUNTY') {
      const m = places.find((p) => p.county.number === f.value);
      if (m) reasons.push(dn.supplier.reasonCounty(m.county.name));
    }
  }
  return reasons.map((r) => r.trim());
}

/** "a", "a og b", "a, b og c". */
export function joinNorwegian(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}
