"""`casewatch web`: the public, read-only web catalogue of approved cases (issue 17).

A Starlette app of its own process (WEB_HOST/WEB_PORT), sharing db/ and the bot's lookup and
gettext catalogs: pages, Atom feeds, the open data set. Invariants: only approved cases are
reachable (db.catalogue, db.search filter on publication; any other id is the same 404 as an
unknown one); nothing about who reported; no third-party request from any page, no cookies,
no script (see guard.py for the headers that enforce it).
"""
