import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { nb } from '../text/nb';
import { ApiError } from '../api/ApiError';
import { describeError, fieldErrors } from '../api/describeError';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { CpvPicker } from './CpvPicker';
import { needFields, validateNeed, type NeedFormValues } from './needFormModel';

const fieldId = (field: string) => `behov-${field}`;

/**
 * Publish or edit a need. Mistakes are shown field by field and in a summary above the form that links to each
 * field; the server's VALIDATION_FAILED points at a field by name and lands on the same field here.
 */
export function NeedForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  pooled = false,
  editing = false,
}: {
  initial: NeedFormValues;
  submitLabel: string;
  onSubmit: (v: NeedFormValues) => Promise<void>;
  onCancel?: () => void;
  pooled?: boolean;
  editing?: boolean;
}) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof NeedFormValues>(key: K, value: NeedFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    const found = validateNeed(v);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await onSubmit(v);
    } catch (err) {
      const byField = fieldErrors(err, nb.need.validation);
      if (Object.keys(byField).length) setErrors(byField);
      else setRefusal(err);
      setAttempt((a) => a + 1);
    } finally {
      setBusy(false);
    }
  }

  const problems = needFields.filter((f) => errors[f]).map((f) => ({ fieldId: fieldId(f), message: errors[f] }));
  // A field the server named that the form does not show still gets a line in the summary.
  for (const [f, message] of Object.entries(errors)) if (!(needFields as readonly string[]).includes(f)) problems.push({ fieldId: fieldId('title'), message });

  return (
    <form onSubmit={submit} noValidate className="stack need-form">
      <FormErrorSummary title={nb.need.errorSummaryTitle} problems={problems} attempt={attempt} />
      {refusal !== null && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{describeError(refusal)}</Paragraph>
          {refusal instanceof ApiError && refusal.rule && (
            <Paragraph data-size="sm">
              {nb.errors.ruleLabel}: {refusal.rule}
            </Paragraph>
          )}
        </Alert>
      )}
      <Textfield id={fieldId('title')} label={nb.need.title} description={nb.need.titleHelp} value={v.title} onChange={(e) => set('title', e.target.value)} error={errors.title} maxLength={200} />
      <Textfield
        id={fieldId('description')}
        label={nb.need.description}
        description={nb.need.descriptionHelp}
        multiline
        rows={6}
        value={v.description}
        onChange={(e) => set('description', e.target.value)}
        error={errors.description}
      />
      {pooled ? (
        <Paragraph data-size="sm">{nb.errors.rules.NEED_POOLED}</Paragraph>
      ) : (
        <CpvPicker id={fieldId('cpv')} value={v.cpv} onChange={(c) => set('cpv', c)} error={errors.cpv} />
      )}
      {!editing && (
        <Fieldset>
          <FieldsetLegend>{nb.need.category}</FieldsetLegend>
          {(['GOODS', 'SERVICES', 'WORKS'] as const).map((c, i) => (
            <Radio
              key={c}
              id={i === 0 ? fieldId('category') : undefined}
              name="category"
              value={c}
              label={nb.enums.category[c]}
              checked={v.category === c}
              onChange={() => set('category', c)}
              aria-invalid={!!errors.category || undefined}
            />
          ))}
          {errors.category && <ValidationMessage>{errors.category}</ValidationMessage>}
        </Fieldset>
      )}
      <Textfield
        id={fieldId('estimatedValueNok')}
        label={nb.need.value}
        description={nb.need.valueHelp}
        inputMode="numeric"
        suffix={nb.need.valueSuffix}
        value={v.estimatedValueNok}
        onChange={(e) => set('estimatedValueNok', e.target.value)}
        error={errors.estimatedValueNok}
        readOnly={pooled}
      />
      <Fieldset>
        <FieldsetLegend>{nb.need.timeWindow}</FieldsetLegend>
        <FieldsetDescription>{nb.need.timeWindowHelp}</FieldsetDescription>
        <div className="date-row">
          <Textfield id={fieldId('neededFrom')} type="date" label={nb.need.neededFrom} value={v.neededFrom} onChange={(e) => set('neededFrom', e.target.value)} error={errors.neededFrom} />
          <Textfield id={fieldId('neededTo')} type="date" label={nb.need.neededTo} value={v.neededTo} onChange={(e) => set('neededTo', e.target.value)} error={errors.neededTo} />
        </div>
      </Fieldset>
      {editing && !pooled && (
        <Fieldset>
          <FieldsetLegend>{nb.need.stage}</FieldsetLegend>
          {(['IDENTIFIED', 'CLARIFIED'] as const).map((st, i) => (
            <Radio key={st} id={i === 0 ? fieldId('stage') : undefined} name="stage" value={st} label={nb.enums.stage[st]} checked={v.stage === st} onChange={() => set('stage', st)} />
          ))}
          {errors.stage && <ValidationMessage>{errors.stage}</ValidationMessage>}
        </Fieldset>
      )}
      <Fieldset>
        <FieldsetLegend>{nb.need.visibility}</FieldsetLegend>
        {(['PRIVATE', 'MUNICIPALITIES', 'PUBLIC'] as const).map((vis, i) => (
          <Radio key={vis} id={i === 0 ? fieldId('visibility') : undefined} name="visibility" value={vis} label={nb.enums.visibility[vis]} checked={v.visibility === vis} onChange={() => set('visibility', vis)} />
        ))}
      </Fieldset>
      <Checkbox label={nb.need.open} description={nb.need.openHelp} checked={v.openToCollaboration} onChange={(e) => set('openToCollaboration', e.target.checked)} />
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {nb.need.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
