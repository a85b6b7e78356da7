// Account and session events: registration, login with device flags, search and item views.
import { z } from 'zod';
import { eventSchema } from './envelope.ts';
import { Id, Text } from './primitives.ts';

export const AccountRegistered = eventSchema('account.registered', {
  accountId: Id,
  phone: Id.optional(),
  idHash: Id.optional(),
  deviceId: Id.optional(),
  ip: Id.optional(),
  channel: Id.optional(),
});

export const AccountLogin = eventSchema('account.login', {
  accountId: Id,
  deviceId: Id,
  ip: Id,
  userAgent: Text.optional(),
  device: z
    .strictObject({ emulator: z.boolean().optional(), rooted: z.boolean().optional(), automation: z.boolean().optional() })
    .optional(),
});

export const SessionSearch = eventSchema('session.search', {
  accountId: Id,
  sessionId: Id,
  keyword: Text,
});

export const SessionView = eventSchema('session.view', {
  accountId: Id,
  sessionId: Id,
  merchantId: Id,
  itemId: Id,
  dwellSeconds: z.number().min(0, 'must not be negative'),
});
