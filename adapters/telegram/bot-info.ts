/** botInfo from configuration, so grammY never calls getMe at start (required on Workers, and in tests). */
import type { UserFromGetMe } from 'grammy/types';

export function telegramBotInfo(token: string, username?: string): UserFromGetMe {
  const id = Number(token.split(':')[0]);
  return {
    id: Number.isFinite(id) ? id : 0,
    is_bot: true,
    first_name: 'doudi',
    username: username ?? 'doudi_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
