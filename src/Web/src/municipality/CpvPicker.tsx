import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Chip, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { request } from '../api/graphqlClient';
import { CpvSearch } from './needQueries';
import { cpvPath } from './cpvPath';

/** A chosen CPV code: the code with its check digit and its label. */
export interface ChosenCpv {
  code: string;
  label: string;
}

/**
 * Search the 9,454 CPV codes by Norwegian (or English) words or by number, see where each sits in the tree, and
 * add or remove codes with buttons (keyboard and screen readers need nothing special).
 */
export function CpvPicker({ id, value, onChange, error }: { id: string; value: ChosenCpv[]; onChange: (v: ChosenCpv[]) => void; error?: string }) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const results = useQuery({
    queryKey: ['reference', 'cpv', debounced],
    queryFn: () => request(CpvSearch, { text: debounced }),
    enabled: debounced.length >= 2,
    staleTime: Infinity,
  });
  const chosen = new Set(value.map((c) => c.code));
  const list = results.data?.cpvSearch ?? [];

  return (
    <fieldset className="cpv-picker" aria-describedby={`${id}-help`}>
      <legend className="cpv-picker__legend">{nb.need.cpv}</legend>
      <Paragraph data-size="sm" id={`${id}-help`} className="muted">
        {nb.need.cpvHelp}
      </Paragraph>
      <div aria-live="polite">
        <Paragraph data-size="sm" className="cpv-picker__chosen-title">
          {nb.need.cpvChosen}
        </Paragraph>
        {value.length === 0 ? (
          <Paragraph data-size="sm">{nb.need.cpvNoneChosen}</Paragraph>
        ) : (
          <ul className="chip-list">
            {value.map((c) => (
              <li key={c.code}>
                <Chip.Removable aria-label={nb.need.cpvRemove(`${c.code} ${c.label}`)} onClick={() => onChange(value.filter((x) => x.code !== c.code))}>
                  {c.code} {c.label}
                </Chip.Removable>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Textfield id={id} label={nb.need.cpvSearch} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" error={error} />
      {debounced.length >= 2 && results.data && (
        <div>
          <p className="sr-only" role="status">
            {list.length ? `${list.length} ${nb.need.cpvResults.toLowerCase()}` : nb.need.cpvNoResults}
          </p>
          {list.length === 0 ? (
            <Paragraph data-size="sm">{nb.need.cpvNoResults}</Paragraph>
          ) : (
            <ul className="cpv-results" aria-label={nb.need.cpvResults}>
              {list.map((c) => {
                const path = cpvPath(c);
                return (
                  <li key={c.code} className="cpv-result">
                    <div>
                      <span className="cpv-result__code">{c.code}</span> <span>{c.label}</span>
                      {path.length > 0 && (
                        <Paragraph data-size="xs" className="muted">
                          <span className="sr-only">{nb.need.cpvPath}: </span>
                          {path.join(' › ')}
                        </Paragraph>
                      )}
                    </div>
                    <Button
                      type="button"
                      variant="secondary"
                      data-size="sm"
                      disabled={chosen.has(c.code)}
                      aria-label={nb.need.cpvAdd(`${c.code} ${c.label}`)}
                      onClick={() => onChange([...value, { code: c.code, label: c.label }])}
                    >
                      {nb.common.add}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
