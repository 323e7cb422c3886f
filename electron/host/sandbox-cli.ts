import { runSandboxCommand } from '../sandbox/sandbox-command';
import { defaultDataDir } from './data-dir';
import { print, printError } from './cli-output';

/** `npm run sandbox -- reset | seed | import | export`: manages the embedded systems of record. */
try {
  process.exitCode = runSandboxCommand(
    process.argv.slice(2),
    { out: print, err: printError },
    // npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
    { cwd: process.env.INIT_CWD ?? process.cwd(), defaultDataDir: () => defaultDataDir() },
  );
} catch (error) {
  printError(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
