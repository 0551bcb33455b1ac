#!/usr/bin/env bash
# The distributed-mode tests use Debian's redis-server: some start their own on a free port (to
# restart it mid-session), others use the one on 127.0.0.1:6379. Installs and starts it when needed.
# TEST_REDIS_URL overrides the server the tests use; then this script does nothing.
set -euo pipefail
if [ -n "${TEST_REDIS_URL:-}" ]; then exit 0; fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
if ! command -v redis-server >/dev/null; then
  echo "Installing Debian's Redis for the distributed-mode tests…"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null
fi
if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then exit 0; fi
# No init system in containers: run it as a daemon of its own, in memory only.
redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no \
  --logfile /tmp/prepersonalize-redis.log
for _ in $(seq 1 50); do
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
    echo "Redis is ready for the tests: redis://127.0.0.1:6379"
    exit 0
  fi
  sleep 0.2
done
echo "redis-server did not start (see /tmp/prepersonalize-redis.log)" >&2
exit 1
