import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isPublicAddress } from './address-guard.js';

it('refuses loopback, private, link-local and reserved addresses, also inside IPv6', () => {
  for (const address of [
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1234',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::ffff:0:10.0.0.1',
    '64:ff9b::7f00:1',
    'localhost',
    'not an address',
    '',
  ])
    assert.equal(isPublicAddress(address), false, address);
});

it('allows public addresses, including those next to the private ranges', () => {
  for (const address of [
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '192.169.0.1',
    '100.128.0.1',
    '11.0.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:81a::200e',
    '::ffff:8.8.8.8',
  ])
    assert.equal(isPublicAddress(address), true, address);
});
