// Argument parsing shared by the evaluation commands: one input file, named options, usage on error or --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse `argv` for a command taking exactly one positional file. Returns the parsed values and the file, or the exit
 * code to return: 0 after printing the usage for `--help`, 2 after printing the problem and the usage.
 */
export function parseEvalArgs<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): { values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values']; file: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(usage);
    return 2;
  }
  return { values: parsed.values as never, file: parsed.positionals[0] };
}
