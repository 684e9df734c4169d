/**
 * WeChat as an entry of the channel table (../channels.ts): on when WECHAT_TOKEN, WECHAT_APPID
 * and WECHAT_APPSECRET are set, safe mode when WECHAT_ENCODING_AES_KEY is too. Replies past the
 * time budget and status messages go through the customer-service API (access tokens kept in
 * the database), durably through the outbox when the host has one.
 */
import { DrizzleTokenStore } from '../db/repositories.ts';
import { defineChannel } from '../channel-table.ts';
import { WechatApiClient } from './api-client.ts';
import { wechatRoutes } from './webhook.ts';

export const wechatChannel = defineChannel({
  id: 'wechat',
  name: 'WeChat Official Account (/wechat)',
  needs: ['WECHAT_TOKEN', 'WECHAT_APPID', 'WECHAT_APPSECRET'],
  start(env, c) {
    const api = new WechatApiClient({
      appId: env.WECHAT_APPID,
      appSecret: env.WECHAT_APPSECRET,
      ...(env.WECHAT_API_BASE ? { apiBase: env.WECHAT_API_BASE } : {}),
      ...(c.fetch ? { fetch: c.fetch } : {}),
      tokens: new DrizzleTokenStore(c.db),
      onQuotaError: (errcode) => c.log('wechat.quota', { errcode }),
    });
    const sendText = async (openId: string, text: string) => {
      await api.sendText(openId, text);
    };
    const routes = wechatRoutes({
      config: {
        token: env.WECHAT_TOKEN,
        appId: env.WECHAT_APPID,
        ...(env.WECHAT_ENCODING_AES_KEY ? { encodingAesKey: env.WECHAT_ENCODING_AES_KEY } : {}),
      },
      handle: c.handle,
      forget: (userId) => c.engine.store.delete({ channel: 'wechat', userId }),
      dedup: c.dedup,
      sendLater:
        c.sendWechatLater ??
        (async (openId, texts) => {
          for (const t of texts) await sendText(openId, t);
        }),
      background: c.background,
      nowSeconds: () => Math.floor(c.engine.clock.now().getTime() / 1000),
      log: c.log,
    });
    return {
      routes,
      sendText,
      mode: env.WECHAT_ENCODING_AES_KEY
        ? 'safe mode available'
        : 'plaintext mode only (WECHAT_ENCODING_AES_KEY not set)',
    };
  },
});
