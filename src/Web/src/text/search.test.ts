import { describe, expect, it } from 'vitest';
import { describeMatch, snippetParts } from './search';

describe('snippetParts', () => {
  it('marks the matched words and reads escaped markup as text', () => {
    expect(snippetParts('Digitale <mark>trygghetsalarmer</mark> &lt;b&gt; for &quot;alle&quot; &amp; Bodø')).toEqual([
      { text: 'Digitale ', marked: false },
      { text: 'trygghetsalarmer', marked: true },
      { text: ' <b> for "alle" & Bodø', marked: false },
    ]);
  });

  it('keeps a snippet without marks whole', () => {
    expect(snippetParts('Brøyting av veier')).toEqual([{ text: 'Brøyting av veier', marked: false }]);
  });
});

describe('describeMatch', () => {
  const base = { matchedTerms: [] as string[], relatedCpv: [] as string[] };

  it('says the figures behind each reason in Norwegian', () => {
    expect(describeMatch({ ...base, reason: 'CPV_OVERLAP', cpvLevel: 5 })).toBe(
      'Behovene har samme CPV-område (kategori): de deler de 5 første sifrene i CPV-koden.',
    );
    expect(describeMatch({ ...base, reason: 'TIMELINE_OVERLAP', monthsOverlap: 10 })).toBe('Behovene har overlappende tidsrom: 10 måneder sammen.');
    expect(describeMatch({ ...base, reason: 'TEXT_SIMILARITY', similarity: 0.42, matchedTerms: ['brøyting', 'vei'] })).toMatch(
      /^Beskrivelsene ligner \(42\s%\slikhet\), blant annet «brøyting», «vei»\.$/,
    );
    expect(describeMatch({ ...base, reason: 'RELATED_CPV', relatedCpv: ['351-797'] })).toBe('CPV-kodene kjøpes ofte sammen i tidligere saker (grupper 351-797).');
  });

  it('has a sentence for every reason of the schema', () => {
    for (const reason of ['CPV_OVERLAP', 'TEXT_SIMILARITY', 'TIMELINE_OVERLAP', 'SIMILAR_SIZE', 'SAME_COUNTY', 'BOTH_SMALL_DISTRICT', 'RELATED_CPV', 'DIFFERENT_CPV', 'SAME_CASE'])
      expect(describeMatch({ ...base, reason })).not.toBe('Lignende behov.');
  });
});
