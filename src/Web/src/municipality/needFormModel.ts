import { nb } from '../text/nb';
import type { ChosenCpv } from './CpvPicker';

/** The need form's fields as typed, before they become PublishNeedInput / UpdateNeedInput. */
export interface NeedFormValues {
  title: string;
  description: string;
  cpv: ChosenCpv[];
  category: 'GOODS' | 'SERVICES' | 'WORKS' | '';
  estimatedValueNok: string;
  neededFrom: string;
  neededTo: string;
  visibility: 'PRIVATE' | 'MUNICIPALITIES' | 'PUBLIC';
  openToCollaboration: boolean;
  stage: 'IDENTIFIED' | 'CLARIFIED';
}

export const emptyNeed: NeedFormValues = {
  title: '',
  description: '',
  cpv: [],
  category: '',
  estimatedValueNok: '',
  neededFrom: '',
  neededTo: '',
  visibility: 'MUNICIPALITIES',
  openToCollaboration: true,
  stage: 'IDENTIFIED',
};

/** The field order of the form, which is also the order of the error summary. */
export const needFields = ['title', 'description', 'cpv', 'category', 'estimatedValueNok', 'neededFrom', 'neededTo', 'visibility', 'stage'] as const;

/** "1 600 000" or "1600000 kr" → 1600000; empty → null; anything else → NaN. */
export function parseNok(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '').replace(/,-$/, '');
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : NaN;
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** The same checks the server makes, so most mistakes are caught before sending: field → Norwegian message. */
export function validateNeed(v: NeedFormValues): Record<string, string> {
  const e: Record<string, string> = {};
  const title = v.title.trim();
  if (title.length < 3 || title.length > 200) e.title = nb.need.validation.title;
  if (v.description.trim().length > 10_000) e.description = nb.need.validation.description;
  if (v.cpv.length === 0) e.cpv = nb.need.validation.cpv;
  if (!v.category) e.category = nb.need.validation.category;
  const value = parseNok(v.estimatedValueNok);
  if (value !== null && (Number.isNaN(value) || value < 0 || value > 1_000_000_000_000)) e.estimatedValueNok = nb.need.validation.estimatedValueNok;
  if (v.neededFrom && !isDate(v.neededFrom)) e.neededFrom = nb.need.validation.neededFrom;
  if (v.neededTo && !isDate(v.neededTo)) e.neededTo = nb.need.validation.neededFromInvalidTo;
  else if (v.neededFrom && v.neededTo && isDate(v.neededFrom) && v.neededTo < v.neededFrom) e.neededTo = nb.need.validation.neededTo;
  return e;
}
