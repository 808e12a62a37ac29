# The API image: Node 20 with the toolchain nodejieba needs to compile at install.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# Load the sample corpus (skipped when unchanged), then serve.
CMD ["sh", "-c", "node bin/govkg.js ingest ingest/samples && node bin/govkg.js serve"]
