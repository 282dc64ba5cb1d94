import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Fieldset, FieldsetDescription, FieldsetLegend, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { CpvSearch } from '../dialogue/dialogueQueries';
import type { CpvSearchQuery } from '../api/generated/graphql';

export type CpvHit = CpvSearchQuery['cpvSearch'][number];

/** The tree path of a code, root first: "Medisinsk utstyr › Utstyr for funksjonshemmede". */
export function cpvPath(c: CpvHit): string {
  const parts = [c.parent?.parent?.label, c.parent?.label, c.label].filter((x): x is string => !!x);
  return parts.join(' › ');
}

/**
 * Search the CPV codes by Norwegian text or number and choose one: a search field, then the hits as radio buttons
 * with their tree path (plain form controls work with every keyboard and screen reader).
 */
export function CpvPicker({
  id,
  label,
  description = nb.need.cpvHelp,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  description?: string;
  value: CpvHit | null;
  onChange: (hit: CpvHit | null) => void;
  error?: string;
}) {
  const [text, setText] = useState('');
  const query = text.trim();
  const hits = useQuery({
    queryKey: ['reference', 'cpvSearch', query],
    queryFn: () => request(CpvSearch, { text: query }),
    enabled: query.length >= 2,
    staleTime: Infinity,
  });
  const list = hits.data?.cpvSearch ?? [];
  return (
    <div className="stack-sm">
      <Textfield
        id={id}
        label={label}
        description={description}
        value={text}
        autoComplete="off"
        error={error}
        onChange={(e) => {
          setText(e.target.value);
          if (value) onChange(null);
        }}
      />
      {query.length >= 2 && hits.isSuccess && (
        <>
          <p className="sr-only" role="status">
            {list.length ? `${nb.need.cpvResults}: ${list.length}` : nb.need.cpvNoResults}
          </p>
          {list.length === 0 ? (
            <Paragraph data-size="sm">{nb.need.cpvNoResults}</Paragraph>
          ) : (
            <Fieldset data-size="sm">
              <FieldsetLegend>{nb.need.cpvResults}</FieldsetLegend>
              <FieldsetDescription>{label}</FieldsetDescription>
              {list.map((c) => (
                <Radio
                  key={c.code}
                  name={`${id}-choice`}
                  value={c.code}
                  label={`${c.code} ${c.label}`}
                  description={c.parent ? cpvPath(c) : undefined}
                  checked={value?.code === c.code}
                  onChange={() => onChange(c)}
                />
              ))}
            </Fieldset>
          )}
        </>
      )}
    </div>
  );
}
