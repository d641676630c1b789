"""The boundary with Telegram's messages: untrusted input turned into domain values (`inputs`,
`callbacks`), and cards, labels, keyboards and charts rendered as escaped HTML."""
