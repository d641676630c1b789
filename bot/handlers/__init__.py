"""What people do with the bot, one package or module per capability. A handler parses the
update, calls one service (bot/services) in the update's transaction, renders, and sends only
after the commit."""
