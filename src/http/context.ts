import type { Db } from '../db/database';
import type { Role } from '../modules/auth/roles';

export interface RoleGrant {
  role: Role;
  unitId: number;
  /** Materialised path of the unit the role is scoped to; its subtree is everything under it. */
  unitPath: string;
  unitName: string;
}

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  personId: number | null;
  roles: RoleGrant[];
}

/** What every service use case receives: the database, who is acting, and the request id for audit. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}
