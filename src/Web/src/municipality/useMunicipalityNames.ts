import { useQuery } from '@tanstack/react-query';
import { graphql } from '../api/generated';
import { request } from '../api/graphqlClient';
import type { MunicipalityDirectoryQuery } from '../api/generated/graphql';

const MunicipalityDirectory = graphql(`
  query MunicipalityDirectory($after: String) {
    municipalities(first: 200, after: $after) {
      nodes {
        number
        name
        smallDistrict
        county {
          number
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type MunicipalityRef = MunicipalityDirectoryQuery['municipalities']['nodes'][number];

/** All 357 municipalities (reference data: fetched once per visit). */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async () => {
      const all: MunicipalityRef[] = [];
      let after: string | null | undefined = undefined;
      do {
        const page: MunicipalityDirectoryQuery = await request(MunicipalityDirectory, { after });
        all.push(...page.municipalities.nodes);
        after = page.municipalities.pageInfo.hasNextPage ? page.municipalities.pageInfo.endCursor : undefined;
      } while (after);
      return all;
    },
  });
}

/** kommunenummer → name, for sentences about events that carry only numbers. */
export function useMunicipalityNames(): (number: string | null | undefined) => string {
  const { data } = useMunicipalities();
  const byNumber = new Map((data ?? []).map((m) => [m.number, m.name]));
  return (number) => (number ? (byNumber.get(number) ?? number) : '');
}

export function useMunicipalityName(number: string | null | undefined): string | undefined {
  const names = useMunicipalityNames();
  return number ? names(number) : undefined;
}

/** Municipalities whose name starts with or contains the text, or whose number starts with it; name matches first. */
export function searchMunicipalities(all: readonly MunicipalityRef[], text: string, max = 20): MunicipalityRef[] {
  const q = text.trim().toLocaleLowerCase('nb-NO');
  if (!q) return [];
  if (/^\d+$/.test(q)) return all.filter((m) => m.number.startsWith(q)).slice(0, max);
  const starts = all.filter((m) => m.name.toLocaleLowerCase('nb-NO').startsWith(q));
  const contains = all.filter((m) => !starts.includes(m) && m.name.toLocaleLowerCase('nb-NO').includes(q));
  return [...starts, ...contains].slice(0, max);
}
