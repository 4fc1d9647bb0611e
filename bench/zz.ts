import { freshDatabase, withDb } from './databases.js';
import { seedConversations } from './seed.js';
const db = await freshDatabase(undefined);
await withDb(db.url, async () => {});
const ms = await seedConversations(db.url, 'sqlite', {
  conversations: 10_000,
  messagesEach: 4,
  snapshot: JSON.stringify({ x: 'y'.repeat(3000) }),
  state: 'handedOff',
  firstPhone: 100_000_000,
});
console.log(Math.round(ms), 'ms');
console.log(
  await withDb(db.url, async (c) => [
    await c.conversation.count(),
    await c.message.count(),
    await c.handoff.count(),
    (await c.person.findFirst())?.createdAt,
  ]),
);
await db.drop();
