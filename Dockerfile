# genai-sanitize container image: the CLI and nothing else, for sharded runs
# under Kubernetes (Indexed Job) or Azure Batch. Build: docker build -t genai-sanitize .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY bench ./bench
COPY schemas ./schemas
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schemas ./schemas
COPY package.json ./
# run as an unprivileged user; keyrings and outputs come from mounted volumes or Blob Storage
USER node
ENTRYPOINT ["node", "/app/dist/bin/genai-sanitize.js"]
CMD ["--help"]
