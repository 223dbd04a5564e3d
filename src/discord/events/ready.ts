import { Events } from 'discord.js';
import { defineEvent } from './event.ts';

export const ready = defineEvent({
  name: Events.ClientReady,
  once: true,
  execute({ services }, client) {
    services.logger.info({ user: client.user.tag, guilds: client.guilds.cache.size }, 'ready');
  },
});
