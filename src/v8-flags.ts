/**
 * The V8 flags the bot runs with — `npm start` (whose script in package.json repeats them), each shard of
 * `npm run start:sharded`, and the benchmark's footprint process. A small young generation, and an old
 * generation bounded well above what the bot keeps live (about 40 MB), keep resident memory near what is
 * used: with V8's default bound (a share of the machine's memory, gigabytes here) the heap grows far more
 * before it collects.
 */
export const V8_FLAGS: readonly string[] = ['--max-semi-space-size=1', '--max-old-space-size=256'];
