# syntax=docker/dockerfile:1
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY db ./db
COPY migrations ./migrations
# The compiled catalogs (.mo, not in git) are built here and shipped in the wheel.
RUN pip install --no-cache-dir build "babel>=2.14" \
    && pybabel compile -d bot/locale -D casewatch \
    && python -m build --wheel --outdir /dist

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 casewatch
COPY --from=build /dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl && rm /tmp/*.whl
USER casewatch
WORKDIR /home/casewatch
ENV DATABASE_URL=sqlite+aiosqlite:////home/casewatch/data/casewatch.db
RUN mkdir -p /home/casewatch/data
CMD ["sh", "-c", "casewatch db upgrade && casewatch run"]
