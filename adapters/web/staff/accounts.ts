/**
 * Creating staff accounts (`npx doudi staff add`, and tests): the role's scope must name a
 * village (role village), a township (role township) or a county (role county) of the villages
 * directory, so a typo cannot create an account that silently sees nothing; admins have no scope,
 * and a 12345 agent may have a county or city code that limits whose work orders' feedback it reads.
 */
import { z } from 'zod';
import type { VillageDirectory } from '../../config/villages.ts';
import { hashPassword } from './password.ts';
import { ROLES, type StaffStore, type StaffUser } from './store.ts';

export class StaffAccountError extends Error {
  override readonly name = 'StaffAccountError';
}

/** How a username may be written, as `npx doudi staff add` explains it. */
export const USERNAME_RULES =
  '用户名 3 到 32 个字符，只能用英文字母、数字和 _ . -（不能用汉字或空格），例如 wang.xl 或 yc_dongguo1；登录时要一字不差地输入（区分大小写）。';

export const NewStaffAccount = z.object({
  username: z
    .string({ error: `请用 --username 指定用户名。${USERNAME_RULES}` })
    .regex(/^[A-Za-z0-9_.-]{3,32}$/, `用户名不符合要求。${USERNAME_RULES}`),
  password: z.string().min(10, '密码至少 10 个字符').max(200, '密码最多 200 个字符'),
  role: z.enum(ROLES, {
    error: '角色只能是 village（村）、township（乡镇）、county（县）、admin（管理员）或 agent（12345 坐席）',
  }),
  scope: z.string().max(64).optional(),
  displayName: z.string().trim().min(1).max(40, '显示名最多 40 个字').optional(),
});
export type NewStaffAccount = z.infer<typeof NewStaffAccount>;

export function checkScope(
  role: StaffUser['role'],
  scope: string | undefined,
  villages: VillageDirectory,
): string | null {
  if (role === 'admin') {
    if (scope) throw new StaffAccountError('管理员可以看到全部申请，不需要 --scope。');
    return null;
  }
  if (role === 'agent') {
    // Optional (issue 18): a county or city code limits whose 12345 feedback the agent reads.
    if (!scope) return null;
    const counties = new Set([
      ...villages.all().map((v) => v.region),
      ...villages.offices.all().counties.map((c) => c.code),
    ]);
    const cities = new Set([...counties].map((c) => `${c.slice(0, 4)}00`));
    if (!counties.has(scope) && !cities.has(scope))
      throw new StaffAccountError(
        `12345 坐席的 --scope 可以不填（查全部工单的反馈），或填县（市、区）或市的六位代码。已配置的有：` +
          `${[...new Set([...cities, ...counties])].sort().join('、')}`,
      );
    return scope;
  }
  if (!scope)
    throw new StaffAccountError(
      role === 'village'
        ? '村（社区）工作人员需要 --scope <村代码>。'
        : role === 'township'
          ? '乡镇（街道）工作人员需要 --scope <乡镇代码>。'
          : '县级民政部门工作人员需要 --scope <县（市、区）代码>（六位数字）。',
    );
  if (role === 'county') {
    const known = new Set([
      ...villages.all().map((v) => v.region),
      ...villages.offices.all().counties.map((c) => c.code),
    ]);
    if (!known.has(scope))
      throw new StaffAccountError(`没有代码为 ${scope} 的县（市、区）。已配置的有：${[...known].sort().join('、')}`);
    return scope;
  }
  if (role === 'village' && !villages.get(scope))
    throw new StaffAccountError(
      `没有代码为 ${scope} 的村（社区）。已配置的有：${villages
        .all()
        .map((v) => `${v.code}（${v.name}）`)
        .join('、')}`,
    );
  if (role === 'township' && !villages.all().some((v) => v.township.code === scope)) {
    const towns = [...new Map(villages.all().map((v) => [v.township.code, v.township.name])).entries()];
    throw new StaffAccountError(
      `没有代码为 ${scope} 的乡镇（街道）。已配置的有：${towns.map(([c, n]) => `${c}（${n}）`).join('、')}`,
    );
  }
  return scope;
}

export async function createStaffAccount(
  store: StaffStore,
  villages: VillageDirectory,
  input: NewStaffAccount,
  now: Date,
  iterations?: number,
): Promise<StaffUser> {
  const scope = checkScope(input.role, input.scope, villages);
  if (await store.userByName(input.username)) throw new StaffAccountError(`用户名 ${input.username} 已经有人用了。`);
  const user: StaffUser = {
    id: crypto.randomUUID(),
    username: input.username,
    displayName: input.displayName ?? input.username,
    passwordHash: await hashPassword(input.password, iterations),
    role: input.role,
    scope,
    disabled: false,
    createdAt: now.toISOString(),
  };
  await store.insertUser(user);
  return user;
}
