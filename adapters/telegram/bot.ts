/**
 * Telegram through grammY, sharing the dialogue with WeChat and the web. Numbered choices become
 * inline keyboards (callback data is the choice id, well under 64 bytes); where several may be
 * picked, a tap toggles a mark on the keyboard itself and 完成 sends the marked ones; the key
 * actions (为什么, 返回, 申请 …) are a row of buttons under the last message; every callback query
 * is answered; /start /restart /help /policy /delete map to the engine's commands. `botInfo`
 * comes from configuration so no getMe call is made at start (required on Workers).
 * Each update_id is claimed in durable storage first, so a redelivery never doubles a step.
 * Only private chats are served (see the group guard below).
 */
import { Bot, InlineKeyboard, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import type { DedupStore } from '../db/ports.ts';
import { TELEGRAM_TEXT } from './messages.ts';

export interface TelegramDeps {
  token: string;
  botInfo: UserFromGetMe;
  apiRoot?: string;
  /** Injected so tests and Workers choose the HTTP client. */
  fetch?: typeof fetch;
  log?: (event: string, fields: Record<string, unknown>) => void;
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  dedup: DedupStore;
}

const COMMANDS: Record<string, string> = {
  restart: '重新开始',
  help: '帮助',
  policy: '政策',
  delete: '删除我的信息',
  back: '返回',
  human: '人工',
  answers: '我的回答',
};

/** What a person writes or sends, as opposed to service messages (joined, left, pinned …). */
const WRITTEN = [
  'text',
  'caption',
  'voice',
  'audio',
  'photo',
  'video',
  'video_note',
  'document',
  'sticker',
  'contact',
  'location',
  'poll',
] as const;

/** Telegram's message limit is 4096 characters. */
const MAX_TELEGRAM_TEXT = 4000;

/** The mark a picked option carries on a several-choice keyboard. */
const PICKED = '✅ ';

/** Numbered choices as inline buttons: one tap answers, or, where several may be picked, toggles and 完成 sends them. */
function choiceKeyboard(m: Extract<OutboundMessage, { type: 'choices' }>): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const c of m.choices) kb.text(`${c.id}. ${c.label}`, m.multiple ? `t:${c.id}` : `c:${c.id}`).row();
  if (m.multiple) kb.text(TELEGRAM_TEXT.done, 'd').row();
  return kb;
}

function withActions(kb: InlineKeyboard, actions: readonly string[]): InlineKeyboard {
  for (const a of actions) kb.text(a, `a:${a}`);
  return kb.row();
}

export async function sendOutbound(ctx: Context, out: readonly OutboundMessage[]): Promise<void> {
  const actions = out.find((m) => m.type === 'actions')?.actions ?? [];
  // The key actions ride on the last message that can carry buttons.
  const lastShown = out.findLastIndex((m) => m.type === 'text' || m.type === 'choices');
  for (const [i, m] of out.entries()) {
    const kb =
      m.type === 'choices' ? choiceKeyboard(m) : i === lastShown && actions.length ? new InlineKeyboard() : undefined;
    if (kb && i === lastShown && actions.length) withActions(kb, actions);
    if (m.type === 'text') {
      for (let at = 0; at < m.text.length; at += MAX_TELEGRAM_TEXT) {
        const last = at + MAX_TELEGRAM_TEXT >= m.text.length;
        await ctx.reply(m.text.slice(at, at + MAX_TELEGRAM_TEXT), last && kb ? { reply_markup: kb } : {});
      }
    } else if (m.type === 'choices') {
      await ctx.reply(m.text, { reply_markup: kb! });
    } else if (m.type === 'link') {
      await ctx.reply(`${m.text}\n${m.url}`);
    }
  }
}

type Button = { text: string; callback_data?: string };

