/**
 * Structured logs (pino, JSON lines) at the level LOG_LEVEL sets. Anything that could carry the bot
 * token is redacted by path, and `scrub` removes the token from free text such as error messages.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, token?: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'settings.token'],
      censor: '[redacted]',
    },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        // Error messages are free text: strip the token out of every string argument.
        if (token)
          args = args.map((arg) => (typeof arg === 'string' ? scrub(arg, token) : arg)) as typeof args;
        method.apply(this, args);
      },
    },
    serializers: {
      err: (error: Error) => ({
        type: error.name,
        message: token ? scrub(error.message, token) : error.message,
        stack: token ? scrub(error.stack ?? '', token) : error.stack,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export function scrub(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}
