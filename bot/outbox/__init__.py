"""Messages the bot owes someone: written to the outbox with the change they report
(`notices`), delivered within Telegram's limits by the worker, also after a crash (`worker`)."""
