import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { freeSerial } from '../util/ids.js';
import { addressId, trustedProxies } from './client.js';
import { Budget, vietnamClock } from './limits.js';

describe('Budget', () => {
  test('counts per id over a fixed window, then says how long to wait', () => {
    const b = new Budget(3, 60_000);
    assert.deepEqual([b.take('a', 0), b.take('a', 1), b.take('a', 2)], [0, 0, 0]);
    assert.equal(b.take('a', 10_000), 50_000);
    assert.equal(b.take('b', 10_000), 0, 'another id has its own budget');
    assert.equal(b.take('a', 60_000), 0, 'a new window');
  });

  test('a flood of new ids never wipes a spent budget: others make room first', () => {
    const b = new Budget(2, 60_000, 100);
    b.add('spent', 0);
    b.add('spent', 0);
    for (let i = 0; i < 10_050; i++) b.take(`client-${i}`, 1);
    assert.equal(b.size, 100, 'memory stays bounded');
    assert.ok(b.wait('spent', 2) > 0, 'still refused');
  });

  test('when every entry has spent its budget, the least recently used one goes', () => {
    const b = new Budget(1, 60_000, 3);
    for (const id of ['a', 'b', 'c']) b.add(id, 0);
    b.add('a', 1); // touched again: now the most recent
    b.add('d', 2);
    assert.equal(b.size, 3);
    assert.equal(b.wait('b', 3), 0, 'b went');
    for (const id of ['a', 'c', 'd']) assert.ok(b.wait(id, 3) > 0, id);
  });

  test('entries whose window ended go before anything else', () => {
    const b = new Budget(1, 1000, 2);
    b.add('old', 0);
    b.add('spent', 1500);
    b.add('new', 1600);
    assert.ok(b.wait('spent', 1700) > 0);
    assert.equal(b.size, 2);
  });
});

describe('client addresses', () => {
  test('IPv6 clients count by their /64, IPv4 by their address', () => {
    assert.equal(addressId('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(addressId('2001:db8:1:2:ffff:1:2:3'), '2001:db8:1:2::/64');
    assert.equal(addressId('2001:db8::7'), '2001:db8:0:0::/64');
    assert.equal(addressId('::1'), '0:0:0:0::/64');
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
  assert.equal(vietnamClock(new Date('2026-03-02T17:30:00Z')), '00:30 03/03/2026');
});
