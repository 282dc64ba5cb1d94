import type { PublishNeedInput, UpdateNeedInput } from '../api/generated/graphql';
import { parseNok, type NeedFormValues } from './needFormModel';

export function toPublishInput(v: NeedFormValues): PublishNeedInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    cpv: v.cpv.map((c) => c.code),
    category: v.category as PublishNeedInput['category'],
    estimatedValueNok: parseNok(v.estimatedValueNok),
    neededFrom: v.neededFrom || null,
    neededTo: v.neededTo || null,
    visibility: v.visibility,
    openToCollaboration: v.openToCollaboration,
  };
}

/** Only what may change: a pooled need keeps its CPV codes, value and stage (NEED_POOLED). */
export function toUpdateInput(id: string, v: NeedFormValues, pooled: boolean): UpdateNeedInput {
  return {
    id,
    title: v.title.trim(),
    description: v.description.trim(),
    ...(pooled ? {} : { cpv: v.cpv.map((c) => c.code), estimatedValueNok: parseNok(v.estimatedValueNok), stage: v.stage }),
    neededFrom: v.neededFrom || null,
    neededTo: v.neededTo || null,
    visibility: v.visibility,
    openToCollaboration: v.openToCollaboration,
  };
}
