"""The report conversation: a guided, button-driven chat that records a prosecution.

The first question is the stage the case is at; the steps that follow depend on it (someone
reporting last night's arrest is asked where and when and where the person is held, not for a
verdict).

- `steps`: one small class per question (what it asks, how an answer is read);
- `flow`: where an answer leads (next, back, skip, the review, submit, discard);
- `handlers`: the Telegram callbacks and the ConversationHandler, registered in one place;
- `paste`: a pasted published report read into a draft that opens at the review.

The draft (bot/handlers/report/draft.py) is saved in the database after every answer, in the same
transaction.

- `draft`: the draft model, its parsers and its conversion to rows.

Nothing is imported here: the draft model is used well beyond the conversation (cards, the
moderators' edits, the services' callers), and importing it must not pull in the handlers.
"""
