/* eslint-disable no-console -- a command-line tool prints to the terminal */
import { Command, Option } from 'commander';
import { OperatorApi } from './operator-api';

/** Options every operator command takes to reach a deployment and sign in. */
export function withConnection(command: Command): Command {
  return command
    .addOption(
      new Option('--api <url>', 'the deployment’s API')
        .env('TDKT_API_URL')
        .default('http://127.0.0.1:3000'),
    )
    .addOption(
      new Option('--username <name>', 'an administrator’s account')
        .env('TDKT_USERNAME')
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--password <password>',
        'prefer TDKT_PASSWORD; needed only when no session is kept',
      ).env('TDKT_PASSWORD'),
    )
    .option('--json', 'print the API’s JSON answer');
}

/** Signs in with the connection options of a command, through the kept session when there is one. */
export function signIn(options: {
  api: string;
  username: string;
  password?: string;
}): Promise<OperatorApi> {
  return OperatorApi.signIn(options);
}

/** `tdkt login` and `tdkt logout`: start a kept session with the password, or end it. */
export function sessionCommands(): Command[] {
  const login = withConnection(new Command('login'))
    .description('sign in with the password and keep the session (refreshed by later commands)')
    .action(async (options: { api: string; username: string; password?: string }) => {
      const session = await OperatorApi.logIn(options);
      console.log(
        `Đã đăng nhập ${session.username} tại ${session.api}; phiên được giữ cho các lệnh sau.\n` +
          `Signed in as ${session.username} at ${session.api}; the session is kept for later commands.`,
      );
    });
  const logout = withConnection(new Command('logout'))
    .description('end the kept session: its tokens stop working at once')
    .action(async (options: { api: string; username: string }) => {
      const ended = await OperatorApi.logOut(options);
      console.log(
        ended
          ? 'Đã đăng xuất; phiên đã kết thúc.\nSigned out; the session has ended.'
          : 'Không có phiên nào đang giữ.\nNo session was kept.',
      );
    });
  return [login, logout];
}
