/** Phrases about living with a relative's whole family (bot/understand/sibling-family-with.ts). */
export const KIN_FAMILY_PHRASES = {
  /** Right after a brother or sister named ("与哥哥一家同住", 粤 "同大佬一家住"): living in their family's home. */
  withTheirFamily: [
    '一家同住',
    '一家住',
    '一家生活',
    '一家人住',
    '一家人生活',
    '一家一齐住',
    '一家一起住',
    '一家过',
    '一家人过',
    '一家子过',
    '一家子住',
  ],
} as const satisfies Record<string, readonly string[]>;
