import { useEffect, useState } from 'react';
import { Fieldset, FieldsetDescription, FieldsetLegend, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { searchMunicipalities, useMunicipalities } from './useMunicipalityNames';

/**
 * Find one of the 357 municipalities by name or number: a search field, then the matches as radio buttons (plain
 * form controls work with every keyboard and screen reader). A single match is chosen at once.
 */
export function MunicipalityPicker({
  id,
  value,
  onChange,
  error,
  label = nb.signIn.municipalitySearch,
  exclude = [],
}: {
  id: string;
  value: string | null;
  onChange: (number: string | null) => void;
  error?: string;
  label?: string;
  exclude?: readonly string[];
}) {
  const { data: all = [], isPending } = useMunicipalities();
  const [text, setText] = useState('');
  const matches = searchMunicipalities(all, text, 12).filter((m) => !exclude.includes(m.number));
  const chosen = all.find((m) => m.number === value);

  useEffect(() => {
    if (matches.length === 1 && value !== matches[0].number) onChange(matches[0].number);
    // Only when the text changes: a user's own choice is not overridden on re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, all.length]);

  return (
    <div className="stack-sm">
      <Textfield
        id={id}
        label={label}
        description={nb.signIn.municipalitySearchHelp}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          if (value) onChange(null);
        }}
        error={error}
      />
      {text.trim() && !isPending && (
        <>
          <p className="sr-only" role="status">
            {matches.length ? nb.signIn.municipalityMatches(matches.length) : nb.signIn.municipalityNoMatch}
          </p>
          {matches.length === 0 ? (
            <Paragraph data-size="sm">{nb.signIn.municipalityNoMatch}</Paragraph>
          ) : (
            <Fieldset data-size="sm">
              <FieldsetLegend>{nb.signIn.municipalityChoose}</FieldsetLegend>
              <FieldsetDescription>{nb.signIn.municipalityMatches(matches.length)}</FieldsetDescription>
              {matches.map((m) => (
                <Radio
                  key={m.number}
                  name={`${id}-choice`}
                  value={m.number}
                  label={`${m.name} (${m.number})`}
                  description={m.county.name}
                  checked={value === m.number}
                  onChange={() => onChange(m.number)}
                />
              ))}
            </Fieldset>
          )}
        </>
      )}
      {chosen && <Paragraph data-size="sm">{nb.signIn.chosenMunicipality(`${chosen.name} (${chosen.number})`)}</Paragraph>}
    </div>
  );
}
