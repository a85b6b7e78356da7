// Review, listing and chat events: the attacker-written text the content detectors read.
import { z } from 'zod';
import { eventSchema } from './envelope.ts';
import { Id, Text } from './primitives.ts';

const Rating = z.int('must be an integer').min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5');

export const ReviewPosted = eventSchema('review.posted', {
  reviewId: Id,
  accountId: Id,
  merchantId: Id,
  itemId: Id,
  rating: Rating,
  text: Text,
  orderId: Id.optional(),
  photoHashes: z.array(Id).max(50, 'must list at most 50 photos').optional(),
});

export const ReviewEdited = eventSchema('review.edited', {
  reviewId: Id,
  rating: Rating.optional(),
  text: Text.optional(),
});

export const ReviewDeleted = eventSchema('review.deleted', {
  reviewId: Id,
  by: z.enum(['author', 'merchant', 'platform']),
});

export const ReviewLiked = eventSchema('review.liked', {
  reviewId: Id,
  accountId: Id,
});

export const ListingPublished = eventSchema('listing.published', {
  merchantId: Id,
  itemId: Id,
  title: Text,
  description: Text,
});

export const MessageSent = eventSchema('message.sent', {
  merchantId: Id,
  accountId: Id,
  from: z.enum(['merchant', 'account']),
  text: Text,
});
