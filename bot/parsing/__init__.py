"""Reading what people type: dates, amounts of money, terms and hours (ru, kk, en).

Pure functions with no Telegram or database imports, shared by the report conversation and the
extraction of published reports. Each returns one certain value or raises `Unreadable` (a
message for the person) or `Ambiguous` (the readings to choose from): never a silent guess.
"""

from bot.parsing.amounts import Amount, parse_amount
from bot.parsing.dates import month_number, parse_date
from bot.parsing.errors import Ambiguous, Unreadable
from bot.parsing.terms import parse_hours, parse_term
from bot.parsing.words import number_from_words

__all__ = [
    "Ambiguous",
    "Amount",
    "Unreadable",
    "month_number",
    "number_from_words",
    "parse_amount",
    "parse_date",
    "parse_hours",
    "parse_term",
]
