import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/detect/analyzer.js';

/* SECRET spans through the whole analyzer (names off): the exact value reported, and placeholders left alone. */
const analyzer = createAnalyzer({ names: false });
const secrets = (text: string) =>
  analyzer
    .analyze(text)
    .filter((f) => f.entity === 'SECRET')
    .map((f) => text.slice(f.start, f.end));

describe('passwords without an assignment', () => {
  it.each([
    ["r = session.get(u, auth=('backup_bot', 'Tide$Pool41'))", 'Tide$Pool41'],
    ['imap.login("reports@corp.example", "mX7#qLp2v")', 'mX7#qLp2v'],
    ['credentials = ["svc-etl", "orange-Kite-93"]', 'orange-Kite-93'],
    ['<add key="LdapBindPassword" value="Q!w2e3r4t5" />', 'Q!w2e3r4t5'],
    ["<add key='ApiSecret' value='7hG2kP9xQ4mZ8vB1' />", '7hG2kP9xQ4mZ8vB1'],
    ['the lab printer pw toner55blue', 'toner55blue'],
    ['ok my password is Falcon#2021! thanks', 'Falcon#2021!'],
    ['my pwd is river9stone.', 'river9stone'],
    ['staging db pw? current one is Mariposa50$2022"}', 'Mariposa50$2022'],
    ['the password for the vendor portal is Kx7!mQ2z', 'Kx7!mQ2z'],
    ['    command: ["redis-server", "--requirepass", "Welkom_xy7"]', 'Welkom_xy7'],
    ['redis-cli --requirepass Passwort2024! ping', 'Passwort2024!'],
    ['  412  mysql -h 10.0.4.7 -u app -pHx8!kq2Lm inventory', 'Hx8!kq2Lm'],
    ['CACHE_URL=redis://:p4Zm9Qw2Rt7Yx3Kv@redis.local:6379/1', 'p4Zm9Qw2Rt7Yx3Kv'],
    ['admin_pwd          = "Lk93jQw8zTb2"', 'Lk93jQw8zTb2'],
    ['zugangs_schluessel: 9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6', '9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6'],
  ])('%s', (text, want) => {
    expect(secrets(text)).toEqual([want]);
  });
});

describe('placeholders and code are not secrets', () => {
  it.each([
    `export GH_TOKEN=ghp_${'x'.repeat(36)}`,
    `STRIPE_KEY="sk_live_${'X'.repeat(30)}"`,
    `aws_access_key_id = AKIA${'0'.repeat(16)}`,
    'password = getpass.getpass(prompt="pw: ")',
    'secret = input("Secret? ")',
    'auth=("admin", "<your-password>")',
    'login("bob", "${BOB_PASSWORD}")',
    '<add key="SmtpPassword" value="********" />',
    '<add key="PasswordExpiryDays" value="90" />',
    'the password manager 1Password is great',
    'my password manager is 1Password',
    'the password reset link is https://id.example.com/r?t=9f8a7b',
    '--requirepass "$REDIS_PASSWORD"',
    'SLACK_TOKEN = "xoxb-your-token"',
    'mysql -u root -p shop_db',
    '--password-file /run/secrets/db',
    // Keys vendors print in their documentation.
    'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
    'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    `export STRIPE_API_KEY=sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
