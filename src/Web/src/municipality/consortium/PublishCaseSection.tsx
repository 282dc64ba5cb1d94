import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { request } from '../../api/graphqlClient';
import { st } from '../../text/search';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { CaseDraft, PublishConsortiumAsCase } from '../../cases/caseQueries';

interface CaseFields {
  title: string;
  summary: string;
  outcome: string;
  lessons: string;
  procedure: string;
  domain: string;
  sourceUrl: string;
}

/** The lead, from CONTRACT on, shares the consortium as a case in Erfaringer, pre-filled from the consortium. */
export function PublishCaseSection({ consortiumId }: { consortiumId: string }) {
  const draft = useQuery({ queryKey: ['caseDraft', consortiumId], queryFn: () => request(CaseDraft, { consortiumId }) });
  const d = draft.data?.caseDraft;
  return (
    <section aria-labelledby="publiser-sak" className="stack-sm">
      <Heading level={2} data-size="sm" id="publiser-sak">
        {st.publishCase.title}
      </Heading>
      <Paragraph data-size="sm">{st.publishCase.intro}</Paragraph>
      {draft.isPending && <Loading />}
      <ErrorAlert error={draft.error} />
      {d && (
        <CaseForm
          consortiumId={consortiumId}
          initial={{
            title: d.title,
            summary: d.summary,
            outcome: d.outcome ?? '',
            lessons: d.lessons ?? '',
            procedure: d.procedure,
            domain: d.domain,
            sourceUrl: d.sourceUrl ?? '',
          }}
        />
      )}
    </section>
  );
}

function CaseForm({ consortiumId, initial }: { consortiumId: string; initial: CaseFields }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const set = (k: keyof CaseFields, value: string) => setV((old) => ({ ...old, [k]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const gap = !v.title.trim() || !v.summary.trim();
    setMissing(gap);
    if (gap) return;
    setBusy(true);
    try {
      const trimmed = (s: string) => s.trim() || null;
      const result = await request(PublishConsortiumAsCase, {
        consortiumId,
        input: {
          title: v.title.trim(),
          summary: v.summary.trim(),
          outcome: trimmed(v.outcome),
          lessons: trimmed(v.lessons),
          procedure: v.procedure,
          domain: v.domain,
          sourceUrl: trimmed(v.sourceUrl),
        },
      });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await queryClient.invalidateQueries({ queryKey: ['case', result.publishConsortiumAsCase.id] });
      navigate(`/erfaringer/${encodeURIComponent(result.publishConsortiumAsCase.id)}`, { state: { flash: st.publishCase.done } });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="stack-sm" onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Textfield id="sak-tittel" label={st.publishCase.fields.title} value={v.title} onChange={(e) => set('title', e.target.value)} error={missing && !v.title.trim() ? st.publishCase.required : undefined} />
      <Textfield
        id="sak-sammendrag"
        label={st.publishCase.fields.summary}
        description={st.publishCase.summaryHelp}
        multiline
        rows={4}
        value={v.summary}
        onChange={(e) => set('summary', e.target.value)}
        error={missing && !v.summary.trim() ? st.publishCase.required : undefined}
      />
      <Textfield id="sak-resultat" label={st.publishCase.fields.outcome} multiline rows={3} value={v.outcome} onChange={(e) => set('outcome', e.target.value)} />
      <Textfield id="sak-laerdom" label={st.publishCase.fields.lessons} multiline rows={3} value={v.lessons} onChange={(e) => set('lessons', e.target.value)} />
      <Field>
        <Label htmlFor="sak-prosedyre-valg">{st.publishCase.fields.procedure}</Label>
        <Select id="sak-prosedyre-valg" value={v.procedure} onChange={(e) => set('procedure', e.target.value)}>
          {Object.entries(st.procedure).map(([code, label]) => (
            <Select.Option key={code} value={code}>
              {label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor="sak-fagomrade-valg">{st.publishCase.fields.domain}</Label>
        <Select id="sak-fagomrade-valg" value={v.domain} onChange={(e) => set('domain', e.target.value)}>
          {Object.entries(st.domain).map(([code, label]) => (
            <Select.Option key={code} value={code}>
              {label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield id="sak-kilde" type="url" label={st.publishCase.fields.sourceUrl} description={st.publishCase.sourceHelp} value={v.sourceUrl} onChange={(e) => set('sourceUrl', e.target.value)} />
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {st.publishCase.submit}
        </Button>
      </div>
    </form>
  );
}
