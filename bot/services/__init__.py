"""The service layer: the one place where a case changes.

One function per change (submit a report, propose an update, approve, reject, request changes,
edit a field or an event, add an event, merge). Every one of them, in the caller's transaction:

- validates what it is given (a `ChangeRefused` says why nothing happened);
- writes the change;
- re-indexes the search keys of every case it touched (`search_keys` always equals a fresh
  `db.search.keys_of` of the case: tests/test_services.py checks this as a property);
- records one audit entry with what the value was before and after, and where merged facts
  came from;
- publishes a verdict or an appeal ruling at most once per real-world event (a case, a kind and
  a date), queuing alerts through `bot.services.publishing.publish`.

Invariants: services take the session first, never commit, and never import telegram or
`bot/`: handlers parse the update, call one service, render, and notify after commit.
"""
