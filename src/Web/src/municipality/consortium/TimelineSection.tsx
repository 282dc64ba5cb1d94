import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { nb } from '../../text/nb';
import { formatDateTime } from '../../format/format';
import { describeEvent } from '../../text/describeEvent';
import { useTopicHistory } from '../../api/live/LiveProvider';
import { useMunicipalityNames } from '../useMunicipalityNames';
import type { Consortium } from './ConsortiumParts';

/**
 * What happened, newest first, written by the app from the events' data (the consortium topic's retained events);
 * when the live history is not available, from the stored timeline's event types and actors.
 */
export function TimelineSection({ c }: { c: Consortium }) {
  const history = useTopicHistory(`consortium/${c.id}`);
  const names = useMunicipalityNames();
  const needTitle = new Map(c.pooledNeeds.map((n) => [n.id, n.title]));
  const namesFor = { municipality: names, need: (id: string) => needTitle.get(id), consortium: (id: string) => (id === c.id ? c.title : undefined) };
  const entries =
    history.length > 0
      ? [...history].reverse().map((e) => ({ key: `${e.sequence}`, at: e.occurredAt, text: describeEvent(e, namesFor) }))
      : [...c.timeline].reverse().map((t, i) => ({
          key: `t${i}`,
          at: t.at,
          text: describeEvent({ type: t.type, data: { consortiumId: c.id, municipality: t.actor, lead: t.actor, title: t.type === 'ConsortiumCreated' ? c.title : undefined } }, namesFor),
        }));
  return (
    <section aria-labelledby="tidslinje">
      <Heading level={2} data-size="md" id="tidslinje">
        {nb.consortium.timeline}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{nb.consortium.noTimeline}</Paragraph>
      ) : (
        <ol className="event-list timeline">
          {entries.map((e) => (
            <li key={e.key}>
              <Paragraph data-size="sm">{e.text}</Paragraph>
              <Paragraph data-size="xs" className="muted">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
