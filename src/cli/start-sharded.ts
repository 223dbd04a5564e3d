/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard, sharing
 * conversations and rate limits through the store (set STORE_URL to Redis). SHARD_COUNT, or as many
 * shards as Discord recommends. SIGINT/SIGTERM stop every shard gracefully.
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../logger.ts';
import { loadSettingsOrExit } from '../settings-cli.ts';
import { V8_FLAGS } from '../v8-flags.ts';

const settings = loadSettingsOrExit();
const logger = createLogger(settings.logLevel, settings.token);
if (!settings.token) {
  console.error('DISCORD_TOKEN is missing — the sharded bot needs it (see .env.example).');
  process.exit(1);
}
if (!settings.storeUrl.startsWith('redis')) {
  logger.warn(
    { store: settings.storeUrl.split(':')[0] },
    'shards share state only through Redis: set STORE_URL=redis://…',
  );
}

// Run from the compiled build, the shard is a .js file; run from source (tests), it needs tsx.
const fromSource = import.meta.url.endsWith('.ts');
const manager = new ShardingManager(
  fileURLToPath(new URL(`../discord/shard.${fromSource ? 'ts' : 'js'}`, import.meta.url)),
  {
    token: settings.token,
    totalShards: settings.shardCount ?? 'auto',
    execArgv: [...(fromSource ? ['--import', 'tsx'] : []), ...V8_FLAGS],
  },
);
manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard launched'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'stopping every shard');
    manager.respawn = false;
    const deaths = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) =>
          shard.process ? shard.process.once('exit', () => resolve()).kill('SIGTERM') : resolve(),
        ),
    );
    void Promise.all(deaths).then(() => process.exit(0));
  });
}

await manager.spawn({ timeout: 60_000 });
