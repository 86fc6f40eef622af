/**
 * Where a card about one subject (e.g. a removal request) was posted: the outbox entries that carried
 * it, per channel, so the card can later be replaced in place once the message id is known; or, for a
 * card the bot answered with (the requester's own card), the message id itself.
 */
import { z } from 'zod';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';

const copySchema = z
  .object({ conversationKey: z.string(), entryId: z.string().optional(), activityId: z.string().optional() })
  .refine((copy) => copy.entryId || copy.activityId, { message: 'needs an entryId or an activityId' });
const postsSchema = z.object({ posts: z.array(copySchema) });

/** One copy of a card: the outbox entry that carried it to one channel, or the message it is. */
export type PostedCopy = z.infer<typeof copySchema>;

export class PostedCards {
  private readonly records: Repository<z.infer<typeof postsSchema>>;

  constructor(store: RecordStore) {
    this.records = new Repository(store, 'postedCards', postsSchema);
  }

  async add(subject: string, posts: PostedCopy[]): Promise<void> {
    if (posts.length === 0) return;
    await this.records.update(subject, (current) => ({ posts: [...(current?.posts ?? []), ...posts] }), 20);
  }

  async list(subject: string): Promise<PostedCopy[]> {
    return (await this.records.get(subject))?.value.posts ?? [];
  }
}
