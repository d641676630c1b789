"""CaseWatch: a Telegram bot for reporting and following politically motivated prosecutions."""
