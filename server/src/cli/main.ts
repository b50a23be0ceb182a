// halide-lens: the same core as the language server, from a terminal.
import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: Error) => {
    process.stderr.write(`halide-lens: ${err.message}\n`);
    process.exitCode = 1;
  },
);
