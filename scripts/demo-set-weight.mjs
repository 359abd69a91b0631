#!/usr/bin/env node
/**
 * The demo's traffic command for canary-deploy's `command` provider, the kind of script a user
 * writes for their own platform: sets the canary's share on the demo's router from
 * CANARY_WEIGHT (`node demo-set-weight.mjs <router-url>`), or prints the share in force
 * (`node demo-set-weight.mjs <router-url> --read`, the provider's `read-command`).
 */
const [routerUrl, mode] = process.argv.slice(2);
if (!routerUrl) {
  console.error('usage: demo-set-weight.mjs <router-url> [--read]');
  process.exit(2);
}
const read = mode === '--read';
const weight = process.env.CANARY_WEIGHT;
if (!read && weight === undefined) {
  console.error('CANARY_WEIGHT is not set (canary-deploy sets it when it runs this command)');
  process.exit(2);
}
const answer = await fetch(`${routerUrl}/weight`, read ? {} : { method: 'PUT', body: weight }).catch((error) => {
  console.error(`router ${routerUrl} unreachable: ${error.message}`);
  process.exit(1);
});
const text = (await answer.text()).trim();
if (!answer.ok) {
  console.error(`router answered ${answer.status}: ${text}`);
  process.exit(1);
}
// canary-deploy names the model being rolled out (its `model` input) in CANARY_MODEL_*.
const model = process.env.CANARY_MODEL_NAME ? ` ${process.env.CANARY_MODEL_NAME} v${process.env.CANARY_MODEL_VERSION}` : '';
console.log(read ? text : `router: canary${model} ${text}%, stable ${100 - Number(text)}% (${process.env.CANARY_PHASE})`);
