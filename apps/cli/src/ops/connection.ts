import { type Command, Option } from 'commander';
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
    .addOption(new Option('--password <password>', 'prefer TDKT_PASSWORD').env('TDKT_PASSWORD'))
    .option('--json', 'print the API’s JSON answer');
}

/** Signs in with the connection options of a command. */
export function signIn(options: {
  api: string;
  username: string;
  password?: string;
}): Promise<OperatorApi> {
  return OperatorApi.signIn(options);
}
