"""Infrastructure every capability uses: configuration, cryptography of Telegram ids, the
per-update transaction and resources, update ordering, conversation persistence, logs, gettext,
and the Bot API transports (offline, aiohttp). Nothing here knows a handler."""