/** Toggle one option of a several-choice keyboard in place, keeping every other button as it was. */
function toggled(rows: readonly (readonly Button[])[], id: string): Button[][] {
  return rows.map((row) =>
    row.map((b) => {
      if (b.callback_data !== `t:${id}`)
        return { text: b.text, ...(b.callback_data ? { callback_data: b.callback_data } : {}) };
      return {
        text: b.text.startsWith(PICKED) ? b.text.slice(PICKED.length) : `${PICKED}${b.text}`,
        callback_data: b.callback_data,
      };
    }),
  );
}

/** The ids picked on a several-choice keyboard. */
function pickedIds(rows: readonly (readonly Button[])[]): string[] {
  return rows
    .flat()
    .flatMap((b) => (b.callback_data?.startsWith('t:') && b.text.startsWith(PICKED) ? [b.callback_data.slice(2)] : []));
}

export function createTelegramBot(deps: TelegramDeps): Bot {
  const bot = new Bot(deps.token, {
    botInfo: deps.botInfo,
    client: {
      ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
      ...(deps.fetch ? { fetch: deps.fetch as never } : {}),
    },
  });
  // A failed send is logged, not thrown: the update is already claimed, so a 500 (and Telegram's
  // redelivery) would only be dropped by the dedup anyway.
  bot.catch((err) => deps.log?.('telegram.error', { error: String(err.error) }));

  bot.use(async (ctx, next) => {
    if (!(await deps.dedup.claim(`tg:${ctx.update.update_id}`, 86_400))) return;
    await next();
  });

  // Only private chats run the dialogue: in a group, a request's name and phone would be shown to
  // everyone there. A message there gets one short reply pointing to a private chat, and nothing
  // is stored (no session); service messages (someone joined, a pin) get nothing.
  bot.use(async (ctx, next) => {
    const type = ctx.chat?.type;
    if (type === undefined || type === 'private') return next();
    const username = ctx.me.username;
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: TELEGRAM_TEXT.privateOnlyButton(username), show_alert: true });
      return;
    }
    const post = ctx.message ?? ctx.channelPost;
    if (post && WRITTEN.some((k) => k in post)) await ctx.reply(TELEGRAM_TEXT.privateOnly(username));
  });

  const run = async (ctx: Context, msg: Omit<InboundMessage, 'channel' | 'userId'>) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const out = await deps.handle({ channel: 'telegram', userId: String(chatId), ...msg });
    await sendOutbound(ctx, out);
  };

  bot.command('start', (ctx) => {
    const village = ctx.match?.trim();
    return run(ctx, {
      text: '',
      kind: 'start',
      ...(village && /^[A-Za-z0-9_-]{1,64}$/.test(village) ? { tags: { village } } : {}),
    });
  });
  for (const [command, text] of Object.entries(COMMANDS)) bot.command(command, (ctx) => run(ctx, { text }));

  bot.on('callback_query:data', async (ctx) => {
    const data = ctx.callbackQuery.data;
    const rows = (ctx.callbackQuery.message?.reply_markup?.inline_keyboard ?? []) as Button[][];
    if (data.startsWith('t:')) {
      // A several-choice option: toggled on the keyboard itself, nothing sent to the dialogue yet.
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: toggled(rows, data.slice(2)) as never } });
      return;
    }
    if (data === 'd') {
      const ids = pickedIds(rows);
      if (ids.length === 0) {
        await ctx.answerCallbackQuery({ text: TELEGRAM_TEXT.pickFirst, show_alert: true });
        return;
      }
      await ctx.answerCallbackQuery();
      await run(ctx, { text: ids.join(' ') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (data.startsWith('c:') || data.startsWith('a:')) await run(ctx, { text: data.slice(2) });
  });
  bot.on('message:text', (ctx) => run(ctx, { text: ctx.message.text }));
  bot.on('message:voice', (ctx) => run(ctx, { text: '', kind: 'voice_unrecognised' }));
  bot.on('message', (ctx) => run(ctx, { text: '', kind: 'unsupported' }));
  // Any other callback query (no data, game) is still answered so clients stop spinning.
  bot.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return bot;
}
