import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { freeSerial } from '../util/ids.js';
import { addressId, trustedProxies } from './client.js';
import { Budget, vietnamClock } from './limits.js';

// Times are Vietnam-midnight-aligned windows: T0 is 00:00 in Vietnam (17:00 UTC the day before).
const T0 = Date.parse('2026-03-01T17:00:00Z');
const MIN = 60_000;

describe('Budget', () => {
  test('counts per id in a window, then says how long to wait', () => {
    const b = new Budget(3, MIN);
    assert.deepEqual([b.take('a', T0), b.take('a', T0 + 1), b.take('a', T0 + 2)], [0, 0, 0]);
    // Spent at the start of its window: it fades through the next, and reopens once what is left of it
    // (rounded up) leaves room for one: a third into the next window (3 × 2/3 = 2 < 3).
    assert.equal(b.take('a', T0 + 10_000), 70_000);
    assert.equal(b.take('a', T0 + 80_000), 0);
    assert.equal(b.take('b', T0 + 10_000), 0, 'another id has its own budget');
  });

  test('a budget spent late in a window fades through the next one, so a boundary gives no second budget', () => {
    const b = new Budget(4, MIN);
    for (let i = 0; i < 4; i++) b.add('a', T0 + 45_000);
    assert.ok(b.wait('a', T0 + 50_000) > 0);
    // 15 s into the next window three quarters of the previous count still weigh: 4 × 0.75 = 3 < 4.
    assert.equal(b.take('a', T0 + MIN + 15_001), 0, 'one more');
    assert.ok(b.wait('a', T0 + MIN + 15_002) > 0, 'not four more');
    assert.equal(b.wait('a', T0 + 3 * MIN), 0, 'forgotten two windows on');
  });

  test('a flood of other ids never turns a spent budget back: memory is fixed, counts only over-estimate', () => {
    const b = new Budget(2, MIN);
    b.add('spent', T0);
    b.add('spent', T0);
    for (let i = 0; i < 60_000; i++) b.add(`client-${i}`, T0 + 1);
    assert.ok(b.wait('spent', T0 + 2) > 0, 'still refused');
    const strangers = Array.from({ length: 200 }, (_, i) => `never-seen-${i}`).filter((id) => b.wait(id, T0 + 2) > 0);
    assert.deepEqual(strangers, [], '60,000 others leave an unseen id well under a budget of 2');
  });

  test('the clock going back does not reopen a budget', () => {
    const b = new Budget(1, MIN);
    b.add('a', T0 + 5 * MIN);
    assert.ok(b.wait('a', T0 + 4 * MIN) > 0);
  });
});

describe('client addresses', () => {
  test('IPv6 clients count by their /64, IPv4 by their address', () => {
    assert.equal(addressId('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(addressId('2001:db8:1:2:ffff:1:2:3'), '2001:db8:1:2::/64');
    assert.equal(addressId('2001:db8::7'), '2001:db8:0:0::/64');
    assert.equal(addressId('::1'), '0:0:0:0::/64');
    assert.equal(addressId('1::2:3:4:5:6.7.8.9'), '1:0:2:3::/64', 'a dotted tail counts as two groups');
    assert.equal(addressId('2001:db8:1:2:3:4:5.6.7.8'), '2001:db8:1:2::/64');
    assert.equal(addressId('203.0.113.9'), '203.0.113.9');
  });

  test('trusted proxies are addresses or CIDR ranges; anything else is refused at start', () => {
    const list = trustedProxies(['10.0.0.0/8', '::1', '192.168.1.7']);
    assert.ok(list.check('10.20.30.40', 'ipv4'));
    assert.ok(list.check('::1', 'ipv6'));
    assert.ok(!list.check('192.168.1.8', 'ipv4'));
    assert.throws(() => trustedProxies(['proxy.local']), /not an IP address/);
    assert.throws(() => trustedProxies(['10.0.0.0/33']), /invalid prefix/);
  });
});

test('freeSerial draws a free number of the width asked, and widens when the day is full', () => {
  let i = 0;
  const draws = [0, 0.5, 0.99999];
  const draw = () => draws[i++ % draws.length]!;
  assert.equal(freeSerial(4, () => false, draw), '0001');
  assert.equal(freeSerial(4, (s) => s === '0001', draw), '5000');
  const full = (s: string) => s.length === 4;
  assert.equal(freeSerial(4, full, () => 0.5).length, 5);
});

test('vietnamClock writes UTC+7 whatever the machine zone', () => {
  assert.deepEqual(vietnamClock(new Date('2026-03-02T17:30:00Z')), { vi: '00:30 03/03/2026', en: '00:30 on 3 Mar 2026' });
});
