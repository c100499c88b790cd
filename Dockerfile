# syntax=docker/dockerfile:1
# Uddannelsesportalen: one image serving the API and the built web app on port 3000.
# Meant for an external PostgreSQL (DATABASE_URL + APP_DATABASE_URL); see docker-compose.yml and
# the README, "Docker" and "External PostgreSQL".

# --- build: install the workspace and build contracts, API and web app --------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV CI=true \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
# corepack cannot verify pnpm from the registry on every network; npm can install it.
RUN npm install -g --no-audit --no-fund pnpm@10
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/root/.local/share/pnpm/store \
    pnpm install --frozen-lockfile
RUN pnpm build

# --- runtime: the built workspace as it is ------------------------------------------------------
# Migrations run at start-up (`prisma migrate deploy` as the owner role), so the Prisma CLI,
# prisma/, prisma.config.ts and node_modules come along: the whole built workspace is copied.
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
COPY --from=build /app /app
# .data is only written when no SESSION_SECRET / DATABASE_URL is given (not the intended use here).
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/server.js"]
