# syntax=docker/dockerfile:1
# Build stage: every dependency from the committed lock (exact versions, hashes checked), then the
# project itself without dependencies, built by the locked setuptools (no build isolation, so
# nothing unpinned is fetched). No compiler is needed: all dependencies ship binary wheels. The
# runtime stage copies only that virtualenv.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY requirements/main.txt ./requirements/main.txt
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r requirements/main.txt
COPY pyproject.toml setup.py MANIFEST.in README.md alembic.ini ./
COPY bot ./bot
COPY db ./db
COPY migrations ./migrations
COPY schema ./schema
RUN /opt/venv/bin/pip install --no-deps --no-build-isolation . \
    && /opt/venv/bin/pip check && /opt/venv/bin/casewatch --help >/dev/null

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    DATABASE_URL=sqlite+aiosqlite:////home/casewatch/data/casewatch.db \
    CASEWATCH_SECRET_KEY_FILE=/home/casewatch/data/.secret_key \
    LISTEN_HOST=0.0.0.0 \
    LISTEN_PORT=8080 \
    LOG_FORMAT=json
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin casewatch \
    && mkdir -p /home/casewatch/data && chown casewatch:casewatch /home/casewatch/data
COPY --from=build /opt/venv /opt/venv
USER casewatch
WORKDIR /home/casewatch
VOLUME ["/home/casewatch/data"]
EXPOSE 8080
# /healthz answers in both modes (webhook and polling) while LISTEN_PORT is set.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["casewatch", "healthcheck"]
# Migrations first (idempotent), then the bot; exec so it gets SIGTERM and shuts down cleanly.
CMD ["sh", "-c", "casewatch db upgrade && exec casewatch run"]
