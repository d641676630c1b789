"""The `casewatch` command line: `main` parses and dispatches, `admin` holds the operators'
commands, `console` the offline terminal bot, `settings` reads the configuration for both."""
