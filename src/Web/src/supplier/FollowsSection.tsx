import { Confirmation } from '../ui/Confirmation';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { request } from '../api/graphqlClient';
import { Counties, Follow, PublicDialogueEvents, Unfollow } from '../dialogue/dialogueQueries';
import { dn } from '../text/dialogue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CpvPicker, type ChosenCpv } from '../municipality/CpvPicker';
import { MunicipalityPicker } from '../municipality/MunicipalityPicker';
import { useMunicipalities } from '../municipality/useMunicipalityNames';
import type { FollowKind } from '../api/generated/graphql';

type FollowRef = { kind: FollowKind; value: string };

/** What the supplier follows, and forms to follow a CPV code, a municipality, a county or a consortium. */
export function FollowsSection({ follows }: { follows: readonly FollowRef[] }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const names = useFollowNames();
  const follow = useMutation({
    mutationFn: (f: FollowRef & { label: string }) => request(Follow, { kind: f.kind, value: f.value }),
    onSuccess: (_, f) => {
      setDone(dn.supplier.followed(f.label));
      void queryClient.invalidateQueries({ queryKey: ['supplier'] });
    },
  });
  const unfollow = useMutation({
    mutationFn: (f: FollowRef & { label: string }) => request(Unfollow, { kind: f.kind, value: f.value }),
    onSuccess: (_, f) => {
      setDone(dn.supplier.unfollowed(f.label));
      void queryClient.invalidateQueries({ queryKey: ['supplier'] });
    },
  });
  const start = (f: FollowRef & { label: string }) => {
    setDone(null);
    unfollow.reset();
    follow.mutate(f);
  };
  return (
    <section aria-labelledby="folger" className="overview-section">
      <Heading level={2} data-size="sm" id="folger">
        {dn.supplier.follows}
      </Heading>
      <Paragraph data-size="sm">{dn.supplier.followsIntro}</Paragraph>
      <Confirmation message={done} />
      <ErrorAlert error={follow.error ?? unfollow.error} />
      {follows.length === 0 ? (
        <Paragraph>{dn.supplier.noFollows}</Paragraph>
      ) : (
        <ul className="card-list" data-testid="follows">
          {follows.map((f) => {
            const label = `${dn.supplier.followKind[f.kind]} ${names(f)}`;
            return (
              <li key={`${f.kind}:${f.value}`} className="button-row">
                <span>{label}</span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  disabled={unfollow.isPending}
                  onClick={() => {
                    setDone(null);
                    follow.reset();
                    unfollow.mutate({ ...f, label });
                  }}
                >
                  {dn.supplier.unfollow(label)}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FollowCpv onFollow={start} busy={follow.isPending} />
      <FollowMunicipality onFollow={start} busy={follow.isPending} />
      <FollowCounty onFollow={start} busy={follow.isPending} />
      <FollowConsortium onFollow={start} busy={follow.isPending} />
    </section>
  );
}

type OnFollow = (f: FollowRef & { label: string }) => void;

/** Names for follows: county and municipality names, consortium titles; CPV codes stay as codes. */
function useFollowNames() {
  const municipalities = useMunicipalities();
  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => request(Counties), staleTime: Infinity });
  return (f: FollowRef) => {
    if (f.kind === 'MUNICIPALITY') return municipalities.data?.find((m) => m.number === f.value)?.name ?? f.value;
    if (f.kind === 'COUNTY') return counties.data?.counties.find((c) => c.number === f.value)?.name ?? f.value;
    return f.value;
  };
}

function FollowCpv({ onFollow, busy }: { onFollow: OnFollow; busy: boolean }) {
  const [cpv, setCpv] = useState<ChosenCpv[]>([]);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (cpv.length === 0) return setError(dn.supplier.chooseFirst);
    setError(undefined);
    for (const c of cpv) onFollow({ kind: 'CPV', value: c.code, label: `CPV ${c.code} ${c.label}` });
    setCpv([]);
  };
  return (
    <form onSubmit={submit} className="stack-sm follow-form" aria-label={dn.supplier.followCpv}>
      <CpvPicker id="follow-cpv" value={cpv} onChange={setCpv} error={error} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {dn.supplier.followCpvButton}
      </Button>
    </form>
  );
}

function FollowMunicipality({ onFollow, busy }: { onFollow: OnFollow; busy: boolean }) {
  const municipalities = useMunicipalities();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) return setError(dn.supplier.chooseFirst);
    setError(undefined);
    onFollow({ kind: 'MUNICIPALITY', value, label: municipalities.data?.find((m) => m.number === value)?.name ?? value });
  };
  return (
    <form onSubmit={submit} className="stack-sm follow-form">
      <MunicipalityPicker id="follow-municipality" label={dn.supplier.followMunicipality} value={value} onChange={setValue} error={error} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {dn.supplier.followMunicipalityButton}
      </Button>
    </form>
  );
}

function FollowCounty({ onFollow, busy }: { onFollow: OnFollow; busy: boolean }) {
  const counties = useQuery({ queryKey: ['reference', 'counties'], queryFn: () => request(Counties), staleTime: Infinity });
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) return;
    onFollow({ kind: 'COUNTY', value, label: counties.data?.counties.find((c) => c.number === value)?.name ?? value });
  };
  return (
    <form onSubmit={submit} className="stack-sm follow-form">
      <Field>
        <Label htmlFor="follow-county">{dn.supplier.followCounty}</Label>
        <Select id="follow-county" value={value} onChange={(e) => setValue(e.target.value)}>
          <Select.Option value="">{dn.list.allCounties}</Select.Option>
          {(counties.data?.counties ?? []).map((c) => (
            <Select.Option key={c.number} value={c.number}>
              {c.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={busy || !value}>
        {dn.supplier.followCountyButton}
      </Button>
    </form>
  );
}

function FollowConsortium({ onFollow, busy }: { onFollow: OnFollow; busy: boolean }) {
  const events = useQuery({ queryKey: ['dialogue', 'upcoming'], queryFn: () => request(PublicDialogueEvents, { filter: { upcoming: true } }) });
  const consortia = new Map<string, string>();
  for (const e of events.data?.dialogueEvents.nodes ?? []) consortia.set(e.consortium.id, e.consortium.title);
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) return;
    onFollow({ kind: 'CONSORTIUM', value, label: consortia.get(value) ?? value });
  };
  if (consortia.size === 0) return null;
  return (
    <form onSubmit={submit} className="stack-sm follow-form">
      <Field>
        <Label htmlFor="follow-consortium">{dn.supplier.followConsortium}</Label>
        <Select id="follow-consortium" value={value} onChange={(e) => setValue(e.target.value)}>
          <Select.Option value="">{dn.supplier.followConsortiumHelp}</Select.Option>
          {[...consortia].map(([id, title]) => (
            <Select.Option key={id} value={id}>
              {title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={busy || !value}>
        {dn.supplier.followConsortiumButton}
      </Button>
    </form>
  );
}
