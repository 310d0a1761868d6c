export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  main() {},
});
