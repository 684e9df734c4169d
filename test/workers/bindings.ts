// Test-only values for the Worker's secrets and vars (never real ones): channels on, their APIs
// pointed at hosts that only the tests' fetch stub answers.
export const WORKER_TEST_BINDINGS = {
  WECHAT_TOKEN: 'doudi-token',
  WECHAT_APPID: 'wx0123456789abcdef',
  WECHAT_APPSECRET: 'test-secret',
  WECHAT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  WECHAT_API_BASE: 'http://wechat-api.test',
  TELEGRAM_BOT_TOKEN: '4242:test-token',
  TELEGRAM_WEBHOOK_SECRET: 'tg-s3cret',
  TELEGRAM_API_ROOT: 'http://telegram-api.test',
  DOUDI_ADMIN_TOKEN: 'adm',
  DOUDI_PUBLIC_URL: 'https://doudi.example',
  DOUDI_LOG: 'off',
  DOUDI_DATA_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=',
} as const;
