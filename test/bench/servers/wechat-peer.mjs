// The peer of the WeChat benchmark: the classic Node WeChat middleware (`wechat` 2.1.0 on express 4,
// a dev dependency), in safe mode with the bench's token, appid and EncodingAESKey, answering every
// text with one fixed text (PEER_REPLY, the length of doudi's mean reply) and storing nothing: no
// dedup, no session. What a typical Node Official Account does per message, as the yardstick for
// doudi's full path. Plain JavaScript, run as its own process; prints its port once listening.
import express from 'express';
import wechat from 'wechat';

const config = {
  token: process.env.WECHAT_TOKEN,
  appid: process.env.WECHAT_APPID,
  encodingAESKey: process.env.WECHAT_ENCODING_AES_KEY,
  checkSignature: true,
};
const reply = process.env.PEER_REPLY ?? '你好';
const app = express();
app.use(
  '/wechat',
  wechat(config, (_req, res) => res.reply(reply)),
);
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () =>
  console.log(`listening ${server.address().port}`),
);
