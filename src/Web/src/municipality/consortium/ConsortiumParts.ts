import type { ConsortiumDetailsQuery } from '../../api/generated/graphql';

export type Consortium = NonNullable<ConsortiumDetailsQuery['consortium']>;
export type ConsortiumMember = Consortium['members'][number];

/** What the signed-in municipality is in this consortium. */
export interface MyPlace {
  number: string;
  isLead: boolean;
  isJoined: boolean;
  isInvited: boolean;
  member?: ConsortiumMember;
}

export function myPlace(c: Consortium, number: string): MyPlace {
  const member = c.members.find((m) => m.municipality.number === number);
  return {
    number,
    member,
    isLead: c.lead.number === number,
    isJoined: member?.status === 'JOINED',
    isInvited: member?.status === 'INVITED',
  };
}
