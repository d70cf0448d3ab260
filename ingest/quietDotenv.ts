// natural's storage backends call dotenv.config() on import, which prints tips to stdout: silence them.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
