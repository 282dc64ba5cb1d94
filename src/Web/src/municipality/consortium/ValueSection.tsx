import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { nb } from '../../text/nb';
import { formatNok, formatNumber } from '../../format/format';
import { FactList } from '../../ui/FactList';
import type { Consortium } from './ConsortiumParts';

/** Pooled needs, the combined value, and which procurement rules that value brings, in plain words. */
export function ValueSection({ c, myNumber }: { c: Consortium; myNumber: string }) {
  return (
    <section aria-labelledby="behov-i-samarbeidet">
      <Heading level={2} data-size="md" id="behov-i-samarbeidet">
        {nb.consortium.pooledNeeds}
      </Heading>
      {c.pooledNeeds.length === 0 ? (
        <Paragraph>{nb.consortium.noPooledNeeds}</Paragraph>
      ) : (
        <ul className="plain-list">
          {c.pooledNeeds.map((n) => (
            <li key={n.id} className="list-row">
              <span>
                {n.municipality.number === myNumber ? (
                  <Link asChild>
                    <RouterLink to={`/kommune/behov/${n.id}`}>{n.title}</RouterLink>
                  </Link>
                ) : (
                  n.title
                )}{' '}
                <span className="muted">({n.municipality.name})</span>
              </span>
              <span className="list-row__meta">
                {nb.enums.category[n.category]} · {n.estimatedValueNok == null ? nb.need.notGiven : formatNok(n.estimatedValueNok)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <FactList
        items={[
          [nb.consortium.combinedValue, formatNok(c.combinedEstimatedValueNok)],
          [nb.consortium.combinedPopulation, formatNumber(c.combinedPopulation)],
          [nb.consortium.regime, nb.consortium.regimeShort[c.thresholdRegime]],
        ]}
      />
      <Paragraph className="regime-explained">{nb.consortium.regimeExplained[c.thresholdRegime](formatNok(c.combinedEstimatedValueNok))}</Paragraph>
    </section>
  );
}
