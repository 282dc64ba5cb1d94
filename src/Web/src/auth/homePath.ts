import type { Role } from './session';

/** Where each side starts. */
export const homePath: Record<Role, string> = {
  municipality: '/kommune',
  supplier: '/leverandor',
  programme: '/programmet',
};
