/** `npm run unanswered`: what people asked that the sources could not answer, most asked first. */
import { loadDotEnv, parseSettings } from '../settings.ts';
import { createStore } from '../state/store.ts';
import { UnansweredLog } from '../state/unanswered.ts';

loadDotEnv();
const settings = parseSettings(process.env);
const store = createStore(settings.storeUrl, 'unanswered');
const entries = await new UnansweredLog(store).list();
if (entries.length === 0) console.log(`No unanswered questions recorded in ${settings.storeUrl}.`);
for (const entry of entries) {
  console.log(
    `${String(entry.count).padStart(4)}×  ${entry.question}   [${entry.reason}, last ${entry.lastAsked.slice(0, 10)}]`,
  );
}
await store.disconnect();
