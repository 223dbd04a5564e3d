/** One engine for all tests in a file: loading the model and knowledge takes a few hundred ms. */
import { createEngine, type Engine } from '../../src/engine.ts';

let engine: Engine | undefined;

export function sharedEngine(): Engine {
  engine ??= createEngine();
  return engine;
}
