import 'reflect-metadata';
import fs from 'node:fs';
import { AccountService } from '../auth/account.service';
import { AccountRole } from '../auth/auth.enums';
import { DomainError } from '../common/errors';
import { exitWithHelp, exitWithUsage, parseArguments, UsageError, withDatabase } from './cli-support';

const USAGE = `Usage / 使い方: npm run create-admin -- --email EMAIL (--password-file FILE | MUSUBI_ADMIN_PASSWORD=… in the environment) [--name NAME]
  --email          e-mail of the new administrator / 管理者のメールアドレス
  --password-file  file whose first line is the password (12 to 200 characters) / パスワードを 1 行目に書いたファイル
  MUSUBI_ADMIN_PASSWORD  the password from the environment instead of a file (no prompt, for scripts)
  --name           name shown in the UI
The password is never taken from the command line, where other users could read it in the process list.
Exit code: 0 created, 1 refused (e.g. the e-mail is taken, the password too short), 2 usage or database error.`;

/** `npm run create-admin`: creates an administrator, e.g. the first one of a new installation. */
function main(): void {
  let email: string;
  let password: string;
  let name: string | undefined;
  try {
    const { positional, options } = parseArguments(process.argv.slice(2), ['email', 'password-file', 'name'], ['help']);
    if (options.help) exitWithHelp(USAGE);
    if (positional.length > 0) throw new UsageError(`Unexpected argument / 不要な引数です: ${positional[0]}`);
    if (typeof options.email !== 'string') throw new UsageError('--email is required / --email を指定してください');
    email = options.email;
    name = options.name as string | undefined;
    if (typeof options['password-file'] === 'string') {
      password = fs.readFileSync(options['password-file'], 'utf8').split(/\r?\n/)[0];
    } else if (process.env.MUSUBI_ADMIN_PASSWORD) {
      password = process.env.MUSUBI_ADMIN_PASSWORD;
    } else {
      throw new UsageError('Give --password-file or set MUSUBI_ADMIN_PASSWORD / --password-file か MUSUBI_ADMIN_PASSWORD でパスワードを指定してください');
    }
  } catch (error) {
    exitWithUsage(error, USAGE);
  }
  void withDatabase(async ({ dataSource }) => {
    try {
      const account = await new AccountService(dataSource).createUnchecked({ email, password, role: AccountRole.ADMIN, displayName: name ?? null });
      process.stdout.write(`管理者を作成しました / Administrator created: ${account.email}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      process.stderr.write(`${error.messages.ja} / ${error.messages.en}${error.field ? ` (${error.field})` : ''}\n`);
      return 1;
    }
  });
}

main();
