"""CaseWatch: a Telegram bot for reporting and following politically motivated prosecutions."""

import os

# python-telegram-bot 22.2+ warns that durations such as `RetryAfter.retry_after` become
# `datetime.timedelta` in its next major version; opt in now (the code reads both), so the
# deprecation never fires and the move to 23 changes nothing. A deployment may still override it.
os.environ.setdefault("PTB_TIMEDELTA", "true")
