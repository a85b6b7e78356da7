// Roles an API key can carry and the principal a request acts as; the route → roles table lives with the server.
import { z } from 'zod';
import type { Actor } from '../cases/hash-chain.ts';

export const roles = ['admin', 'analyst', 'governance', 'reporter', 'read-only'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Who holds a key: a person (may re-decide automated penalties) or a service (an integration). */
export const HolderKind = z.enum(['person', 'service']);
export type HolderKind = z.infer<typeof HolderKind>;

export type Principal = {
  readonly keyId: string;
  /** undefined is the default tenant. */
  readonly tenant: string | undefined;
  readonly roles: readonly Role[];
  readonly name: string;
  readonly kind: HolderKind;
};

export function actorOf(principal: Principal): Actor {
  return { type: principal.kind, id: `key:${principal.keyId}`, name: principal.name };
}

export function hasAnyRole(principal: Pick<Principal, 'roles'>, allowed: readonly Role[]): boolean {
  return principal.roles.includes('admin') || principal.roles.some((role) => allowed.includes(role));
}
