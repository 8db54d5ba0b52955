// pm2 ecosystem file for Crisis Desk (pm2 ≥ 5.2, which runs ES modules).
//   npm ci && npm run build            # compile into dist/ (npm start would do it too)
//   pm2 start deploy/ecosystem.config.cjs && pm2 save
//   pm2 logs crisis-desk --raw | jq .   # JSON lines: pm2's pipes are not a terminal
// DISCORD_TOKEN, DISCORD_CLIENT_ID and the rest come from .env in the project folder (cwd below);
// the env block here wins over .env.
const { resolve } = require('node:path');

module.exports = {
  apps: [
    {
      name: 'crisis-desk',
      cwd: resolve(__dirname, '..'),
      script: 'dist/src/main.js',
      interpreter: 'node',
      exec_mode: 'fork', // one process; SHARD_COUNT > 1 runs discord.js' ShardingManager inside it
      instances: 1,
      // Restart when it exits or crashes (exit 1 after an uncaught exception), backing off while it keeps failing.
      autorestart: true,
      exp_backoff_restart_delay: 1000,
      max_restarts: 50,
      min_uptime: '30s',
      // pm2 stops with SIGINT, which the bot handles exactly like SIGTERM (gateway closed, exit 0);
      // after kill_timeout ms the process tree (a reload's build process, shards) is killed.
      kill_timeout: 20000,
      // The reload's build runs in its own process; this caps the serving process only.
      max_memory_restart: '2G',
      time: false, // the log lines carry their own time
      env: {
        NODE_ENV: 'production',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        HEALTH_PORT: '9464',
        HEALTH_HOST: '127.0.0.1',
      },
    },
  ],
};
