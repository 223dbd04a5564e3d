/**
 * A separate process touching the shared store, for tests of state shared between processes:
 *   state-worker <storeUrl> remember <user> <channel> <question>   — answer it and keep the conversation
 *   state-worker <storeUrl> hit <user> <times> <limit> <windowMs>  — count questions against the rate limit
 * Prints one JSON line with what it did.
 */
import { createEngine } from '../engine.ts';
import { Conversations } from '../state/conversations.ts';
import { RateLimiter } from '../state/rate-limit.ts';
import { createStore } from '../state/store.ts';

const [url, operation, user, ...rest] = process.argv.slice(2) as [string, string, string, ...string[]];
if (operation === 'remember') {
  const [channel, question] = rest as [string, string];
  const store = createStore(url, 'conversations');
  const { context } = createEngine().ask(question);
  await new Conversations(store, 60_000).remember(user, channel, context);
  console.log(JSON.stringify({ remembered: context.factIds }));
  await store.disconnect();
} else if (operation === 'hit') {
  const [times, limit, windowMs] = rest.map(Number) as [number, number, number];
  const store = createStore(url, 'ratelimit');
  const limiter = new RateLimiter(store, limit, windowMs);
  const allowed: boolean[] = [];
  for (let i = 0; i < times; i++) allowed.push((await limiter.hit(user)).allowed);
  console.log(JSON.stringify({ allowed }));
  await store.disconnect();
}
process.exit(0);
