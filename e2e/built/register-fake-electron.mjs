// `node --import ./register-fake-electron.mjs out/main/index.js`: `electron` resolves to fake-electron.mjs.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    const fake = ${JSON.stringify(new URL('./fake-electron.mjs', import.meta.url).href)};
    export async function resolve(specifier, context, next) {
      return specifier === 'electron' ? { url: fake, shortCircuit: true } : next(specifier, context);
    }
  `)}`,
);
